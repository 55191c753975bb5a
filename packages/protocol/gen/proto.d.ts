import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace remotegpu. */
export namespace remotegpu {

    /** Namespace admin. */
    namespace admin {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a CreateJoinTokenRequest.
             * @deprecated Use remotegpu.admin.v1.CreateJoinTokenRequest.$Properties instead.
             */
            interface ICreateJoinTokenRequest extends remotegpu.admin.v1.CreateJoinTokenRequest.$Properties {
            }

            /** Represents a CreateJoinTokenRequest. */
            class CreateJoinTokenRequest {

                /**
                 * Constructs a new CreateJoinTokenRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.admin.v1.CreateJoinTokenRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateJoinTokenRequest roomName. */
                roomName: string;

                /** CreateJoinTokenRequest ttlSeconds. */
                ttlSeconds: (number|null);

                /**
                 * Creates a new CreateJoinTokenRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateJoinTokenRequest instance
                 */
                static create(properties: remotegpu.admin.v1.CreateJoinTokenRequest.$Shape): remotegpu.admin.v1.CreateJoinTokenRequest & remotegpu.admin.v1.CreateJoinTokenRequest.$Shape;
                static create(properties?: remotegpu.admin.v1.CreateJoinTokenRequest.$Properties): remotegpu.admin.v1.CreateJoinTokenRequest;

                /**
                 * Encodes the specified CreateJoinTokenRequest message. Does not implicitly {@link remotegpu.admin.v1.CreateJoinTokenRequest.verify|verify} messages.
                 * @param message CreateJoinTokenRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.admin.v1.CreateJoinTokenRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateJoinTokenRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.admin.v1.CreateJoinTokenRequest & remotegpu.admin.v1.CreateJoinTokenRequest.$Shape} CreateJoinTokenRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.admin.v1.CreateJoinTokenRequest & remotegpu.admin.v1.CreateJoinTokenRequest.$Shape;

                /**
                 * Verifies a CreateJoinTokenRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateJoinTokenRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateJoinTokenRequest
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.admin.v1.CreateJoinTokenRequest;

                /**
                 * Creates a plain object from a CreateJoinTokenRequest message. Also converts values to other types if specified.
                 * @param message CreateJoinTokenRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.admin.v1.CreateJoinTokenRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateJoinTokenRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CreateJoinTokenRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateJoinTokenRequest {

                /** Properties of a CreateJoinTokenRequest. */
                interface $Properties {

                    /** CreateJoinTokenRequest roomName */
                    roomName?: string;

                    /** CreateJoinTokenRequest ttlSeconds */
                    ttlSeconds?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateJoinTokenRequest. */
                type $Shape = remotegpu.admin.v1.CreateJoinTokenRequest.$Properties;
            }

            /**
             * Properties of a CreateJoinTokenResponse.
             * @deprecated Use remotegpu.admin.v1.CreateJoinTokenResponse.$Properties instead.
             */
            interface ICreateJoinTokenResponse extends remotegpu.admin.v1.CreateJoinTokenResponse.$Properties {
            }

            /** Represents a CreateJoinTokenResponse. */
            class CreateJoinTokenResponse {

                /**
                 * Constructs a new CreateJoinTokenResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.admin.v1.CreateJoinTokenResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateJoinTokenResponse token. */
                token: string;

                /** CreateJoinTokenResponse expiresAt. */
                expiresAt: string;

                /** CreateJoinTokenResponse roomName. */
                roomName: string;

                /**
                 * Creates a new CreateJoinTokenResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateJoinTokenResponse instance
                 */
                static create(properties: remotegpu.admin.v1.CreateJoinTokenResponse.$Shape): remotegpu.admin.v1.CreateJoinTokenResponse & remotegpu.admin.v1.CreateJoinTokenResponse.$Shape;
                static create(properties?: remotegpu.admin.v1.CreateJoinTokenResponse.$Properties): remotegpu.admin.v1.CreateJoinTokenResponse;

                /**
                 * Encodes the specified CreateJoinTokenResponse message. Does not implicitly {@link remotegpu.admin.v1.CreateJoinTokenResponse.verify|verify} messages.
                 * @param message CreateJoinTokenResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.admin.v1.CreateJoinTokenResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateJoinTokenResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.admin.v1.CreateJoinTokenResponse & remotegpu.admin.v1.CreateJoinTokenResponse.$Shape} CreateJoinTokenResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.admin.v1.CreateJoinTokenResponse & remotegpu.admin.v1.CreateJoinTokenResponse.$Shape;

                /**
                 * Verifies a CreateJoinTokenResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateJoinTokenResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateJoinTokenResponse
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.admin.v1.CreateJoinTokenResponse;

                /**
                 * Creates a plain object from a CreateJoinTokenResponse message. Also converts values to other types if specified.
                 * @param message CreateJoinTokenResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.admin.v1.CreateJoinTokenResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateJoinTokenResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CreateJoinTokenResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateJoinTokenResponse {

                /** Properties of a CreateJoinTokenResponse. */
                interface $Properties {

                    /** CreateJoinTokenResponse token */
                    token?: string;

                    /** CreateJoinTokenResponse expiresAt */
                    expiresAt?: string;

                    /** CreateJoinTokenResponse roomName */
                    roomName?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateJoinTokenResponse. */
                type $Shape = remotegpu.admin.v1.CreateJoinTokenResponse.$Properties;
            }

            /**
             * Properties of a ListHostsRequest.
             * @deprecated Use remotegpu.admin.v1.ListHostsRequest.$Properties instead.
             */
            interface IListHostsRequest extends remotegpu.admin.v1.ListHostsRequest.$Properties {
            }

            /** Represents a ListHostsRequest. */
            class ListHostsRequest {

                /**
                 * Constructs a new ListHostsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.admin.v1.ListHostsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListHostsRequest page. */
                page: number;

                /** ListHostsRequest pageSize. */
                pageSize: number;

                /** ListHostsRequest roomName. */
                roomName: string;

                /** ListHostsRequest status. */
                status: string;

                /**
                 * Creates a new ListHostsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListHostsRequest instance
                 */
                static create(properties: remotegpu.admin.v1.ListHostsRequest.$Shape): remotegpu.admin.v1.ListHostsRequest & remotegpu.admin.v1.ListHostsRequest.$Shape;
                static create(properties?: remotegpu.admin.v1.ListHostsRequest.$Properties): remotegpu.admin.v1.ListHostsRequest;

                /**
                 * Encodes the specified ListHostsRequest message. Does not implicitly {@link remotegpu.admin.v1.ListHostsRequest.verify|verify} messages.
                 * @param message ListHostsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.admin.v1.ListHostsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListHostsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.admin.v1.ListHostsRequest & remotegpu.admin.v1.ListHostsRequest.$Shape} ListHostsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.admin.v1.ListHostsRequest & remotegpu.admin.v1.ListHostsRequest.$Shape;

                /**
                 * Verifies a ListHostsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListHostsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListHostsRequest
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.admin.v1.ListHostsRequest;

                /**
                 * Creates a plain object from a ListHostsRequest message. Also converts values to other types if specified.
                 * @param message ListHostsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.admin.v1.ListHostsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListHostsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListHostsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListHostsRequest {

                /** Properties of a ListHostsRequest. */
                interface $Properties {

                    /** ListHostsRequest page */
                    page?: number;

                    /** ListHostsRequest pageSize */
                    pageSize?: number;

                    /** ListHostsRequest roomName */
                    roomName?: string;

                    /** ListHostsRequest status */
                    status?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListHostsRequest. */
                type $Shape = remotegpu.admin.v1.ListHostsRequest.$Properties;
            }

            /**
             * Properties of a ListHostsResponse.
             * @deprecated Use remotegpu.admin.v1.ListHostsResponse.$Properties instead.
             */
            interface IListHostsResponse extends remotegpu.admin.v1.ListHostsResponse.$Properties {
            }

            /** Represents a ListHostsResponse. */
            class ListHostsResponse {

                /**
                 * Constructs a new ListHostsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.admin.v1.ListHostsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListHostsResponse items. */
                items: remotegpu.admin.v1.Host[];

                /** ListHostsResponse totalItems. */
                totalItems: number;

                /**
                 * Creates a new ListHostsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListHostsResponse instance
                 */
                static create(properties: remotegpu.admin.v1.ListHostsResponse.$Shape): remotegpu.admin.v1.ListHostsResponse & remotegpu.admin.v1.ListHostsResponse.$Shape;
                static create(properties?: remotegpu.admin.v1.ListHostsResponse.$Properties): remotegpu.admin.v1.ListHostsResponse;

                /**
                 * Encodes the specified ListHostsResponse message. Does not implicitly {@link remotegpu.admin.v1.ListHostsResponse.verify|verify} messages.
                 * @param message ListHostsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.admin.v1.ListHostsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListHostsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.admin.v1.ListHostsResponse & remotegpu.admin.v1.ListHostsResponse.$Shape} ListHostsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.admin.v1.ListHostsResponse & remotegpu.admin.v1.ListHostsResponse.$Shape;

                /**
                 * Verifies a ListHostsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListHostsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListHostsResponse
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.admin.v1.ListHostsResponse;

                /**
                 * Creates a plain object from a ListHostsResponse message. Also converts values to other types if specified.
                 * @param message ListHostsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.admin.v1.ListHostsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListHostsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListHostsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListHostsResponse {

                /** Properties of a ListHostsResponse. */
                interface $Properties {

                    /** ListHostsResponse items */
                    items?: remotegpu.admin.v1.Host.$Properties[];

                    /** ListHostsResponse totalItems */
                    totalItems?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListHostsResponse. */
                type $Shape = remotegpu.admin.v1.ListHostsResponse.$Properties;
            }

            /**
             * Properties of a GetHostRequest.
             * @deprecated Use remotegpu.admin.v1.GetHostRequest.$Properties instead.
             */
            interface IGetHostRequest extends remotegpu.admin.v1.GetHostRequest.$Properties {
            }

            /** Represents a GetHostRequest. */
            class GetHostRequest {

                /**
                 * Constructs a new GetHostRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.admin.v1.GetHostRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetHostRequest hostId. */
                hostId: string;

                /**
                 * Creates a new GetHostRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetHostRequest instance
                 */
                static create(properties: remotegpu.admin.v1.GetHostRequest.$Shape): remotegpu.admin.v1.GetHostRequest & remotegpu.admin.v1.GetHostRequest.$Shape;
                static create(properties?: remotegpu.admin.v1.GetHostRequest.$Properties): remotegpu.admin.v1.GetHostRequest;

                /**
                 * Encodes the specified GetHostRequest message. Does not implicitly {@link remotegpu.admin.v1.GetHostRequest.verify|verify} messages.
                 * @param message GetHostRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.admin.v1.GetHostRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetHostRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.admin.v1.GetHostRequest & remotegpu.admin.v1.GetHostRequest.$Shape} GetHostRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.admin.v1.GetHostRequest & remotegpu.admin.v1.GetHostRequest.$Shape;

                /**
                 * Verifies a GetHostRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetHostRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetHostRequest
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.admin.v1.GetHostRequest;

                /**
                 * Creates a plain object from a GetHostRequest message. Also converts values to other types if specified.
                 * @param message GetHostRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.admin.v1.GetHostRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetHostRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetHostRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetHostRequest {

                /** Properties of a GetHostRequest. */
                interface $Properties {

                    /** GetHostRequest hostId */
                    hostId?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetHostRequest. */
                type $Shape = remotegpu.admin.v1.GetHostRequest.$Properties;
            }

            /**
             * Properties of a RevokeHostRequest.
             * @deprecated Use remotegpu.admin.v1.RevokeHostRequest.$Properties instead.
             */
            interface IRevokeHostRequest extends remotegpu.admin.v1.RevokeHostRequest.$Properties {
            }

            /** Represents a RevokeHostRequest. */
            class RevokeHostRequest {

                /**
                 * Constructs a new RevokeHostRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.admin.v1.RevokeHostRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RevokeHostRequest hostId. */
                hostId: string;

                /**
                 * Creates a new RevokeHostRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RevokeHostRequest instance
                 */
                static create(properties: remotegpu.admin.v1.RevokeHostRequest.$Shape): remotegpu.admin.v1.RevokeHostRequest & remotegpu.admin.v1.RevokeHostRequest.$Shape;
                static create(properties?: remotegpu.admin.v1.RevokeHostRequest.$Properties): remotegpu.admin.v1.RevokeHostRequest;

                /**
                 * Encodes the specified RevokeHostRequest message. Does not implicitly {@link remotegpu.admin.v1.RevokeHostRequest.verify|verify} messages.
                 * @param message RevokeHostRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.admin.v1.RevokeHostRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RevokeHostRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.admin.v1.RevokeHostRequest & remotegpu.admin.v1.RevokeHostRequest.$Shape} RevokeHostRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.admin.v1.RevokeHostRequest & remotegpu.admin.v1.RevokeHostRequest.$Shape;

                /**
                 * Verifies a RevokeHostRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RevokeHostRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RevokeHostRequest
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.admin.v1.RevokeHostRequest;

                /**
                 * Creates a plain object from a RevokeHostRequest message. Also converts values to other types if specified.
                 * @param message RevokeHostRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.admin.v1.RevokeHostRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RevokeHostRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RevokeHostRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RevokeHostRequest {

                /** Properties of a RevokeHostRequest. */
                interface $Properties {

                    /** RevokeHostRequest hostId */
                    hostId?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RevokeHostRequest. */
                type $Shape = remotegpu.admin.v1.RevokeHostRequest.$Properties;
            }

            /**
             * Properties of a RevokeHostResponse.
             * @deprecated Use remotegpu.admin.v1.RevokeHostResponse.$Properties instead.
             */
            interface IRevokeHostResponse extends remotegpu.admin.v1.RevokeHostResponse.$Properties {
            }

            /** Represents a RevokeHostResponse. */
            class RevokeHostResponse {

                /**
                 * Constructs a new RevokeHostResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.admin.v1.RevokeHostResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RevokeHostResponse hostId. */
                hostId: string;

                /** RevokeHostResponse revokedAt. */
                revokedAt: string;

                /**
                 * Creates a new RevokeHostResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RevokeHostResponse instance
                 */
                static create(properties: remotegpu.admin.v1.RevokeHostResponse.$Shape): remotegpu.admin.v1.RevokeHostResponse & remotegpu.admin.v1.RevokeHostResponse.$Shape;
                static create(properties?: remotegpu.admin.v1.RevokeHostResponse.$Properties): remotegpu.admin.v1.RevokeHostResponse;

                /**
                 * Encodes the specified RevokeHostResponse message. Does not implicitly {@link remotegpu.admin.v1.RevokeHostResponse.verify|verify} messages.
                 * @param message RevokeHostResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.admin.v1.RevokeHostResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RevokeHostResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.admin.v1.RevokeHostResponse & remotegpu.admin.v1.RevokeHostResponse.$Shape} RevokeHostResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.admin.v1.RevokeHostResponse & remotegpu.admin.v1.RevokeHostResponse.$Shape;

                /**
                 * Verifies a RevokeHostResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RevokeHostResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RevokeHostResponse
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.admin.v1.RevokeHostResponse;

                /**
                 * Creates a plain object from a RevokeHostResponse message. Also converts values to other types if specified.
                 * @param message RevokeHostResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.admin.v1.RevokeHostResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RevokeHostResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RevokeHostResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RevokeHostResponse {

                /** Properties of a RevokeHostResponse. */
                interface $Properties {

                    /** RevokeHostResponse hostId */
                    hostId?: string;

                    /** RevokeHostResponse revokedAt */
                    revokedAt?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RevokeHostResponse. */
                type $Shape = remotegpu.admin.v1.RevokeHostResponse.$Properties;
            }

            /**
             * Properties of a Host.
             * @deprecated Use remotegpu.admin.v1.Host.$Properties instead.
             */
            interface IHost extends remotegpu.admin.v1.Host.$Properties {
            }

            /** Represents a Host. */
            class Host {

                /**
                 * Constructs a new Host.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.admin.v1.Host.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Host hostId. */
                hostId: string;

                /** Host hostname. */
                hostname: string;

                /** Host roomName. */
                roomName: string;

                /** Host status. */
                status: string;

                /** Host agentVersion. */
                agentVersion: string;

                /** Host lastSeenAt. */
                lastSeenAt: string;

                /** Host driverVersion. */
                driverVersion: string;

                /** Host cpuCount. */
                cpuCount: number;

                /** Host memoryTotalBytes. */
                memoryTotalBytes: number;

                /** Host gpus. */
                gpus: remotegpu.admin.v1.Gpu[];

                /** Host telemetryJson. */
                telemetryJson: string;

                /** Host revokedAt. */
                revokedAt: string;

                /** Host statusChangedAt. */
                statusChangedAt: string;

                /** Host enrolledAt. */
                enrolledAt: string;

                /** Host protocolVersion. */
                protocolVersion: number;

                /** Host os. */
                os: string;

                /** Host kernel. */
                kernel: string;

                /** Host arch. */
                arch: string;

                /** Host cpuModel. */
                cpuModel: string;

                /** Host dockerVersion. */
                dockerVersion: string;

                /** Host cudaVersion. */
                cudaVersion: string;

                /** Host inventoryErrors. */
                inventoryErrors: string[];

                /** Host disksJson. */
                disksJson: string;

                /** Host publicAddress. */
                publicAddress: string;

                /** Host sessionAddress. */
                sessionAddress: string;

                /** Host instanceStorageBytes. */
                instanceStorageBytes: (number|null);

                /** Host cordoned. */
                cordoned: boolean;

                /** Host cordonedAt. */
                cordonedAt: string;

                /**
                 * Creates a new Host instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Host instance
                 */
                static create(properties: remotegpu.admin.v1.Host.$Shape): remotegpu.admin.v1.Host & remotegpu.admin.v1.Host.$Shape;
                static create(properties?: remotegpu.admin.v1.Host.$Properties): remotegpu.admin.v1.Host;

                /**
                 * Encodes the specified Host message. Does not implicitly {@link remotegpu.admin.v1.Host.verify|verify} messages.
                 * @param message Host message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.admin.v1.Host.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Host message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.admin.v1.Host & remotegpu.admin.v1.Host.$Shape} Host
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.admin.v1.Host & remotegpu.admin.v1.Host.$Shape;

                /**
                 * Verifies a Host message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Host message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Host
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.admin.v1.Host;

                /**
                 * Creates a plain object from a Host message. Also converts values to other types if specified.
                 * @param message Host
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.admin.v1.Host, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Host to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Host
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Host {

                /** Properties of a Host. */
                interface $Properties {

                    /** Host hostId */
                    hostId?: string;

                    /** Host hostname */
                    hostname?: string;

                    /** Host roomName */
                    roomName?: string;

                    /** Host status */
                    status?: string;

                    /** Host agentVersion */
                    agentVersion?: string;

                    /** Host lastSeenAt */
                    lastSeenAt?: string;

                    /** Host driverVersion */
                    driverVersion?: string;

                    /** Host cpuCount */
                    cpuCount?: number;

                    /** Host memoryTotalBytes */
                    memoryTotalBytes?: number;

                    /** Host gpus */
                    gpus?: remotegpu.admin.v1.Gpu.$Properties[];

                    /** Host telemetryJson */
                    telemetryJson?: string;

                    /** Host revokedAt */
                    revokedAt?: string;

                    /** Host statusChangedAt */
                    statusChangedAt?: string;

                    /** Host enrolledAt */
                    enrolledAt?: string;

                    /** Host protocolVersion */
                    protocolVersion?: number;

                    /** Host os */
                    os?: string;

                    /** Host kernel */
                    kernel?: string;

                    /** Host arch */
                    arch?: string;

                    /** Host cpuModel */
                    cpuModel?: string;

                    /** Host dockerVersion */
                    dockerVersion?: string;

                    /** Host cudaVersion */
                    cudaVersion?: string;

                    /** Host inventoryErrors */
                    inventoryErrors?: string[];

                    /** Host disksJson */
                    disksJson?: string;

                    /** Host publicAddress */
                    publicAddress?: string;

                    /** Host sessionAddress */
                    sessionAddress?: string;

                    /** Host instanceStorageBytes */
                    instanceStorageBytes?: (number|null);

                    /** Host cordoned */
                    cordoned?: boolean;

                    /** Host cordonedAt */
                    cordonedAt?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Host. */
                type $Shape = remotegpu.admin.v1.Host.$Properties;
            }

            /**
             * Properties of a Gpu.
             * @deprecated Use remotegpu.admin.v1.Gpu.$Properties instead.
             */
            interface IGpu extends remotegpu.admin.v1.Gpu.$Properties {
            }

            /** Represents a Gpu. */
            class Gpu {

                /**
                 * Constructs a new Gpu.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.admin.v1.Gpu.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Gpu index. */
                index: number;

                /** Gpu uuid. */
                uuid: string;

                /** Gpu name. */
                name: string;

                /** Gpu memoryTotalMib. */
                memoryTotalMib: (number|null);

                /** Gpu pciBusId. */
                pciBusId: string;

                /** Gpu migMode. */
                migMode: string;

                /** Gpu telemetryJson. */
                telemetryJson: string;

                /** Gpu serial. */
                serial: string;

                /** Gpu vbiosVersion. */
                vbiosVersion: string;

                /** Gpu computeCap. */
                computeCap: string;

                /** Gpu powerLimitMaxW. */
                powerLimitMaxW: (number|null);

                /** Gpu migDevicesJson. */
                migDevicesJson: string;

                /**
                 * Creates a new Gpu instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Gpu instance
                 */
                static create(properties: remotegpu.admin.v1.Gpu.$Shape): remotegpu.admin.v1.Gpu & remotegpu.admin.v1.Gpu.$Shape;
                static create(properties?: remotegpu.admin.v1.Gpu.$Properties): remotegpu.admin.v1.Gpu;

                /**
                 * Encodes the specified Gpu message. Does not implicitly {@link remotegpu.admin.v1.Gpu.verify|verify} messages.
                 * @param message Gpu message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.admin.v1.Gpu.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Gpu message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.admin.v1.Gpu & remotegpu.admin.v1.Gpu.$Shape} Gpu
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.admin.v1.Gpu & remotegpu.admin.v1.Gpu.$Shape;

                /**
                 * Verifies a Gpu message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Gpu message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Gpu
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.admin.v1.Gpu;

                /**
                 * Creates a plain object from a Gpu message. Also converts values to other types if specified.
                 * @param message Gpu
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.admin.v1.Gpu, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Gpu to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Gpu
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Gpu {

                /** Properties of a Gpu. */
                interface $Properties {

                    /** Gpu index */
                    index?: number;

                    /** Gpu uuid */
                    uuid?: string;

                    /** Gpu name */
                    name?: string;

                    /** Gpu memoryTotalMib */
                    memoryTotalMib?: (number|null);

                    /** Gpu pciBusId */
                    pciBusId?: string;

                    /** Gpu migMode */
                    migMode?: string;

                    /** Gpu telemetryJson */
                    telemetryJson?: string;

                    /** Gpu serial */
                    serial?: string;

                    /** Gpu vbiosVersion */
                    vbiosVersion?: string;

                    /** Gpu computeCap */
                    computeCap?: string;

                    /** Gpu powerLimitMaxW */
                    powerLimitMaxW?: (number|null);

                    /** Gpu migDevicesJson */
                    migDevicesJson?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Gpu. */
                type $Shape = remotegpu.admin.v1.Gpu.$Properties;
            }
        }
    }

    /** Namespace agent. */
    namespace agent {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an Envelope.
             * @deprecated Use remotegpu.agent.v1.Envelope.$Properties instead.
             */
            interface IEnvelope extends remotegpu.agent.v1.Envelope.$Properties {
            }

            /** Represents an Envelope. */
            class Envelope {

                /**
                 * Constructs a new Envelope.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.Envelope.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Envelope seq. */
                seq: number;

                /** Envelope ack. */
                ack: number;

                /** Envelope hello. */
                hello: (remotegpu.agent.v1.Hello|null);

                /** Envelope welcome. */
                welcome: (remotegpu.agent.v1.Welcome|null);

                /** Envelope heartbeat. */
                heartbeat: (remotegpu.agent.v1.Heartbeat|null);

                /** Envelope telemetry. */
                telemetry: (remotegpu.agent.v1.Telemetry|null);

                /** Envelope command. */
                command: (remotegpu.agent.v1.Command|null);

                /** Envelope commandResult. */
                commandResult: (remotegpu.agent.v1.CommandResult|null);

                /** Envelope containerStates. */
                containerStates: (remotegpu.agent.v1.ContainerStates|null);

                /** Envelope settings. */
                settings: (remotegpu.agent.v1.SessionSettings|null);

                /** Envelope inventory. */
                inventory: (remotegpu.agent.v1.Inventory|null);

                /** Envelope taskOutput. */
                taskOutput: (remotegpu.agent.v1.TaskOutput|null);

                /** Envelope taskOutputAck. */
                taskOutputAck: (remotegpu.agent.v1.TaskOutputAck|null);

                /** Envelope body. */
                body?: ("hello"|"welcome"|"heartbeat"|"telemetry"|"command"|"commandResult"|"containerStates"|"settings"|"inventory"|"taskOutput"|"taskOutputAck");

                /**
                 * Creates a new Envelope instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Envelope instance
                 */
                static create(properties: remotegpu.agent.v1.Envelope.$Shape): remotegpu.agent.v1.Envelope & remotegpu.agent.v1.Envelope.$Shape;
                static create(properties?: remotegpu.agent.v1.Envelope.$Properties): remotegpu.agent.v1.Envelope;

                /**
                 * Encodes the specified Envelope message. Does not implicitly {@link remotegpu.agent.v1.Envelope.verify|verify} messages.
                 * @param message Envelope message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Envelope message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.Envelope & remotegpu.agent.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.Envelope & remotegpu.agent.v1.Envelope.$Shape;

                /**
                 * Verifies an Envelope message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Envelope
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.Envelope;

                /**
                 * Creates a plain object from an Envelope message. Also converts values to other types if specified.
                 * @param message Envelope
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Envelope to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Envelope
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Envelope {

                /** Properties of an Envelope. */
                interface $Properties {

                    /** Envelope seq */
                    seq?: number;

                    /** Envelope ack */
                    ack?: number;

                    /** Envelope hello */
                    hello?: (remotegpu.agent.v1.Hello.$Properties|null);

                    /** Envelope welcome */
                    welcome?: (remotegpu.agent.v1.Welcome.$Properties|null);

                    /** Envelope heartbeat */
                    heartbeat?: (remotegpu.agent.v1.Heartbeat.$Properties|null);

                    /** Envelope telemetry */
                    telemetry?: (remotegpu.agent.v1.Telemetry.$Properties|null);

                    /** Envelope command */
                    command?: (remotegpu.agent.v1.Command.$Properties|null);

                    /** Envelope commandResult */
                    commandResult?: (remotegpu.agent.v1.CommandResult.$Properties|null);

                    /** Envelope containerStates */
                    containerStates?: (remotegpu.agent.v1.ContainerStates.$Properties|null);

                    /** Envelope settings */
                    settings?: (remotegpu.agent.v1.SessionSettings.$Properties|null);

                    /** Envelope inventory */
                    inventory?: (remotegpu.agent.v1.Inventory.$Properties|null);

                    /** Envelope taskOutput */
                    taskOutput?: (remotegpu.agent.v1.TaskOutput.$Properties|null);

                    /** Envelope taskOutputAck */
                    taskOutputAck?: (remotegpu.agent.v1.TaskOutputAck.$Properties|null);

                    /** Envelope body */
                    body?: ("hello"|"welcome"|"heartbeat"|"telemetry"|"command"|"commandResult"|"containerStates"|"settings"|"inventory"|"taskOutput"|"taskOutputAck");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of an Envelope. */
                type $Shape = {
                  seq?: number;
                  ack?: number;
                  hello?: remotegpu.agent.v1.Hello.$Shape|null;
                  welcome?: remotegpu.agent.v1.Welcome.$Shape|null;
                  heartbeat?: remotegpu.agent.v1.Heartbeat.$Shape|null;
                  telemetry?: remotegpu.agent.v1.Telemetry.$Shape|null;
                  command?: remotegpu.agent.v1.Command.$Shape|null;
                  commandResult?: remotegpu.agent.v1.CommandResult.$Shape|null;
                  containerStates?: remotegpu.agent.v1.ContainerStates.$Shape|null;
                  settings?: remotegpu.agent.v1.SessionSettings.$Shape|null;
                  inventory?: remotegpu.agent.v1.Inventory.$Shape|null;
                  taskOutput?: remotegpu.agent.v1.TaskOutput.$Shape|null;
                  taskOutputAck?: remotegpu.agent.v1.TaskOutputAck.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; hello?: null; welcome?: null; heartbeat?: null; telemetry?: null; command?: null; commandResult?: null; containerStates?: null; settings?: null; inventory?: null; taskOutput?: null; taskOutputAck?: null }|{ body?: "hello"; hello: remotegpu.agent.v1.Hello.$Shape; welcome?: null; heartbeat?: null; telemetry?: null; command?: null; commandResult?: null; containerStates?: null; settings?: null; inventory?: null; taskOutput?: null; taskOutputAck?: null }|{ body?: "welcome"; hello?: null; welcome: remotegpu.agent.v1.Welcome.$Shape; heartbeat?: null; telemetry?: null; command?: null; commandResult?: null; containerStates?: null; settings?: null; inventory?: null; taskOutput?: null; taskOutputAck?: null }|{ body?: "heartbeat"; hello?: null; welcome?: null; heartbeat: remotegpu.agent.v1.Heartbeat.$Shape; telemetry?: null; command?: null; commandResult?: null; containerStates?: null; settings?: null; inventory?: null; taskOutput?: null; taskOutputAck?: null }|{ body?: "telemetry"; hello?: null; welcome?: null; heartbeat?: null; telemetry: remotegpu.agent.v1.Telemetry.$Shape; command?: null; commandResult?: null; containerStates?: null; settings?: null; inventory?: null; taskOutput?: null; taskOutputAck?: null }|{ body?: "command"; hello?: null; welcome?: null; heartbeat?: null; telemetry?: null; command: remotegpu.agent.v1.Command.$Shape; commandResult?: null; containerStates?: null; settings?: null; inventory?: null; taskOutput?: null; taskOutputAck?: null }|{ body?: "commandResult"; hello?: null; welcome?: null; heartbeat?: null; telemetry?: null; command?: null; commandResult: remotegpu.agent.v1.CommandResult.$Shape; containerStates?: null; settings?: null; inventory?: null; taskOutput?: null; taskOutputAck?: null }|{ body?: "containerStates"; hello?: null; welcome?: null; heartbeat?: null; telemetry?: null; command?: null; commandResult?: null; containerStates: remotegpu.agent.v1.ContainerStates.$Shape; settings?: null; inventory?: null; taskOutput?: null; taskOutputAck?: null }|{ body?: "settings"; hello?: null; welcome?: null; heartbeat?: null; telemetry?: null; command?: null; commandResult?: null; containerStates?: null; settings: remotegpu.agent.v1.SessionSettings.$Shape; inventory?: null; taskOutput?: null; taskOutputAck?: null }|{ body?: "inventory"; hello?: null; welcome?: null; heartbeat?: null; telemetry?: null; command?: null; commandResult?: null; containerStates?: null; settings?: null; inventory: remotegpu.agent.v1.Inventory.$Shape; taskOutput?: null; taskOutputAck?: null }|{ body?: "taskOutput"; hello?: null; welcome?: null; heartbeat?: null; telemetry?: null; command?: null; commandResult?: null; containerStates?: null; settings?: null; inventory?: null; taskOutput: remotegpu.agent.v1.TaskOutput.$Shape; taskOutputAck?: null }|{ body?: "taskOutputAck"; hello?: null; welcome?: null; heartbeat?: null; telemetry?: null; command?: null; commandResult?: null; containerStates?: null; settings?: null; inventory?: null; taskOutput?: null; taskOutputAck: remotegpu.agent.v1.TaskOutputAck.$Shape })
                );
            }

            /**
             * Properties of a Hello.
             * @deprecated Use remotegpu.agent.v1.Hello.$Properties instead.
             */
            interface IHello extends remotegpu.agent.v1.Hello.$Properties {
            }

            /** Represents a Hello. */
            class Hello {

                /**
                 * Constructs a new Hello.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.Hello.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Hello protocolVersion. */
                protocolVersion: number;

                /** Hello agentVersion. */
                agentVersion: string;

                /** Hello credential. */
                credential: (remotegpu.agent.v1.HostCredential|null);

                /** Hello enrollment. */
                enrollment: (remotegpu.agent.v1.Enrollment|null);

                /** Hello inventory. */
                inventory: remotegpu.agent.v1.Inventory;

                /** Hello containers. */
                containers: remotegpu.agent.v1.ContainerState[];

                /** Hello containersUnknown. */
                containersUnknown: boolean;

                /** Hello auth. */
                auth?: ("credential"|"enrollment");

                /**
                 * Creates a new Hello instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Hello instance
                 */
                static create(properties: remotegpu.agent.v1.Hello.$Shape): remotegpu.agent.v1.Hello & remotegpu.agent.v1.Hello.$Shape;
                static create(properties?: remotegpu.agent.v1.Hello.$Properties): remotegpu.agent.v1.Hello;

                /**
                 * Encodes the specified Hello message. Does not implicitly {@link remotegpu.agent.v1.Hello.verify|verify} messages.
                 * @param message Hello message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Hello message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.Hello & remotegpu.agent.v1.Hello.$Shape} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.Hello & remotegpu.agent.v1.Hello.$Shape;

                /**
                 * Verifies a Hello message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Hello message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Hello
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.Hello;

                /**
                 * Creates a plain object from a Hello message. Also converts values to other types if specified.
                 * @param message Hello
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Hello to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Hello
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Hello {

                /** Properties of a Hello. */
                interface $Properties {

                    /** Hello protocolVersion */
                    protocolVersion?: number;

                    /** Hello agentVersion */
                    agentVersion?: string;

                    /** Hello credential */
                    credential?: (remotegpu.agent.v1.HostCredential.$Properties|null);

                    /** Hello enrollment */
                    enrollment?: (remotegpu.agent.v1.Enrollment.$Properties|null);

                    /** Hello inventory */
                    inventory?: remotegpu.agent.v1.Inventory.$Properties;

                    /** Hello containers */
                    containers?: remotegpu.agent.v1.ContainerState.$Properties[];

                    /** Hello containersUnknown */
                    containersUnknown?: boolean;

                    /** Hello auth */
                    auth?: ("credential"|"enrollment");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a Hello. */
                type $Shape = {
                  protocolVersion?: number;
                  agentVersion?: string;
                  credential?: remotegpu.agent.v1.HostCredential.$Shape|null;
                  enrollment?: remotegpu.agent.v1.Enrollment.$Shape|null;
                  inventory?: remotegpu.agent.v1.Inventory.$Shape;
                  containers?: remotegpu.agent.v1.ContainerState.$Shape[];
                  containersUnknown?: boolean;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ auth?: undefined; credential?: null; enrollment?: null }|{ auth?: "credential"; credential: remotegpu.agent.v1.HostCredential.$Shape; enrollment?: null }|{ auth?: "enrollment"; credential?: null; enrollment: remotegpu.agent.v1.Enrollment.$Shape })
                );
            }

            /**
             * Properties of a HostCredential.
             * @deprecated Use remotegpu.agent.v1.HostCredential.$Properties instead.
             */
            interface IHostCredential extends remotegpu.agent.v1.HostCredential.$Properties {
            }

            /** Represents a HostCredential. */
            class HostCredential {

                /**
                 * Constructs a new HostCredential.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.HostCredential.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HostCredential hostId. */
                hostId: string;

                /** HostCredential secret. */
                secret: string;

                /**
                 * Creates a new HostCredential instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HostCredential instance
                 */
                static create(properties: remotegpu.agent.v1.HostCredential.$Shape): remotegpu.agent.v1.HostCredential & remotegpu.agent.v1.HostCredential.$Shape;
                static create(properties?: remotegpu.agent.v1.HostCredential.$Properties): remotegpu.agent.v1.HostCredential;

                /**
                 * Encodes the specified HostCredential message. Does not implicitly {@link remotegpu.agent.v1.HostCredential.verify|verify} messages.
                 * @param message HostCredential message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.HostCredential.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HostCredential message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.HostCredential & remotegpu.agent.v1.HostCredential.$Shape} HostCredential
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.HostCredential & remotegpu.agent.v1.HostCredential.$Shape;

                /**
                 * Verifies a HostCredential message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HostCredential message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HostCredential
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.HostCredential;

                /**
                 * Creates a plain object from a HostCredential message. Also converts values to other types if specified.
                 * @param message HostCredential
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.HostCredential, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HostCredential to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for HostCredential
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HostCredential {

                /** Properties of a HostCredential. */
                interface $Properties {

                    /** HostCredential hostId */
                    hostId?: string;

                    /** HostCredential secret */
                    secret?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HostCredential. */
                type $Shape = remotegpu.agent.v1.HostCredential.$Properties;
            }

            /**
             * Properties of an Enrollment.
             * @deprecated Use remotegpu.agent.v1.Enrollment.$Properties instead.
             */
            interface IEnrollment extends remotegpu.agent.v1.Enrollment.$Properties {
            }

            /** Represents an Enrollment. */
            class Enrollment {

                /**
                 * Constructs a new Enrollment.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.Enrollment.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Enrollment joinToken. */
                joinToken: string;

                /** Enrollment hostSecret. */
                hostSecret: string;

                /**
                 * Creates a new Enrollment instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Enrollment instance
                 */
                static create(properties: remotegpu.agent.v1.Enrollment.$Shape): remotegpu.agent.v1.Enrollment & remotegpu.agent.v1.Enrollment.$Shape;
                static create(properties?: remotegpu.agent.v1.Enrollment.$Properties): remotegpu.agent.v1.Enrollment;

                /**
                 * Encodes the specified Enrollment message. Does not implicitly {@link remotegpu.agent.v1.Enrollment.verify|verify} messages.
                 * @param message Enrollment message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.Enrollment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Enrollment message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.Enrollment & remotegpu.agent.v1.Enrollment.$Shape} Enrollment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.Enrollment & remotegpu.agent.v1.Enrollment.$Shape;

                /**
                 * Verifies an Enrollment message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Enrollment message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Enrollment
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.Enrollment;

                /**
                 * Creates a plain object from an Enrollment message. Also converts values to other types if specified.
                 * @param message Enrollment
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.Enrollment, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Enrollment to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Enrollment
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Enrollment {

                /** Properties of an Enrollment. */
                interface $Properties {

                    /** Enrollment joinToken */
                    joinToken?: string;

                    /** Enrollment hostSecret */
                    hostSecret?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Enrollment. */
                type $Shape = remotegpu.agent.v1.Enrollment.$Properties;
            }

            /**
             * Properties of a Welcome.
             * @deprecated Use remotegpu.agent.v1.Welcome.$Properties instead.
             */
            interface IWelcome extends remotegpu.agent.v1.Welcome.$Properties {
            }

            /** Represents a Welcome. */
            class Welcome {

                /**
                 * Constructs a new Welcome.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.Welcome.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Welcome hostId. */
                hostId: string;

                /** Welcome protocolVersion. */
                protocolVersion: number;

                /** Welcome serverTimeMs. */
                serverTimeMs: number;

                /** Welcome settings. */
                settings: remotegpu.agent.v1.SessionSettings;

                /** Welcome roomName. */
                roomName: string;

                /** Welcome enrolled. */
                enrolled: boolean;

                /**
                 * Creates a new Welcome instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Welcome instance
                 */
                static create(properties: remotegpu.agent.v1.Welcome.$Shape): remotegpu.agent.v1.Welcome & remotegpu.agent.v1.Welcome.$Shape;
                static create(properties?: remotegpu.agent.v1.Welcome.$Properties): remotegpu.agent.v1.Welcome;

                /**
                 * Encodes the specified Welcome message. Does not implicitly {@link remotegpu.agent.v1.Welcome.verify|verify} messages.
                 * @param message Welcome message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Welcome message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.Welcome & remotegpu.agent.v1.Welcome.$Shape} Welcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.Welcome & remotegpu.agent.v1.Welcome.$Shape;

                /**
                 * Verifies a Welcome message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Welcome
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.Welcome;

                /**
                 * Creates a plain object from a Welcome message. Also converts values to other types if specified.
                 * @param message Welcome
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.Welcome, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Welcome to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Welcome
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Welcome {

                /** Properties of a Welcome. */
                interface $Properties {

                    /** Welcome hostId */
                    hostId?: string;

                    /** Welcome protocolVersion */
                    protocolVersion?: number;

                    /** Welcome serverTimeMs */
                    serverTimeMs?: number;

                    /** Welcome settings */
                    settings?: remotegpu.agent.v1.SessionSettings.$Properties;

                    /** Welcome roomName */
                    roomName?: string;

                    /** Welcome enrolled */
                    enrolled?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Welcome. */
                type $Shape = remotegpu.agent.v1.Welcome.$Properties;
            }

            /**
             * Properties of a SessionSettings.
             * @deprecated Use remotegpu.agent.v1.SessionSettings.$Properties instead.
             */
            interface ISessionSettings extends remotegpu.agent.v1.SessionSettings.$Properties {
            }

            /** Represents a SessionSettings. */
            class SessionSettings {

                /**
                 * Constructs a new SessionSettings.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.SessionSettings.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SessionSettings heartbeatIntervalMs. */
                heartbeatIntervalMs: number;

                /** SessionSettings telemetryIntervalMs. */
                telemetryIntervalMs: number;

                /**
                 * Creates a new SessionSettings instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SessionSettings instance
                 */
                static create(properties: remotegpu.agent.v1.SessionSettings.$Shape): remotegpu.agent.v1.SessionSettings & remotegpu.agent.v1.SessionSettings.$Shape;
                static create(properties?: remotegpu.agent.v1.SessionSettings.$Properties): remotegpu.agent.v1.SessionSettings;

                /**
                 * Encodes the specified SessionSettings message. Does not implicitly {@link remotegpu.agent.v1.SessionSettings.verify|verify} messages.
                 * @param message SessionSettings message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.SessionSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SessionSettings message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.SessionSettings & remotegpu.agent.v1.SessionSettings.$Shape} SessionSettings
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.SessionSettings & remotegpu.agent.v1.SessionSettings.$Shape;

                /**
                 * Verifies a SessionSettings message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SessionSettings message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SessionSettings
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.SessionSettings;

                /**
                 * Creates a plain object from a SessionSettings message. Also converts values to other types if specified.
                 * @param message SessionSettings
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.SessionSettings, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SessionSettings to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SessionSettings
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SessionSettings {

                /** Properties of a SessionSettings. */
                interface $Properties {

                    /** SessionSettings heartbeatIntervalMs */
                    heartbeatIntervalMs?: number;

                    /** SessionSettings telemetryIntervalMs */
                    telemetryIntervalMs?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SessionSettings. */
                type $Shape = remotegpu.agent.v1.SessionSettings.$Properties;
            }

            /**
             * Properties of a Heartbeat.
             * @deprecated Use remotegpu.agent.v1.Heartbeat.$Properties instead.
             */
            interface IHeartbeat extends remotegpu.agent.v1.Heartbeat.$Properties {
            }

            /** Represents a Heartbeat. */
            class Heartbeat {

                /**
                 * Constructs a new Heartbeat.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.Heartbeat.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Heartbeat agentTimeMs. */
                agentTimeMs: number;

                /**
                 * Creates a new Heartbeat instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Heartbeat instance
                 */
                static create(properties: remotegpu.agent.v1.Heartbeat.$Shape): remotegpu.agent.v1.Heartbeat & remotegpu.agent.v1.Heartbeat.$Shape;
                static create(properties?: remotegpu.agent.v1.Heartbeat.$Properties): remotegpu.agent.v1.Heartbeat;

                /**
                 * Encodes the specified Heartbeat message. Does not implicitly {@link remotegpu.agent.v1.Heartbeat.verify|verify} messages.
                 * @param message Heartbeat message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.Heartbeat & remotegpu.agent.v1.Heartbeat.$Shape} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.Heartbeat & remotegpu.agent.v1.Heartbeat.$Shape;

                /**
                 * Verifies a Heartbeat message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Heartbeat
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.Heartbeat;

                /**
                 * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
                 * @param message Heartbeat
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Heartbeat to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Heartbeat
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Heartbeat {

                /** Properties of a Heartbeat. */
                interface $Properties {

                    /** Heartbeat agentTimeMs */
                    agentTimeMs?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Heartbeat. */
                type $Shape = remotegpu.agent.v1.Heartbeat.$Properties;
            }

            /** MigMode enum. */
            enum MigMode {

                /** MIG_MODE_UNSPECIFIED value */
                MIG_MODE_UNSPECIFIED = 0,

                /** MIG_MODE_DISABLED value */
                MIG_MODE_DISABLED = 1,

                /** MIG_MODE_ENABLED value */
                MIG_MODE_ENABLED = 2,

                /** MIG_MODE_NOT_SUPPORTED value */
                MIG_MODE_NOT_SUPPORTED = 3
            }

            /**
             * Properties of an Inventory.
             * @deprecated Use remotegpu.agent.v1.Inventory.$Properties instead.
             */
            interface IInventory extends remotegpu.agent.v1.Inventory.$Properties {
            }

            /** Represents an Inventory. */
            class Inventory {

                /**
                 * Constructs a new Inventory.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.Inventory.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Inventory hostname. */
                hostname: string;

                /** Inventory os. */
                os: string;

                /** Inventory kernel. */
                kernel: string;

                /** Inventory arch. */
                arch: string;

                /** Inventory cpuCount. */
                cpuCount: number;

                /** Inventory cpuModel. */
                cpuModel: string;

                /** Inventory memoryTotalBytes. */
                memoryTotalBytes: number;

                /** Inventory disks. */
                disks: remotegpu.agent.v1.Disk[];

                /** Inventory dockerVersion. */
                dockerVersion: string;

                /** Inventory driverVersion. */
                driverVersion: string;

                /** Inventory cudaVersion. */
                cudaVersion: string;

                /** Inventory gpus. */
                gpus: remotegpu.agent.v1.GpuInfo[];

                /** Inventory gpuErrors. */
                gpuErrors: string[];

                /** Inventory gpusUnknown. */
                gpusUnknown: boolean;

                /** Inventory publicAddress. */
                publicAddress: string;

                /** Inventory instanceStorageBytes. */
                instanceStorageBytes: (number|null);

                /** Inventory instanceNetwork. */
                instanceNetwork: string;

                /** Inventory gpuAttachProblem. */
                gpuAttachProblem: string;

                /** Inventory storageQuotaSupported. */
                storageQuotaSupported: boolean;

                /** Inventory storageQuotaProblem. */
                storageQuotaProblem: string;

                /**
                 * Creates a new Inventory instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Inventory instance
                 */
                static create(properties: remotegpu.agent.v1.Inventory.$Shape): remotegpu.agent.v1.Inventory & remotegpu.agent.v1.Inventory.$Shape;
                static create(properties?: remotegpu.agent.v1.Inventory.$Properties): remotegpu.agent.v1.Inventory;

                /**
                 * Encodes the specified Inventory message. Does not implicitly {@link remotegpu.agent.v1.Inventory.verify|verify} messages.
                 * @param message Inventory message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.Inventory.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Inventory message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.Inventory & remotegpu.agent.v1.Inventory.$Shape} Inventory
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.Inventory & remotegpu.agent.v1.Inventory.$Shape;

                /**
                 * Verifies an Inventory message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Inventory message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Inventory
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.Inventory;

                /**
                 * Creates a plain object from an Inventory message. Also converts values to other types if specified.
                 * @param message Inventory
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.Inventory, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Inventory to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Inventory
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Inventory {

                /** Properties of an Inventory. */
                interface $Properties {

                    /** Inventory hostname */
                    hostname?: string;

                    /** Inventory os */
                    os?: string;

                    /** Inventory kernel */
                    kernel?: string;

                    /** Inventory arch */
                    arch?: string;

                    /** Inventory cpuCount */
                    cpuCount?: number;

                    /** Inventory cpuModel */
                    cpuModel?: string;

                    /** Inventory memoryTotalBytes */
                    memoryTotalBytes?: number;

                    /** Inventory disks */
                    disks?: remotegpu.agent.v1.Disk.$Properties[];

                    /** Inventory dockerVersion */
                    dockerVersion?: string;

                    /** Inventory driverVersion */
                    driverVersion?: string;

                    /** Inventory cudaVersion */
                    cudaVersion?: string;

                    /** Inventory gpus */
                    gpus?: remotegpu.agent.v1.GpuInfo.$Properties[];

                    /** Inventory gpuErrors */
                    gpuErrors?: string[];

                    /** Inventory gpusUnknown */
                    gpusUnknown?: boolean;

                    /** Inventory publicAddress */
                    publicAddress?: string;

                    /** Inventory instanceStorageBytes */
                    instanceStorageBytes?: (number|null);

                    /** Inventory instanceNetwork */
                    instanceNetwork?: string;

                    /** Inventory gpuAttachProblem */
                    gpuAttachProblem?: string;

                    /** Inventory storageQuotaSupported */
                    storageQuotaSupported?: boolean;

                    /** Inventory storageQuotaProblem */
                    storageQuotaProblem?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Inventory. */
                type $Shape = remotegpu.agent.v1.Inventory.$Properties;
            }

            /**
             * Properties of a Disk.
             * @deprecated Use remotegpu.agent.v1.Disk.$Properties instead.
             */
            interface IDisk extends remotegpu.agent.v1.Disk.$Properties {
            }

            /** Represents a Disk. */
            class Disk {

                /**
                 * Constructs a new Disk.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.Disk.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Disk mount. */
                mount: string;

                /** Disk fsType. */
                fsType: string;

                /** Disk sizeBytes. */
                sizeBytes: number;

                /** Disk device. */
                device: string;

                /**
                 * Creates a new Disk instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Disk instance
                 */
                static create(properties: remotegpu.agent.v1.Disk.$Shape): remotegpu.agent.v1.Disk & remotegpu.agent.v1.Disk.$Shape;
                static create(properties?: remotegpu.agent.v1.Disk.$Properties): remotegpu.agent.v1.Disk;

                /**
                 * Encodes the specified Disk message. Does not implicitly {@link remotegpu.agent.v1.Disk.verify|verify} messages.
                 * @param message Disk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.Disk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Disk message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.Disk & remotegpu.agent.v1.Disk.$Shape} Disk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.Disk & remotegpu.agent.v1.Disk.$Shape;

                /**
                 * Verifies a Disk message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Disk message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Disk
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.Disk;

                /**
                 * Creates a plain object from a Disk message. Also converts values to other types if specified.
                 * @param message Disk
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.Disk, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Disk to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Disk
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Disk {

                /** Properties of a Disk. */
                interface $Properties {

                    /** Disk mount */
                    mount?: string;

                    /** Disk fsType */
                    fsType?: string;

                    /** Disk sizeBytes */
                    sizeBytes?: number;

                    /** Disk device */
                    device?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Disk. */
                type $Shape = remotegpu.agent.v1.Disk.$Properties;
            }

            /**
             * Properties of a GpuInfo.
             * @deprecated Use remotegpu.agent.v1.GpuInfo.$Properties instead.
             */
            interface IGpuInfo extends remotegpu.agent.v1.GpuInfo.$Properties {
            }

            /** Represents a GpuInfo. */
            class GpuInfo {

                /**
                 * Constructs a new GpuInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.GpuInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GpuInfo index. */
                index: number;

                /** GpuInfo uuid. */
                uuid: string;

                /** GpuInfo name. */
                name: string;

                /** GpuInfo memoryTotalMib. */
                memoryTotalMib: (number|null);

                /** GpuInfo pciBusId. */
                pciBusId: string;

                /** GpuInfo migMode. */
                migMode: remotegpu.agent.v1.MigMode;

                /** GpuInfo driverVersion. */
                driverVersion: string;

                /** GpuInfo serial. */
                serial: string;

                /** GpuInfo vbiosVersion. */
                vbiosVersion: string;

                /** GpuInfo computeCap. */
                computeCap: string;

                /** GpuInfo powerLimitMaxW. */
                powerLimitMaxW: (number|null);

                /** GpuInfo migDevices. */
                migDevices: remotegpu.agent.v1.MigDevice[];

                /**
                 * Creates a new GpuInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GpuInfo instance
                 */
                static create(properties: remotegpu.agent.v1.GpuInfo.$Shape): remotegpu.agent.v1.GpuInfo & remotegpu.agent.v1.GpuInfo.$Shape;
                static create(properties?: remotegpu.agent.v1.GpuInfo.$Properties): remotegpu.agent.v1.GpuInfo;

                /**
                 * Encodes the specified GpuInfo message. Does not implicitly {@link remotegpu.agent.v1.GpuInfo.verify|verify} messages.
                 * @param message GpuInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.GpuInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GpuInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.GpuInfo & remotegpu.agent.v1.GpuInfo.$Shape} GpuInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.GpuInfo & remotegpu.agent.v1.GpuInfo.$Shape;

                /**
                 * Verifies a GpuInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GpuInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GpuInfo
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.GpuInfo;

                /**
                 * Creates a plain object from a GpuInfo message. Also converts values to other types if specified.
                 * @param message GpuInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.GpuInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GpuInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GpuInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GpuInfo {

                /** Properties of a GpuInfo. */
                interface $Properties {

                    /** GpuInfo index */
                    index?: number;

                    /** GpuInfo uuid */
                    uuid?: string;

                    /** GpuInfo name */
                    name?: string;

                    /** GpuInfo memoryTotalMib */
                    memoryTotalMib?: (number|null);

                    /** GpuInfo pciBusId */
                    pciBusId?: string;

                    /** GpuInfo migMode */
                    migMode?: remotegpu.agent.v1.MigMode;

                    /** GpuInfo driverVersion */
                    driverVersion?: string;

                    /** GpuInfo serial */
                    serial?: string;

                    /** GpuInfo vbiosVersion */
                    vbiosVersion?: string;

                    /** GpuInfo computeCap */
                    computeCap?: string;

                    /** GpuInfo powerLimitMaxW */
                    powerLimitMaxW?: (number|null);

                    /** GpuInfo migDevices */
                    migDevices?: remotegpu.agent.v1.MigDevice.$Properties[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GpuInfo. */
                type $Shape = remotegpu.agent.v1.GpuInfo.$Properties;
            }

            /**
             * Properties of a MigDevice.
             * @deprecated Use remotegpu.agent.v1.MigDevice.$Properties instead.
             */
            interface IMigDevice extends remotegpu.agent.v1.MigDevice.$Properties {
            }

            /** Represents a MigDevice. */
            class MigDevice {

                /**
                 * Constructs a new MigDevice.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.MigDevice.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MigDevice index. */
                index: number;

                /** MigDevice profile. */
                profile: string;

                /** MigDevice uuid. */
                uuid: string;

                /**
                 * Creates a new MigDevice instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MigDevice instance
                 */
                static create(properties: remotegpu.agent.v1.MigDevice.$Shape): remotegpu.agent.v1.MigDevice & remotegpu.agent.v1.MigDevice.$Shape;
                static create(properties?: remotegpu.agent.v1.MigDevice.$Properties): remotegpu.agent.v1.MigDevice;

                /**
                 * Encodes the specified MigDevice message. Does not implicitly {@link remotegpu.agent.v1.MigDevice.verify|verify} messages.
                 * @param message MigDevice message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.MigDevice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MigDevice message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.MigDevice & remotegpu.agent.v1.MigDevice.$Shape} MigDevice
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.MigDevice & remotegpu.agent.v1.MigDevice.$Shape;

                /**
                 * Verifies a MigDevice message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MigDevice message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MigDevice
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.MigDevice;

                /**
                 * Creates a plain object from a MigDevice message. Also converts values to other types if specified.
                 * @param message MigDevice
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.MigDevice, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MigDevice to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MigDevice
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MigDevice {

                /** Properties of a MigDevice. */
                interface $Properties {

                    /** MigDevice index */
                    index?: number;

                    /** MigDevice profile */
                    profile?: string;

                    /** MigDevice uuid */
                    uuid?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MigDevice. */
                type $Shape = remotegpu.agent.v1.MigDevice.$Properties;
            }

            /**
             * Properties of a Telemetry.
             * @deprecated Use remotegpu.agent.v1.Telemetry.$Properties instead.
             */
            interface ITelemetry extends remotegpu.agent.v1.Telemetry.$Properties {
            }

            /** Represents a Telemetry. */
            class Telemetry {

                /**
                 * Constructs a new Telemetry.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.Telemetry.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Telemetry collectedAtMs. */
                collectedAtMs: number;

                /** Telemetry host. */
                host: remotegpu.agent.v1.HostMetrics;

                /** Telemetry gpus. */
                gpus: remotegpu.agent.v1.GpuSample[];

                /** Telemetry processes. */
                processes: remotegpu.agent.v1.GpuProcess[];

                /** Telemetry errors. */
                errors: string[];

                /**
                 * Creates a new Telemetry instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Telemetry instance
                 */
                static create(properties: remotegpu.agent.v1.Telemetry.$Shape): remotegpu.agent.v1.Telemetry & remotegpu.agent.v1.Telemetry.$Shape;
                static create(properties?: remotegpu.agent.v1.Telemetry.$Properties): remotegpu.agent.v1.Telemetry;

                /**
                 * Encodes the specified Telemetry message. Does not implicitly {@link remotegpu.agent.v1.Telemetry.verify|verify} messages.
                 * @param message Telemetry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.Telemetry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Telemetry message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.Telemetry & remotegpu.agent.v1.Telemetry.$Shape} Telemetry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.Telemetry & remotegpu.agent.v1.Telemetry.$Shape;

                /**
                 * Verifies a Telemetry message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Telemetry message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Telemetry
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.Telemetry;

                /**
                 * Creates a plain object from a Telemetry message. Also converts values to other types if specified.
                 * @param message Telemetry
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.Telemetry, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Telemetry to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Telemetry
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Telemetry {

                /** Properties of a Telemetry. */
                interface $Properties {

                    /** Telemetry collectedAtMs */
                    collectedAtMs?: number;

                    /** Telemetry host */
                    host?: remotegpu.agent.v1.HostMetrics.$Properties;

                    /** Telemetry gpus */
                    gpus?: remotegpu.agent.v1.GpuSample.$Properties[];

                    /** Telemetry processes */
                    processes?: remotegpu.agent.v1.GpuProcess.$Properties[];

                    /** Telemetry errors */
                    errors?: string[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Telemetry. */
                type $Shape = remotegpu.agent.v1.Telemetry.$Properties;
            }

            /**
             * Properties of a HostMetrics.
             * @deprecated Use remotegpu.agent.v1.HostMetrics.$Properties instead.
             */
            interface IHostMetrics extends remotegpu.agent.v1.HostMetrics.$Properties {
            }

            /** Represents a HostMetrics. */
            class HostMetrics {

                /**
                 * Constructs a new HostMetrics.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.HostMetrics.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HostMetrics cpuUtilizationPct. */
                cpuUtilizationPct: (number|null);

                /** HostMetrics load_1m. */
                load_1m: (number|null);

                /** HostMetrics load_5m. */
                load_5m: (number|null);

                /** HostMetrics load_15m. */
                load_15m: (number|null);

                /** HostMetrics memoryTotalBytes. */
                memoryTotalBytes: (number|null);

                /** HostMetrics memoryUsedBytes. */
                memoryUsedBytes: (number|null);

                /** HostMetrics memoryAvailableBytes. */
                memoryAvailableBytes: (number|null);

                /** HostMetrics disks. */
                disks: remotegpu.agent.v1.DiskUsage[];

                /** HostMetrics uptimeS. */
                uptimeS: (number|null);

                /** HostMetrics networkRxBytes. */
                networkRxBytes: (number|null);

                /** HostMetrics networkTxBytes. */
                networkTxBytes: (number|null);

                /**
                 * Creates a new HostMetrics instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HostMetrics instance
                 */
                static create(properties: remotegpu.agent.v1.HostMetrics.$Shape): remotegpu.agent.v1.HostMetrics & remotegpu.agent.v1.HostMetrics.$Shape;
                static create(properties?: remotegpu.agent.v1.HostMetrics.$Properties): remotegpu.agent.v1.HostMetrics;

                /**
                 * Encodes the specified HostMetrics message. Does not implicitly {@link remotegpu.agent.v1.HostMetrics.verify|verify} messages.
                 * @param message HostMetrics message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.HostMetrics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HostMetrics message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.HostMetrics & remotegpu.agent.v1.HostMetrics.$Shape} HostMetrics
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.HostMetrics & remotegpu.agent.v1.HostMetrics.$Shape;

                /**
                 * Verifies a HostMetrics message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HostMetrics message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HostMetrics
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.HostMetrics;

                /**
                 * Creates a plain object from a HostMetrics message. Also converts values to other types if specified.
                 * @param message HostMetrics
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.HostMetrics, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HostMetrics to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for HostMetrics
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HostMetrics {

                /** Properties of a HostMetrics. */
                interface $Properties {

                    /** HostMetrics cpuUtilizationPct */
                    cpuUtilizationPct?: (number|null);

                    /** HostMetrics load_1m */
                    load_1m?: (number|null);

                    /** HostMetrics load_5m */
                    load_5m?: (number|null);

                    /** HostMetrics load_15m */
                    load_15m?: (number|null);

                    /** HostMetrics memoryTotalBytes */
                    memoryTotalBytes?: (number|null);

                    /** HostMetrics memoryUsedBytes */
                    memoryUsedBytes?: (number|null);

                    /** HostMetrics memoryAvailableBytes */
                    memoryAvailableBytes?: (number|null);

                    /** HostMetrics disks */
                    disks?: remotegpu.agent.v1.DiskUsage.$Properties[];

                    /** HostMetrics uptimeS */
                    uptimeS?: (number|null);

                    /** HostMetrics networkRxBytes */
                    networkRxBytes?: (number|null);

                    /** HostMetrics networkTxBytes */
                    networkTxBytes?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HostMetrics. */
                type $Shape = remotegpu.agent.v1.HostMetrics.$Properties;
            }

            /**
             * Properties of a DiskUsage.
             * @deprecated Use remotegpu.agent.v1.DiskUsage.$Properties instead.
             */
            interface IDiskUsage extends remotegpu.agent.v1.DiskUsage.$Properties {
            }

            /** Represents a DiskUsage. */
            class DiskUsage {

                /**
                 * Constructs a new DiskUsage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.DiskUsage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DiskUsage mount. */
                mount: string;

                /** DiskUsage sizeBytes. */
                sizeBytes: (number|null);

                /** DiskUsage usedBytes. */
                usedBytes: (number|null);

                /** DiskUsage availableBytes. */
                availableBytes: (number|null);

                /**
                 * Creates a new DiskUsage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DiskUsage instance
                 */
                static create(properties: remotegpu.agent.v1.DiskUsage.$Shape): remotegpu.agent.v1.DiskUsage & remotegpu.agent.v1.DiskUsage.$Shape;
                static create(properties?: remotegpu.agent.v1.DiskUsage.$Properties): remotegpu.agent.v1.DiskUsage;

                /**
                 * Encodes the specified DiskUsage message. Does not implicitly {@link remotegpu.agent.v1.DiskUsage.verify|verify} messages.
                 * @param message DiskUsage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.DiskUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DiskUsage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.DiskUsage & remotegpu.agent.v1.DiskUsage.$Shape} DiskUsage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.DiskUsage & remotegpu.agent.v1.DiskUsage.$Shape;

                /**
                 * Verifies a DiskUsage message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DiskUsage message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DiskUsage
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.DiskUsage;

                /**
                 * Creates a plain object from a DiskUsage message. Also converts values to other types if specified.
                 * @param message DiskUsage
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.DiskUsage, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DiskUsage to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DiskUsage
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DiskUsage {

                /** Properties of a DiskUsage. */
                interface $Properties {

                    /** DiskUsage mount */
                    mount?: string;

                    /** DiskUsage sizeBytes */
                    sizeBytes?: (number|null);

                    /** DiskUsage usedBytes */
                    usedBytes?: (number|null);

                    /** DiskUsage availableBytes */
                    availableBytes?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DiskUsage. */
                type $Shape = remotegpu.agent.v1.DiskUsage.$Properties;
            }

            /**
             * Properties of a GpuSample.
             * @deprecated Use remotegpu.agent.v1.GpuSample.$Properties instead.
             */
            interface IGpuSample extends remotegpu.agent.v1.GpuSample.$Properties {
            }

            /** Represents a GpuSample. */
            class GpuSample {

                /**
                 * Constructs a new GpuSample.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.GpuSample.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GpuSample index. */
                index: number;

                /** GpuSample uuid. */
                uuid: string;

                /** GpuSample pciBusId. */
                pciBusId: string;

                /** GpuSample utilizationGpuPct. */
                utilizationGpuPct: (number|null);

                /** GpuSample utilizationMemoryPct. */
                utilizationMemoryPct: (number|null);

                /** GpuSample utilizationEncoderPct. */
                utilizationEncoderPct: (number|null);

                /** GpuSample utilizationDecoderPct. */
                utilizationDecoderPct: (number|null);

                /** GpuSample memoryTotalMib. */
                memoryTotalMib: (number|null);

                /** GpuSample memoryUsedMib. */
                memoryUsedMib: (number|null);

                /** GpuSample memoryFreeMib. */
                memoryFreeMib: (number|null);

                /** GpuSample memoryReservedMib. */
                memoryReservedMib: (number|null);

                /** GpuSample temperatureGpuC. */
                temperatureGpuC: (number|null);

                /** GpuSample temperatureMemoryC. */
                temperatureMemoryC: (number|null);

                /** GpuSample powerDrawW. */
                powerDrawW: (number|null);

                /** GpuSample powerLimitW. */
                powerLimitW: (number|null);

                /** GpuSample enforcedPowerLimitW. */
                enforcedPowerLimitW: (number|null);

                /** GpuSample smClockMhz. */
                smClockMhz: (number|null);

                /** GpuSample memClockMhz. */
                memClockMhz: (number|null);

                /** GpuSample graphicsClockMhz. */
                graphicsClockMhz: (number|null);

                /** GpuSample maxSmClockMhz. */
                maxSmClockMhz: (number|null);

                /** GpuSample fanSpeedPct. */
                fanSpeedPct: (number|null);

                /** GpuSample pstate. */
                pstate: (string|null);

                /** GpuSample throttleReasonsActive. */
                throttleReasonsActive: (number|null);

                /** GpuSample eccEnabled. */
                eccEnabled: (boolean|null);

                /** GpuSample eccCorrectedVolatile. */
                eccCorrectedVolatile: (number|null);

                /** GpuSample eccUncorrectedVolatile. */
                eccUncorrectedVolatile: (number|null);

                /** GpuSample eccCorrectedAggregate. */
                eccCorrectedAggregate: (number|null);

                /** GpuSample eccUncorrectedAggregate. */
                eccUncorrectedAggregate: (number|null);

                /** GpuSample retiredPagesSbe. */
                retiredPagesSbe: (number|null);

                /** GpuSample retiredPagesDbe. */
                retiredPagesDbe: (number|null);

                /** GpuSample retiredPagesPending. */
                retiredPagesPending: (boolean|null);

                /** GpuSample remappedRowsCorrectable. */
                remappedRowsCorrectable: (number|null);

                /** GpuSample remappedRowsUncorrectable. */
                remappedRowsUncorrectable: (number|null);

                /** GpuSample remappedRowsPending. */
                remappedRowsPending: (boolean|null);

                /** GpuSample remappedRowsFailure. */
                remappedRowsFailure: (boolean|null);

                /** GpuSample recoveryAction. */
                recoveryAction: (string|null);

                /** GpuSample migMode. */
                migMode: remotegpu.agent.v1.MigMode;

                /** GpuSample computeMode. */
                computeMode: (string|null);

                /** GpuSample persistenceMode. */
                persistenceMode: (boolean|null);

                /**
                 * Creates a new GpuSample instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GpuSample instance
                 */
                static create(properties: remotegpu.agent.v1.GpuSample.$Shape): remotegpu.agent.v1.GpuSample & remotegpu.agent.v1.GpuSample.$Shape;
                static create(properties?: remotegpu.agent.v1.GpuSample.$Properties): remotegpu.agent.v1.GpuSample;

                /**
                 * Encodes the specified GpuSample message. Does not implicitly {@link remotegpu.agent.v1.GpuSample.verify|verify} messages.
                 * @param message GpuSample message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.GpuSample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GpuSample message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.GpuSample & remotegpu.agent.v1.GpuSample.$Shape} GpuSample
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.GpuSample & remotegpu.agent.v1.GpuSample.$Shape;

                /**
                 * Verifies a GpuSample message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GpuSample message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GpuSample
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.GpuSample;

                /**
                 * Creates a plain object from a GpuSample message. Also converts values to other types if specified.
                 * @param message GpuSample
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.GpuSample, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GpuSample to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GpuSample
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GpuSample {

                /** Properties of a GpuSample. */
                interface $Properties {

                    /** GpuSample index */
                    index?: number;

                    /** GpuSample uuid */
                    uuid?: string;

                    /** GpuSample pciBusId */
                    pciBusId?: string;

                    /** GpuSample utilizationGpuPct */
                    utilizationGpuPct?: (number|null);

                    /** GpuSample utilizationMemoryPct */
                    utilizationMemoryPct?: (number|null);

                    /** GpuSample utilizationEncoderPct */
                    utilizationEncoderPct?: (number|null);

                    /** GpuSample utilizationDecoderPct */
                    utilizationDecoderPct?: (number|null);

                    /** GpuSample memoryTotalMib */
                    memoryTotalMib?: (number|null);

                    /** GpuSample memoryUsedMib */
                    memoryUsedMib?: (number|null);

                    /** GpuSample memoryFreeMib */
                    memoryFreeMib?: (number|null);

                    /** GpuSample memoryReservedMib */
                    memoryReservedMib?: (number|null);

                    /** GpuSample temperatureGpuC */
                    temperatureGpuC?: (number|null);

                    /** GpuSample temperatureMemoryC */
                    temperatureMemoryC?: (number|null);

                    /** GpuSample powerDrawW */
                    powerDrawW?: (number|null);

                    /** GpuSample powerLimitW */
                    powerLimitW?: (number|null);

                    /** GpuSample enforcedPowerLimitW */
                    enforcedPowerLimitW?: (number|null);

                    /** GpuSample smClockMhz */
                    smClockMhz?: (number|null);

                    /** GpuSample memClockMhz */
                    memClockMhz?: (number|null);

                    /** GpuSample graphicsClockMhz */
                    graphicsClockMhz?: (number|null);

                    /** GpuSample maxSmClockMhz */
                    maxSmClockMhz?: (number|null);

                    /** GpuSample fanSpeedPct */
                    fanSpeedPct?: (number|null);

                    /** GpuSample pstate */
                    pstate?: (string|null);

                    /** GpuSample throttleReasonsActive */
                    throttleReasonsActive?: (number|null);

                    /** GpuSample eccEnabled */
                    eccEnabled?: (boolean|null);

                    /** GpuSample eccCorrectedVolatile */
                    eccCorrectedVolatile?: (number|null);

                    /** GpuSample eccUncorrectedVolatile */
                    eccUncorrectedVolatile?: (number|null);

                    /** GpuSample eccCorrectedAggregate */
                    eccCorrectedAggregate?: (number|null);

                    /** GpuSample eccUncorrectedAggregate */
                    eccUncorrectedAggregate?: (number|null);

                    /** GpuSample retiredPagesSbe */
                    retiredPagesSbe?: (number|null);

                    /** GpuSample retiredPagesDbe */
                    retiredPagesDbe?: (number|null);

                    /** GpuSample retiredPagesPending */
                    retiredPagesPending?: (boolean|null);

                    /** GpuSample remappedRowsCorrectable */
                    remappedRowsCorrectable?: (number|null);

                    /** GpuSample remappedRowsUncorrectable */
                    remappedRowsUncorrectable?: (number|null);

                    /** GpuSample remappedRowsPending */
                    remappedRowsPending?: (boolean|null);

                    /** GpuSample remappedRowsFailure */
                    remappedRowsFailure?: (boolean|null);

                    /** GpuSample recoveryAction */
                    recoveryAction?: (string|null);

                    /** GpuSample migMode */
                    migMode?: remotegpu.agent.v1.MigMode;

                    /** GpuSample computeMode */
                    computeMode?: (string|null);

                    /** GpuSample persistenceMode */
                    persistenceMode?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GpuSample. */
                type $Shape = remotegpu.agent.v1.GpuSample.$Properties;
            }

            /**
             * Properties of a GpuProcess.
             * @deprecated Use remotegpu.agent.v1.GpuProcess.$Properties instead.
             */
            interface IGpuProcess extends remotegpu.agent.v1.GpuProcess.$Properties {
            }

            /** Represents a GpuProcess. */
            class GpuProcess {

                /**
                 * Constructs a new GpuProcess.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.GpuProcess.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GpuProcess gpuUuid. */
                gpuUuid: string;

                /** GpuProcess pciBusId. */
                pciBusId: string;

                /** GpuProcess pid. */
                pid: number;

                /** GpuProcess processName. */
                processName: string;

                /** GpuProcess usedMemoryMib. */
                usedMemoryMib: (number|null);

                /**
                 * Creates a new GpuProcess instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GpuProcess instance
                 */
                static create(properties: remotegpu.agent.v1.GpuProcess.$Shape): remotegpu.agent.v1.GpuProcess & remotegpu.agent.v1.GpuProcess.$Shape;
                static create(properties?: remotegpu.agent.v1.GpuProcess.$Properties): remotegpu.agent.v1.GpuProcess;

                /**
                 * Encodes the specified GpuProcess message. Does not implicitly {@link remotegpu.agent.v1.GpuProcess.verify|verify} messages.
                 * @param message GpuProcess message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.GpuProcess.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GpuProcess message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.GpuProcess & remotegpu.agent.v1.GpuProcess.$Shape} GpuProcess
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.GpuProcess & remotegpu.agent.v1.GpuProcess.$Shape;

                /**
                 * Verifies a GpuProcess message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GpuProcess message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GpuProcess
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.GpuProcess;

                /**
                 * Creates a plain object from a GpuProcess message. Also converts values to other types if specified.
                 * @param message GpuProcess
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.GpuProcess, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GpuProcess to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GpuProcess
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GpuProcess {

                /** Properties of a GpuProcess. */
                interface $Properties {

                    /** GpuProcess gpuUuid */
                    gpuUuid?: string;

                    /** GpuProcess pciBusId */
                    pciBusId?: string;

                    /** GpuProcess pid */
                    pid?: number;

                    /** GpuProcess processName */
                    processName?: string;

                    /** GpuProcess usedMemoryMib */
                    usedMemoryMib?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GpuProcess. */
                type $Shape = remotegpu.agent.v1.GpuProcess.$Properties;
            }

            /**
             * Properties of a Command.
             * @deprecated Use remotegpu.agent.v1.Command.$Properties instead.
             */
            interface ICommand extends remotegpu.agent.v1.Command.$Properties {
            }

            /** Represents a Command. */
            class Command {

                /**
                 * Constructs a new Command.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.Command.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Command commandId. */
                commandId: string;

                /** Command instanceId. */
                instanceId: string;

                /** Command generation. */
                generation: number;

                /** Command issuedAtMs. */
                issuedAtMs: number;

                /** Command create. */
                create: (remotegpu.agent.v1.CreateInstance|null);

                /** Command start. */
                start: (remotegpu.agent.v1.StartInstance|null);

                /** Command stop. */
                stop: (remotegpu.agent.v1.StopInstance|null);

                /** Command restart. */
                restart: (remotegpu.agent.v1.RestartInstance|null);

                /** Command snapshot. */
                snapshot: (remotegpu.agent.v1.SnapshotInstance|null);

                /** Command rebuild. */
                rebuild: (remotegpu.agent.v1.RebuildInstance|null);

                /** Command destroy. */
                destroy: (remotegpu.agent.v1.DestroyInstance|null);

                /** Command removeImage. */
                removeImage: (remotegpu.agent.v1.RemoveImage|null);

                /** Command finishTask. */
                finishTask: (remotegpu.agent.v1.FinishTask|null);

                /** Command op. */
                op?: ("create"|"start"|"stop"|"restart"|"snapshot"|"rebuild"|"destroy"|"removeImage"|"finishTask");

                /**
                 * Creates a new Command instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Command instance
                 */
                static create(properties: remotegpu.agent.v1.Command.$Shape): remotegpu.agent.v1.Command & remotegpu.agent.v1.Command.$Shape;
                static create(properties?: remotegpu.agent.v1.Command.$Properties): remotegpu.agent.v1.Command;

                /**
                 * Encodes the specified Command message. Does not implicitly {@link remotegpu.agent.v1.Command.verify|verify} messages.
                 * @param message Command message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Command message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.Command & remotegpu.agent.v1.Command.$Shape} Command
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.Command & remotegpu.agent.v1.Command.$Shape;

                /**
                 * Verifies a Command message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Command message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Command
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.Command;

                /**
                 * Creates a plain object from a Command message. Also converts values to other types if specified.
                 * @param message Command
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.Command, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Command to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Command
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Command {

                /** Properties of a Command. */
                interface $Properties {

                    /** Command commandId */
                    commandId?: string;

                    /** Command instanceId */
                    instanceId?: string;

                    /** Command generation */
                    generation?: number;

                    /** Command issuedAtMs */
                    issuedAtMs?: number;

                    /** Command create */
                    create?: (remotegpu.agent.v1.CreateInstance.$Properties|null);

                    /** Command start */
                    start?: (remotegpu.agent.v1.StartInstance.$Properties|null);

                    /** Command stop */
                    stop?: (remotegpu.agent.v1.StopInstance.$Properties|null);

                    /** Command restart */
                    restart?: (remotegpu.agent.v1.RestartInstance.$Properties|null);

                    /** Command snapshot */
                    snapshot?: (remotegpu.agent.v1.SnapshotInstance.$Properties|null);

                    /** Command rebuild */
                    rebuild?: (remotegpu.agent.v1.RebuildInstance.$Properties|null);

                    /** Command destroy */
                    destroy?: (remotegpu.agent.v1.DestroyInstance.$Properties|null);

                    /** Command removeImage */
                    removeImage?: (remotegpu.agent.v1.RemoveImage.$Properties|null);

                    /** Command finishTask */
                    finishTask?: (remotegpu.agent.v1.FinishTask.$Properties|null);

                    /** Command op */
                    op?: ("create"|"start"|"stop"|"restart"|"snapshot"|"rebuild"|"destroy"|"removeImage"|"finishTask");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a Command. */
                type $Shape = {
                  commandId?: string;
                  instanceId?: string;
                  generation?: number;
                  issuedAtMs?: number;
                  create?: remotegpu.agent.v1.CreateInstance.$Shape|null;
                  start?: remotegpu.agent.v1.StartInstance.$Shape|null;
                  stop?: remotegpu.agent.v1.StopInstance.$Shape|null;
                  restart?: remotegpu.agent.v1.RestartInstance.$Shape|null;
                  snapshot?: remotegpu.agent.v1.SnapshotInstance.$Shape|null;
                  rebuild?: remotegpu.agent.v1.RebuildInstance.$Shape|null;
                  destroy?: remotegpu.agent.v1.DestroyInstance.$Shape|null;
                  removeImage?: remotegpu.agent.v1.RemoveImage.$Shape|null;
                  finishTask?: remotegpu.agent.v1.FinishTask.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ op?: undefined; create?: null; start?: null; stop?: null; restart?: null; snapshot?: null; rebuild?: null; destroy?: null; removeImage?: null; finishTask?: null }|{ op?: "create"; create: remotegpu.agent.v1.CreateInstance.$Shape; start?: null; stop?: null; restart?: null; snapshot?: null; rebuild?: null; destroy?: null; removeImage?: null; finishTask?: null }|{ op?: "start"; create?: null; start: remotegpu.agent.v1.StartInstance.$Shape; stop?: null; restart?: null; snapshot?: null; rebuild?: null; destroy?: null; removeImage?: null; finishTask?: null }|{ op?: "stop"; create?: null; start?: null; stop: remotegpu.agent.v1.StopInstance.$Shape; restart?: null; snapshot?: null; rebuild?: null; destroy?: null; removeImage?: null; finishTask?: null }|{ op?: "restart"; create?: null; start?: null; stop?: null; restart: remotegpu.agent.v1.RestartInstance.$Shape; snapshot?: null; rebuild?: null; destroy?: null; removeImage?: null; finishTask?: null }|{ op?: "snapshot"; create?: null; start?: null; stop?: null; restart?: null; snapshot: remotegpu.agent.v1.SnapshotInstance.$Shape; rebuild?: null; destroy?: null; removeImage?: null; finishTask?: null }|{ op?: "rebuild"; create?: null; start?: null; stop?: null; restart?: null; snapshot?: null; rebuild: remotegpu.agent.v1.RebuildInstance.$Shape; destroy?: null; removeImage?: null; finishTask?: null }|{ op?: "destroy"; create?: null; start?: null; stop?: null; restart?: null; snapshot?: null; rebuild?: null; destroy: remotegpu.agent.v1.DestroyInstance.$Shape; removeImage?: null; finishTask?: null }|{ op?: "removeImage"; create?: null; start?: null; stop?: null; restart?: null; snapshot?: null; rebuild?: null; destroy?: null; removeImage: remotegpu.agent.v1.RemoveImage.$Shape; finishTask?: null }|{ op?: "finishTask"; create?: null; start?: null; stop?: null; restart?: null; snapshot?: null; rebuild?: null; destroy?: null; removeImage?: null; finishTask: remotegpu.agent.v1.FinishTask.$Shape })
                );
            }

            /**
             * Properties of a FinishTask.
             * @deprecated Use remotegpu.agent.v1.FinishTask.$Properties instead.
             */
            interface IFinishTask extends remotegpu.agent.v1.FinishTask.$Properties {
            }

            /** Represents a FinishTask. */
            class FinishTask {

                /**
                 * Constructs a new FinishTask.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.FinishTask.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FinishTask upload. */
                upload: boolean;

                /** FinishTask maxOutputBytes. */
                maxOutputBytes: number;

                /** FinishTask maxOutputFiles. */
                maxOutputFiles: number;

                /** FinishTask timeoutS. */
                timeoutS: number;

                /** FinishTask flushTimeoutS. */
                flushTimeoutS: number;

                /**
                 * Creates a new FinishTask instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FinishTask instance
                 */
                static create(properties: remotegpu.agent.v1.FinishTask.$Shape): remotegpu.agent.v1.FinishTask & remotegpu.agent.v1.FinishTask.$Shape;
                static create(properties?: remotegpu.agent.v1.FinishTask.$Properties): remotegpu.agent.v1.FinishTask;

                /**
                 * Encodes the specified FinishTask message. Does not implicitly {@link remotegpu.agent.v1.FinishTask.verify|verify} messages.
                 * @param message FinishTask message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.FinishTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FinishTask message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.FinishTask & remotegpu.agent.v1.FinishTask.$Shape} FinishTask
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.FinishTask & remotegpu.agent.v1.FinishTask.$Shape;

                /**
                 * Verifies a FinishTask message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a FinishTask message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns FinishTask
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.FinishTask;

                /**
                 * Creates a plain object from a FinishTask message. Also converts values to other types if specified.
                 * @param message FinishTask
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.FinishTask, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FinishTask to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for FinishTask
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace FinishTask {

                /** Properties of a FinishTask. */
                interface $Properties {

                    /** FinishTask upload */
                    upload?: boolean;

                    /** FinishTask maxOutputBytes */
                    maxOutputBytes?: number;

                    /** FinishTask maxOutputFiles */
                    maxOutputFiles?: number;

                    /** FinishTask timeoutS */
                    timeoutS?: number;

                    /** FinishTask flushTimeoutS */
                    flushTimeoutS?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FinishTask. */
                type $Shape = remotegpu.agent.v1.FinishTask.$Properties;
            }

            /**
             * Properties of a RemoveImage.
             * @deprecated Use remotegpu.agent.v1.RemoveImage.$Properties instead.
             */
            interface IRemoveImage extends remotegpu.agent.v1.RemoveImage.$Properties {
            }

            /** Represents a RemoveImage. */
            class RemoveImage {

                /**
                 * Constructs a new RemoveImage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.RemoveImage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RemoveImage imageRef. */
                imageRef: string;

                /**
                 * Creates a new RemoveImage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RemoveImage instance
                 */
                static create(properties: remotegpu.agent.v1.RemoveImage.$Shape): remotegpu.agent.v1.RemoveImage & remotegpu.agent.v1.RemoveImage.$Shape;
                static create(properties?: remotegpu.agent.v1.RemoveImage.$Properties): remotegpu.agent.v1.RemoveImage;

                /**
                 * Encodes the specified RemoveImage message. Does not implicitly {@link remotegpu.agent.v1.RemoveImage.verify|verify} messages.
                 * @param message RemoveImage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.RemoveImage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RemoveImage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.RemoveImage & remotegpu.agent.v1.RemoveImage.$Shape} RemoveImage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.RemoveImage & remotegpu.agent.v1.RemoveImage.$Shape;

                /**
                 * Verifies a RemoveImage message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RemoveImage message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RemoveImage
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.RemoveImage;

                /**
                 * Creates a plain object from a RemoveImage message. Also converts values to other types if specified.
                 * @param message RemoveImage
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.RemoveImage, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RemoveImage to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RemoveImage
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RemoveImage {

                /** Properties of a RemoveImage. */
                interface $Properties {

                    /** RemoveImage imageRef */
                    imageRef?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RemoveImage. */
                type $Shape = remotegpu.agent.v1.RemoveImage.$Properties;
            }

            /**
             * Properties of an InstanceSpec.
             * @deprecated Use remotegpu.agent.v1.InstanceSpec.$Properties instead.
             */
            interface IInstanceSpec extends remotegpu.agent.v1.InstanceSpec.$Properties {
            }

            /** Represents an InstanceSpec. */
            class InstanceSpec {

                /**
                 * Constructs a new InstanceSpec.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.InstanceSpec.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** InstanceSpec imageRef. */
                imageRef: string;

                /** InstanceSpec gpuUuids. */
                gpuUuids: string[];

                /** InstanceSpec cpuMillis. */
                cpuMillis: number;

                /** InstanceSpec memoryBytes. */
                memoryBytes: number;

                /** InstanceSpec sshHostPort. */
                sshHostPort: number;

                /** InstanceSpec rootPassword. */
                rootPassword: string;

                /** InstanceSpec dataDiskBytes. */
                dataDiskBytes: number;

                /** InstanceSpec systemDiskBytes. */
                systemDiskBytes: number;

                /** InstanceSpec env. */
                env: { [k: string]: string };

                /** InstanceSpec ports. */
                ports: remotegpu.agent.v1.PortMapping[];

                /** InstanceSpec pidsLimit. */
                pidsLimit: number;

                /** InstanceSpec artifacts. */
                artifacts: remotegpu.agent.v1.ArtifactMount[];

                /** InstanceSpec task. */
                task: remotegpu.agent.v1.TaskSpec;

                /**
                 * Creates a new InstanceSpec instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns InstanceSpec instance
                 */
                static create(properties: remotegpu.agent.v1.InstanceSpec.$Shape): remotegpu.agent.v1.InstanceSpec & remotegpu.agent.v1.InstanceSpec.$Shape;
                static create(properties?: remotegpu.agent.v1.InstanceSpec.$Properties): remotegpu.agent.v1.InstanceSpec;

                /**
                 * Encodes the specified InstanceSpec message. Does not implicitly {@link remotegpu.agent.v1.InstanceSpec.verify|verify} messages.
                 * @param message InstanceSpec message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.InstanceSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an InstanceSpec message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.InstanceSpec & remotegpu.agent.v1.InstanceSpec.$Shape} InstanceSpec
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.InstanceSpec & remotegpu.agent.v1.InstanceSpec.$Shape;

                /**
                 * Verifies an InstanceSpec message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an InstanceSpec message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns InstanceSpec
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.InstanceSpec;

                /**
                 * Creates a plain object from an InstanceSpec message. Also converts values to other types if specified.
                 * @param message InstanceSpec
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.InstanceSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this InstanceSpec to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for InstanceSpec
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace InstanceSpec {

                /** Properties of an InstanceSpec. */
                interface $Properties {

                    /** InstanceSpec imageRef */
                    imageRef?: string;

                    /** InstanceSpec gpuUuids */
                    gpuUuids?: string[];

                    /** InstanceSpec cpuMillis */
                    cpuMillis?: number;

                    /** InstanceSpec memoryBytes */
                    memoryBytes?: number;

                    /** InstanceSpec sshHostPort */
                    sshHostPort?: number;

                    /** InstanceSpec rootPassword */
                    rootPassword?: string;

                    /** InstanceSpec dataDiskBytes */
                    dataDiskBytes?: number;

                    /** InstanceSpec systemDiskBytes */
                    systemDiskBytes?: number;

                    /** InstanceSpec env */
                    env?: { [k: string]: string };

                    /** InstanceSpec ports */
                    ports?: remotegpu.agent.v1.PortMapping.$Properties[];

                    /** InstanceSpec pidsLimit */
                    pidsLimit?: number;

                    /** InstanceSpec artifacts */
                    artifacts?: remotegpu.agent.v1.ArtifactMount.$Properties[];

                    /** InstanceSpec task */
                    task?: remotegpu.agent.v1.TaskSpec.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an InstanceSpec. */
                type $Shape = remotegpu.agent.v1.InstanceSpec.$Properties;
            }

            /**
             * Properties of a TaskSpec.
             * @deprecated Use remotegpu.agent.v1.TaskSpec.$Properties instead.
             */
            interface ITaskSpec extends remotegpu.agent.v1.TaskSpec.$Properties {
            }

            /** Represents a TaskSpec. */
            class TaskSpec {

                /**
                 * Constructs a new TaskSpec.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.TaskSpec.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TaskSpec command. */
                command: string[];

                /** TaskSpec outputDir. */
                outputDir: string;

                /** TaskSpec runDir. */
                runDir: string;

                /** TaskSpec maxLogLines. */
                maxLogLines: number;

                /** TaskSpec maxMetricLines. */
                maxMetricLines: number;

                /** TaskSpec maxLineBytes. */
                maxLineBytes: number;

                /**
                 * Creates a new TaskSpec instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TaskSpec instance
                 */
                static create(properties: remotegpu.agent.v1.TaskSpec.$Shape): remotegpu.agent.v1.TaskSpec & remotegpu.agent.v1.TaskSpec.$Shape;
                static create(properties?: remotegpu.agent.v1.TaskSpec.$Properties): remotegpu.agent.v1.TaskSpec;

                /**
                 * Encodes the specified TaskSpec message. Does not implicitly {@link remotegpu.agent.v1.TaskSpec.verify|verify} messages.
                 * @param message TaskSpec message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.TaskSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TaskSpec message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.TaskSpec & remotegpu.agent.v1.TaskSpec.$Shape} TaskSpec
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.TaskSpec & remotegpu.agent.v1.TaskSpec.$Shape;

                /**
                 * Verifies a TaskSpec message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TaskSpec message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TaskSpec
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.TaskSpec;

                /**
                 * Creates a plain object from a TaskSpec message. Also converts values to other types if specified.
                 * @param message TaskSpec
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.TaskSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TaskSpec to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TaskSpec
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TaskSpec {

                /** Properties of a TaskSpec. */
                interface $Properties {

                    /** TaskSpec command */
                    command?: string[];

                    /** TaskSpec outputDir */
                    outputDir?: string;

                    /** TaskSpec runDir */
                    runDir?: string;

                    /** TaskSpec maxLogLines */
                    maxLogLines?: number;

                    /** TaskSpec maxMetricLines */
                    maxMetricLines?: number;

                    /** TaskSpec maxLineBytes */
                    maxLineBytes?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TaskSpec. */
                type $Shape = remotegpu.agent.v1.TaskSpec.$Properties;
            }

            /**
             * Properties of an ArtifactMount.
             * @deprecated Use remotegpu.agent.v1.ArtifactMount.$Properties instead.
             */
            interface IArtifactMount extends remotegpu.agent.v1.ArtifactMount.$Properties {
            }

            /** Represents an ArtifactMount. */
            class ArtifactMount {

                /**
                 * Constructs a new ArtifactMount.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.ArtifactMount.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ArtifactMount target. */
                target: string;

                /** ArtifactMount versionId. */
                versionId: string;

                /** ArtifactMount digest. */
                digest: string;

                /**
                 * Creates a new ArtifactMount instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ArtifactMount instance
                 */
                static create(properties: remotegpu.agent.v1.ArtifactMount.$Shape): remotegpu.agent.v1.ArtifactMount & remotegpu.agent.v1.ArtifactMount.$Shape;
                static create(properties?: remotegpu.agent.v1.ArtifactMount.$Properties): remotegpu.agent.v1.ArtifactMount;

                /**
                 * Encodes the specified ArtifactMount message. Does not implicitly {@link remotegpu.agent.v1.ArtifactMount.verify|verify} messages.
                 * @param message ArtifactMount message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.ArtifactMount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ArtifactMount message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.ArtifactMount & remotegpu.agent.v1.ArtifactMount.$Shape} ArtifactMount
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.ArtifactMount & remotegpu.agent.v1.ArtifactMount.$Shape;

                /**
                 * Verifies an ArtifactMount message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ArtifactMount message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ArtifactMount
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.ArtifactMount;

                /**
                 * Creates a plain object from an ArtifactMount message. Also converts values to other types if specified.
                 * @param message ArtifactMount
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.ArtifactMount, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ArtifactMount to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ArtifactMount
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ArtifactMount {

                /** Properties of an ArtifactMount. */
                interface $Properties {

                    /** ArtifactMount target */
                    target?: string;

                    /** ArtifactMount versionId */
                    versionId?: string;

                    /** ArtifactMount digest */
                    digest?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ArtifactMount. */
                type $Shape = remotegpu.agent.v1.ArtifactMount.$Properties;
            }

            /**
             * Properties of a PortMapping.
             * @deprecated Use remotegpu.agent.v1.PortMapping.$Properties instead.
             */
            interface IPortMapping extends remotegpu.agent.v1.PortMapping.$Properties {
            }

            /** Represents a PortMapping. */
            class PortMapping {

                /**
                 * Constructs a new PortMapping.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.PortMapping.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PortMapping containerPort. */
                containerPort: number;

                /** PortMapping hostPort. */
                hostPort: number;

                /** PortMapping protocol. */
                protocol: string;

                /**
                 * Creates a new PortMapping instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PortMapping instance
                 */
                static create(properties: remotegpu.agent.v1.PortMapping.$Shape): remotegpu.agent.v1.PortMapping & remotegpu.agent.v1.PortMapping.$Shape;
                static create(properties?: remotegpu.agent.v1.PortMapping.$Properties): remotegpu.agent.v1.PortMapping;

                /**
                 * Encodes the specified PortMapping message. Does not implicitly {@link remotegpu.agent.v1.PortMapping.verify|verify} messages.
                 * @param message PortMapping message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.PortMapping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PortMapping message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.PortMapping & remotegpu.agent.v1.PortMapping.$Shape} PortMapping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.PortMapping & remotegpu.agent.v1.PortMapping.$Shape;

                /**
                 * Verifies a PortMapping message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PortMapping message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PortMapping
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.PortMapping;

                /**
                 * Creates a plain object from a PortMapping message. Also converts values to other types if specified.
                 * @param message PortMapping
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.PortMapping, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PortMapping to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PortMapping
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PortMapping {

                /** Properties of a PortMapping. */
                interface $Properties {

                    /** PortMapping containerPort */
                    containerPort?: number;

                    /** PortMapping hostPort */
                    hostPort?: number;

                    /** PortMapping protocol */
                    protocol?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PortMapping. */
                type $Shape = remotegpu.agent.v1.PortMapping.$Properties;
            }

            /**
             * Properties of a CreateInstance.
             * @deprecated Use remotegpu.agent.v1.CreateInstance.$Properties instead.
             */
            interface ICreateInstance extends remotegpu.agent.v1.CreateInstance.$Properties {
            }

            /** Represents a CreateInstance. */
            class CreateInstance {

                /**
                 * Constructs a new CreateInstance.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.CreateInstance.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateInstance spec. */
                spec: remotegpu.agent.v1.InstanceSpec;

                /**
                 * Creates a new CreateInstance instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateInstance instance
                 */
                static create(properties: remotegpu.agent.v1.CreateInstance.$Shape): remotegpu.agent.v1.CreateInstance & remotegpu.agent.v1.CreateInstance.$Shape;
                static create(properties?: remotegpu.agent.v1.CreateInstance.$Properties): remotegpu.agent.v1.CreateInstance;

                /**
                 * Encodes the specified CreateInstance message. Does not implicitly {@link remotegpu.agent.v1.CreateInstance.verify|verify} messages.
                 * @param message CreateInstance message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.CreateInstance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateInstance message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.CreateInstance & remotegpu.agent.v1.CreateInstance.$Shape} CreateInstance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.CreateInstance & remotegpu.agent.v1.CreateInstance.$Shape;

                /**
                 * Verifies a CreateInstance message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateInstance message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateInstance
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.CreateInstance;

                /**
                 * Creates a plain object from a CreateInstance message. Also converts values to other types if specified.
                 * @param message CreateInstance
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.CreateInstance, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateInstance to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CreateInstance
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateInstance {

                /** Properties of a CreateInstance. */
                interface $Properties {

                    /** CreateInstance spec */
                    spec?: remotegpu.agent.v1.InstanceSpec.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateInstance. */
                type $Shape = remotegpu.agent.v1.CreateInstance.$Properties;
            }

            /**
             * Properties of a StartInstance.
             * @deprecated Use remotegpu.agent.v1.StartInstance.$Properties instead.
             */
            interface IStartInstance extends remotegpu.agent.v1.StartInstance.$Properties {
            }

            /** Represents a StartInstance. */
            class StartInstance {

                /**
                 * Constructs a new StartInstance.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.StartInstance.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StartInstance gpuUuids. */
                gpuUuids: string[];

                /** StartInstance spec. */
                spec: remotegpu.agent.v1.InstanceSpec;

                /**
                 * Creates a new StartInstance instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StartInstance instance
                 */
                static create(properties: remotegpu.agent.v1.StartInstance.$Shape): remotegpu.agent.v1.StartInstance & remotegpu.agent.v1.StartInstance.$Shape;
                static create(properties?: remotegpu.agent.v1.StartInstance.$Properties): remotegpu.agent.v1.StartInstance;

                /**
                 * Encodes the specified StartInstance message. Does not implicitly {@link remotegpu.agent.v1.StartInstance.verify|verify} messages.
                 * @param message StartInstance message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.StartInstance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StartInstance message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.StartInstance & remotegpu.agent.v1.StartInstance.$Shape} StartInstance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.StartInstance & remotegpu.agent.v1.StartInstance.$Shape;

                /**
                 * Verifies a StartInstance message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StartInstance message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StartInstance
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.StartInstance;

                /**
                 * Creates a plain object from a StartInstance message. Also converts values to other types if specified.
                 * @param message StartInstance
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.StartInstance, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StartInstance to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StartInstance
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StartInstance {

                /** Properties of a StartInstance. */
                interface $Properties {

                    /** StartInstance gpuUuids */
                    gpuUuids?: string[];

                    /** StartInstance spec */
                    spec?: remotegpu.agent.v1.InstanceSpec.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StartInstance. */
                type $Shape = remotegpu.agent.v1.StartInstance.$Properties;
            }

            /**
             * Properties of a StopInstance.
             * @deprecated Use remotegpu.agent.v1.StopInstance.$Properties instead.
             */
            interface IStopInstance extends remotegpu.agent.v1.StopInstance.$Properties {
            }

            /** Represents a StopInstance. */
            class StopInstance {

                /**
                 * Constructs a new StopInstance.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.StopInstance.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StopInstance releaseGpus. */
                releaseGpus: boolean;

                /** StopInstance timeoutS. */
                timeoutS: number;

                /**
                 * Creates a new StopInstance instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StopInstance instance
                 */
                static create(properties: remotegpu.agent.v1.StopInstance.$Shape): remotegpu.agent.v1.StopInstance & remotegpu.agent.v1.StopInstance.$Shape;
                static create(properties?: remotegpu.agent.v1.StopInstance.$Properties): remotegpu.agent.v1.StopInstance;

                /**
                 * Encodes the specified StopInstance message. Does not implicitly {@link remotegpu.agent.v1.StopInstance.verify|verify} messages.
                 * @param message StopInstance message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.StopInstance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StopInstance message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.StopInstance & remotegpu.agent.v1.StopInstance.$Shape} StopInstance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.StopInstance & remotegpu.agent.v1.StopInstance.$Shape;

                /**
                 * Verifies a StopInstance message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StopInstance message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StopInstance
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.StopInstance;

                /**
                 * Creates a plain object from a StopInstance message. Also converts values to other types if specified.
                 * @param message StopInstance
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.StopInstance, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StopInstance to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StopInstance
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StopInstance {

                /** Properties of a StopInstance. */
                interface $Properties {

                    /** StopInstance releaseGpus */
                    releaseGpus?: boolean;

                    /** StopInstance timeoutS */
                    timeoutS?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StopInstance. */
                type $Shape = remotegpu.agent.v1.StopInstance.$Properties;
            }

            /**
             * Properties of a RestartInstance.
             * @deprecated Use remotegpu.agent.v1.RestartInstance.$Properties instead.
             */
            interface IRestartInstance extends remotegpu.agent.v1.RestartInstance.$Properties {
            }

            /** Represents a RestartInstance. */
            class RestartInstance {

                /**
                 * Constructs a new RestartInstance.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.RestartInstance.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RestartInstance timeoutS. */
                timeoutS: number;

                /**
                 * Creates a new RestartInstance instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RestartInstance instance
                 */
                static create(properties: remotegpu.agent.v1.RestartInstance.$Shape): remotegpu.agent.v1.RestartInstance & remotegpu.agent.v1.RestartInstance.$Shape;
                static create(properties?: remotegpu.agent.v1.RestartInstance.$Properties): remotegpu.agent.v1.RestartInstance;

                /**
                 * Encodes the specified RestartInstance message. Does not implicitly {@link remotegpu.agent.v1.RestartInstance.verify|verify} messages.
                 * @param message RestartInstance message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.RestartInstance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RestartInstance message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.RestartInstance & remotegpu.agent.v1.RestartInstance.$Shape} RestartInstance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.RestartInstance & remotegpu.agent.v1.RestartInstance.$Shape;

                /**
                 * Verifies a RestartInstance message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RestartInstance message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RestartInstance
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.RestartInstance;

                /**
                 * Creates a plain object from a RestartInstance message. Also converts values to other types if specified.
                 * @param message RestartInstance
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.RestartInstance, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RestartInstance to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RestartInstance
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RestartInstance {

                /** Properties of a RestartInstance. */
                interface $Properties {

                    /** RestartInstance timeoutS */
                    timeoutS?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RestartInstance. */
                type $Shape = remotegpu.agent.v1.RestartInstance.$Properties;
            }

            /**
             * Properties of a SnapshotInstance.
             * @deprecated Use remotegpu.agent.v1.SnapshotInstance.$Properties instead.
             */
            interface ISnapshotInstance extends remotegpu.agent.v1.SnapshotInstance.$Properties {
            }

            /** Represents a SnapshotInstance. */
            class SnapshotInstance {

                /**
                 * Constructs a new SnapshotInstance.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.SnapshotInstance.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotInstance imageRef. */
                imageRef: string;

                /**
                 * Creates a new SnapshotInstance instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotInstance instance
                 */
                static create(properties: remotegpu.agent.v1.SnapshotInstance.$Shape): remotegpu.agent.v1.SnapshotInstance & remotegpu.agent.v1.SnapshotInstance.$Shape;
                static create(properties?: remotegpu.agent.v1.SnapshotInstance.$Properties): remotegpu.agent.v1.SnapshotInstance;

                /**
                 * Encodes the specified SnapshotInstance message. Does not implicitly {@link remotegpu.agent.v1.SnapshotInstance.verify|verify} messages.
                 * @param message SnapshotInstance message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.SnapshotInstance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotInstance message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.SnapshotInstance & remotegpu.agent.v1.SnapshotInstance.$Shape} SnapshotInstance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.SnapshotInstance & remotegpu.agent.v1.SnapshotInstance.$Shape;

                /**
                 * Verifies a SnapshotInstance message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SnapshotInstance message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SnapshotInstance
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.SnapshotInstance;

                /**
                 * Creates a plain object from a SnapshotInstance message. Also converts values to other types if specified.
                 * @param message SnapshotInstance
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.SnapshotInstance, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SnapshotInstance to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SnapshotInstance
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotInstance {

                /** Properties of a SnapshotInstance. */
                interface $Properties {

                    /** SnapshotInstance imageRef */
                    imageRef?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotInstance. */
                type $Shape = remotegpu.agent.v1.SnapshotInstance.$Properties;
            }

            /**
             * Properties of a RebuildInstance.
             * @deprecated Use remotegpu.agent.v1.RebuildInstance.$Properties instead.
             */
            interface IRebuildInstance extends remotegpu.agent.v1.RebuildInstance.$Properties {
            }

            /** Represents a RebuildInstance. */
            class RebuildInstance {

                /**
                 * Constructs a new RebuildInstance.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.RebuildInstance.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RebuildInstance spec. */
                spec: remotegpu.agent.v1.InstanceSpec;

                /**
                 * Creates a new RebuildInstance instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RebuildInstance instance
                 */
                static create(properties: remotegpu.agent.v1.RebuildInstance.$Shape): remotegpu.agent.v1.RebuildInstance & remotegpu.agent.v1.RebuildInstance.$Shape;
                static create(properties?: remotegpu.agent.v1.RebuildInstance.$Properties): remotegpu.agent.v1.RebuildInstance;

                /**
                 * Encodes the specified RebuildInstance message. Does not implicitly {@link remotegpu.agent.v1.RebuildInstance.verify|verify} messages.
                 * @param message RebuildInstance message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.RebuildInstance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RebuildInstance message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.RebuildInstance & remotegpu.agent.v1.RebuildInstance.$Shape} RebuildInstance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.RebuildInstance & remotegpu.agent.v1.RebuildInstance.$Shape;

                /**
                 * Verifies a RebuildInstance message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RebuildInstance message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RebuildInstance
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.RebuildInstance;

                /**
                 * Creates a plain object from a RebuildInstance message. Also converts values to other types if specified.
                 * @param message RebuildInstance
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.RebuildInstance, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RebuildInstance to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RebuildInstance
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RebuildInstance {

                /** Properties of a RebuildInstance. */
                interface $Properties {

                    /** RebuildInstance spec */
                    spec?: remotegpu.agent.v1.InstanceSpec.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RebuildInstance. */
                type $Shape = remotegpu.agent.v1.RebuildInstance.$Properties;
            }

            /**
             * Properties of a DestroyInstance.
             * @deprecated Use remotegpu.agent.v1.DestroyInstance.$Properties instead.
             */
            interface IDestroyInstance extends remotegpu.agent.v1.DestroyInstance.$Properties {
            }

            /** Represents a DestroyInstance. */
            class DestroyInstance {

                /**
                 * Constructs a new DestroyInstance.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.DestroyInstance.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DestroyInstance instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DestroyInstance instance
                 */
                static create(properties: remotegpu.agent.v1.DestroyInstance.$Shape): remotegpu.agent.v1.DestroyInstance & remotegpu.agent.v1.DestroyInstance.$Shape;
                static create(properties?: remotegpu.agent.v1.DestroyInstance.$Properties): remotegpu.agent.v1.DestroyInstance;

                /**
                 * Encodes the specified DestroyInstance message. Does not implicitly {@link remotegpu.agent.v1.DestroyInstance.verify|verify} messages.
                 * @param message DestroyInstance message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.DestroyInstance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DestroyInstance message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.DestroyInstance & remotegpu.agent.v1.DestroyInstance.$Shape} DestroyInstance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.DestroyInstance & remotegpu.agent.v1.DestroyInstance.$Shape;

                /**
                 * Verifies a DestroyInstance message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DestroyInstance message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DestroyInstance
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.DestroyInstance;

                /**
                 * Creates a plain object from a DestroyInstance message. Also converts values to other types if specified.
                 * @param message DestroyInstance
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.DestroyInstance, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DestroyInstance to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DestroyInstance
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DestroyInstance {

                /** Properties of a DestroyInstance. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DestroyInstance. */
                type $Shape = remotegpu.agent.v1.DestroyInstance.$Properties;
            }

            /** CommandStatus enum. */
            enum CommandStatus {

                /** COMMAND_STATUS_UNSPECIFIED value */
                COMMAND_STATUS_UNSPECIFIED = 0,

                /** COMMAND_STATUS_SUCCEEDED value */
                COMMAND_STATUS_SUCCEEDED = 1,

                /** COMMAND_STATUS_FAILED value */
                COMMAND_STATUS_FAILED = 2,

                /** COMMAND_STATUS_REFUSED_STALE value */
                COMMAND_STATUS_REFUSED_STALE = 3
            }

            /**
             * Properties of a CommandResult.
             * @deprecated Use remotegpu.agent.v1.CommandResult.$Properties instead.
             */
            interface ICommandResult extends remotegpu.agent.v1.CommandResult.$Properties {
            }

            /** Represents a CommandResult. */
            class CommandResult {

                /**
                 * Constructs a new CommandResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.CommandResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CommandResult commandId. */
                commandId: string;

                /** CommandResult instanceId. */
                instanceId: string;

                /** CommandResult generation. */
                generation: number;

                /** CommandResult status. */
                status: remotegpu.agent.v1.CommandStatus;

                /** CommandResult errorCode. */
                errorCode: string;

                /** CommandResult errorMessage. */
                errorMessage: string;

                /** CommandResult state. */
                state: remotegpu.agent.v1.ContainerState;

                /** CommandResult snapshot. */
                snapshot: remotegpu.agent.v1.SnapshotResult;

                /** CommandResult finishedAtMs. */
                finishedAtMs: number;

                /** CommandResult task. */
                task: remotegpu.agent.v1.TaskOutcome;

                /**
                 * Creates a new CommandResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CommandResult instance
                 */
                static create(properties: remotegpu.agent.v1.CommandResult.$Shape): remotegpu.agent.v1.CommandResult & remotegpu.agent.v1.CommandResult.$Shape;
                static create(properties?: remotegpu.agent.v1.CommandResult.$Properties): remotegpu.agent.v1.CommandResult;

                /**
                 * Encodes the specified CommandResult message. Does not implicitly {@link remotegpu.agent.v1.CommandResult.verify|verify} messages.
                 * @param message CommandResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.CommandResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CommandResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.CommandResult & remotegpu.agent.v1.CommandResult.$Shape} CommandResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.CommandResult & remotegpu.agent.v1.CommandResult.$Shape;

                /**
                 * Verifies a CommandResult message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CommandResult
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.CommandResult;

                /**
                 * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
                 * @param message CommandResult
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.CommandResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CommandResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CommandResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CommandResult {

                /** Properties of a CommandResult. */
                interface $Properties {

                    /** CommandResult commandId */
                    commandId?: string;

                    /** CommandResult instanceId */
                    instanceId?: string;

                    /** CommandResult generation */
                    generation?: number;

                    /** CommandResult status */
                    status?: remotegpu.agent.v1.CommandStatus;

                    /** CommandResult errorCode */
                    errorCode?: string;

                    /** CommandResult errorMessage */
                    errorMessage?: string;

                    /** CommandResult state */
                    state?: remotegpu.agent.v1.ContainerState.$Properties;

                    /** CommandResult snapshot */
                    snapshot?: remotegpu.agent.v1.SnapshotResult.$Properties;

                    /** CommandResult finishedAtMs */
                    finishedAtMs?: number;

                    /** CommandResult task */
                    task?: remotegpu.agent.v1.TaskOutcome.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CommandResult. */
                type $Shape = remotegpu.agent.v1.CommandResult.$Properties;
            }

            /**
             * Properties of a TaskOutcome.
             * @deprecated Use remotegpu.agent.v1.TaskOutcome.$Properties instead.
             */
            interface ITaskOutcome extends remotegpu.agent.v1.TaskOutcome.$Properties {
            }

            /** Represents a TaskOutcome. */
            class TaskOutcome {

                /**
                 * Constructs a new TaskOutcome.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.TaskOutcome.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TaskOutcome files. */
                files: remotegpu.agent.v1.OutputFile[];

                /** TaskOutcome logLines. */
                logLines: number;

                /** TaskOutcome logDroppedLines. */
                logDroppedLines: number;

                /** TaskOutcome metricLines. */
                metricLines: number;

                /** TaskOutcome metricDroppedLines. */
                metricDroppedLines: number;

                /** TaskOutcome outputError. */
                outputError: string;

                /** TaskOutcome exitCode. */
                exitCode: (number|null);

                /** TaskOutcome flushed. */
                flushed: boolean;

                /**
                 * Creates a new TaskOutcome instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TaskOutcome instance
                 */
                static create(properties: remotegpu.agent.v1.TaskOutcome.$Shape): remotegpu.agent.v1.TaskOutcome & remotegpu.agent.v1.TaskOutcome.$Shape;
                static create(properties?: remotegpu.agent.v1.TaskOutcome.$Properties): remotegpu.agent.v1.TaskOutcome;

                /**
                 * Encodes the specified TaskOutcome message. Does not implicitly {@link remotegpu.agent.v1.TaskOutcome.verify|verify} messages.
                 * @param message TaskOutcome message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.TaskOutcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TaskOutcome message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.TaskOutcome & remotegpu.agent.v1.TaskOutcome.$Shape} TaskOutcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.TaskOutcome & remotegpu.agent.v1.TaskOutcome.$Shape;

                /**
                 * Verifies a TaskOutcome message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TaskOutcome message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TaskOutcome
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.TaskOutcome;

                /**
                 * Creates a plain object from a TaskOutcome message. Also converts values to other types if specified.
                 * @param message TaskOutcome
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.TaskOutcome, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TaskOutcome to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TaskOutcome
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TaskOutcome {

                /** Properties of a TaskOutcome. */
                interface $Properties {

                    /** TaskOutcome files */
                    files?: remotegpu.agent.v1.OutputFile.$Properties[];

                    /** TaskOutcome logLines */
                    logLines?: number;

                    /** TaskOutcome logDroppedLines */
                    logDroppedLines?: number;

                    /** TaskOutcome metricLines */
                    metricLines?: number;

                    /** TaskOutcome metricDroppedLines */
                    metricDroppedLines?: number;

                    /** TaskOutcome outputError */
                    outputError?: string;

                    /** TaskOutcome exitCode */
                    exitCode?: (number|null);

                    /** TaskOutcome flushed */
                    flushed?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TaskOutcome. */
                type $Shape = remotegpu.agent.v1.TaskOutcome.$Properties;
            }

            /**
             * Properties of an OutputFile.
             * @deprecated Use remotegpu.agent.v1.OutputFile.$Properties instead.
             */
            interface IOutputFile extends remotegpu.agent.v1.OutputFile.$Properties {
            }

            /** Represents an OutputFile. */
            class OutputFile {

                /**
                 * Constructs a new OutputFile.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.OutputFile.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OutputFile path. */
                path: string;

                /** OutputFile size. */
                size: number;

                /** OutputFile sha256. */
                sha256: string;

                /**
                 * Creates a new OutputFile instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OutputFile instance
                 */
                static create(properties: remotegpu.agent.v1.OutputFile.$Shape): remotegpu.agent.v1.OutputFile & remotegpu.agent.v1.OutputFile.$Shape;
                static create(properties?: remotegpu.agent.v1.OutputFile.$Properties): remotegpu.agent.v1.OutputFile;

                /**
                 * Encodes the specified OutputFile message. Does not implicitly {@link remotegpu.agent.v1.OutputFile.verify|verify} messages.
                 * @param message OutputFile message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.OutputFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OutputFile message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.OutputFile & remotegpu.agent.v1.OutputFile.$Shape} OutputFile
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.OutputFile & remotegpu.agent.v1.OutputFile.$Shape;

                /**
                 * Verifies an OutputFile message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OutputFile message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OutputFile
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.OutputFile;

                /**
                 * Creates a plain object from an OutputFile message. Also converts values to other types if specified.
                 * @param message OutputFile
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.OutputFile, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OutputFile to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for OutputFile
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OutputFile {

                /** Properties of an OutputFile. */
                interface $Properties {

                    /** OutputFile path */
                    path?: string;

                    /** OutputFile size */
                    size?: number;

                    /** OutputFile sha256 */
                    sha256?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OutputFile. */
                type $Shape = remotegpu.agent.v1.OutputFile.$Properties;
            }

            /**
             * Properties of a SnapshotResult.
             * @deprecated Use remotegpu.agent.v1.SnapshotResult.$Properties instead.
             */
            interface ISnapshotResult extends remotegpu.agent.v1.SnapshotResult.$Properties {
            }

            /** Represents a SnapshotResult. */
            class SnapshotResult {

                /**
                 * Constructs a new SnapshotResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.SnapshotResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotResult imageId. */
                imageId: string;

                /** SnapshotResult sizeBytes. */
                sizeBytes: number;

                /** SnapshotResult imageRef. */
                imageRef: string;

                /**
                 * Creates a new SnapshotResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotResult instance
                 */
                static create(properties: remotegpu.agent.v1.SnapshotResult.$Shape): remotegpu.agent.v1.SnapshotResult & remotegpu.agent.v1.SnapshotResult.$Shape;
                static create(properties?: remotegpu.agent.v1.SnapshotResult.$Properties): remotegpu.agent.v1.SnapshotResult;

                /**
                 * Encodes the specified SnapshotResult message. Does not implicitly {@link remotegpu.agent.v1.SnapshotResult.verify|verify} messages.
                 * @param message SnapshotResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.SnapshotResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.SnapshotResult & remotegpu.agent.v1.SnapshotResult.$Shape} SnapshotResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.SnapshotResult & remotegpu.agent.v1.SnapshotResult.$Shape;

                /**
                 * Verifies a SnapshotResult message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SnapshotResult message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SnapshotResult
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.SnapshotResult;

                /**
                 * Creates a plain object from a SnapshotResult message. Also converts values to other types if specified.
                 * @param message SnapshotResult
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.SnapshotResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SnapshotResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SnapshotResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotResult {

                /** Properties of a SnapshotResult. */
                interface $Properties {

                    /** SnapshotResult imageId */
                    imageId?: string;

                    /** SnapshotResult sizeBytes */
                    sizeBytes?: number;

                    /** SnapshotResult imageRef */
                    imageRef?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotResult. */
                type $Shape = remotegpu.agent.v1.SnapshotResult.$Properties;
            }

            /** ContainerStatus enum. */
            enum ContainerStatus {

                /** CONTAINER_STATUS_UNSPECIFIED value */
                CONTAINER_STATUS_UNSPECIFIED = 0,

                /** CONTAINER_STATUS_CREATED value */
                CONTAINER_STATUS_CREATED = 1,

                /** CONTAINER_STATUS_RUNNING value */
                CONTAINER_STATUS_RUNNING = 2,

                /** CONTAINER_STATUS_STOPPED value */
                CONTAINER_STATUS_STOPPED = 3,

                /** CONTAINER_STATUS_RESTARTING value */
                CONTAINER_STATUS_RESTARTING = 4,

                /** CONTAINER_STATUS_PAUSED value */
                CONTAINER_STATUS_PAUSED = 5,

                /** CONTAINER_STATUS_DEAD value */
                CONTAINER_STATUS_DEAD = 6,

                /** CONTAINER_STATUS_MISSING value */
                CONTAINER_STATUS_MISSING = 7,

                /** CONTAINER_STATUS_REMOVED value */
                CONTAINER_STATUS_REMOVED = 8
            }

            /**
             * Properties of a ContainerState.
             * @deprecated Use remotegpu.agent.v1.ContainerState.$Properties instead.
             */
            interface IContainerState extends remotegpu.agent.v1.ContainerState.$Properties {
            }

            /** Represents a ContainerState. */
            class ContainerState {

                /**
                 * Constructs a new ContainerState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.ContainerState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ContainerState instanceId. */
                instanceId: string;

                /** ContainerState generation. */
                generation: number;

                /** ContainerState containerId. */
                containerId: string;

                /** ContainerState status. */
                status: remotegpu.agent.v1.ContainerStatus;

                /** ContainerState gpuUuids. */
                gpuUuids: string[];

                /** ContainerState startedAtMs. */
                startedAtMs: number;

                /** ContainerState exitCode. */
                exitCode: (number|null);

                /** ContainerState error. */
                error: string;

                /** ContainerState imageRef. */
                imageRef: string;

                /**
                 * Creates a new ContainerState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ContainerState instance
                 */
                static create(properties: remotegpu.agent.v1.ContainerState.$Shape): remotegpu.agent.v1.ContainerState & remotegpu.agent.v1.ContainerState.$Shape;
                static create(properties?: remotegpu.agent.v1.ContainerState.$Properties): remotegpu.agent.v1.ContainerState;

                /**
                 * Encodes the specified ContainerState message. Does not implicitly {@link remotegpu.agent.v1.ContainerState.verify|verify} messages.
                 * @param message ContainerState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.ContainerState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ContainerState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.ContainerState & remotegpu.agent.v1.ContainerState.$Shape} ContainerState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.ContainerState & remotegpu.agent.v1.ContainerState.$Shape;

                /**
                 * Verifies a ContainerState message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ContainerState message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ContainerState
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.ContainerState;

                /**
                 * Creates a plain object from a ContainerState message. Also converts values to other types if specified.
                 * @param message ContainerState
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.ContainerState, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ContainerState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ContainerState
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ContainerState {

                /** Properties of a ContainerState. */
                interface $Properties {

                    /** ContainerState instanceId */
                    instanceId?: string;

                    /** ContainerState generation */
                    generation?: number;

                    /** ContainerState containerId */
                    containerId?: string;

                    /** ContainerState status */
                    status?: remotegpu.agent.v1.ContainerStatus;

                    /** ContainerState gpuUuids */
                    gpuUuids?: string[];

                    /** ContainerState startedAtMs */
                    startedAtMs?: number;

                    /** ContainerState exitCode */
                    exitCode?: (number|null);

                    /** ContainerState error */
                    error?: string;

                    /** ContainerState imageRef */
                    imageRef?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ContainerState. */
                type $Shape = remotegpu.agent.v1.ContainerState.$Properties;
            }

            /** TaskChannel enum. */
            enum TaskChannel {

                /** TASK_CHANNEL_UNSPECIFIED value */
                TASK_CHANNEL_UNSPECIFIED = 0,

                /** TASK_CHANNEL_LOG value */
                TASK_CHANNEL_LOG = 1,

                /** TASK_CHANNEL_METRICS value */
                TASK_CHANNEL_METRICS = 2
            }

            /** TaskStream enum. */
            enum TaskStream {

                /** TASK_STREAM_UNSPECIFIED value */
                TASK_STREAM_UNSPECIFIED = 0,

                /** TASK_STREAM_STDOUT value */
                TASK_STREAM_STDOUT = 1,

                /** TASK_STREAM_STDERR value */
                TASK_STREAM_STDERR = 2,

                /** TASK_STREAM_METRICS value */
                TASK_STREAM_METRICS = 3
            }

            /**
             * Properties of a TaskLine.
             * @deprecated Use remotegpu.agent.v1.TaskLine.$Properties instead.
             */
            interface ITaskLine extends remotegpu.agent.v1.TaskLine.$Properties {
            }

            /** Represents a TaskLine. */
            class TaskLine {

                /**
                 * Constructs a new TaskLine.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.TaskLine.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TaskLine stream. */
                stream: remotegpu.agent.v1.TaskStream;

                /** TaskLine text. */
                text: string;

                /** TaskLine atMs. */
                atMs: number;

                /**
                 * Creates a new TaskLine instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TaskLine instance
                 */
                static create(properties: remotegpu.agent.v1.TaskLine.$Shape): remotegpu.agent.v1.TaskLine & remotegpu.agent.v1.TaskLine.$Shape;
                static create(properties?: remotegpu.agent.v1.TaskLine.$Properties): remotegpu.agent.v1.TaskLine;

                /**
                 * Encodes the specified TaskLine message. Does not implicitly {@link remotegpu.agent.v1.TaskLine.verify|verify} messages.
                 * @param message TaskLine message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.TaskLine.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TaskLine message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.TaskLine & remotegpu.agent.v1.TaskLine.$Shape} TaskLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.TaskLine & remotegpu.agent.v1.TaskLine.$Shape;

                /**
                 * Verifies a TaskLine message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TaskLine message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TaskLine
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.TaskLine;

                /**
                 * Creates a plain object from a TaskLine message. Also converts values to other types if specified.
                 * @param message TaskLine
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.TaskLine, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TaskLine to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TaskLine
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TaskLine {

                /** Properties of a TaskLine. */
                interface $Properties {

                    /** TaskLine stream */
                    stream?: remotegpu.agent.v1.TaskStream;

                    /** TaskLine text */
                    text?: string;

                    /** TaskLine atMs */
                    atMs?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TaskLine. */
                type $Shape = remotegpu.agent.v1.TaskLine.$Properties;
            }

            /**
             * Properties of a TaskOutput.
             * @deprecated Use remotegpu.agent.v1.TaskOutput.$Properties instead.
             */
            interface ITaskOutput extends remotegpu.agent.v1.TaskOutput.$Properties {
            }

            /** Represents a TaskOutput. */
            class TaskOutput {

                /**
                 * Constructs a new TaskOutput.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.TaskOutput.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TaskOutput instanceId. */
                instanceId: string;

                /** TaskOutput channel. */
                channel: remotegpu.agent.v1.TaskChannel;

                /** TaskOutput firstLine. */
                firstLine: number;

                /** TaskOutput lines. */
                lines: remotegpu.agent.v1.TaskLine[];

                /** TaskOutput droppedLines. */
                droppedLines: number;

                /** TaskOutput eof. */
                eof: boolean;

                /**
                 * Creates a new TaskOutput instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TaskOutput instance
                 */
                static create(properties: remotegpu.agent.v1.TaskOutput.$Shape): remotegpu.agent.v1.TaskOutput & remotegpu.agent.v1.TaskOutput.$Shape;
                static create(properties?: remotegpu.agent.v1.TaskOutput.$Properties): remotegpu.agent.v1.TaskOutput;

                /**
                 * Encodes the specified TaskOutput message. Does not implicitly {@link remotegpu.agent.v1.TaskOutput.verify|verify} messages.
                 * @param message TaskOutput message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.TaskOutput.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TaskOutput message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.TaskOutput & remotegpu.agent.v1.TaskOutput.$Shape} TaskOutput
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.TaskOutput & remotegpu.agent.v1.TaskOutput.$Shape;

                /**
                 * Verifies a TaskOutput message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TaskOutput message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TaskOutput
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.TaskOutput;

                /**
                 * Creates a plain object from a TaskOutput message. Also converts values to other types if specified.
                 * @param message TaskOutput
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.TaskOutput, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TaskOutput to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TaskOutput
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TaskOutput {

                /** Properties of a TaskOutput. */
                interface $Properties {

                    /** TaskOutput instanceId */
                    instanceId?: string;

                    /** TaskOutput channel */
                    channel?: remotegpu.agent.v1.TaskChannel;

                    /** TaskOutput firstLine */
                    firstLine?: number;

                    /** TaskOutput lines */
                    lines?: remotegpu.agent.v1.TaskLine.$Properties[];

                    /** TaskOutput droppedLines */
                    droppedLines?: number;

                    /** TaskOutput eof */
                    eof?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TaskOutput. */
                type $Shape = remotegpu.agent.v1.TaskOutput.$Properties;
            }

            /**
             * Properties of a TaskOutputAck.
             * @deprecated Use remotegpu.agent.v1.TaskOutputAck.$Properties instead.
             */
            interface ITaskOutputAck extends remotegpu.agent.v1.TaskOutputAck.$Properties {
            }

            /** Represents a TaskOutputAck. */
            class TaskOutputAck {

                /**
                 * Constructs a new TaskOutputAck.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.TaskOutputAck.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TaskOutputAck instanceId. */
                instanceId: string;

                /** TaskOutputAck channel. */
                channel: remotegpu.agent.v1.TaskChannel;

                /** TaskOutputAck nextLine. */
                nextLine: number;

                /**
                 * Creates a new TaskOutputAck instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TaskOutputAck instance
                 */
                static create(properties: remotegpu.agent.v1.TaskOutputAck.$Shape): remotegpu.agent.v1.TaskOutputAck & remotegpu.agent.v1.TaskOutputAck.$Shape;
                static create(properties?: remotegpu.agent.v1.TaskOutputAck.$Properties): remotegpu.agent.v1.TaskOutputAck;

                /**
                 * Encodes the specified TaskOutputAck message. Does not implicitly {@link remotegpu.agent.v1.TaskOutputAck.verify|verify} messages.
                 * @param message TaskOutputAck message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.TaskOutputAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TaskOutputAck message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.TaskOutputAck & remotegpu.agent.v1.TaskOutputAck.$Shape} TaskOutputAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.TaskOutputAck & remotegpu.agent.v1.TaskOutputAck.$Shape;

                /**
                 * Verifies a TaskOutputAck message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TaskOutputAck message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TaskOutputAck
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.TaskOutputAck;

                /**
                 * Creates a plain object from a TaskOutputAck message. Also converts values to other types if specified.
                 * @param message TaskOutputAck
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.TaskOutputAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TaskOutputAck to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TaskOutputAck
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TaskOutputAck {

                /** Properties of a TaskOutputAck. */
                interface $Properties {

                    /** TaskOutputAck instanceId */
                    instanceId?: string;

                    /** TaskOutputAck channel */
                    channel?: remotegpu.agent.v1.TaskChannel;

                    /** TaskOutputAck nextLine */
                    nextLine?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TaskOutputAck. */
                type $Shape = remotegpu.agent.v1.TaskOutputAck.$Properties;
            }

            /**
             * Properties of a ContainerStates.
             * @deprecated Use remotegpu.agent.v1.ContainerStates.$Properties instead.
             */
            interface IContainerStates extends remotegpu.agent.v1.ContainerStates.$Properties {
            }

            /** Represents a ContainerStates. */
            class ContainerStates {

                /**
                 * Constructs a new ContainerStates.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: remotegpu.agent.v1.ContainerStates.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ContainerStates containers. */
                containers: remotegpu.agent.v1.ContainerState[];

                /** ContainerStates full. */
                full: boolean;

                /**
                 * Creates a new ContainerStates instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ContainerStates instance
                 */
                static create(properties: remotegpu.agent.v1.ContainerStates.$Shape): remotegpu.agent.v1.ContainerStates & remotegpu.agent.v1.ContainerStates.$Shape;
                static create(properties?: remotegpu.agent.v1.ContainerStates.$Properties): remotegpu.agent.v1.ContainerStates;

                /**
                 * Encodes the specified ContainerStates message. Does not implicitly {@link remotegpu.agent.v1.ContainerStates.verify|verify} messages.
                 * @param message ContainerStates message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: remotegpu.agent.v1.ContainerStates.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ContainerStates message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.ContainerStates & remotegpu.agent.v1.ContainerStates.$Shape} ContainerStates
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remotegpu.agent.v1.ContainerStates & remotegpu.agent.v1.ContainerStates.$Shape;

                /**
                 * Verifies a ContainerStates message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ContainerStates message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ContainerStates
                 */
                static fromObject(object: { [k: string]: any }): remotegpu.agent.v1.ContainerStates;

                /**
                 * Creates a plain object from a ContainerStates message. Also converts values to other types if specified.
                 * @param message ContainerStates
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: remotegpu.agent.v1.ContainerStates, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ContainerStates to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ContainerStates
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ContainerStates {

                /** Properties of a ContainerStates. */
                interface $Properties {

                    /** ContainerStates containers */
                    containers?: remotegpu.agent.v1.ContainerState.$Properties[];

                    /** ContainerStates full */
                    full?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ContainerStates. */
                type $Shape = remotegpu.agent.v1.ContainerStates.$Properties;
            }
        }
    }
}

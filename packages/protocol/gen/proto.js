/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "../runtime/protobuf.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $Array = $util.global.Array, $parseInt = $util.global.parseInt, $Boolean = $util.global.Boolean, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["remotegpu"] || ($protobuf.roots["remotegpu"] = {});

export const remotegpu = $root.remotegpu = (() => {

    /**
     * Namespace remotegpu.
     * @exports remotegpu
     * @namespace
     */
    const remotegpu = {};

    remotegpu.admin = (function() {

        /**
         * Namespace admin.
         * @memberof remotegpu
         * @namespace
         */
        const admin = {};

        admin.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof remotegpu.admin
             * @namespace
             */
            const v1 = {};

            v1.CreateJoinTokenRequest = (function() {

                /**
                 * Properties of a CreateJoinTokenRequest.
                 * @typedef {Object} remotegpu.admin.v1.CreateJoinTokenRequest.$Properties
                 * @property {string} [roomName] CreateJoinTokenRequest roomName
                 * @property {number|null} [ttlSeconds] CreateJoinTokenRequest ttlSeconds
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CreateJoinTokenRequest.
                 * @memberof remotegpu.admin.v1
                 * @interface ICreateJoinTokenRequest
                 * @augments remotegpu.admin.v1.CreateJoinTokenRequest.$Properties
                 * @deprecated Use remotegpu.admin.v1.CreateJoinTokenRequest.$Properties instead.
                 */

                /**
                 * Shape of a CreateJoinTokenRequest.
                 * @typedef {remotegpu.admin.v1.CreateJoinTokenRequest.$Properties} remotegpu.admin.v1.CreateJoinTokenRequest.$Shape
                 */

                /**
                 * Constructs a new CreateJoinTokenRequest.
                 * @memberof remotegpu.admin.v1
                 * @classdesc Represents a CreateJoinTokenRequest.
                 * @constructor
                 * @param {remotegpu.admin.v1.CreateJoinTokenRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CreateJoinTokenRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CreateJoinTokenRequest roomName.
                 * @member {string} roomName
                 * @memberof remotegpu.admin.v1.CreateJoinTokenRequest
                 * @instance
                 */
                CreateJoinTokenRequest.prototype.roomName = "";

                /**
                 * CreateJoinTokenRequest ttlSeconds.
                 * @member {number|null} ttlSeconds
                 * @memberof remotegpu.admin.v1.CreateJoinTokenRequest
                 * @instance
                 */
                CreateJoinTokenRequest.prototype.ttlSeconds = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(CreateJoinTokenRequest.prototype, "_ttlSeconds", {
                    get: $util.oneOfGetter($oneOfFields = ["ttlSeconds"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new CreateJoinTokenRequest instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.admin.v1.CreateJoinTokenRequest
                 * @static
                 * @param {remotegpu.admin.v1.CreateJoinTokenRequest.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.admin.v1.CreateJoinTokenRequest} CreateJoinTokenRequest instance
                 * @type {{
                 *   (properties: remotegpu.admin.v1.CreateJoinTokenRequest.$Shape): remotegpu.admin.v1.CreateJoinTokenRequest & remotegpu.admin.v1.CreateJoinTokenRequest.$Shape;
                 *   (properties?: remotegpu.admin.v1.CreateJoinTokenRequest.$Properties): remotegpu.admin.v1.CreateJoinTokenRequest;
                 * }}
                 */
                CreateJoinTokenRequest.create = function(properties) {
                    return new CreateJoinTokenRequest(properties);
                };

                /**
                 * Encodes the specified CreateJoinTokenRequest message. Does not implicitly {@link remotegpu.admin.v1.CreateJoinTokenRequest.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.admin.v1.CreateJoinTokenRequest
                 * @static
                 * @param {remotegpu.admin.v1.CreateJoinTokenRequest.$Properties} message CreateJoinTokenRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateJoinTokenRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.roomName != null && $Object.hasOwnProperty.call(message, "roomName") && message.roomName !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.roomName);
                    if (message.ttlSeconds != null && $Object.hasOwnProperty.call(message, "ttlSeconds"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ttlSeconds);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CreateJoinTokenRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.admin.v1.CreateJoinTokenRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.admin.v1.CreateJoinTokenRequest & remotegpu.admin.v1.CreateJoinTokenRequest.$Shape} CreateJoinTokenRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateJoinTokenRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.admin.v1.CreateJoinTokenRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.roomName = value;
                                else
                                    delete message.roomName;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.ttlSeconds = reader.uint32();
                                message._ttlSeconds = "ttlSeconds";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a CreateJoinTokenRequest message.
                 * @function verify
                 * @memberof remotegpu.admin.v1.CreateJoinTokenRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CreateJoinTokenRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.roomName != null && $Object.hasOwnProperty.call(message, "roomName"))
                        if (!$util.isString(message.roomName))
                            return "roomName: string expected";
                    if (message.ttlSeconds != null && $Object.hasOwnProperty.call(message, "ttlSeconds")) {
                        properties._ttlSeconds = 1;
                        if (!$util.isInteger(message.ttlSeconds))
                            return "ttlSeconds: integer expected";
                    }
                    return null;
                };

                /**
                 * Creates a CreateJoinTokenRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.admin.v1.CreateJoinTokenRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.admin.v1.CreateJoinTokenRequest} CreateJoinTokenRequest
                 */
                CreateJoinTokenRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.admin.v1.CreateJoinTokenRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.admin.v1.CreateJoinTokenRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.admin.v1.CreateJoinTokenRequest();
                    if (object.roomName != null)
                        if (typeof object.roomName !== "string" || object.roomName.length)
                            message.roomName = $String(object.roomName);
                    if (object.ttlSeconds != null)
                        message.ttlSeconds = object.ttlSeconds >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a CreateJoinTokenRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.admin.v1.CreateJoinTokenRequest
                 * @static
                 * @param {remotegpu.admin.v1.CreateJoinTokenRequest} message CreateJoinTokenRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CreateJoinTokenRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.roomName = "";
                    if (message.roomName != null && $Object.hasOwnProperty.call(message, "roomName"))
                        object.roomName = message.roomName;
                    if (message.ttlSeconds != null && $Object.hasOwnProperty.call(message, "ttlSeconds"))
                        object.ttlSeconds = message.ttlSeconds;
                    return object;
                };

                /**
                 * Converts this CreateJoinTokenRequest to JSON.
                 * @function toJSON
                 * @memberof remotegpu.admin.v1.CreateJoinTokenRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CreateJoinTokenRequest.prototype.toJSON = function() {
                    return CreateJoinTokenRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CreateJoinTokenRequest
                 * @function getTypeUrl
                 * @memberof remotegpu.admin.v1.CreateJoinTokenRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CreateJoinTokenRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.admin.v1.CreateJoinTokenRequest";
                };

                return CreateJoinTokenRequest;
            })();

            v1.CreateJoinTokenResponse = (function() {

                /**
                 * Properties of a CreateJoinTokenResponse.
                 * @typedef {Object} remotegpu.admin.v1.CreateJoinTokenResponse.$Properties
                 * @property {string} [token] CreateJoinTokenResponse token
                 * @property {string} [expiresAt] CreateJoinTokenResponse expiresAt
                 * @property {string} [roomName] CreateJoinTokenResponse roomName
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CreateJoinTokenResponse.
                 * @memberof remotegpu.admin.v1
                 * @interface ICreateJoinTokenResponse
                 * @augments remotegpu.admin.v1.CreateJoinTokenResponse.$Properties
                 * @deprecated Use remotegpu.admin.v1.CreateJoinTokenResponse.$Properties instead.
                 */

                /**
                 * Shape of a CreateJoinTokenResponse.
                 * @typedef {remotegpu.admin.v1.CreateJoinTokenResponse.$Properties} remotegpu.admin.v1.CreateJoinTokenResponse.$Shape
                 */

                /**
                 * Constructs a new CreateJoinTokenResponse.
                 * @memberof remotegpu.admin.v1
                 * @classdesc Represents a CreateJoinTokenResponse.
                 * @constructor
                 * @param {remotegpu.admin.v1.CreateJoinTokenResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CreateJoinTokenResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CreateJoinTokenResponse token.
                 * @member {string} token
                 * @memberof remotegpu.admin.v1.CreateJoinTokenResponse
                 * @instance
                 */
                CreateJoinTokenResponse.prototype.token = "";

                /**
                 * CreateJoinTokenResponse expiresAt.
                 * @member {string} expiresAt
                 * @memberof remotegpu.admin.v1.CreateJoinTokenResponse
                 * @instance
                 */
                CreateJoinTokenResponse.prototype.expiresAt = "";

                /**
                 * CreateJoinTokenResponse roomName.
                 * @member {string} roomName
                 * @memberof remotegpu.admin.v1.CreateJoinTokenResponse
                 * @instance
                 */
                CreateJoinTokenResponse.prototype.roomName = "";

                /**
                 * Creates a new CreateJoinTokenResponse instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.admin.v1.CreateJoinTokenResponse
                 * @static
                 * @param {remotegpu.admin.v1.CreateJoinTokenResponse.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.admin.v1.CreateJoinTokenResponse} CreateJoinTokenResponse instance
                 * @type {{
                 *   (properties: remotegpu.admin.v1.CreateJoinTokenResponse.$Shape): remotegpu.admin.v1.CreateJoinTokenResponse & remotegpu.admin.v1.CreateJoinTokenResponse.$Shape;
                 *   (properties?: remotegpu.admin.v1.CreateJoinTokenResponse.$Properties): remotegpu.admin.v1.CreateJoinTokenResponse;
                 * }}
                 */
                CreateJoinTokenResponse.create = function(properties) {
                    return new CreateJoinTokenResponse(properties);
                };

                /**
                 * Encodes the specified CreateJoinTokenResponse message. Does not implicitly {@link remotegpu.admin.v1.CreateJoinTokenResponse.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.admin.v1.CreateJoinTokenResponse
                 * @static
                 * @param {remotegpu.admin.v1.CreateJoinTokenResponse.$Properties} message CreateJoinTokenResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateJoinTokenResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt") && message.expiresAt !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.expiresAt);
                    if (message.roomName != null && $Object.hasOwnProperty.call(message, "roomName") && message.roomName !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.roomName);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CreateJoinTokenResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.admin.v1.CreateJoinTokenResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.admin.v1.CreateJoinTokenResponse & remotegpu.admin.v1.CreateJoinTokenResponse.$Shape} CreateJoinTokenResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateJoinTokenResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.admin.v1.CreateJoinTokenResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.token = value;
                                else
                                    delete message.token;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.expiresAt = value;
                                else
                                    delete message.expiresAt;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.roomName = value;
                                else
                                    delete message.roomName;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a CreateJoinTokenResponse message.
                 * @function verify
                 * @memberof remotegpu.admin.v1.CreateJoinTokenResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CreateJoinTokenResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                        if (!$util.isString(message.token))
                            return "token: string expected";
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        if (!$util.isString(message.expiresAt))
                            return "expiresAt: string expected";
                    if (message.roomName != null && $Object.hasOwnProperty.call(message, "roomName"))
                        if (!$util.isString(message.roomName))
                            return "roomName: string expected";
                    return null;
                };

                /**
                 * Creates a CreateJoinTokenResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.admin.v1.CreateJoinTokenResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.admin.v1.CreateJoinTokenResponse} CreateJoinTokenResponse
                 */
                CreateJoinTokenResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.admin.v1.CreateJoinTokenResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.admin.v1.CreateJoinTokenResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.admin.v1.CreateJoinTokenResponse();
                    if (object.token != null)
                        if (typeof object.token !== "string" || object.token.length)
                            message.token = $String(object.token);
                    if (object.expiresAt != null)
                        if (typeof object.expiresAt !== "string" || object.expiresAt.length)
                            message.expiresAt = $String(object.expiresAt);
                    if (object.roomName != null)
                        if (typeof object.roomName !== "string" || object.roomName.length)
                            message.roomName = $String(object.roomName);
                    return message;
                };

                /**
                 * Creates a plain object from a CreateJoinTokenResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.admin.v1.CreateJoinTokenResponse
                 * @static
                 * @param {remotegpu.admin.v1.CreateJoinTokenResponse} message CreateJoinTokenResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CreateJoinTokenResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.token = "";
                        object.expiresAt = "";
                        object.roomName = "";
                    }
                    if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                        object.token = message.token;
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        object.expiresAt = message.expiresAt;
                    if (message.roomName != null && $Object.hasOwnProperty.call(message, "roomName"))
                        object.roomName = message.roomName;
                    return object;
                };

                /**
                 * Converts this CreateJoinTokenResponse to JSON.
                 * @function toJSON
                 * @memberof remotegpu.admin.v1.CreateJoinTokenResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CreateJoinTokenResponse.prototype.toJSON = function() {
                    return CreateJoinTokenResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CreateJoinTokenResponse
                 * @function getTypeUrl
                 * @memberof remotegpu.admin.v1.CreateJoinTokenResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CreateJoinTokenResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.admin.v1.CreateJoinTokenResponse";
                };

                return CreateJoinTokenResponse;
            })();

            v1.ListHostsRequest = (function() {

                /**
                 * Properties of a ListHostsRequest.
                 * @typedef {Object} remotegpu.admin.v1.ListHostsRequest.$Properties
                 * @property {number} [page] ListHostsRequest page
                 * @property {number} [pageSize] ListHostsRequest pageSize
                 * @property {string} [roomName] ListHostsRequest roomName
                 * @property {string} [status] ListHostsRequest status
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ListHostsRequest.
                 * @memberof remotegpu.admin.v1
                 * @interface IListHostsRequest
                 * @augments remotegpu.admin.v1.ListHostsRequest.$Properties
                 * @deprecated Use remotegpu.admin.v1.ListHostsRequest.$Properties instead.
                 */

                /**
                 * Shape of a ListHostsRequest.
                 * @typedef {remotegpu.admin.v1.ListHostsRequest.$Properties} remotegpu.admin.v1.ListHostsRequest.$Shape
                 */

                /**
                 * Constructs a new ListHostsRequest.
                 * @memberof remotegpu.admin.v1
                 * @classdesc Represents a ListHostsRequest.
                 * @constructor
                 * @param {remotegpu.admin.v1.ListHostsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ListHostsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ListHostsRequest page.
                 * @member {number} page
                 * @memberof remotegpu.admin.v1.ListHostsRequest
                 * @instance
                 */
                ListHostsRequest.prototype.page = 0;

                /**
                 * ListHostsRequest pageSize.
                 * @member {number} pageSize
                 * @memberof remotegpu.admin.v1.ListHostsRequest
                 * @instance
                 */
                ListHostsRequest.prototype.pageSize = 0;

                /**
                 * ListHostsRequest roomName.
                 * @member {string} roomName
                 * @memberof remotegpu.admin.v1.ListHostsRequest
                 * @instance
                 */
                ListHostsRequest.prototype.roomName = "";

                /**
                 * ListHostsRequest status.
                 * @member {string} status
                 * @memberof remotegpu.admin.v1.ListHostsRequest
                 * @instance
                 */
                ListHostsRequest.prototype.status = "";

                /**
                 * Creates a new ListHostsRequest instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.admin.v1.ListHostsRequest
                 * @static
                 * @param {remotegpu.admin.v1.ListHostsRequest.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.admin.v1.ListHostsRequest} ListHostsRequest instance
                 * @type {{
                 *   (properties: remotegpu.admin.v1.ListHostsRequest.$Shape): remotegpu.admin.v1.ListHostsRequest & remotegpu.admin.v1.ListHostsRequest.$Shape;
                 *   (properties?: remotegpu.admin.v1.ListHostsRequest.$Properties): remotegpu.admin.v1.ListHostsRequest;
                 * }}
                 */
                ListHostsRequest.create = function(properties) {
                    return new ListHostsRequest(properties);
                };

                /**
                 * Encodes the specified ListHostsRequest message. Does not implicitly {@link remotegpu.admin.v1.ListHostsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.admin.v1.ListHostsRequest
                 * @static
                 * @param {remotegpu.admin.v1.ListHostsRequest.$Properties} message ListHostsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListHostsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.page != null && $Object.hasOwnProperty.call(message, "page") && message.page !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.page);
                    if (message.pageSize != null && $Object.hasOwnProperty.call(message, "pageSize") && message.pageSize !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.pageSize);
                    if (message.roomName != null && $Object.hasOwnProperty.call(message, "roomName") && message.roomName !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.roomName);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.status);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ListHostsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.admin.v1.ListHostsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.admin.v1.ListHostsRequest & remotegpu.admin.v1.ListHostsRequest.$Shape} ListHostsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListHostsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.admin.v1.ListHostsRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.page = value;
                                else
                                    delete message.page;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pageSize = value;
                                else
                                    delete message.pageSize;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.roomName = value;
                                else
                                    delete message.roomName;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a ListHostsRequest message.
                 * @function verify
                 * @memberof remotegpu.admin.v1.ListHostsRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ListHostsRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.page != null && $Object.hasOwnProperty.call(message, "page"))
                        if (!$util.isInteger(message.page))
                            return "page: integer expected";
                    if (message.pageSize != null && $Object.hasOwnProperty.call(message, "pageSize"))
                        if (!$util.isInteger(message.pageSize))
                            return "pageSize: integer expected";
                    if (message.roomName != null && $Object.hasOwnProperty.call(message, "roomName"))
                        if (!$util.isString(message.roomName))
                            return "roomName: string expected";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (!$util.isString(message.status))
                            return "status: string expected";
                    return null;
                };

                /**
                 * Creates a ListHostsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.admin.v1.ListHostsRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.admin.v1.ListHostsRequest} ListHostsRequest
                 */
                ListHostsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.admin.v1.ListHostsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.admin.v1.ListHostsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.admin.v1.ListHostsRequest();
                    if (object.page != null)
                        if ($Number(object.page) !== 0)
                            message.page = object.page >>> 0;
                    if (object.pageSize != null)
                        if ($Number(object.pageSize) !== 0)
                            message.pageSize = object.pageSize >>> 0;
                    if (object.roomName != null)
                        if (typeof object.roomName !== "string" || object.roomName.length)
                            message.roomName = $String(object.roomName);
                    if (object.status != null)
                        if (typeof object.status !== "string" || object.status.length)
                            message.status = $String(object.status);
                    return message;
                };

                /**
                 * Creates a plain object from a ListHostsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.admin.v1.ListHostsRequest
                 * @static
                 * @param {remotegpu.admin.v1.ListHostsRequest} message ListHostsRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListHostsRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.page = 0;
                        object.pageSize = 0;
                        object.roomName = "";
                        object.status = "";
                    }
                    if (message.page != null && $Object.hasOwnProperty.call(message, "page"))
                        object.page = message.page;
                    if (message.pageSize != null && $Object.hasOwnProperty.call(message, "pageSize"))
                        object.pageSize = message.pageSize;
                    if (message.roomName != null && $Object.hasOwnProperty.call(message, "roomName"))
                        object.roomName = message.roomName;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = message.status;
                    return object;
                };

                /**
                 * Converts this ListHostsRequest to JSON.
                 * @function toJSON
                 * @memberof remotegpu.admin.v1.ListHostsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListHostsRequest.prototype.toJSON = function() {
                    return ListHostsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ListHostsRequest
                 * @function getTypeUrl
                 * @memberof remotegpu.admin.v1.ListHostsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ListHostsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.admin.v1.ListHostsRequest";
                };

                return ListHostsRequest;
            })();

            v1.ListHostsResponse = (function() {

                /**
                 * Properties of a ListHostsResponse.
                 * @typedef {Object} remotegpu.admin.v1.ListHostsResponse.$Properties
                 * @property {Array.<remotegpu.admin.v1.Host.$Properties>} [items] ListHostsResponse items
                 * @property {number} [totalItems] ListHostsResponse totalItems
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ListHostsResponse.
                 * @memberof remotegpu.admin.v1
                 * @interface IListHostsResponse
                 * @augments remotegpu.admin.v1.ListHostsResponse.$Properties
                 * @deprecated Use remotegpu.admin.v1.ListHostsResponse.$Properties instead.
                 */

                /**
                 * Shape of a ListHostsResponse.
                 * @typedef {remotegpu.admin.v1.ListHostsResponse.$Properties} remotegpu.admin.v1.ListHostsResponse.$Shape
                 */

                /**
                 * Constructs a new ListHostsResponse.
                 * @memberof remotegpu.admin.v1
                 * @classdesc Represents a ListHostsResponse.
                 * @constructor
                 * @param {remotegpu.admin.v1.ListHostsResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ListHostsResponse = function (properties) {
                    this.items = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ListHostsResponse items.
                 * @member {Array.<remotegpu.admin.v1.Host>} items
                 * @memberof remotegpu.admin.v1.ListHostsResponse
                 * @instance
                 */
                ListHostsResponse.prototype.items = $util.emptyArray;

                /**
                 * ListHostsResponse totalItems.
                 * @member {number} totalItems
                 * @memberof remotegpu.admin.v1.ListHostsResponse
                 * @instance
                 */
                ListHostsResponse.prototype.totalItems = 0;

                /**
                 * Creates a new ListHostsResponse instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.admin.v1.ListHostsResponse
                 * @static
                 * @param {remotegpu.admin.v1.ListHostsResponse.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.admin.v1.ListHostsResponse} ListHostsResponse instance
                 * @type {{
                 *   (properties: remotegpu.admin.v1.ListHostsResponse.$Shape): remotegpu.admin.v1.ListHostsResponse & remotegpu.admin.v1.ListHostsResponse.$Shape;
                 *   (properties?: remotegpu.admin.v1.ListHostsResponse.$Properties): remotegpu.admin.v1.ListHostsResponse;
                 * }}
                 */
                ListHostsResponse.create = function(properties) {
                    return new ListHostsResponse(properties);
                };

                /**
                 * Encodes the specified ListHostsResponse message. Does not implicitly {@link remotegpu.admin.v1.ListHostsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.admin.v1.ListHostsResponse
                 * @static
                 * @param {remotegpu.admin.v1.ListHostsResponse.$Properties} message ListHostsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListHostsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.items != null && message.items.length)
                        for (let i = 0; i < message.items.length; ++i)
                            $root.remotegpu.admin.v1.Host.encode(message.items[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.totalItems != null && $Object.hasOwnProperty.call(message, "totalItems") && message.totalItems !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.totalItems);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ListHostsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.admin.v1.ListHostsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.admin.v1.ListHostsResponse & remotegpu.admin.v1.ListHostsResponse.$Shape} ListHostsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListHostsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.admin.v1.ListHostsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.items && message.items.length))
                                    message.items = [];
                                message.items.push($root.remotegpu.admin.v1.Host.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.totalItems = value;
                                else
                                    delete message.totalItems;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a ListHostsResponse message.
                 * @function verify
                 * @memberof remotegpu.admin.v1.ListHostsResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ListHostsResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.items != null && $Object.hasOwnProperty.call(message, "items")) {
                        if (!$Array.isArray(message.items))
                            return "items: array expected";
                        for (let i = 0; i < message.items.length; ++i) {
                            let error = $root.remotegpu.admin.v1.Host.verify(message.items[i], _depth + 1);
                            if (error)
                                return "items." + error;
                        }
                    }
                    if (message.totalItems != null && $Object.hasOwnProperty.call(message, "totalItems"))
                        if (!$util.isInteger(message.totalItems))
                            return "totalItems: integer expected";
                    return null;
                };

                /**
                 * Creates a ListHostsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.admin.v1.ListHostsResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.admin.v1.ListHostsResponse} ListHostsResponse
                 */
                ListHostsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.admin.v1.ListHostsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.admin.v1.ListHostsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.admin.v1.ListHostsResponse();
                    if (object.items) {
                        if (!$Array.isArray(object.items))
                            throw $TypeError(".remotegpu.admin.v1.ListHostsResponse.items: array expected");
                        message.items = $Array(object.items.length);
                        for (let i = 0; i < object.items.length; ++i) {
                            if (!$util.isObject(object.items[i]))
                                throw $TypeError(".remotegpu.admin.v1.ListHostsResponse.items: object expected");
                            message.items[i] = $root.remotegpu.admin.v1.Host.fromObject(object.items[i], _depth + 1);
                        }
                    }
                    if (object.totalItems != null)
                        if ($Number(object.totalItems) !== 0)
                            message.totalItems = object.totalItems >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a ListHostsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.admin.v1.ListHostsResponse
                 * @static
                 * @param {remotegpu.admin.v1.ListHostsResponse} message ListHostsResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListHostsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.items = [];
                    if (options.defaults)
                        object.totalItems = 0;
                    if (message.items && message.items.length) {
                        object.items = $Array(message.items.length);
                        for (let j = 0; j < message.items.length; ++j)
                            object.items[j] = $root.remotegpu.admin.v1.Host.toObject(message.items[j], options, _depth + 1);
                    }
                    if (message.totalItems != null && $Object.hasOwnProperty.call(message, "totalItems"))
                        object.totalItems = message.totalItems;
                    return object;
                };

                /**
                 * Converts this ListHostsResponse to JSON.
                 * @function toJSON
                 * @memberof remotegpu.admin.v1.ListHostsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListHostsResponse.prototype.toJSON = function() {
                    return ListHostsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ListHostsResponse
                 * @function getTypeUrl
                 * @memberof remotegpu.admin.v1.ListHostsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ListHostsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.admin.v1.ListHostsResponse";
                };

                return ListHostsResponse;
            })();

            v1.GetHostRequest = (function() {

                /**
                 * Properties of a GetHostRequest.
                 * @typedef {Object} remotegpu.admin.v1.GetHostRequest.$Properties
                 * @property {string} [hostId] GetHostRequest hostId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetHostRequest.
                 * @memberof remotegpu.admin.v1
                 * @interface IGetHostRequest
                 * @augments remotegpu.admin.v1.GetHostRequest.$Properties
                 * @deprecated Use remotegpu.admin.v1.GetHostRequest.$Properties instead.
                 */

                /**
                 * Shape of a GetHostRequest.
                 * @typedef {remotegpu.admin.v1.GetHostRequest.$Properties} remotegpu.admin.v1.GetHostRequest.$Shape
                 */

                /**
                 * Constructs a new GetHostRequest.
                 * @memberof remotegpu.admin.v1
                 * @classdesc Represents a GetHostRequest.
                 * @constructor
                 * @param {remotegpu.admin.v1.GetHostRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetHostRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GetHostRequest hostId.
                 * @member {string} hostId
                 * @memberof remotegpu.admin.v1.GetHostRequest
                 * @instance
                 */
                GetHostRequest.prototype.hostId = "";

                /**
                 * Creates a new GetHostRequest instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.admin.v1.GetHostRequest
                 * @static
                 * @param {remotegpu.admin.v1.GetHostRequest.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.admin.v1.GetHostRequest} GetHostRequest instance
                 * @type {{
                 *   (properties: remotegpu.admin.v1.GetHostRequest.$Shape): remotegpu.admin.v1.GetHostRequest & remotegpu.admin.v1.GetHostRequest.$Shape;
                 *   (properties?: remotegpu.admin.v1.GetHostRequest.$Properties): remotegpu.admin.v1.GetHostRequest;
                 * }}
                 */
                GetHostRequest.create = function(properties) {
                    return new GetHostRequest(properties);
                };

                /**
                 * Encodes the specified GetHostRequest message. Does not implicitly {@link remotegpu.admin.v1.GetHostRequest.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.admin.v1.GetHostRequest
                 * @static
                 * @param {remotegpu.admin.v1.GetHostRequest.$Properties} message GetHostRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetHostRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId") && message.hostId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GetHostRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.admin.v1.GetHostRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.admin.v1.GetHostRequest & remotegpu.admin.v1.GetHostRequest.$Shape} GetHostRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetHostRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.admin.v1.GetHostRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.hostId = value;
                                else
                                    delete message.hostId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a GetHostRequest message.
                 * @function verify
                 * @memberof remotegpu.admin.v1.GetHostRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GetHostRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId"))
                        if (!$util.isString(message.hostId))
                            return "hostId: string expected";
                    return null;
                };

                /**
                 * Creates a GetHostRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.admin.v1.GetHostRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.admin.v1.GetHostRequest} GetHostRequest
                 */
                GetHostRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.admin.v1.GetHostRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.admin.v1.GetHostRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.admin.v1.GetHostRequest();
                    if (object.hostId != null)
                        if (typeof object.hostId !== "string" || object.hostId.length)
                            message.hostId = $String(object.hostId);
                    return message;
                };

                /**
                 * Creates a plain object from a GetHostRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.admin.v1.GetHostRequest
                 * @static
                 * @param {remotegpu.admin.v1.GetHostRequest} message GetHostRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GetHostRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.hostId = "";
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId"))
                        object.hostId = message.hostId;
                    return object;
                };

                /**
                 * Converts this GetHostRequest to JSON.
                 * @function toJSON
                 * @memberof remotegpu.admin.v1.GetHostRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetHostRequest.prototype.toJSON = function() {
                    return GetHostRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GetHostRequest
                 * @function getTypeUrl
                 * @memberof remotegpu.admin.v1.GetHostRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GetHostRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.admin.v1.GetHostRequest";
                };

                return GetHostRequest;
            })();

            v1.RevokeHostRequest = (function() {

                /**
                 * Properties of a RevokeHostRequest.
                 * @typedef {Object} remotegpu.admin.v1.RevokeHostRequest.$Properties
                 * @property {string} [hostId] RevokeHostRequest hostId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RevokeHostRequest.
                 * @memberof remotegpu.admin.v1
                 * @interface IRevokeHostRequest
                 * @augments remotegpu.admin.v1.RevokeHostRequest.$Properties
                 * @deprecated Use remotegpu.admin.v1.RevokeHostRequest.$Properties instead.
                 */

                /**
                 * Shape of a RevokeHostRequest.
                 * @typedef {remotegpu.admin.v1.RevokeHostRequest.$Properties} remotegpu.admin.v1.RevokeHostRequest.$Shape
                 */

                /**
                 * Constructs a new RevokeHostRequest.
                 * @memberof remotegpu.admin.v1
                 * @classdesc Represents a RevokeHostRequest.
                 * @constructor
                 * @param {remotegpu.admin.v1.RevokeHostRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RevokeHostRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RevokeHostRequest hostId.
                 * @member {string} hostId
                 * @memberof remotegpu.admin.v1.RevokeHostRequest
                 * @instance
                 */
                RevokeHostRequest.prototype.hostId = "";

                /**
                 * Creates a new RevokeHostRequest instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.admin.v1.RevokeHostRequest
                 * @static
                 * @param {remotegpu.admin.v1.RevokeHostRequest.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.admin.v1.RevokeHostRequest} RevokeHostRequest instance
                 * @type {{
                 *   (properties: remotegpu.admin.v1.RevokeHostRequest.$Shape): remotegpu.admin.v1.RevokeHostRequest & remotegpu.admin.v1.RevokeHostRequest.$Shape;
                 *   (properties?: remotegpu.admin.v1.RevokeHostRequest.$Properties): remotegpu.admin.v1.RevokeHostRequest;
                 * }}
                 */
                RevokeHostRequest.create = function(properties) {
                    return new RevokeHostRequest(properties);
                };

                /**
                 * Encodes the specified RevokeHostRequest message. Does not implicitly {@link remotegpu.admin.v1.RevokeHostRequest.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.admin.v1.RevokeHostRequest
                 * @static
                 * @param {remotegpu.admin.v1.RevokeHostRequest.$Properties} message RevokeHostRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RevokeHostRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId") && message.hostId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RevokeHostRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.admin.v1.RevokeHostRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.admin.v1.RevokeHostRequest & remotegpu.admin.v1.RevokeHostRequest.$Shape} RevokeHostRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RevokeHostRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.admin.v1.RevokeHostRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.hostId = value;
                                else
                                    delete message.hostId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a RevokeHostRequest message.
                 * @function verify
                 * @memberof remotegpu.admin.v1.RevokeHostRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RevokeHostRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId"))
                        if (!$util.isString(message.hostId))
                            return "hostId: string expected";
                    return null;
                };

                /**
                 * Creates a RevokeHostRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.admin.v1.RevokeHostRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.admin.v1.RevokeHostRequest} RevokeHostRequest
                 */
                RevokeHostRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.admin.v1.RevokeHostRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.admin.v1.RevokeHostRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.admin.v1.RevokeHostRequest();
                    if (object.hostId != null)
                        if (typeof object.hostId !== "string" || object.hostId.length)
                            message.hostId = $String(object.hostId);
                    return message;
                };

                /**
                 * Creates a plain object from a RevokeHostRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.admin.v1.RevokeHostRequest
                 * @static
                 * @param {remotegpu.admin.v1.RevokeHostRequest} message RevokeHostRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RevokeHostRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.hostId = "";
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId"))
                        object.hostId = message.hostId;
                    return object;
                };

                /**
                 * Converts this RevokeHostRequest to JSON.
                 * @function toJSON
                 * @memberof remotegpu.admin.v1.RevokeHostRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RevokeHostRequest.prototype.toJSON = function() {
                    return RevokeHostRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RevokeHostRequest
                 * @function getTypeUrl
                 * @memberof remotegpu.admin.v1.RevokeHostRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RevokeHostRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.admin.v1.RevokeHostRequest";
                };

                return RevokeHostRequest;
            })();

            v1.RevokeHostResponse = (function() {

                /**
                 * Properties of a RevokeHostResponse.
                 * @typedef {Object} remotegpu.admin.v1.RevokeHostResponse.$Properties
                 * @property {string} [hostId] RevokeHostResponse hostId
                 * @property {string} [revokedAt] RevokeHostResponse revokedAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RevokeHostResponse.
                 * @memberof remotegpu.admin.v1
                 * @interface IRevokeHostResponse
                 * @augments remotegpu.admin.v1.RevokeHostResponse.$Properties
                 * @deprecated Use remotegpu.admin.v1.RevokeHostResponse.$Properties instead.
                 */

                /**
                 * Shape of a RevokeHostResponse.
                 * @typedef {remotegpu.admin.v1.RevokeHostResponse.$Properties} remotegpu.admin.v1.RevokeHostResponse.$Shape
                 */

                /**
                 * Constructs a new RevokeHostResponse.
                 * @memberof remotegpu.admin.v1
                 * @classdesc Represents a RevokeHostResponse.
                 * @constructor
                 * @param {remotegpu.admin.v1.RevokeHostResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RevokeHostResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RevokeHostResponse hostId.
                 * @member {string} hostId
                 * @memberof remotegpu.admin.v1.RevokeHostResponse
                 * @instance
                 */
                RevokeHostResponse.prototype.hostId = "";

                /**
                 * RevokeHostResponse revokedAt.
                 * @member {string} revokedAt
                 * @memberof remotegpu.admin.v1.RevokeHostResponse
                 * @instance
                 */
                RevokeHostResponse.prototype.revokedAt = "";

                /**
                 * Creates a new RevokeHostResponse instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.admin.v1.RevokeHostResponse
                 * @static
                 * @param {remotegpu.admin.v1.RevokeHostResponse.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.admin.v1.RevokeHostResponse} RevokeHostResponse instance
                 * @type {{
                 *   (properties: remotegpu.admin.v1.RevokeHostResponse.$Shape): remotegpu.admin.v1.RevokeHostResponse & remotegpu.admin.v1.RevokeHostResponse.$Shape;
                 *   (properties?: remotegpu.admin.v1.RevokeHostResponse.$Properties): remotegpu.admin.v1.RevokeHostResponse;
                 * }}
                 */
                RevokeHostResponse.create = function(properties) {
                    return new RevokeHostResponse(properties);
                };

                /**
                 * Encodes the specified RevokeHostResponse message. Does not implicitly {@link remotegpu.admin.v1.RevokeHostResponse.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.admin.v1.RevokeHostResponse
                 * @static
                 * @param {remotegpu.admin.v1.RevokeHostResponse.$Properties} message RevokeHostResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RevokeHostResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId") && message.hostId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostId);
                    if (message.revokedAt != null && $Object.hasOwnProperty.call(message, "revokedAt") && message.revokedAt !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.revokedAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RevokeHostResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.admin.v1.RevokeHostResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.admin.v1.RevokeHostResponse & remotegpu.admin.v1.RevokeHostResponse.$Shape} RevokeHostResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RevokeHostResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.admin.v1.RevokeHostResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.hostId = value;
                                else
                                    delete message.hostId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.revokedAt = value;
                                else
                                    delete message.revokedAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a RevokeHostResponse message.
                 * @function verify
                 * @memberof remotegpu.admin.v1.RevokeHostResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RevokeHostResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId"))
                        if (!$util.isString(message.hostId))
                            return "hostId: string expected";
                    if (message.revokedAt != null && $Object.hasOwnProperty.call(message, "revokedAt"))
                        if (!$util.isString(message.revokedAt))
                            return "revokedAt: string expected";
                    return null;
                };

                /**
                 * Creates a RevokeHostResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.admin.v1.RevokeHostResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.admin.v1.RevokeHostResponse} RevokeHostResponse
                 */
                RevokeHostResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.admin.v1.RevokeHostResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.admin.v1.RevokeHostResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.admin.v1.RevokeHostResponse();
                    if (object.hostId != null)
                        if (typeof object.hostId !== "string" || object.hostId.length)
                            message.hostId = $String(object.hostId);
                    if (object.revokedAt != null)
                        if (typeof object.revokedAt !== "string" || object.revokedAt.length)
                            message.revokedAt = $String(object.revokedAt);
                    return message;
                };

                /**
                 * Creates a plain object from a RevokeHostResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.admin.v1.RevokeHostResponse
                 * @static
                 * @param {remotegpu.admin.v1.RevokeHostResponse} message RevokeHostResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RevokeHostResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.hostId = "";
                        object.revokedAt = "";
                    }
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId"))
                        object.hostId = message.hostId;
                    if (message.revokedAt != null && $Object.hasOwnProperty.call(message, "revokedAt"))
                        object.revokedAt = message.revokedAt;
                    return object;
                };

                /**
                 * Converts this RevokeHostResponse to JSON.
                 * @function toJSON
                 * @memberof remotegpu.admin.v1.RevokeHostResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RevokeHostResponse.prototype.toJSON = function() {
                    return RevokeHostResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RevokeHostResponse
                 * @function getTypeUrl
                 * @memberof remotegpu.admin.v1.RevokeHostResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RevokeHostResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.admin.v1.RevokeHostResponse";
                };

                return RevokeHostResponse;
            })();

            v1.Host = (function() {

                /**
                 * Properties of a Host.
                 * @typedef {Object} remotegpu.admin.v1.Host.$Properties
                 * @property {string} [hostId] Host hostId
                 * @property {string} [hostname] Host hostname
                 * @property {string} [roomName] Host roomName
                 * @property {string} [status] Host status
                 * @property {string} [agentVersion] Host agentVersion
                 * @property {string} [lastSeenAt] Host lastSeenAt
                 * @property {string} [driverVersion] Host driverVersion
                 * @property {number} [cpuCount] Host cpuCount
                 * @property {number} [memoryTotalBytes] Host memoryTotalBytes
                 * @property {Array.<remotegpu.admin.v1.Gpu.$Properties>} [gpus] Host gpus
                 * @property {string} [telemetryJson] Host telemetryJson
                 * @property {string} [revokedAt] Host revokedAt
                 * @property {string} [statusChangedAt] Host statusChangedAt
                 * @property {string} [enrolledAt] Host enrolledAt
                 * @property {number} [protocolVersion] Host protocolVersion
                 * @property {string} [os] Host os
                 * @property {string} [kernel] Host kernel
                 * @property {string} [arch] Host arch
                 * @property {string} [cpuModel] Host cpuModel
                 * @property {string} [dockerVersion] Host dockerVersion
                 * @property {string} [cudaVersion] Host cudaVersion
                 * @property {Array.<string>} [inventoryErrors] Host inventoryErrors
                 * @property {string} [disksJson] Host disksJson
                 * @property {string} [publicAddress] Host publicAddress
                 * @property {string} [sessionAddress] Host sessionAddress
                 * @property {number|null} [instanceStorageBytes] Host instanceStorageBytes
                 * @property {boolean} [cordoned] Host cordoned
                 * @property {string} [cordonedAt] Host cordonedAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Host.
                 * @memberof remotegpu.admin.v1
                 * @interface IHost
                 * @augments remotegpu.admin.v1.Host.$Properties
                 * @deprecated Use remotegpu.admin.v1.Host.$Properties instead.
                 */

                /**
                 * Shape of a Host.
                 * @typedef {remotegpu.admin.v1.Host.$Properties} remotegpu.admin.v1.Host.$Shape
                 */

                /**
                 * Constructs a new Host.
                 * @memberof remotegpu.admin.v1
                 * @classdesc Represents a Host.
                 * @constructor
                 * @param {remotegpu.admin.v1.Host.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Host = function (properties) {
                    this.gpus = [];
                    this.inventoryErrors = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Host hostId.
                 * @member {string} hostId
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.hostId = "";

                /**
                 * Host hostname.
                 * @member {string} hostname
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.hostname = "";

                /**
                 * Host roomName.
                 * @member {string} roomName
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.roomName = "";

                /**
                 * Host status.
                 * @member {string} status
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.status = "";

                /**
                 * Host agentVersion.
                 * @member {string} agentVersion
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.agentVersion = "";

                /**
                 * Host lastSeenAt.
                 * @member {string} lastSeenAt
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.lastSeenAt = "";

                /**
                 * Host driverVersion.
                 * @member {string} driverVersion
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.driverVersion = "";

                /**
                 * Host cpuCount.
                 * @member {number} cpuCount
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.cpuCount = 0;

                /**
                 * Host memoryTotalBytes.
                 * @member {number} memoryTotalBytes
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.memoryTotalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Host gpus.
                 * @member {Array.<remotegpu.admin.v1.Gpu>} gpus
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.gpus = $util.emptyArray;

                /**
                 * Host telemetryJson.
                 * @member {string} telemetryJson
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.telemetryJson = "";

                /**
                 * Host revokedAt.
                 * @member {string} revokedAt
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.revokedAt = "";

                /**
                 * Host statusChangedAt.
                 * @member {string} statusChangedAt
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.statusChangedAt = "";

                /**
                 * Host enrolledAt.
                 * @member {string} enrolledAt
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.enrolledAt = "";

                /**
                 * Host protocolVersion.
                 * @member {number} protocolVersion
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.protocolVersion = 0;

                /**
                 * Host os.
                 * @member {string} os
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.os = "";

                /**
                 * Host kernel.
                 * @member {string} kernel
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.kernel = "";

                /**
                 * Host arch.
                 * @member {string} arch
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.arch = "";

                /**
                 * Host cpuModel.
                 * @member {string} cpuModel
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.cpuModel = "";

                /**
                 * Host dockerVersion.
                 * @member {string} dockerVersion
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.dockerVersion = "";

                /**
                 * Host cudaVersion.
                 * @member {string} cudaVersion
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.cudaVersion = "";

                /**
                 * Host inventoryErrors.
                 * @member {Array.<string>} inventoryErrors
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.inventoryErrors = $util.emptyArray;

                /**
                 * Host disksJson.
                 * @member {string} disksJson
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.disksJson = "";

                /**
                 * Host publicAddress.
                 * @member {string} publicAddress
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.publicAddress = "";

                /**
                 * Host sessionAddress.
                 * @member {string} sessionAddress
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.sessionAddress = "";

                /**
                 * Host instanceStorageBytes.
                 * @member {number|null} instanceStorageBytes
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.instanceStorageBytes = null;

                /**
                 * Host cordoned.
                 * @member {boolean} cordoned
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.cordoned = false;

                /**
                 * Host cordonedAt.
                 * @member {string} cordonedAt
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 */
                Host.prototype.cordonedAt = "";

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Host.prototype, "_instanceStorageBytes", {
                    get: $util.oneOfGetter($oneOfFields = ["instanceStorageBytes"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Host instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.admin.v1.Host
                 * @static
                 * @param {remotegpu.admin.v1.Host.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.admin.v1.Host} Host instance
                 * @type {{
                 *   (properties: remotegpu.admin.v1.Host.$Shape): remotegpu.admin.v1.Host & remotegpu.admin.v1.Host.$Shape;
                 *   (properties?: remotegpu.admin.v1.Host.$Properties): remotegpu.admin.v1.Host;
                 * }}
                 */
                Host.create = function(properties) {
                    return new Host(properties);
                };

                /**
                 * Encodes the specified Host message. Does not implicitly {@link remotegpu.admin.v1.Host.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.admin.v1.Host
                 * @static
                 * @param {remotegpu.admin.v1.Host.$Properties} message Host message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Host.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId") && message.hostId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostId);
                    if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.hostname);
                    if (message.roomName != null && $Object.hasOwnProperty.call(message, "roomName") && message.roomName !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.roomName);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.status);
                    if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion") && message.agentVersion !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.agentVersion);
                    if (message.lastSeenAt != null && $Object.hasOwnProperty.call(message, "lastSeenAt") && message.lastSeenAt !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.lastSeenAt);
                    if (message.driverVersion != null && $Object.hasOwnProperty.call(message, "driverVersion") && message.driverVersion !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.driverVersion);
                    if (message.cpuCount != null && $Object.hasOwnProperty.call(message, "cpuCount") && message.cpuCount !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.cpuCount);
                    if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes") && (typeof message.memoryTotalBytes === "object" ? message.memoryTotalBytes.low || message.memoryTotalBytes.high : message.memoryTotalBytes !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.memoryTotalBytes);
                    if (message.gpus != null && message.gpus.length)
                        for (let i = 0; i < message.gpus.length; ++i)
                            $root.remotegpu.admin.v1.Gpu.encode(message.gpus[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.telemetryJson != null && $Object.hasOwnProperty.call(message, "telemetryJson") && message.telemetryJson !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.telemetryJson);
                    if (message.revokedAt != null && $Object.hasOwnProperty.call(message, "revokedAt") && message.revokedAt !== "")
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.revokedAt);
                    if (message.statusChangedAt != null && $Object.hasOwnProperty.call(message, "statusChangedAt") && message.statusChangedAt !== "")
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.statusChangedAt);
                    if (message.enrolledAt != null && $Object.hasOwnProperty.call(message, "enrolledAt") && message.enrolledAt !== "")
                        writer.uint32(/* id 14, wireType 2 =*/114).string(message.enrolledAt);
                    if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                        writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.protocolVersion);
                    if (message.os != null && $Object.hasOwnProperty.call(message, "os") && message.os !== "")
                        writer.uint32(/* id 16, wireType 2 =*/130).string(message.os);
                    if (message.kernel != null && $Object.hasOwnProperty.call(message, "kernel") && message.kernel !== "")
                        writer.uint32(/* id 17, wireType 2 =*/138).string(message.kernel);
                    if (message.arch != null && $Object.hasOwnProperty.call(message, "arch") && message.arch !== "")
                        writer.uint32(/* id 18, wireType 2 =*/146).string(message.arch);
                    if (message.cpuModel != null && $Object.hasOwnProperty.call(message, "cpuModel") && message.cpuModel !== "")
                        writer.uint32(/* id 19, wireType 2 =*/154).string(message.cpuModel);
                    if (message.dockerVersion != null && $Object.hasOwnProperty.call(message, "dockerVersion") && message.dockerVersion !== "")
                        writer.uint32(/* id 20, wireType 2 =*/162).string(message.dockerVersion);
                    if (message.cudaVersion != null && $Object.hasOwnProperty.call(message, "cudaVersion") && message.cudaVersion !== "")
                        writer.uint32(/* id 21, wireType 2 =*/170).string(message.cudaVersion);
                    if (message.inventoryErrors != null && message.inventoryErrors.length)
                        for (let i = 0; i < message.inventoryErrors.length; ++i)
                            writer.uint32(/* id 22, wireType 2 =*/178).string(message.inventoryErrors[i]);
                    if (message.disksJson != null && $Object.hasOwnProperty.call(message, "disksJson") && message.disksJson !== "")
                        writer.uint32(/* id 23, wireType 2 =*/186).string(message.disksJson);
                    if (message.publicAddress != null && $Object.hasOwnProperty.call(message, "publicAddress") && message.publicAddress !== "")
                        writer.uint32(/* id 24, wireType 2 =*/194).string(message.publicAddress);
                    if (message.sessionAddress != null && $Object.hasOwnProperty.call(message, "sessionAddress") && message.sessionAddress !== "")
                        writer.uint32(/* id 25, wireType 2 =*/202).string(message.sessionAddress);
                    if (message.instanceStorageBytes != null && $Object.hasOwnProperty.call(message, "instanceStorageBytes"))
                        writer.uint32(/* id 26, wireType 0 =*/208).uint64(message.instanceStorageBytes);
                    if (message.cordoned != null && $Object.hasOwnProperty.call(message, "cordoned") && message.cordoned !== false)
                        writer.uint32(/* id 27, wireType 0 =*/216).bool(message.cordoned);
                    if (message.cordonedAt != null && $Object.hasOwnProperty.call(message, "cordonedAt") && message.cordonedAt !== "")
                        writer.uint32(/* id 28, wireType 2 =*/226).string(message.cordonedAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Host message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.admin.v1.Host
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.admin.v1.Host & remotegpu.admin.v1.Host.$Shape} Host
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Host.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.admin.v1.Host();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.hostId = value;
                                else
                                    delete message.hostId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.hostname = value;
                                else
                                    delete message.hostname;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.roomName = value;
                                else
                                    delete message.roomName;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.agentVersion = value;
                                else
                                    delete message.agentVersion;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.lastSeenAt = value;
                                else
                                    delete message.lastSeenAt;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.driverVersion = value;
                                else
                                    delete message.driverVersion;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.cpuCount = value;
                                else
                                    delete message.cpuCount;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.memoryTotalBytes = value;
                                else
                                    delete message.memoryTotalBytes;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.gpus && message.gpus.length))
                                    message.gpus = [];
                                message.gpus.push($root.remotegpu.admin.v1.Gpu.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.telemetryJson = value;
                                else
                                    delete message.telemetryJson;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.revokedAt = value;
                                else
                                    delete message.revokedAt;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.statusChangedAt = value;
                                else
                                    delete message.statusChangedAt;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.enrolledAt = value;
                                else
                                    delete message.enrolledAt;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.protocolVersion = value;
                                else
                                    delete message.protocolVersion;
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.os = value;
                                else
                                    delete message.os;
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.kernel = value;
                                else
                                    delete message.kernel;
                                continue;
                            }
                        case 18: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.arch = value;
                                else
                                    delete message.arch;
                                continue;
                            }
                        case 19: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cpuModel = value;
                                else
                                    delete message.cpuModel;
                                continue;
                            }
                        case 20: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.dockerVersion = value;
                                else
                                    delete message.dockerVersion;
                                continue;
                            }
                        case 21: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cudaVersion = value;
                                else
                                    delete message.cudaVersion;
                                continue;
                            }
                        case 22: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.inventoryErrors && message.inventoryErrors.length))
                                    message.inventoryErrors = [];
                                message.inventoryErrors.push(reader.stringVerify());
                                continue;
                            }
                        case 23: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.disksJson = value;
                                else
                                    delete message.disksJson;
                                continue;
                            }
                        case 24: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.publicAddress = value;
                                else
                                    delete message.publicAddress;
                                continue;
                            }
                        case 25: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionAddress = value;
                                else
                                    delete message.sessionAddress;
                                continue;
                            }
                        case 26: {
                                if (wireType !== 0)
                                    break;
                                message.instanceStorageBytes = reader.uint64();
                                message._instanceStorageBytes = "instanceStorageBytes";
                                continue;
                            }
                        case 27: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.cordoned = value;
                                else
                                    delete message.cordoned;
                                continue;
                            }
                        case 28: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cordonedAt = value;
                                else
                                    delete message.cordonedAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a Host message.
                 * @function verify
                 * @memberof remotegpu.admin.v1.Host
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Host.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId"))
                        if (!$util.isString(message.hostId))
                            return "hostId: string expected";
                    if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                        if (!$util.isString(message.hostname))
                            return "hostname: string expected";
                    if (message.roomName != null && $Object.hasOwnProperty.call(message, "roomName"))
                        if (!$util.isString(message.roomName))
                            return "roomName: string expected";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (!$util.isString(message.status))
                            return "status: string expected";
                    if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion"))
                        if (!$util.isString(message.agentVersion))
                            return "agentVersion: string expected";
                    if (message.lastSeenAt != null && $Object.hasOwnProperty.call(message, "lastSeenAt"))
                        if (!$util.isString(message.lastSeenAt))
                            return "lastSeenAt: string expected";
                    if (message.driverVersion != null && $Object.hasOwnProperty.call(message, "driverVersion"))
                        if (!$util.isString(message.driverVersion))
                            return "driverVersion: string expected";
                    if (message.cpuCount != null && $Object.hasOwnProperty.call(message, "cpuCount"))
                        if (!$util.isInteger(message.cpuCount))
                            return "cpuCount: integer expected";
                    if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes"))
                        if (!$util.isInteger(message.memoryTotalBytes) && !(message.memoryTotalBytes && $util.isInteger(message.memoryTotalBytes.low) && $util.isInteger(message.memoryTotalBytes.high)))
                            return "memoryTotalBytes: integer|Long expected";
                    if (message.gpus != null && $Object.hasOwnProperty.call(message, "gpus")) {
                        if (!$Array.isArray(message.gpus))
                            return "gpus: array expected";
                        for (let i = 0; i < message.gpus.length; ++i) {
                            let error = $root.remotegpu.admin.v1.Gpu.verify(message.gpus[i], _depth + 1);
                            if (error)
                                return "gpus." + error;
                        }
                    }
                    if (message.telemetryJson != null && $Object.hasOwnProperty.call(message, "telemetryJson"))
                        if (!$util.isString(message.telemetryJson))
                            return "telemetryJson: string expected";
                    if (message.revokedAt != null && $Object.hasOwnProperty.call(message, "revokedAt"))
                        if (!$util.isString(message.revokedAt))
                            return "revokedAt: string expected";
                    if (message.statusChangedAt != null && $Object.hasOwnProperty.call(message, "statusChangedAt"))
                        if (!$util.isString(message.statusChangedAt))
                            return "statusChangedAt: string expected";
                    if (message.enrolledAt != null && $Object.hasOwnProperty.call(message, "enrolledAt"))
                        if (!$util.isString(message.enrolledAt))
                            return "enrolledAt: string expected";
                    if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                        if (!$util.isInteger(message.protocolVersion))
                            return "protocolVersion: integer expected";
                    if (message.os != null && $Object.hasOwnProperty.call(message, "os"))
                        if (!$util.isString(message.os))
                            return "os: string expected";
                    if (message.kernel != null && $Object.hasOwnProperty.call(message, "kernel"))
                        if (!$util.isString(message.kernel))
                            return "kernel: string expected";
                    if (message.arch != null && $Object.hasOwnProperty.call(message, "arch"))
                        if (!$util.isString(message.arch))
                            return "arch: string expected";
                    if (message.cpuModel != null && $Object.hasOwnProperty.call(message, "cpuModel"))
                        if (!$util.isString(message.cpuModel))
                            return "cpuModel: string expected";
                    if (message.dockerVersion != null && $Object.hasOwnProperty.call(message, "dockerVersion"))
                        if (!$util.isString(message.dockerVersion))
                            return "dockerVersion: string expected";
                    if (message.cudaVersion != null && $Object.hasOwnProperty.call(message, "cudaVersion"))
                        if (!$util.isString(message.cudaVersion))
                            return "cudaVersion: string expected";
                    if (message.inventoryErrors != null && $Object.hasOwnProperty.call(message, "inventoryErrors")) {
                        if (!$Array.isArray(message.inventoryErrors))
                            return "inventoryErrors: array expected";
                        for (let i = 0; i < message.inventoryErrors.length; ++i)
                            if (!$util.isString(message.inventoryErrors[i]))
                                return "inventoryErrors: string[] expected";
                    }
                    if (message.disksJson != null && $Object.hasOwnProperty.call(message, "disksJson"))
                        if (!$util.isString(message.disksJson))
                            return "disksJson: string expected";
                    if (message.publicAddress != null && $Object.hasOwnProperty.call(message, "publicAddress"))
                        if (!$util.isString(message.publicAddress))
                            return "publicAddress: string expected";
                    if (message.sessionAddress != null && $Object.hasOwnProperty.call(message, "sessionAddress"))
                        if (!$util.isString(message.sessionAddress))
                            return "sessionAddress: string expected";
                    if (message.instanceStorageBytes != null && $Object.hasOwnProperty.call(message, "instanceStorageBytes")) {
                        properties._instanceStorageBytes = 1;
                        if (!$util.isInteger(message.instanceStorageBytes) && !(message.instanceStorageBytes && $util.isInteger(message.instanceStorageBytes.low) && $util.isInteger(message.instanceStorageBytes.high)))
                            return "instanceStorageBytes: integer|Long expected";
                    }
                    if (message.cordoned != null && $Object.hasOwnProperty.call(message, "cordoned"))
                        if (typeof message.cordoned !== "boolean")
                            return "cordoned: boolean expected";
                    if (message.cordonedAt != null && $Object.hasOwnProperty.call(message, "cordonedAt"))
                        if (!$util.isString(message.cordonedAt))
                            return "cordonedAt: string expected";
                    return null;
                };

                /**
                 * Creates a Host message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.admin.v1.Host
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.admin.v1.Host} Host
                 */
                Host.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.admin.v1.Host)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.admin.v1.Host: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.admin.v1.Host();
                    if (object.hostId != null)
                        if (typeof object.hostId !== "string" || object.hostId.length)
                            message.hostId = $String(object.hostId);
                    if (object.hostname != null)
                        if (typeof object.hostname !== "string" || object.hostname.length)
                            message.hostname = $String(object.hostname);
                    if (object.roomName != null)
                        if (typeof object.roomName !== "string" || object.roomName.length)
                            message.roomName = $String(object.roomName);
                    if (object.status != null)
                        if (typeof object.status !== "string" || object.status.length)
                            message.status = $String(object.status);
                    if (object.agentVersion != null)
                        if (typeof object.agentVersion !== "string" || object.agentVersion.length)
                            message.agentVersion = $String(object.agentVersion);
                    if (object.lastSeenAt != null)
                        if (typeof object.lastSeenAt !== "string" || object.lastSeenAt.length)
                            message.lastSeenAt = $String(object.lastSeenAt);
                    if (object.driverVersion != null)
                        if (typeof object.driverVersion !== "string" || object.driverVersion.length)
                            message.driverVersion = $String(object.driverVersion);
                    if (object.cpuCount != null)
                        if ($Number(object.cpuCount) !== 0)
                            message.cpuCount = object.cpuCount >>> 0;
                    if (object.memoryTotalBytes != null)
                        if (typeof object.memoryTotalBytes === "object" ? object.memoryTotalBytes.low || object.memoryTotalBytes.high : $Number(object.memoryTotalBytes) !== 0)
                            if ($util.Long)
                                message.memoryTotalBytes = $util.Long.fromValue(object.memoryTotalBytes, true);
                            else if (typeof object.memoryTotalBytes === "string")
                                message.memoryTotalBytes = $parseInt(object.memoryTotalBytes, 10);
                            else if (typeof object.memoryTotalBytes === "number")
                                message.memoryTotalBytes = object.memoryTotalBytes;
                            else if (typeof object.memoryTotalBytes === "object")
                                message.memoryTotalBytes = new $util.LongBits(object.memoryTotalBytes.low >>> 0, object.memoryTotalBytes.high >>> 0).toNumber(true);
                    if (object.gpus) {
                        if (!$Array.isArray(object.gpus))
                            throw $TypeError(".remotegpu.admin.v1.Host.gpus: array expected");
                        message.gpus = $Array(object.gpus.length);
                        for (let i = 0; i < object.gpus.length; ++i) {
                            if (!$util.isObject(object.gpus[i]))
                                throw $TypeError(".remotegpu.admin.v1.Host.gpus: object expected");
                            message.gpus[i] = $root.remotegpu.admin.v1.Gpu.fromObject(object.gpus[i], _depth + 1);
                        }
                    }
                    if (object.telemetryJson != null)
                        if (typeof object.telemetryJson !== "string" || object.telemetryJson.length)
                            message.telemetryJson = $String(object.telemetryJson);
                    if (object.revokedAt != null)
                        if (typeof object.revokedAt !== "string" || object.revokedAt.length)
                            message.revokedAt = $String(object.revokedAt);
                    if (object.statusChangedAt != null)
                        if (typeof object.statusChangedAt !== "string" || object.statusChangedAt.length)
                            message.statusChangedAt = $String(object.statusChangedAt);
                    if (object.enrolledAt != null)
                        if (typeof object.enrolledAt !== "string" || object.enrolledAt.length)
                            message.enrolledAt = $String(object.enrolledAt);
                    if (object.protocolVersion != null)
                        if ($Number(object.protocolVersion) !== 0)
                            message.protocolVersion = object.protocolVersion >>> 0;
                    if (object.os != null)
                        if (typeof object.os !== "string" || object.os.length)
                            message.os = $String(object.os);
                    if (object.kernel != null)
                        if (typeof object.kernel !== "string" || object.kernel.length)
                            message.kernel = $String(object.kernel);
                    if (object.arch != null)
                        if (typeof object.arch !== "string" || object.arch.length)
                            message.arch = $String(object.arch);
                    if (object.cpuModel != null)
                        if (typeof object.cpuModel !== "string" || object.cpuModel.length)
                            message.cpuModel = $String(object.cpuModel);
                    if (object.dockerVersion != null)
                        if (typeof object.dockerVersion !== "string" || object.dockerVersion.length)
                            message.dockerVersion = $String(object.dockerVersion);
                    if (object.cudaVersion != null)
                        if (typeof object.cudaVersion !== "string" || object.cudaVersion.length)
                            message.cudaVersion = $String(object.cudaVersion);
                    if (object.inventoryErrors) {
                        if (!$Array.isArray(object.inventoryErrors))
                            throw $TypeError(".remotegpu.admin.v1.Host.inventoryErrors: array expected");
                        message.inventoryErrors = $Array(object.inventoryErrors.length);
                        for (let i = 0; i < object.inventoryErrors.length; ++i)
                            message.inventoryErrors[i] = $String(object.inventoryErrors[i]);
                    }
                    if (object.disksJson != null)
                        if (typeof object.disksJson !== "string" || object.disksJson.length)
                            message.disksJson = $String(object.disksJson);
                    if (object.publicAddress != null)
                        if (typeof object.publicAddress !== "string" || object.publicAddress.length)
                            message.publicAddress = $String(object.publicAddress);
                    if (object.sessionAddress != null)
                        if (typeof object.sessionAddress !== "string" || object.sessionAddress.length)
                            message.sessionAddress = $String(object.sessionAddress);
                    if (object.instanceStorageBytes != null)
                        if ($util.Long)
                            message.instanceStorageBytes = $util.Long.fromValue(object.instanceStorageBytes, true);
                        else if (typeof object.instanceStorageBytes === "string")
                            message.instanceStorageBytes = $parseInt(object.instanceStorageBytes, 10);
                        else if (typeof object.instanceStorageBytes === "number")
                            message.instanceStorageBytes = object.instanceStorageBytes;
                        else if (typeof object.instanceStorageBytes === "object")
                            message.instanceStorageBytes = new $util.LongBits(object.instanceStorageBytes.low >>> 0, object.instanceStorageBytes.high >>> 0).toNumber(true);
                    if (object.cordoned != null)
                        if (object.cordoned)
                            message.cordoned = $Boolean(object.cordoned);
                    if (object.cordonedAt != null)
                        if (typeof object.cordonedAt !== "string" || object.cordonedAt.length)
                            message.cordonedAt = $String(object.cordonedAt);
                    return message;
                };

                /**
                 * Creates a plain object from a Host message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.admin.v1.Host
                 * @static
                 * @param {remotegpu.admin.v1.Host} message Host
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Host.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.gpus = [];
                        object.inventoryErrors = [];
                    }
                    if (options.defaults) {
                        object.hostId = "";
                        object.hostname = "";
                        object.roomName = "";
                        object.status = "";
                        object.agentVersion = "";
                        object.lastSeenAt = "";
                        object.driverVersion = "";
                        object.cpuCount = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.memoryTotalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.memoryTotalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.telemetryJson = "";
                        object.revokedAt = "";
                        object.statusChangedAt = "";
                        object.enrolledAt = "";
                        object.protocolVersion = 0;
                        object.os = "";
                        object.kernel = "";
                        object.arch = "";
                        object.cpuModel = "";
                        object.dockerVersion = "";
                        object.cudaVersion = "";
                        object.disksJson = "";
                        object.publicAddress = "";
                        object.sessionAddress = "";
                        object.cordoned = false;
                        object.cordonedAt = "";
                    }
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId"))
                        object.hostId = message.hostId;
                    if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                        object.hostname = message.hostname;
                    if (message.roomName != null && $Object.hasOwnProperty.call(message, "roomName"))
                        object.roomName = message.roomName;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = message.status;
                    if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion"))
                        object.agentVersion = message.agentVersion;
                    if (message.lastSeenAt != null && $Object.hasOwnProperty.call(message, "lastSeenAt"))
                        object.lastSeenAt = message.lastSeenAt;
                    if (message.driverVersion != null && $Object.hasOwnProperty.call(message, "driverVersion"))
                        object.driverVersion = message.driverVersion;
                    if (message.cpuCount != null && $Object.hasOwnProperty.call(message, "cpuCount"))
                        object.cpuCount = message.cpuCount;
                    if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memoryTotalBytes = typeof message.memoryTotalBytes === "number" ? $BigInt(message.memoryTotalBytes) : $util.Long.fromBits(message.memoryTotalBytes.low >>> 0, message.memoryTotalBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.memoryTotalBytes === "number")
                            object.memoryTotalBytes = options.longs === $String ? $String(message.memoryTotalBytes) : message.memoryTotalBytes;
                        else
                            object.memoryTotalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryTotalBytes) : options.longs === $Number ? new $util.LongBits(message.memoryTotalBytes.low >>> 0, message.memoryTotalBytes.high >>> 0).toNumber(true) : message.memoryTotalBytes;
                    if (message.gpus && message.gpus.length) {
                        object.gpus = $Array(message.gpus.length);
                        for (let j = 0; j < message.gpus.length; ++j)
                            object.gpus[j] = $root.remotegpu.admin.v1.Gpu.toObject(message.gpus[j], options, _depth + 1);
                    }
                    if (message.telemetryJson != null && $Object.hasOwnProperty.call(message, "telemetryJson"))
                        object.telemetryJson = message.telemetryJson;
                    if (message.revokedAt != null && $Object.hasOwnProperty.call(message, "revokedAt"))
                        object.revokedAt = message.revokedAt;
                    if (message.statusChangedAt != null && $Object.hasOwnProperty.call(message, "statusChangedAt"))
                        object.statusChangedAt = message.statusChangedAt;
                    if (message.enrolledAt != null && $Object.hasOwnProperty.call(message, "enrolledAt"))
                        object.enrolledAt = message.enrolledAt;
                    if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                        object.protocolVersion = message.protocolVersion;
                    if (message.os != null && $Object.hasOwnProperty.call(message, "os"))
                        object.os = message.os;
                    if (message.kernel != null && $Object.hasOwnProperty.call(message, "kernel"))
                        object.kernel = message.kernel;
                    if (message.arch != null && $Object.hasOwnProperty.call(message, "arch"))
                        object.arch = message.arch;
                    if (message.cpuModel != null && $Object.hasOwnProperty.call(message, "cpuModel"))
                        object.cpuModel = message.cpuModel;
                    if (message.dockerVersion != null && $Object.hasOwnProperty.call(message, "dockerVersion"))
                        object.dockerVersion = message.dockerVersion;
                    if (message.cudaVersion != null && $Object.hasOwnProperty.call(message, "cudaVersion"))
                        object.cudaVersion = message.cudaVersion;
                    if (message.inventoryErrors && message.inventoryErrors.length) {
                        object.inventoryErrors = $Array(message.inventoryErrors.length);
                        for (let j = 0; j < message.inventoryErrors.length; ++j)
                            object.inventoryErrors[j] = message.inventoryErrors[j];
                    }
                    if (message.disksJson != null && $Object.hasOwnProperty.call(message, "disksJson"))
                        object.disksJson = message.disksJson;
                    if (message.publicAddress != null && $Object.hasOwnProperty.call(message, "publicAddress"))
                        object.publicAddress = message.publicAddress;
                    if (message.sessionAddress != null && $Object.hasOwnProperty.call(message, "sessionAddress"))
                        object.sessionAddress = message.sessionAddress;
                    if (message.instanceStorageBytes != null && $Object.hasOwnProperty.call(message, "instanceStorageBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.instanceStorageBytes = typeof message.instanceStorageBytes === "number" ? $BigInt(message.instanceStorageBytes) : $util.Long.fromBits(message.instanceStorageBytes.low >>> 0, message.instanceStorageBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.instanceStorageBytes === "number")
                            object.instanceStorageBytes = options.longs === $String ? $String(message.instanceStorageBytes) : message.instanceStorageBytes;
                        else
                            object.instanceStorageBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.instanceStorageBytes) : options.longs === $Number ? new $util.LongBits(message.instanceStorageBytes.low >>> 0, message.instanceStorageBytes.high >>> 0).toNumber(true) : message.instanceStorageBytes;
                    if (message.cordoned != null && $Object.hasOwnProperty.call(message, "cordoned"))
                        object.cordoned = message.cordoned;
                    if (message.cordonedAt != null && $Object.hasOwnProperty.call(message, "cordonedAt"))
                        object.cordonedAt = message.cordonedAt;
                    return object;
                };

                /**
                 * Converts this Host to JSON.
                 * @function toJSON
                 * @memberof remotegpu.admin.v1.Host
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Host.prototype.toJSON = function() {
                    return Host.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Host
                 * @function getTypeUrl
                 * @memberof remotegpu.admin.v1.Host
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Host.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.admin.v1.Host";
                };

                return Host;
            })();

            v1.Gpu = (function() {

                /**
                 * Properties of a Gpu.
                 * @typedef {Object} remotegpu.admin.v1.Gpu.$Properties
                 * @property {number} [index] Gpu index
                 * @property {string} [uuid] Gpu uuid
                 * @property {string} [name] Gpu name
                 * @property {number|null} [memoryTotalMib] Gpu memoryTotalMib
                 * @property {string} [pciBusId] Gpu pciBusId
                 * @property {string} [migMode] Gpu migMode
                 * @property {string} [telemetryJson] Gpu telemetryJson
                 * @property {string} [serial] Gpu serial
                 * @property {string} [vbiosVersion] Gpu vbiosVersion
                 * @property {string} [computeCap] Gpu computeCap
                 * @property {number|null} [powerLimitMaxW] Gpu powerLimitMaxW
                 * @property {string} [migDevicesJson] Gpu migDevicesJson
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Gpu.
                 * @memberof remotegpu.admin.v1
                 * @interface IGpu
                 * @augments remotegpu.admin.v1.Gpu.$Properties
                 * @deprecated Use remotegpu.admin.v1.Gpu.$Properties instead.
                 */

                /**
                 * Shape of a Gpu.
                 * @typedef {remotegpu.admin.v1.Gpu.$Properties} remotegpu.admin.v1.Gpu.$Shape
                 */

                /**
                 * Constructs a new Gpu.
                 * @memberof remotegpu.admin.v1
                 * @classdesc Represents a Gpu.
                 * @constructor
                 * @param {remotegpu.admin.v1.Gpu.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Gpu = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Gpu index.
                 * @member {number} index
                 * @memberof remotegpu.admin.v1.Gpu
                 * @instance
                 */
                Gpu.prototype.index = 0;

                /**
                 * Gpu uuid.
                 * @member {string} uuid
                 * @memberof remotegpu.admin.v1.Gpu
                 * @instance
                 */
                Gpu.prototype.uuid = "";

                /**
                 * Gpu name.
                 * @member {string} name
                 * @memberof remotegpu.admin.v1.Gpu
                 * @instance
                 */
                Gpu.prototype.name = "";

                /**
                 * Gpu memoryTotalMib.
                 * @member {number|null} memoryTotalMib
                 * @memberof remotegpu.admin.v1.Gpu
                 * @instance
                 */
                Gpu.prototype.memoryTotalMib = null;

                /**
                 * Gpu pciBusId.
                 * @member {string} pciBusId
                 * @memberof remotegpu.admin.v1.Gpu
                 * @instance
                 */
                Gpu.prototype.pciBusId = "";

                /**
                 * Gpu migMode.
                 * @member {string} migMode
                 * @memberof remotegpu.admin.v1.Gpu
                 * @instance
                 */
                Gpu.prototype.migMode = "";

                /**
                 * Gpu telemetryJson.
                 * @member {string} telemetryJson
                 * @memberof remotegpu.admin.v1.Gpu
                 * @instance
                 */
                Gpu.prototype.telemetryJson = "";

                /**
                 * Gpu serial.
                 * @member {string} serial
                 * @memberof remotegpu.admin.v1.Gpu
                 * @instance
                 */
                Gpu.prototype.serial = "";

                /**
                 * Gpu vbiosVersion.
                 * @member {string} vbiosVersion
                 * @memberof remotegpu.admin.v1.Gpu
                 * @instance
                 */
                Gpu.prototype.vbiosVersion = "";

                /**
                 * Gpu computeCap.
                 * @member {string} computeCap
                 * @memberof remotegpu.admin.v1.Gpu
                 * @instance
                 */
                Gpu.prototype.computeCap = "";

                /**
                 * Gpu powerLimitMaxW.
                 * @member {number|null} powerLimitMaxW
                 * @memberof remotegpu.admin.v1.Gpu
                 * @instance
                 */
                Gpu.prototype.powerLimitMaxW = null;

                /**
                 * Gpu migDevicesJson.
                 * @member {string} migDevicesJson
                 * @memberof remotegpu.admin.v1.Gpu
                 * @instance
                 */
                Gpu.prototype.migDevicesJson = "";

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Gpu.prototype, "_memoryTotalMib", {
                    get: $util.oneOfGetter($oneOfFields = ["memoryTotalMib"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Gpu.prototype, "_powerLimitMaxW", {
                    get: $util.oneOfGetter($oneOfFields = ["powerLimitMaxW"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Gpu instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.admin.v1.Gpu
                 * @static
                 * @param {remotegpu.admin.v1.Gpu.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.admin.v1.Gpu} Gpu instance
                 * @type {{
                 *   (properties: remotegpu.admin.v1.Gpu.$Shape): remotegpu.admin.v1.Gpu & remotegpu.admin.v1.Gpu.$Shape;
                 *   (properties?: remotegpu.admin.v1.Gpu.$Properties): remotegpu.admin.v1.Gpu;
                 * }}
                 */
                Gpu.create = function(properties) {
                    return new Gpu(properties);
                };

                /**
                 * Encodes the specified Gpu message. Does not implicitly {@link remotegpu.admin.v1.Gpu.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.admin.v1.Gpu
                 * @static
                 * @param {remotegpu.admin.v1.Gpu.$Properties} message Gpu message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Gpu.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
                    if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid") && message.uuid !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.uuid);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                    if (message.memoryTotalMib != null && $Object.hasOwnProperty.call(message, "memoryTotalMib"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.memoryTotalMib);
                    if (message.pciBusId != null && $Object.hasOwnProperty.call(message, "pciBusId") && message.pciBusId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.pciBusId);
                    if (message.migMode != null && $Object.hasOwnProperty.call(message, "migMode") && message.migMode !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.migMode);
                    if (message.telemetryJson != null && $Object.hasOwnProperty.call(message, "telemetryJson") && message.telemetryJson !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.telemetryJson);
                    if (message.serial != null && $Object.hasOwnProperty.call(message, "serial") && message.serial !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.serial);
                    if (message.vbiosVersion != null && $Object.hasOwnProperty.call(message, "vbiosVersion") && message.vbiosVersion !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.vbiosVersion);
                    if (message.computeCap != null && $Object.hasOwnProperty.call(message, "computeCap") && message.computeCap !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.computeCap);
                    if (message.powerLimitMaxW != null && $Object.hasOwnProperty.call(message, "powerLimitMaxW"))
                        writer.uint32(/* id 11, wireType 1 =*/89).double(message.powerLimitMaxW);
                    if (message.migDevicesJson != null && $Object.hasOwnProperty.call(message, "migDevicesJson") && message.migDevicesJson !== "")
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.migDevicesJson);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Gpu message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.admin.v1.Gpu
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.admin.v1.Gpu & remotegpu.admin.v1.Gpu.$Shape} Gpu
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Gpu.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.admin.v1.Gpu();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.uuid = value;
                                else
                                    delete message.uuid;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.memoryTotalMib = reader.uint64();
                                message._memoryTotalMib = "memoryTotalMib";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.pciBusId = value;
                                else
                                    delete message.pciBusId;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.migMode = value;
                                else
                                    delete message.migMode;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.telemetryJson = value;
                                else
                                    delete message.telemetryJson;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.serial = value;
                                else
                                    delete message.serial;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.vbiosVersion = value;
                                else
                                    delete message.vbiosVersion;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.computeCap = value;
                                else
                                    delete message.computeCap;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 1)
                                    break;
                                message.powerLimitMaxW = reader.double();
                                message._powerLimitMaxW = "powerLimitMaxW";
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.migDevicesJson = value;
                                else
                                    delete message.migDevicesJson;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a Gpu message.
                 * @function verify
                 * @memberof remotegpu.admin.v1.Gpu
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Gpu.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (!$util.isInteger(message.index))
                            return "index: integer expected";
                    if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                        if (!$util.isString(message.uuid))
                            return "uuid: string expected";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.memoryTotalMib != null && $Object.hasOwnProperty.call(message, "memoryTotalMib")) {
                        properties._memoryTotalMib = 1;
                        if (!$util.isInteger(message.memoryTotalMib) && !(message.memoryTotalMib && $util.isInteger(message.memoryTotalMib.low) && $util.isInteger(message.memoryTotalMib.high)))
                            return "memoryTotalMib: integer|Long expected";
                    }
                    if (message.pciBusId != null && $Object.hasOwnProperty.call(message, "pciBusId"))
                        if (!$util.isString(message.pciBusId))
                            return "pciBusId: string expected";
                    if (message.migMode != null && $Object.hasOwnProperty.call(message, "migMode"))
                        if (!$util.isString(message.migMode))
                            return "migMode: string expected";
                    if (message.telemetryJson != null && $Object.hasOwnProperty.call(message, "telemetryJson"))
                        if (!$util.isString(message.telemetryJson))
                            return "telemetryJson: string expected";
                    if (message.serial != null && $Object.hasOwnProperty.call(message, "serial"))
                        if (!$util.isString(message.serial))
                            return "serial: string expected";
                    if (message.vbiosVersion != null && $Object.hasOwnProperty.call(message, "vbiosVersion"))
                        if (!$util.isString(message.vbiosVersion))
                            return "vbiosVersion: string expected";
                    if (message.computeCap != null && $Object.hasOwnProperty.call(message, "computeCap"))
                        if (!$util.isString(message.computeCap))
                            return "computeCap: string expected";
                    if (message.powerLimitMaxW != null && $Object.hasOwnProperty.call(message, "powerLimitMaxW")) {
                        properties._powerLimitMaxW = 1;
                        if (typeof message.powerLimitMaxW !== "number")
                            return "powerLimitMaxW: number expected";
                    }
                    if (message.migDevicesJson != null && $Object.hasOwnProperty.call(message, "migDevicesJson"))
                        if (!$util.isString(message.migDevicesJson))
                            return "migDevicesJson: string expected";
                    return null;
                };

                /**
                 * Creates a Gpu message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.admin.v1.Gpu
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.admin.v1.Gpu} Gpu
                 */
                Gpu.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.admin.v1.Gpu)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.admin.v1.Gpu: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.admin.v1.Gpu();
                    if (object.index != null)
                        if ($Number(object.index) !== 0)
                            message.index = object.index >>> 0;
                    if (object.uuid != null)
                        if (typeof object.uuid !== "string" || object.uuid.length)
                            message.uuid = $String(object.uuid);
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.memoryTotalMib != null)
                        if ($util.Long)
                            message.memoryTotalMib = $util.Long.fromValue(object.memoryTotalMib, true);
                        else if (typeof object.memoryTotalMib === "string")
                            message.memoryTotalMib = $parseInt(object.memoryTotalMib, 10);
                        else if (typeof object.memoryTotalMib === "number")
                            message.memoryTotalMib = object.memoryTotalMib;
                        else if (typeof object.memoryTotalMib === "object")
                            message.memoryTotalMib = new $util.LongBits(object.memoryTotalMib.low >>> 0, object.memoryTotalMib.high >>> 0).toNumber(true);
                    if (object.pciBusId != null)
                        if (typeof object.pciBusId !== "string" || object.pciBusId.length)
                            message.pciBusId = $String(object.pciBusId);
                    if (object.migMode != null)
                        if (typeof object.migMode !== "string" || object.migMode.length)
                            message.migMode = $String(object.migMode);
                    if (object.telemetryJson != null)
                        if (typeof object.telemetryJson !== "string" || object.telemetryJson.length)
                            message.telemetryJson = $String(object.telemetryJson);
                    if (object.serial != null)
                        if (typeof object.serial !== "string" || object.serial.length)
                            message.serial = $String(object.serial);
                    if (object.vbiosVersion != null)
                        if (typeof object.vbiosVersion !== "string" || object.vbiosVersion.length)
                            message.vbiosVersion = $String(object.vbiosVersion);
                    if (object.computeCap != null)
                        if (typeof object.computeCap !== "string" || object.computeCap.length)
                            message.computeCap = $String(object.computeCap);
                    if (object.powerLimitMaxW != null)
                        message.powerLimitMaxW = $Number(object.powerLimitMaxW);
                    if (object.migDevicesJson != null)
                        if (typeof object.migDevicesJson !== "string" || object.migDevicesJson.length)
                            message.migDevicesJson = $String(object.migDevicesJson);
                    return message;
                };

                /**
                 * Creates a plain object from a Gpu message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.admin.v1.Gpu
                 * @static
                 * @param {remotegpu.admin.v1.Gpu} message Gpu
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Gpu.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.index = 0;
                        object.uuid = "";
                        object.name = "";
                        object.pciBusId = "";
                        object.migMode = "";
                        object.telemetryJson = "";
                        object.serial = "";
                        object.vbiosVersion = "";
                        object.computeCap = "";
                        object.migDevicesJson = "";
                    }
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        object.index = message.index;
                    if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                        object.uuid = message.uuid;
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.memoryTotalMib != null && $Object.hasOwnProperty.call(message, "memoryTotalMib"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memoryTotalMib = typeof message.memoryTotalMib === "number" ? $BigInt(message.memoryTotalMib) : $util.Long.fromBits(message.memoryTotalMib.low >>> 0, message.memoryTotalMib.high >>> 0, true).toBigInt();
                        else if (typeof message.memoryTotalMib === "number")
                            object.memoryTotalMib = options.longs === $String ? $String(message.memoryTotalMib) : message.memoryTotalMib;
                        else
                            object.memoryTotalMib = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryTotalMib) : options.longs === $Number ? new $util.LongBits(message.memoryTotalMib.low >>> 0, message.memoryTotalMib.high >>> 0).toNumber(true) : message.memoryTotalMib;
                    if (message.pciBusId != null && $Object.hasOwnProperty.call(message, "pciBusId"))
                        object.pciBusId = message.pciBusId;
                    if (message.migMode != null && $Object.hasOwnProperty.call(message, "migMode"))
                        object.migMode = message.migMode;
                    if (message.telemetryJson != null && $Object.hasOwnProperty.call(message, "telemetryJson"))
                        object.telemetryJson = message.telemetryJson;
                    if (message.serial != null && $Object.hasOwnProperty.call(message, "serial"))
                        object.serial = message.serial;
                    if (message.vbiosVersion != null && $Object.hasOwnProperty.call(message, "vbiosVersion"))
                        object.vbiosVersion = message.vbiosVersion;
                    if (message.computeCap != null && $Object.hasOwnProperty.call(message, "computeCap"))
                        object.computeCap = message.computeCap;
                    if (message.powerLimitMaxW != null && $Object.hasOwnProperty.call(message, "powerLimitMaxW"))
                        object.powerLimitMaxW = options.json && !$isFinite(message.powerLimitMaxW) ? $String(message.powerLimitMaxW) : message.powerLimitMaxW;
                    if (message.migDevicesJson != null && $Object.hasOwnProperty.call(message, "migDevicesJson"))
                        object.migDevicesJson = message.migDevicesJson;
                    return object;
                };

                /**
                 * Converts this Gpu to JSON.
                 * @function toJSON
                 * @memberof remotegpu.admin.v1.Gpu
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Gpu.prototype.toJSON = function() {
                    return Gpu.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Gpu
                 * @function getTypeUrl
                 * @memberof remotegpu.admin.v1.Gpu
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Gpu.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.admin.v1.Gpu";
                };

                return Gpu;
            })();

            return v1;
        })();

        return admin;
    })();

    remotegpu.agent = (function() {

        /**
         * Namespace agent.
         * @memberof remotegpu
         * @namespace
         */
        const agent = {};

        agent.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof remotegpu.agent
             * @namespace
             */
            const v1 = {};

            v1.Envelope = (function() {

                /**
                 * Properties of an Envelope.
                 * @typedef {Object} remotegpu.agent.v1.Envelope.$Properties
                 * @property {number} [seq] Envelope seq
                 * @property {number} [ack] Envelope ack
                 * @property {remotegpu.agent.v1.Hello.$Properties|null} [hello] Envelope hello
                 * @property {remotegpu.agent.v1.Welcome.$Properties|null} [welcome] Envelope welcome
                 * @property {remotegpu.agent.v1.Heartbeat.$Properties|null} [heartbeat] Envelope heartbeat
                 * @property {remotegpu.agent.v1.Telemetry.$Properties|null} [telemetry] Envelope telemetry
                 * @property {remotegpu.agent.v1.Command.$Properties|null} [command] Envelope command
                 * @property {remotegpu.agent.v1.CommandResult.$Properties|null} [commandResult] Envelope commandResult
                 * @property {remotegpu.agent.v1.ContainerStates.$Properties|null} [containerStates] Envelope containerStates
                 * @property {remotegpu.agent.v1.SessionSettings.$Properties|null} [settings] Envelope settings
                 * @property {remotegpu.agent.v1.Inventory.$Properties|null} [inventory] Envelope inventory
                 * @property {"hello"|"welcome"|"heartbeat"|"telemetry"|"command"|"commandResult"|"containerStates"|"settings"|"inventory"} [body] Envelope body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Envelope.
                 * @memberof remotegpu.agent.v1
                 * @interface IEnvelope
                 * @augments remotegpu.agent.v1.Envelope.$Properties
                 * @deprecated Use remotegpu.agent.v1.Envelope.$Properties instead.
                 */

                /**
                 * Narrowed shape of an Envelope.
                 * @typedef {{
                 *   seq?: number;
                 *   ack?: number;
                 *   hello?: remotegpu.agent.v1.Hello.$Shape|null;
                 *   welcome?: remotegpu.agent.v1.Welcome.$Shape|null;
                 *   heartbeat?: remotegpu.agent.v1.Heartbeat.$Shape|null;
                 *   telemetry?: remotegpu.agent.v1.Telemetry.$Shape|null;
                 *   command?: remotegpu.agent.v1.Command.$Shape|null;
                 *   commandResult?: remotegpu.agent.v1.CommandResult.$Shape|null;
                 *   containerStates?: remotegpu.agent.v1.ContainerStates.$Shape|null;
                 *   settings?: remotegpu.agent.v1.SessionSettings.$Shape|null;
                 *   inventory?: remotegpu.agent.v1.Inventory.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; hello?: null; welcome?: null; heartbeat?: null; telemetry?: null; command?: null; commandResult?: null; containerStates?: null; settings?: null; inventory?: null }|{ body?: "hello"; hello: remotegpu.agent.v1.Hello.$Shape; welcome?: null; heartbeat?: null; telemetry?: null; command?: null; commandResult?: null; containerStates?: null; settings?: null; inventory?: null }|{ body?: "welcome"; hello?: null; welcome: remotegpu.agent.v1.Welcome.$Shape; heartbeat?: null; telemetry?: null; command?: null; commandResult?: null; containerStates?: null; settings?: null; inventory?: null }|{ body?: "heartbeat"; hello?: null; welcome?: null; heartbeat: remotegpu.agent.v1.Heartbeat.$Shape; telemetry?: null; command?: null; commandResult?: null; containerStates?: null; settings?: null; inventory?: null }|{ body?: "telemetry"; hello?: null; welcome?: null; heartbeat?: null; telemetry: remotegpu.agent.v1.Telemetry.$Shape; command?: null; commandResult?: null; containerStates?: null; settings?: null; inventory?: null }|{ body?: "command"; hello?: null; welcome?: null; heartbeat?: null; telemetry?: null; command: remotegpu.agent.v1.Command.$Shape; commandResult?: null; containerStates?: null; settings?: null; inventory?: null }|{ body?: "commandResult"; hello?: null; welcome?: null; heartbeat?: null; telemetry?: null; command?: null; commandResult: remotegpu.agent.v1.CommandResult.$Shape; containerStates?: null; settings?: null; inventory?: null }|{ body?: "containerStates"; hello?: null; welcome?: null; heartbeat?: null; telemetry?: null; command?: null; commandResult?: null; containerStates: remotegpu.agent.v1.ContainerStates.$Shape; settings?: null; inventory?: null }|{ body?: "settings"; hello?: null; welcome?: null; heartbeat?: null; telemetry?: null; command?: null; commandResult?: null; containerStates?: null; settings: remotegpu.agent.v1.SessionSettings.$Shape; inventory?: null }|{ body?: "inventory"; hello?: null; welcome?: null; heartbeat?: null; telemetry?: null; command?: null; commandResult?: null; containerStates?: null; settings?: null; inventory: remotegpu.agent.v1.Inventory.$Shape })
                 * )} remotegpu.agent.v1.Envelope.$Shape
                 */

                /**
                 * Constructs a new Envelope.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents an Envelope.
                 * @constructor
                 * @param {remotegpu.agent.v1.Envelope.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Envelope = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Envelope seq.
                 * @member {number} seq
                 * @memberof remotegpu.agent.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Envelope ack.
                 * @member {number} ack
                 * @memberof remotegpu.agent.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.ack = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Envelope hello.
                 * @member {remotegpu.agent.v1.Hello|null} hello
                 * @memberof remotegpu.agent.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.hello = null;

                /**
                 * Envelope welcome.
                 * @member {remotegpu.agent.v1.Welcome|null} welcome
                 * @memberof remotegpu.agent.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.welcome = null;

                /**
                 * Envelope heartbeat.
                 * @member {remotegpu.agent.v1.Heartbeat|null} heartbeat
                 * @memberof remotegpu.agent.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.heartbeat = null;

                /**
                 * Envelope telemetry.
                 * @member {remotegpu.agent.v1.Telemetry|null} telemetry
                 * @memberof remotegpu.agent.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.telemetry = null;

                /**
                 * Envelope command.
                 * @member {remotegpu.agent.v1.Command|null} command
                 * @memberof remotegpu.agent.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.command = null;

                /**
                 * Envelope commandResult.
                 * @member {remotegpu.agent.v1.CommandResult|null} commandResult
                 * @memberof remotegpu.agent.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.commandResult = null;

                /**
                 * Envelope containerStates.
                 * @member {remotegpu.agent.v1.ContainerStates|null} containerStates
                 * @memberof remotegpu.agent.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.containerStates = null;

                /**
                 * Envelope settings.
                 * @member {remotegpu.agent.v1.SessionSettings|null} settings
                 * @memberof remotegpu.agent.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.settings = null;

                /**
                 * Envelope inventory.
                 * @member {remotegpu.agent.v1.Inventory|null} inventory
                 * @memberof remotegpu.agent.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.inventory = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Envelope body.
                 * @member {"hello"|"welcome"|"heartbeat"|"telemetry"|"command"|"commandResult"|"containerStates"|"settings"|"inventory"|undefined} body
                 * @memberof remotegpu.agent.v1.Envelope
                 * @instance
                 */
                $Object.defineProperty(Envelope.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["hello", "welcome", "heartbeat", "telemetry", "command", "commandResult", "containerStates", "settings", "inventory"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Envelope instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.Envelope
                 * @static
                 * @param {remotegpu.agent.v1.Envelope.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.Envelope} Envelope instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.Envelope.$Shape): remotegpu.agent.v1.Envelope & remotegpu.agent.v1.Envelope.$Shape;
                 *   (properties?: remotegpu.agent.v1.Envelope.$Properties): remotegpu.agent.v1.Envelope;
                 * }}
                 */
                Envelope.create = function(properties) {
                    return new Envelope(properties);
                };

                /**
                 * Encodes the specified Envelope message. Does not implicitly {@link remotegpu.agent.v1.Envelope.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.Envelope
                 * @static
                 * @param {remotegpu.agent.v1.Envelope.$Properties} message Envelope message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Envelope.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                    if (message.ack != null && $Object.hasOwnProperty.call(message, "ack") && (typeof message.ack === "object" ? message.ack.low || message.ack.high : message.ack !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ack);
                    if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                        $root.remotegpu.agent.v1.Hello.encode(message.hello, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                        $root.remotegpu.agent.v1.Welcome.encode(message.welcome, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                        $root.remotegpu.agent.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                    if (message.telemetry != null && $Object.hasOwnProperty.call(message, "telemetry"))
                        $root.remotegpu.agent.v1.Telemetry.encode(message.telemetry, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                    if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                        $root.remotegpu.agent.v1.Command.encode(message.command, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                    if (message.commandResult != null && $Object.hasOwnProperty.call(message, "commandResult"))
                        $root.remotegpu.agent.v1.CommandResult.encode(message.commandResult, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                    if (message.containerStates != null && $Object.hasOwnProperty.call(message, "containerStates"))
                        $root.remotegpu.agent.v1.ContainerStates.encode(message.containerStates, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                    if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                        $root.remotegpu.agent.v1.SessionSettings.encode(message.settings, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                    if (message.inventory != null && $Object.hasOwnProperty.call(message, "inventory"))
                        $root.remotegpu.agent.v1.Inventory.encode(message.inventory, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Envelope message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.Envelope
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.Envelope & remotegpu.agent.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Envelope.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.Envelope();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.seq = value;
                                else
                                    delete message.seq;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.ack = value;
                                else
                                    delete message.ack;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.hello = $root.remotegpu.agent.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                                message.body = "hello";
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.welcome = $root.remotegpu.agent.v1.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                                message.body = "welcome";
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                message.heartbeat = $root.remotegpu.agent.v1.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                                message.body = "heartbeat";
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                message.telemetry = $root.remotegpu.agent.v1.Telemetry.decode(reader, reader.size(), $undefined, _depth + 1, message.telemetry);
                                message.body = "telemetry";
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                message.command = $root.remotegpu.agent.v1.Command.decode(reader, reader.size(), $undefined, _depth + 1, message.command);
                                message.body = "command";
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                message.commandResult = $root.remotegpu.agent.v1.CommandResult.decode(reader, reader.size(), $undefined, _depth + 1, message.commandResult);
                                message.body = "commandResult";
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                message.containerStates = $root.remotegpu.agent.v1.ContainerStates.decode(reader, reader.size(), $undefined, _depth + 1, message.containerStates);
                                message.body = "containerStates";
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    break;
                                message.settings = $root.remotegpu.agent.v1.SessionSettings.decode(reader, reader.size(), $undefined, _depth + 1, message.settings);
                                message.body = "settings";
                                continue;
                            }
                        case 18: {
                                if (wireType !== 2)
                                    break;
                                message.inventory = $root.remotegpu.agent.v1.Inventory.decode(reader, reader.size(), $undefined, _depth + 1, message.inventory);
                                message.body = "inventory";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an Envelope message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.Envelope
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Envelope.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                            return "seq: integer|Long expected";
                    if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                        if (!$util.isInteger(message.ack) && !(message.ack && $util.isInteger(message.ack.low) && $util.isInteger(message.ack.high)))
                            return "ack: integer|Long expected";
                    if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                        properties.body = 1;
                        {
                            let error = $root.remotegpu.agent.v1.Hello.verify(message.hello, _depth + 1);
                            if (error)
                                return "hello." + error;
                        }
                    }
                    if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.remotegpu.agent.v1.Welcome.verify(message.welcome, _depth + 1);
                            if (error)
                                return "welcome." + error;
                        }
                    }
                    if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.remotegpu.agent.v1.Heartbeat.verify(message.heartbeat, _depth + 1);
                            if (error)
                                return "heartbeat." + error;
                        }
                    }
                    if (message.telemetry != null && $Object.hasOwnProperty.call(message, "telemetry")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.remotegpu.agent.v1.Telemetry.verify(message.telemetry, _depth + 1);
                            if (error)
                                return "telemetry." + error;
                        }
                    }
                    if (message.command != null && $Object.hasOwnProperty.call(message, "command")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.remotegpu.agent.v1.Command.verify(message.command, _depth + 1);
                            if (error)
                                return "command." + error;
                        }
                    }
                    if (message.commandResult != null && $Object.hasOwnProperty.call(message, "commandResult")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.remotegpu.agent.v1.CommandResult.verify(message.commandResult, _depth + 1);
                            if (error)
                                return "commandResult." + error;
                        }
                    }
                    if (message.containerStates != null && $Object.hasOwnProperty.call(message, "containerStates")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.remotegpu.agent.v1.ContainerStates.verify(message.containerStates, _depth + 1);
                            if (error)
                                return "containerStates." + error;
                        }
                    }
                    if (message.settings != null && $Object.hasOwnProperty.call(message, "settings")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.remotegpu.agent.v1.SessionSettings.verify(message.settings, _depth + 1);
                            if (error)
                                return "settings." + error;
                        }
                    }
                    if (message.inventory != null && $Object.hasOwnProperty.call(message, "inventory")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.remotegpu.agent.v1.Inventory.verify(message.inventory, _depth + 1);
                            if (error)
                                return "inventory." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.Envelope
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.Envelope} Envelope
                 */
                Envelope.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.Envelope)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.Envelope: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.Envelope();
                    if (object.seq != null)
                        if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                            if ($util.Long)
                                message.seq = $util.Long.fromValue(object.seq, true);
                            else if (typeof object.seq === "string")
                                message.seq = $parseInt(object.seq, 10);
                            else if (typeof object.seq === "number")
                                message.seq = object.seq;
                            else if (typeof object.seq === "object")
                                message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                    if (object.ack != null)
                        if (typeof object.ack === "object" ? object.ack.low || object.ack.high : $Number(object.ack) !== 0)
                            if ($util.Long)
                                message.ack = $util.Long.fromValue(object.ack, true);
                            else if (typeof object.ack === "string")
                                message.ack = $parseInt(object.ack, 10);
                            else if (typeof object.ack === "number")
                                message.ack = object.ack;
                            else if (typeof object.ack === "object")
                                message.ack = new $util.LongBits(object.ack.low >>> 0, object.ack.high >>> 0).toNumber(true);
                    if (object.hello != null) {
                        if (!$util.isObject(object.hello))
                            throw $TypeError(".remotegpu.agent.v1.Envelope.hello: object expected");
                        message.hello = $root.remotegpu.agent.v1.Hello.fromObject(object.hello, _depth + 1);
                    }
                    if (object.welcome != null) {
                        if (!$util.isObject(object.welcome))
                            throw $TypeError(".remotegpu.agent.v1.Envelope.welcome: object expected");
                        message.welcome = $root.remotegpu.agent.v1.Welcome.fromObject(object.welcome, _depth + 1);
                    }
                    if (object.heartbeat != null) {
                        if (!$util.isObject(object.heartbeat))
                            throw $TypeError(".remotegpu.agent.v1.Envelope.heartbeat: object expected");
                        message.heartbeat = $root.remotegpu.agent.v1.Heartbeat.fromObject(object.heartbeat, _depth + 1);
                    }
                    if (object.telemetry != null) {
                        if (!$util.isObject(object.telemetry))
                            throw $TypeError(".remotegpu.agent.v1.Envelope.telemetry: object expected");
                        message.telemetry = $root.remotegpu.agent.v1.Telemetry.fromObject(object.telemetry, _depth + 1);
                    }
                    if (object.command != null) {
                        if (!$util.isObject(object.command))
                            throw $TypeError(".remotegpu.agent.v1.Envelope.command: object expected");
                        message.command = $root.remotegpu.agent.v1.Command.fromObject(object.command, _depth + 1);
                    }
                    if (object.commandResult != null) {
                        if (!$util.isObject(object.commandResult))
                            throw $TypeError(".remotegpu.agent.v1.Envelope.commandResult: object expected");
                        message.commandResult = $root.remotegpu.agent.v1.CommandResult.fromObject(object.commandResult, _depth + 1);
                    }
                    if (object.containerStates != null) {
                        if (!$util.isObject(object.containerStates))
                            throw $TypeError(".remotegpu.agent.v1.Envelope.containerStates: object expected");
                        message.containerStates = $root.remotegpu.agent.v1.ContainerStates.fromObject(object.containerStates, _depth + 1);
                    }
                    if (object.settings != null) {
                        if (!$util.isObject(object.settings))
                            throw $TypeError(".remotegpu.agent.v1.Envelope.settings: object expected");
                        message.settings = $root.remotegpu.agent.v1.SessionSettings.fromObject(object.settings, _depth + 1);
                    }
                    if (object.inventory != null) {
                        if (!$util.isObject(object.inventory))
                            throw $TypeError(".remotegpu.agent.v1.Envelope.inventory: object expected");
                        message.inventory = $root.remotegpu.agent.v1.Inventory.fromObject(object.inventory, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an Envelope message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.Envelope
                 * @static
                 * @param {remotegpu.agent.v1.Envelope} message Envelope
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Envelope.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.ack = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.ack = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                        else if (typeof message.seq === "number")
                            object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                        else
                            object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                    if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.ack = typeof message.ack === "number" ? $BigInt(message.ack) : $util.Long.fromBits(message.ack.low >>> 0, message.ack.high >>> 0, true).toBigInt();
                        else if (typeof message.ack === "number")
                            object.ack = options.longs === $String ? $String(message.ack) : message.ack;
                        else
                            object.ack = options.longs === $String ? $util.Long.prototype.toString.call(message.ack) : options.longs === $Number ? new $util.LongBits(message.ack.low >>> 0, message.ack.high >>> 0).toNumber(true) : message.ack;
                    if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                        object.hello = $root.remotegpu.agent.v1.Hello.toObject(message.hello, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "hello";
                    }
                    if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome")) {
                        object.welcome = $root.remotegpu.agent.v1.Welcome.toObject(message.welcome, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "welcome";
                    }
                    if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                        object.heartbeat = $root.remotegpu.agent.v1.Heartbeat.toObject(message.heartbeat, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "heartbeat";
                    }
                    if (message.telemetry != null && $Object.hasOwnProperty.call(message, "telemetry")) {
                        object.telemetry = $root.remotegpu.agent.v1.Telemetry.toObject(message.telemetry, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "telemetry";
                    }
                    if (message.command != null && $Object.hasOwnProperty.call(message, "command")) {
                        object.command = $root.remotegpu.agent.v1.Command.toObject(message.command, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "command";
                    }
                    if (message.commandResult != null && $Object.hasOwnProperty.call(message, "commandResult")) {
                        object.commandResult = $root.remotegpu.agent.v1.CommandResult.toObject(message.commandResult, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "commandResult";
                    }
                    if (message.containerStates != null && $Object.hasOwnProperty.call(message, "containerStates")) {
                        object.containerStates = $root.remotegpu.agent.v1.ContainerStates.toObject(message.containerStates, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "containerStates";
                    }
                    if (message.settings != null && $Object.hasOwnProperty.call(message, "settings")) {
                        object.settings = $root.remotegpu.agent.v1.SessionSettings.toObject(message.settings, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "settings";
                    }
                    if (message.inventory != null && $Object.hasOwnProperty.call(message, "inventory")) {
                        object.inventory = $root.remotegpu.agent.v1.Inventory.toObject(message.inventory, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "inventory";
                    }
                    return object;
                };

                /**
                 * Converts this Envelope to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.Envelope
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Envelope.prototype.toJSON = function() {
                    return Envelope.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Envelope
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.Envelope
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Envelope.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.Envelope";
                };

                return Envelope;
            })();

            v1.Hello = (function() {

                /**
                 * Properties of a Hello.
                 * @typedef {Object} remotegpu.agent.v1.Hello.$Properties
                 * @property {number} [protocolVersion] Hello protocolVersion
                 * @property {string} [agentVersion] Hello agentVersion
                 * @property {remotegpu.agent.v1.HostCredential.$Properties|null} [credential] Hello credential
                 * @property {remotegpu.agent.v1.Enrollment.$Properties|null} [enrollment] Hello enrollment
                 * @property {remotegpu.agent.v1.Inventory.$Properties} [inventory] Hello inventory
                 * @property {Array.<remotegpu.agent.v1.ContainerState.$Properties>} [containers] Hello containers
                 * @property {boolean} [containersUnknown] Hello containersUnknown
                 * @property {"credential"|"enrollment"} [auth] Hello auth
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Hello.
                 * @memberof remotegpu.agent.v1
                 * @interface IHello
                 * @augments remotegpu.agent.v1.Hello.$Properties
                 * @deprecated Use remotegpu.agent.v1.Hello.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Hello.
                 * @typedef {{
                 *   protocolVersion?: number;
                 *   agentVersion?: string;
                 *   credential?: remotegpu.agent.v1.HostCredential.$Shape|null;
                 *   enrollment?: remotegpu.agent.v1.Enrollment.$Shape|null;
                 *   inventory?: remotegpu.agent.v1.Inventory.$Shape;
                 *   containers?: Array.<remotegpu.agent.v1.ContainerState.$Shape>;
                 *   containersUnknown?: boolean;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ auth?: undefined; credential?: null; enrollment?: null }|{ auth?: "credential"; credential: remotegpu.agent.v1.HostCredential.$Shape; enrollment?: null }|{ auth?: "enrollment"; credential?: null; enrollment: remotegpu.agent.v1.Enrollment.$Shape })
                 * )} remotegpu.agent.v1.Hello.$Shape
                 */

                /**
                 * Constructs a new Hello.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a Hello.
                 * @constructor
                 * @param {remotegpu.agent.v1.Hello.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Hello = function (properties) {
                    this.containers = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Hello protocolVersion.
                 * @member {number} protocolVersion
                 * @memberof remotegpu.agent.v1.Hello
                 * @instance
                 */
                Hello.prototype.protocolVersion = 0;

                /**
                 * Hello agentVersion.
                 * @member {string} agentVersion
                 * @memberof remotegpu.agent.v1.Hello
                 * @instance
                 */
                Hello.prototype.agentVersion = "";

                /**
                 * Hello credential.
                 * @member {remotegpu.agent.v1.HostCredential|null} credential
                 * @memberof remotegpu.agent.v1.Hello
                 * @instance
                 */
                Hello.prototype.credential = null;

                /**
                 * Hello enrollment.
                 * @member {remotegpu.agent.v1.Enrollment|null} enrollment
                 * @memberof remotegpu.agent.v1.Hello
                 * @instance
                 */
                Hello.prototype.enrollment = null;

                /**
                 * Hello inventory.
                 * @member {remotegpu.agent.v1.Inventory} inventory
                 * @memberof remotegpu.agent.v1.Hello
                 * @instance
                 */
                Hello.prototype.inventory = null;

                /**
                 * Hello containers.
                 * @member {Array.<remotegpu.agent.v1.ContainerState>} containers
                 * @memberof remotegpu.agent.v1.Hello
                 * @instance
                 */
                Hello.prototype.containers = $util.emptyArray;

                /**
                 * Hello containersUnknown.
                 * @member {boolean} containersUnknown
                 * @memberof remotegpu.agent.v1.Hello
                 * @instance
                 */
                Hello.prototype.containersUnknown = false;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Hello auth.
                 * @member {"credential"|"enrollment"|undefined} auth
                 * @memberof remotegpu.agent.v1.Hello
                 * @instance
                 */
                $Object.defineProperty(Hello.prototype, "auth", {
                    get: $util.oneOfGetter($oneOfFields = ["credential", "enrollment"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Hello instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.Hello
                 * @static
                 * @param {remotegpu.agent.v1.Hello.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.Hello} Hello instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.Hello.$Shape): remotegpu.agent.v1.Hello & remotegpu.agent.v1.Hello.$Shape;
                 *   (properties?: remotegpu.agent.v1.Hello.$Properties): remotegpu.agent.v1.Hello;
                 * }}
                 */
                Hello.create = function(properties) {
                    return new Hello(properties);
                };

                /**
                 * Encodes the specified Hello message. Does not implicitly {@link remotegpu.agent.v1.Hello.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.Hello
                 * @static
                 * @param {remotegpu.agent.v1.Hello.$Properties} message Hello message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Hello.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                    if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion") && message.agentVersion !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.agentVersion);
                    if (message.credential != null && $Object.hasOwnProperty.call(message, "credential"))
                        $root.remotegpu.agent.v1.HostCredential.encode(message.credential, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.enrollment != null && $Object.hasOwnProperty.call(message, "enrollment"))
                        $root.remotegpu.agent.v1.Enrollment.encode(message.enrollment, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.inventory != null && $Object.hasOwnProperty.call(message, "inventory"))
                        $root.remotegpu.agent.v1.Inventory.encode(message.inventory, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.containers != null && message.containers.length)
                        for (let i = 0; i < message.containers.length; ++i)
                            $root.remotegpu.agent.v1.ContainerState.encode(message.containers[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.containersUnknown != null && $Object.hasOwnProperty.call(message, "containersUnknown") && message.containersUnknown !== false)
                        writer.uint32(/* id 7, wireType 0 =*/56).bool(message.containersUnknown);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Hello message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.Hello
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.Hello & remotegpu.agent.v1.Hello.$Shape} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Hello.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.Hello();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.protocolVersion = value;
                                else
                                    delete message.protocolVersion;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.agentVersion = value;
                                else
                                    delete message.agentVersion;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.credential = $root.remotegpu.agent.v1.HostCredential.decode(reader, reader.size(), $undefined, _depth + 1, message.credential);
                                message.auth = "credential";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.enrollment = $root.remotegpu.agent.v1.Enrollment.decode(reader, reader.size(), $undefined, _depth + 1, message.enrollment);
                                message.auth = "enrollment";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.inventory = $root.remotegpu.agent.v1.Inventory.decode(reader, reader.size(), $undefined, _depth + 1, message.inventory);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.containers && message.containers.length))
                                    message.containers = [];
                                message.containers.push($root.remotegpu.agent.v1.ContainerState.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.containersUnknown = value;
                                else
                                    delete message.containersUnknown;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a Hello message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.Hello
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Hello.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                        if (!$util.isInteger(message.protocolVersion))
                            return "protocolVersion: integer expected";
                    if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion"))
                        if (!$util.isString(message.agentVersion))
                            return "agentVersion: string expected";
                    if (message.credential != null && $Object.hasOwnProperty.call(message, "credential")) {
                        properties.auth = 1;
                        {
                            let error = $root.remotegpu.agent.v1.HostCredential.verify(message.credential, _depth + 1);
                            if (error)
                                return "credential." + error;
                        }
                    }
                    if (message.enrollment != null && $Object.hasOwnProperty.call(message, "enrollment")) {
                        if (properties.auth === 1)
                            return "auth: multiple values";
                        properties.auth = 1;
                        {
                            let error = $root.remotegpu.agent.v1.Enrollment.verify(message.enrollment, _depth + 1);
                            if (error)
                                return "enrollment." + error;
                        }
                    }
                    if (message.inventory != null && $Object.hasOwnProperty.call(message, "inventory")) {
                        let error = $root.remotegpu.agent.v1.Inventory.verify(message.inventory, _depth + 1);
                        if (error)
                            return "inventory." + error;
                    }
                    if (message.containers != null && $Object.hasOwnProperty.call(message, "containers")) {
                        if (!$Array.isArray(message.containers))
                            return "containers: array expected";
                        for (let i = 0; i < message.containers.length; ++i) {
                            let error = $root.remotegpu.agent.v1.ContainerState.verify(message.containers[i], _depth + 1);
                            if (error)
                                return "containers." + error;
                        }
                    }
                    if (message.containersUnknown != null && $Object.hasOwnProperty.call(message, "containersUnknown"))
                        if (typeof message.containersUnknown !== "boolean")
                            return "containersUnknown: boolean expected";
                    return null;
                };

                /**
                 * Creates a Hello message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.Hello
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.Hello} Hello
                 */
                Hello.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.Hello)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.Hello: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.Hello();
                    if (object.protocolVersion != null)
                        if ($Number(object.protocolVersion) !== 0)
                            message.protocolVersion = object.protocolVersion >>> 0;
                    if (object.agentVersion != null)
                        if (typeof object.agentVersion !== "string" || object.agentVersion.length)
                            message.agentVersion = $String(object.agentVersion);
                    if (object.credential != null) {
                        if (!$util.isObject(object.credential))
                            throw $TypeError(".remotegpu.agent.v1.Hello.credential: object expected");
                        message.credential = $root.remotegpu.agent.v1.HostCredential.fromObject(object.credential, _depth + 1);
                    }
                    if (object.enrollment != null) {
                        if (!$util.isObject(object.enrollment))
                            throw $TypeError(".remotegpu.agent.v1.Hello.enrollment: object expected");
                        message.enrollment = $root.remotegpu.agent.v1.Enrollment.fromObject(object.enrollment, _depth + 1);
                    }
                    if (object.inventory != null) {
                        if (!$util.isObject(object.inventory))
                            throw $TypeError(".remotegpu.agent.v1.Hello.inventory: object expected");
                        message.inventory = $root.remotegpu.agent.v1.Inventory.fromObject(object.inventory, _depth + 1);
                    }
                    if (object.containers) {
                        if (!$Array.isArray(object.containers))
                            throw $TypeError(".remotegpu.agent.v1.Hello.containers: array expected");
                        message.containers = $Array(object.containers.length);
                        for (let i = 0; i < object.containers.length; ++i) {
                            if (!$util.isObject(object.containers[i]))
                                throw $TypeError(".remotegpu.agent.v1.Hello.containers: object expected");
                            message.containers[i] = $root.remotegpu.agent.v1.ContainerState.fromObject(object.containers[i], _depth + 1);
                        }
                    }
                    if (object.containersUnknown != null)
                        if (object.containersUnknown)
                            message.containersUnknown = $Boolean(object.containersUnknown);
                    return message;
                };

                /**
                 * Creates a plain object from a Hello message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.Hello
                 * @static
                 * @param {remotegpu.agent.v1.Hello} message Hello
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Hello.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.containers = [];
                    if (options.defaults) {
                        object.protocolVersion = 0;
                        object.agentVersion = "";
                        object.inventory = null;
                        object.containersUnknown = false;
                    }
                    if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                        object.protocolVersion = message.protocolVersion;
                    if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion"))
                        object.agentVersion = message.agentVersion;
                    if (message.credential != null && $Object.hasOwnProperty.call(message, "credential")) {
                        object.credential = $root.remotegpu.agent.v1.HostCredential.toObject(message.credential, options, _depth + 1);
                        if (options.oneofs)
                            object.auth = "credential";
                    }
                    if (message.enrollment != null && $Object.hasOwnProperty.call(message, "enrollment")) {
                        object.enrollment = $root.remotegpu.agent.v1.Enrollment.toObject(message.enrollment, options, _depth + 1);
                        if (options.oneofs)
                            object.auth = "enrollment";
                    }
                    if (message.inventory != null && $Object.hasOwnProperty.call(message, "inventory"))
                        object.inventory = $root.remotegpu.agent.v1.Inventory.toObject(message.inventory, options, _depth + 1);
                    if (message.containers && message.containers.length) {
                        object.containers = $Array(message.containers.length);
                        for (let j = 0; j < message.containers.length; ++j)
                            object.containers[j] = $root.remotegpu.agent.v1.ContainerState.toObject(message.containers[j], options, _depth + 1);
                    }
                    if (message.containersUnknown != null && $Object.hasOwnProperty.call(message, "containersUnknown"))
                        object.containersUnknown = message.containersUnknown;
                    return object;
                };

                /**
                 * Converts this Hello to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.Hello
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Hello.prototype.toJSON = function() {
                    return Hello.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Hello
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.Hello
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Hello.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.Hello";
                };

                return Hello;
            })();

            v1.HostCredential = (function() {

                /**
                 * Properties of a HostCredential.
                 * @typedef {Object} remotegpu.agent.v1.HostCredential.$Properties
                 * @property {string} [hostId] HostCredential hostId
                 * @property {string} [secret] HostCredential secret
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HostCredential.
                 * @memberof remotegpu.agent.v1
                 * @interface IHostCredential
                 * @augments remotegpu.agent.v1.HostCredential.$Properties
                 * @deprecated Use remotegpu.agent.v1.HostCredential.$Properties instead.
                 */

                /**
                 * Shape of a HostCredential.
                 * @typedef {remotegpu.agent.v1.HostCredential.$Properties} remotegpu.agent.v1.HostCredential.$Shape
                 */

                /**
                 * Constructs a new HostCredential.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a HostCredential.
                 * @constructor
                 * @param {remotegpu.agent.v1.HostCredential.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HostCredential = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HostCredential hostId.
                 * @member {string} hostId
                 * @memberof remotegpu.agent.v1.HostCredential
                 * @instance
                 */
                HostCredential.prototype.hostId = "";

                /**
                 * HostCredential secret.
                 * @member {string} secret
                 * @memberof remotegpu.agent.v1.HostCredential
                 * @instance
                 */
                HostCredential.prototype.secret = "";

                /**
                 * Creates a new HostCredential instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.HostCredential
                 * @static
                 * @param {remotegpu.agent.v1.HostCredential.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.HostCredential} HostCredential instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.HostCredential.$Shape): remotegpu.agent.v1.HostCredential & remotegpu.agent.v1.HostCredential.$Shape;
                 *   (properties?: remotegpu.agent.v1.HostCredential.$Properties): remotegpu.agent.v1.HostCredential;
                 * }}
                 */
                HostCredential.create = function(properties) {
                    return new HostCredential(properties);
                };

                /**
                 * Encodes the specified HostCredential message. Does not implicitly {@link remotegpu.agent.v1.HostCredential.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.HostCredential
                 * @static
                 * @param {remotegpu.agent.v1.HostCredential.$Properties} message HostCredential message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HostCredential.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId") && message.hostId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostId);
                    if (message.secret != null && $Object.hasOwnProperty.call(message, "secret") && message.secret !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.secret);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HostCredential message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.HostCredential
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.HostCredential & remotegpu.agent.v1.HostCredential.$Shape} HostCredential
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HostCredential.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.HostCredential();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.hostId = value;
                                else
                                    delete message.hostId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.secret = value;
                                else
                                    delete message.secret;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a HostCredential message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.HostCredential
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                HostCredential.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId"))
                        if (!$util.isString(message.hostId))
                            return "hostId: string expected";
                    if (message.secret != null && $Object.hasOwnProperty.call(message, "secret"))
                        if (!$util.isString(message.secret))
                            return "secret: string expected";
                    return null;
                };

                /**
                 * Creates a HostCredential message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.HostCredential
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.HostCredential} HostCredential
                 */
                HostCredential.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.HostCredential)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.HostCredential: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.HostCredential();
                    if (object.hostId != null)
                        if (typeof object.hostId !== "string" || object.hostId.length)
                            message.hostId = $String(object.hostId);
                    if (object.secret != null)
                        if (typeof object.secret !== "string" || object.secret.length)
                            message.secret = $String(object.secret);
                    return message;
                };

                /**
                 * Creates a plain object from a HostCredential message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.HostCredential
                 * @static
                 * @param {remotegpu.agent.v1.HostCredential} message HostCredential
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                HostCredential.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.hostId = "";
                        object.secret = "";
                    }
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId"))
                        object.hostId = message.hostId;
                    if (message.secret != null && $Object.hasOwnProperty.call(message, "secret"))
                        object.secret = message.secret;
                    return object;
                };

                /**
                 * Converts this HostCredential to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.HostCredential
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                HostCredential.prototype.toJSON = function() {
                    return HostCredential.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for HostCredential
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.HostCredential
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HostCredential.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.HostCredential";
                };

                return HostCredential;
            })();

            v1.Enrollment = (function() {

                /**
                 * Properties of an Enrollment.
                 * @typedef {Object} remotegpu.agent.v1.Enrollment.$Properties
                 * @property {string} [joinToken] Enrollment joinToken
                 * @property {string} [hostSecret] Enrollment hostSecret
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Enrollment.
                 * @memberof remotegpu.agent.v1
                 * @interface IEnrollment
                 * @augments remotegpu.agent.v1.Enrollment.$Properties
                 * @deprecated Use remotegpu.agent.v1.Enrollment.$Properties instead.
                 */

                /**
                 * Shape of an Enrollment.
                 * @typedef {remotegpu.agent.v1.Enrollment.$Properties} remotegpu.agent.v1.Enrollment.$Shape
                 */

                /**
                 * Constructs a new Enrollment.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents an Enrollment.
                 * @constructor
                 * @param {remotegpu.agent.v1.Enrollment.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Enrollment = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Enrollment joinToken.
                 * @member {string} joinToken
                 * @memberof remotegpu.agent.v1.Enrollment
                 * @instance
                 */
                Enrollment.prototype.joinToken = "";

                /**
                 * Enrollment hostSecret.
                 * @member {string} hostSecret
                 * @memberof remotegpu.agent.v1.Enrollment
                 * @instance
                 */
                Enrollment.prototype.hostSecret = "";

                /**
                 * Creates a new Enrollment instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.Enrollment
                 * @static
                 * @param {remotegpu.agent.v1.Enrollment.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.Enrollment} Enrollment instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.Enrollment.$Shape): remotegpu.agent.v1.Enrollment & remotegpu.agent.v1.Enrollment.$Shape;
                 *   (properties?: remotegpu.agent.v1.Enrollment.$Properties): remotegpu.agent.v1.Enrollment;
                 * }}
                 */
                Enrollment.create = function(properties) {
                    return new Enrollment(properties);
                };

                /**
                 * Encodes the specified Enrollment message. Does not implicitly {@link remotegpu.agent.v1.Enrollment.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.Enrollment
                 * @static
                 * @param {remotegpu.agent.v1.Enrollment.$Properties} message Enrollment message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Enrollment.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.joinToken != null && $Object.hasOwnProperty.call(message, "joinToken") && message.joinToken !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.joinToken);
                    if (message.hostSecret != null && $Object.hasOwnProperty.call(message, "hostSecret") && message.hostSecret !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.hostSecret);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Enrollment message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.Enrollment
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.Enrollment & remotegpu.agent.v1.Enrollment.$Shape} Enrollment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Enrollment.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.Enrollment();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.joinToken = value;
                                else
                                    delete message.joinToken;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.hostSecret = value;
                                else
                                    delete message.hostSecret;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an Enrollment message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.Enrollment
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Enrollment.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.joinToken != null && $Object.hasOwnProperty.call(message, "joinToken"))
                        if (!$util.isString(message.joinToken))
                            return "joinToken: string expected";
                    if (message.hostSecret != null && $Object.hasOwnProperty.call(message, "hostSecret"))
                        if (!$util.isString(message.hostSecret))
                            return "hostSecret: string expected";
                    return null;
                };

                /**
                 * Creates an Enrollment message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.Enrollment
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.Enrollment} Enrollment
                 */
                Enrollment.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.Enrollment)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.Enrollment: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.Enrollment();
                    if (object.joinToken != null)
                        if (typeof object.joinToken !== "string" || object.joinToken.length)
                            message.joinToken = $String(object.joinToken);
                    if (object.hostSecret != null)
                        if (typeof object.hostSecret !== "string" || object.hostSecret.length)
                            message.hostSecret = $String(object.hostSecret);
                    return message;
                };

                /**
                 * Creates a plain object from an Enrollment message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.Enrollment
                 * @static
                 * @param {remotegpu.agent.v1.Enrollment} message Enrollment
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Enrollment.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.joinToken = "";
                        object.hostSecret = "";
                    }
                    if (message.joinToken != null && $Object.hasOwnProperty.call(message, "joinToken"))
                        object.joinToken = message.joinToken;
                    if (message.hostSecret != null && $Object.hasOwnProperty.call(message, "hostSecret"))
                        object.hostSecret = message.hostSecret;
                    return object;
                };

                /**
                 * Converts this Enrollment to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.Enrollment
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Enrollment.prototype.toJSON = function() {
                    return Enrollment.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Enrollment
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.Enrollment
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Enrollment.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.Enrollment";
                };

                return Enrollment;
            })();

            v1.Welcome = (function() {

                /**
                 * Properties of a Welcome.
                 * @typedef {Object} remotegpu.agent.v1.Welcome.$Properties
                 * @property {string} [hostId] Welcome hostId
                 * @property {number} [protocolVersion] Welcome protocolVersion
                 * @property {number} [serverTimeMs] Welcome serverTimeMs
                 * @property {remotegpu.agent.v1.SessionSettings.$Properties} [settings] Welcome settings
                 * @property {string} [roomName] Welcome roomName
                 * @property {boolean} [enrolled] Welcome enrolled
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Welcome.
                 * @memberof remotegpu.agent.v1
                 * @interface IWelcome
                 * @augments remotegpu.agent.v1.Welcome.$Properties
                 * @deprecated Use remotegpu.agent.v1.Welcome.$Properties instead.
                 */

                /**
                 * Shape of a Welcome.
                 * @typedef {remotegpu.agent.v1.Welcome.$Properties} remotegpu.agent.v1.Welcome.$Shape
                 */

                /**
                 * Constructs a new Welcome.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a Welcome.
                 * @constructor
                 * @param {remotegpu.agent.v1.Welcome.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Welcome = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Welcome hostId.
                 * @member {string} hostId
                 * @memberof remotegpu.agent.v1.Welcome
                 * @instance
                 */
                Welcome.prototype.hostId = "";

                /**
                 * Welcome protocolVersion.
                 * @member {number} protocolVersion
                 * @memberof remotegpu.agent.v1.Welcome
                 * @instance
                 */
                Welcome.prototype.protocolVersion = 0;

                /**
                 * Welcome serverTimeMs.
                 * @member {number} serverTimeMs
                 * @memberof remotegpu.agent.v1.Welcome
                 * @instance
                 */
                Welcome.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Welcome settings.
                 * @member {remotegpu.agent.v1.SessionSettings} settings
                 * @memberof remotegpu.agent.v1.Welcome
                 * @instance
                 */
                Welcome.prototype.settings = null;

                /**
                 * Welcome roomName.
                 * @member {string} roomName
                 * @memberof remotegpu.agent.v1.Welcome
                 * @instance
                 */
                Welcome.prototype.roomName = "";

                /**
                 * Welcome enrolled.
                 * @member {boolean} enrolled
                 * @memberof remotegpu.agent.v1.Welcome
                 * @instance
                 */
                Welcome.prototype.enrolled = false;

                /**
                 * Creates a new Welcome instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.Welcome
                 * @static
                 * @param {remotegpu.agent.v1.Welcome.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.Welcome} Welcome instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.Welcome.$Shape): remotegpu.agent.v1.Welcome & remotegpu.agent.v1.Welcome.$Shape;
                 *   (properties?: remotegpu.agent.v1.Welcome.$Properties): remotegpu.agent.v1.Welcome;
                 * }}
                 */
                Welcome.create = function(properties) {
                    return new Welcome(properties);
                };

                /**
                 * Encodes the specified Welcome message. Does not implicitly {@link remotegpu.agent.v1.Welcome.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.Welcome
                 * @static
                 * @param {remotegpu.agent.v1.Welcome.$Properties} message Welcome message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Welcome.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId") && message.hostId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostId);
                    if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.protocolVersion);
                    if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs") && (typeof message.serverTimeMs === "object" ? message.serverTimeMs.low || message.serverTimeMs.high : message.serverTimeMs !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.serverTimeMs);
                    if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                        $root.remotegpu.agent.v1.SessionSettings.encode(message.settings, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.roomName != null && $Object.hasOwnProperty.call(message, "roomName") && message.roomName !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.roomName);
                    if (message.enrolled != null && $Object.hasOwnProperty.call(message, "enrolled") && message.enrolled !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.enrolled);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Welcome message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.Welcome
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.Welcome & remotegpu.agent.v1.Welcome.$Shape} Welcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Welcome.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.Welcome();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.hostId = value;
                                else
                                    delete message.hostId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.protocolVersion = value;
                                else
                                    delete message.protocolVersion;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.serverTimeMs = value;
                                else
                                    delete message.serverTimeMs;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.settings = $root.remotegpu.agent.v1.SessionSettings.decode(reader, reader.size(), $undefined, _depth + 1, message.settings);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.roomName = value;
                                else
                                    delete message.roomName;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.enrolled = value;
                                else
                                    delete message.enrolled;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a Welcome message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.Welcome
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Welcome.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId"))
                        if (!$util.isString(message.hostId))
                            return "hostId: string expected";
                    if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                        if (!$util.isInteger(message.protocolVersion))
                            return "protocolVersion: integer expected";
                    if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs"))
                        if (!$util.isInteger(message.serverTimeMs) && !(message.serverTimeMs && $util.isInteger(message.serverTimeMs.low) && $util.isInteger(message.serverTimeMs.high)))
                            return "serverTimeMs: integer|Long expected";
                    if (message.settings != null && $Object.hasOwnProperty.call(message, "settings")) {
                        let error = $root.remotegpu.agent.v1.SessionSettings.verify(message.settings, _depth + 1);
                        if (error)
                            return "settings." + error;
                    }
                    if (message.roomName != null && $Object.hasOwnProperty.call(message, "roomName"))
                        if (!$util.isString(message.roomName))
                            return "roomName: string expected";
                    if (message.enrolled != null && $Object.hasOwnProperty.call(message, "enrolled"))
                        if (typeof message.enrolled !== "boolean")
                            return "enrolled: boolean expected";
                    return null;
                };

                /**
                 * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.Welcome
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.Welcome} Welcome
                 */
                Welcome.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.Welcome)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.Welcome: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.Welcome();
                    if (object.hostId != null)
                        if (typeof object.hostId !== "string" || object.hostId.length)
                            message.hostId = $String(object.hostId);
                    if (object.protocolVersion != null)
                        if ($Number(object.protocolVersion) !== 0)
                            message.protocolVersion = object.protocolVersion >>> 0;
                    if (object.serverTimeMs != null)
                        if (typeof object.serverTimeMs === "object" ? object.serverTimeMs.low || object.serverTimeMs.high : $Number(object.serverTimeMs) !== 0)
                            if ($util.Long)
                                message.serverTimeMs = $util.Long.fromValue(object.serverTimeMs, false);
                            else if (typeof object.serverTimeMs === "string")
                                message.serverTimeMs = $parseInt(object.serverTimeMs, 10);
                            else if (typeof object.serverTimeMs === "number")
                                message.serverTimeMs = object.serverTimeMs;
                            else if (typeof object.serverTimeMs === "object")
                                message.serverTimeMs = new $util.LongBits(object.serverTimeMs.low >>> 0, object.serverTimeMs.high >>> 0).toNumber();
                    if (object.settings != null) {
                        if (!$util.isObject(object.settings))
                            throw $TypeError(".remotegpu.agent.v1.Welcome.settings: object expected");
                        message.settings = $root.remotegpu.agent.v1.SessionSettings.fromObject(object.settings, _depth + 1);
                    }
                    if (object.roomName != null)
                        if (typeof object.roomName !== "string" || object.roomName.length)
                            message.roomName = $String(object.roomName);
                    if (object.enrolled != null)
                        if (object.enrolled)
                            message.enrolled = $Boolean(object.enrolled);
                    return message;
                };

                /**
                 * Creates a plain object from a Welcome message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.Welcome
                 * @static
                 * @param {remotegpu.agent.v1.Welcome} message Welcome
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Welcome.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.hostId = "";
                        object.protocolVersion = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.serverTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.serverTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.settings = null;
                        object.roomName = "";
                        object.enrolled = false;
                    }
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId"))
                        object.hostId = message.hostId;
                    if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                        object.protocolVersion = message.protocolVersion;
                    if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.serverTimeMs = typeof message.serverTimeMs === "number" ? $BigInt(message.serverTimeMs) : $util.Long.fromBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0, false).toBigInt();
                        else if (typeof message.serverTimeMs === "number")
                            object.serverTimeMs = options.longs === $String ? $String(message.serverTimeMs) : message.serverTimeMs;
                        else
                            object.serverTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.serverTimeMs) : options.longs === $Number ? new $util.LongBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0).toNumber() : message.serverTimeMs;
                    if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                        object.settings = $root.remotegpu.agent.v1.SessionSettings.toObject(message.settings, options, _depth + 1);
                    if (message.roomName != null && $Object.hasOwnProperty.call(message, "roomName"))
                        object.roomName = message.roomName;
                    if (message.enrolled != null && $Object.hasOwnProperty.call(message, "enrolled"))
                        object.enrolled = message.enrolled;
                    return object;
                };

                /**
                 * Converts this Welcome to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.Welcome
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Welcome.prototype.toJSON = function() {
                    return Welcome.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Welcome
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.Welcome
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Welcome.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.Welcome";
                };

                return Welcome;
            })();

            v1.SessionSettings = (function() {

                /**
                 * Properties of a SessionSettings.
                 * @typedef {Object} remotegpu.agent.v1.SessionSettings.$Properties
                 * @property {number} [heartbeatIntervalMs] SessionSettings heartbeatIntervalMs
                 * @property {number} [telemetryIntervalMs] SessionSettings telemetryIntervalMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SessionSettings.
                 * @memberof remotegpu.agent.v1
                 * @interface ISessionSettings
                 * @augments remotegpu.agent.v1.SessionSettings.$Properties
                 * @deprecated Use remotegpu.agent.v1.SessionSettings.$Properties instead.
                 */

                /**
                 * Shape of a SessionSettings.
                 * @typedef {remotegpu.agent.v1.SessionSettings.$Properties} remotegpu.agent.v1.SessionSettings.$Shape
                 */

                /**
                 * Constructs a new SessionSettings.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a SessionSettings.
                 * @constructor
                 * @param {remotegpu.agent.v1.SessionSettings.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SessionSettings = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SessionSettings heartbeatIntervalMs.
                 * @member {number} heartbeatIntervalMs
                 * @memberof remotegpu.agent.v1.SessionSettings
                 * @instance
                 */
                SessionSettings.prototype.heartbeatIntervalMs = 0;

                /**
                 * SessionSettings telemetryIntervalMs.
                 * @member {number} telemetryIntervalMs
                 * @memberof remotegpu.agent.v1.SessionSettings
                 * @instance
                 */
                SessionSettings.prototype.telemetryIntervalMs = 0;

                /**
                 * Creates a new SessionSettings instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.SessionSettings
                 * @static
                 * @param {remotegpu.agent.v1.SessionSettings.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.SessionSettings} SessionSettings instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.SessionSettings.$Shape): remotegpu.agent.v1.SessionSettings & remotegpu.agent.v1.SessionSettings.$Shape;
                 *   (properties?: remotegpu.agent.v1.SessionSettings.$Properties): remotegpu.agent.v1.SessionSettings;
                 * }}
                 */
                SessionSettings.create = function(properties) {
                    return new SessionSettings(properties);
                };

                /**
                 * Encodes the specified SessionSettings message. Does not implicitly {@link remotegpu.agent.v1.SessionSettings.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.SessionSettings
                 * @static
                 * @param {remotegpu.agent.v1.SessionSettings.$Properties} message SessionSettings message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SessionSettings.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs") && message.heartbeatIntervalMs !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.heartbeatIntervalMs);
                    if (message.telemetryIntervalMs != null && $Object.hasOwnProperty.call(message, "telemetryIntervalMs") && message.telemetryIntervalMs !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.telemetryIntervalMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SessionSettings message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.SessionSettings
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.SessionSettings & remotegpu.agent.v1.SessionSettings.$Shape} SessionSettings
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SessionSettings.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.SessionSettings();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.heartbeatIntervalMs = value;
                                else
                                    delete message.heartbeatIntervalMs;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.telemetryIntervalMs = value;
                                else
                                    delete message.telemetryIntervalMs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a SessionSettings message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.SessionSettings
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SessionSettings.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                        if (!$util.isInteger(message.heartbeatIntervalMs))
                            return "heartbeatIntervalMs: integer expected";
                    if (message.telemetryIntervalMs != null && $Object.hasOwnProperty.call(message, "telemetryIntervalMs"))
                        if (!$util.isInteger(message.telemetryIntervalMs))
                            return "telemetryIntervalMs: integer expected";
                    return null;
                };

                /**
                 * Creates a SessionSettings message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.SessionSettings
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.SessionSettings} SessionSettings
                 */
                SessionSettings.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.SessionSettings)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.SessionSettings: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.SessionSettings();
                    if (object.heartbeatIntervalMs != null)
                        if ($Number(object.heartbeatIntervalMs) !== 0)
                            message.heartbeatIntervalMs = object.heartbeatIntervalMs >>> 0;
                    if (object.telemetryIntervalMs != null)
                        if ($Number(object.telemetryIntervalMs) !== 0)
                            message.telemetryIntervalMs = object.telemetryIntervalMs >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a SessionSettings message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.SessionSettings
                 * @static
                 * @param {remotegpu.agent.v1.SessionSettings} message SessionSettings
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SessionSettings.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.heartbeatIntervalMs = 0;
                        object.telemetryIntervalMs = 0;
                    }
                    if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                        object.heartbeatIntervalMs = message.heartbeatIntervalMs;
                    if (message.telemetryIntervalMs != null && $Object.hasOwnProperty.call(message, "telemetryIntervalMs"))
                        object.telemetryIntervalMs = message.telemetryIntervalMs;
                    return object;
                };

                /**
                 * Converts this SessionSettings to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.SessionSettings
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SessionSettings.prototype.toJSON = function() {
                    return SessionSettings.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SessionSettings
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.SessionSettings
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SessionSettings.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.SessionSettings";
                };

                return SessionSettings;
            })();

            v1.Heartbeat = (function() {

                /**
                 * Properties of a Heartbeat.
                 * @typedef {Object} remotegpu.agent.v1.Heartbeat.$Properties
                 * @property {number} [agentTimeMs] Heartbeat agentTimeMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Heartbeat.
                 * @memberof remotegpu.agent.v1
                 * @interface IHeartbeat
                 * @augments remotegpu.agent.v1.Heartbeat.$Properties
                 * @deprecated Use remotegpu.agent.v1.Heartbeat.$Properties instead.
                 */

                /**
                 * Shape of a Heartbeat.
                 * @typedef {remotegpu.agent.v1.Heartbeat.$Properties} remotegpu.agent.v1.Heartbeat.$Shape
                 */

                /**
                 * Constructs a new Heartbeat.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a Heartbeat.
                 * @constructor
                 * @param {remotegpu.agent.v1.Heartbeat.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Heartbeat = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Heartbeat agentTimeMs.
                 * @member {number} agentTimeMs
                 * @memberof remotegpu.agent.v1.Heartbeat
                 * @instance
                 */
                Heartbeat.prototype.agentTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new Heartbeat instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.Heartbeat
                 * @static
                 * @param {remotegpu.agent.v1.Heartbeat.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.Heartbeat} Heartbeat instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.Heartbeat.$Shape): remotegpu.agent.v1.Heartbeat & remotegpu.agent.v1.Heartbeat.$Shape;
                 *   (properties?: remotegpu.agent.v1.Heartbeat.$Properties): remotegpu.agent.v1.Heartbeat;
                 * }}
                 */
                Heartbeat.create = function(properties) {
                    return new Heartbeat(properties);
                };

                /**
                 * Encodes the specified Heartbeat message. Does not implicitly {@link remotegpu.agent.v1.Heartbeat.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.Heartbeat
                 * @static
                 * @param {remotegpu.agent.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Heartbeat.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.agentTimeMs != null && $Object.hasOwnProperty.call(message, "agentTimeMs") && (typeof message.agentTimeMs === "object" ? message.agentTimeMs.low || message.agentTimeMs.high : message.agentTimeMs !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).int64(message.agentTimeMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.Heartbeat
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.Heartbeat & remotegpu.agent.v1.Heartbeat.$Shape} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.Heartbeat();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.agentTimeMs = value;
                                else
                                    delete message.agentTimeMs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a Heartbeat message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.Heartbeat
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Heartbeat.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.agentTimeMs != null && $Object.hasOwnProperty.call(message, "agentTimeMs"))
                        if (!$util.isInteger(message.agentTimeMs) && !(message.agentTimeMs && $util.isInteger(message.agentTimeMs.low) && $util.isInteger(message.agentTimeMs.high)))
                            return "agentTimeMs: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.Heartbeat
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.Heartbeat} Heartbeat
                 */
                Heartbeat.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.Heartbeat)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.Heartbeat: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.Heartbeat();
                    if (object.agentTimeMs != null)
                        if (typeof object.agentTimeMs === "object" ? object.agentTimeMs.low || object.agentTimeMs.high : $Number(object.agentTimeMs) !== 0)
                            if ($util.Long)
                                message.agentTimeMs = $util.Long.fromValue(object.agentTimeMs, false);
                            else if (typeof object.agentTimeMs === "string")
                                message.agentTimeMs = $parseInt(object.agentTimeMs, 10);
                            else if (typeof object.agentTimeMs === "number")
                                message.agentTimeMs = object.agentTimeMs;
                            else if (typeof object.agentTimeMs === "object")
                                message.agentTimeMs = new $util.LongBits(object.agentTimeMs.low >>> 0, object.agentTimeMs.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.Heartbeat
                 * @static
                 * @param {remotegpu.agent.v1.Heartbeat} message Heartbeat
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Heartbeat.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.agentTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.agentTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.agentTimeMs != null && $Object.hasOwnProperty.call(message, "agentTimeMs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.agentTimeMs = typeof message.agentTimeMs === "number" ? $BigInt(message.agentTimeMs) : $util.Long.fromBits(message.agentTimeMs.low >>> 0, message.agentTimeMs.high >>> 0, false).toBigInt();
                        else if (typeof message.agentTimeMs === "number")
                            object.agentTimeMs = options.longs === $String ? $String(message.agentTimeMs) : message.agentTimeMs;
                        else
                            object.agentTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.agentTimeMs) : options.longs === $Number ? new $util.LongBits(message.agentTimeMs.low >>> 0, message.agentTimeMs.high >>> 0).toNumber() : message.agentTimeMs;
                    return object;
                };

                /**
                 * Converts this Heartbeat to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.Heartbeat
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Heartbeat.prototype.toJSON = function() {
                    return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Heartbeat
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.Heartbeat
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Heartbeat.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.Heartbeat";
                };

                return Heartbeat;
            })();

            /**
             * MigMode enum.
             * @name remotegpu.agent.v1.MigMode
             * @enum {number}
             * @property {number} MIG_MODE_UNSPECIFIED=0 MIG_MODE_UNSPECIFIED value
             * @property {number} MIG_MODE_DISABLED=1 MIG_MODE_DISABLED value
             * @property {number} MIG_MODE_ENABLED=2 MIG_MODE_ENABLED value
             * @property {number} MIG_MODE_NOT_SUPPORTED=3 MIG_MODE_NOT_SUPPORTED value
             */
            v1.MigMode = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "MIG_MODE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "MIG_MODE_DISABLED"] = 1;
                values[valuesById[2] = "MIG_MODE_ENABLED"] = 2;
                values[valuesById[3] = "MIG_MODE_NOT_SUPPORTED"] = 3;
                return values;
            })();

            v1.Inventory = (function() {

                /**
                 * Properties of an Inventory.
                 * @typedef {Object} remotegpu.agent.v1.Inventory.$Properties
                 * @property {string} [hostname] Inventory hostname
                 * @property {string} [os] Inventory os
                 * @property {string} [kernel] Inventory kernel
                 * @property {string} [arch] Inventory arch
                 * @property {number} [cpuCount] Inventory cpuCount
                 * @property {string} [cpuModel] Inventory cpuModel
                 * @property {number} [memoryTotalBytes] Inventory memoryTotalBytes
                 * @property {Array.<remotegpu.agent.v1.Disk.$Properties>} [disks] Inventory disks
                 * @property {string} [dockerVersion] Inventory dockerVersion
                 * @property {string} [driverVersion] Inventory driverVersion
                 * @property {string} [cudaVersion] Inventory cudaVersion
                 * @property {Array.<remotegpu.agent.v1.GpuInfo.$Properties>} [gpus] Inventory gpus
                 * @property {Array.<string>} [gpuErrors] Inventory gpuErrors
                 * @property {boolean} [gpusUnknown] Inventory gpusUnknown
                 * @property {string} [publicAddress] Inventory publicAddress
                 * @property {number|null} [instanceStorageBytes] Inventory instanceStorageBytes
                 * @property {string} [instanceNetwork] Inventory instanceNetwork
                 * @property {string} [gpuAttachProblem] Inventory gpuAttachProblem
                 * @property {boolean} [storageQuotaSupported] Inventory storageQuotaSupported
                 * @property {string} [storageQuotaProblem] Inventory storageQuotaProblem
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Inventory.
                 * @memberof remotegpu.agent.v1
                 * @interface IInventory
                 * @augments remotegpu.agent.v1.Inventory.$Properties
                 * @deprecated Use remotegpu.agent.v1.Inventory.$Properties instead.
                 */

                /**
                 * Shape of an Inventory.
                 * @typedef {remotegpu.agent.v1.Inventory.$Properties} remotegpu.agent.v1.Inventory.$Shape
                 */

                /**
                 * Constructs a new Inventory.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents an Inventory.
                 * @constructor
                 * @param {remotegpu.agent.v1.Inventory.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Inventory = function (properties) {
                    this.disks = [];
                    this.gpus = [];
                    this.gpuErrors = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Inventory hostname.
                 * @member {string} hostname
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 */
                Inventory.prototype.hostname = "";

                /**
                 * Inventory os.
                 * @member {string} os
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 */
                Inventory.prototype.os = "";

                /**
                 * Inventory kernel.
                 * @member {string} kernel
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 */
                Inventory.prototype.kernel = "";

                /**
                 * Inventory arch.
                 * @member {string} arch
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 */
                Inventory.prototype.arch = "";

                /**
                 * Inventory cpuCount.
                 * @member {number} cpuCount
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 */
                Inventory.prototype.cpuCount = 0;

                /**
                 * Inventory cpuModel.
                 * @member {string} cpuModel
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 */
                Inventory.prototype.cpuModel = "";

                /**
                 * Inventory memoryTotalBytes.
                 * @member {number} memoryTotalBytes
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 */
                Inventory.prototype.memoryTotalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Inventory disks.
                 * @member {Array.<remotegpu.agent.v1.Disk>} disks
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 */
                Inventory.prototype.disks = $util.emptyArray;

                /**
                 * Inventory dockerVersion.
                 * @member {string} dockerVersion
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 */
                Inventory.prototype.dockerVersion = "";

                /**
                 * Inventory driverVersion.
                 * @member {string} driverVersion
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 */
                Inventory.prototype.driverVersion = "";

                /**
                 * Inventory cudaVersion.
                 * @member {string} cudaVersion
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 */
                Inventory.prototype.cudaVersion = "";

                /**
                 * Inventory gpus.
                 * @member {Array.<remotegpu.agent.v1.GpuInfo>} gpus
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 */
                Inventory.prototype.gpus = $util.emptyArray;

                /**
                 * Inventory gpuErrors.
                 * @member {Array.<string>} gpuErrors
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 */
                Inventory.prototype.gpuErrors = $util.emptyArray;

                /**
                 * Inventory gpusUnknown.
                 * @member {boolean} gpusUnknown
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 */
                Inventory.prototype.gpusUnknown = false;

                /**
                 * Inventory publicAddress.
                 * @member {string} publicAddress
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 */
                Inventory.prototype.publicAddress = "";

                /**
                 * Inventory instanceStorageBytes.
                 * @member {number|null} instanceStorageBytes
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 */
                Inventory.prototype.instanceStorageBytes = null;

                /**
                 * Inventory instanceNetwork.
                 * @member {string} instanceNetwork
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 */
                Inventory.prototype.instanceNetwork = "";

                /**
                 * Inventory gpuAttachProblem.
                 * @member {string} gpuAttachProblem
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 */
                Inventory.prototype.gpuAttachProblem = "";

                /**
                 * Inventory storageQuotaSupported.
                 * @member {boolean} storageQuotaSupported
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 */
                Inventory.prototype.storageQuotaSupported = false;

                /**
                 * Inventory storageQuotaProblem.
                 * @member {string} storageQuotaProblem
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 */
                Inventory.prototype.storageQuotaProblem = "";

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Inventory.prototype, "_instanceStorageBytes", {
                    get: $util.oneOfGetter($oneOfFields = ["instanceStorageBytes"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Inventory instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.Inventory
                 * @static
                 * @param {remotegpu.agent.v1.Inventory.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.Inventory} Inventory instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.Inventory.$Shape): remotegpu.agent.v1.Inventory & remotegpu.agent.v1.Inventory.$Shape;
                 *   (properties?: remotegpu.agent.v1.Inventory.$Properties): remotegpu.agent.v1.Inventory;
                 * }}
                 */
                Inventory.create = function(properties) {
                    return new Inventory(properties);
                };

                /**
                 * Encodes the specified Inventory message. Does not implicitly {@link remotegpu.agent.v1.Inventory.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.Inventory
                 * @static
                 * @param {remotegpu.agent.v1.Inventory.$Properties} message Inventory message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Inventory.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostname);
                    if (message.os != null && $Object.hasOwnProperty.call(message, "os") && message.os !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.os);
                    if (message.kernel != null && $Object.hasOwnProperty.call(message, "kernel") && message.kernel !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.kernel);
                    if (message.arch != null && $Object.hasOwnProperty.call(message, "arch") && message.arch !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.arch);
                    if (message.cpuCount != null && $Object.hasOwnProperty.call(message, "cpuCount") && message.cpuCount !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.cpuCount);
                    if (message.cpuModel != null && $Object.hasOwnProperty.call(message, "cpuModel") && message.cpuModel !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.cpuModel);
                    if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes") && (typeof message.memoryTotalBytes === "object" ? message.memoryTotalBytes.low || message.memoryTotalBytes.high : message.memoryTotalBytes !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.memoryTotalBytes);
                    if (message.disks != null && message.disks.length)
                        for (let i = 0; i < message.disks.length; ++i)
                            $root.remotegpu.agent.v1.Disk.encode(message.disks[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.dockerVersion != null && $Object.hasOwnProperty.call(message, "dockerVersion") && message.dockerVersion !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.dockerVersion);
                    if (message.driverVersion != null && $Object.hasOwnProperty.call(message, "driverVersion") && message.driverVersion !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.driverVersion);
                    if (message.cudaVersion != null && $Object.hasOwnProperty.call(message, "cudaVersion") && message.cudaVersion !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.cudaVersion);
                    if (message.gpus != null && message.gpus.length)
                        for (let i = 0; i < message.gpus.length; ++i)
                            $root.remotegpu.agent.v1.GpuInfo.encode(message.gpus[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                    if (message.gpuErrors != null && message.gpuErrors.length)
                        for (let i = 0; i < message.gpuErrors.length; ++i)
                            writer.uint32(/* id 13, wireType 2 =*/106).string(message.gpuErrors[i]);
                    if (message.gpusUnknown != null && $Object.hasOwnProperty.call(message, "gpusUnknown") && message.gpusUnknown !== false)
                        writer.uint32(/* id 14, wireType 0 =*/112).bool(message.gpusUnknown);
                    if (message.publicAddress != null && $Object.hasOwnProperty.call(message, "publicAddress") && message.publicAddress !== "")
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.publicAddress);
                    if (message.instanceStorageBytes != null && $Object.hasOwnProperty.call(message, "instanceStorageBytes"))
                        writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.instanceStorageBytes);
                    if (message.instanceNetwork != null && $Object.hasOwnProperty.call(message, "instanceNetwork") && message.instanceNetwork !== "")
                        writer.uint32(/* id 17, wireType 2 =*/138).string(message.instanceNetwork);
                    if (message.gpuAttachProblem != null && $Object.hasOwnProperty.call(message, "gpuAttachProblem") && message.gpuAttachProblem !== "")
                        writer.uint32(/* id 18, wireType 2 =*/146).string(message.gpuAttachProblem);
                    if (message.storageQuotaSupported != null && $Object.hasOwnProperty.call(message, "storageQuotaSupported") && message.storageQuotaSupported !== false)
                        writer.uint32(/* id 19, wireType 0 =*/152).bool(message.storageQuotaSupported);
                    if (message.storageQuotaProblem != null && $Object.hasOwnProperty.call(message, "storageQuotaProblem") && message.storageQuotaProblem !== "")
                        writer.uint32(/* id 20, wireType 2 =*/162).string(message.storageQuotaProblem);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Inventory message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.Inventory
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.Inventory & remotegpu.agent.v1.Inventory.$Shape} Inventory
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Inventory.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.Inventory();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.hostname = value;
                                else
                                    delete message.hostname;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.os = value;
                                else
                                    delete message.os;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.kernel = value;
                                else
                                    delete message.kernel;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.arch = value;
                                else
                                    delete message.arch;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.cpuCount = value;
                                else
                                    delete message.cpuCount;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cpuModel = value;
                                else
                                    delete message.cpuModel;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.memoryTotalBytes = value;
                                else
                                    delete message.memoryTotalBytes;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.disks && message.disks.length))
                                    message.disks = [];
                                message.disks.push($root.remotegpu.agent.v1.Disk.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.dockerVersion = value;
                                else
                                    delete message.dockerVersion;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.driverVersion = value;
                                else
                                    delete message.driverVersion;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cudaVersion = value;
                                else
                                    delete message.cudaVersion;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.gpus && message.gpus.length))
                                    message.gpus = [];
                                message.gpus.push($root.remotegpu.agent.v1.GpuInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.gpuErrors && message.gpuErrors.length))
                                    message.gpuErrors = [];
                                message.gpuErrors.push(reader.stringVerify());
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.gpusUnknown = value;
                                else
                                    delete message.gpusUnknown;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.publicAddress = value;
                                else
                                    delete message.publicAddress;
                                continue;
                            }
                        case 16: {
                                if (wireType !== 0)
                                    break;
                                message.instanceStorageBytes = reader.uint64();
                                message._instanceStorageBytes = "instanceStorageBytes";
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.instanceNetwork = value;
                                else
                                    delete message.instanceNetwork;
                                continue;
                            }
                        case 18: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.gpuAttachProblem = value;
                                else
                                    delete message.gpuAttachProblem;
                                continue;
                            }
                        case 19: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.storageQuotaSupported = value;
                                else
                                    delete message.storageQuotaSupported;
                                continue;
                            }
                        case 20: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.storageQuotaProblem = value;
                                else
                                    delete message.storageQuotaProblem;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an Inventory message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.Inventory
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Inventory.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                        if (!$util.isString(message.hostname))
                            return "hostname: string expected";
                    if (message.os != null && $Object.hasOwnProperty.call(message, "os"))
                        if (!$util.isString(message.os))
                            return "os: string expected";
                    if (message.kernel != null && $Object.hasOwnProperty.call(message, "kernel"))
                        if (!$util.isString(message.kernel))
                            return "kernel: string expected";
                    if (message.arch != null && $Object.hasOwnProperty.call(message, "arch"))
                        if (!$util.isString(message.arch))
                            return "arch: string expected";
                    if (message.cpuCount != null && $Object.hasOwnProperty.call(message, "cpuCount"))
                        if (!$util.isInteger(message.cpuCount))
                            return "cpuCount: integer expected";
                    if (message.cpuModel != null && $Object.hasOwnProperty.call(message, "cpuModel"))
                        if (!$util.isString(message.cpuModel))
                            return "cpuModel: string expected";
                    if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes"))
                        if (!$util.isInteger(message.memoryTotalBytes) && !(message.memoryTotalBytes && $util.isInteger(message.memoryTotalBytes.low) && $util.isInteger(message.memoryTotalBytes.high)))
                            return "memoryTotalBytes: integer|Long expected";
                    if (message.disks != null && $Object.hasOwnProperty.call(message, "disks")) {
                        if (!$Array.isArray(message.disks))
                            return "disks: array expected";
                        for (let i = 0; i < message.disks.length; ++i) {
                            let error = $root.remotegpu.agent.v1.Disk.verify(message.disks[i], _depth + 1);
                            if (error)
                                return "disks." + error;
                        }
                    }
                    if (message.dockerVersion != null && $Object.hasOwnProperty.call(message, "dockerVersion"))
                        if (!$util.isString(message.dockerVersion))
                            return "dockerVersion: string expected";
                    if (message.driverVersion != null && $Object.hasOwnProperty.call(message, "driverVersion"))
                        if (!$util.isString(message.driverVersion))
                            return "driverVersion: string expected";
                    if (message.cudaVersion != null && $Object.hasOwnProperty.call(message, "cudaVersion"))
                        if (!$util.isString(message.cudaVersion))
                            return "cudaVersion: string expected";
                    if (message.gpus != null && $Object.hasOwnProperty.call(message, "gpus")) {
                        if (!$Array.isArray(message.gpus))
                            return "gpus: array expected";
                        for (let i = 0; i < message.gpus.length; ++i) {
                            let error = $root.remotegpu.agent.v1.GpuInfo.verify(message.gpus[i], _depth + 1);
                            if (error)
                                return "gpus." + error;
                        }
                    }
                    if (message.gpuErrors != null && $Object.hasOwnProperty.call(message, "gpuErrors")) {
                        if (!$Array.isArray(message.gpuErrors))
                            return "gpuErrors: array expected";
                        for (let i = 0; i < message.gpuErrors.length; ++i)
                            if (!$util.isString(message.gpuErrors[i]))
                                return "gpuErrors: string[] expected";
                    }
                    if (message.gpusUnknown != null && $Object.hasOwnProperty.call(message, "gpusUnknown"))
                        if (typeof message.gpusUnknown !== "boolean")
                            return "gpusUnknown: boolean expected";
                    if (message.publicAddress != null && $Object.hasOwnProperty.call(message, "publicAddress"))
                        if (!$util.isString(message.publicAddress))
                            return "publicAddress: string expected";
                    if (message.instanceStorageBytes != null && $Object.hasOwnProperty.call(message, "instanceStorageBytes")) {
                        properties._instanceStorageBytes = 1;
                        if (!$util.isInteger(message.instanceStorageBytes) && !(message.instanceStorageBytes && $util.isInteger(message.instanceStorageBytes.low) && $util.isInteger(message.instanceStorageBytes.high)))
                            return "instanceStorageBytes: integer|Long expected";
                    }
                    if (message.instanceNetwork != null && $Object.hasOwnProperty.call(message, "instanceNetwork"))
                        if (!$util.isString(message.instanceNetwork))
                            return "instanceNetwork: string expected";
                    if (message.gpuAttachProblem != null && $Object.hasOwnProperty.call(message, "gpuAttachProblem"))
                        if (!$util.isString(message.gpuAttachProblem))
                            return "gpuAttachProblem: string expected";
                    if (message.storageQuotaSupported != null && $Object.hasOwnProperty.call(message, "storageQuotaSupported"))
                        if (typeof message.storageQuotaSupported !== "boolean")
                            return "storageQuotaSupported: boolean expected";
                    if (message.storageQuotaProblem != null && $Object.hasOwnProperty.call(message, "storageQuotaProblem"))
                        if (!$util.isString(message.storageQuotaProblem))
                            return "storageQuotaProblem: string expected";
                    return null;
                };

                /**
                 * Creates an Inventory message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.Inventory
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.Inventory} Inventory
                 */
                Inventory.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.Inventory)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.Inventory: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.Inventory();
                    if (object.hostname != null)
                        if (typeof object.hostname !== "string" || object.hostname.length)
                            message.hostname = $String(object.hostname);
                    if (object.os != null)
                        if (typeof object.os !== "string" || object.os.length)
                            message.os = $String(object.os);
                    if (object.kernel != null)
                        if (typeof object.kernel !== "string" || object.kernel.length)
                            message.kernel = $String(object.kernel);
                    if (object.arch != null)
                        if (typeof object.arch !== "string" || object.arch.length)
                            message.arch = $String(object.arch);
                    if (object.cpuCount != null)
                        if ($Number(object.cpuCount) !== 0)
                            message.cpuCount = object.cpuCount >>> 0;
                    if (object.cpuModel != null)
                        if (typeof object.cpuModel !== "string" || object.cpuModel.length)
                            message.cpuModel = $String(object.cpuModel);
                    if (object.memoryTotalBytes != null)
                        if (typeof object.memoryTotalBytes === "object" ? object.memoryTotalBytes.low || object.memoryTotalBytes.high : $Number(object.memoryTotalBytes) !== 0)
                            if ($util.Long)
                                message.memoryTotalBytes = $util.Long.fromValue(object.memoryTotalBytes, true);
                            else if (typeof object.memoryTotalBytes === "string")
                                message.memoryTotalBytes = $parseInt(object.memoryTotalBytes, 10);
                            else if (typeof object.memoryTotalBytes === "number")
                                message.memoryTotalBytes = object.memoryTotalBytes;
                            else if (typeof object.memoryTotalBytes === "object")
                                message.memoryTotalBytes = new $util.LongBits(object.memoryTotalBytes.low >>> 0, object.memoryTotalBytes.high >>> 0).toNumber(true);
                    if (object.disks) {
                        if (!$Array.isArray(object.disks))
                            throw $TypeError(".remotegpu.agent.v1.Inventory.disks: array expected");
                        message.disks = $Array(object.disks.length);
                        for (let i = 0; i < object.disks.length; ++i) {
                            if (!$util.isObject(object.disks[i]))
                                throw $TypeError(".remotegpu.agent.v1.Inventory.disks: object expected");
                            message.disks[i] = $root.remotegpu.agent.v1.Disk.fromObject(object.disks[i], _depth + 1);
                        }
                    }
                    if (object.dockerVersion != null)
                        if (typeof object.dockerVersion !== "string" || object.dockerVersion.length)
                            message.dockerVersion = $String(object.dockerVersion);
                    if (object.driverVersion != null)
                        if (typeof object.driverVersion !== "string" || object.driverVersion.length)
                            message.driverVersion = $String(object.driverVersion);
                    if (object.cudaVersion != null)
                        if (typeof object.cudaVersion !== "string" || object.cudaVersion.length)
                            message.cudaVersion = $String(object.cudaVersion);
                    if (object.gpus) {
                        if (!$Array.isArray(object.gpus))
                            throw $TypeError(".remotegpu.agent.v1.Inventory.gpus: array expected");
                        message.gpus = $Array(object.gpus.length);
                        for (let i = 0; i < object.gpus.length; ++i) {
                            if (!$util.isObject(object.gpus[i]))
                                throw $TypeError(".remotegpu.agent.v1.Inventory.gpus: object expected");
                            message.gpus[i] = $root.remotegpu.agent.v1.GpuInfo.fromObject(object.gpus[i], _depth + 1);
                        }
                    }
                    if (object.gpuErrors) {
                        if (!$Array.isArray(object.gpuErrors))
                            throw $TypeError(".remotegpu.agent.v1.Inventory.gpuErrors: array expected");
                        message.gpuErrors = $Array(object.gpuErrors.length);
                        for (let i = 0; i < object.gpuErrors.length; ++i)
                            message.gpuErrors[i] = $String(object.gpuErrors[i]);
                    }
                    if (object.gpusUnknown != null)
                        if (object.gpusUnknown)
                            message.gpusUnknown = $Boolean(object.gpusUnknown);
                    if (object.publicAddress != null)
                        if (typeof object.publicAddress !== "string" || object.publicAddress.length)
                            message.publicAddress = $String(object.publicAddress);
                    if (object.instanceStorageBytes != null)
                        if ($util.Long)
                            message.instanceStorageBytes = $util.Long.fromValue(object.instanceStorageBytes, true);
                        else if (typeof object.instanceStorageBytes === "string")
                            message.instanceStorageBytes = $parseInt(object.instanceStorageBytes, 10);
                        else if (typeof object.instanceStorageBytes === "number")
                            message.instanceStorageBytes = object.instanceStorageBytes;
                        else if (typeof object.instanceStorageBytes === "object")
                            message.instanceStorageBytes = new $util.LongBits(object.instanceStorageBytes.low >>> 0, object.instanceStorageBytes.high >>> 0).toNumber(true);
                    if (object.instanceNetwork != null)
                        if (typeof object.instanceNetwork !== "string" || object.instanceNetwork.length)
                            message.instanceNetwork = $String(object.instanceNetwork);
                    if (object.gpuAttachProblem != null)
                        if (typeof object.gpuAttachProblem !== "string" || object.gpuAttachProblem.length)
                            message.gpuAttachProblem = $String(object.gpuAttachProblem);
                    if (object.storageQuotaSupported != null)
                        if (object.storageQuotaSupported)
                            message.storageQuotaSupported = $Boolean(object.storageQuotaSupported);
                    if (object.storageQuotaProblem != null)
                        if (typeof object.storageQuotaProblem !== "string" || object.storageQuotaProblem.length)
                            message.storageQuotaProblem = $String(object.storageQuotaProblem);
                    return message;
                };

                /**
                 * Creates a plain object from an Inventory message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.Inventory
                 * @static
                 * @param {remotegpu.agent.v1.Inventory} message Inventory
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Inventory.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.disks = [];
                        object.gpus = [];
                        object.gpuErrors = [];
                    }
                    if (options.defaults) {
                        object.hostname = "";
                        object.os = "";
                        object.kernel = "";
                        object.arch = "";
                        object.cpuCount = 0;
                        object.cpuModel = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.memoryTotalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.memoryTotalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.dockerVersion = "";
                        object.driverVersion = "";
                        object.cudaVersion = "";
                        object.gpusUnknown = false;
                        object.publicAddress = "";
                        object.instanceNetwork = "";
                        object.gpuAttachProblem = "";
                        object.storageQuotaSupported = false;
                        object.storageQuotaProblem = "";
                    }
                    if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                        object.hostname = message.hostname;
                    if (message.os != null && $Object.hasOwnProperty.call(message, "os"))
                        object.os = message.os;
                    if (message.kernel != null && $Object.hasOwnProperty.call(message, "kernel"))
                        object.kernel = message.kernel;
                    if (message.arch != null && $Object.hasOwnProperty.call(message, "arch"))
                        object.arch = message.arch;
                    if (message.cpuCount != null && $Object.hasOwnProperty.call(message, "cpuCount"))
                        object.cpuCount = message.cpuCount;
                    if (message.cpuModel != null && $Object.hasOwnProperty.call(message, "cpuModel"))
                        object.cpuModel = message.cpuModel;
                    if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memoryTotalBytes = typeof message.memoryTotalBytes === "number" ? $BigInt(message.memoryTotalBytes) : $util.Long.fromBits(message.memoryTotalBytes.low >>> 0, message.memoryTotalBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.memoryTotalBytes === "number")
                            object.memoryTotalBytes = options.longs === $String ? $String(message.memoryTotalBytes) : message.memoryTotalBytes;
                        else
                            object.memoryTotalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryTotalBytes) : options.longs === $Number ? new $util.LongBits(message.memoryTotalBytes.low >>> 0, message.memoryTotalBytes.high >>> 0).toNumber(true) : message.memoryTotalBytes;
                    if (message.disks && message.disks.length) {
                        object.disks = $Array(message.disks.length);
                        for (let j = 0; j < message.disks.length; ++j)
                            object.disks[j] = $root.remotegpu.agent.v1.Disk.toObject(message.disks[j], options, _depth + 1);
                    }
                    if (message.dockerVersion != null && $Object.hasOwnProperty.call(message, "dockerVersion"))
                        object.dockerVersion = message.dockerVersion;
                    if (message.driverVersion != null && $Object.hasOwnProperty.call(message, "driverVersion"))
                        object.driverVersion = message.driverVersion;
                    if (message.cudaVersion != null && $Object.hasOwnProperty.call(message, "cudaVersion"))
                        object.cudaVersion = message.cudaVersion;
                    if (message.gpus && message.gpus.length) {
                        object.gpus = $Array(message.gpus.length);
                        for (let j = 0; j < message.gpus.length; ++j)
                            object.gpus[j] = $root.remotegpu.agent.v1.GpuInfo.toObject(message.gpus[j], options, _depth + 1);
                    }
                    if (message.gpuErrors && message.gpuErrors.length) {
                        object.gpuErrors = $Array(message.gpuErrors.length);
                        for (let j = 0; j < message.gpuErrors.length; ++j)
                            object.gpuErrors[j] = message.gpuErrors[j];
                    }
                    if (message.gpusUnknown != null && $Object.hasOwnProperty.call(message, "gpusUnknown"))
                        object.gpusUnknown = message.gpusUnknown;
                    if (message.publicAddress != null && $Object.hasOwnProperty.call(message, "publicAddress"))
                        object.publicAddress = message.publicAddress;
                    if (message.instanceStorageBytes != null && $Object.hasOwnProperty.call(message, "instanceStorageBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.instanceStorageBytes = typeof message.instanceStorageBytes === "number" ? $BigInt(message.instanceStorageBytes) : $util.Long.fromBits(message.instanceStorageBytes.low >>> 0, message.instanceStorageBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.instanceStorageBytes === "number")
                            object.instanceStorageBytes = options.longs === $String ? $String(message.instanceStorageBytes) : message.instanceStorageBytes;
                        else
                            object.instanceStorageBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.instanceStorageBytes) : options.longs === $Number ? new $util.LongBits(message.instanceStorageBytes.low >>> 0, message.instanceStorageBytes.high >>> 0).toNumber(true) : message.instanceStorageBytes;
                    if (message.instanceNetwork != null && $Object.hasOwnProperty.call(message, "instanceNetwork"))
                        object.instanceNetwork = message.instanceNetwork;
                    if (message.gpuAttachProblem != null && $Object.hasOwnProperty.call(message, "gpuAttachProblem"))
                        object.gpuAttachProblem = message.gpuAttachProblem;
                    if (message.storageQuotaSupported != null && $Object.hasOwnProperty.call(message, "storageQuotaSupported"))
                        object.storageQuotaSupported = message.storageQuotaSupported;
                    if (message.storageQuotaProblem != null && $Object.hasOwnProperty.call(message, "storageQuotaProblem"))
                        object.storageQuotaProblem = message.storageQuotaProblem;
                    return object;
                };

                /**
                 * Converts this Inventory to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.Inventory
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Inventory.prototype.toJSON = function() {
                    return Inventory.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Inventory
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.Inventory
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Inventory.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.Inventory";
                };

                return Inventory;
            })();

            v1.Disk = (function() {

                /**
                 * Properties of a Disk.
                 * @typedef {Object} remotegpu.agent.v1.Disk.$Properties
                 * @property {string} [mount] Disk mount
                 * @property {string} [fsType] Disk fsType
                 * @property {number} [sizeBytes] Disk sizeBytes
                 * @property {string} [device] Disk device
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Disk.
                 * @memberof remotegpu.agent.v1
                 * @interface IDisk
                 * @augments remotegpu.agent.v1.Disk.$Properties
                 * @deprecated Use remotegpu.agent.v1.Disk.$Properties instead.
                 */

                /**
                 * Shape of a Disk.
                 * @typedef {remotegpu.agent.v1.Disk.$Properties} remotegpu.agent.v1.Disk.$Shape
                 */

                /**
                 * Constructs a new Disk.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a Disk.
                 * @constructor
                 * @param {remotegpu.agent.v1.Disk.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Disk = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Disk mount.
                 * @member {string} mount
                 * @memberof remotegpu.agent.v1.Disk
                 * @instance
                 */
                Disk.prototype.mount = "";

                /**
                 * Disk fsType.
                 * @member {string} fsType
                 * @memberof remotegpu.agent.v1.Disk
                 * @instance
                 */
                Disk.prototype.fsType = "";

                /**
                 * Disk sizeBytes.
                 * @member {number} sizeBytes
                 * @memberof remotegpu.agent.v1.Disk
                 * @instance
                 */
                Disk.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Disk device.
                 * @member {string} device
                 * @memberof remotegpu.agent.v1.Disk
                 * @instance
                 */
                Disk.prototype.device = "";

                /**
                 * Creates a new Disk instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.Disk
                 * @static
                 * @param {remotegpu.agent.v1.Disk.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.Disk} Disk instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.Disk.$Shape): remotegpu.agent.v1.Disk & remotegpu.agent.v1.Disk.$Shape;
                 *   (properties?: remotegpu.agent.v1.Disk.$Properties): remotegpu.agent.v1.Disk;
                 * }}
                 */
                Disk.create = function(properties) {
                    return new Disk(properties);
                };

                /**
                 * Encodes the specified Disk message. Does not implicitly {@link remotegpu.agent.v1.Disk.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.Disk
                 * @static
                 * @param {remotegpu.agent.v1.Disk.$Properties} message Disk message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Disk.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.mount != null && $Object.hasOwnProperty.call(message, "mount") && message.mount !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.mount);
                    if (message.fsType != null && $Object.hasOwnProperty.call(message, "fsType") && message.fsType !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.fsType);
                    if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes") && (typeof message.sizeBytes === "object" ? message.sizeBytes.low || message.sizeBytes.high : message.sizeBytes !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.sizeBytes);
                    if (message.device != null && $Object.hasOwnProperty.call(message, "device") && message.device !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.device);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Disk message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.Disk
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.Disk & remotegpu.agent.v1.Disk.$Shape} Disk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Disk.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.Disk();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.mount = value;
                                else
                                    delete message.mount;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fsType = value;
                                else
                                    delete message.fsType;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sizeBytes = value;
                                else
                                    delete message.sizeBytes;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.device = value;
                                else
                                    delete message.device;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a Disk message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.Disk
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Disk.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.mount != null && $Object.hasOwnProperty.call(message, "mount"))
                        if (!$util.isString(message.mount))
                            return "mount: string expected";
                    if (message.fsType != null && $Object.hasOwnProperty.call(message, "fsType"))
                        if (!$util.isString(message.fsType))
                            return "fsType: string expected";
                    if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                        if (!$util.isInteger(message.sizeBytes) && !(message.sizeBytes && $util.isInteger(message.sizeBytes.low) && $util.isInteger(message.sizeBytes.high)))
                            return "sizeBytes: integer|Long expected";
                    if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                        if (!$util.isString(message.device))
                            return "device: string expected";
                    return null;
                };

                /**
                 * Creates a Disk message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.Disk
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.Disk} Disk
                 */
                Disk.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.Disk)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.Disk: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.Disk();
                    if (object.mount != null)
                        if (typeof object.mount !== "string" || object.mount.length)
                            message.mount = $String(object.mount);
                    if (object.fsType != null)
                        if (typeof object.fsType !== "string" || object.fsType.length)
                            message.fsType = $String(object.fsType);
                    if (object.sizeBytes != null)
                        if (typeof object.sizeBytes === "object" ? object.sizeBytes.low || object.sizeBytes.high : $Number(object.sizeBytes) !== 0)
                            if ($util.Long)
                                message.sizeBytes = $util.Long.fromValue(object.sizeBytes, true);
                            else if (typeof object.sizeBytes === "string")
                                message.sizeBytes = $parseInt(object.sizeBytes, 10);
                            else if (typeof object.sizeBytes === "number")
                                message.sizeBytes = object.sizeBytes;
                            else if (typeof object.sizeBytes === "object")
                                message.sizeBytes = new $util.LongBits(object.sizeBytes.low >>> 0, object.sizeBytes.high >>> 0).toNumber(true);
                    if (object.device != null)
                        if (typeof object.device !== "string" || object.device.length)
                            message.device = $String(object.device);
                    return message;
                };

                /**
                 * Creates a plain object from a Disk message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.Disk
                 * @static
                 * @param {remotegpu.agent.v1.Disk} message Disk
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Disk.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.mount = "";
                        object.fsType = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.sizeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.sizeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.device = "";
                    }
                    if (message.mount != null && $Object.hasOwnProperty.call(message, "mount"))
                        object.mount = message.mount;
                    if (message.fsType != null && $Object.hasOwnProperty.call(message, "fsType"))
                        object.fsType = message.fsType;
                    if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.sizeBytes = typeof message.sizeBytes === "number" ? $BigInt(message.sizeBytes) : $util.Long.fromBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.sizeBytes === "number")
                            object.sizeBytes = options.longs === $String ? $String(message.sizeBytes) : message.sizeBytes;
                        else
                            object.sizeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.sizeBytes) : options.longs === $Number ? new $util.LongBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0).toNumber(true) : message.sizeBytes;
                    if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                        object.device = message.device;
                    return object;
                };

                /**
                 * Converts this Disk to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.Disk
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Disk.prototype.toJSON = function() {
                    return Disk.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Disk
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.Disk
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Disk.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.Disk";
                };

                return Disk;
            })();

            v1.GpuInfo = (function() {

                /**
                 * Properties of a GpuInfo.
                 * @typedef {Object} remotegpu.agent.v1.GpuInfo.$Properties
                 * @property {number} [index] GpuInfo index
                 * @property {string} [uuid] GpuInfo uuid
                 * @property {string} [name] GpuInfo name
                 * @property {number|null} [memoryTotalMib] GpuInfo memoryTotalMib
                 * @property {string} [pciBusId] GpuInfo pciBusId
                 * @property {remotegpu.agent.v1.MigMode} [migMode] GpuInfo migMode
                 * @property {string} [driverVersion] GpuInfo driverVersion
                 * @property {string} [serial] GpuInfo serial
                 * @property {string} [vbiosVersion] GpuInfo vbiosVersion
                 * @property {string} [computeCap] GpuInfo computeCap
                 * @property {number|null} [powerLimitMaxW] GpuInfo powerLimitMaxW
                 * @property {Array.<remotegpu.agent.v1.MigDevice.$Properties>} [migDevices] GpuInfo migDevices
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GpuInfo.
                 * @memberof remotegpu.agent.v1
                 * @interface IGpuInfo
                 * @augments remotegpu.agent.v1.GpuInfo.$Properties
                 * @deprecated Use remotegpu.agent.v1.GpuInfo.$Properties instead.
                 */

                /**
                 * Shape of a GpuInfo.
                 * @typedef {remotegpu.agent.v1.GpuInfo.$Properties} remotegpu.agent.v1.GpuInfo.$Shape
                 */

                /**
                 * Constructs a new GpuInfo.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a GpuInfo.
                 * @constructor
                 * @param {remotegpu.agent.v1.GpuInfo.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GpuInfo = function (properties) {
                    this.migDevices = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GpuInfo index.
                 * @member {number} index
                 * @memberof remotegpu.agent.v1.GpuInfo
                 * @instance
                 */
                GpuInfo.prototype.index = 0;

                /**
                 * GpuInfo uuid.
                 * @member {string} uuid
                 * @memberof remotegpu.agent.v1.GpuInfo
                 * @instance
                 */
                GpuInfo.prototype.uuid = "";

                /**
                 * GpuInfo name.
                 * @member {string} name
                 * @memberof remotegpu.agent.v1.GpuInfo
                 * @instance
                 */
                GpuInfo.prototype.name = "";

                /**
                 * GpuInfo memoryTotalMib.
                 * @member {number|null} memoryTotalMib
                 * @memberof remotegpu.agent.v1.GpuInfo
                 * @instance
                 */
                GpuInfo.prototype.memoryTotalMib = null;

                /**
                 * GpuInfo pciBusId.
                 * @member {string} pciBusId
                 * @memberof remotegpu.agent.v1.GpuInfo
                 * @instance
                 */
                GpuInfo.prototype.pciBusId = "";

                /**
                 * GpuInfo migMode.
                 * @member {remotegpu.agent.v1.MigMode} migMode
                 * @memberof remotegpu.agent.v1.GpuInfo
                 * @instance
                 */
                GpuInfo.prototype.migMode = 0;

                /**
                 * GpuInfo driverVersion.
                 * @member {string} driverVersion
                 * @memberof remotegpu.agent.v1.GpuInfo
                 * @instance
                 */
                GpuInfo.prototype.driverVersion = "";

                /**
                 * GpuInfo serial.
                 * @member {string} serial
                 * @memberof remotegpu.agent.v1.GpuInfo
                 * @instance
                 */
                GpuInfo.prototype.serial = "";

                /**
                 * GpuInfo vbiosVersion.
                 * @member {string} vbiosVersion
                 * @memberof remotegpu.agent.v1.GpuInfo
                 * @instance
                 */
                GpuInfo.prototype.vbiosVersion = "";

                /**
                 * GpuInfo computeCap.
                 * @member {string} computeCap
                 * @memberof remotegpu.agent.v1.GpuInfo
                 * @instance
                 */
                GpuInfo.prototype.computeCap = "";

                /**
                 * GpuInfo powerLimitMaxW.
                 * @member {number|null} powerLimitMaxW
                 * @memberof remotegpu.agent.v1.GpuInfo
                 * @instance
                 */
                GpuInfo.prototype.powerLimitMaxW = null;

                /**
                 * GpuInfo migDevices.
                 * @member {Array.<remotegpu.agent.v1.MigDevice>} migDevices
                 * @memberof remotegpu.agent.v1.GpuInfo
                 * @instance
                 */
                GpuInfo.prototype.migDevices = $util.emptyArray;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuInfo.prototype, "_memoryTotalMib", {
                    get: $util.oneOfGetter($oneOfFields = ["memoryTotalMib"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuInfo.prototype, "_powerLimitMaxW", {
                    get: $util.oneOfGetter($oneOfFields = ["powerLimitMaxW"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new GpuInfo instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.GpuInfo
                 * @static
                 * @param {remotegpu.agent.v1.GpuInfo.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.GpuInfo} GpuInfo instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.GpuInfo.$Shape): remotegpu.agent.v1.GpuInfo & remotegpu.agent.v1.GpuInfo.$Shape;
                 *   (properties?: remotegpu.agent.v1.GpuInfo.$Properties): remotegpu.agent.v1.GpuInfo;
                 * }}
                 */
                GpuInfo.create = function(properties) {
                    return new GpuInfo(properties);
                };

                /**
                 * Encodes the specified GpuInfo message. Does not implicitly {@link remotegpu.agent.v1.GpuInfo.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.GpuInfo
                 * @static
                 * @param {remotegpu.agent.v1.GpuInfo.$Properties} message GpuInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GpuInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
                    if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid") && message.uuid !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.uuid);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                    if (message.memoryTotalMib != null && $Object.hasOwnProperty.call(message, "memoryTotalMib"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.memoryTotalMib);
                    if (message.pciBusId != null && $Object.hasOwnProperty.call(message, "pciBusId") && message.pciBusId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.pciBusId);
                    if (message.migMode != null && $Object.hasOwnProperty.call(message, "migMode") && message.migMode !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.migMode);
                    if (message.driverVersion != null && $Object.hasOwnProperty.call(message, "driverVersion") && message.driverVersion !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.driverVersion);
                    if (message.serial != null && $Object.hasOwnProperty.call(message, "serial") && message.serial !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.serial);
                    if (message.vbiosVersion != null && $Object.hasOwnProperty.call(message, "vbiosVersion") && message.vbiosVersion !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.vbiosVersion);
                    if (message.computeCap != null && $Object.hasOwnProperty.call(message, "computeCap") && message.computeCap !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.computeCap);
                    if (message.powerLimitMaxW != null && $Object.hasOwnProperty.call(message, "powerLimitMaxW"))
                        writer.uint32(/* id 11, wireType 1 =*/89).double(message.powerLimitMaxW);
                    if (message.migDevices != null && message.migDevices.length)
                        for (let i = 0; i < message.migDevices.length; ++i)
                            $root.remotegpu.agent.v1.MigDevice.encode(message.migDevices[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GpuInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.GpuInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.GpuInfo & remotegpu.agent.v1.GpuInfo.$Shape} GpuInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GpuInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.GpuInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.uuid = value;
                                else
                                    delete message.uuid;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.memoryTotalMib = reader.uint64();
                                message._memoryTotalMib = "memoryTotalMib";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.pciBusId = value;
                                else
                                    delete message.pciBusId;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.migMode = value;
                                else
                                    delete message.migMode;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.driverVersion = value;
                                else
                                    delete message.driverVersion;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.serial = value;
                                else
                                    delete message.serial;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.vbiosVersion = value;
                                else
                                    delete message.vbiosVersion;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.computeCap = value;
                                else
                                    delete message.computeCap;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 1)
                                    break;
                                message.powerLimitMaxW = reader.double();
                                message._powerLimitMaxW = "powerLimitMaxW";
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.migDevices && message.migDevices.length))
                                    message.migDevices = [];
                                message.migDevices.push($root.remotegpu.agent.v1.MigDevice.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a GpuInfo message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.GpuInfo
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GpuInfo.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (!$util.isInteger(message.index))
                            return "index: integer expected";
                    if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                        if (!$util.isString(message.uuid))
                            return "uuid: string expected";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.memoryTotalMib != null && $Object.hasOwnProperty.call(message, "memoryTotalMib")) {
                        properties._memoryTotalMib = 1;
                        if (!$util.isInteger(message.memoryTotalMib) && !(message.memoryTotalMib && $util.isInteger(message.memoryTotalMib.low) && $util.isInteger(message.memoryTotalMib.high)))
                            return "memoryTotalMib: integer|Long expected";
                    }
                    if (message.pciBusId != null && $Object.hasOwnProperty.call(message, "pciBusId"))
                        if (!$util.isString(message.pciBusId))
                            return "pciBusId: string expected";
                    if (message.migMode != null && $Object.hasOwnProperty.call(message, "migMode"))
                        if (typeof message.migMode !== "number" || (message.migMode | 0) !== message.migMode)
                            return "migMode: enum value expected";
                    if (message.driverVersion != null && $Object.hasOwnProperty.call(message, "driverVersion"))
                        if (!$util.isString(message.driverVersion))
                            return "driverVersion: string expected";
                    if (message.serial != null && $Object.hasOwnProperty.call(message, "serial"))
                        if (!$util.isString(message.serial))
                            return "serial: string expected";
                    if (message.vbiosVersion != null && $Object.hasOwnProperty.call(message, "vbiosVersion"))
                        if (!$util.isString(message.vbiosVersion))
                            return "vbiosVersion: string expected";
                    if (message.computeCap != null && $Object.hasOwnProperty.call(message, "computeCap"))
                        if (!$util.isString(message.computeCap))
                            return "computeCap: string expected";
                    if (message.powerLimitMaxW != null && $Object.hasOwnProperty.call(message, "powerLimitMaxW")) {
                        properties._powerLimitMaxW = 1;
                        if (typeof message.powerLimitMaxW !== "number")
                            return "powerLimitMaxW: number expected";
                    }
                    if (message.migDevices != null && $Object.hasOwnProperty.call(message, "migDevices")) {
                        if (!$Array.isArray(message.migDevices))
                            return "migDevices: array expected";
                        for (let i = 0; i < message.migDevices.length; ++i) {
                            let error = $root.remotegpu.agent.v1.MigDevice.verify(message.migDevices[i], _depth + 1);
                            if (error)
                                return "migDevices." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a GpuInfo message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.GpuInfo
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.GpuInfo} GpuInfo
                 */
                GpuInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.GpuInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.GpuInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.GpuInfo();
                    if (object.index != null)
                        if ($Number(object.index) !== 0)
                            message.index = object.index >>> 0;
                    if (object.uuid != null)
                        if (typeof object.uuid !== "string" || object.uuid.length)
                            message.uuid = $String(object.uuid);
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.memoryTotalMib != null)
                        if ($util.Long)
                            message.memoryTotalMib = $util.Long.fromValue(object.memoryTotalMib, true);
                        else if (typeof object.memoryTotalMib === "string")
                            message.memoryTotalMib = $parseInt(object.memoryTotalMib, 10);
                        else if (typeof object.memoryTotalMib === "number")
                            message.memoryTotalMib = object.memoryTotalMib;
                        else if (typeof object.memoryTotalMib === "object")
                            message.memoryTotalMib = new $util.LongBits(object.memoryTotalMib.low >>> 0, object.memoryTotalMib.high >>> 0).toNumber(true);
                    if (object.pciBusId != null)
                        if (typeof object.pciBusId !== "string" || object.pciBusId.length)
                            message.pciBusId = $String(object.pciBusId);
                    if (object.migMode !== 0 && (typeof object.migMode !== "string" || $root.remotegpu.agent.v1.MigMode[object.migMode] !== 0))
                        switch (object.migMode) {
                        case "MIG_MODE_UNSPECIFIED":
                        case 0:
                            message.migMode = 0;
                            break;
                        case "MIG_MODE_DISABLED":
                        case 1:
                            message.migMode = 1;
                            break;
                        case "MIG_MODE_ENABLED":
                        case 2:
                            message.migMode = 2;
                            break;
                        case "MIG_MODE_NOT_SUPPORTED":
                        case 3:
                            message.migMode = 3;
                            break;
                        default:
                            if (typeof object.migMode === "number" && (object.migMode | 0) === object.migMode)
                                message.migMode = object.migMode;
                        }
                    if (object.driverVersion != null)
                        if (typeof object.driverVersion !== "string" || object.driverVersion.length)
                            message.driverVersion = $String(object.driverVersion);
                    if (object.serial != null)
                        if (typeof object.serial !== "string" || object.serial.length)
                            message.serial = $String(object.serial);
                    if (object.vbiosVersion != null)
                        if (typeof object.vbiosVersion !== "string" || object.vbiosVersion.length)
                            message.vbiosVersion = $String(object.vbiosVersion);
                    if (object.computeCap != null)
                        if (typeof object.computeCap !== "string" || object.computeCap.length)
                            message.computeCap = $String(object.computeCap);
                    if (object.powerLimitMaxW != null)
                        message.powerLimitMaxW = $Number(object.powerLimitMaxW);
                    if (object.migDevices) {
                        if (!$Array.isArray(object.migDevices))
                            throw $TypeError(".remotegpu.agent.v1.GpuInfo.migDevices: array expected");
                        message.migDevices = $Array(object.migDevices.length);
                        for (let i = 0; i < object.migDevices.length; ++i) {
                            if (!$util.isObject(object.migDevices[i]))
                                throw $TypeError(".remotegpu.agent.v1.GpuInfo.migDevices: object expected");
                            message.migDevices[i] = $root.remotegpu.agent.v1.MigDevice.fromObject(object.migDevices[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a GpuInfo message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.GpuInfo
                 * @static
                 * @param {remotegpu.agent.v1.GpuInfo} message GpuInfo
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GpuInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.migDevices = [];
                    if (options.defaults) {
                        object.index = 0;
                        object.uuid = "";
                        object.name = "";
                        object.pciBusId = "";
                        object.migMode = options.enums === $String ? "MIG_MODE_UNSPECIFIED" : 0;
                        object.driverVersion = "";
                        object.serial = "";
                        object.vbiosVersion = "";
                        object.computeCap = "";
                    }
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        object.index = message.index;
                    if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                        object.uuid = message.uuid;
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.memoryTotalMib != null && $Object.hasOwnProperty.call(message, "memoryTotalMib"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memoryTotalMib = typeof message.memoryTotalMib === "number" ? $BigInt(message.memoryTotalMib) : $util.Long.fromBits(message.memoryTotalMib.low >>> 0, message.memoryTotalMib.high >>> 0, true).toBigInt();
                        else if (typeof message.memoryTotalMib === "number")
                            object.memoryTotalMib = options.longs === $String ? $String(message.memoryTotalMib) : message.memoryTotalMib;
                        else
                            object.memoryTotalMib = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryTotalMib) : options.longs === $Number ? new $util.LongBits(message.memoryTotalMib.low >>> 0, message.memoryTotalMib.high >>> 0).toNumber(true) : message.memoryTotalMib;
                    if (message.pciBusId != null && $Object.hasOwnProperty.call(message, "pciBusId"))
                        object.pciBusId = message.pciBusId;
                    if (message.migMode != null && $Object.hasOwnProperty.call(message, "migMode"))
                        object.migMode = options.enums === $String ? $root.remotegpu.agent.v1.MigMode[message.migMode] === $undefined ? message.migMode : $root.remotegpu.agent.v1.MigMode[message.migMode] : message.migMode;
                    if (message.driverVersion != null && $Object.hasOwnProperty.call(message, "driverVersion"))
                        object.driverVersion = message.driverVersion;
                    if (message.serial != null && $Object.hasOwnProperty.call(message, "serial"))
                        object.serial = message.serial;
                    if (message.vbiosVersion != null && $Object.hasOwnProperty.call(message, "vbiosVersion"))
                        object.vbiosVersion = message.vbiosVersion;
                    if (message.computeCap != null && $Object.hasOwnProperty.call(message, "computeCap"))
                        object.computeCap = message.computeCap;
                    if (message.powerLimitMaxW != null && $Object.hasOwnProperty.call(message, "powerLimitMaxW"))
                        object.powerLimitMaxW = options.json && !$isFinite(message.powerLimitMaxW) ? $String(message.powerLimitMaxW) : message.powerLimitMaxW;
                    if (message.migDevices && message.migDevices.length) {
                        object.migDevices = $Array(message.migDevices.length);
                        for (let j = 0; j < message.migDevices.length; ++j)
                            object.migDevices[j] = $root.remotegpu.agent.v1.MigDevice.toObject(message.migDevices[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this GpuInfo to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.GpuInfo
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GpuInfo.prototype.toJSON = function() {
                    return GpuInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GpuInfo
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.GpuInfo
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GpuInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.GpuInfo";
                };

                return GpuInfo;
            })();

            v1.MigDevice = (function() {

                /**
                 * Properties of a MigDevice.
                 * @typedef {Object} remotegpu.agent.v1.MigDevice.$Properties
                 * @property {number} [index] MigDevice index
                 * @property {string} [profile] MigDevice profile
                 * @property {string} [uuid] MigDevice uuid
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MigDevice.
                 * @memberof remotegpu.agent.v1
                 * @interface IMigDevice
                 * @augments remotegpu.agent.v1.MigDevice.$Properties
                 * @deprecated Use remotegpu.agent.v1.MigDevice.$Properties instead.
                 */

                /**
                 * Shape of a MigDevice.
                 * @typedef {remotegpu.agent.v1.MigDevice.$Properties} remotegpu.agent.v1.MigDevice.$Shape
                 */

                /**
                 * Constructs a new MigDevice.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a MigDevice.
                 * @constructor
                 * @param {remotegpu.agent.v1.MigDevice.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MigDevice = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MigDevice index.
                 * @member {number} index
                 * @memberof remotegpu.agent.v1.MigDevice
                 * @instance
                 */
                MigDevice.prototype.index = 0;

                /**
                 * MigDevice profile.
                 * @member {string} profile
                 * @memberof remotegpu.agent.v1.MigDevice
                 * @instance
                 */
                MigDevice.prototype.profile = "";

                /**
                 * MigDevice uuid.
                 * @member {string} uuid
                 * @memberof remotegpu.agent.v1.MigDevice
                 * @instance
                 */
                MigDevice.prototype.uuid = "";

                /**
                 * Creates a new MigDevice instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.MigDevice
                 * @static
                 * @param {remotegpu.agent.v1.MigDevice.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.MigDevice} MigDevice instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.MigDevice.$Shape): remotegpu.agent.v1.MigDevice & remotegpu.agent.v1.MigDevice.$Shape;
                 *   (properties?: remotegpu.agent.v1.MigDevice.$Properties): remotegpu.agent.v1.MigDevice;
                 * }}
                 */
                MigDevice.create = function(properties) {
                    return new MigDevice(properties);
                };

                /**
                 * Encodes the specified MigDevice message. Does not implicitly {@link remotegpu.agent.v1.MigDevice.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.MigDevice
                 * @static
                 * @param {remotegpu.agent.v1.MigDevice.$Properties} message MigDevice message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MigDevice.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
                    if (message.profile != null && $Object.hasOwnProperty.call(message, "profile") && message.profile !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.profile);
                    if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid") && message.uuid !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.uuid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MigDevice message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.MigDevice
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.MigDevice & remotegpu.agent.v1.MigDevice.$Shape} MigDevice
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MigDevice.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.MigDevice();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.profile = value;
                                else
                                    delete message.profile;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.uuid = value;
                                else
                                    delete message.uuid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a MigDevice message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.MigDevice
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                MigDevice.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (!$util.isInteger(message.index))
                            return "index: integer expected";
                    if (message.profile != null && $Object.hasOwnProperty.call(message, "profile"))
                        if (!$util.isString(message.profile))
                            return "profile: string expected";
                    if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                        if (!$util.isString(message.uuid))
                            return "uuid: string expected";
                    return null;
                };

                /**
                 * Creates a MigDevice message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.MigDevice
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.MigDevice} MigDevice
                 */
                MigDevice.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.MigDevice)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.MigDevice: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.MigDevice();
                    if (object.index != null)
                        if ($Number(object.index) !== 0)
                            message.index = object.index >>> 0;
                    if (object.profile != null)
                        if (typeof object.profile !== "string" || object.profile.length)
                            message.profile = $String(object.profile);
                    if (object.uuid != null)
                        if (typeof object.uuid !== "string" || object.uuid.length)
                            message.uuid = $String(object.uuid);
                    return message;
                };

                /**
                 * Creates a plain object from a MigDevice message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.MigDevice
                 * @static
                 * @param {remotegpu.agent.v1.MigDevice} message MigDevice
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MigDevice.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.index = 0;
                        object.profile = "";
                        object.uuid = "";
                    }
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        object.index = message.index;
                    if (message.profile != null && $Object.hasOwnProperty.call(message, "profile"))
                        object.profile = message.profile;
                    if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                        object.uuid = message.uuid;
                    return object;
                };

                /**
                 * Converts this MigDevice to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.MigDevice
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MigDevice.prototype.toJSON = function() {
                    return MigDevice.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MigDevice
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.MigDevice
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MigDevice.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.MigDevice";
                };

                return MigDevice;
            })();

            v1.Telemetry = (function() {

                /**
                 * Properties of a Telemetry.
                 * @typedef {Object} remotegpu.agent.v1.Telemetry.$Properties
                 * @property {number} [collectedAtMs] Telemetry collectedAtMs
                 * @property {remotegpu.agent.v1.HostMetrics.$Properties} [host] Telemetry host
                 * @property {Array.<remotegpu.agent.v1.GpuSample.$Properties>} [gpus] Telemetry gpus
                 * @property {Array.<remotegpu.agent.v1.GpuProcess.$Properties>} [processes] Telemetry processes
                 * @property {Array.<string>} [errors] Telemetry errors
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Telemetry.
                 * @memberof remotegpu.agent.v1
                 * @interface ITelemetry
                 * @augments remotegpu.agent.v1.Telemetry.$Properties
                 * @deprecated Use remotegpu.agent.v1.Telemetry.$Properties instead.
                 */

                /**
                 * Shape of a Telemetry.
                 * @typedef {remotegpu.agent.v1.Telemetry.$Properties} remotegpu.agent.v1.Telemetry.$Shape
                 */

                /**
                 * Constructs a new Telemetry.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a Telemetry.
                 * @constructor
                 * @param {remotegpu.agent.v1.Telemetry.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Telemetry = function (properties) {
                    this.gpus = [];
                    this.processes = [];
                    this.errors = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Telemetry collectedAtMs.
                 * @member {number} collectedAtMs
                 * @memberof remotegpu.agent.v1.Telemetry
                 * @instance
                 */
                Telemetry.prototype.collectedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Telemetry host.
                 * @member {remotegpu.agent.v1.HostMetrics} host
                 * @memberof remotegpu.agent.v1.Telemetry
                 * @instance
                 */
                Telemetry.prototype.host = null;

                /**
                 * Telemetry gpus.
                 * @member {Array.<remotegpu.agent.v1.GpuSample>} gpus
                 * @memberof remotegpu.agent.v1.Telemetry
                 * @instance
                 */
                Telemetry.prototype.gpus = $util.emptyArray;

                /**
                 * Telemetry processes.
                 * @member {Array.<remotegpu.agent.v1.GpuProcess>} processes
                 * @memberof remotegpu.agent.v1.Telemetry
                 * @instance
                 */
                Telemetry.prototype.processes = $util.emptyArray;

                /**
                 * Telemetry errors.
                 * @member {Array.<string>} errors
                 * @memberof remotegpu.agent.v1.Telemetry
                 * @instance
                 */
                Telemetry.prototype.errors = $util.emptyArray;

                /**
                 * Creates a new Telemetry instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.Telemetry
                 * @static
                 * @param {remotegpu.agent.v1.Telemetry.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.Telemetry} Telemetry instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.Telemetry.$Shape): remotegpu.agent.v1.Telemetry & remotegpu.agent.v1.Telemetry.$Shape;
                 *   (properties?: remotegpu.agent.v1.Telemetry.$Properties): remotegpu.agent.v1.Telemetry;
                 * }}
                 */
                Telemetry.create = function(properties) {
                    return new Telemetry(properties);
                };

                /**
                 * Encodes the specified Telemetry message. Does not implicitly {@link remotegpu.agent.v1.Telemetry.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.Telemetry
                 * @static
                 * @param {remotegpu.agent.v1.Telemetry.$Properties} message Telemetry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Telemetry.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.collectedAtMs != null && $Object.hasOwnProperty.call(message, "collectedAtMs") && (typeof message.collectedAtMs === "object" ? message.collectedAtMs.low || message.collectedAtMs.high : message.collectedAtMs !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).int64(message.collectedAtMs);
                    if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                        $root.remotegpu.agent.v1.HostMetrics.encode(message.host, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.gpus != null && message.gpus.length)
                        for (let i = 0; i < message.gpus.length; ++i)
                            $root.remotegpu.agent.v1.GpuSample.encode(message.gpus[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.processes != null && message.processes.length)
                        for (let i = 0; i < message.processes.length; ++i)
                            $root.remotegpu.agent.v1.GpuProcess.encode(message.processes[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.errors != null && message.errors.length)
                        for (let i = 0; i < message.errors.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.errors[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Telemetry message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.Telemetry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.Telemetry & remotegpu.agent.v1.Telemetry.$Shape} Telemetry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Telemetry.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.Telemetry();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.collectedAtMs = value;
                                else
                                    delete message.collectedAtMs;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.host = $root.remotegpu.agent.v1.HostMetrics.decode(reader, reader.size(), $undefined, _depth + 1, message.host);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.gpus && message.gpus.length))
                                    message.gpus = [];
                                message.gpus.push($root.remotegpu.agent.v1.GpuSample.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.processes && message.processes.length))
                                    message.processes = [];
                                message.processes.push($root.remotegpu.agent.v1.GpuProcess.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.errors && message.errors.length))
                                    message.errors = [];
                                message.errors.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a Telemetry message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.Telemetry
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Telemetry.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.collectedAtMs != null && $Object.hasOwnProperty.call(message, "collectedAtMs"))
                        if (!$util.isInteger(message.collectedAtMs) && !(message.collectedAtMs && $util.isInteger(message.collectedAtMs.low) && $util.isInteger(message.collectedAtMs.high)))
                            return "collectedAtMs: integer|Long expected";
                    if (message.host != null && $Object.hasOwnProperty.call(message, "host")) {
                        let error = $root.remotegpu.agent.v1.HostMetrics.verify(message.host, _depth + 1);
                        if (error)
                            return "host." + error;
                    }
                    if (message.gpus != null && $Object.hasOwnProperty.call(message, "gpus")) {
                        if (!$Array.isArray(message.gpus))
                            return "gpus: array expected";
                        for (let i = 0; i < message.gpus.length; ++i) {
                            let error = $root.remotegpu.agent.v1.GpuSample.verify(message.gpus[i], _depth + 1);
                            if (error)
                                return "gpus." + error;
                        }
                    }
                    if (message.processes != null && $Object.hasOwnProperty.call(message, "processes")) {
                        if (!$Array.isArray(message.processes))
                            return "processes: array expected";
                        for (let i = 0; i < message.processes.length; ++i) {
                            let error = $root.remotegpu.agent.v1.GpuProcess.verify(message.processes[i], _depth + 1);
                            if (error)
                                return "processes." + error;
                        }
                    }
                    if (message.errors != null && $Object.hasOwnProperty.call(message, "errors")) {
                        if (!$Array.isArray(message.errors))
                            return "errors: array expected";
                        for (let i = 0; i < message.errors.length; ++i)
                            if (!$util.isString(message.errors[i]))
                                return "errors: string[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a Telemetry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.Telemetry
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.Telemetry} Telemetry
                 */
                Telemetry.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.Telemetry)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.Telemetry: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.Telemetry();
                    if (object.collectedAtMs != null)
                        if (typeof object.collectedAtMs === "object" ? object.collectedAtMs.low || object.collectedAtMs.high : $Number(object.collectedAtMs) !== 0)
                            if ($util.Long)
                                message.collectedAtMs = $util.Long.fromValue(object.collectedAtMs, false);
                            else if (typeof object.collectedAtMs === "string")
                                message.collectedAtMs = $parseInt(object.collectedAtMs, 10);
                            else if (typeof object.collectedAtMs === "number")
                                message.collectedAtMs = object.collectedAtMs;
                            else if (typeof object.collectedAtMs === "object")
                                message.collectedAtMs = new $util.LongBits(object.collectedAtMs.low >>> 0, object.collectedAtMs.high >>> 0).toNumber();
                    if (object.host != null) {
                        if (!$util.isObject(object.host))
                            throw $TypeError(".remotegpu.agent.v1.Telemetry.host: object expected");
                        message.host = $root.remotegpu.agent.v1.HostMetrics.fromObject(object.host, _depth + 1);
                    }
                    if (object.gpus) {
                        if (!$Array.isArray(object.gpus))
                            throw $TypeError(".remotegpu.agent.v1.Telemetry.gpus: array expected");
                        message.gpus = $Array(object.gpus.length);
                        for (let i = 0; i < object.gpus.length; ++i) {
                            if (!$util.isObject(object.gpus[i]))
                                throw $TypeError(".remotegpu.agent.v1.Telemetry.gpus: object expected");
                            message.gpus[i] = $root.remotegpu.agent.v1.GpuSample.fromObject(object.gpus[i], _depth + 1);
                        }
                    }
                    if (object.processes) {
                        if (!$Array.isArray(object.processes))
                            throw $TypeError(".remotegpu.agent.v1.Telemetry.processes: array expected");
                        message.processes = $Array(object.processes.length);
                        for (let i = 0; i < object.processes.length; ++i) {
                            if (!$util.isObject(object.processes[i]))
                                throw $TypeError(".remotegpu.agent.v1.Telemetry.processes: object expected");
                            message.processes[i] = $root.remotegpu.agent.v1.GpuProcess.fromObject(object.processes[i], _depth + 1);
                        }
                    }
                    if (object.errors) {
                        if (!$Array.isArray(object.errors))
                            throw $TypeError(".remotegpu.agent.v1.Telemetry.errors: array expected");
                        message.errors = $Array(object.errors.length);
                        for (let i = 0; i < object.errors.length; ++i)
                            message.errors[i] = $String(object.errors[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Telemetry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.Telemetry
                 * @static
                 * @param {remotegpu.agent.v1.Telemetry} message Telemetry
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Telemetry.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.gpus = [];
                        object.processes = [];
                        object.errors = [];
                    }
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.collectedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.collectedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.host = null;
                    }
                    if (message.collectedAtMs != null && $Object.hasOwnProperty.call(message, "collectedAtMs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.collectedAtMs = typeof message.collectedAtMs === "number" ? $BigInt(message.collectedAtMs) : $util.Long.fromBits(message.collectedAtMs.low >>> 0, message.collectedAtMs.high >>> 0, false).toBigInt();
                        else if (typeof message.collectedAtMs === "number")
                            object.collectedAtMs = options.longs === $String ? $String(message.collectedAtMs) : message.collectedAtMs;
                        else
                            object.collectedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.collectedAtMs) : options.longs === $Number ? new $util.LongBits(message.collectedAtMs.low >>> 0, message.collectedAtMs.high >>> 0).toNumber() : message.collectedAtMs;
                    if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                        object.host = $root.remotegpu.agent.v1.HostMetrics.toObject(message.host, options, _depth + 1);
                    if (message.gpus && message.gpus.length) {
                        object.gpus = $Array(message.gpus.length);
                        for (let j = 0; j < message.gpus.length; ++j)
                            object.gpus[j] = $root.remotegpu.agent.v1.GpuSample.toObject(message.gpus[j], options, _depth + 1);
                    }
                    if (message.processes && message.processes.length) {
                        object.processes = $Array(message.processes.length);
                        for (let j = 0; j < message.processes.length; ++j)
                            object.processes[j] = $root.remotegpu.agent.v1.GpuProcess.toObject(message.processes[j], options, _depth + 1);
                    }
                    if (message.errors && message.errors.length) {
                        object.errors = $Array(message.errors.length);
                        for (let j = 0; j < message.errors.length; ++j)
                            object.errors[j] = message.errors[j];
                    }
                    return object;
                };

                /**
                 * Converts this Telemetry to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.Telemetry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Telemetry.prototype.toJSON = function() {
                    return Telemetry.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Telemetry
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.Telemetry
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Telemetry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.Telemetry";
                };

                return Telemetry;
            })();

            v1.HostMetrics = (function() {

                /**
                 * Properties of a HostMetrics.
                 * @typedef {Object} remotegpu.agent.v1.HostMetrics.$Properties
                 * @property {number|null} [cpuUtilizationPct] HostMetrics cpuUtilizationPct
                 * @property {number|null} [load_1m] HostMetrics load_1m
                 * @property {number|null} [load_5m] HostMetrics load_5m
                 * @property {number|null} [load_15m] HostMetrics load_15m
                 * @property {number|null} [memoryTotalBytes] HostMetrics memoryTotalBytes
                 * @property {number|null} [memoryUsedBytes] HostMetrics memoryUsedBytes
                 * @property {number|null} [memoryAvailableBytes] HostMetrics memoryAvailableBytes
                 * @property {Array.<remotegpu.agent.v1.DiskUsage.$Properties>} [disks] HostMetrics disks
                 * @property {number|null} [uptimeS] HostMetrics uptimeS
                 * @property {number|null} [networkRxBytes] HostMetrics networkRxBytes
                 * @property {number|null} [networkTxBytes] HostMetrics networkTxBytes
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HostMetrics.
                 * @memberof remotegpu.agent.v1
                 * @interface IHostMetrics
                 * @augments remotegpu.agent.v1.HostMetrics.$Properties
                 * @deprecated Use remotegpu.agent.v1.HostMetrics.$Properties instead.
                 */

                /**
                 * Shape of a HostMetrics.
                 * @typedef {remotegpu.agent.v1.HostMetrics.$Properties} remotegpu.agent.v1.HostMetrics.$Shape
                 */

                /**
                 * Constructs a new HostMetrics.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a HostMetrics.
                 * @constructor
                 * @param {remotegpu.agent.v1.HostMetrics.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HostMetrics = function (properties) {
                    this.disks = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HostMetrics cpuUtilizationPct.
                 * @member {number|null} cpuUtilizationPct
                 * @memberof remotegpu.agent.v1.HostMetrics
                 * @instance
                 */
                HostMetrics.prototype.cpuUtilizationPct = null;

                /**
                 * HostMetrics load_1m.
                 * @member {number|null} load_1m
                 * @memberof remotegpu.agent.v1.HostMetrics
                 * @instance
                 */
                HostMetrics.prototype.load_1m = null;

                /**
                 * HostMetrics load_5m.
                 * @member {number|null} load_5m
                 * @memberof remotegpu.agent.v1.HostMetrics
                 * @instance
                 */
                HostMetrics.prototype.load_5m = null;

                /**
                 * HostMetrics load_15m.
                 * @member {number|null} load_15m
                 * @memberof remotegpu.agent.v1.HostMetrics
                 * @instance
                 */
                HostMetrics.prototype.load_15m = null;

                /**
                 * HostMetrics memoryTotalBytes.
                 * @member {number|null} memoryTotalBytes
                 * @memberof remotegpu.agent.v1.HostMetrics
                 * @instance
                 */
                HostMetrics.prototype.memoryTotalBytes = null;

                /**
                 * HostMetrics memoryUsedBytes.
                 * @member {number|null} memoryUsedBytes
                 * @memberof remotegpu.agent.v1.HostMetrics
                 * @instance
                 */
                HostMetrics.prototype.memoryUsedBytes = null;

                /**
                 * HostMetrics memoryAvailableBytes.
                 * @member {number|null} memoryAvailableBytes
                 * @memberof remotegpu.agent.v1.HostMetrics
                 * @instance
                 */
                HostMetrics.prototype.memoryAvailableBytes = null;

                /**
                 * HostMetrics disks.
                 * @member {Array.<remotegpu.agent.v1.DiskUsage>} disks
                 * @memberof remotegpu.agent.v1.HostMetrics
                 * @instance
                 */
                HostMetrics.prototype.disks = $util.emptyArray;

                /**
                 * HostMetrics uptimeS.
                 * @member {number|null} uptimeS
                 * @memberof remotegpu.agent.v1.HostMetrics
                 * @instance
                 */
                HostMetrics.prototype.uptimeS = null;

                /**
                 * HostMetrics networkRxBytes.
                 * @member {number|null} networkRxBytes
                 * @memberof remotegpu.agent.v1.HostMetrics
                 * @instance
                 */
                HostMetrics.prototype.networkRxBytes = null;

                /**
                 * HostMetrics networkTxBytes.
                 * @member {number|null} networkTxBytes
                 * @memberof remotegpu.agent.v1.HostMetrics
                 * @instance
                 */
                HostMetrics.prototype.networkTxBytes = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(HostMetrics.prototype, "_cpuUtilizationPct", {
                    get: $util.oneOfGetter($oneOfFields = ["cpuUtilizationPct"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(HostMetrics.prototype, "_load_1m", {
                    get: $util.oneOfGetter($oneOfFields = ["load_1m"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(HostMetrics.prototype, "_load_5m", {
                    get: $util.oneOfGetter($oneOfFields = ["load_5m"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(HostMetrics.prototype, "_load_15m", {
                    get: $util.oneOfGetter($oneOfFields = ["load_15m"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(HostMetrics.prototype, "_memoryTotalBytes", {
                    get: $util.oneOfGetter($oneOfFields = ["memoryTotalBytes"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(HostMetrics.prototype, "_memoryUsedBytes", {
                    get: $util.oneOfGetter($oneOfFields = ["memoryUsedBytes"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(HostMetrics.prototype, "_memoryAvailableBytes", {
                    get: $util.oneOfGetter($oneOfFields = ["memoryAvailableBytes"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(HostMetrics.prototype, "_uptimeS", {
                    get: $util.oneOfGetter($oneOfFields = ["uptimeS"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(HostMetrics.prototype, "_networkRxBytes", {
                    get: $util.oneOfGetter($oneOfFields = ["networkRxBytes"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(HostMetrics.prototype, "_networkTxBytes", {
                    get: $util.oneOfGetter($oneOfFields = ["networkTxBytes"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new HostMetrics instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.HostMetrics
                 * @static
                 * @param {remotegpu.agent.v1.HostMetrics.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.HostMetrics} HostMetrics instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.HostMetrics.$Shape): remotegpu.agent.v1.HostMetrics & remotegpu.agent.v1.HostMetrics.$Shape;
                 *   (properties?: remotegpu.agent.v1.HostMetrics.$Properties): remotegpu.agent.v1.HostMetrics;
                 * }}
                 */
                HostMetrics.create = function(properties) {
                    return new HostMetrics(properties);
                };

                /**
                 * Encodes the specified HostMetrics message. Does not implicitly {@link remotegpu.agent.v1.HostMetrics.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.HostMetrics
                 * @static
                 * @param {remotegpu.agent.v1.HostMetrics.$Properties} message HostMetrics message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HostMetrics.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.cpuUtilizationPct != null && $Object.hasOwnProperty.call(message, "cpuUtilizationPct"))
                        writer.uint32(/* id 1, wireType 1 =*/9).double(message.cpuUtilizationPct);
                    if (message.load_1m != null && $Object.hasOwnProperty.call(message, "load_1m"))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.load_1m);
                    if (message.load_5m != null && $Object.hasOwnProperty.call(message, "load_5m"))
                        writer.uint32(/* id 3, wireType 1 =*/25).double(message.load_5m);
                    if (message.load_15m != null && $Object.hasOwnProperty.call(message, "load_15m"))
                        writer.uint32(/* id 4, wireType 1 =*/33).double(message.load_15m);
                    if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.memoryTotalBytes);
                    if (message.memoryUsedBytes != null && $Object.hasOwnProperty.call(message, "memoryUsedBytes"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.memoryUsedBytes);
                    if (message.memoryAvailableBytes != null && $Object.hasOwnProperty.call(message, "memoryAvailableBytes"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.memoryAvailableBytes);
                    if (message.disks != null && message.disks.length)
                        for (let i = 0; i < message.disks.length; ++i)
                            $root.remotegpu.agent.v1.DiskUsage.encode(message.disks[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS"))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.uptimeS);
                    if (message.networkRxBytes != null && $Object.hasOwnProperty.call(message, "networkRxBytes"))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.networkRxBytes);
                    if (message.networkTxBytes != null && $Object.hasOwnProperty.call(message, "networkTxBytes"))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.networkTxBytes);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HostMetrics message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.HostMetrics
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.HostMetrics & remotegpu.agent.v1.HostMetrics.$Shape} HostMetrics
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HostMetrics.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.HostMetrics();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 1)
                                    break;
                                message.cpuUtilizationPct = reader.double();
                                message._cpuUtilizationPct = "cpuUtilizationPct";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                message.load_1m = reader.double();
                                message._load_1m = "load_1m";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 1)
                                    break;
                                message.load_5m = reader.double();
                                message._load_5m = "load_5m";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 1)
                                    break;
                                message.load_15m = reader.double();
                                message._load_15m = "load_15m";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                message.memoryTotalBytes = reader.uint64();
                                message._memoryTotalBytes = "memoryTotalBytes";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                message.memoryUsedBytes = reader.uint64();
                                message._memoryUsedBytes = "memoryUsedBytes";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                message.memoryAvailableBytes = reader.uint64();
                                message._memoryAvailableBytes = "memoryAvailableBytes";
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.disks && message.disks.length))
                                    message.disks = [];
                                message.disks.push($root.remotegpu.agent.v1.DiskUsage.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                message.uptimeS = reader.uint64();
                                message._uptimeS = "uptimeS";
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                message.networkRxBytes = reader.uint64();
                                message._networkRxBytes = "networkRxBytes";
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                message.networkTxBytes = reader.uint64();
                                message._networkTxBytes = "networkTxBytes";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a HostMetrics message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.HostMetrics
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                HostMetrics.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.cpuUtilizationPct != null && $Object.hasOwnProperty.call(message, "cpuUtilizationPct")) {
                        properties._cpuUtilizationPct = 1;
                        if (typeof message.cpuUtilizationPct !== "number")
                            return "cpuUtilizationPct: number expected";
                    }
                    if (message.load_1m != null && $Object.hasOwnProperty.call(message, "load_1m")) {
                        properties._load_1m = 1;
                        if (typeof message.load_1m !== "number")
                            return "load_1m: number expected";
                    }
                    if (message.load_5m != null && $Object.hasOwnProperty.call(message, "load_5m")) {
                        properties._load_5m = 1;
                        if (typeof message.load_5m !== "number")
                            return "load_5m: number expected";
                    }
                    if (message.load_15m != null && $Object.hasOwnProperty.call(message, "load_15m")) {
                        properties._load_15m = 1;
                        if (typeof message.load_15m !== "number")
                            return "load_15m: number expected";
                    }
                    if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes")) {
                        properties._memoryTotalBytes = 1;
                        if (!$util.isInteger(message.memoryTotalBytes) && !(message.memoryTotalBytes && $util.isInteger(message.memoryTotalBytes.low) && $util.isInteger(message.memoryTotalBytes.high)))
                            return "memoryTotalBytes: integer|Long expected";
                    }
                    if (message.memoryUsedBytes != null && $Object.hasOwnProperty.call(message, "memoryUsedBytes")) {
                        properties._memoryUsedBytes = 1;
                        if (!$util.isInteger(message.memoryUsedBytes) && !(message.memoryUsedBytes && $util.isInteger(message.memoryUsedBytes.low) && $util.isInteger(message.memoryUsedBytes.high)))
                            return "memoryUsedBytes: integer|Long expected";
                    }
                    if (message.memoryAvailableBytes != null && $Object.hasOwnProperty.call(message, "memoryAvailableBytes")) {
                        properties._memoryAvailableBytes = 1;
                        if (!$util.isInteger(message.memoryAvailableBytes) && !(message.memoryAvailableBytes && $util.isInteger(message.memoryAvailableBytes.low) && $util.isInteger(message.memoryAvailableBytes.high)))
                            return "memoryAvailableBytes: integer|Long expected";
                    }
                    if (message.disks != null && $Object.hasOwnProperty.call(message, "disks")) {
                        if (!$Array.isArray(message.disks))
                            return "disks: array expected";
                        for (let i = 0; i < message.disks.length; ++i) {
                            let error = $root.remotegpu.agent.v1.DiskUsage.verify(message.disks[i], _depth + 1);
                            if (error)
                                return "disks." + error;
                        }
                    }
                    if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS")) {
                        properties._uptimeS = 1;
                        if (!$util.isInteger(message.uptimeS) && !(message.uptimeS && $util.isInteger(message.uptimeS.low) && $util.isInteger(message.uptimeS.high)))
                            return "uptimeS: integer|Long expected";
                    }
                    if (message.networkRxBytes != null && $Object.hasOwnProperty.call(message, "networkRxBytes")) {
                        properties._networkRxBytes = 1;
                        if (!$util.isInteger(message.networkRxBytes) && !(message.networkRxBytes && $util.isInteger(message.networkRxBytes.low) && $util.isInteger(message.networkRxBytes.high)))
                            return "networkRxBytes: integer|Long expected";
                    }
                    if (message.networkTxBytes != null && $Object.hasOwnProperty.call(message, "networkTxBytes")) {
                        properties._networkTxBytes = 1;
                        if (!$util.isInteger(message.networkTxBytes) && !(message.networkTxBytes && $util.isInteger(message.networkTxBytes.low) && $util.isInteger(message.networkTxBytes.high)))
                            return "networkTxBytes: integer|Long expected";
                    }
                    return null;
                };

                /**
                 * Creates a HostMetrics message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.HostMetrics
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.HostMetrics} HostMetrics
                 */
                HostMetrics.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.HostMetrics)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.HostMetrics: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.HostMetrics();
                    if (object.cpuUtilizationPct != null)
                        message.cpuUtilizationPct = $Number(object.cpuUtilizationPct);
                    if (object.load_1m != null)
                        message.load_1m = $Number(object.load_1m);
                    if (object.load_5m != null)
                        message.load_5m = $Number(object.load_5m);
                    if (object.load_15m != null)
                        message.load_15m = $Number(object.load_15m);
                    if (object.memoryTotalBytes != null)
                        if ($util.Long)
                            message.memoryTotalBytes = $util.Long.fromValue(object.memoryTotalBytes, true);
                        else if (typeof object.memoryTotalBytes === "string")
                            message.memoryTotalBytes = $parseInt(object.memoryTotalBytes, 10);
                        else if (typeof object.memoryTotalBytes === "number")
                            message.memoryTotalBytes = object.memoryTotalBytes;
                        else if (typeof object.memoryTotalBytes === "object")
                            message.memoryTotalBytes = new $util.LongBits(object.memoryTotalBytes.low >>> 0, object.memoryTotalBytes.high >>> 0).toNumber(true);
                    if (object.memoryUsedBytes != null)
                        if ($util.Long)
                            message.memoryUsedBytes = $util.Long.fromValue(object.memoryUsedBytes, true);
                        else if (typeof object.memoryUsedBytes === "string")
                            message.memoryUsedBytes = $parseInt(object.memoryUsedBytes, 10);
                        else if (typeof object.memoryUsedBytes === "number")
                            message.memoryUsedBytes = object.memoryUsedBytes;
                        else if (typeof object.memoryUsedBytes === "object")
                            message.memoryUsedBytes = new $util.LongBits(object.memoryUsedBytes.low >>> 0, object.memoryUsedBytes.high >>> 0).toNumber(true);
                    if (object.memoryAvailableBytes != null)
                        if ($util.Long)
                            message.memoryAvailableBytes = $util.Long.fromValue(object.memoryAvailableBytes, true);
                        else if (typeof object.memoryAvailableBytes === "string")
                            message.memoryAvailableBytes = $parseInt(object.memoryAvailableBytes, 10);
                        else if (typeof object.memoryAvailableBytes === "number")
                            message.memoryAvailableBytes = object.memoryAvailableBytes;
                        else if (typeof object.memoryAvailableBytes === "object")
                            message.memoryAvailableBytes = new $util.LongBits(object.memoryAvailableBytes.low >>> 0, object.memoryAvailableBytes.high >>> 0).toNumber(true);
                    if (object.disks) {
                        if (!$Array.isArray(object.disks))
                            throw $TypeError(".remotegpu.agent.v1.HostMetrics.disks: array expected");
                        message.disks = $Array(object.disks.length);
                        for (let i = 0; i < object.disks.length; ++i) {
                            if (!$util.isObject(object.disks[i]))
                                throw $TypeError(".remotegpu.agent.v1.HostMetrics.disks: object expected");
                            message.disks[i] = $root.remotegpu.agent.v1.DiskUsage.fromObject(object.disks[i], _depth + 1);
                        }
                    }
                    if (object.uptimeS != null)
                        if ($util.Long)
                            message.uptimeS = $util.Long.fromValue(object.uptimeS, true);
                        else if (typeof object.uptimeS === "string")
                            message.uptimeS = $parseInt(object.uptimeS, 10);
                        else if (typeof object.uptimeS === "number")
                            message.uptimeS = object.uptimeS;
                        else if (typeof object.uptimeS === "object")
                            message.uptimeS = new $util.LongBits(object.uptimeS.low >>> 0, object.uptimeS.high >>> 0).toNumber(true);
                    if (object.networkRxBytes != null)
                        if ($util.Long)
                            message.networkRxBytes = $util.Long.fromValue(object.networkRxBytes, true);
                        else if (typeof object.networkRxBytes === "string")
                            message.networkRxBytes = $parseInt(object.networkRxBytes, 10);
                        else if (typeof object.networkRxBytes === "number")
                            message.networkRxBytes = object.networkRxBytes;
                        else if (typeof object.networkRxBytes === "object")
                            message.networkRxBytes = new $util.LongBits(object.networkRxBytes.low >>> 0, object.networkRxBytes.high >>> 0).toNumber(true);
                    if (object.networkTxBytes != null)
                        if ($util.Long)
                            message.networkTxBytes = $util.Long.fromValue(object.networkTxBytes, true);
                        else if (typeof object.networkTxBytes === "string")
                            message.networkTxBytes = $parseInt(object.networkTxBytes, 10);
                        else if (typeof object.networkTxBytes === "number")
                            message.networkTxBytes = object.networkTxBytes;
                        else if (typeof object.networkTxBytes === "object")
                            message.networkTxBytes = new $util.LongBits(object.networkTxBytes.low >>> 0, object.networkTxBytes.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a HostMetrics message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.HostMetrics
                 * @static
                 * @param {remotegpu.agent.v1.HostMetrics} message HostMetrics
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                HostMetrics.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.disks = [];
                    if (message.cpuUtilizationPct != null && $Object.hasOwnProperty.call(message, "cpuUtilizationPct"))
                        object.cpuUtilizationPct = options.json && !$isFinite(message.cpuUtilizationPct) ? $String(message.cpuUtilizationPct) : message.cpuUtilizationPct;
                    if (message.load_1m != null && $Object.hasOwnProperty.call(message, "load_1m"))
                        object.load_1m = options.json && !$isFinite(message.load_1m) ? $String(message.load_1m) : message.load_1m;
                    if (message.load_5m != null && $Object.hasOwnProperty.call(message, "load_5m"))
                        object.load_5m = options.json && !$isFinite(message.load_5m) ? $String(message.load_5m) : message.load_5m;
                    if (message.load_15m != null && $Object.hasOwnProperty.call(message, "load_15m"))
                        object.load_15m = options.json && !$isFinite(message.load_15m) ? $String(message.load_15m) : message.load_15m;
                    if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memoryTotalBytes = typeof message.memoryTotalBytes === "number" ? $BigInt(message.memoryTotalBytes) : $util.Long.fromBits(message.memoryTotalBytes.low >>> 0, message.memoryTotalBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.memoryTotalBytes === "number")
                            object.memoryTotalBytes = options.longs === $String ? $String(message.memoryTotalBytes) : message.memoryTotalBytes;
                        else
                            object.memoryTotalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryTotalBytes) : options.longs === $Number ? new $util.LongBits(message.memoryTotalBytes.low >>> 0, message.memoryTotalBytes.high >>> 0).toNumber(true) : message.memoryTotalBytes;
                    if (message.memoryUsedBytes != null && $Object.hasOwnProperty.call(message, "memoryUsedBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memoryUsedBytes = typeof message.memoryUsedBytes === "number" ? $BigInt(message.memoryUsedBytes) : $util.Long.fromBits(message.memoryUsedBytes.low >>> 0, message.memoryUsedBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.memoryUsedBytes === "number")
                            object.memoryUsedBytes = options.longs === $String ? $String(message.memoryUsedBytes) : message.memoryUsedBytes;
                        else
                            object.memoryUsedBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryUsedBytes) : options.longs === $Number ? new $util.LongBits(message.memoryUsedBytes.low >>> 0, message.memoryUsedBytes.high >>> 0).toNumber(true) : message.memoryUsedBytes;
                    if (message.memoryAvailableBytes != null && $Object.hasOwnProperty.call(message, "memoryAvailableBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memoryAvailableBytes = typeof message.memoryAvailableBytes === "number" ? $BigInt(message.memoryAvailableBytes) : $util.Long.fromBits(message.memoryAvailableBytes.low >>> 0, message.memoryAvailableBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.memoryAvailableBytes === "number")
                            object.memoryAvailableBytes = options.longs === $String ? $String(message.memoryAvailableBytes) : message.memoryAvailableBytes;
                        else
                            object.memoryAvailableBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryAvailableBytes) : options.longs === $Number ? new $util.LongBits(message.memoryAvailableBytes.low >>> 0, message.memoryAvailableBytes.high >>> 0).toNumber(true) : message.memoryAvailableBytes;
                    if (message.disks && message.disks.length) {
                        object.disks = $Array(message.disks.length);
                        for (let j = 0; j < message.disks.length; ++j)
                            object.disks[j] = $root.remotegpu.agent.v1.DiskUsage.toObject(message.disks[j], options, _depth + 1);
                    }
                    if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.uptimeS = typeof message.uptimeS === "number" ? $BigInt(message.uptimeS) : $util.Long.fromBits(message.uptimeS.low >>> 0, message.uptimeS.high >>> 0, true).toBigInt();
                        else if (typeof message.uptimeS === "number")
                            object.uptimeS = options.longs === $String ? $String(message.uptimeS) : message.uptimeS;
                        else
                            object.uptimeS = options.longs === $String ? $util.Long.prototype.toString.call(message.uptimeS) : options.longs === $Number ? new $util.LongBits(message.uptimeS.low >>> 0, message.uptimeS.high >>> 0).toNumber(true) : message.uptimeS;
                    if (message.networkRxBytes != null && $Object.hasOwnProperty.call(message, "networkRxBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.networkRxBytes = typeof message.networkRxBytes === "number" ? $BigInt(message.networkRxBytes) : $util.Long.fromBits(message.networkRxBytes.low >>> 0, message.networkRxBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.networkRxBytes === "number")
                            object.networkRxBytes = options.longs === $String ? $String(message.networkRxBytes) : message.networkRxBytes;
                        else
                            object.networkRxBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.networkRxBytes) : options.longs === $Number ? new $util.LongBits(message.networkRxBytes.low >>> 0, message.networkRxBytes.high >>> 0).toNumber(true) : message.networkRxBytes;
                    if (message.networkTxBytes != null && $Object.hasOwnProperty.call(message, "networkTxBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.networkTxBytes = typeof message.networkTxBytes === "number" ? $BigInt(message.networkTxBytes) : $util.Long.fromBits(message.networkTxBytes.low >>> 0, message.networkTxBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.networkTxBytes === "number")
                            object.networkTxBytes = options.longs === $String ? $String(message.networkTxBytes) : message.networkTxBytes;
                        else
                            object.networkTxBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.networkTxBytes) : options.longs === $Number ? new $util.LongBits(message.networkTxBytes.low >>> 0, message.networkTxBytes.high >>> 0).toNumber(true) : message.networkTxBytes;
                    return object;
                };

                /**
                 * Converts this HostMetrics to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.HostMetrics
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                HostMetrics.prototype.toJSON = function() {
                    return HostMetrics.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for HostMetrics
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.HostMetrics
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HostMetrics.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.HostMetrics";
                };

                return HostMetrics;
            })();

            v1.DiskUsage = (function() {

                /**
                 * Properties of a DiskUsage.
                 * @typedef {Object} remotegpu.agent.v1.DiskUsage.$Properties
                 * @property {string} [mount] DiskUsage mount
                 * @property {number|null} [sizeBytes] DiskUsage sizeBytes
                 * @property {number|null} [usedBytes] DiskUsage usedBytes
                 * @property {number|null} [availableBytes] DiskUsage availableBytes
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DiskUsage.
                 * @memberof remotegpu.agent.v1
                 * @interface IDiskUsage
                 * @augments remotegpu.agent.v1.DiskUsage.$Properties
                 * @deprecated Use remotegpu.agent.v1.DiskUsage.$Properties instead.
                 */

                /**
                 * Shape of a DiskUsage.
                 * @typedef {remotegpu.agent.v1.DiskUsage.$Properties} remotegpu.agent.v1.DiskUsage.$Shape
                 */

                /**
                 * Constructs a new DiskUsage.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a DiskUsage.
                 * @constructor
                 * @param {remotegpu.agent.v1.DiskUsage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DiskUsage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * DiskUsage mount.
                 * @member {string} mount
                 * @memberof remotegpu.agent.v1.DiskUsage
                 * @instance
                 */
                DiskUsage.prototype.mount = "";

                /**
                 * DiskUsage sizeBytes.
                 * @member {number|null} sizeBytes
                 * @memberof remotegpu.agent.v1.DiskUsage
                 * @instance
                 */
                DiskUsage.prototype.sizeBytes = null;

                /**
                 * DiskUsage usedBytes.
                 * @member {number|null} usedBytes
                 * @memberof remotegpu.agent.v1.DiskUsage
                 * @instance
                 */
                DiskUsage.prototype.usedBytes = null;

                /**
                 * DiskUsage availableBytes.
                 * @member {number|null} availableBytes
                 * @memberof remotegpu.agent.v1.DiskUsage
                 * @instance
                 */
                DiskUsage.prototype.availableBytes = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DiskUsage.prototype, "_sizeBytes", {
                    get: $util.oneOfGetter($oneOfFields = ["sizeBytes"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DiskUsage.prototype, "_usedBytes", {
                    get: $util.oneOfGetter($oneOfFields = ["usedBytes"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DiskUsage.prototype, "_availableBytes", {
                    get: $util.oneOfGetter($oneOfFields = ["availableBytes"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new DiskUsage instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.DiskUsage
                 * @static
                 * @param {remotegpu.agent.v1.DiskUsage.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.DiskUsage} DiskUsage instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.DiskUsage.$Shape): remotegpu.agent.v1.DiskUsage & remotegpu.agent.v1.DiskUsage.$Shape;
                 *   (properties?: remotegpu.agent.v1.DiskUsage.$Properties): remotegpu.agent.v1.DiskUsage;
                 * }}
                 */
                DiskUsage.create = function(properties) {
                    return new DiskUsage(properties);
                };

                /**
                 * Encodes the specified DiskUsage message. Does not implicitly {@link remotegpu.agent.v1.DiskUsage.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.DiskUsage
                 * @static
                 * @param {remotegpu.agent.v1.DiskUsage.$Properties} message DiskUsage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DiskUsage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.mount != null && $Object.hasOwnProperty.call(message, "mount") && message.mount !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.mount);
                    if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sizeBytes);
                    if (message.usedBytes != null && $Object.hasOwnProperty.call(message, "usedBytes"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.usedBytes);
                    if (message.availableBytes != null && $Object.hasOwnProperty.call(message, "availableBytes"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.availableBytes);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a DiskUsage message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.DiskUsage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.DiskUsage & remotegpu.agent.v1.DiskUsage.$Shape} DiskUsage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DiskUsage.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.DiskUsage();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.mount = value;
                                else
                                    delete message.mount;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.sizeBytes = reader.uint64();
                                message._sizeBytes = "sizeBytes";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.usedBytes = reader.uint64();
                                message._usedBytes = "usedBytes";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.availableBytes = reader.uint64();
                                message._availableBytes = "availableBytes";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a DiskUsage message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.DiskUsage
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                DiskUsage.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.mount != null && $Object.hasOwnProperty.call(message, "mount"))
                        if (!$util.isString(message.mount))
                            return "mount: string expected";
                    if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes")) {
                        properties._sizeBytes = 1;
                        if (!$util.isInteger(message.sizeBytes) && !(message.sizeBytes && $util.isInteger(message.sizeBytes.low) && $util.isInteger(message.sizeBytes.high)))
                            return "sizeBytes: integer|Long expected";
                    }
                    if (message.usedBytes != null && $Object.hasOwnProperty.call(message, "usedBytes")) {
                        properties._usedBytes = 1;
                        if (!$util.isInteger(message.usedBytes) && !(message.usedBytes && $util.isInteger(message.usedBytes.low) && $util.isInteger(message.usedBytes.high)))
                            return "usedBytes: integer|Long expected";
                    }
                    if (message.availableBytes != null && $Object.hasOwnProperty.call(message, "availableBytes")) {
                        properties._availableBytes = 1;
                        if (!$util.isInteger(message.availableBytes) && !(message.availableBytes && $util.isInteger(message.availableBytes.low) && $util.isInteger(message.availableBytes.high)))
                            return "availableBytes: integer|Long expected";
                    }
                    return null;
                };

                /**
                 * Creates a DiskUsage message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.DiskUsage
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.DiskUsage} DiskUsage
                 */
                DiskUsage.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.DiskUsage)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.DiskUsage: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.DiskUsage();
                    if (object.mount != null)
                        if (typeof object.mount !== "string" || object.mount.length)
                            message.mount = $String(object.mount);
                    if (object.sizeBytes != null)
                        if ($util.Long)
                            message.sizeBytes = $util.Long.fromValue(object.sizeBytes, true);
                        else if (typeof object.sizeBytes === "string")
                            message.sizeBytes = $parseInt(object.sizeBytes, 10);
                        else if (typeof object.sizeBytes === "number")
                            message.sizeBytes = object.sizeBytes;
                        else if (typeof object.sizeBytes === "object")
                            message.sizeBytes = new $util.LongBits(object.sizeBytes.low >>> 0, object.sizeBytes.high >>> 0).toNumber(true);
                    if (object.usedBytes != null)
                        if ($util.Long)
                            message.usedBytes = $util.Long.fromValue(object.usedBytes, true);
                        else if (typeof object.usedBytes === "string")
                            message.usedBytes = $parseInt(object.usedBytes, 10);
                        else if (typeof object.usedBytes === "number")
                            message.usedBytes = object.usedBytes;
                        else if (typeof object.usedBytes === "object")
                            message.usedBytes = new $util.LongBits(object.usedBytes.low >>> 0, object.usedBytes.high >>> 0).toNumber(true);
                    if (object.availableBytes != null)
                        if ($util.Long)
                            message.availableBytes = $util.Long.fromValue(object.availableBytes, true);
                        else if (typeof object.availableBytes === "string")
                            message.availableBytes = $parseInt(object.availableBytes, 10);
                        else if (typeof object.availableBytes === "number")
                            message.availableBytes = object.availableBytes;
                        else if (typeof object.availableBytes === "object")
                            message.availableBytes = new $util.LongBits(object.availableBytes.low >>> 0, object.availableBytes.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a DiskUsage message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.DiskUsage
                 * @static
                 * @param {remotegpu.agent.v1.DiskUsage} message DiskUsage
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DiskUsage.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.mount = "";
                    if (message.mount != null && $Object.hasOwnProperty.call(message, "mount"))
                        object.mount = message.mount;
                    if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.sizeBytes = typeof message.sizeBytes === "number" ? $BigInt(message.sizeBytes) : $util.Long.fromBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.sizeBytes === "number")
                            object.sizeBytes = options.longs === $String ? $String(message.sizeBytes) : message.sizeBytes;
                        else
                            object.sizeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.sizeBytes) : options.longs === $Number ? new $util.LongBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0).toNumber(true) : message.sizeBytes;
                    if (message.usedBytes != null && $Object.hasOwnProperty.call(message, "usedBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.usedBytes = typeof message.usedBytes === "number" ? $BigInt(message.usedBytes) : $util.Long.fromBits(message.usedBytes.low >>> 0, message.usedBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.usedBytes === "number")
                            object.usedBytes = options.longs === $String ? $String(message.usedBytes) : message.usedBytes;
                        else
                            object.usedBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.usedBytes) : options.longs === $Number ? new $util.LongBits(message.usedBytes.low >>> 0, message.usedBytes.high >>> 0).toNumber(true) : message.usedBytes;
                    if (message.availableBytes != null && $Object.hasOwnProperty.call(message, "availableBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.availableBytes = typeof message.availableBytes === "number" ? $BigInt(message.availableBytes) : $util.Long.fromBits(message.availableBytes.low >>> 0, message.availableBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.availableBytes === "number")
                            object.availableBytes = options.longs === $String ? $String(message.availableBytes) : message.availableBytes;
                        else
                            object.availableBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.availableBytes) : options.longs === $Number ? new $util.LongBits(message.availableBytes.low >>> 0, message.availableBytes.high >>> 0).toNumber(true) : message.availableBytes;
                    return object;
                };

                /**
                 * Converts this DiskUsage to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.DiskUsage
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DiskUsage.prototype.toJSON = function() {
                    return DiskUsage.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DiskUsage
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.DiskUsage
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DiskUsage.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.DiskUsage";
                };

                return DiskUsage;
            })();

            v1.GpuSample = (function() {

                /**
                 * Properties of a GpuSample.
                 * @typedef {Object} remotegpu.agent.v1.GpuSample.$Properties
                 * @property {number} [index] GpuSample index
                 * @property {string} [uuid] GpuSample uuid
                 * @property {string} [pciBusId] GpuSample pciBusId
                 * @property {number|null} [utilizationGpuPct] GpuSample utilizationGpuPct
                 * @property {number|null} [utilizationMemoryPct] GpuSample utilizationMemoryPct
                 * @property {number|null} [utilizationEncoderPct] GpuSample utilizationEncoderPct
                 * @property {number|null} [utilizationDecoderPct] GpuSample utilizationDecoderPct
                 * @property {number|null} [memoryTotalMib] GpuSample memoryTotalMib
                 * @property {number|null} [memoryUsedMib] GpuSample memoryUsedMib
                 * @property {number|null} [memoryFreeMib] GpuSample memoryFreeMib
                 * @property {number|null} [memoryReservedMib] GpuSample memoryReservedMib
                 * @property {number|null} [temperatureGpuC] GpuSample temperatureGpuC
                 * @property {number|null} [temperatureMemoryC] GpuSample temperatureMemoryC
                 * @property {number|null} [powerDrawW] GpuSample powerDrawW
                 * @property {number|null} [powerLimitW] GpuSample powerLimitW
                 * @property {number|null} [enforcedPowerLimitW] GpuSample enforcedPowerLimitW
                 * @property {number|null} [smClockMhz] GpuSample smClockMhz
                 * @property {number|null} [memClockMhz] GpuSample memClockMhz
                 * @property {number|null} [graphicsClockMhz] GpuSample graphicsClockMhz
                 * @property {number|null} [maxSmClockMhz] GpuSample maxSmClockMhz
                 * @property {number|null} [fanSpeedPct] GpuSample fanSpeedPct
                 * @property {string|null} [pstate] GpuSample pstate
                 * @property {number|null} [throttleReasonsActive] GpuSample throttleReasonsActive
                 * @property {boolean|null} [eccEnabled] GpuSample eccEnabled
                 * @property {number|null} [eccCorrectedVolatile] GpuSample eccCorrectedVolatile
                 * @property {number|null} [eccUncorrectedVolatile] GpuSample eccUncorrectedVolatile
                 * @property {number|null} [eccCorrectedAggregate] GpuSample eccCorrectedAggregate
                 * @property {number|null} [eccUncorrectedAggregate] GpuSample eccUncorrectedAggregate
                 * @property {number|null} [retiredPagesSbe] GpuSample retiredPagesSbe
                 * @property {number|null} [retiredPagesDbe] GpuSample retiredPagesDbe
                 * @property {boolean|null} [retiredPagesPending] GpuSample retiredPagesPending
                 * @property {number|null} [remappedRowsCorrectable] GpuSample remappedRowsCorrectable
                 * @property {number|null} [remappedRowsUncorrectable] GpuSample remappedRowsUncorrectable
                 * @property {boolean|null} [remappedRowsPending] GpuSample remappedRowsPending
                 * @property {boolean|null} [remappedRowsFailure] GpuSample remappedRowsFailure
                 * @property {string|null} [recoveryAction] GpuSample recoveryAction
                 * @property {remotegpu.agent.v1.MigMode} [migMode] GpuSample migMode
                 * @property {string|null} [computeMode] GpuSample computeMode
                 * @property {boolean|null} [persistenceMode] GpuSample persistenceMode
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GpuSample.
                 * @memberof remotegpu.agent.v1
                 * @interface IGpuSample
                 * @augments remotegpu.agent.v1.GpuSample.$Properties
                 * @deprecated Use remotegpu.agent.v1.GpuSample.$Properties instead.
                 */

                /**
                 * Shape of a GpuSample.
                 * @typedef {remotegpu.agent.v1.GpuSample.$Properties} remotegpu.agent.v1.GpuSample.$Shape
                 */

                /**
                 * Constructs a new GpuSample.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a GpuSample.
                 * @constructor
                 * @param {remotegpu.agent.v1.GpuSample.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GpuSample = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GpuSample index.
                 * @member {number} index
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.index = 0;

                /**
                 * GpuSample uuid.
                 * @member {string} uuid
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.uuid = "";

                /**
                 * GpuSample pciBusId.
                 * @member {string} pciBusId
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.pciBusId = "";

                /**
                 * GpuSample utilizationGpuPct.
                 * @member {number|null} utilizationGpuPct
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.utilizationGpuPct = null;

                /**
                 * GpuSample utilizationMemoryPct.
                 * @member {number|null} utilizationMemoryPct
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.utilizationMemoryPct = null;

                /**
                 * GpuSample utilizationEncoderPct.
                 * @member {number|null} utilizationEncoderPct
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.utilizationEncoderPct = null;

                /**
                 * GpuSample utilizationDecoderPct.
                 * @member {number|null} utilizationDecoderPct
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.utilizationDecoderPct = null;

                /**
                 * GpuSample memoryTotalMib.
                 * @member {number|null} memoryTotalMib
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.memoryTotalMib = null;

                /**
                 * GpuSample memoryUsedMib.
                 * @member {number|null} memoryUsedMib
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.memoryUsedMib = null;

                /**
                 * GpuSample memoryFreeMib.
                 * @member {number|null} memoryFreeMib
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.memoryFreeMib = null;

                /**
                 * GpuSample memoryReservedMib.
                 * @member {number|null} memoryReservedMib
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.memoryReservedMib = null;

                /**
                 * GpuSample temperatureGpuC.
                 * @member {number|null} temperatureGpuC
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.temperatureGpuC = null;

                /**
                 * GpuSample temperatureMemoryC.
                 * @member {number|null} temperatureMemoryC
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.temperatureMemoryC = null;

                /**
                 * GpuSample powerDrawW.
                 * @member {number|null} powerDrawW
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.powerDrawW = null;

                /**
                 * GpuSample powerLimitW.
                 * @member {number|null} powerLimitW
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.powerLimitW = null;

                /**
                 * GpuSample enforcedPowerLimitW.
                 * @member {number|null} enforcedPowerLimitW
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.enforcedPowerLimitW = null;

                /**
                 * GpuSample smClockMhz.
                 * @member {number|null} smClockMhz
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.smClockMhz = null;

                /**
                 * GpuSample memClockMhz.
                 * @member {number|null} memClockMhz
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.memClockMhz = null;

                /**
                 * GpuSample graphicsClockMhz.
                 * @member {number|null} graphicsClockMhz
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.graphicsClockMhz = null;

                /**
                 * GpuSample maxSmClockMhz.
                 * @member {number|null} maxSmClockMhz
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.maxSmClockMhz = null;

                /**
                 * GpuSample fanSpeedPct.
                 * @member {number|null} fanSpeedPct
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.fanSpeedPct = null;

                /**
                 * GpuSample pstate.
                 * @member {string|null} pstate
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.pstate = null;

                /**
                 * GpuSample throttleReasonsActive.
                 * @member {number|null} throttleReasonsActive
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.throttleReasonsActive = null;

                /**
                 * GpuSample eccEnabled.
                 * @member {boolean|null} eccEnabled
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.eccEnabled = null;

                /**
                 * GpuSample eccCorrectedVolatile.
                 * @member {number|null} eccCorrectedVolatile
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.eccCorrectedVolatile = null;

                /**
                 * GpuSample eccUncorrectedVolatile.
                 * @member {number|null} eccUncorrectedVolatile
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.eccUncorrectedVolatile = null;

                /**
                 * GpuSample eccCorrectedAggregate.
                 * @member {number|null} eccCorrectedAggregate
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.eccCorrectedAggregate = null;

                /**
                 * GpuSample eccUncorrectedAggregate.
                 * @member {number|null} eccUncorrectedAggregate
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.eccUncorrectedAggregate = null;

                /**
                 * GpuSample retiredPagesSbe.
                 * @member {number|null} retiredPagesSbe
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.retiredPagesSbe = null;

                /**
                 * GpuSample retiredPagesDbe.
                 * @member {number|null} retiredPagesDbe
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.retiredPagesDbe = null;

                /**
                 * GpuSample retiredPagesPending.
                 * @member {boolean|null} retiredPagesPending
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.retiredPagesPending = null;

                /**
                 * GpuSample remappedRowsCorrectable.
                 * @member {number|null} remappedRowsCorrectable
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.remappedRowsCorrectable = null;

                /**
                 * GpuSample remappedRowsUncorrectable.
                 * @member {number|null} remappedRowsUncorrectable
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.remappedRowsUncorrectable = null;

                /**
                 * GpuSample remappedRowsPending.
                 * @member {boolean|null} remappedRowsPending
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.remappedRowsPending = null;

                /**
                 * GpuSample remappedRowsFailure.
                 * @member {boolean|null} remappedRowsFailure
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.remappedRowsFailure = null;

                /**
                 * GpuSample recoveryAction.
                 * @member {string|null} recoveryAction
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.recoveryAction = null;

                /**
                 * GpuSample migMode.
                 * @member {remotegpu.agent.v1.MigMode} migMode
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.migMode = 0;

                /**
                 * GpuSample computeMode.
                 * @member {string|null} computeMode
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.computeMode = null;

                /**
                 * GpuSample persistenceMode.
                 * @member {boolean|null} persistenceMode
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 */
                GpuSample.prototype.persistenceMode = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_utilizationGpuPct", {
                    get: $util.oneOfGetter($oneOfFields = ["utilizationGpuPct"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_utilizationMemoryPct", {
                    get: $util.oneOfGetter($oneOfFields = ["utilizationMemoryPct"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_utilizationEncoderPct", {
                    get: $util.oneOfGetter($oneOfFields = ["utilizationEncoderPct"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_utilizationDecoderPct", {
                    get: $util.oneOfGetter($oneOfFields = ["utilizationDecoderPct"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_memoryTotalMib", {
                    get: $util.oneOfGetter($oneOfFields = ["memoryTotalMib"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_memoryUsedMib", {
                    get: $util.oneOfGetter($oneOfFields = ["memoryUsedMib"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_memoryFreeMib", {
                    get: $util.oneOfGetter($oneOfFields = ["memoryFreeMib"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_memoryReservedMib", {
                    get: $util.oneOfGetter($oneOfFields = ["memoryReservedMib"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_temperatureGpuC", {
                    get: $util.oneOfGetter($oneOfFields = ["temperatureGpuC"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_temperatureMemoryC", {
                    get: $util.oneOfGetter($oneOfFields = ["temperatureMemoryC"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_powerDrawW", {
                    get: $util.oneOfGetter($oneOfFields = ["powerDrawW"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_powerLimitW", {
                    get: $util.oneOfGetter($oneOfFields = ["powerLimitW"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_enforcedPowerLimitW", {
                    get: $util.oneOfGetter($oneOfFields = ["enforcedPowerLimitW"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_smClockMhz", {
                    get: $util.oneOfGetter($oneOfFields = ["smClockMhz"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_memClockMhz", {
                    get: $util.oneOfGetter($oneOfFields = ["memClockMhz"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_graphicsClockMhz", {
                    get: $util.oneOfGetter($oneOfFields = ["graphicsClockMhz"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_maxSmClockMhz", {
                    get: $util.oneOfGetter($oneOfFields = ["maxSmClockMhz"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_fanSpeedPct", {
                    get: $util.oneOfGetter($oneOfFields = ["fanSpeedPct"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_pstate", {
                    get: $util.oneOfGetter($oneOfFields = ["pstate"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_throttleReasonsActive", {
                    get: $util.oneOfGetter($oneOfFields = ["throttleReasonsActive"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_eccEnabled", {
                    get: $util.oneOfGetter($oneOfFields = ["eccEnabled"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_eccCorrectedVolatile", {
                    get: $util.oneOfGetter($oneOfFields = ["eccCorrectedVolatile"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_eccUncorrectedVolatile", {
                    get: $util.oneOfGetter($oneOfFields = ["eccUncorrectedVolatile"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_eccCorrectedAggregate", {
                    get: $util.oneOfGetter($oneOfFields = ["eccCorrectedAggregate"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_eccUncorrectedAggregate", {
                    get: $util.oneOfGetter($oneOfFields = ["eccUncorrectedAggregate"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_retiredPagesSbe", {
                    get: $util.oneOfGetter($oneOfFields = ["retiredPagesSbe"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_retiredPagesDbe", {
                    get: $util.oneOfGetter($oneOfFields = ["retiredPagesDbe"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_retiredPagesPending", {
                    get: $util.oneOfGetter($oneOfFields = ["retiredPagesPending"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_remappedRowsCorrectable", {
                    get: $util.oneOfGetter($oneOfFields = ["remappedRowsCorrectable"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_remappedRowsUncorrectable", {
                    get: $util.oneOfGetter($oneOfFields = ["remappedRowsUncorrectable"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_remappedRowsPending", {
                    get: $util.oneOfGetter($oneOfFields = ["remappedRowsPending"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_remappedRowsFailure", {
                    get: $util.oneOfGetter($oneOfFields = ["remappedRowsFailure"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_recoveryAction", {
                    get: $util.oneOfGetter($oneOfFields = ["recoveryAction"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_computeMode", {
                    get: $util.oneOfGetter($oneOfFields = ["computeMode"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuSample.prototype, "_persistenceMode", {
                    get: $util.oneOfGetter($oneOfFields = ["persistenceMode"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new GpuSample instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @static
                 * @param {remotegpu.agent.v1.GpuSample.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.GpuSample} GpuSample instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.GpuSample.$Shape): remotegpu.agent.v1.GpuSample & remotegpu.agent.v1.GpuSample.$Shape;
                 *   (properties?: remotegpu.agent.v1.GpuSample.$Properties): remotegpu.agent.v1.GpuSample;
                 * }}
                 */
                GpuSample.create = function(properties) {
                    return new GpuSample(properties);
                };

                /**
                 * Encodes the specified GpuSample message. Does not implicitly {@link remotegpu.agent.v1.GpuSample.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @static
                 * @param {remotegpu.agent.v1.GpuSample.$Properties} message GpuSample message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GpuSample.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
                    if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid") && message.uuid !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.uuid);
                    if (message.pciBusId != null && $Object.hasOwnProperty.call(message, "pciBusId") && message.pciBusId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.pciBusId);
                    if (message.utilizationGpuPct != null && $Object.hasOwnProperty.call(message, "utilizationGpuPct"))
                        writer.uint32(/* id 4, wireType 1 =*/33).double(message.utilizationGpuPct);
                    if (message.utilizationMemoryPct != null && $Object.hasOwnProperty.call(message, "utilizationMemoryPct"))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.utilizationMemoryPct);
                    if (message.utilizationEncoderPct != null && $Object.hasOwnProperty.call(message, "utilizationEncoderPct"))
                        writer.uint32(/* id 6, wireType 1 =*/49).double(message.utilizationEncoderPct);
                    if (message.utilizationDecoderPct != null && $Object.hasOwnProperty.call(message, "utilizationDecoderPct"))
                        writer.uint32(/* id 7, wireType 1 =*/57).double(message.utilizationDecoderPct);
                    if (message.memoryTotalMib != null && $Object.hasOwnProperty.call(message, "memoryTotalMib"))
                        writer.uint32(/* id 8, wireType 1 =*/65).double(message.memoryTotalMib);
                    if (message.memoryUsedMib != null && $Object.hasOwnProperty.call(message, "memoryUsedMib"))
                        writer.uint32(/* id 9, wireType 1 =*/73).double(message.memoryUsedMib);
                    if (message.memoryFreeMib != null && $Object.hasOwnProperty.call(message, "memoryFreeMib"))
                        writer.uint32(/* id 10, wireType 1 =*/81).double(message.memoryFreeMib);
                    if (message.memoryReservedMib != null && $Object.hasOwnProperty.call(message, "memoryReservedMib"))
                        writer.uint32(/* id 11, wireType 1 =*/89).double(message.memoryReservedMib);
                    if (message.temperatureGpuC != null && $Object.hasOwnProperty.call(message, "temperatureGpuC"))
                        writer.uint32(/* id 12, wireType 1 =*/97).double(message.temperatureGpuC);
                    if (message.temperatureMemoryC != null && $Object.hasOwnProperty.call(message, "temperatureMemoryC"))
                        writer.uint32(/* id 13, wireType 1 =*/105).double(message.temperatureMemoryC);
                    if (message.powerDrawW != null && $Object.hasOwnProperty.call(message, "powerDrawW"))
                        writer.uint32(/* id 14, wireType 1 =*/113).double(message.powerDrawW);
                    if (message.powerLimitW != null && $Object.hasOwnProperty.call(message, "powerLimitW"))
                        writer.uint32(/* id 15, wireType 1 =*/121).double(message.powerLimitW);
                    if (message.enforcedPowerLimitW != null && $Object.hasOwnProperty.call(message, "enforcedPowerLimitW"))
                        writer.uint32(/* id 16, wireType 1 =*/129).double(message.enforcedPowerLimitW);
                    if (message.smClockMhz != null && $Object.hasOwnProperty.call(message, "smClockMhz"))
                        writer.uint32(/* id 17, wireType 1 =*/137).double(message.smClockMhz);
                    if (message.memClockMhz != null && $Object.hasOwnProperty.call(message, "memClockMhz"))
                        writer.uint32(/* id 18, wireType 1 =*/145).double(message.memClockMhz);
                    if (message.graphicsClockMhz != null && $Object.hasOwnProperty.call(message, "graphicsClockMhz"))
                        writer.uint32(/* id 19, wireType 1 =*/153).double(message.graphicsClockMhz);
                    if (message.maxSmClockMhz != null && $Object.hasOwnProperty.call(message, "maxSmClockMhz"))
                        writer.uint32(/* id 20, wireType 1 =*/161).double(message.maxSmClockMhz);
                    if (message.fanSpeedPct != null && $Object.hasOwnProperty.call(message, "fanSpeedPct"))
                        writer.uint32(/* id 21, wireType 1 =*/169).double(message.fanSpeedPct);
                    if (message.pstate != null && $Object.hasOwnProperty.call(message, "pstate"))
                        writer.uint32(/* id 22, wireType 2 =*/178).string(message.pstate);
                    if (message.throttleReasonsActive != null && $Object.hasOwnProperty.call(message, "throttleReasonsActive"))
                        writer.uint32(/* id 23, wireType 0 =*/184).uint64(message.throttleReasonsActive);
                    if (message.eccEnabled != null && $Object.hasOwnProperty.call(message, "eccEnabled"))
                        writer.uint32(/* id 24, wireType 0 =*/192).bool(message.eccEnabled);
                    if (message.eccCorrectedVolatile != null && $Object.hasOwnProperty.call(message, "eccCorrectedVolatile"))
                        writer.uint32(/* id 25, wireType 0 =*/200).uint64(message.eccCorrectedVolatile);
                    if (message.eccUncorrectedVolatile != null && $Object.hasOwnProperty.call(message, "eccUncorrectedVolatile"))
                        writer.uint32(/* id 26, wireType 0 =*/208).uint64(message.eccUncorrectedVolatile);
                    if (message.eccCorrectedAggregate != null && $Object.hasOwnProperty.call(message, "eccCorrectedAggregate"))
                        writer.uint32(/* id 27, wireType 0 =*/216).uint64(message.eccCorrectedAggregate);
                    if (message.eccUncorrectedAggregate != null && $Object.hasOwnProperty.call(message, "eccUncorrectedAggregate"))
                        writer.uint32(/* id 28, wireType 0 =*/224).uint64(message.eccUncorrectedAggregate);
                    if (message.retiredPagesSbe != null && $Object.hasOwnProperty.call(message, "retiredPagesSbe"))
                        writer.uint32(/* id 29, wireType 0 =*/232).uint64(message.retiredPagesSbe);
                    if (message.retiredPagesDbe != null && $Object.hasOwnProperty.call(message, "retiredPagesDbe"))
                        writer.uint32(/* id 30, wireType 0 =*/240).uint64(message.retiredPagesDbe);
                    if (message.retiredPagesPending != null && $Object.hasOwnProperty.call(message, "retiredPagesPending"))
                        writer.uint32(/* id 31, wireType 0 =*/248).bool(message.retiredPagesPending);
                    if (message.remappedRowsCorrectable != null && $Object.hasOwnProperty.call(message, "remappedRowsCorrectable"))
                        writer.uint32(/* id 32, wireType 0 =*/256).uint64(message.remappedRowsCorrectable);
                    if (message.remappedRowsUncorrectable != null && $Object.hasOwnProperty.call(message, "remappedRowsUncorrectable"))
                        writer.uint32(/* id 33, wireType 0 =*/264).uint64(message.remappedRowsUncorrectable);
                    if (message.remappedRowsPending != null && $Object.hasOwnProperty.call(message, "remappedRowsPending"))
                        writer.uint32(/* id 34, wireType 0 =*/272).bool(message.remappedRowsPending);
                    if (message.remappedRowsFailure != null && $Object.hasOwnProperty.call(message, "remappedRowsFailure"))
                        writer.uint32(/* id 35, wireType 0 =*/280).bool(message.remappedRowsFailure);
                    if (message.recoveryAction != null && $Object.hasOwnProperty.call(message, "recoveryAction"))
                        writer.uint32(/* id 36, wireType 2 =*/290).string(message.recoveryAction);
                    if (message.migMode != null && $Object.hasOwnProperty.call(message, "migMode") && message.migMode !== 0)
                        writer.uint32(/* id 37, wireType 0 =*/296).int32(message.migMode);
                    if (message.computeMode != null && $Object.hasOwnProperty.call(message, "computeMode"))
                        writer.uint32(/* id 38, wireType 2 =*/306).string(message.computeMode);
                    if (message.persistenceMode != null && $Object.hasOwnProperty.call(message, "persistenceMode"))
                        writer.uint32(/* id 39, wireType 0 =*/312).bool(message.persistenceMode);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GpuSample message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.GpuSample & remotegpu.agent.v1.GpuSample.$Shape} GpuSample
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GpuSample.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.GpuSample();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.uuid = value;
                                else
                                    delete message.uuid;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.pciBusId = value;
                                else
                                    delete message.pciBusId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 1)
                                    break;
                                message.utilizationGpuPct = reader.double();
                                message._utilizationGpuPct = "utilizationGpuPct";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 1)
                                    break;
                                message.utilizationMemoryPct = reader.double();
                                message._utilizationMemoryPct = "utilizationMemoryPct";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 1)
                                    break;
                                message.utilizationEncoderPct = reader.double();
                                message._utilizationEncoderPct = "utilizationEncoderPct";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 1)
                                    break;
                                message.utilizationDecoderPct = reader.double();
                                message._utilizationDecoderPct = "utilizationDecoderPct";
                                continue;
                            }
                        case 8: {
                                if (wireType !== 1)
                                    break;
                                message.memoryTotalMib = reader.double();
                                message._memoryTotalMib = "memoryTotalMib";
                                continue;
                            }
                        case 9: {
                                if (wireType !== 1)
                                    break;
                                message.memoryUsedMib = reader.double();
                                message._memoryUsedMib = "memoryUsedMib";
                                continue;
                            }
                        case 10: {
                                if (wireType !== 1)
                                    break;
                                message.memoryFreeMib = reader.double();
                                message._memoryFreeMib = "memoryFreeMib";
                                continue;
                            }
                        case 11: {
                                if (wireType !== 1)
                                    break;
                                message.memoryReservedMib = reader.double();
                                message._memoryReservedMib = "memoryReservedMib";
                                continue;
                            }
                        case 12: {
                                if (wireType !== 1)
                                    break;
                                message.temperatureGpuC = reader.double();
                                message._temperatureGpuC = "temperatureGpuC";
                                continue;
                            }
                        case 13: {
                                if (wireType !== 1)
                                    break;
                                message.temperatureMemoryC = reader.double();
                                message._temperatureMemoryC = "temperatureMemoryC";
                                continue;
                            }
                        case 14: {
                                if (wireType !== 1)
                                    break;
                                message.powerDrawW = reader.double();
                                message._powerDrawW = "powerDrawW";
                                continue;
                            }
                        case 15: {
                                if (wireType !== 1)
                                    break;
                                message.powerLimitW = reader.double();
                                message._powerLimitW = "powerLimitW";
                                continue;
                            }
                        case 16: {
                                if (wireType !== 1)
                                    break;
                                message.enforcedPowerLimitW = reader.double();
                                message._enforcedPowerLimitW = "enforcedPowerLimitW";
                                continue;
                            }
                        case 17: {
                                if (wireType !== 1)
                                    break;
                                message.smClockMhz = reader.double();
                                message._smClockMhz = "smClockMhz";
                                continue;
                            }
                        case 18: {
                                if (wireType !== 1)
                                    break;
                                message.memClockMhz = reader.double();
                                message._memClockMhz = "memClockMhz";
                                continue;
                            }
                        case 19: {
                                if (wireType !== 1)
                                    break;
                                message.graphicsClockMhz = reader.double();
                                message._graphicsClockMhz = "graphicsClockMhz";
                                continue;
                            }
                        case 20: {
                                if (wireType !== 1)
                                    break;
                                message.maxSmClockMhz = reader.double();
                                message._maxSmClockMhz = "maxSmClockMhz";
                                continue;
                            }
                        case 21: {
                                if (wireType !== 1)
                                    break;
                                message.fanSpeedPct = reader.double();
                                message._fanSpeedPct = "fanSpeedPct";
                                continue;
                            }
                        case 22: {
                                if (wireType !== 2)
                                    break;
                                message.pstate = reader.stringVerify();
                                message._pstate = "pstate";
                                continue;
                            }
                        case 23: {
                                if (wireType !== 0)
                                    break;
                                message.throttleReasonsActive = reader.uint64();
                                message._throttleReasonsActive = "throttleReasonsActive";
                                continue;
                            }
                        case 24: {
                                if (wireType !== 0)
                                    break;
                                message.eccEnabled = reader.bool();
                                message._eccEnabled = "eccEnabled";
                                continue;
                            }
                        case 25: {
                                if (wireType !== 0)
                                    break;
                                message.eccCorrectedVolatile = reader.uint64();
                                message._eccCorrectedVolatile = "eccCorrectedVolatile";
                                continue;
                            }
                        case 26: {
                                if (wireType !== 0)
                                    break;
                                message.eccUncorrectedVolatile = reader.uint64();
                                message._eccUncorrectedVolatile = "eccUncorrectedVolatile";
                                continue;
                            }
                        case 27: {
                                if (wireType !== 0)
                                    break;
                                message.eccCorrectedAggregate = reader.uint64();
                                message._eccCorrectedAggregate = "eccCorrectedAggregate";
                                continue;
                            }
                        case 28: {
                                if (wireType !== 0)
                                    break;
                                message.eccUncorrectedAggregate = reader.uint64();
                                message._eccUncorrectedAggregate = "eccUncorrectedAggregate";
                                continue;
                            }
                        case 29: {
                                if (wireType !== 0)
                                    break;
                                message.retiredPagesSbe = reader.uint64();
                                message._retiredPagesSbe = "retiredPagesSbe";
                                continue;
                            }
                        case 30: {
                                if (wireType !== 0)
                                    break;
                                message.retiredPagesDbe = reader.uint64();
                                message._retiredPagesDbe = "retiredPagesDbe";
                                continue;
                            }
                        case 31: {
                                if (wireType !== 0)
                                    break;
                                message.retiredPagesPending = reader.bool();
                                message._retiredPagesPending = "retiredPagesPending";
                                continue;
                            }
                        case 32: {
                                if (wireType !== 0)
                                    break;
                                message.remappedRowsCorrectable = reader.uint64();
                                message._remappedRowsCorrectable = "remappedRowsCorrectable";
                                continue;
                            }
                        case 33: {
                                if (wireType !== 0)
                                    break;
                                message.remappedRowsUncorrectable = reader.uint64();
                                message._remappedRowsUncorrectable = "remappedRowsUncorrectable";
                                continue;
                            }
                        case 34: {
                                if (wireType !== 0)
                                    break;
                                message.remappedRowsPending = reader.bool();
                                message._remappedRowsPending = "remappedRowsPending";
                                continue;
                            }
                        case 35: {
                                if (wireType !== 0)
                                    break;
                                message.remappedRowsFailure = reader.bool();
                                message._remappedRowsFailure = "remappedRowsFailure";
                                continue;
                            }
                        case 36: {
                                if (wireType !== 2)
                                    break;
                                message.recoveryAction = reader.stringVerify();
                                message._recoveryAction = "recoveryAction";
                                continue;
                            }
                        case 37: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.migMode = value;
                                else
                                    delete message.migMode;
                                continue;
                            }
                        case 38: {
                                if (wireType !== 2)
                                    break;
                                message.computeMode = reader.stringVerify();
                                message._computeMode = "computeMode";
                                continue;
                            }
                        case 39: {
                                if (wireType !== 0)
                                    break;
                                message.persistenceMode = reader.bool();
                                message._persistenceMode = "persistenceMode";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a GpuSample message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GpuSample.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (!$util.isInteger(message.index))
                            return "index: integer expected";
                    if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                        if (!$util.isString(message.uuid))
                            return "uuid: string expected";
                    if (message.pciBusId != null && $Object.hasOwnProperty.call(message, "pciBusId"))
                        if (!$util.isString(message.pciBusId))
                            return "pciBusId: string expected";
                    if (message.utilizationGpuPct != null && $Object.hasOwnProperty.call(message, "utilizationGpuPct")) {
                        properties._utilizationGpuPct = 1;
                        if (typeof message.utilizationGpuPct !== "number")
                            return "utilizationGpuPct: number expected";
                    }
                    if (message.utilizationMemoryPct != null && $Object.hasOwnProperty.call(message, "utilizationMemoryPct")) {
                        properties._utilizationMemoryPct = 1;
                        if (typeof message.utilizationMemoryPct !== "number")
                            return "utilizationMemoryPct: number expected";
                    }
                    if (message.utilizationEncoderPct != null && $Object.hasOwnProperty.call(message, "utilizationEncoderPct")) {
                        properties._utilizationEncoderPct = 1;
                        if (typeof message.utilizationEncoderPct !== "number")
                            return "utilizationEncoderPct: number expected";
                    }
                    if (message.utilizationDecoderPct != null && $Object.hasOwnProperty.call(message, "utilizationDecoderPct")) {
                        properties._utilizationDecoderPct = 1;
                        if (typeof message.utilizationDecoderPct !== "number")
                            return "utilizationDecoderPct: number expected";
                    }
                    if (message.memoryTotalMib != null && $Object.hasOwnProperty.call(message, "memoryTotalMib")) {
                        properties._memoryTotalMib = 1;
                        if (typeof message.memoryTotalMib !== "number")
                            return "memoryTotalMib: number expected";
                    }
                    if (message.memoryUsedMib != null && $Object.hasOwnProperty.call(message, "memoryUsedMib")) {
                        properties._memoryUsedMib = 1;
                        if (typeof message.memoryUsedMib !== "number")
                            return "memoryUsedMib: number expected";
                    }
                    if (message.memoryFreeMib != null && $Object.hasOwnProperty.call(message, "memoryFreeMib")) {
                        properties._memoryFreeMib = 1;
                        if (typeof message.memoryFreeMib !== "number")
                            return "memoryFreeMib: number expected";
                    }
                    if (message.memoryReservedMib != null && $Object.hasOwnProperty.call(message, "memoryReservedMib")) {
                        properties._memoryReservedMib = 1;
                        if (typeof message.memoryReservedMib !== "number")
                            return "memoryReservedMib: number expected";
                    }
                    if (message.temperatureGpuC != null && $Object.hasOwnProperty.call(message, "temperatureGpuC")) {
                        properties._temperatureGpuC = 1;
                        if (typeof message.temperatureGpuC !== "number")
                            return "temperatureGpuC: number expected";
                    }
                    if (message.temperatureMemoryC != null && $Object.hasOwnProperty.call(message, "temperatureMemoryC")) {
                        properties._temperatureMemoryC = 1;
                        if (typeof message.temperatureMemoryC !== "number")
                            return "temperatureMemoryC: number expected";
                    }
                    if (message.powerDrawW != null && $Object.hasOwnProperty.call(message, "powerDrawW")) {
                        properties._powerDrawW = 1;
                        if (typeof message.powerDrawW !== "number")
                            return "powerDrawW: number expected";
                    }
                    if (message.powerLimitW != null && $Object.hasOwnProperty.call(message, "powerLimitW")) {
                        properties._powerLimitW = 1;
                        if (typeof message.powerLimitW !== "number")
                            return "powerLimitW: number expected";
                    }
                    if (message.enforcedPowerLimitW != null && $Object.hasOwnProperty.call(message, "enforcedPowerLimitW")) {
                        properties._enforcedPowerLimitW = 1;
                        if (typeof message.enforcedPowerLimitW !== "number")
                            return "enforcedPowerLimitW: number expected";
                    }
                    if (message.smClockMhz != null && $Object.hasOwnProperty.call(message, "smClockMhz")) {
                        properties._smClockMhz = 1;
                        if (typeof message.smClockMhz !== "number")
                            return "smClockMhz: number expected";
                    }
                    if (message.memClockMhz != null && $Object.hasOwnProperty.call(message, "memClockMhz")) {
                        properties._memClockMhz = 1;
                        if (typeof message.memClockMhz !== "number")
                            return "memClockMhz: number expected";
                    }
                    if (message.graphicsClockMhz != null && $Object.hasOwnProperty.call(message, "graphicsClockMhz")) {
                        properties._graphicsClockMhz = 1;
                        if (typeof message.graphicsClockMhz !== "number")
                            return "graphicsClockMhz: number expected";
                    }
                    if (message.maxSmClockMhz != null && $Object.hasOwnProperty.call(message, "maxSmClockMhz")) {
                        properties._maxSmClockMhz = 1;
                        if (typeof message.maxSmClockMhz !== "number")
                            return "maxSmClockMhz: number expected";
                    }
                    if (message.fanSpeedPct != null && $Object.hasOwnProperty.call(message, "fanSpeedPct")) {
                        properties._fanSpeedPct = 1;
                        if (typeof message.fanSpeedPct !== "number")
                            return "fanSpeedPct: number expected";
                    }
                    if (message.pstate != null && $Object.hasOwnProperty.call(message, "pstate")) {
                        properties._pstate = 1;
                        if (!$util.isString(message.pstate))
                            return "pstate: string expected";
                    }
                    if (message.throttleReasonsActive != null && $Object.hasOwnProperty.call(message, "throttleReasonsActive")) {
                        properties._throttleReasonsActive = 1;
                        if (!$util.isInteger(message.throttleReasonsActive) && !(message.throttleReasonsActive && $util.isInteger(message.throttleReasonsActive.low) && $util.isInteger(message.throttleReasonsActive.high)))
                            return "throttleReasonsActive: integer|Long expected";
                    }
                    if (message.eccEnabled != null && $Object.hasOwnProperty.call(message, "eccEnabled")) {
                        properties._eccEnabled = 1;
                        if (typeof message.eccEnabled !== "boolean")
                            return "eccEnabled: boolean expected";
                    }
                    if (message.eccCorrectedVolatile != null && $Object.hasOwnProperty.call(message, "eccCorrectedVolatile")) {
                        properties._eccCorrectedVolatile = 1;
                        if (!$util.isInteger(message.eccCorrectedVolatile) && !(message.eccCorrectedVolatile && $util.isInteger(message.eccCorrectedVolatile.low) && $util.isInteger(message.eccCorrectedVolatile.high)))
                            return "eccCorrectedVolatile: integer|Long expected";
                    }
                    if (message.eccUncorrectedVolatile != null && $Object.hasOwnProperty.call(message, "eccUncorrectedVolatile")) {
                        properties._eccUncorrectedVolatile = 1;
                        if (!$util.isInteger(message.eccUncorrectedVolatile) && !(message.eccUncorrectedVolatile && $util.isInteger(message.eccUncorrectedVolatile.low) && $util.isInteger(message.eccUncorrectedVolatile.high)))
                            return "eccUncorrectedVolatile: integer|Long expected";
                    }
                    if (message.eccCorrectedAggregate != null && $Object.hasOwnProperty.call(message, "eccCorrectedAggregate")) {
                        properties._eccCorrectedAggregate = 1;
                        if (!$util.isInteger(message.eccCorrectedAggregate) && !(message.eccCorrectedAggregate && $util.isInteger(message.eccCorrectedAggregate.low) && $util.isInteger(message.eccCorrectedAggregate.high)))
                            return "eccCorrectedAggregate: integer|Long expected";
                    }
                    if (message.eccUncorrectedAggregate != null && $Object.hasOwnProperty.call(message, "eccUncorrectedAggregate")) {
                        properties._eccUncorrectedAggregate = 1;
                        if (!$util.isInteger(message.eccUncorrectedAggregate) && !(message.eccUncorrectedAggregate && $util.isInteger(message.eccUncorrectedAggregate.low) && $util.isInteger(message.eccUncorrectedAggregate.high)))
                            return "eccUncorrectedAggregate: integer|Long expected";
                    }
                    if (message.retiredPagesSbe != null && $Object.hasOwnProperty.call(message, "retiredPagesSbe")) {
                        properties._retiredPagesSbe = 1;
                        if (!$util.isInteger(message.retiredPagesSbe) && !(message.retiredPagesSbe && $util.isInteger(message.retiredPagesSbe.low) && $util.isInteger(message.retiredPagesSbe.high)))
                            return "retiredPagesSbe: integer|Long expected";
                    }
                    if (message.retiredPagesDbe != null && $Object.hasOwnProperty.call(message, "retiredPagesDbe")) {
                        properties._retiredPagesDbe = 1;
                        if (!$util.isInteger(message.retiredPagesDbe) && !(message.retiredPagesDbe && $util.isInteger(message.retiredPagesDbe.low) && $util.isInteger(message.retiredPagesDbe.high)))
                            return "retiredPagesDbe: integer|Long expected";
                    }
                    if (message.retiredPagesPending != null && $Object.hasOwnProperty.call(message, "retiredPagesPending")) {
                        properties._retiredPagesPending = 1;
                        if (typeof message.retiredPagesPending !== "boolean")
                            return "retiredPagesPending: boolean expected";
                    }
                    if (message.remappedRowsCorrectable != null && $Object.hasOwnProperty.call(message, "remappedRowsCorrectable")) {
                        properties._remappedRowsCorrectable = 1;
                        if (!$util.isInteger(message.remappedRowsCorrectable) && !(message.remappedRowsCorrectable && $util.isInteger(message.remappedRowsCorrectable.low) && $util.isInteger(message.remappedRowsCorrectable.high)))
                            return "remappedRowsCorrectable: integer|Long expected";
                    }
                    if (message.remappedRowsUncorrectable != null && $Object.hasOwnProperty.call(message, "remappedRowsUncorrectable")) {
                        properties._remappedRowsUncorrectable = 1;
                        if (!$util.isInteger(message.remappedRowsUncorrectable) && !(message.remappedRowsUncorrectable && $util.isInteger(message.remappedRowsUncorrectable.low) && $util.isInteger(message.remappedRowsUncorrectable.high)))
                            return "remappedRowsUncorrectable: integer|Long expected";
                    }
                    if (message.remappedRowsPending != null && $Object.hasOwnProperty.call(message, "remappedRowsPending")) {
                        properties._remappedRowsPending = 1;
                        if (typeof message.remappedRowsPending !== "boolean")
                            return "remappedRowsPending: boolean expected";
                    }
                    if (message.remappedRowsFailure != null && $Object.hasOwnProperty.call(message, "remappedRowsFailure")) {
                        properties._remappedRowsFailure = 1;
                        if (typeof message.remappedRowsFailure !== "boolean")
                            return "remappedRowsFailure: boolean expected";
                    }
                    if (message.recoveryAction != null && $Object.hasOwnProperty.call(message, "recoveryAction")) {
                        properties._recoveryAction = 1;
                        if (!$util.isString(message.recoveryAction))
                            return "recoveryAction: string expected";
                    }
                    if (message.migMode != null && $Object.hasOwnProperty.call(message, "migMode"))
                        if (typeof message.migMode !== "number" || (message.migMode | 0) !== message.migMode)
                            return "migMode: enum value expected";
                    if (message.computeMode != null && $Object.hasOwnProperty.call(message, "computeMode")) {
                        properties._computeMode = 1;
                        if (!$util.isString(message.computeMode))
                            return "computeMode: string expected";
                    }
                    if (message.persistenceMode != null && $Object.hasOwnProperty.call(message, "persistenceMode")) {
                        properties._persistenceMode = 1;
                        if (typeof message.persistenceMode !== "boolean")
                            return "persistenceMode: boolean expected";
                    }
                    return null;
                };

                /**
                 * Creates a GpuSample message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.GpuSample} GpuSample
                 */
                GpuSample.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.GpuSample)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.GpuSample: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.GpuSample();
                    if (object.index != null)
                        if ($Number(object.index) !== 0)
                            message.index = object.index >>> 0;
                    if (object.uuid != null)
                        if (typeof object.uuid !== "string" || object.uuid.length)
                            message.uuid = $String(object.uuid);
                    if (object.pciBusId != null)
                        if (typeof object.pciBusId !== "string" || object.pciBusId.length)
                            message.pciBusId = $String(object.pciBusId);
                    if (object.utilizationGpuPct != null)
                        message.utilizationGpuPct = $Number(object.utilizationGpuPct);
                    if (object.utilizationMemoryPct != null)
                        message.utilizationMemoryPct = $Number(object.utilizationMemoryPct);
                    if (object.utilizationEncoderPct != null)
                        message.utilizationEncoderPct = $Number(object.utilizationEncoderPct);
                    if (object.utilizationDecoderPct != null)
                        message.utilizationDecoderPct = $Number(object.utilizationDecoderPct);
                    if (object.memoryTotalMib != null)
                        message.memoryTotalMib = $Number(object.memoryTotalMib);
                    if (object.memoryUsedMib != null)
                        message.memoryUsedMib = $Number(object.memoryUsedMib);
                    if (object.memoryFreeMib != null)
                        message.memoryFreeMib = $Number(object.memoryFreeMib);
                    if (object.memoryReservedMib != null)
                        message.memoryReservedMib = $Number(object.memoryReservedMib);
                    if (object.temperatureGpuC != null)
                        message.temperatureGpuC = $Number(object.temperatureGpuC);
                    if (object.temperatureMemoryC != null)
                        message.temperatureMemoryC = $Number(object.temperatureMemoryC);
                    if (object.powerDrawW != null)
                        message.powerDrawW = $Number(object.powerDrawW);
                    if (object.powerLimitW != null)
                        message.powerLimitW = $Number(object.powerLimitW);
                    if (object.enforcedPowerLimitW != null)
                        message.enforcedPowerLimitW = $Number(object.enforcedPowerLimitW);
                    if (object.smClockMhz != null)
                        message.smClockMhz = $Number(object.smClockMhz);
                    if (object.memClockMhz != null)
                        message.memClockMhz = $Number(object.memClockMhz);
                    if (object.graphicsClockMhz != null)
                        message.graphicsClockMhz = $Number(object.graphicsClockMhz);
                    if (object.maxSmClockMhz != null)
                        message.maxSmClockMhz = $Number(object.maxSmClockMhz);
                    if (object.fanSpeedPct != null)
                        message.fanSpeedPct = $Number(object.fanSpeedPct);
                    if (object.pstate != null)
                        message.pstate = $String(object.pstate);
                    if (object.throttleReasonsActive != null)
                        if ($util.Long)
                            message.throttleReasonsActive = $util.Long.fromValue(object.throttleReasonsActive, true);
                        else if (typeof object.throttleReasonsActive === "string")
                            message.throttleReasonsActive = $parseInt(object.throttleReasonsActive, 10);
                        else if (typeof object.throttleReasonsActive === "number")
                            message.throttleReasonsActive = object.throttleReasonsActive;
                        else if (typeof object.throttleReasonsActive === "object")
                            message.throttleReasonsActive = new $util.LongBits(object.throttleReasonsActive.low >>> 0, object.throttleReasonsActive.high >>> 0).toNumber(true);
                    if (object.eccEnabled != null)
                        message.eccEnabled = $Boolean(object.eccEnabled);
                    if (object.eccCorrectedVolatile != null)
                        if ($util.Long)
                            message.eccCorrectedVolatile = $util.Long.fromValue(object.eccCorrectedVolatile, true);
                        else if (typeof object.eccCorrectedVolatile === "string")
                            message.eccCorrectedVolatile = $parseInt(object.eccCorrectedVolatile, 10);
                        else if (typeof object.eccCorrectedVolatile === "number")
                            message.eccCorrectedVolatile = object.eccCorrectedVolatile;
                        else if (typeof object.eccCorrectedVolatile === "object")
                            message.eccCorrectedVolatile = new $util.LongBits(object.eccCorrectedVolatile.low >>> 0, object.eccCorrectedVolatile.high >>> 0).toNumber(true);
                    if (object.eccUncorrectedVolatile != null)
                        if ($util.Long)
                            message.eccUncorrectedVolatile = $util.Long.fromValue(object.eccUncorrectedVolatile, true);
                        else if (typeof object.eccUncorrectedVolatile === "string")
                            message.eccUncorrectedVolatile = $parseInt(object.eccUncorrectedVolatile, 10);
                        else if (typeof object.eccUncorrectedVolatile === "number")
                            message.eccUncorrectedVolatile = object.eccUncorrectedVolatile;
                        else if (typeof object.eccUncorrectedVolatile === "object")
                            message.eccUncorrectedVolatile = new $util.LongBits(object.eccUncorrectedVolatile.low >>> 0, object.eccUncorrectedVolatile.high >>> 0).toNumber(true);
                    if (object.eccCorrectedAggregate != null)
                        if ($util.Long)
                            message.eccCorrectedAggregate = $util.Long.fromValue(object.eccCorrectedAggregate, true);
                        else if (typeof object.eccCorrectedAggregate === "string")
                            message.eccCorrectedAggregate = $parseInt(object.eccCorrectedAggregate, 10);
                        else if (typeof object.eccCorrectedAggregate === "number")
                            message.eccCorrectedAggregate = object.eccCorrectedAggregate;
                        else if (typeof object.eccCorrectedAggregate === "object")
                            message.eccCorrectedAggregate = new $util.LongBits(object.eccCorrectedAggregate.low >>> 0, object.eccCorrectedAggregate.high >>> 0).toNumber(true);
                    if (object.eccUncorrectedAggregate != null)
                        if ($util.Long)
                            message.eccUncorrectedAggregate = $util.Long.fromValue(object.eccUncorrectedAggregate, true);
                        else if (typeof object.eccUncorrectedAggregate === "string")
                            message.eccUncorrectedAggregate = $parseInt(object.eccUncorrectedAggregate, 10);
                        else if (typeof object.eccUncorrectedAggregate === "number")
                            message.eccUncorrectedAggregate = object.eccUncorrectedAggregate;
                        else if (typeof object.eccUncorrectedAggregate === "object")
                            message.eccUncorrectedAggregate = new $util.LongBits(object.eccUncorrectedAggregate.low >>> 0, object.eccUncorrectedAggregate.high >>> 0).toNumber(true);
                    if (object.retiredPagesSbe != null)
                        if ($util.Long)
                            message.retiredPagesSbe = $util.Long.fromValue(object.retiredPagesSbe, true);
                        else if (typeof object.retiredPagesSbe === "string")
                            message.retiredPagesSbe = $parseInt(object.retiredPagesSbe, 10);
                        else if (typeof object.retiredPagesSbe === "number")
                            message.retiredPagesSbe = object.retiredPagesSbe;
                        else if (typeof object.retiredPagesSbe === "object")
                            message.retiredPagesSbe = new $util.LongBits(object.retiredPagesSbe.low >>> 0, object.retiredPagesSbe.high >>> 0).toNumber(true);
                    if (object.retiredPagesDbe != null)
                        if ($util.Long)
                            message.retiredPagesDbe = $util.Long.fromValue(object.retiredPagesDbe, true);
                        else if (typeof object.retiredPagesDbe === "string")
                            message.retiredPagesDbe = $parseInt(object.retiredPagesDbe, 10);
                        else if (typeof object.retiredPagesDbe === "number")
                            message.retiredPagesDbe = object.retiredPagesDbe;
                        else if (typeof object.retiredPagesDbe === "object")
                            message.retiredPagesDbe = new $util.LongBits(object.retiredPagesDbe.low >>> 0, object.retiredPagesDbe.high >>> 0).toNumber(true);
                    if (object.retiredPagesPending != null)
                        message.retiredPagesPending = $Boolean(object.retiredPagesPending);
                    if (object.remappedRowsCorrectable != null)
                        if ($util.Long)
                            message.remappedRowsCorrectable = $util.Long.fromValue(object.remappedRowsCorrectable, true);
                        else if (typeof object.remappedRowsCorrectable === "string")
                            message.remappedRowsCorrectable = $parseInt(object.remappedRowsCorrectable, 10);
                        else if (typeof object.remappedRowsCorrectable === "number")
                            message.remappedRowsCorrectable = object.remappedRowsCorrectable;
                        else if (typeof object.remappedRowsCorrectable === "object")
                            message.remappedRowsCorrectable = new $util.LongBits(object.remappedRowsCorrectable.low >>> 0, object.remappedRowsCorrectable.high >>> 0).toNumber(true);
                    if (object.remappedRowsUncorrectable != null)
                        if ($util.Long)
                            message.remappedRowsUncorrectable = $util.Long.fromValue(object.remappedRowsUncorrectable, true);
                        else if (typeof object.remappedRowsUncorrectable === "string")
                            message.remappedRowsUncorrectable = $parseInt(object.remappedRowsUncorrectable, 10);
                        else if (typeof object.remappedRowsUncorrectable === "number")
                            message.remappedRowsUncorrectable = object.remappedRowsUncorrectable;
                        else if (typeof object.remappedRowsUncorrectable === "object")
                            message.remappedRowsUncorrectable = new $util.LongBits(object.remappedRowsUncorrectable.low >>> 0, object.remappedRowsUncorrectable.high >>> 0).toNumber(true);
                    if (object.remappedRowsPending != null)
                        message.remappedRowsPending = $Boolean(object.remappedRowsPending);
                    if (object.remappedRowsFailure != null)
                        message.remappedRowsFailure = $Boolean(object.remappedRowsFailure);
                    if (object.recoveryAction != null)
                        message.recoveryAction = $String(object.recoveryAction);
                    if (object.migMode !== 0 && (typeof object.migMode !== "string" || $root.remotegpu.agent.v1.MigMode[object.migMode] !== 0))
                        switch (object.migMode) {
                        case "MIG_MODE_UNSPECIFIED":
                        case 0:
                            message.migMode = 0;
                            break;
                        case "MIG_MODE_DISABLED":
                        case 1:
                            message.migMode = 1;
                            break;
                        case "MIG_MODE_ENABLED":
                        case 2:
                            message.migMode = 2;
                            break;
                        case "MIG_MODE_NOT_SUPPORTED":
                        case 3:
                            message.migMode = 3;
                            break;
                        default:
                            if (typeof object.migMode === "number" && (object.migMode | 0) === object.migMode)
                                message.migMode = object.migMode;
                        }
                    if (object.computeMode != null)
                        message.computeMode = $String(object.computeMode);
                    if (object.persistenceMode != null)
                        message.persistenceMode = $Boolean(object.persistenceMode);
                    return message;
                };

                /**
                 * Creates a plain object from a GpuSample message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @static
                 * @param {remotegpu.agent.v1.GpuSample} message GpuSample
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GpuSample.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.index = 0;
                        object.uuid = "";
                        object.pciBusId = "";
                        object.migMode = options.enums === $String ? "MIG_MODE_UNSPECIFIED" : 0;
                    }
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        object.index = message.index;
                    if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                        object.uuid = message.uuid;
                    if (message.pciBusId != null && $Object.hasOwnProperty.call(message, "pciBusId"))
                        object.pciBusId = message.pciBusId;
                    if (message.utilizationGpuPct != null && $Object.hasOwnProperty.call(message, "utilizationGpuPct"))
                        object.utilizationGpuPct = options.json && !$isFinite(message.utilizationGpuPct) ? $String(message.utilizationGpuPct) : message.utilizationGpuPct;
                    if (message.utilizationMemoryPct != null && $Object.hasOwnProperty.call(message, "utilizationMemoryPct"))
                        object.utilizationMemoryPct = options.json && !$isFinite(message.utilizationMemoryPct) ? $String(message.utilizationMemoryPct) : message.utilizationMemoryPct;
                    if (message.utilizationEncoderPct != null && $Object.hasOwnProperty.call(message, "utilizationEncoderPct"))
                        object.utilizationEncoderPct = options.json && !$isFinite(message.utilizationEncoderPct) ? $String(message.utilizationEncoderPct) : message.utilizationEncoderPct;
                    if (message.utilizationDecoderPct != null && $Object.hasOwnProperty.call(message, "utilizationDecoderPct"))
                        object.utilizationDecoderPct = options.json && !$isFinite(message.utilizationDecoderPct) ? $String(message.utilizationDecoderPct) : message.utilizationDecoderPct;
                    if (message.memoryTotalMib != null && $Object.hasOwnProperty.call(message, "memoryTotalMib"))
                        object.memoryTotalMib = options.json && !$isFinite(message.memoryTotalMib) ? $String(message.memoryTotalMib) : message.memoryTotalMib;
                    if (message.memoryUsedMib != null && $Object.hasOwnProperty.call(message, "memoryUsedMib"))
                        object.memoryUsedMib = options.json && !$isFinite(message.memoryUsedMib) ? $String(message.memoryUsedMib) : message.memoryUsedMib;
                    if (message.memoryFreeMib != null && $Object.hasOwnProperty.call(message, "memoryFreeMib"))
                        object.memoryFreeMib = options.json && !$isFinite(message.memoryFreeMib) ? $String(message.memoryFreeMib) : message.memoryFreeMib;
                    if (message.memoryReservedMib != null && $Object.hasOwnProperty.call(message, "memoryReservedMib"))
                        object.memoryReservedMib = options.json && !$isFinite(message.memoryReservedMib) ? $String(message.memoryReservedMib) : message.memoryReservedMib;
                    if (message.temperatureGpuC != null && $Object.hasOwnProperty.call(message, "temperatureGpuC"))
                        object.temperatureGpuC = options.json && !$isFinite(message.temperatureGpuC) ? $String(message.temperatureGpuC) : message.temperatureGpuC;
                    if (message.temperatureMemoryC != null && $Object.hasOwnProperty.call(message, "temperatureMemoryC"))
                        object.temperatureMemoryC = options.json && !$isFinite(message.temperatureMemoryC) ? $String(message.temperatureMemoryC) : message.temperatureMemoryC;
                    if (message.powerDrawW != null && $Object.hasOwnProperty.call(message, "powerDrawW"))
                        object.powerDrawW = options.json && !$isFinite(message.powerDrawW) ? $String(message.powerDrawW) : message.powerDrawW;
                    if (message.powerLimitW != null && $Object.hasOwnProperty.call(message, "powerLimitW"))
                        object.powerLimitW = options.json && !$isFinite(message.powerLimitW) ? $String(message.powerLimitW) : message.powerLimitW;
                    if (message.enforcedPowerLimitW != null && $Object.hasOwnProperty.call(message, "enforcedPowerLimitW"))
                        object.enforcedPowerLimitW = options.json && !$isFinite(message.enforcedPowerLimitW) ? $String(message.enforcedPowerLimitW) : message.enforcedPowerLimitW;
                    if (message.smClockMhz != null && $Object.hasOwnProperty.call(message, "smClockMhz"))
                        object.smClockMhz = options.json && !$isFinite(message.smClockMhz) ? $String(message.smClockMhz) : message.smClockMhz;
                    if (message.memClockMhz != null && $Object.hasOwnProperty.call(message, "memClockMhz"))
                        object.memClockMhz = options.json && !$isFinite(message.memClockMhz) ? $String(message.memClockMhz) : message.memClockMhz;
                    if (message.graphicsClockMhz != null && $Object.hasOwnProperty.call(message, "graphicsClockMhz"))
                        object.graphicsClockMhz = options.json && !$isFinite(message.graphicsClockMhz) ? $String(message.graphicsClockMhz) : message.graphicsClockMhz;
                    if (message.maxSmClockMhz != null && $Object.hasOwnProperty.call(message, "maxSmClockMhz"))
                        object.maxSmClockMhz = options.json && !$isFinite(message.maxSmClockMhz) ? $String(message.maxSmClockMhz) : message.maxSmClockMhz;
                    if (message.fanSpeedPct != null && $Object.hasOwnProperty.call(message, "fanSpeedPct"))
                        object.fanSpeedPct = options.json && !$isFinite(message.fanSpeedPct) ? $String(message.fanSpeedPct) : message.fanSpeedPct;
                    if (message.pstate != null && $Object.hasOwnProperty.call(message, "pstate"))
                        object.pstate = message.pstate;
                    if (message.throttleReasonsActive != null && $Object.hasOwnProperty.call(message, "throttleReasonsActive"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.throttleReasonsActive = typeof message.throttleReasonsActive === "number" ? $BigInt(message.throttleReasonsActive) : $util.Long.fromBits(message.throttleReasonsActive.low >>> 0, message.throttleReasonsActive.high >>> 0, true).toBigInt();
                        else if (typeof message.throttleReasonsActive === "number")
                            object.throttleReasonsActive = options.longs === $String ? $String(message.throttleReasonsActive) : message.throttleReasonsActive;
                        else
                            object.throttleReasonsActive = options.longs === $String ? $util.Long.prototype.toString.call(message.throttleReasonsActive) : options.longs === $Number ? new $util.LongBits(message.throttleReasonsActive.low >>> 0, message.throttleReasonsActive.high >>> 0).toNumber(true) : message.throttleReasonsActive;
                    if (message.eccEnabled != null && $Object.hasOwnProperty.call(message, "eccEnabled"))
                        object.eccEnabled = message.eccEnabled;
                    if (message.eccCorrectedVolatile != null && $Object.hasOwnProperty.call(message, "eccCorrectedVolatile"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.eccCorrectedVolatile = typeof message.eccCorrectedVolatile === "number" ? $BigInt(message.eccCorrectedVolatile) : $util.Long.fromBits(message.eccCorrectedVolatile.low >>> 0, message.eccCorrectedVolatile.high >>> 0, true).toBigInt();
                        else if (typeof message.eccCorrectedVolatile === "number")
                            object.eccCorrectedVolatile = options.longs === $String ? $String(message.eccCorrectedVolatile) : message.eccCorrectedVolatile;
                        else
                            object.eccCorrectedVolatile = options.longs === $String ? $util.Long.prototype.toString.call(message.eccCorrectedVolatile) : options.longs === $Number ? new $util.LongBits(message.eccCorrectedVolatile.low >>> 0, message.eccCorrectedVolatile.high >>> 0).toNumber(true) : message.eccCorrectedVolatile;
                    if (message.eccUncorrectedVolatile != null && $Object.hasOwnProperty.call(message, "eccUncorrectedVolatile"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.eccUncorrectedVolatile = typeof message.eccUncorrectedVolatile === "number" ? $BigInt(message.eccUncorrectedVolatile) : $util.Long.fromBits(message.eccUncorrectedVolatile.low >>> 0, message.eccUncorrectedVolatile.high >>> 0, true).toBigInt();
                        else if (typeof message.eccUncorrectedVolatile === "number")
                            object.eccUncorrectedVolatile = options.longs === $String ? $String(message.eccUncorrectedVolatile) : message.eccUncorrectedVolatile;
                        else
                            object.eccUncorrectedVolatile = options.longs === $String ? $util.Long.prototype.toString.call(message.eccUncorrectedVolatile) : options.longs === $Number ? new $util.LongBits(message.eccUncorrectedVolatile.low >>> 0, message.eccUncorrectedVolatile.high >>> 0).toNumber(true) : message.eccUncorrectedVolatile;
                    if (message.eccCorrectedAggregate != null && $Object.hasOwnProperty.call(message, "eccCorrectedAggregate"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.eccCorrectedAggregate = typeof message.eccCorrectedAggregate === "number" ? $BigInt(message.eccCorrectedAggregate) : $util.Long.fromBits(message.eccCorrectedAggregate.low >>> 0, message.eccCorrectedAggregate.high >>> 0, true).toBigInt();
                        else if (typeof message.eccCorrectedAggregate === "number")
                            object.eccCorrectedAggregate = options.longs === $String ? $String(message.eccCorrectedAggregate) : message.eccCorrectedAggregate;
                        else
                            object.eccCorrectedAggregate = options.longs === $String ? $util.Long.prototype.toString.call(message.eccCorrectedAggregate) : options.longs === $Number ? new $util.LongBits(message.eccCorrectedAggregate.low >>> 0, message.eccCorrectedAggregate.high >>> 0).toNumber(true) : message.eccCorrectedAggregate;
                    if (message.eccUncorrectedAggregate != null && $Object.hasOwnProperty.call(message, "eccUncorrectedAggregate"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.eccUncorrectedAggregate = typeof message.eccUncorrectedAggregate === "number" ? $BigInt(message.eccUncorrectedAggregate) : $util.Long.fromBits(message.eccUncorrectedAggregate.low >>> 0, message.eccUncorrectedAggregate.high >>> 0, true).toBigInt();
                        else if (typeof message.eccUncorrectedAggregate === "number")
                            object.eccUncorrectedAggregate = options.longs === $String ? $String(message.eccUncorrectedAggregate) : message.eccUncorrectedAggregate;
                        else
                            object.eccUncorrectedAggregate = options.longs === $String ? $util.Long.prototype.toString.call(message.eccUncorrectedAggregate) : options.longs === $Number ? new $util.LongBits(message.eccUncorrectedAggregate.low >>> 0, message.eccUncorrectedAggregate.high >>> 0).toNumber(true) : message.eccUncorrectedAggregate;
                    if (message.retiredPagesSbe != null && $Object.hasOwnProperty.call(message, "retiredPagesSbe"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.retiredPagesSbe = typeof message.retiredPagesSbe === "number" ? $BigInt(message.retiredPagesSbe) : $util.Long.fromBits(message.retiredPagesSbe.low >>> 0, message.retiredPagesSbe.high >>> 0, true).toBigInt();
                        else if (typeof message.retiredPagesSbe === "number")
                            object.retiredPagesSbe = options.longs === $String ? $String(message.retiredPagesSbe) : message.retiredPagesSbe;
                        else
                            object.retiredPagesSbe = options.longs === $String ? $util.Long.prototype.toString.call(message.retiredPagesSbe) : options.longs === $Number ? new $util.LongBits(message.retiredPagesSbe.low >>> 0, message.retiredPagesSbe.high >>> 0).toNumber(true) : message.retiredPagesSbe;
                    if (message.retiredPagesDbe != null && $Object.hasOwnProperty.call(message, "retiredPagesDbe"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.retiredPagesDbe = typeof message.retiredPagesDbe === "number" ? $BigInt(message.retiredPagesDbe) : $util.Long.fromBits(message.retiredPagesDbe.low >>> 0, message.retiredPagesDbe.high >>> 0, true).toBigInt();
                        else if (typeof message.retiredPagesDbe === "number")
                            object.retiredPagesDbe = options.longs === $String ? $String(message.retiredPagesDbe) : message.retiredPagesDbe;
                        else
                            object.retiredPagesDbe = options.longs === $String ? $util.Long.prototype.toString.call(message.retiredPagesDbe) : options.longs === $Number ? new $util.LongBits(message.retiredPagesDbe.low >>> 0, message.retiredPagesDbe.high >>> 0).toNumber(true) : message.retiredPagesDbe;
                    if (message.retiredPagesPending != null && $Object.hasOwnProperty.call(message, "retiredPagesPending"))
                        object.retiredPagesPending = message.retiredPagesPending;
                    if (message.remappedRowsCorrectable != null && $Object.hasOwnProperty.call(message, "remappedRowsCorrectable"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.remappedRowsCorrectable = typeof message.remappedRowsCorrectable === "number" ? $BigInt(message.remappedRowsCorrectable) : $util.Long.fromBits(message.remappedRowsCorrectable.low >>> 0, message.remappedRowsCorrectable.high >>> 0, true).toBigInt();
                        else if (typeof message.remappedRowsCorrectable === "number")
                            object.remappedRowsCorrectable = options.longs === $String ? $String(message.remappedRowsCorrectable) : message.remappedRowsCorrectable;
                        else
                            object.remappedRowsCorrectable = options.longs === $String ? $util.Long.prototype.toString.call(message.remappedRowsCorrectable) : options.longs === $Number ? new $util.LongBits(message.remappedRowsCorrectable.low >>> 0, message.remappedRowsCorrectable.high >>> 0).toNumber(true) : message.remappedRowsCorrectable;
                    if (message.remappedRowsUncorrectable != null && $Object.hasOwnProperty.call(message, "remappedRowsUncorrectable"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.remappedRowsUncorrectable = typeof message.remappedRowsUncorrectable === "number" ? $BigInt(message.remappedRowsUncorrectable) : $util.Long.fromBits(message.remappedRowsUncorrectable.low >>> 0, message.remappedRowsUncorrectable.high >>> 0, true).toBigInt();
                        else if (typeof message.remappedRowsUncorrectable === "number")
                            object.remappedRowsUncorrectable = options.longs === $String ? $String(message.remappedRowsUncorrectable) : message.remappedRowsUncorrectable;
                        else
                            object.remappedRowsUncorrectable = options.longs === $String ? $util.Long.prototype.toString.call(message.remappedRowsUncorrectable) : options.longs === $Number ? new $util.LongBits(message.remappedRowsUncorrectable.low >>> 0, message.remappedRowsUncorrectable.high >>> 0).toNumber(true) : message.remappedRowsUncorrectable;
                    if (message.remappedRowsPending != null && $Object.hasOwnProperty.call(message, "remappedRowsPending"))
                        object.remappedRowsPending = message.remappedRowsPending;
                    if (message.remappedRowsFailure != null && $Object.hasOwnProperty.call(message, "remappedRowsFailure"))
                        object.remappedRowsFailure = message.remappedRowsFailure;
                    if (message.recoveryAction != null && $Object.hasOwnProperty.call(message, "recoveryAction"))
                        object.recoveryAction = message.recoveryAction;
                    if (message.migMode != null && $Object.hasOwnProperty.call(message, "migMode"))
                        object.migMode = options.enums === $String ? $root.remotegpu.agent.v1.MigMode[message.migMode] === $undefined ? message.migMode : $root.remotegpu.agent.v1.MigMode[message.migMode] : message.migMode;
                    if (message.computeMode != null && $Object.hasOwnProperty.call(message, "computeMode"))
                        object.computeMode = message.computeMode;
                    if (message.persistenceMode != null && $Object.hasOwnProperty.call(message, "persistenceMode"))
                        object.persistenceMode = message.persistenceMode;
                    return object;
                };

                /**
                 * Converts this GpuSample to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GpuSample.prototype.toJSON = function() {
                    return GpuSample.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GpuSample
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.GpuSample
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GpuSample.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.GpuSample";
                };

                return GpuSample;
            })();

            v1.GpuProcess = (function() {

                /**
                 * Properties of a GpuProcess.
                 * @typedef {Object} remotegpu.agent.v1.GpuProcess.$Properties
                 * @property {string} [gpuUuid] GpuProcess gpuUuid
                 * @property {string} [pciBusId] GpuProcess pciBusId
                 * @property {number} [pid] GpuProcess pid
                 * @property {string} [processName] GpuProcess processName
                 * @property {number|null} [usedMemoryMib] GpuProcess usedMemoryMib
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GpuProcess.
                 * @memberof remotegpu.agent.v1
                 * @interface IGpuProcess
                 * @augments remotegpu.agent.v1.GpuProcess.$Properties
                 * @deprecated Use remotegpu.agent.v1.GpuProcess.$Properties instead.
                 */

                /**
                 * Shape of a GpuProcess.
                 * @typedef {remotegpu.agent.v1.GpuProcess.$Properties} remotegpu.agent.v1.GpuProcess.$Shape
                 */

                /**
                 * Constructs a new GpuProcess.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a GpuProcess.
                 * @constructor
                 * @param {remotegpu.agent.v1.GpuProcess.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GpuProcess = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GpuProcess gpuUuid.
                 * @member {string} gpuUuid
                 * @memberof remotegpu.agent.v1.GpuProcess
                 * @instance
                 */
                GpuProcess.prototype.gpuUuid = "";

                /**
                 * GpuProcess pciBusId.
                 * @member {string} pciBusId
                 * @memberof remotegpu.agent.v1.GpuProcess
                 * @instance
                 */
                GpuProcess.prototype.pciBusId = "";

                /**
                 * GpuProcess pid.
                 * @member {number} pid
                 * @memberof remotegpu.agent.v1.GpuProcess
                 * @instance
                 */
                GpuProcess.prototype.pid = 0;

                /**
                 * GpuProcess processName.
                 * @member {string} processName
                 * @memberof remotegpu.agent.v1.GpuProcess
                 * @instance
                 */
                GpuProcess.prototype.processName = "";

                /**
                 * GpuProcess usedMemoryMib.
                 * @member {number|null} usedMemoryMib
                 * @memberof remotegpu.agent.v1.GpuProcess
                 * @instance
                 */
                GpuProcess.prototype.usedMemoryMib = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GpuProcess.prototype, "_usedMemoryMib", {
                    get: $util.oneOfGetter($oneOfFields = ["usedMemoryMib"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new GpuProcess instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.GpuProcess
                 * @static
                 * @param {remotegpu.agent.v1.GpuProcess.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.GpuProcess} GpuProcess instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.GpuProcess.$Shape): remotegpu.agent.v1.GpuProcess & remotegpu.agent.v1.GpuProcess.$Shape;
                 *   (properties?: remotegpu.agent.v1.GpuProcess.$Properties): remotegpu.agent.v1.GpuProcess;
                 * }}
                 */
                GpuProcess.create = function(properties) {
                    return new GpuProcess(properties);
                };

                /**
                 * Encodes the specified GpuProcess message. Does not implicitly {@link remotegpu.agent.v1.GpuProcess.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.GpuProcess
                 * @static
                 * @param {remotegpu.agent.v1.GpuProcess.$Properties} message GpuProcess message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GpuProcess.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.gpuUuid != null && $Object.hasOwnProperty.call(message, "gpuUuid") && message.gpuUuid !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.gpuUuid);
                    if (message.pciBusId != null && $Object.hasOwnProperty.call(message, "pciBusId") && message.pciBusId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.pciBusId);
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pid);
                    if (message.processName != null && $Object.hasOwnProperty.call(message, "processName") && message.processName !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.processName);
                    if (message.usedMemoryMib != null && $Object.hasOwnProperty.call(message, "usedMemoryMib"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.usedMemoryMib);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GpuProcess message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.GpuProcess
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.GpuProcess & remotegpu.agent.v1.GpuProcess.$Shape} GpuProcess
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GpuProcess.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.GpuProcess();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.gpuUuid = value;
                                else
                                    delete message.gpuUuid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.pciBusId = value;
                                else
                                    delete message.pciBusId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.processName = value;
                                else
                                    delete message.processName;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                message.usedMemoryMib = reader.uint64();
                                message._usedMemoryMib = "usedMemoryMib";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a GpuProcess message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.GpuProcess
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GpuProcess.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.gpuUuid != null && $Object.hasOwnProperty.call(message, "gpuUuid"))
                        if (!$util.isString(message.gpuUuid))
                            return "gpuUuid: string expected";
                    if (message.pciBusId != null && $Object.hasOwnProperty.call(message, "pciBusId"))
                        if (!$util.isString(message.pciBusId))
                            return "pciBusId: string expected";
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                        if (!$util.isInteger(message.pid))
                            return "pid: integer expected";
                    if (message.processName != null && $Object.hasOwnProperty.call(message, "processName"))
                        if (!$util.isString(message.processName))
                            return "processName: string expected";
                    if (message.usedMemoryMib != null && $Object.hasOwnProperty.call(message, "usedMemoryMib")) {
                        properties._usedMemoryMib = 1;
                        if (!$util.isInteger(message.usedMemoryMib) && !(message.usedMemoryMib && $util.isInteger(message.usedMemoryMib.low) && $util.isInteger(message.usedMemoryMib.high)))
                            return "usedMemoryMib: integer|Long expected";
                    }
                    return null;
                };

                /**
                 * Creates a GpuProcess message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.GpuProcess
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.GpuProcess} GpuProcess
                 */
                GpuProcess.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.GpuProcess)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.GpuProcess: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.GpuProcess();
                    if (object.gpuUuid != null)
                        if (typeof object.gpuUuid !== "string" || object.gpuUuid.length)
                            message.gpuUuid = $String(object.gpuUuid);
                    if (object.pciBusId != null)
                        if (typeof object.pciBusId !== "string" || object.pciBusId.length)
                            message.pciBusId = $String(object.pciBusId);
                    if (object.pid != null)
                        if ($Number(object.pid) !== 0)
                            message.pid = object.pid >>> 0;
                    if (object.processName != null)
                        if (typeof object.processName !== "string" || object.processName.length)
                            message.processName = $String(object.processName);
                    if (object.usedMemoryMib != null)
                        if ($util.Long)
                            message.usedMemoryMib = $util.Long.fromValue(object.usedMemoryMib, true);
                        else if (typeof object.usedMemoryMib === "string")
                            message.usedMemoryMib = $parseInt(object.usedMemoryMib, 10);
                        else if (typeof object.usedMemoryMib === "number")
                            message.usedMemoryMib = object.usedMemoryMib;
                        else if (typeof object.usedMemoryMib === "object")
                            message.usedMemoryMib = new $util.LongBits(object.usedMemoryMib.low >>> 0, object.usedMemoryMib.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a GpuProcess message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.GpuProcess
                 * @static
                 * @param {remotegpu.agent.v1.GpuProcess} message GpuProcess
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GpuProcess.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.gpuUuid = "";
                        object.pciBusId = "";
                        object.pid = 0;
                        object.processName = "";
                    }
                    if (message.gpuUuid != null && $Object.hasOwnProperty.call(message, "gpuUuid"))
                        object.gpuUuid = message.gpuUuid;
                    if (message.pciBusId != null && $Object.hasOwnProperty.call(message, "pciBusId"))
                        object.pciBusId = message.pciBusId;
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                        object.pid = message.pid;
                    if (message.processName != null && $Object.hasOwnProperty.call(message, "processName"))
                        object.processName = message.processName;
                    if (message.usedMemoryMib != null && $Object.hasOwnProperty.call(message, "usedMemoryMib"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.usedMemoryMib = typeof message.usedMemoryMib === "number" ? $BigInt(message.usedMemoryMib) : $util.Long.fromBits(message.usedMemoryMib.low >>> 0, message.usedMemoryMib.high >>> 0, true).toBigInt();
                        else if (typeof message.usedMemoryMib === "number")
                            object.usedMemoryMib = options.longs === $String ? $String(message.usedMemoryMib) : message.usedMemoryMib;
                        else
                            object.usedMemoryMib = options.longs === $String ? $util.Long.prototype.toString.call(message.usedMemoryMib) : options.longs === $Number ? new $util.LongBits(message.usedMemoryMib.low >>> 0, message.usedMemoryMib.high >>> 0).toNumber(true) : message.usedMemoryMib;
                    return object;
                };

                /**
                 * Converts this GpuProcess to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.GpuProcess
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GpuProcess.prototype.toJSON = function() {
                    return GpuProcess.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GpuProcess
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.GpuProcess
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GpuProcess.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.GpuProcess";
                };

                return GpuProcess;
            })();

            v1.Command = (function() {

                /**
                 * Properties of a Command.
                 * @typedef {Object} remotegpu.agent.v1.Command.$Properties
                 * @property {string} [commandId] Command commandId
                 * @property {string} [instanceId] Command instanceId
                 * @property {number} [generation] Command generation
                 * @property {number} [issuedAtMs] Command issuedAtMs
                 * @property {remotegpu.agent.v1.CreateInstance.$Properties|null} [create] Command create
                 * @property {remotegpu.agent.v1.StartInstance.$Properties|null} [start] Command start
                 * @property {remotegpu.agent.v1.StopInstance.$Properties|null} [stop] Command stop
                 * @property {remotegpu.agent.v1.RestartInstance.$Properties|null} [restart] Command restart
                 * @property {remotegpu.agent.v1.SnapshotInstance.$Properties|null} [snapshot] Command snapshot
                 * @property {remotegpu.agent.v1.RebuildInstance.$Properties|null} [rebuild] Command rebuild
                 * @property {remotegpu.agent.v1.DestroyInstance.$Properties|null} [destroy] Command destroy
                 * @property {remotegpu.agent.v1.RemoveImage.$Properties|null} [removeImage] Command removeImage
                 * @property {"create"|"start"|"stop"|"restart"|"snapshot"|"rebuild"|"destroy"|"removeImage"} [op] Command op
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Command.
                 * @memberof remotegpu.agent.v1
                 * @interface ICommand
                 * @augments remotegpu.agent.v1.Command.$Properties
                 * @deprecated Use remotegpu.agent.v1.Command.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Command.
                 * @typedef {{
                 *   commandId?: string;
                 *   instanceId?: string;
                 *   generation?: number;
                 *   issuedAtMs?: number;
                 *   create?: remotegpu.agent.v1.CreateInstance.$Shape|null;
                 *   start?: remotegpu.agent.v1.StartInstance.$Shape|null;
                 *   stop?: remotegpu.agent.v1.StopInstance.$Shape|null;
                 *   restart?: remotegpu.agent.v1.RestartInstance.$Shape|null;
                 *   snapshot?: remotegpu.agent.v1.SnapshotInstance.$Shape|null;
                 *   rebuild?: remotegpu.agent.v1.RebuildInstance.$Shape|null;
                 *   destroy?: remotegpu.agent.v1.DestroyInstance.$Shape|null;
                 *   removeImage?: remotegpu.agent.v1.RemoveImage.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ op?: undefined; create?: null; start?: null; stop?: null; restart?: null; snapshot?: null; rebuild?: null; destroy?: null; removeImage?: null }|{ op?: "create"; create: remotegpu.agent.v1.CreateInstance.$Shape; start?: null; stop?: null; restart?: null; snapshot?: null; rebuild?: null; destroy?: null; removeImage?: null }|{ op?: "start"; create?: null; start: remotegpu.agent.v1.StartInstance.$Shape; stop?: null; restart?: null; snapshot?: null; rebuild?: null; destroy?: null; removeImage?: null }|{ op?: "stop"; create?: null; start?: null; stop: remotegpu.agent.v1.StopInstance.$Shape; restart?: null; snapshot?: null; rebuild?: null; destroy?: null; removeImage?: null }|{ op?: "restart"; create?: null; start?: null; stop?: null; restart: remotegpu.agent.v1.RestartInstance.$Shape; snapshot?: null; rebuild?: null; destroy?: null; removeImage?: null }|{ op?: "snapshot"; create?: null; start?: null; stop?: null; restart?: null; snapshot: remotegpu.agent.v1.SnapshotInstance.$Shape; rebuild?: null; destroy?: null; removeImage?: null }|{ op?: "rebuild"; create?: null; start?: null; stop?: null; restart?: null; snapshot?: null; rebuild: remotegpu.agent.v1.RebuildInstance.$Shape; destroy?: null; removeImage?: null }|{ op?: "destroy"; create?: null; start?: null; stop?: null; restart?: null; snapshot?: null; rebuild?: null; destroy: remotegpu.agent.v1.DestroyInstance.$Shape; removeImage?: null }|{ op?: "removeImage"; create?: null; start?: null; stop?: null; restart?: null; snapshot?: null; rebuild?: null; destroy?: null; removeImage: remotegpu.agent.v1.RemoveImage.$Shape })
                 * )} remotegpu.agent.v1.Command.$Shape
                 */

                /**
                 * Constructs a new Command.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a Command.
                 * @constructor
                 * @param {remotegpu.agent.v1.Command.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Command = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Command commandId.
                 * @member {string} commandId
                 * @memberof remotegpu.agent.v1.Command
                 * @instance
                 */
                Command.prototype.commandId = "";

                /**
                 * Command instanceId.
                 * @member {string} instanceId
                 * @memberof remotegpu.agent.v1.Command
                 * @instance
                 */
                Command.prototype.instanceId = "";

                /**
                 * Command generation.
                 * @member {number} generation
                 * @memberof remotegpu.agent.v1.Command
                 * @instance
                 */
                Command.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Command issuedAtMs.
                 * @member {number} issuedAtMs
                 * @memberof remotegpu.agent.v1.Command
                 * @instance
                 */
                Command.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Command create.
                 * @member {remotegpu.agent.v1.CreateInstance|null} create
                 * @memberof remotegpu.agent.v1.Command
                 * @instance
                 */
                Command.prototype.create = null;

                /**
                 * Command start.
                 * @member {remotegpu.agent.v1.StartInstance|null} start
                 * @memberof remotegpu.agent.v1.Command
                 * @instance
                 */
                Command.prototype.start = null;

                /**
                 * Command stop.
                 * @member {remotegpu.agent.v1.StopInstance|null} stop
                 * @memberof remotegpu.agent.v1.Command
                 * @instance
                 */
                Command.prototype.stop = null;

                /**
                 * Command restart.
                 * @member {remotegpu.agent.v1.RestartInstance|null} restart
                 * @memberof remotegpu.agent.v1.Command
                 * @instance
                 */
                Command.prototype.restart = null;

                /**
                 * Command snapshot.
                 * @member {remotegpu.agent.v1.SnapshotInstance|null} snapshot
                 * @memberof remotegpu.agent.v1.Command
                 * @instance
                 */
                Command.prototype.snapshot = null;

                /**
                 * Command rebuild.
                 * @member {remotegpu.agent.v1.RebuildInstance|null} rebuild
                 * @memberof remotegpu.agent.v1.Command
                 * @instance
                 */
                Command.prototype.rebuild = null;

                /**
                 * Command destroy.
                 * @member {remotegpu.agent.v1.DestroyInstance|null} destroy
                 * @memberof remotegpu.agent.v1.Command
                 * @instance
                 */
                Command.prototype.destroy = null;

                /**
                 * Command removeImage.
                 * @member {remotegpu.agent.v1.RemoveImage|null} removeImage
                 * @memberof remotegpu.agent.v1.Command
                 * @instance
                 */
                Command.prototype.removeImage = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Command op.
                 * @member {"create"|"start"|"stop"|"restart"|"snapshot"|"rebuild"|"destroy"|"removeImage"|undefined} op
                 * @memberof remotegpu.agent.v1.Command
                 * @instance
                 */
                $Object.defineProperty(Command.prototype, "op", {
                    get: $util.oneOfGetter($oneOfFields = ["create", "start", "stop", "restart", "snapshot", "rebuild", "destroy", "removeImage"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Command instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.Command
                 * @static
                 * @param {remotegpu.agent.v1.Command.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.Command} Command instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.Command.$Shape): remotegpu.agent.v1.Command & remotegpu.agent.v1.Command.$Shape;
                 *   (properties?: remotegpu.agent.v1.Command.$Properties): remotegpu.agent.v1.Command;
                 * }}
                 */
                Command.create = function(properties) {
                    return new Command(properties);
                };

                /**
                 * Encodes the specified Command message. Does not implicitly {@link remotegpu.agent.v1.Command.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.Command
                 * @static
                 * @param {remotegpu.agent.v1.Command.$Properties} message Command message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Command.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.commandId);
                    if (message.instanceId != null && $Object.hasOwnProperty.call(message, "instanceId") && message.instanceId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.instanceId);
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.generation);
                    if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && (typeof message.issuedAtMs === "object" ? message.issuedAtMs.low || message.issuedAtMs.high : message.issuedAtMs !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.issuedAtMs);
                    if (message.create != null && $Object.hasOwnProperty.call(message, "create"))
                        $root.remotegpu.agent.v1.CreateInstance.encode(message.create, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                        $root.remotegpu.agent.v1.StartInstance.encode(message.start, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.stop != null && $Object.hasOwnProperty.call(message, "stop"))
                        $root.remotegpu.agent.v1.StopInstance.encode(message.stop, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                    if (message.restart != null && $Object.hasOwnProperty.call(message, "restart"))
                        $root.remotegpu.agent.v1.RestartInstance.encode(message.restart, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                    if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                        $root.remotegpu.agent.v1.SnapshotInstance.encode(message.snapshot, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                    if (message.rebuild != null && $Object.hasOwnProperty.call(message, "rebuild"))
                        $root.remotegpu.agent.v1.RebuildInstance.encode(message.rebuild, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                    if (message.destroy != null && $Object.hasOwnProperty.call(message, "destroy"))
                        $root.remotegpu.agent.v1.DestroyInstance.encode(message.destroy, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                    if (message.removeImage != null && $Object.hasOwnProperty.call(message, "removeImage"))
                        $root.remotegpu.agent.v1.RemoveImage.encode(message.removeImage, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Command message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.Command
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.Command & remotegpu.agent.v1.Command.$Shape} Command
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Command.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.Command();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.commandId = value;
                                else
                                    delete message.commandId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.instanceId = value;
                                else
                                    delete message.instanceId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.generation = value;
                                else
                                    delete message.generation;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.issuedAtMs = value;
                                else
                                    delete message.issuedAtMs;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.create = $root.remotegpu.agent.v1.CreateInstance.decode(reader, reader.size(), $undefined, _depth + 1, message.create);
                                message.op = "create";
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.start = $root.remotegpu.agent.v1.StartInstance.decode(reader, reader.size(), $undefined, _depth + 1, message.start);
                                message.op = "start";
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                message.stop = $root.remotegpu.agent.v1.StopInstance.decode(reader, reader.size(), $undefined, _depth + 1, message.stop);
                                message.op = "stop";
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                message.restart = $root.remotegpu.agent.v1.RestartInstance.decode(reader, reader.size(), $undefined, _depth + 1, message.restart);
                                message.op = "restart";
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                message.snapshot = $root.remotegpu.agent.v1.SnapshotInstance.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
                                message.op = "snapshot";
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                message.rebuild = $root.remotegpu.agent.v1.RebuildInstance.decode(reader, reader.size(), $undefined, _depth + 1, message.rebuild);
                                message.op = "rebuild";
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                message.destroy = $root.remotegpu.agent.v1.DestroyInstance.decode(reader, reader.size(), $undefined, _depth + 1, message.destroy);
                                message.op = "destroy";
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    break;
                                message.removeImage = $root.remotegpu.agent.v1.RemoveImage.decode(reader, reader.size(), $undefined, _depth + 1, message.removeImage);
                                message.op = "removeImage";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a Command message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.Command
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Command.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                        if (!$util.isString(message.commandId))
                            return "commandId: string expected";
                    if (message.instanceId != null && $Object.hasOwnProperty.call(message, "instanceId"))
                        if (!$util.isString(message.instanceId))
                            return "instanceId: string expected";
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (!$util.isInteger(message.generation) && !(message.generation && $util.isInteger(message.generation.low) && $util.isInteger(message.generation.high)))
                            return "generation: integer|Long expected";
                    if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                        if (!$util.isInteger(message.issuedAtMs) && !(message.issuedAtMs && $util.isInteger(message.issuedAtMs.low) && $util.isInteger(message.issuedAtMs.high)))
                            return "issuedAtMs: integer|Long expected";
                    if (message.create != null && $Object.hasOwnProperty.call(message, "create")) {
                        properties.op = 1;
                        {
                            let error = $root.remotegpu.agent.v1.CreateInstance.verify(message.create, _depth + 1);
                            if (error)
                                return "create." + error;
                        }
                    }
                    if (message.start != null && $Object.hasOwnProperty.call(message, "start")) {
                        if (properties.op === 1)
                            return "op: multiple values";
                        properties.op = 1;
                        {
                            let error = $root.remotegpu.agent.v1.StartInstance.verify(message.start, _depth + 1);
                            if (error)
                                return "start." + error;
                        }
                    }
                    if (message.stop != null && $Object.hasOwnProperty.call(message, "stop")) {
                        if (properties.op === 1)
                            return "op: multiple values";
                        properties.op = 1;
                        {
                            let error = $root.remotegpu.agent.v1.StopInstance.verify(message.stop, _depth + 1);
                            if (error)
                                return "stop." + error;
                        }
                    }
                    if (message.restart != null && $Object.hasOwnProperty.call(message, "restart")) {
                        if (properties.op === 1)
                            return "op: multiple values";
                        properties.op = 1;
                        {
                            let error = $root.remotegpu.agent.v1.RestartInstance.verify(message.restart, _depth + 1);
                            if (error)
                                return "restart." + error;
                        }
                    }
                    if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot")) {
                        if (properties.op === 1)
                            return "op: multiple values";
                        properties.op = 1;
                        {
                            let error = $root.remotegpu.agent.v1.SnapshotInstance.verify(message.snapshot, _depth + 1);
                            if (error)
                                return "snapshot." + error;
                        }
                    }
                    if (message.rebuild != null && $Object.hasOwnProperty.call(message, "rebuild")) {
                        if (properties.op === 1)
                            return "op: multiple values";
                        properties.op = 1;
                        {
                            let error = $root.remotegpu.agent.v1.RebuildInstance.verify(message.rebuild, _depth + 1);
                            if (error)
                                return "rebuild." + error;
                        }
                    }
                    if (message.destroy != null && $Object.hasOwnProperty.call(message, "destroy")) {
                        if (properties.op === 1)
                            return "op: multiple values";
                        properties.op = 1;
                        {
                            let error = $root.remotegpu.agent.v1.DestroyInstance.verify(message.destroy, _depth + 1);
                            if (error)
                                return "destroy." + error;
                        }
                    }
                    if (message.removeImage != null && $Object.hasOwnProperty.call(message, "removeImage")) {
                        if (properties.op === 1)
                            return "op: multiple values";
                        properties.op = 1;
                        {
                            let error = $root.remotegpu.agent.v1.RemoveImage.verify(message.removeImage, _depth + 1);
                            if (error)
                                return "removeImage." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a Command message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.Command
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.Command} Command
                 */
                Command.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.Command)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.Command: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.Command();
                    if (object.commandId != null)
                        if (typeof object.commandId !== "string" || object.commandId.length)
                            message.commandId = $String(object.commandId);
                    if (object.instanceId != null)
                        if (typeof object.instanceId !== "string" || object.instanceId.length)
                            message.instanceId = $String(object.instanceId);
                    if (object.generation != null)
                        if (typeof object.generation === "object" ? object.generation.low || object.generation.high : $Number(object.generation) !== 0)
                            if ($util.Long)
                                message.generation = $util.Long.fromValue(object.generation, true);
                            else if (typeof object.generation === "string")
                                message.generation = $parseInt(object.generation, 10);
                            else if (typeof object.generation === "number")
                                message.generation = object.generation;
                            else if (typeof object.generation === "object")
                                message.generation = new $util.LongBits(object.generation.low >>> 0, object.generation.high >>> 0).toNumber(true);
                    if (object.issuedAtMs != null)
                        if (typeof object.issuedAtMs === "object" ? object.issuedAtMs.low || object.issuedAtMs.high : $Number(object.issuedAtMs) !== 0)
                            if ($util.Long)
                                message.issuedAtMs = $util.Long.fromValue(object.issuedAtMs, false);
                            else if (typeof object.issuedAtMs === "string")
                                message.issuedAtMs = $parseInt(object.issuedAtMs, 10);
                            else if (typeof object.issuedAtMs === "number")
                                message.issuedAtMs = object.issuedAtMs;
                            else if (typeof object.issuedAtMs === "object")
                                message.issuedAtMs = new $util.LongBits(object.issuedAtMs.low >>> 0, object.issuedAtMs.high >>> 0).toNumber();
                    if (object.create != null) {
                        if (!$util.isObject(object.create))
                            throw $TypeError(".remotegpu.agent.v1.Command.create: object expected");
                        message.create = $root.remotegpu.agent.v1.CreateInstance.fromObject(object.create, _depth + 1);
                    }
                    if (object.start != null) {
                        if (!$util.isObject(object.start))
                            throw $TypeError(".remotegpu.agent.v1.Command.start: object expected");
                        message.start = $root.remotegpu.agent.v1.StartInstance.fromObject(object.start, _depth + 1);
                    }
                    if (object.stop != null) {
                        if (!$util.isObject(object.stop))
                            throw $TypeError(".remotegpu.agent.v1.Command.stop: object expected");
                        message.stop = $root.remotegpu.agent.v1.StopInstance.fromObject(object.stop, _depth + 1);
                    }
                    if (object.restart != null) {
                        if (!$util.isObject(object.restart))
                            throw $TypeError(".remotegpu.agent.v1.Command.restart: object expected");
                        message.restart = $root.remotegpu.agent.v1.RestartInstance.fromObject(object.restart, _depth + 1);
                    }
                    if (object.snapshot != null) {
                        if (!$util.isObject(object.snapshot))
                            throw $TypeError(".remotegpu.agent.v1.Command.snapshot: object expected");
                        message.snapshot = $root.remotegpu.agent.v1.SnapshotInstance.fromObject(object.snapshot, _depth + 1);
                    }
                    if (object.rebuild != null) {
                        if (!$util.isObject(object.rebuild))
                            throw $TypeError(".remotegpu.agent.v1.Command.rebuild: object expected");
                        message.rebuild = $root.remotegpu.agent.v1.RebuildInstance.fromObject(object.rebuild, _depth + 1);
                    }
                    if (object.destroy != null) {
                        if (!$util.isObject(object.destroy))
                            throw $TypeError(".remotegpu.agent.v1.Command.destroy: object expected");
                        message.destroy = $root.remotegpu.agent.v1.DestroyInstance.fromObject(object.destroy, _depth + 1);
                    }
                    if (object.removeImage != null) {
                        if (!$util.isObject(object.removeImage))
                            throw $TypeError(".remotegpu.agent.v1.Command.removeImage: object expected");
                        message.removeImage = $root.remotegpu.agent.v1.RemoveImage.fromObject(object.removeImage, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Command message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.Command
                 * @static
                 * @param {remotegpu.agent.v1.Command} message Command
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Command.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.commandId = "";
                        object.instanceId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.generation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.generation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.issuedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.issuedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                        object.commandId = message.commandId;
                    if (message.instanceId != null && $Object.hasOwnProperty.call(message, "instanceId"))
                        object.instanceId = message.instanceId;
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.generation = typeof message.generation === "number" ? $BigInt(message.generation) : $util.Long.fromBits(message.generation.low >>> 0, message.generation.high >>> 0, true).toBigInt();
                        else if (typeof message.generation === "number")
                            object.generation = options.longs === $String ? $String(message.generation) : message.generation;
                        else
                            object.generation = options.longs === $String ? $util.Long.prototype.toString.call(message.generation) : options.longs === $Number ? new $util.LongBits(message.generation.low >>> 0, message.generation.high >>> 0).toNumber(true) : message.generation;
                    if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.issuedAtMs = typeof message.issuedAtMs === "number" ? $BigInt(message.issuedAtMs) : $util.Long.fromBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0, false).toBigInt();
                        else if (typeof message.issuedAtMs === "number")
                            object.issuedAtMs = options.longs === $String ? $String(message.issuedAtMs) : message.issuedAtMs;
                        else
                            object.issuedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedAtMs) : options.longs === $Number ? new $util.LongBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0).toNumber() : message.issuedAtMs;
                    if (message.create != null && $Object.hasOwnProperty.call(message, "create")) {
                        object.create = $root.remotegpu.agent.v1.CreateInstance.toObject(message.create, options, _depth + 1);
                        if (options.oneofs)
                            object.op = "create";
                    }
                    if (message.start != null && $Object.hasOwnProperty.call(message, "start")) {
                        object.start = $root.remotegpu.agent.v1.StartInstance.toObject(message.start, options, _depth + 1);
                        if (options.oneofs)
                            object.op = "start";
                    }
                    if (message.stop != null && $Object.hasOwnProperty.call(message, "stop")) {
                        object.stop = $root.remotegpu.agent.v1.StopInstance.toObject(message.stop, options, _depth + 1);
                        if (options.oneofs)
                            object.op = "stop";
                    }
                    if (message.restart != null && $Object.hasOwnProperty.call(message, "restart")) {
                        object.restart = $root.remotegpu.agent.v1.RestartInstance.toObject(message.restart, options, _depth + 1);
                        if (options.oneofs)
                            object.op = "restart";
                    }
                    if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot")) {
                        object.snapshot = $root.remotegpu.agent.v1.SnapshotInstance.toObject(message.snapshot, options, _depth + 1);
                        if (options.oneofs)
                            object.op = "snapshot";
                    }
                    if (message.rebuild != null && $Object.hasOwnProperty.call(message, "rebuild")) {
                        object.rebuild = $root.remotegpu.agent.v1.RebuildInstance.toObject(message.rebuild, options, _depth + 1);
                        if (options.oneofs)
                            object.op = "rebuild";
                    }
                    if (message.destroy != null && $Object.hasOwnProperty.call(message, "destroy")) {
                        object.destroy = $root.remotegpu.agent.v1.DestroyInstance.toObject(message.destroy, options, _depth + 1);
                        if (options.oneofs)
                            object.op = "destroy";
                    }
                    if (message.removeImage != null && $Object.hasOwnProperty.call(message, "removeImage")) {
                        object.removeImage = $root.remotegpu.agent.v1.RemoveImage.toObject(message.removeImage, options, _depth + 1);
                        if (options.oneofs)
                            object.op = "removeImage";
                    }
                    return object;
                };

                /**
                 * Converts this Command to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.Command
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Command.prototype.toJSON = function() {
                    return Command.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Command
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.Command
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Command.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.Command";
                };

                return Command;
            })();

            v1.RemoveImage = (function() {

                /**
                 * Properties of a RemoveImage.
                 * @typedef {Object} remotegpu.agent.v1.RemoveImage.$Properties
                 * @property {string} [imageRef] RemoveImage imageRef
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RemoveImage.
                 * @memberof remotegpu.agent.v1
                 * @interface IRemoveImage
                 * @augments remotegpu.agent.v1.RemoveImage.$Properties
                 * @deprecated Use remotegpu.agent.v1.RemoveImage.$Properties instead.
                 */

                /**
                 * Shape of a RemoveImage.
                 * @typedef {remotegpu.agent.v1.RemoveImage.$Properties} remotegpu.agent.v1.RemoveImage.$Shape
                 */

                /**
                 * Constructs a new RemoveImage.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a RemoveImage.
                 * @constructor
                 * @param {remotegpu.agent.v1.RemoveImage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RemoveImage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RemoveImage imageRef.
                 * @member {string} imageRef
                 * @memberof remotegpu.agent.v1.RemoveImage
                 * @instance
                 */
                RemoveImage.prototype.imageRef = "";

                /**
                 * Creates a new RemoveImage instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.RemoveImage
                 * @static
                 * @param {remotegpu.agent.v1.RemoveImage.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.RemoveImage} RemoveImage instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.RemoveImage.$Shape): remotegpu.agent.v1.RemoveImage & remotegpu.agent.v1.RemoveImage.$Shape;
                 *   (properties?: remotegpu.agent.v1.RemoveImage.$Properties): remotegpu.agent.v1.RemoveImage;
                 * }}
                 */
                RemoveImage.create = function(properties) {
                    return new RemoveImage(properties);
                };

                /**
                 * Encodes the specified RemoveImage message. Does not implicitly {@link remotegpu.agent.v1.RemoveImage.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.RemoveImage
                 * @static
                 * @param {remotegpu.agent.v1.RemoveImage.$Properties} message RemoveImage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RemoveImage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef") && message.imageRef !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.imageRef);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RemoveImage message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.RemoveImage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.RemoveImage & remotegpu.agent.v1.RemoveImage.$Shape} RemoveImage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RemoveImage.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.RemoveImage();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.imageRef = value;
                                else
                                    delete message.imageRef;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a RemoveImage message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.RemoveImage
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RemoveImage.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef"))
                        if (!$util.isString(message.imageRef))
                            return "imageRef: string expected";
                    return null;
                };

                /**
                 * Creates a RemoveImage message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.RemoveImage
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.RemoveImage} RemoveImage
                 */
                RemoveImage.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.RemoveImage)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.RemoveImage: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.RemoveImage();
                    if (object.imageRef != null)
                        if (typeof object.imageRef !== "string" || object.imageRef.length)
                            message.imageRef = $String(object.imageRef);
                    return message;
                };

                /**
                 * Creates a plain object from a RemoveImage message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.RemoveImage
                 * @static
                 * @param {remotegpu.agent.v1.RemoveImage} message RemoveImage
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RemoveImage.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.imageRef = "";
                    if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef"))
                        object.imageRef = message.imageRef;
                    return object;
                };

                /**
                 * Converts this RemoveImage to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.RemoveImage
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RemoveImage.prototype.toJSON = function() {
                    return RemoveImage.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RemoveImage
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.RemoveImage
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RemoveImage.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.RemoveImage";
                };

                return RemoveImage;
            })();

            v1.InstanceSpec = (function() {

                /**
                 * Properties of an InstanceSpec.
                 * @typedef {Object} remotegpu.agent.v1.InstanceSpec.$Properties
                 * @property {string} [imageRef] InstanceSpec imageRef
                 * @property {Array.<string>} [gpuUuids] InstanceSpec gpuUuids
                 * @property {number} [cpuMillis] InstanceSpec cpuMillis
                 * @property {number} [memoryBytes] InstanceSpec memoryBytes
                 * @property {number} [sshHostPort] InstanceSpec sshHostPort
                 * @property {string} [rootPassword] InstanceSpec rootPassword
                 * @property {number} [dataDiskBytes] InstanceSpec dataDiskBytes
                 * @property {number} [systemDiskBytes] InstanceSpec systemDiskBytes
                 * @property {Object.<string,string>} [env] InstanceSpec env
                 * @property {Array.<remotegpu.agent.v1.PortMapping.$Properties>} [ports] InstanceSpec ports
                 * @property {number} [pidsLimit] InstanceSpec pidsLimit
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an InstanceSpec.
                 * @memberof remotegpu.agent.v1
                 * @interface IInstanceSpec
                 * @augments remotegpu.agent.v1.InstanceSpec.$Properties
                 * @deprecated Use remotegpu.agent.v1.InstanceSpec.$Properties instead.
                 */

                /**
                 * Shape of an InstanceSpec.
                 * @typedef {remotegpu.agent.v1.InstanceSpec.$Properties} remotegpu.agent.v1.InstanceSpec.$Shape
                 */

                /**
                 * Constructs a new InstanceSpec.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents an InstanceSpec.
                 * @constructor
                 * @param {remotegpu.agent.v1.InstanceSpec.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const InstanceSpec = function (properties) {
                    this.gpuUuids = [];
                    this.env = {};
                    this.ports = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * InstanceSpec imageRef.
                 * @member {string} imageRef
                 * @memberof remotegpu.agent.v1.InstanceSpec
                 * @instance
                 */
                InstanceSpec.prototype.imageRef = "";

                /**
                 * InstanceSpec gpuUuids.
                 * @member {Array.<string>} gpuUuids
                 * @memberof remotegpu.agent.v1.InstanceSpec
                 * @instance
                 */
                InstanceSpec.prototype.gpuUuids = $util.emptyArray;

                /**
                 * InstanceSpec cpuMillis.
                 * @member {number} cpuMillis
                 * @memberof remotegpu.agent.v1.InstanceSpec
                 * @instance
                 */
                InstanceSpec.prototype.cpuMillis = 0;

                /**
                 * InstanceSpec memoryBytes.
                 * @member {number} memoryBytes
                 * @memberof remotegpu.agent.v1.InstanceSpec
                 * @instance
                 */
                InstanceSpec.prototype.memoryBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * InstanceSpec sshHostPort.
                 * @member {number} sshHostPort
                 * @memberof remotegpu.agent.v1.InstanceSpec
                 * @instance
                 */
                InstanceSpec.prototype.sshHostPort = 0;

                /**
                 * InstanceSpec rootPassword.
                 * @member {string} rootPassword
                 * @memberof remotegpu.agent.v1.InstanceSpec
                 * @instance
                 */
                InstanceSpec.prototype.rootPassword = "";

                /**
                 * InstanceSpec dataDiskBytes.
                 * @member {number} dataDiskBytes
                 * @memberof remotegpu.agent.v1.InstanceSpec
                 * @instance
                 */
                InstanceSpec.prototype.dataDiskBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * InstanceSpec systemDiskBytes.
                 * @member {number} systemDiskBytes
                 * @memberof remotegpu.agent.v1.InstanceSpec
                 * @instance
                 */
                InstanceSpec.prototype.systemDiskBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * InstanceSpec env.
                 * @member {Object.<string,string>} env
                 * @memberof remotegpu.agent.v1.InstanceSpec
                 * @instance
                 */
                InstanceSpec.prototype.env = $util.emptyObject;

                /**
                 * InstanceSpec ports.
                 * @member {Array.<remotegpu.agent.v1.PortMapping>} ports
                 * @memberof remotegpu.agent.v1.InstanceSpec
                 * @instance
                 */
                InstanceSpec.prototype.ports = $util.emptyArray;

                /**
                 * InstanceSpec pidsLimit.
                 * @member {number} pidsLimit
                 * @memberof remotegpu.agent.v1.InstanceSpec
                 * @instance
                 */
                InstanceSpec.prototype.pidsLimit = 0;

                /**
                 * Creates a new InstanceSpec instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.InstanceSpec
                 * @static
                 * @param {remotegpu.agent.v1.InstanceSpec.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.InstanceSpec} InstanceSpec instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.InstanceSpec.$Shape): remotegpu.agent.v1.InstanceSpec & remotegpu.agent.v1.InstanceSpec.$Shape;
                 *   (properties?: remotegpu.agent.v1.InstanceSpec.$Properties): remotegpu.agent.v1.InstanceSpec;
                 * }}
                 */
                InstanceSpec.create = function(properties) {
                    return new InstanceSpec(properties);
                };

                /**
                 * Encodes the specified InstanceSpec message. Does not implicitly {@link remotegpu.agent.v1.InstanceSpec.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.InstanceSpec
                 * @static
                 * @param {remotegpu.agent.v1.InstanceSpec.$Properties} message InstanceSpec message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                InstanceSpec.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef") && message.imageRef !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.imageRef);
                    if (message.gpuUuids != null && message.gpuUuids.length)
                        for (let i = 0; i < message.gpuUuids.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.gpuUuids[i]);
                    if (message.cpuMillis != null && $Object.hasOwnProperty.call(message, "cpuMillis") && message.cpuMillis !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.cpuMillis);
                    if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && (typeof message.memoryBytes === "object" ? message.memoryBytes.low || message.memoryBytes.high : message.memoryBytes !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.memoryBytes);
                    if (message.sshHostPort != null && $Object.hasOwnProperty.call(message, "sshHostPort") && message.sshHostPort !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.sshHostPort);
                    if (message.rootPassword != null && $Object.hasOwnProperty.call(message, "rootPassword") && message.rootPassword !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.rootPassword);
                    if (message.dataDiskBytes != null && $Object.hasOwnProperty.call(message, "dataDiskBytes") && (typeof message.dataDiskBytes === "object" ? message.dataDiskBytes.low || message.dataDiskBytes.high : message.dataDiskBytes !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.dataDiskBytes);
                    if (message.systemDiskBytes != null && $Object.hasOwnProperty.call(message, "systemDiskBytes") && (typeof message.systemDiskBytes === "object" ? message.systemDiskBytes.low || message.systemDiskBytes.high : message.systemDiskBytes !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.systemDiskBytes);
                    if (message.env != null && $Object.hasOwnProperty.call(message, "env"))
                        for (let keys = $Object.keys(message.env), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 9, wireType 2 =*/74).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.env[keys[i]]).ldelim();
                    if (message.ports != null && message.ports.length)
                        for (let i = 0; i < message.ports.length; ++i)
                            $root.remotegpu.agent.v1.PortMapping.encode(message.ports[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.pidsLimit != null && $Object.hasOwnProperty.call(message, "pidsLimit") && message.pidsLimit !== 0)
                        writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.pidsLimit);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an InstanceSpec message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.InstanceSpec
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.InstanceSpec & remotegpu.agent.v1.InstanceSpec.$Shape} InstanceSpec
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                InstanceSpec.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, key, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.InstanceSpec();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.imageRef = value;
                                else
                                    delete message.imageRef;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.gpuUuids && message.gpuUuids.length))
                                    message.gpuUuids = [];
                                message.gpuUuids.push(reader.stringVerify());
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.cpuMillis = value;
                                else
                                    delete message.cpuMillis;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.memoryBytes = value;
                                else
                                    delete message.memoryBytes;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.sshHostPort = value;
                                else
                                    delete message.sshHostPort;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.rootPassword = value;
                                else
                                    delete message.rootPassword;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.dataDiskBytes = value;
                                else
                                    delete message.dataDiskBytes;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.systemDiskBytes = value;
                                else
                                    delete message.systemDiskBytes;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if (message.env === $util.emptyObject)
                                    message.env = {};
                                let end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    let tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.stringVerify();
                                        continue;
                                    case 2:
                                        if (wireType !== 2)
                                            break;
                                        value = reader.stringVerify();
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.env, key);
                                message.env[key] = value;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.ports && message.ports.length))
                                    message.ports = [];
                                message.ports.push($root.remotegpu.agent.v1.PortMapping.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pidsLimit = value;
                                else
                                    delete message.pidsLimit;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an InstanceSpec message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.InstanceSpec
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                InstanceSpec.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef"))
                        if (!$util.isString(message.imageRef))
                            return "imageRef: string expected";
                    if (message.gpuUuids != null && $Object.hasOwnProperty.call(message, "gpuUuids")) {
                        if (!$Array.isArray(message.gpuUuids))
                            return "gpuUuids: array expected";
                        for (let i = 0; i < message.gpuUuids.length; ++i)
                            if (!$util.isString(message.gpuUuids[i]))
                                return "gpuUuids: string[] expected";
                    }
                    if (message.cpuMillis != null && $Object.hasOwnProperty.call(message, "cpuMillis"))
                        if (!$util.isInteger(message.cpuMillis))
                            return "cpuMillis: integer expected";
                    if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                        if (!$util.isInteger(message.memoryBytes) && !(message.memoryBytes && $util.isInteger(message.memoryBytes.low) && $util.isInteger(message.memoryBytes.high)))
                            return "memoryBytes: integer|Long expected";
                    if (message.sshHostPort != null && $Object.hasOwnProperty.call(message, "sshHostPort"))
                        if (!$util.isInteger(message.sshHostPort))
                            return "sshHostPort: integer expected";
                    if (message.rootPassword != null && $Object.hasOwnProperty.call(message, "rootPassword"))
                        if (!$util.isString(message.rootPassword))
                            return "rootPassword: string expected";
                    if (message.dataDiskBytes != null && $Object.hasOwnProperty.call(message, "dataDiskBytes"))
                        if (!$util.isInteger(message.dataDiskBytes) && !(message.dataDiskBytes && $util.isInteger(message.dataDiskBytes.low) && $util.isInteger(message.dataDiskBytes.high)))
                            return "dataDiskBytes: integer|Long expected";
                    if (message.systemDiskBytes != null && $Object.hasOwnProperty.call(message, "systemDiskBytes"))
                        if (!$util.isInteger(message.systemDiskBytes) && !(message.systemDiskBytes && $util.isInteger(message.systemDiskBytes.low) && $util.isInteger(message.systemDiskBytes.high)))
                            return "systemDiskBytes: integer|Long expected";
                    if (message.env != null && $Object.hasOwnProperty.call(message, "env")) {
                        if (!$util.isObject(message.env))
                            return "env: object expected";
                        let key = $Object.keys(message.env);
                        for (let i = 0; i < key.length; ++i)
                            if (!$util.isString(message.env[key[i]]))
                                return "env: string{k:string} expected";
                    }
                    if (message.ports != null && $Object.hasOwnProperty.call(message, "ports")) {
                        if (!$Array.isArray(message.ports))
                            return "ports: array expected";
                        for (let i = 0; i < message.ports.length; ++i) {
                            let error = $root.remotegpu.agent.v1.PortMapping.verify(message.ports[i], _depth + 1);
                            if (error)
                                return "ports." + error;
                        }
                    }
                    if (message.pidsLimit != null && $Object.hasOwnProperty.call(message, "pidsLimit"))
                        if (!$util.isInteger(message.pidsLimit))
                            return "pidsLimit: integer expected";
                    return null;
                };

                /**
                 * Creates an InstanceSpec message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.InstanceSpec
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.InstanceSpec} InstanceSpec
                 */
                InstanceSpec.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.InstanceSpec)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.InstanceSpec: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.InstanceSpec();
                    if (object.imageRef != null)
                        if (typeof object.imageRef !== "string" || object.imageRef.length)
                            message.imageRef = $String(object.imageRef);
                    if (object.gpuUuids) {
                        if (!$Array.isArray(object.gpuUuids))
                            throw $TypeError(".remotegpu.agent.v1.InstanceSpec.gpuUuids: array expected");
                        message.gpuUuids = $Array(object.gpuUuids.length);
                        for (let i = 0; i < object.gpuUuids.length; ++i)
                            message.gpuUuids[i] = $String(object.gpuUuids[i]);
                    }
                    if (object.cpuMillis != null)
                        if ($Number(object.cpuMillis) !== 0)
                            message.cpuMillis = object.cpuMillis >>> 0;
                    if (object.memoryBytes != null)
                        if (typeof object.memoryBytes === "object" ? object.memoryBytes.low || object.memoryBytes.high : $Number(object.memoryBytes) !== 0)
                            if ($util.Long)
                                message.memoryBytes = $util.Long.fromValue(object.memoryBytes, true);
                            else if (typeof object.memoryBytes === "string")
                                message.memoryBytes = $parseInt(object.memoryBytes, 10);
                            else if (typeof object.memoryBytes === "number")
                                message.memoryBytes = object.memoryBytes;
                            else if (typeof object.memoryBytes === "object")
                                message.memoryBytes = new $util.LongBits(object.memoryBytes.low >>> 0, object.memoryBytes.high >>> 0).toNumber(true);
                    if (object.sshHostPort != null)
                        if ($Number(object.sshHostPort) !== 0)
                            message.sshHostPort = object.sshHostPort >>> 0;
                    if (object.rootPassword != null)
                        if (typeof object.rootPassword !== "string" || object.rootPassword.length)
                            message.rootPassword = $String(object.rootPassword);
                    if (object.dataDiskBytes != null)
                        if (typeof object.dataDiskBytes === "object" ? object.dataDiskBytes.low || object.dataDiskBytes.high : $Number(object.dataDiskBytes) !== 0)
                            if ($util.Long)
                                message.dataDiskBytes = $util.Long.fromValue(object.dataDiskBytes, true);
                            else if (typeof object.dataDiskBytes === "string")
                                message.dataDiskBytes = $parseInt(object.dataDiskBytes, 10);
                            else if (typeof object.dataDiskBytes === "number")
                                message.dataDiskBytes = object.dataDiskBytes;
                            else if (typeof object.dataDiskBytes === "object")
                                message.dataDiskBytes = new $util.LongBits(object.dataDiskBytes.low >>> 0, object.dataDiskBytes.high >>> 0).toNumber(true);
                    if (object.systemDiskBytes != null)
                        if (typeof object.systemDiskBytes === "object" ? object.systemDiskBytes.low || object.systemDiskBytes.high : $Number(object.systemDiskBytes) !== 0)
                            if ($util.Long)
                                message.systemDiskBytes = $util.Long.fromValue(object.systemDiskBytes, true);
                            else if (typeof object.systemDiskBytes === "string")
                                message.systemDiskBytes = $parseInt(object.systemDiskBytes, 10);
                            else if (typeof object.systemDiskBytes === "number")
                                message.systemDiskBytes = object.systemDiskBytes;
                            else if (typeof object.systemDiskBytes === "object")
                                message.systemDiskBytes = new $util.LongBits(object.systemDiskBytes.low >>> 0, object.systemDiskBytes.high >>> 0).toNumber(true);
                    if (object.env) {
                        if (!$util.isObject(object.env))
                            throw $TypeError(".remotegpu.agent.v1.InstanceSpec.env: object expected");
                        message.env = {};
                        for (let keys = $Object.keys(object.env), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.env, keys[i]);
                            message.env[keys[i]] = $String(object.env[keys[i]]);
                        }
                    }
                    if (object.ports) {
                        if (!$Array.isArray(object.ports))
                            throw $TypeError(".remotegpu.agent.v1.InstanceSpec.ports: array expected");
                        message.ports = $Array(object.ports.length);
                        for (let i = 0; i < object.ports.length; ++i) {
                            if (!$util.isObject(object.ports[i]))
                                throw $TypeError(".remotegpu.agent.v1.InstanceSpec.ports: object expected");
                            message.ports[i] = $root.remotegpu.agent.v1.PortMapping.fromObject(object.ports[i], _depth + 1);
                        }
                    }
                    if (object.pidsLimit != null)
                        if ($Number(object.pidsLimit) !== 0)
                            message.pidsLimit = object.pidsLimit >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from an InstanceSpec message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.InstanceSpec
                 * @static
                 * @param {remotegpu.agent.v1.InstanceSpec} message InstanceSpec
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                InstanceSpec.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.gpuUuids = [];
                        object.ports = [];
                    }
                    if (options.objects || options.defaults)
                        object.env = {};
                    if (options.defaults) {
                        object.imageRef = "";
                        object.cpuMillis = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.memoryBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.memoryBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.sshHostPort = 0;
                        object.rootPassword = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.dataDiskBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.dataDiskBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.systemDiskBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.systemDiskBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.pidsLimit = 0;
                    }
                    if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef"))
                        object.imageRef = message.imageRef;
                    if (message.gpuUuids && message.gpuUuids.length) {
                        object.gpuUuids = $Array(message.gpuUuids.length);
                        for (let j = 0; j < message.gpuUuids.length; ++j)
                            object.gpuUuids[j] = message.gpuUuids[j];
                    }
                    if (message.cpuMillis != null && $Object.hasOwnProperty.call(message, "cpuMillis"))
                        object.cpuMillis = message.cpuMillis;
                    if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memoryBytes = typeof message.memoryBytes === "number" ? $BigInt(message.memoryBytes) : $util.Long.fromBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.memoryBytes === "number")
                            object.memoryBytes = options.longs === $String ? $String(message.memoryBytes) : message.memoryBytes;
                        else
                            object.memoryBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryBytes) : options.longs === $Number ? new $util.LongBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0).toNumber(true) : message.memoryBytes;
                    if (message.sshHostPort != null && $Object.hasOwnProperty.call(message, "sshHostPort"))
                        object.sshHostPort = message.sshHostPort;
                    if (message.rootPassword != null && $Object.hasOwnProperty.call(message, "rootPassword"))
                        object.rootPassword = message.rootPassword;
                    if (message.dataDiskBytes != null && $Object.hasOwnProperty.call(message, "dataDiskBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.dataDiskBytes = typeof message.dataDiskBytes === "number" ? $BigInt(message.dataDiskBytes) : $util.Long.fromBits(message.dataDiskBytes.low >>> 0, message.dataDiskBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.dataDiskBytes === "number")
                            object.dataDiskBytes = options.longs === $String ? $String(message.dataDiskBytes) : message.dataDiskBytes;
                        else
                            object.dataDiskBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.dataDiskBytes) : options.longs === $Number ? new $util.LongBits(message.dataDiskBytes.low >>> 0, message.dataDiskBytes.high >>> 0).toNumber(true) : message.dataDiskBytes;
                    if (message.systemDiskBytes != null && $Object.hasOwnProperty.call(message, "systemDiskBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.systemDiskBytes = typeof message.systemDiskBytes === "number" ? $BigInt(message.systemDiskBytes) : $util.Long.fromBits(message.systemDiskBytes.low >>> 0, message.systemDiskBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.systemDiskBytes === "number")
                            object.systemDiskBytes = options.longs === $String ? $String(message.systemDiskBytes) : message.systemDiskBytes;
                        else
                            object.systemDiskBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.systemDiskBytes) : options.longs === $Number ? new $util.LongBits(message.systemDiskBytes.low >>> 0, message.systemDiskBytes.high >>> 0).toNumber(true) : message.systemDiskBytes;
                    let keys2;
                    if (message.env && (keys2 = $Object.keys(message.env)).length) {
                        object.env = {};
                        for (let j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.env, keys2[j]);
                            object.env[keys2[j]] = message.env[keys2[j]];
                        }
                    }
                    if (message.ports && message.ports.length) {
                        object.ports = $Array(message.ports.length);
                        for (let j = 0; j < message.ports.length; ++j)
                            object.ports[j] = $root.remotegpu.agent.v1.PortMapping.toObject(message.ports[j], options, _depth + 1);
                    }
                    if (message.pidsLimit != null && $Object.hasOwnProperty.call(message, "pidsLimit"))
                        object.pidsLimit = message.pidsLimit;
                    return object;
                };

                /**
                 * Converts this InstanceSpec to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.InstanceSpec
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                InstanceSpec.prototype.toJSON = function() {
                    return InstanceSpec.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for InstanceSpec
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.InstanceSpec
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                InstanceSpec.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.InstanceSpec";
                };

                return InstanceSpec;
            })();

            v1.PortMapping = (function() {

                /**
                 * Properties of a PortMapping.
                 * @typedef {Object} remotegpu.agent.v1.PortMapping.$Properties
                 * @property {number} [containerPort] PortMapping containerPort
                 * @property {number} [hostPort] PortMapping hostPort
                 * @property {string} [protocol] PortMapping protocol
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PortMapping.
                 * @memberof remotegpu.agent.v1
                 * @interface IPortMapping
                 * @augments remotegpu.agent.v1.PortMapping.$Properties
                 * @deprecated Use remotegpu.agent.v1.PortMapping.$Properties instead.
                 */

                /**
                 * Shape of a PortMapping.
                 * @typedef {remotegpu.agent.v1.PortMapping.$Properties} remotegpu.agent.v1.PortMapping.$Shape
                 */

                /**
                 * Constructs a new PortMapping.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a PortMapping.
                 * @constructor
                 * @param {remotegpu.agent.v1.PortMapping.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PortMapping = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PortMapping containerPort.
                 * @member {number} containerPort
                 * @memberof remotegpu.agent.v1.PortMapping
                 * @instance
                 */
                PortMapping.prototype.containerPort = 0;

                /**
                 * PortMapping hostPort.
                 * @member {number} hostPort
                 * @memberof remotegpu.agent.v1.PortMapping
                 * @instance
                 */
                PortMapping.prototype.hostPort = 0;

                /**
                 * PortMapping protocol.
                 * @member {string} protocol
                 * @memberof remotegpu.agent.v1.PortMapping
                 * @instance
                 */
                PortMapping.prototype.protocol = "";

                /**
                 * Creates a new PortMapping instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.PortMapping
                 * @static
                 * @param {remotegpu.agent.v1.PortMapping.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.PortMapping} PortMapping instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.PortMapping.$Shape): remotegpu.agent.v1.PortMapping & remotegpu.agent.v1.PortMapping.$Shape;
                 *   (properties?: remotegpu.agent.v1.PortMapping.$Properties): remotegpu.agent.v1.PortMapping;
                 * }}
                 */
                PortMapping.create = function(properties) {
                    return new PortMapping(properties);
                };

                /**
                 * Encodes the specified PortMapping message. Does not implicitly {@link remotegpu.agent.v1.PortMapping.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.PortMapping
                 * @static
                 * @param {remotegpu.agent.v1.PortMapping.$Properties} message PortMapping message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PortMapping.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.containerPort != null && $Object.hasOwnProperty.call(message, "containerPort") && message.containerPort !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.containerPort);
                    if (message.hostPort != null && $Object.hasOwnProperty.call(message, "hostPort") && message.hostPort !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.hostPort);
                    if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.protocol);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PortMapping message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.PortMapping
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.PortMapping & remotegpu.agent.v1.PortMapping.$Shape} PortMapping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PortMapping.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.PortMapping();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.containerPort = value;
                                else
                                    delete message.containerPort;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.hostPort = value;
                                else
                                    delete message.hostPort;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.protocol = value;
                                else
                                    delete message.protocol;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a PortMapping message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.PortMapping
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PortMapping.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.containerPort != null && $Object.hasOwnProperty.call(message, "containerPort"))
                        if (!$util.isInteger(message.containerPort))
                            return "containerPort: integer expected";
                    if (message.hostPort != null && $Object.hasOwnProperty.call(message, "hostPort"))
                        if (!$util.isInteger(message.hostPort))
                            return "hostPort: integer expected";
                    if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                        if (!$util.isString(message.protocol))
                            return "protocol: string expected";
                    return null;
                };

                /**
                 * Creates a PortMapping message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.PortMapping
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.PortMapping} PortMapping
                 */
                PortMapping.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.PortMapping)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.PortMapping: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.PortMapping();
                    if (object.containerPort != null)
                        if ($Number(object.containerPort) !== 0)
                            message.containerPort = object.containerPort >>> 0;
                    if (object.hostPort != null)
                        if ($Number(object.hostPort) !== 0)
                            message.hostPort = object.hostPort >>> 0;
                    if (object.protocol != null)
                        if (typeof object.protocol !== "string" || object.protocol.length)
                            message.protocol = $String(object.protocol);
                    return message;
                };

                /**
                 * Creates a plain object from a PortMapping message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.PortMapping
                 * @static
                 * @param {remotegpu.agent.v1.PortMapping} message PortMapping
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PortMapping.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.containerPort = 0;
                        object.hostPort = 0;
                        object.protocol = "";
                    }
                    if (message.containerPort != null && $Object.hasOwnProperty.call(message, "containerPort"))
                        object.containerPort = message.containerPort;
                    if (message.hostPort != null && $Object.hasOwnProperty.call(message, "hostPort"))
                        object.hostPort = message.hostPort;
                    if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                        object.protocol = message.protocol;
                    return object;
                };

                /**
                 * Converts this PortMapping to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.PortMapping
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PortMapping.prototype.toJSON = function() {
                    return PortMapping.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PortMapping
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.PortMapping
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PortMapping.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.PortMapping";
                };

                return PortMapping;
            })();

            v1.CreateInstance = (function() {

                /**
                 * Properties of a CreateInstance.
                 * @typedef {Object} remotegpu.agent.v1.CreateInstance.$Properties
                 * @property {remotegpu.agent.v1.InstanceSpec.$Properties} [spec] CreateInstance spec
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CreateInstance.
                 * @memberof remotegpu.agent.v1
                 * @interface ICreateInstance
                 * @augments remotegpu.agent.v1.CreateInstance.$Properties
                 * @deprecated Use remotegpu.agent.v1.CreateInstance.$Properties instead.
                 */

                /**
                 * Shape of a CreateInstance.
                 * @typedef {remotegpu.agent.v1.CreateInstance.$Properties} remotegpu.agent.v1.CreateInstance.$Shape
                 */

                /**
                 * Constructs a new CreateInstance.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a CreateInstance.
                 * @constructor
                 * @param {remotegpu.agent.v1.CreateInstance.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CreateInstance = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CreateInstance spec.
                 * @member {remotegpu.agent.v1.InstanceSpec} spec
                 * @memberof remotegpu.agent.v1.CreateInstance
                 * @instance
                 */
                CreateInstance.prototype.spec = null;

                /**
                 * Creates a new CreateInstance instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.CreateInstance
                 * @static
                 * @param {remotegpu.agent.v1.CreateInstance.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.CreateInstance} CreateInstance instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.CreateInstance.$Shape): remotegpu.agent.v1.CreateInstance & remotegpu.agent.v1.CreateInstance.$Shape;
                 *   (properties?: remotegpu.agent.v1.CreateInstance.$Properties): remotegpu.agent.v1.CreateInstance;
                 * }}
                 */
                CreateInstance.create = function(properties) {
                    return new CreateInstance(properties);
                };

                /**
                 * Encodes the specified CreateInstance message. Does not implicitly {@link remotegpu.agent.v1.CreateInstance.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.CreateInstance
                 * @static
                 * @param {remotegpu.agent.v1.CreateInstance.$Properties} message CreateInstance message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateInstance.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                        $root.remotegpu.agent.v1.InstanceSpec.encode(message.spec, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CreateInstance message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.CreateInstance
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.CreateInstance & remotegpu.agent.v1.CreateInstance.$Shape} CreateInstance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateInstance.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.CreateInstance();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.spec = $root.remotegpu.agent.v1.InstanceSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a CreateInstance message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.CreateInstance
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CreateInstance.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.spec != null && $Object.hasOwnProperty.call(message, "spec")) {
                        let error = $root.remotegpu.agent.v1.InstanceSpec.verify(message.spec, _depth + 1);
                        if (error)
                            return "spec." + error;
                    }
                    return null;
                };

                /**
                 * Creates a CreateInstance message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.CreateInstance
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.CreateInstance} CreateInstance
                 */
                CreateInstance.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.CreateInstance)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.CreateInstance: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.CreateInstance();
                    if (object.spec != null) {
                        if (!$util.isObject(object.spec))
                            throw $TypeError(".remotegpu.agent.v1.CreateInstance.spec: object expected");
                        message.spec = $root.remotegpu.agent.v1.InstanceSpec.fromObject(object.spec, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a CreateInstance message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.CreateInstance
                 * @static
                 * @param {remotegpu.agent.v1.CreateInstance} message CreateInstance
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CreateInstance.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.spec = null;
                    if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                        object.spec = $root.remotegpu.agent.v1.InstanceSpec.toObject(message.spec, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this CreateInstance to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.CreateInstance
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CreateInstance.prototype.toJSON = function() {
                    return CreateInstance.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CreateInstance
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.CreateInstance
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CreateInstance.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.CreateInstance";
                };

                return CreateInstance;
            })();

            v1.StartInstance = (function() {

                /**
                 * Properties of a StartInstance.
                 * @typedef {Object} remotegpu.agent.v1.StartInstance.$Properties
                 * @property {Array.<string>} [gpuUuids] StartInstance gpuUuids
                 * @property {remotegpu.agent.v1.InstanceSpec.$Properties} [spec] StartInstance spec
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StartInstance.
                 * @memberof remotegpu.agent.v1
                 * @interface IStartInstance
                 * @augments remotegpu.agent.v1.StartInstance.$Properties
                 * @deprecated Use remotegpu.agent.v1.StartInstance.$Properties instead.
                 */

                /**
                 * Shape of a StartInstance.
                 * @typedef {remotegpu.agent.v1.StartInstance.$Properties} remotegpu.agent.v1.StartInstance.$Shape
                 */

                /**
                 * Constructs a new StartInstance.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a StartInstance.
                 * @constructor
                 * @param {remotegpu.agent.v1.StartInstance.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StartInstance = function (properties) {
                    this.gpuUuids = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StartInstance gpuUuids.
                 * @member {Array.<string>} gpuUuids
                 * @memberof remotegpu.agent.v1.StartInstance
                 * @instance
                 */
                StartInstance.prototype.gpuUuids = $util.emptyArray;

                /**
                 * StartInstance spec.
                 * @member {remotegpu.agent.v1.InstanceSpec} spec
                 * @memberof remotegpu.agent.v1.StartInstance
                 * @instance
                 */
                StartInstance.prototype.spec = null;

                /**
                 * Creates a new StartInstance instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.StartInstance
                 * @static
                 * @param {remotegpu.agent.v1.StartInstance.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.StartInstance} StartInstance instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.StartInstance.$Shape): remotegpu.agent.v1.StartInstance & remotegpu.agent.v1.StartInstance.$Shape;
                 *   (properties?: remotegpu.agent.v1.StartInstance.$Properties): remotegpu.agent.v1.StartInstance;
                 * }}
                 */
                StartInstance.create = function(properties) {
                    return new StartInstance(properties);
                };

                /**
                 * Encodes the specified StartInstance message. Does not implicitly {@link remotegpu.agent.v1.StartInstance.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.StartInstance
                 * @static
                 * @param {remotegpu.agent.v1.StartInstance.$Properties} message StartInstance message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StartInstance.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.gpuUuids != null && message.gpuUuids.length)
                        for (let i = 0; i < message.gpuUuids.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.gpuUuids[i]);
                    if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                        $root.remotegpu.agent.v1.InstanceSpec.encode(message.spec, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StartInstance message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.StartInstance
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.StartInstance & remotegpu.agent.v1.StartInstance.$Shape} StartInstance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StartInstance.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.StartInstance();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.gpuUuids && message.gpuUuids.length))
                                    message.gpuUuids = [];
                                message.gpuUuids.push(reader.stringVerify());
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.spec = $root.remotegpu.agent.v1.InstanceSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a StartInstance message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.StartInstance
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StartInstance.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.gpuUuids != null && $Object.hasOwnProperty.call(message, "gpuUuids")) {
                        if (!$Array.isArray(message.gpuUuids))
                            return "gpuUuids: array expected";
                        for (let i = 0; i < message.gpuUuids.length; ++i)
                            if (!$util.isString(message.gpuUuids[i]))
                                return "gpuUuids: string[] expected";
                    }
                    if (message.spec != null && $Object.hasOwnProperty.call(message, "spec")) {
                        let error = $root.remotegpu.agent.v1.InstanceSpec.verify(message.spec, _depth + 1);
                        if (error)
                            return "spec." + error;
                    }
                    return null;
                };

                /**
                 * Creates a StartInstance message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.StartInstance
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.StartInstance} StartInstance
                 */
                StartInstance.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.StartInstance)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.StartInstance: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.StartInstance();
                    if (object.gpuUuids) {
                        if (!$Array.isArray(object.gpuUuids))
                            throw $TypeError(".remotegpu.agent.v1.StartInstance.gpuUuids: array expected");
                        message.gpuUuids = $Array(object.gpuUuids.length);
                        for (let i = 0; i < object.gpuUuids.length; ++i)
                            message.gpuUuids[i] = $String(object.gpuUuids[i]);
                    }
                    if (object.spec != null) {
                        if (!$util.isObject(object.spec))
                            throw $TypeError(".remotegpu.agent.v1.StartInstance.spec: object expected");
                        message.spec = $root.remotegpu.agent.v1.InstanceSpec.fromObject(object.spec, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a StartInstance message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.StartInstance
                 * @static
                 * @param {remotegpu.agent.v1.StartInstance} message StartInstance
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StartInstance.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.gpuUuids = [];
                    if (options.defaults)
                        object.spec = null;
                    if (message.gpuUuids && message.gpuUuids.length) {
                        object.gpuUuids = $Array(message.gpuUuids.length);
                        for (let j = 0; j < message.gpuUuids.length; ++j)
                            object.gpuUuids[j] = message.gpuUuids[j];
                    }
                    if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                        object.spec = $root.remotegpu.agent.v1.InstanceSpec.toObject(message.spec, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this StartInstance to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.StartInstance
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StartInstance.prototype.toJSON = function() {
                    return StartInstance.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StartInstance
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.StartInstance
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StartInstance.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.StartInstance";
                };

                return StartInstance;
            })();

            v1.StopInstance = (function() {

                /**
                 * Properties of a StopInstance.
                 * @typedef {Object} remotegpu.agent.v1.StopInstance.$Properties
                 * @property {boolean} [releaseGpus] StopInstance releaseGpus
                 * @property {number} [timeoutS] StopInstance timeoutS
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StopInstance.
                 * @memberof remotegpu.agent.v1
                 * @interface IStopInstance
                 * @augments remotegpu.agent.v1.StopInstance.$Properties
                 * @deprecated Use remotegpu.agent.v1.StopInstance.$Properties instead.
                 */

                /**
                 * Shape of a StopInstance.
                 * @typedef {remotegpu.agent.v1.StopInstance.$Properties} remotegpu.agent.v1.StopInstance.$Shape
                 */

                /**
                 * Constructs a new StopInstance.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a StopInstance.
                 * @constructor
                 * @param {remotegpu.agent.v1.StopInstance.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StopInstance = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StopInstance releaseGpus.
                 * @member {boolean} releaseGpus
                 * @memberof remotegpu.agent.v1.StopInstance
                 * @instance
                 */
                StopInstance.prototype.releaseGpus = false;

                /**
                 * StopInstance timeoutS.
                 * @member {number} timeoutS
                 * @memberof remotegpu.agent.v1.StopInstance
                 * @instance
                 */
                StopInstance.prototype.timeoutS = 0;

                /**
                 * Creates a new StopInstance instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.StopInstance
                 * @static
                 * @param {remotegpu.agent.v1.StopInstance.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.StopInstance} StopInstance instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.StopInstance.$Shape): remotegpu.agent.v1.StopInstance & remotegpu.agent.v1.StopInstance.$Shape;
                 *   (properties?: remotegpu.agent.v1.StopInstance.$Properties): remotegpu.agent.v1.StopInstance;
                 * }}
                 */
                StopInstance.create = function(properties) {
                    return new StopInstance(properties);
                };

                /**
                 * Encodes the specified StopInstance message. Does not implicitly {@link remotegpu.agent.v1.StopInstance.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.StopInstance
                 * @static
                 * @param {remotegpu.agent.v1.StopInstance.$Properties} message StopInstance message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StopInstance.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.releaseGpus != null && $Object.hasOwnProperty.call(message, "releaseGpus") && message.releaseGpus !== false)
                        writer.uint32(/* id 1, wireType 0 =*/8).bool(message.releaseGpus);
                    if (message.timeoutS != null && $Object.hasOwnProperty.call(message, "timeoutS") && message.timeoutS !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.timeoutS);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StopInstance message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.StopInstance
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.StopInstance & remotegpu.agent.v1.StopInstance.$Shape} StopInstance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StopInstance.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.StopInstance();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.releaseGpus = value;
                                else
                                    delete message.releaseGpus;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.timeoutS = value;
                                else
                                    delete message.timeoutS;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a StopInstance message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.StopInstance
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StopInstance.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.releaseGpus != null && $Object.hasOwnProperty.call(message, "releaseGpus"))
                        if (typeof message.releaseGpus !== "boolean")
                            return "releaseGpus: boolean expected";
                    if (message.timeoutS != null && $Object.hasOwnProperty.call(message, "timeoutS"))
                        if (!$util.isInteger(message.timeoutS))
                            return "timeoutS: integer expected";
                    return null;
                };

                /**
                 * Creates a StopInstance message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.StopInstance
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.StopInstance} StopInstance
                 */
                StopInstance.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.StopInstance)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.StopInstance: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.StopInstance();
                    if (object.releaseGpus != null)
                        if (object.releaseGpus)
                            message.releaseGpus = $Boolean(object.releaseGpus);
                    if (object.timeoutS != null)
                        if ($Number(object.timeoutS) !== 0)
                            message.timeoutS = object.timeoutS >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a StopInstance message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.StopInstance
                 * @static
                 * @param {remotegpu.agent.v1.StopInstance} message StopInstance
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StopInstance.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.releaseGpus = false;
                        object.timeoutS = 0;
                    }
                    if (message.releaseGpus != null && $Object.hasOwnProperty.call(message, "releaseGpus"))
                        object.releaseGpus = message.releaseGpus;
                    if (message.timeoutS != null && $Object.hasOwnProperty.call(message, "timeoutS"))
                        object.timeoutS = message.timeoutS;
                    return object;
                };

                /**
                 * Converts this StopInstance to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.StopInstance
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StopInstance.prototype.toJSON = function() {
                    return StopInstance.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StopInstance
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.StopInstance
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StopInstance.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.StopInstance";
                };

                return StopInstance;
            })();

            v1.RestartInstance = (function() {

                /**
                 * Properties of a RestartInstance.
                 * @typedef {Object} remotegpu.agent.v1.RestartInstance.$Properties
                 * @property {number} [timeoutS] RestartInstance timeoutS
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RestartInstance.
                 * @memberof remotegpu.agent.v1
                 * @interface IRestartInstance
                 * @augments remotegpu.agent.v1.RestartInstance.$Properties
                 * @deprecated Use remotegpu.agent.v1.RestartInstance.$Properties instead.
                 */

                /**
                 * Shape of a RestartInstance.
                 * @typedef {remotegpu.agent.v1.RestartInstance.$Properties} remotegpu.agent.v1.RestartInstance.$Shape
                 */

                /**
                 * Constructs a new RestartInstance.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a RestartInstance.
                 * @constructor
                 * @param {remotegpu.agent.v1.RestartInstance.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RestartInstance = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RestartInstance timeoutS.
                 * @member {number} timeoutS
                 * @memberof remotegpu.agent.v1.RestartInstance
                 * @instance
                 */
                RestartInstance.prototype.timeoutS = 0;

                /**
                 * Creates a new RestartInstance instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.RestartInstance
                 * @static
                 * @param {remotegpu.agent.v1.RestartInstance.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.RestartInstance} RestartInstance instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.RestartInstance.$Shape): remotegpu.agent.v1.RestartInstance & remotegpu.agent.v1.RestartInstance.$Shape;
                 *   (properties?: remotegpu.agent.v1.RestartInstance.$Properties): remotegpu.agent.v1.RestartInstance;
                 * }}
                 */
                RestartInstance.create = function(properties) {
                    return new RestartInstance(properties);
                };

                /**
                 * Encodes the specified RestartInstance message. Does not implicitly {@link remotegpu.agent.v1.RestartInstance.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.RestartInstance
                 * @static
                 * @param {remotegpu.agent.v1.RestartInstance.$Properties} message RestartInstance message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RestartInstance.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.timeoutS != null && $Object.hasOwnProperty.call(message, "timeoutS") && message.timeoutS !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.timeoutS);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RestartInstance message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.RestartInstance
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.RestartInstance & remotegpu.agent.v1.RestartInstance.$Shape} RestartInstance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RestartInstance.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.RestartInstance();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.timeoutS = value;
                                else
                                    delete message.timeoutS;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a RestartInstance message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.RestartInstance
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RestartInstance.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.timeoutS != null && $Object.hasOwnProperty.call(message, "timeoutS"))
                        if (!$util.isInteger(message.timeoutS))
                            return "timeoutS: integer expected";
                    return null;
                };

                /**
                 * Creates a RestartInstance message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.RestartInstance
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.RestartInstance} RestartInstance
                 */
                RestartInstance.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.RestartInstance)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.RestartInstance: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.RestartInstance();
                    if (object.timeoutS != null)
                        if ($Number(object.timeoutS) !== 0)
                            message.timeoutS = object.timeoutS >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a RestartInstance message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.RestartInstance
                 * @static
                 * @param {remotegpu.agent.v1.RestartInstance} message RestartInstance
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RestartInstance.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.timeoutS = 0;
                    if (message.timeoutS != null && $Object.hasOwnProperty.call(message, "timeoutS"))
                        object.timeoutS = message.timeoutS;
                    return object;
                };

                /**
                 * Converts this RestartInstance to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.RestartInstance
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RestartInstance.prototype.toJSON = function() {
                    return RestartInstance.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RestartInstance
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.RestartInstance
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RestartInstance.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.RestartInstance";
                };

                return RestartInstance;
            })();

            v1.SnapshotInstance = (function() {

                /**
                 * Properties of a SnapshotInstance.
                 * @typedef {Object} remotegpu.agent.v1.SnapshotInstance.$Properties
                 * @property {string} [imageRef] SnapshotInstance imageRef
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotInstance.
                 * @memberof remotegpu.agent.v1
                 * @interface ISnapshotInstance
                 * @augments remotegpu.agent.v1.SnapshotInstance.$Properties
                 * @deprecated Use remotegpu.agent.v1.SnapshotInstance.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotInstance.
                 * @typedef {remotegpu.agent.v1.SnapshotInstance.$Properties} remotegpu.agent.v1.SnapshotInstance.$Shape
                 */

                /**
                 * Constructs a new SnapshotInstance.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a SnapshotInstance.
                 * @constructor
                 * @param {remotegpu.agent.v1.SnapshotInstance.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotInstance = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotInstance imageRef.
                 * @member {string} imageRef
                 * @memberof remotegpu.agent.v1.SnapshotInstance
                 * @instance
                 */
                SnapshotInstance.prototype.imageRef = "";

                /**
                 * Creates a new SnapshotInstance instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.SnapshotInstance
                 * @static
                 * @param {remotegpu.agent.v1.SnapshotInstance.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.SnapshotInstance} SnapshotInstance instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.SnapshotInstance.$Shape): remotegpu.agent.v1.SnapshotInstance & remotegpu.agent.v1.SnapshotInstance.$Shape;
                 *   (properties?: remotegpu.agent.v1.SnapshotInstance.$Properties): remotegpu.agent.v1.SnapshotInstance;
                 * }}
                 */
                SnapshotInstance.create = function(properties) {
                    return new SnapshotInstance(properties);
                };

                /**
                 * Encodes the specified SnapshotInstance message. Does not implicitly {@link remotegpu.agent.v1.SnapshotInstance.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.SnapshotInstance
                 * @static
                 * @param {remotegpu.agent.v1.SnapshotInstance.$Properties} message SnapshotInstance message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotInstance.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef") && message.imageRef !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.imageRef);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SnapshotInstance message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.SnapshotInstance
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.SnapshotInstance & remotegpu.agent.v1.SnapshotInstance.$Shape} SnapshotInstance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotInstance.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.SnapshotInstance();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.imageRef = value;
                                else
                                    delete message.imageRef;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a SnapshotInstance message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.SnapshotInstance
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SnapshotInstance.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef"))
                        if (!$util.isString(message.imageRef))
                            return "imageRef: string expected";
                    return null;
                };

                /**
                 * Creates a SnapshotInstance message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.SnapshotInstance
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.SnapshotInstance} SnapshotInstance
                 */
                SnapshotInstance.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.SnapshotInstance)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.SnapshotInstance: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.SnapshotInstance();
                    if (object.imageRef != null)
                        if (typeof object.imageRef !== "string" || object.imageRef.length)
                            message.imageRef = $String(object.imageRef);
                    return message;
                };

                /**
                 * Creates a plain object from a SnapshotInstance message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.SnapshotInstance
                 * @static
                 * @param {remotegpu.agent.v1.SnapshotInstance} message SnapshotInstance
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SnapshotInstance.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.imageRef = "";
                    if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef"))
                        object.imageRef = message.imageRef;
                    return object;
                };

                /**
                 * Converts this SnapshotInstance to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.SnapshotInstance
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SnapshotInstance.prototype.toJSON = function() {
                    return SnapshotInstance.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SnapshotInstance
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.SnapshotInstance
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotInstance.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.SnapshotInstance";
                };

                return SnapshotInstance;
            })();

            v1.RebuildInstance = (function() {

                /**
                 * Properties of a RebuildInstance.
                 * @typedef {Object} remotegpu.agent.v1.RebuildInstance.$Properties
                 * @property {remotegpu.agent.v1.InstanceSpec.$Properties} [spec] RebuildInstance spec
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RebuildInstance.
                 * @memberof remotegpu.agent.v1
                 * @interface IRebuildInstance
                 * @augments remotegpu.agent.v1.RebuildInstance.$Properties
                 * @deprecated Use remotegpu.agent.v1.RebuildInstance.$Properties instead.
                 */

                /**
                 * Shape of a RebuildInstance.
                 * @typedef {remotegpu.agent.v1.RebuildInstance.$Properties} remotegpu.agent.v1.RebuildInstance.$Shape
                 */

                /**
                 * Constructs a new RebuildInstance.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a RebuildInstance.
                 * @constructor
                 * @param {remotegpu.agent.v1.RebuildInstance.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RebuildInstance = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RebuildInstance spec.
                 * @member {remotegpu.agent.v1.InstanceSpec} spec
                 * @memberof remotegpu.agent.v1.RebuildInstance
                 * @instance
                 */
                RebuildInstance.prototype.spec = null;

                /**
                 * Creates a new RebuildInstance instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.RebuildInstance
                 * @static
                 * @param {remotegpu.agent.v1.RebuildInstance.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.RebuildInstance} RebuildInstance instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.RebuildInstance.$Shape): remotegpu.agent.v1.RebuildInstance & remotegpu.agent.v1.RebuildInstance.$Shape;
                 *   (properties?: remotegpu.agent.v1.RebuildInstance.$Properties): remotegpu.agent.v1.RebuildInstance;
                 * }}
                 */
                RebuildInstance.create = function(properties) {
                    return new RebuildInstance(properties);
                };

                /**
                 * Encodes the specified RebuildInstance message. Does not implicitly {@link remotegpu.agent.v1.RebuildInstance.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.RebuildInstance
                 * @static
                 * @param {remotegpu.agent.v1.RebuildInstance.$Properties} message RebuildInstance message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RebuildInstance.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                        $root.remotegpu.agent.v1.InstanceSpec.encode(message.spec, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RebuildInstance message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.RebuildInstance
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.RebuildInstance & remotegpu.agent.v1.RebuildInstance.$Shape} RebuildInstance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RebuildInstance.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.RebuildInstance();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.spec = $root.remotegpu.agent.v1.InstanceSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a RebuildInstance message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.RebuildInstance
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RebuildInstance.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.spec != null && $Object.hasOwnProperty.call(message, "spec")) {
                        let error = $root.remotegpu.agent.v1.InstanceSpec.verify(message.spec, _depth + 1);
                        if (error)
                            return "spec." + error;
                    }
                    return null;
                };

                /**
                 * Creates a RebuildInstance message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.RebuildInstance
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.RebuildInstance} RebuildInstance
                 */
                RebuildInstance.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.RebuildInstance)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.RebuildInstance: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.RebuildInstance();
                    if (object.spec != null) {
                        if (!$util.isObject(object.spec))
                            throw $TypeError(".remotegpu.agent.v1.RebuildInstance.spec: object expected");
                        message.spec = $root.remotegpu.agent.v1.InstanceSpec.fromObject(object.spec, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a RebuildInstance message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.RebuildInstance
                 * @static
                 * @param {remotegpu.agent.v1.RebuildInstance} message RebuildInstance
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RebuildInstance.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.spec = null;
                    if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                        object.spec = $root.remotegpu.agent.v1.InstanceSpec.toObject(message.spec, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this RebuildInstance to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.RebuildInstance
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RebuildInstance.prototype.toJSON = function() {
                    return RebuildInstance.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RebuildInstance
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.RebuildInstance
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RebuildInstance.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.RebuildInstance";
                };

                return RebuildInstance;
            })();

            v1.DestroyInstance = (function() {

                /**
                 * Properties of a DestroyInstance.
                 * @typedef {Object} remotegpu.agent.v1.DestroyInstance.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DestroyInstance.
                 * @memberof remotegpu.agent.v1
                 * @interface IDestroyInstance
                 * @augments remotegpu.agent.v1.DestroyInstance.$Properties
                 * @deprecated Use remotegpu.agent.v1.DestroyInstance.$Properties instead.
                 */

                /**
                 * Shape of a DestroyInstance.
                 * @typedef {remotegpu.agent.v1.DestroyInstance.$Properties} remotegpu.agent.v1.DestroyInstance.$Shape
                 */

                /**
                 * Constructs a new DestroyInstance.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a DestroyInstance.
                 * @constructor
                 * @param {remotegpu.agent.v1.DestroyInstance.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DestroyInstance = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new DestroyInstance instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.DestroyInstance
                 * @static
                 * @param {remotegpu.agent.v1.DestroyInstance.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.DestroyInstance} DestroyInstance instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.DestroyInstance.$Shape): remotegpu.agent.v1.DestroyInstance & remotegpu.agent.v1.DestroyInstance.$Shape;
                 *   (properties?: remotegpu.agent.v1.DestroyInstance.$Properties): remotegpu.agent.v1.DestroyInstance;
                 * }}
                 */
                DestroyInstance.create = function(properties) {
                    return new DestroyInstance(properties);
                };

                /**
                 * Encodes the specified DestroyInstance message. Does not implicitly {@link remotegpu.agent.v1.DestroyInstance.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.DestroyInstance
                 * @static
                 * @param {remotegpu.agent.v1.DestroyInstance.$Properties} message DestroyInstance message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DestroyInstance.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a DestroyInstance message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.DestroyInstance
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.DestroyInstance & remotegpu.agent.v1.DestroyInstance.$Shape} DestroyInstance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DestroyInstance.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.DestroyInstance();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a DestroyInstance message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.DestroyInstance
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                DestroyInstance.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a DestroyInstance message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.DestroyInstance
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.DestroyInstance} DestroyInstance
                 */
                DestroyInstance.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.DestroyInstance)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.DestroyInstance: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.remotegpu.agent.v1.DestroyInstance();
                };

                /**
                 * Creates a plain object from a DestroyInstance message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.DestroyInstance
                 * @static
                 * @param {remotegpu.agent.v1.DestroyInstance} message DestroyInstance
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DestroyInstance.toObject = function () {
                    return {};
                };

                /**
                 * Converts this DestroyInstance to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.DestroyInstance
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DestroyInstance.prototype.toJSON = function() {
                    return DestroyInstance.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DestroyInstance
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.DestroyInstance
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DestroyInstance.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.DestroyInstance";
                };

                return DestroyInstance;
            })();

            /**
             * CommandStatus enum.
             * @name remotegpu.agent.v1.CommandStatus
             * @enum {number}
             * @property {number} COMMAND_STATUS_UNSPECIFIED=0 COMMAND_STATUS_UNSPECIFIED value
             * @property {number} COMMAND_STATUS_SUCCEEDED=1 COMMAND_STATUS_SUCCEEDED value
             * @property {number} COMMAND_STATUS_FAILED=2 COMMAND_STATUS_FAILED value
             * @property {number} COMMAND_STATUS_REFUSED_STALE=3 COMMAND_STATUS_REFUSED_STALE value
             */
            v1.CommandStatus = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "COMMAND_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "COMMAND_STATUS_SUCCEEDED"] = 1;
                values[valuesById[2] = "COMMAND_STATUS_FAILED"] = 2;
                values[valuesById[3] = "COMMAND_STATUS_REFUSED_STALE"] = 3;
                return values;
            })();

            v1.CommandResult = (function() {

                /**
                 * Properties of a CommandResult.
                 * @typedef {Object} remotegpu.agent.v1.CommandResult.$Properties
                 * @property {string} [commandId] CommandResult commandId
                 * @property {string} [instanceId] CommandResult instanceId
                 * @property {number} [generation] CommandResult generation
                 * @property {remotegpu.agent.v1.CommandStatus} [status] CommandResult status
                 * @property {string} [errorCode] CommandResult errorCode
                 * @property {string} [errorMessage] CommandResult errorMessage
                 * @property {remotegpu.agent.v1.ContainerState.$Properties} [state] CommandResult state
                 * @property {remotegpu.agent.v1.SnapshotResult.$Properties} [snapshot] CommandResult snapshot
                 * @property {number} [finishedAtMs] CommandResult finishedAtMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CommandResult.
                 * @memberof remotegpu.agent.v1
                 * @interface ICommandResult
                 * @augments remotegpu.agent.v1.CommandResult.$Properties
                 * @deprecated Use remotegpu.agent.v1.CommandResult.$Properties instead.
                 */

                /**
                 * Shape of a CommandResult.
                 * @typedef {remotegpu.agent.v1.CommandResult.$Properties} remotegpu.agent.v1.CommandResult.$Shape
                 */

                /**
                 * Constructs a new CommandResult.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a CommandResult.
                 * @constructor
                 * @param {remotegpu.agent.v1.CommandResult.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CommandResult = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CommandResult commandId.
                 * @member {string} commandId
                 * @memberof remotegpu.agent.v1.CommandResult
                 * @instance
                 */
                CommandResult.prototype.commandId = "";

                /**
                 * CommandResult instanceId.
                 * @member {string} instanceId
                 * @memberof remotegpu.agent.v1.CommandResult
                 * @instance
                 */
                CommandResult.prototype.instanceId = "";

                /**
                 * CommandResult generation.
                 * @member {number} generation
                 * @memberof remotegpu.agent.v1.CommandResult
                 * @instance
                 */
                CommandResult.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CommandResult status.
                 * @member {remotegpu.agent.v1.CommandStatus} status
                 * @memberof remotegpu.agent.v1.CommandResult
                 * @instance
                 */
                CommandResult.prototype.status = 0;

                /**
                 * CommandResult errorCode.
                 * @member {string} errorCode
                 * @memberof remotegpu.agent.v1.CommandResult
                 * @instance
                 */
                CommandResult.prototype.errorCode = "";

                /**
                 * CommandResult errorMessage.
                 * @member {string} errorMessage
                 * @memberof remotegpu.agent.v1.CommandResult
                 * @instance
                 */
                CommandResult.prototype.errorMessage = "";

                /**
                 * CommandResult state.
                 * @member {remotegpu.agent.v1.ContainerState} state
                 * @memberof remotegpu.agent.v1.CommandResult
                 * @instance
                 */
                CommandResult.prototype.state = null;

                /**
                 * CommandResult snapshot.
                 * @member {remotegpu.agent.v1.SnapshotResult} snapshot
                 * @memberof remotegpu.agent.v1.CommandResult
                 * @instance
                 */
                CommandResult.prototype.snapshot = null;

                /**
                 * CommandResult finishedAtMs.
                 * @member {number} finishedAtMs
                 * @memberof remotegpu.agent.v1.CommandResult
                 * @instance
                 */
                CommandResult.prototype.finishedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new CommandResult instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.CommandResult
                 * @static
                 * @param {remotegpu.agent.v1.CommandResult.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.CommandResult} CommandResult instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.CommandResult.$Shape): remotegpu.agent.v1.CommandResult & remotegpu.agent.v1.CommandResult.$Shape;
                 *   (properties?: remotegpu.agent.v1.CommandResult.$Properties): remotegpu.agent.v1.CommandResult;
                 * }}
                 */
                CommandResult.create = function(properties) {
                    return new CommandResult(properties);
                };

                /**
                 * Encodes the specified CommandResult message. Does not implicitly {@link remotegpu.agent.v1.CommandResult.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.CommandResult
                 * @static
                 * @param {remotegpu.agent.v1.CommandResult.$Properties} message CommandResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CommandResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.commandId);
                    if (message.instanceId != null && $Object.hasOwnProperty.call(message, "instanceId") && message.instanceId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.instanceId);
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.generation);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.status);
                    if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.errorCode);
                    if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage") && message.errorMessage !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.errorMessage);
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        $root.remotegpu.agent.v1.ContainerState.encode(message.state, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                        $root.remotegpu.agent.v1.SnapshotResult.encode(message.snapshot, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.finishedAtMs != null && $Object.hasOwnProperty.call(message, "finishedAtMs") && (typeof message.finishedAtMs === "object" ? message.finishedAtMs.low || message.finishedAtMs.high : message.finishedAtMs !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).int64(message.finishedAtMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CommandResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.CommandResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.CommandResult & remotegpu.agent.v1.CommandResult.$Shape} CommandResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CommandResult.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.CommandResult();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.commandId = value;
                                else
                                    delete message.commandId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.instanceId = value;
                                else
                                    delete message.instanceId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.generation = value;
                                else
                                    delete message.generation;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.errorCode = value;
                                else
                                    delete message.errorCode;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.errorMessage = value;
                                else
                                    delete message.errorMessage;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.state = $root.remotegpu.agent.v1.ContainerState.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.snapshot = $root.remotegpu.agent.v1.SnapshotResult.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.finishedAtMs = value;
                                else
                                    delete message.finishedAtMs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a CommandResult message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.CommandResult
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CommandResult.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                        if (!$util.isString(message.commandId))
                            return "commandId: string expected";
                    if (message.instanceId != null && $Object.hasOwnProperty.call(message, "instanceId"))
                        if (!$util.isString(message.instanceId))
                            return "instanceId: string expected";
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (!$util.isInteger(message.generation) && !(message.generation && $util.isInteger(message.generation.low) && $util.isInteger(message.generation.high)))
                            return "generation: integer|Long expected";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                            return "status: enum value expected";
                    if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                        if (!$util.isString(message.errorCode))
                            return "errorCode: string expected";
                    if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                        if (!$util.isString(message.errorMessage))
                            return "errorMessage: string expected";
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state")) {
                        let error = $root.remotegpu.agent.v1.ContainerState.verify(message.state, _depth + 1);
                        if (error)
                            return "state." + error;
                    }
                    if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot")) {
                        let error = $root.remotegpu.agent.v1.SnapshotResult.verify(message.snapshot, _depth + 1);
                        if (error)
                            return "snapshot." + error;
                    }
                    if (message.finishedAtMs != null && $Object.hasOwnProperty.call(message, "finishedAtMs"))
                        if (!$util.isInteger(message.finishedAtMs) && !(message.finishedAtMs && $util.isInteger(message.finishedAtMs.low) && $util.isInteger(message.finishedAtMs.high)))
                            return "finishedAtMs: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.CommandResult
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.CommandResult} CommandResult
                 */
                CommandResult.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.CommandResult)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.CommandResult: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.CommandResult();
                    if (object.commandId != null)
                        if (typeof object.commandId !== "string" || object.commandId.length)
                            message.commandId = $String(object.commandId);
                    if (object.instanceId != null)
                        if (typeof object.instanceId !== "string" || object.instanceId.length)
                            message.instanceId = $String(object.instanceId);
                    if (object.generation != null)
                        if (typeof object.generation === "object" ? object.generation.low || object.generation.high : $Number(object.generation) !== 0)
                            if ($util.Long)
                                message.generation = $util.Long.fromValue(object.generation, true);
                            else if (typeof object.generation === "string")
                                message.generation = $parseInt(object.generation, 10);
                            else if (typeof object.generation === "number")
                                message.generation = object.generation;
                            else if (typeof object.generation === "object")
                                message.generation = new $util.LongBits(object.generation.low >>> 0, object.generation.high >>> 0).toNumber(true);
                    if (object.status !== 0 && (typeof object.status !== "string" || $root.remotegpu.agent.v1.CommandStatus[object.status] !== 0))
                        switch (object.status) {
                        case "COMMAND_STATUS_UNSPECIFIED":
                        case 0:
                            message.status = 0;
                            break;
                        case "COMMAND_STATUS_SUCCEEDED":
                        case 1:
                            message.status = 1;
                            break;
                        case "COMMAND_STATUS_FAILED":
                        case 2:
                            message.status = 2;
                            break;
                        case "COMMAND_STATUS_REFUSED_STALE":
                        case 3:
                            message.status = 3;
                            break;
                        default:
                            if (typeof object.status === "number" && (object.status | 0) === object.status)
                                message.status = object.status;
                        }
                    if (object.errorCode != null)
                        if (typeof object.errorCode !== "string" || object.errorCode.length)
                            message.errorCode = $String(object.errorCode);
                    if (object.errorMessage != null)
                        if (typeof object.errorMessage !== "string" || object.errorMessage.length)
                            message.errorMessage = $String(object.errorMessage);
                    if (object.state != null) {
                        if (!$util.isObject(object.state))
                            throw $TypeError(".remotegpu.agent.v1.CommandResult.state: object expected");
                        message.state = $root.remotegpu.agent.v1.ContainerState.fromObject(object.state, _depth + 1);
                    }
                    if (object.snapshot != null) {
                        if (!$util.isObject(object.snapshot))
                            throw $TypeError(".remotegpu.agent.v1.CommandResult.snapshot: object expected");
                        message.snapshot = $root.remotegpu.agent.v1.SnapshotResult.fromObject(object.snapshot, _depth + 1);
                    }
                    if (object.finishedAtMs != null)
                        if (typeof object.finishedAtMs === "object" ? object.finishedAtMs.low || object.finishedAtMs.high : $Number(object.finishedAtMs) !== 0)
                            if ($util.Long)
                                message.finishedAtMs = $util.Long.fromValue(object.finishedAtMs, false);
                            else if (typeof object.finishedAtMs === "string")
                                message.finishedAtMs = $parseInt(object.finishedAtMs, 10);
                            else if (typeof object.finishedAtMs === "number")
                                message.finishedAtMs = object.finishedAtMs;
                            else if (typeof object.finishedAtMs === "object")
                                message.finishedAtMs = new $util.LongBits(object.finishedAtMs.low >>> 0, object.finishedAtMs.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.CommandResult
                 * @static
                 * @param {remotegpu.agent.v1.CommandResult} message CommandResult
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CommandResult.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.commandId = "";
                        object.instanceId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.generation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.generation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.status = options.enums === $String ? "COMMAND_STATUS_UNSPECIFIED" : 0;
                        object.errorCode = "";
                        object.errorMessage = "";
                        object.state = null;
                        object.snapshot = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.finishedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.finishedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                        object.commandId = message.commandId;
                    if (message.instanceId != null && $Object.hasOwnProperty.call(message, "instanceId"))
                        object.instanceId = message.instanceId;
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.generation = typeof message.generation === "number" ? $BigInt(message.generation) : $util.Long.fromBits(message.generation.low >>> 0, message.generation.high >>> 0, true).toBigInt();
                        else if (typeof message.generation === "number")
                            object.generation = options.longs === $String ? $String(message.generation) : message.generation;
                        else
                            object.generation = options.longs === $String ? $util.Long.prototype.toString.call(message.generation) : options.longs === $Number ? new $util.LongBits(message.generation.low >>> 0, message.generation.high >>> 0).toNumber(true) : message.generation;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = options.enums === $String ? $root.remotegpu.agent.v1.CommandStatus[message.status] === $undefined ? message.status : $root.remotegpu.agent.v1.CommandStatus[message.status] : message.status;
                    if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                        object.errorCode = message.errorCode;
                    if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                        object.errorMessage = message.errorMessage;
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = $root.remotegpu.agent.v1.ContainerState.toObject(message.state, options, _depth + 1);
                    if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                        object.snapshot = $root.remotegpu.agent.v1.SnapshotResult.toObject(message.snapshot, options, _depth + 1);
                    if (message.finishedAtMs != null && $Object.hasOwnProperty.call(message, "finishedAtMs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.finishedAtMs = typeof message.finishedAtMs === "number" ? $BigInt(message.finishedAtMs) : $util.Long.fromBits(message.finishedAtMs.low >>> 0, message.finishedAtMs.high >>> 0, false).toBigInt();
                        else if (typeof message.finishedAtMs === "number")
                            object.finishedAtMs = options.longs === $String ? $String(message.finishedAtMs) : message.finishedAtMs;
                        else
                            object.finishedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.finishedAtMs) : options.longs === $Number ? new $util.LongBits(message.finishedAtMs.low >>> 0, message.finishedAtMs.high >>> 0).toNumber() : message.finishedAtMs;
                    return object;
                };

                /**
                 * Converts this CommandResult to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.CommandResult
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CommandResult.prototype.toJSON = function() {
                    return CommandResult.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CommandResult
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.CommandResult
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CommandResult.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.CommandResult";
                };

                return CommandResult;
            })();

            v1.SnapshotResult = (function() {

                /**
                 * Properties of a SnapshotResult.
                 * @typedef {Object} remotegpu.agent.v1.SnapshotResult.$Properties
                 * @property {string} [imageId] SnapshotResult imageId
                 * @property {number} [sizeBytes] SnapshotResult sizeBytes
                 * @property {string} [imageRef] SnapshotResult imageRef
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotResult.
                 * @memberof remotegpu.agent.v1
                 * @interface ISnapshotResult
                 * @augments remotegpu.agent.v1.SnapshotResult.$Properties
                 * @deprecated Use remotegpu.agent.v1.SnapshotResult.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotResult.
                 * @typedef {remotegpu.agent.v1.SnapshotResult.$Properties} remotegpu.agent.v1.SnapshotResult.$Shape
                 */

                /**
                 * Constructs a new SnapshotResult.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a SnapshotResult.
                 * @constructor
                 * @param {remotegpu.agent.v1.SnapshotResult.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotResult = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotResult imageId.
                 * @member {string} imageId
                 * @memberof remotegpu.agent.v1.SnapshotResult
                 * @instance
                 */
                SnapshotResult.prototype.imageId = "";

                /**
                 * SnapshotResult sizeBytes.
                 * @member {number} sizeBytes
                 * @memberof remotegpu.agent.v1.SnapshotResult
                 * @instance
                 */
                SnapshotResult.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotResult imageRef.
                 * @member {string} imageRef
                 * @memberof remotegpu.agent.v1.SnapshotResult
                 * @instance
                 */
                SnapshotResult.prototype.imageRef = "";

                /**
                 * Creates a new SnapshotResult instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.SnapshotResult
                 * @static
                 * @param {remotegpu.agent.v1.SnapshotResult.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.SnapshotResult} SnapshotResult instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.SnapshotResult.$Shape): remotegpu.agent.v1.SnapshotResult & remotegpu.agent.v1.SnapshotResult.$Shape;
                 *   (properties?: remotegpu.agent.v1.SnapshotResult.$Properties): remotegpu.agent.v1.SnapshotResult;
                 * }}
                 */
                SnapshotResult.create = function(properties) {
                    return new SnapshotResult(properties);
                };

                /**
                 * Encodes the specified SnapshotResult message. Does not implicitly {@link remotegpu.agent.v1.SnapshotResult.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.SnapshotResult
                 * @static
                 * @param {remotegpu.agent.v1.SnapshotResult.$Properties} message SnapshotResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.imageId != null && $Object.hasOwnProperty.call(message, "imageId") && message.imageId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.imageId);
                    if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes") && (typeof message.sizeBytes === "object" ? message.sizeBytes.low || message.sizeBytes.high : message.sizeBytes !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sizeBytes);
                    if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef") && message.imageRef !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.imageRef);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SnapshotResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.SnapshotResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.SnapshotResult & remotegpu.agent.v1.SnapshotResult.$Shape} SnapshotResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotResult.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.SnapshotResult();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.imageId = value;
                                else
                                    delete message.imageId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sizeBytes = value;
                                else
                                    delete message.sizeBytes;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.imageRef = value;
                                else
                                    delete message.imageRef;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a SnapshotResult message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.SnapshotResult
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SnapshotResult.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.imageId != null && $Object.hasOwnProperty.call(message, "imageId"))
                        if (!$util.isString(message.imageId))
                            return "imageId: string expected";
                    if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                        if (!$util.isInteger(message.sizeBytes) && !(message.sizeBytes && $util.isInteger(message.sizeBytes.low) && $util.isInteger(message.sizeBytes.high)))
                            return "sizeBytes: integer|Long expected";
                    if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef"))
                        if (!$util.isString(message.imageRef))
                            return "imageRef: string expected";
                    return null;
                };

                /**
                 * Creates a SnapshotResult message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.SnapshotResult
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.SnapshotResult} SnapshotResult
                 */
                SnapshotResult.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.SnapshotResult)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.SnapshotResult: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.SnapshotResult();
                    if (object.imageId != null)
                        if (typeof object.imageId !== "string" || object.imageId.length)
                            message.imageId = $String(object.imageId);
                    if (object.sizeBytes != null)
                        if (typeof object.sizeBytes === "object" ? object.sizeBytes.low || object.sizeBytes.high : $Number(object.sizeBytes) !== 0)
                            if ($util.Long)
                                message.sizeBytes = $util.Long.fromValue(object.sizeBytes, true);
                            else if (typeof object.sizeBytes === "string")
                                message.sizeBytes = $parseInt(object.sizeBytes, 10);
                            else if (typeof object.sizeBytes === "number")
                                message.sizeBytes = object.sizeBytes;
                            else if (typeof object.sizeBytes === "object")
                                message.sizeBytes = new $util.LongBits(object.sizeBytes.low >>> 0, object.sizeBytes.high >>> 0).toNumber(true);
                    if (object.imageRef != null)
                        if (typeof object.imageRef !== "string" || object.imageRef.length)
                            message.imageRef = $String(object.imageRef);
                    return message;
                };

                /**
                 * Creates a plain object from a SnapshotResult message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.SnapshotResult
                 * @static
                 * @param {remotegpu.agent.v1.SnapshotResult} message SnapshotResult
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SnapshotResult.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.imageId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.sizeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.sizeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.imageRef = "";
                    }
                    if (message.imageId != null && $Object.hasOwnProperty.call(message, "imageId"))
                        object.imageId = message.imageId;
                    if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.sizeBytes = typeof message.sizeBytes === "number" ? $BigInt(message.sizeBytes) : $util.Long.fromBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.sizeBytes === "number")
                            object.sizeBytes = options.longs === $String ? $String(message.sizeBytes) : message.sizeBytes;
                        else
                            object.sizeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.sizeBytes) : options.longs === $Number ? new $util.LongBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0).toNumber(true) : message.sizeBytes;
                    if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef"))
                        object.imageRef = message.imageRef;
                    return object;
                };

                /**
                 * Converts this SnapshotResult to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.SnapshotResult
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SnapshotResult.prototype.toJSON = function() {
                    return SnapshotResult.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SnapshotResult
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.SnapshotResult
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotResult.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.SnapshotResult";
                };

                return SnapshotResult;
            })();

            /**
             * ContainerStatus enum.
             * @name remotegpu.agent.v1.ContainerStatus
             * @enum {number}
             * @property {number} CONTAINER_STATUS_UNSPECIFIED=0 CONTAINER_STATUS_UNSPECIFIED value
             * @property {number} CONTAINER_STATUS_CREATED=1 CONTAINER_STATUS_CREATED value
             * @property {number} CONTAINER_STATUS_RUNNING=2 CONTAINER_STATUS_RUNNING value
             * @property {number} CONTAINER_STATUS_STOPPED=3 CONTAINER_STATUS_STOPPED value
             * @property {number} CONTAINER_STATUS_RESTARTING=4 CONTAINER_STATUS_RESTARTING value
             * @property {number} CONTAINER_STATUS_PAUSED=5 CONTAINER_STATUS_PAUSED value
             * @property {number} CONTAINER_STATUS_DEAD=6 CONTAINER_STATUS_DEAD value
             * @property {number} CONTAINER_STATUS_MISSING=7 CONTAINER_STATUS_MISSING value
             * @property {number} CONTAINER_STATUS_REMOVED=8 CONTAINER_STATUS_REMOVED value
             */
            v1.ContainerStatus = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CONTAINER_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CONTAINER_STATUS_CREATED"] = 1;
                values[valuesById[2] = "CONTAINER_STATUS_RUNNING"] = 2;
                values[valuesById[3] = "CONTAINER_STATUS_STOPPED"] = 3;
                values[valuesById[4] = "CONTAINER_STATUS_RESTARTING"] = 4;
                values[valuesById[5] = "CONTAINER_STATUS_PAUSED"] = 5;
                values[valuesById[6] = "CONTAINER_STATUS_DEAD"] = 6;
                values[valuesById[7] = "CONTAINER_STATUS_MISSING"] = 7;
                values[valuesById[8] = "CONTAINER_STATUS_REMOVED"] = 8;
                return values;
            })();

            v1.ContainerState = (function() {

                /**
                 * Properties of a ContainerState.
                 * @typedef {Object} remotegpu.agent.v1.ContainerState.$Properties
                 * @property {string} [instanceId] ContainerState instanceId
                 * @property {number} [generation] ContainerState generation
                 * @property {string} [containerId] ContainerState containerId
                 * @property {remotegpu.agent.v1.ContainerStatus} [status] ContainerState status
                 * @property {Array.<string>} [gpuUuids] ContainerState gpuUuids
                 * @property {number} [startedAtMs] ContainerState startedAtMs
                 * @property {number|null} [exitCode] ContainerState exitCode
                 * @property {string} [error] ContainerState error
                 * @property {string} [imageRef] ContainerState imageRef
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ContainerState.
                 * @memberof remotegpu.agent.v1
                 * @interface IContainerState
                 * @augments remotegpu.agent.v1.ContainerState.$Properties
                 * @deprecated Use remotegpu.agent.v1.ContainerState.$Properties instead.
                 */

                /**
                 * Shape of a ContainerState.
                 * @typedef {remotegpu.agent.v1.ContainerState.$Properties} remotegpu.agent.v1.ContainerState.$Shape
                 */

                /**
                 * Constructs a new ContainerState.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a ContainerState.
                 * @constructor
                 * @param {remotegpu.agent.v1.ContainerState.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ContainerState = function (properties) {
                    this.gpuUuids = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ContainerState instanceId.
                 * @member {string} instanceId
                 * @memberof remotegpu.agent.v1.ContainerState
                 * @instance
                 */
                ContainerState.prototype.instanceId = "";

                /**
                 * ContainerState generation.
                 * @member {number} generation
                 * @memberof remotegpu.agent.v1.ContainerState
                 * @instance
                 */
                ContainerState.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ContainerState containerId.
                 * @member {string} containerId
                 * @memberof remotegpu.agent.v1.ContainerState
                 * @instance
                 */
                ContainerState.prototype.containerId = "";

                /**
                 * ContainerState status.
                 * @member {remotegpu.agent.v1.ContainerStatus} status
                 * @memberof remotegpu.agent.v1.ContainerState
                 * @instance
                 */
                ContainerState.prototype.status = 0;

                /**
                 * ContainerState gpuUuids.
                 * @member {Array.<string>} gpuUuids
                 * @memberof remotegpu.agent.v1.ContainerState
                 * @instance
                 */
                ContainerState.prototype.gpuUuids = $util.emptyArray;

                /**
                 * ContainerState startedAtMs.
                 * @member {number} startedAtMs
                 * @memberof remotegpu.agent.v1.ContainerState
                 * @instance
                 */
                ContainerState.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * ContainerState exitCode.
                 * @member {number|null} exitCode
                 * @memberof remotegpu.agent.v1.ContainerState
                 * @instance
                 */
                ContainerState.prototype.exitCode = null;

                /**
                 * ContainerState error.
                 * @member {string} error
                 * @memberof remotegpu.agent.v1.ContainerState
                 * @instance
                 */
                ContainerState.prototype.error = "";

                /**
                 * ContainerState imageRef.
                 * @member {string} imageRef
                 * @memberof remotegpu.agent.v1.ContainerState
                 * @instance
                 */
                ContainerState.prototype.imageRef = "";

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ContainerState.prototype, "_exitCode", {
                    get: $util.oneOfGetter($oneOfFields = ["exitCode"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ContainerState instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.ContainerState
                 * @static
                 * @param {remotegpu.agent.v1.ContainerState.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.ContainerState} ContainerState instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.ContainerState.$Shape): remotegpu.agent.v1.ContainerState & remotegpu.agent.v1.ContainerState.$Shape;
                 *   (properties?: remotegpu.agent.v1.ContainerState.$Properties): remotegpu.agent.v1.ContainerState;
                 * }}
                 */
                ContainerState.create = function(properties) {
                    return new ContainerState(properties);
                };

                /**
                 * Encodes the specified ContainerState message. Does not implicitly {@link remotegpu.agent.v1.ContainerState.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.ContainerState
                 * @static
                 * @param {remotegpu.agent.v1.ContainerState.$Properties} message ContainerState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ContainerState.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.instanceId != null && $Object.hasOwnProperty.call(message, "instanceId") && message.instanceId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.instanceId);
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.generation);
                    if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.containerId);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.status);
                    if (message.gpuUuids != null && message.gpuUuids.length)
                        for (let i = 0; i < message.gpuUuids.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.gpuUuids[i]);
                    if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).int64(message.startedAtMs);
                    if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                        writer.uint32(/* id 7, wireType 0 =*/56).int32(message.exitCode);
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.error);
                    if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef") && message.imageRef !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.imageRef);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ContainerState message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.ContainerState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.ContainerState & remotegpu.agent.v1.ContainerState.$Shape} ContainerState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ContainerState.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.ContainerState();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.instanceId = value;
                                else
                                    delete message.instanceId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.generation = value;
                                else
                                    delete message.generation;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.containerId = value;
                                else
                                    delete message.containerId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.gpuUuids && message.gpuUuids.length))
                                    message.gpuUuids = [];
                                message.gpuUuids.push(reader.stringVerify());
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.startedAtMs = value;
                                else
                                    delete message.startedAtMs;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                message.exitCode = reader.int32();
                                message._exitCode = "exitCode";
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.error = value;
                                else
                                    delete message.error;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.imageRef = value;
                                else
                                    delete message.imageRef;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a ContainerState message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.ContainerState
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ContainerState.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.instanceId != null && $Object.hasOwnProperty.call(message, "instanceId"))
                        if (!$util.isString(message.instanceId))
                            return "instanceId: string expected";
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (!$util.isInteger(message.generation) && !(message.generation && $util.isInteger(message.generation.low) && $util.isInteger(message.generation.high)))
                            return "generation: integer|Long expected";
                    if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                        if (!$util.isString(message.containerId))
                            return "containerId: string expected";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                            return "status: enum value expected";
                    if (message.gpuUuids != null && $Object.hasOwnProperty.call(message, "gpuUuids")) {
                        if (!$Array.isArray(message.gpuUuids))
                            return "gpuUuids: array expected";
                        for (let i = 0; i < message.gpuUuids.length; ++i)
                            if (!$util.isString(message.gpuUuids[i]))
                                return "gpuUuids: string[] expected";
                    }
                    if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                        if (!$util.isInteger(message.startedAtMs) && !(message.startedAtMs && $util.isInteger(message.startedAtMs.low) && $util.isInteger(message.startedAtMs.high)))
                            return "startedAtMs: integer|Long expected";
                    if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode")) {
                        properties._exitCode = 1;
                        if (!$util.isInteger(message.exitCode))
                            return "exitCode: integer expected";
                    }
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        if (!$util.isString(message.error))
                            return "error: string expected";
                    if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef"))
                        if (!$util.isString(message.imageRef))
                            return "imageRef: string expected";
                    return null;
                };

                /**
                 * Creates a ContainerState message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.ContainerState
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.ContainerState} ContainerState
                 */
                ContainerState.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.ContainerState)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.ContainerState: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.ContainerState();
                    if (object.instanceId != null)
                        if (typeof object.instanceId !== "string" || object.instanceId.length)
                            message.instanceId = $String(object.instanceId);
                    if (object.generation != null)
                        if (typeof object.generation === "object" ? object.generation.low || object.generation.high : $Number(object.generation) !== 0)
                            if ($util.Long)
                                message.generation = $util.Long.fromValue(object.generation, true);
                            else if (typeof object.generation === "string")
                                message.generation = $parseInt(object.generation, 10);
                            else if (typeof object.generation === "number")
                                message.generation = object.generation;
                            else if (typeof object.generation === "object")
                                message.generation = new $util.LongBits(object.generation.low >>> 0, object.generation.high >>> 0).toNumber(true);
                    if (object.containerId != null)
                        if (typeof object.containerId !== "string" || object.containerId.length)
                            message.containerId = $String(object.containerId);
                    if (object.status !== 0 && (typeof object.status !== "string" || $root.remotegpu.agent.v1.ContainerStatus[object.status] !== 0))
                        switch (object.status) {
                        case "CONTAINER_STATUS_UNSPECIFIED":
                        case 0:
                            message.status = 0;
                            break;
                        case "CONTAINER_STATUS_CREATED":
                        case 1:
                            message.status = 1;
                            break;
                        case "CONTAINER_STATUS_RUNNING":
                        case 2:
                            message.status = 2;
                            break;
                        case "CONTAINER_STATUS_STOPPED":
                        case 3:
                            message.status = 3;
                            break;
                        case "CONTAINER_STATUS_RESTARTING":
                        case 4:
                            message.status = 4;
                            break;
                        case "CONTAINER_STATUS_PAUSED":
                        case 5:
                            message.status = 5;
                            break;
                        case "CONTAINER_STATUS_DEAD":
                        case 6:
                            message.status = 6;
                            break;
                        case "CONTAINER_STATUS_MISSING":
                        case 7:
                            message.status = 7;
                            break;
                        case "CONTAINER_STATUS_REMOVED":
                        case 8:
                            message.status = 8;
                            break;
                        default:
                            if (typeof object.status === "number" && (object.status | 0) === object.status)
                                message.status = object.status;
                        }
                    if (object.gpuUuids) {
                        if (!$Array.isArray(object.gpuUuids))
                            throw $TypeError(".remotegpu.agent.v1.ContainerState.gpuUuids: array expected");
                        message.gpuUuids = $Array(object.gpuUuids.length);
                        for (let i = 0; i < object.gpuUuids.length; ++i)
                            message.gpuUuids[i] = $String(object.gpuUuids[i]);
                    }
                    if (object.startedAtMs != null)
                        if (typeof object.startedAtMs === "object" ? object.startedAtMs.low || object.startedAtMs.high : $Number(object.startedAtMs) !== 0)
                            if ($util.Long)
                                message.startedAtMs = $util.Long.fromValue(object.startedAtMs, false);
                            else if (typeof object.startedAtMs === "string")
                                message.startedAtMs = $parseInt(object.startedAtMs, 10);
                            else if (typeof object.startedAtMs === "number")
                                message.startedAtMs = object.startedAtMs;
                            else if (typeof object.startedAtMs === "object")
                                message.startedAtMs = new $util.LongBits(object.startedAtMs.low >>> 0, object.startedAtMs.high >>> 0).toNumber();
                    if (object.exitCode != null)
                        message.exitCode = object.exitCode | 0;
                    if (object.error != null)
                        if (typeof object.error !== "string" || object.error.length)
                            message.error = $String(object.error);
                    if (object.imageRef != null)
                        if (typeof object.imageRef !== "string" || object.imageRef.length)
                            message.imageRef = $String(object.imageRef);
                    return message;
                };

                /**
                 * Creates a plain object from a ContainerState message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.ContainerState
                 * @static
                 * @param {remotegpu.agent.v1.ContainerState} message ContainerState
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ContainerState.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.gpuUuids = [];
                    if (options.defaults) {
                        object.instanceId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.generation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.generation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.containerId = "";
                        object.status = options.enums === $String ? "CONTAINER_STATUS_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.startedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.startedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.error = "";
                        object.imageRef = "";
                    }
                    if (message.instanceId != null && $Object.hasOwnProperty.call(message, "instanceId"))
                        object.instanceId = message.instanceId;
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.generation = typeof message.generation === "number" ? $BigInt(message.generation) : $util.Long.fromBits(message.generation.low >>> 0, message.generation.high >>> 0, true).toBigInt();
                        else if (typeof message.generation === "number")
                            object.generation = options.longs === $String ? $String(message.generation) : message.generation;
                        else
                            object.generation = options.longs === $String ? $util.Long.prototype.toString.call(message.generation) : options.longs === $Number ? new $util.LongBits(message.generation.low >>> 0, message.generation.high >>> 0).toNumber(true) : message.generation;
                    if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                        object.containerId = message.containerId;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = options.enums === $String ? $root.remotegpu.agent.v1.ContainerStatus[message.status] === $undefined ? message.status : $root.remotegpu.agent.v1.ContainerStatus[message.status] : message.status;
                    if (message.gpuUuids && message.gpuUuids.length) {
                        object.gpuUuids = $Array(message.gpuUuids.length);
                        for (let j = 0; j < message.gpuUuids.length; ++j)
                            object.gpuUuids[j] = message.gpuUuids[j];
                    }
                    if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.startedAtMs = typeof message.startedAtMs === "number" ? $BigInt(message.startedAtMs) : $util.Long.fromBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0, false).toBigInt();
                        else if (typeof message.startedAtMs === "number")
                            object.startedAtMs = options.longs === $String ? $String(message.startedAtMs) : message.startedAtMs;
                        else
                            object.startedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAtMs) : options.longs === $Number ? new $util.LongBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0).toNumber() : message.startedAtMs;
                    if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                        object.exitCode = message.exitCode;
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        object.error = message.error;
                    if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef"))
                        object.imageRef = message.imageRef;
                    return object;
                };

                /**
                 * Converts this ContainerState to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.ContainerState
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ContainerState.prototype.toJSON = function() {
                    return ContainerState.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ContainerState
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.ContainerState
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ContainerState.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.ContainerState";
                };

                return ContainerState;
            })();

            v1.ContainerStates = (function() {

                /**
                 * Properties of a ContainerStates.
                 * @typedef {Object} remotegpu.agent.v1.ContainerStates.$Properties
                 * @property {Array.<remotegpu.agent.v1.ContainerState.$Properties>} [containers] ContainerStates containers
                 * @property {boolean} [full] ContainerStates full
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ContainerStates.
                 * @memberof remotegpu.agent.v1
                 * @interface IContainerStates
                 * @augments remotegpu.agent.v1.ContainerStates.$Properties
                 * @deprecated Use remotegpu.agent.v1.ContainerStates.$Properties instead.
                 */

                /**
                 * Shape of a ContainerStates.
                 * @typedef {remotegpu.agent.v1.ContainerStates.$Properties} remotegpu.agent.v1.ContainerStates.$Shape
                 */

                /**
                 * Constructs a new ContainerStates.
                 * @memberof remotegpu.agent.v1
                 * @classdesc Represents a ContainerStates.
                 * @constructor
                 * @param {remotegpu.agent.v1.ContainerStates.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ContainerStates = function (properties) {
                    this.containers = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ContainerStates containers.
                 * @member {Array.<remotegpu.agent.v1.ContainerState>} containers
                 * @memberof remotegpu.agent.v1.ContainerStates
                 * @instance
                 */
                ContainerStates.prototype.containers = $util.emptyArray;

                /**
                 * ContainerStates full.
                 * @member {boolean} full
                 * @memberof remotegpu.agent.v1.ContainerStates
                 * @instance
                 */
                ContainerStates.prototype.full = false;

                /**
                 * Creates a new ContainerStates instance using the specified properties.
                 * @function create
                 * @memberof remotegpu.agent.v1.ContainerStates
                 * @static
                 * @param {remotegpu.agent.v1.ContainerStates.$Properties=} [properties] Properties to set
                 * @returns {remotegpu.agent.v1.ContainerStates} ContainerStates instance
                 * @type {{
                 *   (properties: remotegpu.agent.v1.ContainerStates.$Shape): remotegpu.agent.v1.ContainerStates & remotegpu.agent.v1.ContainerStates.$Shape;
                 *   (properties?: remotegpu.agent.v1.ContainerStates.$Properties): remotegpu.agent.v1.ContainerStates;
                 * }}
                 */
                ContainerStates.create = function(properties) {
                    return new ContainerStates(properties);
                };

                /**
                 * Encodes the specified ContainerStates message. Does not implicitly {@link remotegpu.agent.v1.ContainerStates.verify|verify} messages.
                 * @function encode
                 * @memberof remotegpu.agent.v1.ContainerStates
                 * @static
                 * @param {remotegpu.agent.v1.ContainerStates.$Properties} message ContainerStates message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ContainerStates.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.containers != null && message.containers.length)
                        for (let i = 0; i < message.containers.length; ++i)
                            $root.remotegpu.agent.v1.ContainerState.encode(message.containers[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.full != null && $Object.hasOwnProperty.call(message, "full") && message.full !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.full);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ContainerStates message from the specified reader or buffer.
                 * @function decode
                 * @memberof remotegpu.agent.v1.ContainerStates
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {remotegpu.agent.v1.ContainerStates & remotegpu.agent.v1.ContainerStates.$Shape} ContainerStates
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ContainerStates.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.remotegpu.agent.v1.ContainerStates();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.containers && message.containers.length))
                                    message.containers = [];
                                message.containers.push($root.remotegpu.agent.v1.ContainerState.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.full = value;
                                else
                                    delete message.full;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a ContainerStates message.
                 * @function verify
                 * @memberof remotegpu.agent.v1.ContainerStates
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ContainerStates.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.containers != null && $Object.hasOwnProperty.call(message, "containers")) {
                        if (!$Array.isArray(message.containers))
                            return "containers: array expected";
                        for (let i = 0; i < message.containers.length; ++i) {
                            let error = $root.remotegpu.agent.v1.ContainerState.verify(message.containers[i], _depth + 1);
                            if (error)
                                return "containers." + error;
                        }
                    }
                    if (message.full != null && $Object.hasOwnProperty.call(message, "full"))
                        if (typeof message.full !== "boolean")
                            return "full: boolean expected";
                    return null;
                };

                /**
                 * Creates a ContainerStates message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof remotegpu.agent.v1.ContainerStates
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {remotegpu.agent.v1.ContainerStates} ContainerStates
                 */
                ContainerStates.fromObject = function (object, _depth) {
                    if (object instanceof $root.remotegpu.agent.v1.ContainerStates)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".remotegpu.agent.v1.ContainerStates: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.remotegpu.agent.v1.ContainerStates();
                    if (object.containers) {
                        if (!$Array.isArray(object.containers))
                            throw $TypeError(".remotegpu.agent.v1.ContainerStates.containers: array expected");
                        message.containers = $Array(object.containers.length);
                        for (let i = 0; i < object.containers.length; ++i) {
                            if (!$util.isObject(object.containers[i]))
                                throw $TypeError(".remotegpu.agent.v1.ContainerStates.containers: object expected");
                            message.containers[i] = $root.remotegpu.agent.v1.ContainerState.fromObject(object.containers[i], _depth + 1);
                        }
                    }
                    if (object.full != null)
                        if (object.full)
                            message.full = $Boolean(object.full);
                    return message;
                };

                /**
                 * Creates a plain object from a ContainerStates message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof remotegpu.agent.v1.ContainerStates
                 * @static
                 * @param {remotegpu.agent.v1.ContainerStates} message ContainerStates
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ContainerStates.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.containers = [];
                    if (options.defaults)
                        object.full = false;
                    if (message.containers && message.containers.length) {
                        object.containers = $Array(message.containers.length);
                        for (let j = 0; j < message.containers.length; ++j)
                            object.containers[j] = $root.remotegpu.agent.v1.ContainerState.toObject(message.containers[j], options, _depth + 1);
                    }
                    if (message.full != null && $Object.hasOwnProperty.call(message, "full"))
                        object.full = message.full;
                    return object;
                };

                /**
                 * Converts this ContainerStates to JSON.
                 * @function toJSON
                 * @memberof remotegpu.agent.v1.ContainerStates
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ContainerStates.prototype.toJSON = function() {
                    return ContainerStates.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ContainerStates
                 * @function getTypeUrl
                 * @memberof remotegpu.agent.v1.ContainerStates
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ContainerStates.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/remotegpu.agent.v1.ContainerStates";
                };

                return ContainerStates;
            })();

            return v1;
        })();

        return agent;
    })();

    return remotegpu;
})();

export {
  $root as default
};

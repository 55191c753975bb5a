// gRPC service definition of remotegpu.admin.v1.AdminService, built on the generated static
// code (no runtime .proto loading): requests and responses are decoded with size limits.
import type { ServiceDefinition } from "@grpc/grpc-js";
import { adminv1 } from "./messages.js";
import { FrameError, MAX_FRAME_BYTES } from "./frame.js";

interface StaticMessage<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

/**
 * What a request that could not be decoded turns into. grpc-js would answer a throwing
 * deserializer with a bare INTERNAL; handing this to the handler instead lets the server answer
 * INVALID_ARGUMENT with the reason, like every other bad input.
 */
export class MalformedRequest {
  constructor(readonly reason: string) {}
}

function serializer<T>(type: StaticMessage<T>) {
  return (m: T): Buffer => {
    const bytes = type.encode(m).finish();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
}

function unary<Req, Res>(name: string, req: StaticMessage<Req>, res: StaticMessage<Res>) {
  const rq = {
    serialize: serializer(req),
    deserialize: (b: Buffer): Req | MalformedRequest => {
      if (b.length > MAX_FRAME_BYTES) return new MalformedRequest(`request of ${b.length} bytes exceeds ${MAX_FRAME_BYTES}`);
      try {
        return req.decode(b);
      } catch (err) {
        return new MalformedRequest(`not a valid ${name} request: ${(err as Error).message}`);
      }
    },
  };
  const rs = {
    serialize: serializer(res),
    deserialize: (b: Buffer): Res => {
      if (b.length > MAX_FRAME_BYTES) throw new FrameError("too_large", `response of ${b.length} bytes exceeds ${MAX_FRAME_BYTES}`);
      return res.decode(b);
    },
  };
  return {
    path: `/remotegpu.admin.v1.AdminService/${name}`,
    requestStream: false as const,
    responseStream: false as const,
    requestSerialize: rq.serialize,
    requestDeserialize: rq.deserialize,
    responseSerialize: rs.serialize,
    responseDeserialize: rs.deserialize,
    originalName: name,
  };
}

export const adminServiceDefinition = {
  createJoinToken: unary("CreateJoinToken", adminv1.CreateJoinTokenRequest, adminv1.CreateJoinTokenResponse),
  listHosts: unary("ListHosts", adminv1.ListHostsRequest, adminv1.ListHostsResponse),
  getHost: unary("GetHost", adminv1.GetHostRequest, adminv1.Host),
  revokeHost: unary("RevokeHost", adminv1.RevokeHostRequest, adminv1.RevokeHostResponse),
} satisfies ServiceDefinition;

export type AdminServiceDefinition = typeof adminServiceDefinition;

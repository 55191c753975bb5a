// Encoding and decoding of session frames: one Envelope per binary WebSocket message.
import { agentv1, type pb } from "./messages.js";

/**
 * Largest frame either side accepts. The biggest legitimate frames are a Hello or a full
 * ContainerStates from a host with many containers (~200 bytes each: 1,000 containers ≈ 200 KiB)
 * and Telemetry of a 16-GPU host with hundreds of processes (~100 KiB). 1 MiB leaves room for
 * that and bounds what one connection can make the control plane buffer and parse.
 */
export const MAX_FRAME_BYTES = 1024 * 1024;

/**
 * Largest frame the control plane accepts before a Hello is authenticated. A Hello is an
 * inventory (~250 bytes per GPU: 64 GPUs ≈ 16 KiB) plus the host's containers (~200 bytes each);
 * an agent whose Hello would be larger sends it without containers (containers_unknown) and the
 * full list in a ContainerStates once welcomed. 64 KiB keeps what an unauthenticated peer can
 * make the control plane buffer small: 1,000 pending handshakes hold at most 64 MiB.
 */
export const MAX_HELLO_FRAME_BYTES = 64 * 1024;

export type FrameErrorKind = "too_large" | "malformed";

export class FrameError extends Error {
  constructor(
    readonly kind: FrameErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "FrameError";
  }
}

export function encodeEnvelope(init: pb.EnvelopeInit): Uint8Array {
  const bytes = agentv1.Envelope.encode(agentv1.Envelope.create(init)).finish();
  if (bytes.length > MAX_FRAME_BYTES) {
    throw new FrameError("too_large", `frame of ${bytes.length} bytes exceeds ${MAX_FRAME_BYTES}`);
  }
  return bytes;
}

/** Decodes one frame; throws FrameError for oversized or malformed input, never anything else. */
export function decodeEnvelope(bytes: Uint8Array, limit = MAX_FRAME_BYTES): pb.Envelope {
  if (bytes.length > limit) {
    throw new FrameError("too_large", `frame of ${bytes.length} bytes exceeds ${limit}`);
  }
  try {
    return agentv1.Envelope.decode(bytes);
  } catch (err) {
    throw new FrameError("malformed", `not an Envelope: ${(err as Error).message}`);
  }
}

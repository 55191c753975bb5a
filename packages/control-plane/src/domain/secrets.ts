// Tokens and credentials: random, shown once, stored only as SHA-256 hashes. They carry 256
// bits of entropy, so a fast hash is enough (a slow password hash protects low-entropy secrets).
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export function sha256(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

/** A new random token with a readable prefix ("rgjt_" join token, "rgadm_" admin token). */
export function newToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

export function sameHash(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** host-<16 hex>: 64 random bits, unique enough for any fleet and short enough to type. */
export function newHostId(): string {
  return `host-${randomBytes(8).toString("hex")}`;
}

export { HOST_ID_PATTERN } from "@remotegpu/protocol";

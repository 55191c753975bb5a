// Customer API tokens: a random UUID (122 bits), shown once, stored as a SHA-256 hash, listed
// masked like edfb5419-****-****-****-************: the original API's shape, revealing 8 hex
// digits (32 bits: enough to tell a user's tokens apart, far from enough to guess one).
import { randomUUID } from "node:crypto";

export const API_TOKEN_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const MASKED_TOKEN_PATTERN = /^[0-9a-f]{8}-\*{4}-\*{4}-\*{4}-\*{12}$/;

export const newApiToken = (): string => randomUUID();

export function maskToken(token: string): string {
  return `${token.slice(0, 8)}-****-****-****-************`;
}

/** The token of an Authorization header: "<token>" or "Bearer <token>" (any case, any spacing). */
export function tokenFromHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const m = /^\s*(?:bearer\s+)?(\S+)\s*$/i.exec(header);
  return m?.[1]?.toLowerCase();
}

// Join tokens: issued by an operator for a room, single use, exchanged by an agent for a host
// credential. Only the SHA-256 of a token is stored; the token itself is shown once.
import type { Config } from "../config.js";
import { insertJoinToken } from "../db/queries/join-tokens.js";
import type { Db } from "../db/knex.js";
import { ROOM_NAME_PATTERN } from "../domain/rooms.js";
import { newToken, sha256 } from "../domain/secrets.js";
import { invalid } from "../errors.js";

export const JOIN_TOKEN_PREFIX = "rgjt_";

export interface NewJoinToken {
  token: string;
  expiresAt: Date;
  roomName: string;
}

export async function createJoinToken(
  db: Db,
  cfg: Pick<Config, "joinTokenDefaultTtlS" | "joinTokenMaxTtlS">,
  input: { roomName: string; ttlSeconds?: number | undefined },
): Promise<NewJoinToken> {
  if (!ROOM_NAME_PATTERN.test(input.roomName)) {
    throw invalid("room_name must be 1-64 letters, digits, '_', '.' or '-', starting with a letter or digit");
  }
  const ttl = input.ttlSeconds ?? cfg.joinTokenDefaultTtlS;
  // A minute is the least time anyone needs to paste a token on a host.
  if (!Number.isInteger(ttl) || ttl < 60 || ttl > cfg.joinTokenMaxTtlS) {
    throw invalid(`ttl_seconds must be an integer from 60 to ${cfg.joinTokenMaxTtlS}`);
  }
  const token = newToken(JOIN_TOKEN_PREFIX);
  const row = await insertJoinToken(db, sha256(token), input.roomName, ttl);
  return { token, expiresAt: row.expires_at, roomName: input.roomName };
}

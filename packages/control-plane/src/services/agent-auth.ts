// Authenticates an agent's Hello: enrolls a new host with a join token, or checks an enrolled
// host's credential; then records the inventory it reported. One transaction.
import { isSupportedProtocolVersion, type pb } from "@remotegpu/protocol";
import { findHost, insertHost, lockHost, recordConnect } from "../db/queries/hosts.js";
import { lockJoinToken, markJoinTokenUsed } from "../db/queries/join-tokens.js";
import type { Db, Tx } from "../db/knex.js";
import type { HostInventory } from "../domain/inventory.js";
import { HOST_ID_PATTERN, newHostId, sameHash, sha256 } from "../domain/secrets.js";
import { isStorableText } from "../domain/text.js";
import { AppError } from "../errors.js";
import { checkInventory, storeInventory } from "./inventory.js";

export interface AgentIdentity {
  hostId: string;
  roomName: string;
  /** True when this Hello enrolled the host (now, or in an earlier try with the same secret). */
  enrolled: boolean;
  inventory: HostInventory;
}

export interface ConnectContext {
  heartbeatIntervalMs: number;
  replica: string;
  /** Remote IP address of the agent's connection, as this replica saw it ("" if unknown). */
  sessionAddress: string;
}

// The agent generates 32 random bytes (43 base64url characters); accept a little variety.
const SECRET_MIN = 32;
const SECRET_MAX = 256;
/** Join tokens are 5 + 43 characters; anything much longer is not one of ours (and not hashed). */
const JOIN_TOKEN_MAX = 256;
/** Versions look like "0.1.0" or "1.2.3-rc.1+build"; 64 characters is plenty. */
const AGENT_VERSION_MAX = 64;

export async function authenticateAgent(db: Db, hello: pb.Hello, ctx: ConnectContext): Promise<AgentIdentity> {
  if (!isSupportedProtocolVersion(hello.protocolVersion)) {
    throw new AppError("UNSUPPORTED_PROTOCOL_VERSION", `protocol version ${hello.protocolVersion} is not supported`);
  }
  if (hello.agentVersion.length > AGENT_VERSION_MAX || !isStorableText(hello.agentVersion))
    throw new AppError("INVALID_ARGUMENT", `agent_version must be text of at most ${AGENT_VERSION_MAX} characters`);
  const inventory = checkInventory(hello.inventory);
  return db.transaction(async (trx) => {
    let id: { hostId: string; roomName: string; enrolled: boolean };
    if (hello.auth === "credential" && hello.credential) {
      id = await checkCredential(trx, hello.credential.hostId, hello.credential.secret);
    } else if (hello.auth === "enrollment" && hello.enrollment) {
      id = await enroll(trx, hello.enrollment.joinToken, hello.enrollment.hostSecret, ctx.heartbeatIntervalMs);
    } else {
      throw new AppError("UNAUTHORIZED", "Hello carries neither a credential nor a join token");
    }
    await recordConnect(trx, id.hostId, {
      agentVersion: hello.agentVersion,
      protocolVersion: hello.protocolVersion,
      heartbeatIntervalMs: ctx.heartbeatIntervalMs,
      replica: ctx.replica,
      sessionAddress: ctx.sessionAddress,
    });
    await storeInventory(trx, id.hostId, inventory);
    return { ...id, inventory };
  });
}

async function checkCredential(trx: Tx, hostId: string, secret: string) {
  // Same answer for an unknown host and a wrong secret: nothing to learn by probing.
  const host = HOST_ID_PATTERN.test(hostId) ? await lockHost(trx, hostId) : undefined;
  if (!host || !sameHash(sha256(secret), host.credential_hash)) throw new AppError("UNAUTHORIZED", "unknown host or wrong credential");
  if (host.revoked_at) throw new AppError("HOST_REVOKED", "this host's credential was revoked");
  return { hostId: host.host_id, roomName: host.room_name, enrolled: false };
}

async function enroll(trx: Tx, joinToken: string, hostSecret: string, heartbeatIntervalMs: number) {
  if (hostSecret.length < SECRET_MIN || hostSecret.length > SECRET_MAX) {
    throw new AppError("INVALID_ARGUMENT", `host_secret must be ${SECRET_MIN}-${SECRET_MAX} characters`);
  }
  const secretHash = sha256(hostSecret);
  const token = joinToken.length > 0 && joinToken.length <= JOIN_TOKEN_MAX ? await lockJoinToken(trx, sha256(joinToken)) : undefined;
  if (!token) throw new AppError("JOIN_TOKEN_UNKNOWN", "unknown join token");
  if (token.used_by_host_id) {
    // A retry of our own enrollment (the link dropped before Welcome) presents the same secret.
    const host = await findHost(trx, token.used_by_host_id);
    if (host && sameHash(secretHash, host.credential_hash)) {
      if (host.revoked_at) throw new AppError("HOST_REVOKED", "this host's credential was revoked");
      return { hostId: host.host_id, roomName: host.room_name, enrolled: true };
    }
    throw new AppError("JOIN_TOKEN_USED", "join token already used");
  }
  if (token.expired) throw new AppError("JOIN_TOKEN_EXPIRED", "join token expired");
  const hostId = newHostId();
  await insertHost(trx, { hostId, roomName: token.room_name, credentialHash: secretHash, heartbeatIntervalMs });
  await markJoinTokenUsed(trx, token.token_id, hostId);
  return { hostId, roomName: token.room_name, enrolled: true };
}

// The command log as the agent hub uses it: pending commands to send, results and container
// reports to apply, hosts with work waiting.
import type { Logger } from "pino";
import { hostsWithPendingCommands, markSent, pendingCommands } from "../db/queries/commands.js";
import { recentlyRevoked } from "../db/queries/hosts.js";
import type { Db } from "../db/knex.js";
import type { CommandPort } from "../hub/hub.js";
import { openPayload } from "./secrets.js";
import { applyContainerStates, applyResult, reconcileHost } from "./command-results.js";

export function commandPort(db: Db, log: Logger): CommandPort {
  return {
    // Opened only here, on the way to the agent (the hub decodes and sends them).
    pending: async (hostId) => (await pendingCommands(db, hostId)).map((c) => ({ command_id: c.command_id, payload: openPayload(c.payload) })),
    sent: (ids) => markSent(db, ids),
    result: (hostId, r) => applyResult(db, hostId, r, log),
    containerStates: (hostId, states) => applyContainerStates(db, hostId, states),
    reconcile: (hostId, containers, known) => reconcileHost(db, hostId, containers, known, log),
  };
}

export { hostsWithPendingCommands };

/** Hosts revoked in the last `seconds` (database clock). */
export async function recentlyRevokedHosts(db: Db, seconds: number): Promise<string[]> {
  return (await recentlyRevoked(db, seconds)).map((r) => r.host_id);
}

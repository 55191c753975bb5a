// An operator gives up a host that does not come back (POST /admin/hosts/{id}/abandon,
// docs/decisions/0017-host-away-and-abandon.md): its commands that will never be delivered end
// failed (ABANDONED), and each of its instances ends in Error for good, its GPUs released, its
// hourly time settled and its unused prepaid time credited. They cost nothing from then on,
// cannot be started again, are destroyed at once when asked (no command to the dead host) and
// by the retention; if the host comes back after all, their containers are removed.
import { failPendingCommandsOf } from "../db/queries/commands.js";
import { findHost, lockHost } from "../db/queries/hosts.js";
import { findImageBySnapshotCommand, finishImage } from "../db/queries/images.js";
import { releaseGpus } from "../db/queries/instance-gpus.js";
import { liveInstancesOnHost, lockInstance, updateInstance } from "../db/queries/instances.js";
import type { Db, Tx } from "../db/knex.js";
import { HOST_ID_PATTERN } from "../domain/secrets.js";
import { AppError, notFound } from "../errors.js";
import { creditUnusedTime, recordEvent, refundIfNeverRan, settle } from "./billing.js";
import { clock } from "./clock.js";

export interface AbandonResult {
  host_id: string;
  /** Instances abandoned by this call (those abandoned before are not repeated). */
  abandoned_instances: string[];
  /** Pending commands of those instances, now failed with ABANDONED. */
  failed_commands: number;
}

/** Why the instance is in Error, as its owner sees it (last_error, the list's message). */
export const abandonedReason = (hostId: string) => `abandoned: its host ${hostId} did not come back and an operator gave it up; it can only be destroyed`;

/** Abandons a host that is not online. Idempotent: a second call abandons what the first did not. */
export async function abandonHost(db: Db, hostId: string): Promise<AbandonResult> {
  if (!HOST_ID_PATTERN.test(hostId)) throw notFound(`no host ${JSON.stringify(hostId.slice(0, 64))}`);
  const host = await findHost(db, hostId);
  if (!host) throw notFound(`no host ${hostId}`);
  if (host.status === "online") throw new AppError("CONFLICT", `host ${hostId} is online: only a host that is not online can be abandoned`);
  const out: AbandonResult = { host_id: hostId, abandoned_instances: [], failed_commands: 0 };
  const ids = (await liveInstancesOnHost(db, hostId))
    .filter((i) => i.abandoned_at === null)
    .map((i) => i.instance_id)
    .sort();
  for (const id of ids) {
    // One instance per transaction (each settles with its owner's lock).
    const failed = await db.transaction((trx) => abandonInstance(trx, hostId, id, out.abandoned_instances.length));
    if (failed === null) continue;
    out.abandoned_instances.push(id);
    out.failed_commands += failed;
  }
  return out;
}

/** Returns how many commands it failed, or null when the instance needs nothing (gone, or done before). */
async function abandonInstance(trx: Tx, hostId: string, instanceId: string, doneBefore: number): Promise<number | null> {
  // Lock order: the instance, then the host, then (settling, crediting) the user.
  const i = await lockInstance(trx, instanceId);
  if (!i || i.host_id !== hostId || i.state === "Destroyed" || i.abandoned_at) return null;
  const host = await lockHost(trx, hostId);
  if (host?.status === "online") {
    throw new AppError("CONFLICT", `host ${hostId} came back online meanwhile; ${doneBefore} of its instances were abandoned before it did`);
  }
  const now = clock.now();
  const failed = await failPendingCommandsOf(trx, instanceId, "ABANDONED", `never delivered: host ${hostId} was abandoned`);
  for (const c of failed) {
    if (c.op !== "snapshot") continue;
    const image = await findImageBySnapshotCommand(trx, c.command_id);
    if (image?.status === "saving") await finishImage(trx, image.image_id, { status: "failed", error: "ABANDONED: the instance's host was abandoned" });
  }
  // Charged up to now (its host's away time for the disk only), never again after.
  const settled = await settle(trx, i, now);
  await releaseGpus(trx, instanceId);
  await updateInstance(trx, instanceId, {
    state: "Error",
    card_less: true,
    abandoned_at: now,
    last_error: abandonedReason(hostId),
    pending_command_id: null,
    state_before_op: null,
    running_since: null,
  });
  // Prepaid time: all of it back if it never ran, the unused rest if it did.
  await refundIfNeverRan(trx, settled);
  await creditUnusedTime(trx, settled, now);
  await recordEvent(trx, i, "abandoned", now, { host_id: hostId, failed_commands: failed.length });
  return failed.length;
}

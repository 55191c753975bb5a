// The customer's instance operations (SPEC §4): batches of gids with per-item results, the
// pay-unit rules, snapshots into custom images, rebuilds from catalog images, renew and
// lengthen. Another user's gid fails exactly like a gid that does not exist (NOT_FOUND).
import { randomUUID } from "node:crypto";
import { countKeptImagesOf, findImage, holdImageForUse, insertImage, lockImagesOf } from "../db/queries/images.js";
import { findProduct } from "../db/queries/products.js";
import { gpusOfInstance, lockHostRow, reserveGpus } from "../db/queries/instance-gpus.js";
import { checkGpuQuota } from "./quotas.js";
import { findOwnedInstance, lockInstance, updateInstance, type InstancePatch } from "../db/queries/instances.js";
import { watchCommits } from "../db/commits.js";
import type { Db, Tx } from "../db/knex.js";
import type { InstanceRow, UserRow } from "../db/rows.js";
import type { Op } from "../domain/instance-state.js";
import { canLengthen, DAY_S, isPayUnit, isPrepaid, PAY_METHOD_NAME, PAY_UNIT, PERIOD_S, RENEW_PERIODS, type PayUnit } from "../domain/pay-units.js";
import { prepaidAmount, unusedCredit } from "../domain/pricing.js";
import { AppError, invalid, notFound, toAppError, type ErrorCode } from "../errors.js";
import { hasPaidTime, liftSuspension, paidFor, recordEvent, settle, startMinimum } from "./billing.js";
import { IMAGE_ID_PATTERN, newImageId, productOrNotFound, usableImage } from "./catalog.js";
import { clock } from "./clock.js";
import { operate } from "./instances.js";
import { post, requireBalance } from "./ledger.js";
import { requireOnHost, type PlacementConfig } from "./placement.js";

/** gids per batch call: a page of instances; more is a mistake or abuse. */
export const MAX_BATCH = 100;

export interface BatchResult {
  success: string[];
  /** Each failure, with its error's details (e.g. `reason`) beside code and message. */
  fails: ({ gid: string; code: ErrorCode; message: string } & Record<string, unknown>)[];
}

/** "gpu-a, gpu-b,gpu-a" → ["gpu-a", "gpu-b"]. */
export function parseGids(raw: string): string[] {
  const gids = [
    ...new Set(
      raw
        .split(",")
        .map((g) => g.trim())
        .filter(Boolean),
    ),
  ];
  if (gids.length === 0) throw invalid("gid is required (one gid, or several separated by commas)");
  if (gids.length > MAX_BATCH) throw invalid(`gid lists at most ${MAX_BATCH} instances`);
  return gids;
}

/**
 * Runs `fn` on each gid; refusals are that item's failure. Our own failures (INTERNAL,
 * DATABASE_UNAVAILABLE) fail the whole call only while nothing has been committed, so that a
 * retry with the same Idempotency-Key may do everything again. Once an item committed, the
 * answer must say what was done: the failure becomes that item's entry in `fails`
 * (docs/decisions/0018-partial-batches.md).
 */
async function perItem(gids: string[], fn: (gid: string) => Promise<void>): Promise<BatchResult> {
  const out: BatchResult = { success: [], fails: [] };
  await watchCommits(async (batch) => {
    for (const gid of gids) {
      let itemCommitted = false;
      try {
        await watchCommits(async (item) => {
          try {
            await fn(gid);
          } finally {
            itemCommitted = item.committed;
          }
        });
        out.success.push(gid);
      } catch (err) {
        const e = toAppError(err);
        const ours = e.code === "INTERNAL" || e.code === "DATABASE_UNAVAILABLE";
        if (ours && !batch.committed) throw err;
        out.fails.push({ ...e.details, gid, code: e.code, message: ours ? oursMessage(e.code, itemCommitted) : e.message });
      }
    }
  });
  return out;
}

function oursMessage(code: ErrorCode, itemCommitted: boolean): string {
  const what = code === "DATABASE_UNAVAILABLE" ? "the database could not be reached" : "an internal error";
  return itemCommitted
    ? `${what} after this item's change was saved: look at the instance before retrying it`
    : `${what} stopped this item; nothing of it was done, retry it (with a new Idempotency-Key)`;
}

const prepaid = (i: InstanceRow) => i.pay_unit !== null && isPrepaid(i.pay_unit);

/** What a customer may do beyond the state machine (SPEC §4), checked with the row locked. */
function rules(op: Exclude<Op, "create">, batch: StartBatch = { covered: 0, last: 0 }): (trx: Tx, i: InstanceRow) => Promise<void> {
  return async (trx, i) => {
    if (op === "stop_cardless" && prepaid(i))
      throw new AppError("INVALID_STATE", "a card-less stop is for hourly instances; the GPUs of daily and monthly instances are prepaid");
    // Nothing that keeps a container busy (and so out of the billing cycle's reach) once its
    // time is not paid for: the balance ran out, or the prepaid time is over.
    const busy = op === "restart" || op === "rebuild" || op === "snapshot";
    if (busy && i.suspended_at) throw new AppError("INSUFFICIENT_BALANCE", `the balance ran out; ${i.instance_id} is stopped until it is recharged`);
    if (busy && prepaid(i) && !hasPaidTime(i, clock.now())) throw new AppError("INVALID_STATE", `${i.instance_id} has no paid time left; renew it first`);
    if (op === "destroy" && prepaid(i) && i.state !== "Error" && i.state !== "Expired")
      throw new AppError("INVALID_STATE", `a ${PAY_METHOD_NAME[i.pay_unit!]} instance is destroyed when its paid time and retention end, not before`);
    if ((op === "start" || op === "cardless_start") && prepaid(i) && !hasPaidTime(i, clock.now())) {
      throw new AppError("INVALID_STATE", `${i.instance_id} has no paid time left (it was refunded or has expired)`);
    }
    if ((op === "start" || op === "cardless_start") && i.pay_unit === PAY_UNIT.HOURLY && i.prices) {
      // Runs after the settlement and after the host lock: the user lock comes last. Several
      // started in one call need one hour of all of them, as buying does.
      const need = startMinimum(i, op === "cardless_start");
      batch.last = need;
      const what = batch.covered > 0 ? `starting ${i.instance_id} with the instances started before it in this call` : `starting ${i.instance_id}`;
      await requireBalance(trx, i.user_id!, batch.covered + need, `${what} (one hour at their rates)`);
      // Paid for again: a suspension (the balance had run out) ends here.
      await liftSuspension(trx, i, clock.now());
    }
  };
}

async function gpuModelOf(db: Db, i: InstanceRow | undefined): Promise<string | null> {
  return i?.gpu_type ? (await productOrNotFound(db, i.gpu_type)).gpu_model : null;
}

/** The hours of balance the hourly starts of one call have claimed so far. */
interface StartBatch {
  /** One hour of every hourly instance this call started. */
  covered: number;
  /** What the item being started needs (set by its check). */
  last: number;
}

/** stop (card_less), start, cardless/start, restart, destroy on a batch of gids. */
export async function batchOperate(
  db: Db,
  cfg: PlacementConfig,
  user: UserRow,
  gids: string[],
  op: Exclude<Op, "create" | "snapshot" | "rebuild">,
): Promise<BatchResult> {
  const batch: StartBatch = { covered: 0, last: 0 };
  return perItem(gids, async (gid) => {
    const model = op === "start" ? await gpuModelOf(db, await findOwnedInstance(db, gid, user.user_id)) : null;
    batch.last = 0;
    await operate(db, gid, op, { userId: user.user_id, check: rules(op, batch), gpuModel: model, placement: cfg });
    batch.covered += batch.last;
  });
}

/** Commits the instance to a new custom image of the user in its room (status saving → ready). */
export async function snapshot(db: Db, user: UserRow, gid: string, name: string, maxImages: number): Promise<{ success: true; image_id: string }> {
  if (name.trim() === "" || name.length > 128) throw invalid("name must be 1-128 characters");
  const imageId = newImageId();
  await operate(db, gid, "snapshot", {
    userId: user.user_id,
    check: rules("snapshot"),
    imageRef: `remotegpu-images/${imageId}:latest`,
    onIssued: async (trx, i, commandId) => {
      // Under the lock of the user's images: two snapshots at once cannot both take the last place.
      await lockImagesOf(trx, user.user_id);
      const kept = await countKeptImagesOf(trx, user.user_id);
      if (maxImages === 0) throw new AppError("QUOTA_EXCEEDED", "snapshots are turned off here (MAX_IMAGES_PER_USER is 0)");
      if (kept >= maxImages) {
        throw new AppError("QUOTA_EXCEEDED", `you keep ${kept} custom image(s), the most allowed is ${maxImages}: delete one with /gpu/images/delete first`);
      }
      const source = i.image_id ? await findImage(trx, i.image_id) : undefined;
      await insertImage(trx, {
        image_id: imageId,
        name,
        image_ref: `remotegpu-images/${imageId}:latest`,
        scene: source?.scene ?? "",
        os: source?.os ?? "",
        description: `snapshot of ${i.instance_id}`,
        room_name: i.room_name,
        owner_user_id: user.user_id,
        status: "saving",
        host_id: i.host_id,
        source_instance_id: i.instance_id,
        snapshot_command_id: commandId,
      });
    },
  });
  return { success: true, image_id: imageId };
}

/** A new system disk from another image of the same OS family; data disk, GPUs, port, password kept. */
export async function rebuild(db: Db, user: UserRow, gids: string[], imageId: string): Promise<BatchResult> {
  if (!IMAGE_ID_PATTERN.test(imageId)) throw notFound(`no image ${JSON.stringify(imageId.slice(0, 64))}`);
  return perItem(gids, async (gid) => {
    const current = await findOwnedInstance(db, gid, user.user_id);
    if (!current) throw notFound(`no instance ${gid.slice(0, 120)}`);
    const image = await usableImage(db, imageId, user.user_id, current.room_name);
    if (image.host_id !== null && image.host_id !== current.host_id)
      throw invalid(`image ${imageId} was saved on another host than ${gid}'s; it can be used there only`);
    const was = current.image_id ? await findImage(db, current.image_id) : undefined;
    if (was?.os && image.os && was.os !== image.os) throw invalid(`image ${imageId} is ${image.os}; ${gid} runs ${was.os} (rebuild keeps the OS family)`);
    await operate(db, gid, "rebuild", {
      userId: user.user_id,
      imageRef: image.image_ref,
      meta: { image_id: image.image_id },
      check: rules("rebuild"),
      // A custom image deleted meanwhile is not rebuilt from (deletion sees this rebuild otherwise).
      onIssued: async (trx) => {
        if (image.owner_user_id !== null && !(await holdImageForUse(trx, image.image_id)))
          throw notFound(`no image ${image.image_id} in room ${current.room_name}`);
      },
    });
  });
}

/** Locks a customer's instance for a billing change; NOT_FOUND when it is not theirs. */
async function lockOwn(trx: Tx, user: UserRow, gid: string, allowExpired = false): Promise<InstanceRow> {
  const i = await lockInstance(trx, gid);
  if (!i || i.user_id !== user.user_id || !i.prices || i.pay_unit === null) throw notFound(`no instance ${gid.slice(0, 120)}`);
  if (["Destroying", "Destroyed", "Error", ...(allowExpired ? [] : ["Expired"])].includes(i.state)) throw new AppError("INVALID_STATE", `${gid} is ${i.state}`);
  return i;
}

/**
 * Renews a daily or monthly instance by `periods`, charged in advance; expire_at moves from
 * max(expire_at, now) (SPEC §3). Before the instance first runs, the time waits with it.
 */
export async function renew(db: Db, cfg: PlacementConfig, user: UserRow, gids: string[], periods: number, retentionDays: number): Promise<BatchResult> {
  return perItem(gids, (gid) =>
    db.transaction(async (trx) => {
      const i = await lockOwn(trx, user, gid, true);
      const unit = i.pay_unit!;
      if (!isPrepaid(unit)) throw new AppError("INVALID_STATE", `${gid} is hourly: it is billed as it runs and cannot be renewed (lengthen converts it)`);
      if (!RENEW_PERIODS[unit].includes(periods))
        throw invalid(`pay_period must be one of ${RENEW_PERIODS[unit].join(", ")} for ${PAY_METHOD_NAME[unit]} instances`);
      const now = clock.now();
      const seconds = PERIOD_S[unit] * periods;
      const patch: InstancePatch = i.expire_at
        ? { expire_at: new Date(Math.max(i.expire_at.getTime(), now.getTime()) + seconds * 1000) }
        : { prepaid_seconds: i.prepaid_seconds + seconds };
      if (i.state === "Expired") Object.assign(patch, await revive(trx, cfg, i, now, retentionDays));
      await updateInstance(trx, gid, patch);
      await post(
        trx,
        {
          userId: user.user_id,
          amountMinor: -prepaidAmount(i.prices!, unit, i.gpu_count, i.extra_disk_gb, periods),
          kind: "renewal",
          idempotencyKey: `renew:${gid}:${randomUUID()}`,
          instanceId: gid,
          periodEnd: patch.expire_at ?? null,
          memo: `${periods} ${unit === PAY_UNIT.DAILY ? "day(s)" : "month(s)"}`,
        },
        { requireFunds: true },
      );
    }),
  );
}

/**
 * Renewing an Expired instance within the retention: its GPUs are taken again on the same host
 * (the data is there; GPU_UNAVAILABLE_ON_HOST when they are not free, and nothing is charged)
 * and it is Stopped, for its owner to start (docs/decisions/0014-billing.md).
 */
async function revive(trx: Tx, cfg: PlacementConfig, i: InstanceRow, now: Date, retentionDays: number): Promise<InstancePatch> {
  if (i.pending_command_id) throw new AppError("INVALID_STATE", `another operation is in progress (state ${i.state})`);
  if (!i.expire_at || i.expire_at.getTime() + retentionDays * DAY_S * 1000 <= now.getTime()) {
    throw new AppError("INVALID_STATE", `${i.instance_id} expired more than ${retentionDays} day(s) ago and is being destroyed`);
  }
  const model = i.gpu_type ? ((await findProduct(trx, i.gpu_type))?.gpu_model ?? null) : null;
  const missing = i.gpu_count - (await gpusOfInstance(trx, i.instance_id)).length;
  // Stopped with its GPUs again, it holds its CPU and memory too: the host must have them all.
  await lockHostRow(trx, i.host_id);
  await requireOnHost(trx, cfg, i.host_id, model, { gpus: missing, cpuMillis: i.spec.cpu_millis, memoryBytes: i.spec.memory_bytes, diskGb: 0 }, "renewing it");
  const reserved = await reserveGpus(trx, i.host_id, i.instance_id, missing, model);
  if ("free" in reserved)
    throw new AppError("GPU_UNAVAILABLE_ON_HOST", `host ${i.host_id} has ${reserved.free} free GPU(s); the instance needs ${i.gpu_count}`, undefined, {
      reason: "gpu",
      needed: i.gpu_count,
      available: reserved.free,
    });
  await checkGpuQuota(trx, i.instance_id, missing);
  await recordEvent(trx, i, "renewed_after_expiry", now, { expired_at: i.expire_at.toISOString() });
  return { state: "Stopped", card_less: false };
}

/**
 * Converts hourly → daily/monthly or daily → monthly (SPEC §3): settle what is owed, credit the
 * unused prepaid time pro rata, charge one new period, expire_at = now + period.
 */
export async function lengthen(db: Db, user: UserRow, gids: string[], to: number): Promise<BatchResult> {
  if (!isPayUnit(to) || to === PAY_UNIT.HOURLY) throw invalid("pay_unit must be 1 (daily) or 2 (monthly)");
  return perItem(gids, (gid) =>
    db.transaction(async (trx) => {
      const locked = await lockOwn(trx, user, gid);
      const from = locked.pay_unit!;
      if (!canLengthen(from, to))
        throw new AppError("INVALID_STATE", `${gid} is ${PAY_METHOD_NAME[from]}: lengthen goes from hourly to daily or monthly, or from daily to monthly`);
      if (locked.pending_command_id) throw new AppError("INVALID_STATE", `another operation is in progress (state ${locked.state})`);
      if (locked.suspended_at) throw new AppError("INSUFFICIENT_BALANCE", `the balance ran out; ${gid} is stopped until it is recharged`);
      if ((await gpusOfInstance(trx, gid)).length < locked.gpu_count)
        throw new AppError("INVALID_STATE", `${gid} runs without its GPUs; start it with GPUs first (prepaid time reserves them)`);
      const now = clock.now();
      const i = await settle(trx, locked, now);
      const credit = await unusedPrepaid(trx, i, now);
      const charge = prepaidAmount(i.prices!, to as PayUnit, i.gpu_count, i.extra_disk_gb, 1);
      const started = i.billing_started_at !== null;
      await updateInstance(trx, gid, {
        pay_unit: to as PayUnit,
        ...(started
          ? { expire_at: new Date(now.getTime() + PERIOD_S[to as PayUnit] * 1000), prepaid_seconds: 0 }
          : { expire_at: null, prepaid_seconds: PERIOD_S[to as PayUnit] }),
      });
      if (credit > 0)
        await post(trx, {
          userId: user.user_id,
          amountMinor: credit,
          kind: "credit",
          idempotencyKey: `lengthen-credit:${gid}:${randomUUID()}`,
          instanceId: gid,
          memo: "unused prepaid time",
        });
      await post(
        trx,
        {
          userId: user.user_id,
          amountMinor: -charge,
          kind: "lengthen",
          idempotencyKey: `lengthen:${gid}:${randomUUID()}`,
          instanceId: gid,
          memo: `to ${PAY_METHOD_NAME[to as PayUnit]}`,
        },
        { requireFunds: true },
      );
    }),
  );
}

/** The value of a daily instance's prepaid time not used yet (nothing for hourly). */
async function unusedPrepaid(trx: Tx, i: InstanceRow, now: Date): Promise<number> {
  if (!prepaid(i)) return 0;
  // Never ran: everything paid for it is unused.
  if (!i.expire_at) return paidFor(trx, i.instance_id);
  // Renewed days ahead count too: the daily rate times all the time left, to the millisecond.
  return unusedCredit(prepaidAmount(i.prices!, PAY_UNIT.DAILY, i.gpu_count, i.extra_disk_gb, 1), DAY_S, i.expire_at.getTime() - now.getTime());
}

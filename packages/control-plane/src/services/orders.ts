// Buying instances (SPEC §4 buy): validate the whole order, then place each instance in its own
// transaction: choose a host (best fit), lock it, check again, reserve GPUs, SSH and application
// ports and disk, store the create command, and charge. Results are per instance.
import { attachments } from "./platform/artifacts.js";
import { randomUUID } from "node:crypto";
import { unwatched } from "../db/commits.js";
import { holdImageForUse } from "../db/queries/images.js";
import { lockHostRow } from "../db/queries/instance-gpus.js";
import { deleteOrder, insertOrder } from "../db/queries/orders.js";
import { freeHostPorts, insertInstancePorts } from "../db/queries/placement.js";
import type { NewInstance } from "../db/queries/instances.js";
import type { Db, Tx } from "../db/knex.js";
import type { ApplicationRow, ImageRow, InstanceSpecJson, ProductRow, UserRow } from "../db/rows.js";
import { isPrepaid, PAY_UNIT, PERIOD_S, type PayUnit } from "../domain/pay-units.js";
import { formatMoney } from "../domain/money.js";
import { rankHosts, shortage } from "../domain/placement.js";
import { hourlyRatePerDay, oneHourAt, prepaidAmount, type Prices } from "../domain/pricing.js";
import { AppError, invalid, notFound, toAppError, type ErrorCode } from "../errors.js";
import { applicationOrNotFound, productForSale, usableImage } from "./catalog.js";
import { insertWithCreate, newInstanceId, newPassword, wake, type SshPortRange } from "./instances.js";
import { post, requireBalance } from "./ledger.js";
import { noStock, placementCandidates, productDemand, type PlacementConfig } from "./placement.js";
import { sealPassword } from "./secrets.js";

/** One order places at most this many instances (the schema checks the same bound). */
export const MAX_ORDER_NUM = 100;
/** A placement that loses a race for a host's last GPUs tries the next best host this often. */
const PLACEMENT_ATTEMPTS = 5;

export interface BuyInput {
  gpuType: string;
  imageId: string;
  roomName: string;
  payUnit: PayUnit;
  num: number;
  gpuCount: number;
  extraDiskGb: number;
  appType?: string | undefined;
  /** Dataset and model versions mounted read-only at /data/<name> and /models/<name>. */
  datasetVersionIds?: string[] | undefined;
  modelVersionIds?: string[] | undefined;
}

export interface BuyResult {
  success_instance: number;
  fail_instance: number;
  success: { order_uid: string; gid: string }[];
  /** Each failure, with its error's details (NO_STOCK's `reason`) beside code and message. */
  fails: ({ code: ErrorCode; message: string } & Record<string, unknown>)[];
}

export function pricesOf(p: ProductRow): Prices {
  return {
    hour: p.price_hour_minor,
    day: p.price_day_minor,
    month: p.price_month_minor,
    cardless_hour: p.price_cardless_hour_minor,
    disk_gb_day: p.price_disk_gb_day_minor,
  };
}

interface Plan {
  user: UserRow;
  product: ProductRow;
  image: ImageRow;
  app: ApplicationRow | undefined;
  input: BuyInput;
  orderUid: string;
  prices: Prices;
  /** What each instance is charged at purchase (prepaid) or must be covered for (hourly). */
  perInstance: number;
  artifacts: NonNullable<InstanceSpecJson["artifacts"]>;
}

async function plan(db: Db, user: UserRow, input: BuyInput): Promise<Plan> {
  if (input.num < 1 || input.num > MAX_ORDER_NUM) throw invalid(`num must be from 1 to ${MAX_ORDER_NUM}`);
  const app = input.appType !== undefined ? await applicationOrNotFound(db, input.appType) : undefined;
  const product = await productForSale(db, app?.gpu_type ?? input.gpuType);
  if (product.room_name !== input.roomName) throw invalid(`product ${product.gpu_type} is sold in room ${product.room_name}, not ${input.roomName}`);
  if (input.gpuCount < 1 || input.gpuCount > 64) throw invalid("gpu_count must be from 1 to 64");
  if (input.extraDiskGb < 0 || input.extraDiskGb > product.disk_cap) throw invalid(`extra_disk_cap must be from 0 to ${product.disk_cap} (GB)`);
  const image = await usableImage(db, app?.image_id ?? input.imageId, user.user_id, product.room_name);
  const prices = pricesOf(product);
  const perInstance = isPrepaid(input.payUnit)
    ? prepaidAmount(prices, input.payUnit, input.gpuCount, input.extraDiskGb, 1)
    : oneHourAt(hourlyRatePerDay(prices, { started: true, billable: true, gpusHeld: input.gpuCount, runningCardLess: false, extraDiskGb: input.extraDiskGb }));
  const mounts = await attachments(db, user.user_id, { datasets: input.datasetVersionIds ?? [], models: input.modelVersionIds ?? [] });
  return { user, product, image, app, input, orderUid: randomUUID().replaceAll("-", ""), prices, perInstance, artifacts: mounts };
}

/** The instance as stored: the product's shape times the GPU count, and the order's terms. */
function newRow(p: Plan, hostId: string, sshPort: number, appPorts: { hostPort: number; containerPort: number }[]): NewInstance {
  const { product, input } = p;
  const spec: InstanceSpecJson = {
    cpu_millis: product.cpu * input.gpuCount * 1000,
    memory_bytes: product.memory * input.gpuCount * 2 ** 30,
    root_password: sealPassword(newPassword()),
    data_disk_bytes: (product.disk_data_one + input.extraDiskGb) * 1e9,
    system_disk_bytes: product.disk_one * 1e9,
    env: {},
    ports: appPorts.map((x) => ({ container_port: x.containerPort, host_port: x.hostPort, protocol: "tcp" })),
    pids_limit: 0,
    ...(p.artifacts.length > 0 ? { artifacts: p.artifacts } : {}),
  };
  return {
    instance_id: newInstanceId(product.room_name),
    host_id: hostId,
    room_name: product.room_name,
    owner: p.user.username,
    state: "Creating",
    card_less: false,
    gpu_count: input.gpuCount,
    image_ref: p.image.image_ref,
    spec,
    ssh_port: sshPort,
    user_id: p.user.user_id,
    order_uid: p.orderUid,
    gpu_type: product.gpu_type,
    image_id: p.image.image_id,
    app_type: p.app?.app_type ?? null,
    name: p.app ? p.app.title : product.name,
    pay_unit: input.payUnit,
    prices: p.prices,
    extra_disk_gb: input.extraDiskGb,
    disk_gb: product.disk_one + product.disk_data_one + input.extraDiskGb,
    prepaid_seconds: isPrepaid(input.payUnit) ? PERIOD_S[input.payUnit] : 0,
  };
}

class LostRace extends Error {}

/**
 * One instance in one transaction. Lock order: the host (placement), then the user (ledger).
 * Returns the gid, or throws NO_STOCK / INSUFFICIENT_BALANCE.
 */
async function placeOne(db: Db, cfg: BuyConfig, p: Plan, nth: number): Promise<{ gid: string; hostId: string }> {
  const demand = productDemand(p.product, p.input.gpuCount, p.input.extraDiskGb);
  const extra = p.input.extraDiskGb;
  // A custom image lives in the Docker engine of the host where it was made.
  const onlyHost = p.image.host_id;
  const where = `in room ${p.product.room_name}${onlyHost ? ` (the host of image ${p.image.image_id})` : ""}`;
  const target = { roomName: p.product.room_name, gpuModel: p.product.gpu_model };
  const appPorts = (p.app?.ports ?? []).length;
  for (let attempt = 0; attempt < PLACEMENT_ATTEMPTS; attempt++) {
    try {
      return await db.transaction(async (trx: Tx) => {
        // A custom image, held first (before the host: deletion locks the image, then the host).
        if (p.image.owner_user_id !== null && !(await holdImageForUse(trx, p.image.image_id)))
          throw notFound(`no image ${p.image.image_id} in room ${p.product.room_name}`);
        const candidates = await placementCandidates(trx, cfg, { ...target, hostId: onlyHost });
        const hostId = rankHosts(candidates, demand, extra)[0];
        if (!hostId) throw noStock(shortage(candidates, demand, extra), where, demand);
        await lockHostRow(trx, hostId);
        // Checked again under the lock: every reservation on this host holds it.
        if (rankHosts(await placementCandidates(trx, cfg, { ...target, hostId }), demand, extra).length === 0) throw new LostRace();
        const free = await freeHostPorts(trx, hostId, cfg.sshPortMin, cfg.sshPortMax, 1 + appPorts);
        if (free.length < 1 + appPorts) throw new AppError("NO_STOCK", `no free ports on host ${hostId}`, undefined, { reason: "ports" });
        const published = (p.app?.ports ?? []).map((containerPort, n) => ({ containerPort, hostPort: free[n + 1]! }));
        const row = newRow(p, hostId, free[0]!, published);
        await insertWithCreate(trx, row, p.product.gpu_model);
        await insertInstancePorts(trx, hostId, row.instance_id, published);
        if (isPrepaid(p.input.payUnit)) {
          await post(
            trx,
            {
              userId: p.user.user_id,
              amountMinor: -p.perInstance,
              kind: "purchase",
              idempotencyKey: `purchase:${row.instance_id}`,
              instanceId: row.instance_id,
              orderUid: p.orderUid,
              memo: `${p.product.gpu_type} x${p.input.gpuCount}, 1 period prepaid`,
            },
            { requireFunds: true },
          );
        } else {
          // Each hourly instance of the order needs its own hour covered.
          await requireBalance(trx, p.user.user_id, p.perInstance * (nth + 1), `buying ${nth + 1} hourly instance(s)`);
        }
        return { gid: row.instance_id, hostId };
      });
    } catch (err) {
      if (err instanceof LostRace) continue;
      throw err;
    }
  }
  throw new AppError("NO_STOCK", `the free ${p.product.gpu_model} GPUs in room ${p.product.room_name} were taken while placing`, undefined, { reason: "gpu" });
}

export type BuyConfig = SshPortRange & PlacementConfig;

export async function buy(db: Db, cfg: BuyConfig, user: UserRow, input: BuyInput): Promise<BuyResult> {
  const p = await plan(db, user, input);
  // The whole order must be affordable before anything is placed (each charge checks again).
  const needed = p.perInstance * input.num;
  if (user.balance_minor < needed) {
    const what = input.payUnit === PAY_UNIT.HOURLY ? `one hour of ${input.num} instance(s)` : `${input.num} instance(s) prepaid`;
    throw new AppError("INSUFFICIENT_BALANCE", `the balance is ${formatMoney(user.balance_minor)}; ${what} needs at least ${formatMoney(needed)}`);
  }
  // Unwatched: an order row alone is harmless to repeat, and must not keep the key of a buy
  // that placed nothing from being retried (db/commits.ts).
  await unwatched(() =>
    insertOrder(db, {
      order_uid: p.orderUid,
      user_id: user.user_id,
      gpu_type: p.product.gpu_type,
      app_type: p.app?.app_type ?? null,
      image_id: p.image.image_id,
      pay_unit: input.payUnit,
      num: input.num,
      gpu_count: input.gpuCount,
      extra_disk_gb: input.extraDiskGb,
    }),
  );
  const result: BuyResult = { success_instance: 0, fail_instance: 0, success: [], fails: [] };
  const hosts = new Set<string>();
  for (let n = 0; n < input.num; n++) {
    try {
      const placed = await placeOne(db, cfg, p, result.success_instance);
      result.success.push({ order_uid: p.orderUid, gid: placed.gid });
      result.success_instance++;
      hosts.add(placed.hostId);
    } catch (err) {
      const e = toAppError(err);
      if (e.code === "INTERNAL" || e.code === "DATABASE_UNAVAILABLE") {
        // With nothing placed yet the whole request fails and may be retried. Once something is
        // placed (and charged), that must be the answer: the rest of the order fails here.
        if (result.success_instance === 0) throw err;
        for (let rest = n; rest < input.num; rest++) result.fails.push({ ...e.details, code: e.code, message: e.message });
        result.fail_instance += input.num - n;
        break;
      }
      result.fails.push({ ...e.details, code: e.code, message: e.message });
      result.fail_instance++;
    }
  }
  for (const h of hosts) await wake(db, h);
  // Nothing placed at all: the order fails as a whole with the reason (e.g. 409 NO_STOCK).
  if (result.success_instance === 0) {
    await deleteOrder(db, p.orderUid);
    const { code, message, ...details } = result.fails[0]!;
    throw new AppError(code, message, undefined, details);
  }
  return result;
}

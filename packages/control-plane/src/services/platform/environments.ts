// Environments are the rental API's instances (same rows, operations and billing), read through the
// platform API; the wallet is the caller's own (billing). Times in ISO 8601 UTC.
import type { Db } from "../../db/knex.js";
import { timeFormat } from "../../domain/api-time.js";
import { notFound } from "../../errors.js";
import { clock } from "../clock.js";
import { accountInfo, ledgerPage } from "../views/account.js";
import { listCustomerInstances } from "../views/customer-instances.js";
import type { Principal } from "./sessions.js";

const UTC = timeFormat(0);
const GID = /^[A-Za-z0-9_.-]{1,130}$/;

export async function listEnvironments(db: Db, p: Principal, q: { page: number; limit: number; status?: string | undefined }) {
  const r = await listCustomerInstances(db, p.user, { page: q.page, pageSize: q.limit, status: q.status }, UTC);
  return { items: r.items, total: Number(r.total) };
}

export async function getEnvironment(db: Db, p: Principal, gid: string) {
  const r = GID.test(gid) ? await listCustomerInstances(db, p.user, { page: 1, pageSize: 1, gids: [gid] }, UTC) : { items: [] };
  if (r.items.length === 0) throw notFound("environment not found");
  return r.items[0]!;
}

export async function walletBalance(db: Db, p: Principal) {
  return accountInfo(db, p.user, clock.now());
}

export async function walletRecords(db: Db, p: Principal, q: { page: number; limit: number; gid?: string | undefined }) {
  const r = await ledgerPage(db, p.user, { page: q.page, pageSize: q.limit, gid: q.gid }, UTC);
  return { items: r.items, total: r.total_items };
}

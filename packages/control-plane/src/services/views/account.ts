// What a customer sees of their money: POST /account/info and POST /account/ledger.
import { billableInstancesOf, findOwnedInstance } from "../../db/queries/instances.js";
import { countEntriesOf, entriesOf } from "../../db/queries/ledger.js";
import type { Db } from "../../db/knex.js";
import type { LedgerEntryRow, UserRow } from "../../db/rows.js";
import type { TimeFormat } from "../../domain/api-time.js";
import { formatMoney } from "../../domain/money.js";
import { PAY_UNIT } from "../../domain/pay-units.js";
import { meter } from "../../domain/pricing.js";
import { notFound } from "../../errors.js";
import { accrualWith, paidFor, unusedPrepaidValue } from "../billing.js";

export interface AccountInfo {
  username: string;
  /** What the ledger says now. */
  balance: string;
  /** Hourly usage run up since the last settlement: charged at the next one. */
  frozen_balance: string;
  /** balance - frozen_balance: what is really left. */
  available_balance: string;
  /** The value of daily and monthly time paid for and not used yet. */
  prepaid_balance: string;
  /** Hourly instances stopped because the balance ran out. */
  suspended_instances: number;
}

/** `user` is the row the request authenticated with (read for this request). */
export async function accountInfo(db: Db, user: UserRow, now: Date): Promise<AccountInfo> {
  // One query: the instances with the GPUs each holds (what its rate depends on).
  const live = await billableInstancesOf(db, user.user_id);
  let frozen = 0;
  let prepaid = 0;
  let suspended = 0;
  for (const i of live) {
    if (i.suspended_at) suspended += 1;
    if (i.pay_unit === PAY_UNIT.HOURLY) {
      if (!i.billing_started_at) continue;
      const a = accrualWith(i, i.gpus_held, i.host_away);
      const until = i.suspended_at ? Math.min(now.getTime(), i.suspended_at.getTime()) : now.getTime();
      frozen += meter(a.ratePerDay, a.fromMs, until, a.carry).amount;
    } else if (i.state !== "Expired" && i.state !== "Error" && i.prices) {
      // Not started yet: everything paid for it is still unused.
      prepaid += unusedPrepaidValue(i, now) ?? (await paidFor(db, i.instance_id));
    }
  }
  // What settles is never more than the balance (nothing is charged after it runs out).
  frozen = Math.min(frozen, Math.max(0, user.balance_minor));
  return {
    username: user.username,
    balance: formatMoney(user.balance_minor),
    frozen_balance: formatMoney(frozen),
    available_balance: formatMoney(user.balance_minor - frozen),
    prepaid_balance: formatMoney(prepaid),
    suspended_instances: suspended,
  };
}

export interface LedgerItem {
  entry_id: number;
  time: string | null;
  kind: LedgerEntryRow["kind"];
  amount: string;
  balance_after: string;
  gid: string | null;
  order_uid: string | null;
  period_start: string | null;
  period_end: string | null;
  memo: string;
}

/** The caller's entries, newest first; with `gid`, only that instance's (NOT_FOUND if not theirs). */
export async function ledgerPage(
  db: Db,
  user: UserRow,
  q: { page: number; pageSize: number; gid?: string | undefined },
  fmt: TimeFormat,
): Promise<{ items: LedgerItem[]; total_items: number; page: number; page_size: number }> {
  if (q.gid !== undefined) {
    const own = await findOwnedInstance(db, q.gid, user.user_id);
    if (!own) throw notFound(`no instance ${q.gid.slice(0, 120)}`);
  }
  const [rows, total] = await Promise.all([entriesOf(db, user.user_id, q.gid, q.pageSize, (q.page - 1) * q.pageSize), countEntriesOf(db, user.user_id, q.gid)]);
  return {
    items: rows.map((e) => ({
      entry_id: e.entry_id,
      time: fmt(e.created_at),
      kind: e.kind,
      amount: formatMoney(e.amount_minor),
      balance_after: formatMoney(e.balance_after_minor),
      gid: e.instance_id,
      order_uid: e.order_uid,
      period_start: fmt(e.period_start),
      period_end: fmt(e.period_end),
      memo: e.memo,
    })),
    total_items: total,
    page: q.page,
    page_size: q.pageSize,
  };
}

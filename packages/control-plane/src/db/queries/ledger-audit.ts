// The ledger's invariants as SQL, checked over the whole database (GET /admin/ledger/audit). The schema
// enforces most of them as entries are written; the audit shows that nothing got around it.
import type { Db } from "../knex.js";

export interface Violation {
  check: string;
  detail: string;
}

export interface AuditReport {
  ok: boolean;
  checked: { entries: number; users: number; instances_with_usage: number };
  /** What the books add up to, by system account (cash in is negative: it left the outside world). */
  totals: { cash_minor: number; revenue_minor: number; wallets_minor: number };
  violations: Violation[];
}

interface Check {
  name: string;
  /** Rows are violations; `detail` says which. */
  sql: string;
}

const CHECKS: Check[] = [
  {
    name: "entry_balanced",
    sql: `select 'entry ' || e.entry_id || ' (' || e.idempotency_key || '): ' || coalesce(p.n, 0) || ' postings, sum ' || coalesce(p.total, 0) || ', wallet ' || coalesce(p.wallet, 0) || ', amount ' || e.amount_minor as detail
            from ledger_entries e
            left join (select entry_id, count(*) as n, sum(amount_minor) as total,
                              sum(amount_minor) filter (where account like 'wallet:%') as wallet
                         from ledger_postings group by entry_id) p on p.entry_id = e.entry_id
           where p.n is distinct from 2 or p.total <> 0 or p.wallet is distinct from e.amount_minor`,
  },
  {
    name: "posting_wallet_owner",
    sql: `select 'entry ' || p.entry_id || ' posts to ' || p.account || ' but belongs to user ' || e.user_id as detail
            from ledger_postings p join ledger_entries e using (entry_id)
           where p.account like 'wallet:%' and p.account <> 'wallet:' || e.user_id`,
  },
  {
    name: "balance_is_sum_of_entries",
    sql: `select 'user ' || u.username || ': balance ' || u.balance_minor || ', entries sum to ' || coalesce(s.total, 0) as detail
            from users u left join (select user_id, sum(amount_minor) as total from ledger_entries group by user_id) s using (user_id)
           where u.balance_minor <> coalesce(s.total, 0)`,
  },
  {
    name: "balance_chain",
    sql: `select 'entry ' || entry_id || ' of user ' || user_id || ': ' || previous || ' + ' || amount_minor || ' <> ' || balance_after_minor as detail
            from (select entry_id, user_id, amount_minor, balance_after_minor,
                         coalesce(lag(balance_after_minor) over (partition by user_id order by entry_id), 0) as previous
                    from ledger_entries) c
           where balance_after_minor <> previous + amount_minor`,
  },
  {
    name: "no_negative_balance",
    sql: `select 'entry ' || entry_id || ' (' || kind || ') left user ' || user_id || ' at ' || balance_after_minor as detail
            from ledger_entries where balance_after_minor < 0`,
  },
  {
    name: "books_sum_to_zero",
    sql: `select 'all postings sum to ' || sum(amount_minor) as detail from ledger_postings having sum(amount_minor) <> 0`,
  },
  {
    name: "usage_charged_once",
    sql: `select 'instance ' || instance_id || ': usage from ' || period_start || ' overlaps the one ending ' || previous_end as detail
            from (select instance_id, period_start,
                         lag(period_end) over (partition by instance_id order by period_start, entry_id) as previous_end
                    from ledger_entries where kind = 'usage') u
           where period_start < previous_end`,
  },
  {
    // A usage entry covers all the time it charges for: its period begins where the instance's
    // previous usage entry ended (the first one where billing started), so that time settled
    // without an entry (it cost less than a minor unit, carried) is inside the next entry's
    // period. The only gap allowed is a suspension: the time until it was lifted is not charged.
    name: "usage_period_covers_charge",
    sql: `select 'instance ' || u.instance_id || ': usage entry ' || u.entry_id || ' begins at ' || u.period_start || ' but the time before it was charged up to '
                 || coalesce(u.previous_end, u.billing_started_at) as detail
            from (select e.entry_id, e.instance_id, e.period_start, i.billing_started_at,
                         lag(e.period_end) over (partition by e.instance_id order by e.period_start, e.entry_id) as previous_end
                    from ledger_entries e join instances i using (instance_id) where e.kind = 'usage') u
           where u.period_start > coalesce(u.previous_end, u.billing_started_at)
             and not exists (select 1 from instance_events v
                              where v.instance_id = u.instance_id and v.kind = 'suspension_lifted'
                                and v.at between coalesce(u.previous_end, u.billing_started_at) and u.period_start)`,
  },
  {
    name: "usage_within_settled_time",
    sql: `select 'instance ' || e.instance_id || ': usage up to ' || e.period_end || ' beyond settled_until ' || coalesce(i.settled_until::text, 'null') as detail
            from ledger_entries e join instances i using (instance_id)
           where e.kind = 'usage' and (e.period_start >= e.period_end or i.settled_until is null or e.period_end > i.settled_until or e.period_start < i.billing_started_at)`,
  },
  {
    name: "no_usage_after_suspension",
    sql: `select 'instance ' || e.instance_id || ': usage up to ' || e.period_end || ' after its suspension at ' || i.suspended_at as detail
            from ledger_entries e join instances i using (instance_id)
           where e.kind = 'usage' and i.suspended_at is not null and e.period_end > i.suspended_at and e.period_start >= i.suspended_at`,
  },
  {
    name: "never_ran_costs_nothing",
    sql: `select 'instance ' || i.instance_id || ' never ran and is ' || i.state || ', but its entries sum to ' || sum(e.amount_minor) as detail
            from instances i join ledger_entries e using (instance_id)
           where i.billing_started_at is null and i.state in ('Destroyed', 'Error') and i.pending_command_id is null
           group by i.instance_id, i.state having sum(e.amount_minor) <> 0`,
  },
];

/** Runs every check in one snapshot, listing at most `limit` violations of each. */
export async function runLedgerAudit(db: Db, limit: number): Promise<AuditReport> {
  // One snapshot for every check: a repeatable-read, read-only transaction.
  return db.transaction(
    async (trx) => {
      const violations: Violation[] = [];
      for (const c of CHECKS) {
        const r = await trx.raw<{ rows: { detail: string }[] }>(`${c.sql} limit ${limit}`);
        for (const row of r.rows) violations.push({ check: c.name, detail: row.detail });
      }
      const counts = await trx.raw<{ rows: { entries: number; users: number; instances: number }[] }>(
        "select (select count(*) from ledger_entries)::int as entries, (select count(*) from users)::int as users, (select count(distinct instance_id) from ledger_entries where kind = 'usage')::int as instances",
      );
      const sums = await trx.raw<{ rows: { cash: string | null; revenue: string | null; wallets: string | null }[] }>(
        `select sum(amount_minor) filter (where account = 'system:cash')::text as cash,
                sum(amount_minor) filter (where account = 'system:revenue')::text as revenue,
                sum(amount_minor) filter (where account like 'wallet:%')::text as wallets
           from ledger_postings`,
      );
      const c = counts.rows[0]!;
      const s = sums.rows[0]!;
      return {
        ok: violations.length === 0,
        checked: { entries: c.entries, users: c.users, instances_with_usage: c.instances },
        totals: { cash_minor: Number(s.cash ?? 0), revenue_minor: Number(s.revenue ?? 0), wallets_minor: Number(s.wallets ?? 0) },
        violations,
      };
    },
    { isolationLevel: "repeatable read", readOnly: true },
  );
}

import type { Db, Tx } from "../knex.js";
import type { CommandRow } from "../rows.js";

export async function insertCommand(
  trx: Tx,
  c: Pick<CommandRow, "command_id" | "instance_id" | "host_id" | "generation" | "op" | "payload"> & { meta?: CommandRow["meta"] },
): Promise<void> {
  await trx("commands").insert({ ...c, meta: JSON.stringify(c.meta ?? {}) });
}

/** Commands of a host still waiting for their result, in the order they were issued. */
export async function pendingCommands(db: Db, hostId: string): Promise<Pick<CommandRow, "command_id" | "payload">[]> {
  return db<CommandRow>("commands")
    .select("command_id", "payload")
    .where({ host_id: hostId, status: "pending" })
    .orderBy([{ column: "created_at" }, { column: "generation" }]);
}

/** Hosts that have commands waiting (the polling fallback of the notification). */
export async function hostsWithPendingCommands(db: Db): Promise<string[]> {
  const r = await db.raw<{ rows: { host_id: string }[] }>("select distinct host_id from commands where status = 'pending'");
  return r.rows.map((x) => x.host_id);
}

export async function markSent(db: Db, commandIds: string[]): Promise<void> {
  if (commandIds.length === 0) return;
  await db.raw(
    `update commands set send_count = send_count + 1, last_sent_at = now(), first_sent_at = coalesce(first_sent_at, now())
     where command_id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
    [JSON.stringify(commandIds)],
  );
}

/** Locks a command for finishing; undefined when unknown, or not this host's. */
export async function lockCommand(trx: Tx, commandId: string, hostId: string): Promise<CommandRow | undefined> {
  return trx<CommandRow>("commands").where({ command_id: commandId, host_id: hostId }).forUpdate().first();
}

export async function finishCommand(
  trx: Tx,
  commandId: string,
  f: { status: CommandRow["status"]; errorCode: string | null; errorMessage: string | null; result: unknown },
): Promise<void> {
  await trx("commands")
    .where({ command_id: commandId })
    .update({ status: f.status, error_code: f.errorCode, error_message: f.errorMessage, result: JSON.stringify(f.result), finished_at: trx.fn.now() });
}

/** Ends every pending command of an instance as failed with `errorCode` (never to be sent); returns them. */
export async function failPendingCommandsOf(
  trx: Tx,
  instanceId: string,
  errorCode: string,
  errorMessage: string,
): Promise<Pick<CommandRow, "command_id" | "op">[]> {
  return trx<CommandRow>("commands")
    .where({ instance_id: instanceId, status: "pending" })
    .update({ status: "failed", error_code: errorCode, error_message: errorMessage, finished_at: trx.fn.now() })
    .returning(["command_id", "op"]);
}

export async function commandsOfInstance(db: Db, instanceId: string, limit: number): Promise<Omit<CommandRow, "payload" | "meta">[]> {
  return db<CommandRow>("commands")
    .select(
      "command_id",
      "instance_id",
      "host_id",
      "generation",
      "op",
      "status",
      "created_at",
      "first_sent_at",
      "last_sent_at",
      "send_count",
      "finished_at",
      "error_code",
      "error_message",
      "result",
    )
    .where({ instance_id: instanceId })
    .orderBy("created_at", "desc")
    .limit(limit);
}

/** Deletes up to `batch` finished commands older than the cutoff; returns how many. */
export async function deleteFinishedCommandsBefore(db: Db, cutoff: Date, batch: number): Promise<number> {
  const r = await db.raw<{ rowCount: number }>(
    `delete from commands where command_id = any(array(
       select command_id from commands where status <> 'pending' and finished_at < ? limit ?))`,
    [cutoff, batch],
  );
  return r.rowCount;
}

/**
 * Whether the instance is on this host and has a finish_task command waiting for its result:
 * only then may the agent upload the task's output (decision 0031).
 */
export async function finishTaskPending(db: Db, instanceId: string, hostId: string): Promise<boolean> {
  const r = await db.raw<{ rows: unknown[] }>(
    `select 1 from instances i join commands c on c.instance_id = i.instance_id
     where i.instance_id = ? and i.host_id = ? and c.op = 'finish_task' and c.status = 'pending' limit 1`,
    [instanceId, hostId],
  );
  return r.rows.length > 0;
}

import type { Db, Tx } from "../knex.js";
import type { OrderRow } from "../rows.js";

export async function insertOrder(db: Db | Tx, o: Omit<OrderRow, "created_at">): Promise<OrderRow> {
  const [row] = await db<OrderRow>("orders").insert(o).returning("*");
  return row!;
}

/** An order none of whose instances could be placed leaves nothing behind. */
export async function deleteOrder(db: Db, orderUid: string): Promise<void> {
  await db("orders").where({ order_uid: orderUid }).delete();
}

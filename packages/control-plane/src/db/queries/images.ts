import type { Db, Tx } from "../knex.js";
import type { ImageRow } from "../rows.js";

export type NewImage = Pick<
  ImageRow,
  | "image_id"
  | "name"
  | "image_ref"
  | "scene"
  | "os"
  | "description"
  | "room_name"
  | "owner_user_id"
  | "status"
  | "host_id"
  | "source_instance_id"
  | "snapshot_command_id"
>;

export async function insertImage(db: Db | Tx, i: NewImage): Promise<ImageRow> {
  const [row] = await db<ImageRow>("images").insert(i).returning("*");
  return row!;
}

export async function findImage(db: Db | Tx, imageId: string): Promise<ImageRow | undefined> {
  return db<ImageRow>("images").where({ image_id: imageId }).whereNull("deleted_at").first();
}

/** Public images of a room (room NULL: every room); retired ones only when asked for. */
export async function publicImages(db: Db, roomName: string | undefined, includeRetired = false): Promise<ImageRow[]> {
  return db<ImageRow>("images")
    .whereNull("owner_user_id")
    .whereNull("deleted_at")
    .modify((q) => {
      if (roomName !== undefined) q.where((w) => w.whereNull("room_name").orWhere("room_name", roomName));
      if (!includeRetired) q.whereNull("retired_at");
    })
    .orderBy([{ column: "created_at" }, { column: "image_id" }]);
}

export async function imagesOfUser(db: Db, userId: number, roomName: string | undefined): Promise<ImageRow[]> {
  return db<ImageRow>("images")
    .where({ owner_user_id: userId })
    .whereNull("deleted_at")
    .modify((q) => {
      if (roomName !== undefined) q.where("room_name", roomName);
    })
    .orderBy([{ column: "created_at", order: "desc" }, { column: "image_id" }]);
}

export async function findImageBySnapshotCommand(trx: Tx, commandId: string): Promise<ImageRow | undefined> {
  return trx<ImageRow>("images").where({ snapshot_command_id: commandId }).forUpdate().first();
}

export async function finishImage(
  trx: Tx,
  imageId: string,
  patch: Pick<ImageRow, "status"> & Partial<Pick<ImageRow, "size_bytes" | "docker_image_id" | "error">>,
): Promise<void> {
  await trx("images")
    .where({ image_id: imageId })
    .update({ ...patch, updated_at: trx.fn.now() });
}

/** Retires (keeping the first time) or unretires a public image; undefined when there is none. */
export async function setPublicImageRetired(db: Db, imageId: string, retired: boolean): Promise<ImageRow | undefined> {
  const rows = await db<ImageRow>("images")
    .where({ image_id: imageId })
    .whereNull("owner_user_id")
    .whereNull("deleted_at")
    .update({ retired_at: retired ? db.raw("coalesce(retired_at, now())") : null, updated_at: db.fn.now() } as never)
    .returning("*");
  return rows[0];
}

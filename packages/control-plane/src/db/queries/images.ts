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

/**
 * One page of a user's custom images (newest first) and how many there are, in one query: the
 * count is computed once and joined to the page, so an empty page still carries it.
 */
export async function imagesOfUser(
  db: Db,
  userId: number,
  roomName: string | undefined,
  limit: number,
  offset: number,
): Promise<{ rows: ImageRow[]; total: number }> {
  const room = roomName === undefined ? "" : "and room_name = :room";
  const r = await db.raw<{ rows: (ImageRow & { total_count: string })[] }>(
    `with mine as (select * from images where owner_user_id = :user and deleted_at is null ${room})
     select c.total_count, p.*
     from (select count(*) as total_count from mine) c
     left join lateral (select * from mine order by created_at desc, image_id limit :limit offset :offset) p on true`,
    { user: userId, room: roomName ?? null, limit, offset },
  );
  const total = Number(r.rows[0]?.total_count ?? 0);
  return { rows: r.rows.filter((x) => x.image_id !== null).map(({ total_count: _, ...row }) => row as ImageRow), total };
}

/**
 * Serialises changes to one user's custom images until the transaction ends. An advisory lock of
 * its own: it is taken after the instance's row lock, and nothing else waits on it.
 */
export async function lockImagesOf(trx: Tx, userId: number): Promise<void> {
  await trx.raw("select pg_advisory_xact_lock(hashtext('remotegpu.images'), ?)", [userId]);
}

/** Custom images a user holds against their cap: every one not deleted and not failed. */
export async function countKeptImagesOf(trx: Tx, userId: number): Promise<number> {
  const r = await trx("images").where({ owner_user_id: userId }).whereNull("deleted_at").whereNot("status", "failed").count<{ n: string }[]>({ n: "*" });
  return Number(r[0]?.n ?? 0);
}

/** A user's custom image, locked for deletion; undefined when unknown, deleted, or someone else's. */
export async function lockOwnImage(trx: Tx, imageId: string, userId: number): Promise<ImageRow | undefined> {
  return trx<ImageRow>("images").where({ image_id: imageId, owner_user_id: userId }).whereNull("deleted_at").forUpdate().first();
}

/** Takes an image out of the catalog (the row stays: instances and history refer to it). */
export async function markImageDeleted(trx: Tx, imageId: string): Promise<void> {
  await trx("images").where({ image_id: imageId }).update({ deleted_at: trx.fn.now(), updated_at: trx.fn.now() });
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

/** Instances (not destroyed) that were made or rebuilt from the image, or are being rebuilt from it now. */
export async function liveInstancesUsingImage(trx: Tx, imageId: string): Promise<string[]> {
  const r = await trx.raw<{ rows: { instance_id: string }[] }>(
    `select i.instance_id from instances i
     where i.state <> 'Destroyed'
       and (i.image_id = :image
            or exists (select 1 from commands c where c.command_id = i.pending_command_id and c.op = 'rebuild' and c.meta->>'image_id' = :image))
     order by i.instance_id`,
    { image: imageId },
  );
  return r.rows.map((x) => x.instance_id);
}

/**
 * Holds a custom image against deletion until the transaction ends (a buy or rebuild that is
 * about to use it); false when it was deleted meanwhile. Deletion takes the row FOR UPDATE, so
 * one of the two waits for the other and sees what it did.
 */
export async function holdImageForUse(trx: Tx, imageId: string): Promise<boolean> {
  const row = await trx("images").select("image_id").where({ image_id: imageId }).whereNull("deleted_at").forShare().first();
  return row !== undefined;
}

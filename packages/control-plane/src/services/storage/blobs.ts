// Blobs in PostgreSQL and in the store, kept in step (docs/decisions/0029-artifact-storage.md).
// A blob row is 'stored' (usable) or 'deleting' (collection decided nobody references it).
// Collection runs in two steps, each crash-safe:
//   mark:  unreferenced blobs, untouched for the grace period, become 'deleting' in one
//          statement that skips rows a version being made holds (FOR SHARE);
//   sweep: each marked blob, under its row lock, is removed from the store, then its row.
// A crash between the two leaves marked rows, which the next sweep finishes (removing is
// idempotent). Whoever stores content again takes the row lock first and, finding the row
// 'deleting', puts the bytes back while holding it, so a sweep waiting on that lock sees
// 'stored' and leaves it.
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  deleteBlobRow,
  insertBlob,
  lockBlob,
  lockMarkedBlob,
  markBlobStored,
  markedBlobs,
  markUnreferencedBlobs,
} from "../../db/queries/platform/artifacts.js";
import type { Db } from "../../db/knex.js";
import { AppError } from "../../errors.js";
import type { BlobStore } from "./blob-store.js";

/** A file received into the staging directory, with what it turned out to be. */
export interface Staged {
  localPath: string;
  digest: string;
  size: number;
}

export function stagingDir(dataDir: string): string {
  return join(dataDir, "staging");
}

/**
 * Writes a stream to a new staging file while hashing it; refuses (PAYLOAD_TOO_LARGE, the file
 * removed) past `maxBytes`.
 */
export async function stage(dir: string, source: Readable, maxBytes: number): Promise<Staged> {
  await mkdir(dir, { recursive: true });
  const localPath = join(dir, `${Date.now()}-${randomBytes(8).toString("hex")}.part`);
  const hash = createHash("sha256");
  let size = 0;
  try {
    await pipeline(
      source,
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const c of chunks) {
          size += c.length;
          if (size > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", `the upload is over ${maxBytes} bytes; send large files through /api/v1/uploads`);
          hash.update(c);
          yield c;
        }
      },
      createWriteStream(localPath, { flags: "wx" }),
    );
  } catch (err) {
    await rm(localPath, { force: true });
    throw err;
  }
  return { localPath, digest: hash.digest("hex"), size };
}

/**
 * Puts staged content into the store under its digest and records the blob (once per store:
 * content already there is not written again, and the staged file is dropped).
 */
export async function storeBlob(db: Db, store: BlobStore, s: Staged): Promise<void> {
  const existing = await db.transaction(async (trx) => {
    const row = await lockBlob(trx, s.digest);
    if (row?.state === "stored") {
      await markBlobStored(trx, s.digest); // touched: a fresh grace period
      return "stored";
    }
    if (row?.state === "deleting") {
      // Marked for collection: put the bytes back under the lock (a sweep waits on it).
      await store.put(s.digest, s.localPath);
      await markBlobStored(trx, s.digest);
      return "restored";
    }
    return "absent";
  });
  if (existing === "stored") {
    await rm(s.localPath, { force: true });
    return;
  }
  if (existing === "restored") return;
  // New content: the bytes first, then the row (a row always names bytes that are there).
  await store.put(s.digest, s.localPath);
  await db.transaction(async (trx) => {
    await insertBlob(trx, s.digest, s.size);
    const row = await lockBlob(trx, s.digest);
    // Marked between our two steps (by a collection that ran with no grace): it now has a row
    // and bytes again.
    if (row?.state === "deleting") await markBlobStored(trx, s.digest);
  });
}

export interface CollectResult {
  marked: number;
  removed: number;
}

/** One garbage-collection pass: mark, then sweep (also what earlier passes marked and left). */
export async function collectGarbage(
  db: Db,
  store: BlobStore,
  opts: { graceMinutes: number; limit?: number; deadline?: number; afterRemove?: (digest: string) => Promise<void> },
): Promise<CollectResult> {
  // 1000 per statement: one mark stays a short transaction on a large table; the job loops.
  const limit = opts.limit ?? 1000;
  const marked = await markUnreferencedBlobs(db, opts.graceMinutes, limit);
  let removed = 0;
  for (const digest of await markedBlobs(db, limit)) {
    if (opts.deadline !== undefined && Date.now() > opts.deadline) break;
    const done = await db.transaction(async (trx) => {
      if (!(await lockMarkedBlob(trx, digest))) return false;
      await store.remove(digest);
      await opts.afterRemove?.(digest); // tests: a crash between the store and the row
      await deleteBlobRow(trx, digest);
      return true;
    });
    if (done) removed++;
  }
  return { marked: marked.length, removed };
}

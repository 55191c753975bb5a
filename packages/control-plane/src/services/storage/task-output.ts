// A finished task's output files, PUT by the agent that ran it (decision 0031):
//   PUT /agent/v1/tasks/{instance_id}/output/{sha256}
// Only the instance's own host, and only while its finish_task command waits for the result.
// The body is staged while hashed; content whose digest is not the one named is refused and
// nothing is kept. Stored as an ordinary blob: the version made from the outcome references it
// (until then the blob collection's grace period keeps it).
import type { Readable } from "node:stream";
import { INSTANCE_ID_PATTERN, SHA256_PATTERN } from "@remotegpu/protocol";
import { rm } from "node:fs/promises";
import { finishTaskPending } from "../../db/queries/commands.js";
import { lockBlob, markBlobStored } from "../../db/queries/platform/artifacts.js";
import type { Db } from "../../db/knex.js";
import { AppError, invalid, notFound } from "../../errors.js";
import type { BlobStore } from "./blob-store.js";
import { stage, storeBlob } from "./blobs.js";

export type TaskOutputStored = "created" | "exists" | "digest_mismatch";

export async function storeTaskOutputFile(
  db: Db,
  store: BlobStore,
  staging: string,
  req: { hostId: string; instanceId: string; sha256: string; contentLength: number | undefined; body: Readable; maxBytes: number },
): Promise<TaskOutputStored> {
  if (!INSTANCE_ID_PATTERN.test(req.instanceId)) throw invalid("not an instance id");
  if (!SHA256_PATTERN.test(req.sha256)) throw invalid("not a SHA-256 digest (64 lowercase hex digits)");
  if (!(await finishTaskPending(db, req.instanceId, req.hostId))) throw notFound("no task of this host is being finished under this id");
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `a task output file may hold at most ${req.maxBytes} bytes (TASK_OUTPUT_MAX_GB)`);
  if (req.contentLength !== undefined && req.contentLength > req.maxBytes) throw tooLarge();
  // Content that is stored already is not sent to the store again (only touched).
  const known = await db.transaction(async (trx) => {
    const row = await lockBlob(trx, req.sha256);
    if (row?.state !== "stored") return false;
    await markBlobStored(trx, req.sha256);
    return true;
  });
  if (known) return "exists";
  let staged: Awaited<ReturnType<typeof stage>>;
  try {
    staged = await stage(staging, req.body, req.maxBytes);
  } catch (err) {
    if (err instanceof AppError && err.code === "PAYLOAD_TOO_LARGE") throw tooLarge();
    throw err;
  }
  if (staged.digest !== req.sha256) {
    await rm(staged.localPath, { force: true });
    return "digest_mismatch";
  }
  await storeBlob(db, store, staged);
  return "created";
}

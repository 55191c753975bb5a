// Resumable uploads (tus, at /api/v1/uploads): the bytes arrive in the staging area of the tus
// file store; this service decides who may upload where, records each upload, and on the last
// byte checks the declared SHA-256 and stores the content (or refuses it and keeps nothing).
// A stored upload holds its blob against collection until it is used by a version or expires.
import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { expiredUploads, finishUpload, insertUpload, type UploadRow, uploadById } from "../../db/queries/platform/artifacts.js";
import { lockWorkspace, membership, personalWorkspaceOf } from "../../db/queries/platform/workspaces.js";
import type { Db } from "../../db/knex.js";
import { AppError, invalid, notFound } from "../../errors.js";
import { clock } from "../clock.js";
import { checkRoom } from "../platform/artifacts.js";
import { UUID_PATTERN } from "../platform/authz.js";
import type { Principal } from "../platform/sessions.js";
import type { BlobStore } from "./blob-store.js";
import { storeBlob } from "./blobs.js";

export const UPLOAD_ID_PATTERN = /^[0-9a-f]{32}$/;

export interface UploadView {
  id: string;
  workspace_id: string;
  size: number;
  sha256: string;
  state: "receiving" | "stored" | "failed";
  error: string | null;
  created_at: string;
  expires_at: string;
}

const view = (u: UploadRow): UploadView => ({
  id: u.upload_id,
  workspace_id: u.workspace_id,
  size: u.size,
  sha256: u.declared_sha256,
  state: u.state,
  error: u.error,
  created_at: u.created_at.toISOString(),
  expires_at: u.expires_at.toISOString(),
});

/** What the caller may do with uploads of the workspace: nothing (not a member), read, or write. */
async function uploadAccess(db: Db, p: Principal, workspaceId: string): Promise<"none" | "read" | "write"> {
  if (!UUID_PATTERN.test(workspaceId)) return "none";
  const w = await membership(db, workspaceId, p.user.user_id);
  if (!w) return "none";
  if (w.permissions.includes("datasets:write") || w.permissions.includes("models:write")) return "write";
  return "read";
}

/** NOT_FOUND for strangers (another workspace's ids are unknown), FORBIDDEN for readers asked to write. */
async function requireUploadAccess(db: Db, p: Principal, workspaceId: string, need: "read" | "write", what: string): Promise<void> {
  const access = await uploadAccess(db, p, workspaceId);
  if (access === "none") throw notFound(`${what} not found`);
  if (need === "write" && access !== "write") throw new AppError("FORBIDDEN", "your role in this workspace does not allow uploads");
}

/**
 * A new upload (tus creation): `sha256` (hex) and the size are required up front, the size within
 * the limit and the workspace's quota (checked again when the content becomes a version).
 */
export async function beginUpload(
  db: Db,
  p: Principal,
  input: { workspaceId: string | undefined; sha256: string | undefined; size: number | undefined },
  limits: { maxBytes: number; ttlHours: number },
): Promise<string> {
  if (input.size === undefined || !Number.isSafeInteger(input.size) || input.size < 0)
    throw invalid("Upload-Length is required (deferred lengths are not accepted)");
  if (input.size > limits.maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", `an upload may be at most ${limits.maxBytes} bytes`);
  if (!input.sha256 || !/^[0-9a-f]{64}$/.test(input.sha256)) throw invalid("Upload-Metadata must carry sha256: the file's SHA-256 as 64 lowercase hex digits");
  const workspaceId = input.workspaceId ?? (await personalWorkspaceOf(db, p.user.user_id))?.workspace_id;
  if (!workspaceId) throw notFound("workspace not found");
  await requireUploadAccess(db, p, workspaceId, "write", "workspace");
  const id = randomBytes(16).toString("hex");
  await db.transaction(async (trx) => {
    await lockWorkspace(trx, workspaceId);
    await checkRoom(trx, workspaceId, input.size!);
    await insertUpload(trx, {
      upload_id: id,
      workspace_id: workspaceId,
      user_id: p.user.user_id,
      size: input.size!,
      declared_sha256: input.sha256!,
      expires_at: new Date(clock.now().getTime() + limits.ttlHours * 3600_000),
    });
  });
  return id;
}

/** The upload, when the caller may read it or (`need` write) send its bytes or cancel it. */
export async function uploadFor(db: Db, p: Principal, uploadId: string, need: "read" | "write"): Promise<UploadRow> {
  const u = UPLOAD_ID_PATTERN.test(uploadId) ? await uploadById(db, uploadId) : undefined;
  if (!u) throw notFound("upload not found");
  await requireUploadAccess(db, p, u.workspace_id, need, "upload");
  return u;
}

export async function getUpload(db: Db, p: Principal, uploadId: string): Promise<UploadView> {
  return view(await uploadFor(db, p, uploadId, "read"));
}

async function sha256Of(path: string): Promise<string> {
  const h = createHash("sha256");
  await pipeline(createReadStream(path), async (chunks: AsyncIterable<Buffer>) => {
    for await (const c of chunks) h.update(c);
  });
  return h.digest("hex");
}

/**
 * The last byte arrived: the content must have the declared SHA-256. It then goes to the blob
 * store (the staged file is consumed) and the upload is 'stored'; otherwise the upload is
 * 'failed', its bytes are removed, and the caller answers 422.
 */
export async function completeUpload(db: Db, store: BlobStore, uploadId: string, localPath: string): Promise<UploadRow> {
  const u = await uploadById(db, uploadId);
  if (!u) throw notFound("upload not found");
  const digest = await sha256Of(localPath);
  if (digest !== u.declared_sha256) {
    await rm(localPath, { force: true });
    await db.transaction((trx) =>
      finishUpload(trx, uploadId, { state: "failed", digest: null, error: `the content's SHA-256 is ${digest}, not the declared ${u.declared_sha256}` }),
    );
    throw invalid(`the content's SHA-256 is ${digest}, not the declared ${u.declared_sha256}: nothing was stored`);
  }
  await storeBlob(db, store, { localPath, digest, size: u.size });
  await db.transaction((trx) => finishUpload(trx, uploadId, { state: "stored", digest, error: null }));
  return (await uploadById(db, uploadId))!;
}

export async function cancelUpload(db: Db, uploadId: string): Promise<void> {
  await db.transaction((trx) => finishUpload(trx, uploadId, { state: "failed", digest: null, error: "cancelled" }));
}

/** Where the tus file store keeps unfinished uploads (`<id>` and `<id>.json`). */
export const uploadsDir = (dataDir: string): string => join(dataDir, "uploads");

/** Expired uploads: unfinished ones lose their bytes, stored ones their hold on their blob. */
export async function expireUploads(db: Db, dataDir: string): Promise<number> {
  let n = 0;
  for (const u of await expiredUploads(db, 1000)) {
    if (u.state === "receiving") {
      await rm(join(uploadsDir(dataDir), u.upload_id), { force: true });
      await rm(join(uploadsDir(dataDir), `${u.upload_id}.json`), { force: true });
    }
    await db.transaction((trx) => finishUpload(trx, u.upload_id, { state: "failed", digest: u.digest, error: "expired" }));
    n++;
  }
  return n;
}

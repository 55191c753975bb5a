// Datasets and models (artifacts of a workspace) and their versions: immutable sets of files on
// the content-addressed blob store (docs/decisions/0029-artifact-storage.md). One service for
// both kinds; the routes differ only in names.
import { rm } from "node:fs/promises";
import type { Readable } from "node:stream";
import {
  type ArtifactKind,
  type ArtifactRow,
  artifactById,
  artifactByName,
  countFiles,
  digestsNewToWorkspace,
  fileOf,
  filesOf,
  type FileRow,
  insertArtifact,
  insertVersion,
  listArtifacts as listArtifactRows,
  lockArtifact,
  lockVersion,
  markArtifactDeleted,
  markVersionDeleted,
  nextVersionNumber,
  shareBlobs,
  storageQuotasOf,
  uploadById,
  versionById,
  versionsOf,
  type VersionRow,
  workspaceStorageBytes,
  workspacesOfWallet,
} from "../../db/queries/platform/artifacts.js";
import { lockWorkspace, membership as membershipOf, personalWorkspaceOf, workspacesOf } from "../../db/queries/platform/workspaces.js";
import type { Db, Tx } from "../../db/knex.js";
import { fileSetDigest, fileSetProblems, MAX_FILES_PER_VERSION, normalizePath } from "../../domain/artifact-paths.js";
import type { Permission } from "../../domain/permissions.js";
import { formatMoney } from "../../domain/money.js";
import { AppError, invalid, notFound } from "../../errors.js";
import { clock } from "../clock.js";
import type { BlobStore, ByteRange } from "../storage/blob-store.js";
import { type Staged, storeBlob } from "../storage/blobs.js";
import { authorize, UUID_PATTERN } from "./authz.js";
import type { Principal } from "./sessions.js";

export interface ArtifactView {
  id: string;
  workspace_id: string;
  kind: ArtifactKind;
  name: string;
  description: string;
  framework?: string;
  task?: string;
  versions: number;
  latest_version_id: string | null;
  latest_bytes: number | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface VersionView {
  id: string;
  artifact_id: string;
  kind: ArtifactKind;
  workspace_id: string;
  number: number;
  version: string;
  message: string;
  parent_version_id: string | null;
  digest: string;
  total_bytes: number;
  file_count: number;
  source: "upload" | "run";
  source_run_id: string | null;
  metrics: Record<string, unknown>;
  created_by: number;
  created_at: string;
}

export interface FileView {
  path: string;
  size: number;
  sha256: string;
}

const artifactView = (r: ArtifactRow & { versions?: number; latest_version_id?: string | null; latest_bytes?: number | null }): ArtifactView => ({
  id: r.artifact_id,
  workspace_id: r.workspace_id,
  kind: r.kind,
  name: r.name,
  description: r.description,
  ...(r.kind === "model" ? { framework: r.framework, task: r.task } : {}),
  versions: r.versions ?? 0,
  latest_version_id: r.latest_version_id ?? null,
  latest_bytes: r.latest_bytes === null || r.latest_bytes === undefined ? null : Number(r.latest_bytes),
  created_by: r.created_by,
  created_at: r.created_at.toISOString(),
  updated_at: r.updated_at.toISOString(),
});

const versionView = (v: VersionRow, a: { kind: ArtifactKind; workspace_id: string }): VersionView => ({
  id: v.version_id,
  artifact_id: v.artifact_id,
  kind: a.kind,
  workspace_id: a.workspace_id,
  number: v.number,
  version: `v${v.number}`,
  message: v.message,
  parent_version_id: v.parent_version_id,
  digest: v.digest,
  total_bytes: v.total_bytes,
  file_count: v.file_count,
  source: v.source,
  source_run_id: v.source_run_id,
  metrics: v.metrics,
  created_by: v.created_by,
  created_at: v.created_at.toISOString(),
});

const fileView = (f: FileRow): FileView => ({ path: f.path, size: f.size, sha256: f.digest });

const perm = (kind: ArtifactKind, action: "read" | "write" | "delete"): Permission => `${kind}s:${action}` as Permission;
const noun = (kind: ArtifactKind) => kind;

async function artifactFor(db: Db, p: Principal, kind: ArtifactKind, id: string, action: "read" | "write" | "delete"): Promise<ArtifactRow> {
  const row = UUID_PATTERN.test(id) ? await artifactById(db, kind, id) : undefined;
  if (!row) throw notFound(`${noun(kind)} not found`);
  await authorize(db, p, row.workspace_id, perm(kind, action), noun(kind));
  return row;
}

async function versionFor(db: Db, p: Principal, kind: ArtifactKind, id: string, action: "read" | "write" | "delete") {
  const v = UUID_PATTERN.test(id) ? await versionById(db, id) : undefined;
  if (!v || v.kind !== kind) throw notFound(`${noun(kind)} version not found`);
  await authorize(db, p, v.workspace_id, perm(kind, action), `${noun(kind)} version`);
  return v;
}

export interface Page {
  page: number;
  limit: number;
}

export async function listArtifacts(
  db: Db,
  p: Principal,
  kind: ArtifactKind,
  filter: { workspaceId?: string | undefined; search?: string | undefined },
  page: Page,
): Promise<{ items: ArtifactView[]; total: number }> {
  const ids =
    filter.workspaceId !== undefined
      ? [(await authorize(db, p, filter.workspaceId, perm(kind, "read"))).workspace_id]
      : (await workspacesOf(db, p.user.user_id)).filter((w) => w.permissions.includes(perm(kind, "read"))).map((w) => w.workspace_id);
  const r = await listArtifactRows(db, kind, ids, filter.search, { limit: page.limit, offset: (page.page - 1) * page.limit });
  return { items: r.rows.map(artifactView), total: r.total };
}

export async function getArtifact(db: Db, p: Principal, kind: ArtifactKind, id: string): Promise<ArtifactView> {
  const row = await artifactFor(db, p, kind, id, "read");
  const versions = await versionsOf(db, row.artifact_id, { limit: 1, offset: 0 });
  const latest = versions.rows[0];
  return artifactView({ ...row, versions: versions.total, latest_version_id: latest?.version_id ?? null, latest_bytes: latest?.total_bytes ?? null });
}

export async function createArtifact(
  db: Db,
  p: Principal,
  kind: ArtifactKind,
  input: { name: string; description: string; workspaceId?: string | undefined; framework?: string | undefined; task?: string | undefined },
): Promise<ArtifactView> {
  const workspaceId = input.workspaceId ?? (await personalWorkspaceOf(db, p.user.user_id))?.workspace_id;
  if (!workspaceId) throw notFound("workspace not found");
  await authorize(db, p, workspaceId, perm(kind, "write"));
  const row = await insertArtifact(db, {
    workspace_id: workspaceId,
    kind,
    name: input.name,
    description: input.description,
    framework: input.framework ?? "",
    task: input.task ?? "",
    created_by: p.user.user_id,
  });
  if (!row) throw new AppError("CONFLICT", `a ${noun(kind)} named ${JSON.stringify(input.name)} exists in this workspace`);
  return artifactView(row);
}

/** Deletes the artifact and its versions (their content is collected once nothing else references it). */
export async function deleteArtifact(db: Db, p: Principal, kind: ArtifactKind, id: string): Promise<{ workspace_id: string }> {
  const row = await artifactFor(db, p, kind, id, "delete");
  await db.transaction(async (trx) => {
    if (!(await lockArtifact(trx, row.artifact_id))) throw notFound(`${noun(kind)} not found`);
    await markArtifactDeleted(trx, row.artifact_id, clock.now());
  });
  return { workspace_id: row.workspace_id };
}

// ---- versions

/** A file of a new version: bytes received with the request, or a finished upload. */
export type NewFile = { path: string; staged: Staged } | { path: string; uploadId: string };

export interface NewVersion {
  artifactId: string;
  message: string;
  parentVersionId?: string | undefined;
  files: NewFile[];
  /** Paths of the parent not carried into the new version. */
  remove?: string[] | undefined;
  metrics?: Record<string, unknown> | undefined;
  source?: { runId: string } | undefined;
}

/** Normalises a path or refuses it, naming it. */
function pathOf(raw: unknown): string {
  const n = normalizePath(raw);
  if ("problem" in n) throw invalid(`${n.problem}: ${JSON.stringify(String(raw).slice(0, 128))}`);
  return n.path;
}

/**
 * Makes a version: the parent's files (less `remove`), plus the new ones (a new file replaces
 * the parent's at its path). The workspace's storage quota counts distinct content only; a
 * refused version stores nothing (its received bytes are dropped).
 */
export async function createVersion(db: Db, store: BlobStore, p: Principal, kind: ArtifactKind, input: NewVersion): Promise<VersionView> {
  const staged = input.files.flatMap((f) => ("staged" in f ? [f.staged] : []));
  try {
    const art = await artifactFor(db, p, kind, input.artifactId, "write");
    const set = new Map<string, { size: number; digest: string }>();
    if (input.parentVersionId !== undefined) {
      const parent = UUID_PATTERN.test(input.parentVersionId) ? await versionById(db, input.parentVersionId) : undefined;
      if (!parent || parent.artifact_id !== art.artifact_id) throw notFound(`parent version not found in this ${noun(kind)}`);
      for (const f of await filesOf(db, parent.version_id)) set.set(f.path, { size: f.size, digest: f.digest });
    }
    for (const raw of input.remove ?? []) {
      const path = pathOf(raw);
      if (!set.delete(path)) throw invalid(`remove: ${JSON.stringify(path.slice(0, 128))} is not a file of the parent version`);
    }
    const added: string[] = [];
    for (const f of input.files) {
      const path = pathOf(f.path);
      added.push(path);
      if ("staged" in f) set.set(path, { size: f.staged.size, digest: f.staged.digest });
      else {
        const u = /^[0-9a-f]{32}$/.test(f.uploadId) ? await uploadById(db, f.uploadId) : undefined;
        if (!u || u.workspace_id !== art.workspace_id || u.expires_at.getTime() <= clock.now().getTime())
          throw notFound(`upload ${f.uploadId.slice(0, 64)} not found`);
        if (u.state !== "stored" || !u.digest) throw new AppError("CONFLICT", `upload ${f.uploadId} is not finished`);
        set.set(path, { size: u.size, digest: u.digest });
      }
    }
    const problems = fileSetProblems(added);
    if (problems.length > 0) throw invalid(problems.join("; "));
    const all = [...set.entries()].map(([path, f]) => ({ path, ...f }));
    problems.push(...fileSetProblems(all.map((f) => f.path)));
    if (problems.length > 0) throw invalid(problems.join("; "));
    if (all.length === 0) throw invalid("a version needs at least one file");
    if (all.length > MAX_FILES_PER_VERSION) throw invalid(`a version holds at most ${MAX_FILES_PER_VERSION} files`);
    // Checked before any byte is stored (and again, under the workspace's lock, at the end).
    await checkStorageQuota(db, art.workspace_id, all);
    for (const s of staged) await storeBlob(db, store, s);
    const row = await db.transaction(async (trx) => {
      if (!(await lockArtifact(trx, art.artifact_id))) throw notFound(`${noun(kind)} not found`);
      await lockWorkspace(trx, art.workspace_id);
      await checkStorageQuota(trx, art.workspace_id, all);
      const digests = [...new Set(all.map((f) => f.digest))];
      const blobs = await shareBlobs(trx, digests);
      const gone = digests.filter((d) => blobs.get(d)?.state !== "stored");
      if (gone.length > 0)
        throw new AppError("CONFLICT", `${gone.length} file(s) were removed from storage while this version was made (${gone[0]}); upload them again`);
      if (input.parentVersionId !== undefined && !(await lockVersion(trx, input.parentVersionId)))
        throw new AppError("CONFLICT", "the parent version was deleted meanwhile");
      return insertVersion(
        trx,
        {
          artifact_id: art.artifact_id,
          number: await nextVersionNumber(trx, art.artifact_id),
          message: input.message,
          parent_version_id: input.parentVersionId ?? null,
          digest: fileSetDigest(all),
          total_bytes: all.reduce((n, f) => n + f.size, 0),
          file_count: all.length,
          source: input.source ? "run" : "upload",
          source_run_id: input.source?.runId ?? null,
          metrics: input.metrics ?? {},
          created_by: p.user.user_id,
        },
        all,
      );
    });
    return versionView(row, art);
  } finally {
    // Whatever was not stored (a refusal, a failure) leaves no staged bytes behind.
    await Promise.all(staged.map((s) => rm(s.localPath, { force: true })));
  }
}

/**
 * A run's output as a new version of the workspace's model `name` (made when missing), from
 * files whose content is in the store already (a task's output, uploaded by its agent). In the
 * caller's transaction, so that the version and what refers to it commit together; refused
 * with QUOTA_EXCEEDED, CONFLICT (content gone) or INVALID_ARGUMENT (paths) like any version.
 */
export async function createRunOutputVersion(
  trx: Tx,
  o: {
    workspaceId: string;
    name: string;
    userId: number;
    runId: string;
    message: string;
    files: { path: string; size: number; digest: string }[];
    metrics?: Record<string, unknown>;
  },
): Promise<VersionRow> {
  const problems = fileSetProblems(o.files.map((f) => f.path));
  if (problems.length > 0) throw invalid(problems.join("; "));
  if (o.files.length === 0) throw invalid("the output directory holds no file");
  if (o.files.length > MAX_FILES_PER_VERSION) throw invalid(`a version holds at most ${MAX_FILES_PER_VERSION} files`);
  let art = await artifactByName(trx, o.workspaceId, "model", o.name);
  if (!art) {
    art = await insertArtifact(trx, {
      workspace_id: o.workspaceId,
      kind: "model",
      name: o.name,
      description: "made by a task",
      framework: "",
      task: "",
      created_by: o.userId,
    });
    art ??= await artifactByName(trx, o.workspaceId, "model", o.name);
    if (!art) throw new AppError("CONFLICT", `the model ${o.name} could not be made`);
  }
  if (!(await lockArtifact(trx, art.artifact_id))) throw notFound("model not found");
  await lockWorkspace(trx, o.workspaceId);
  await checkStorageQuota(trx, o.workspaceId, o.files);
  const digests = [...new Set(o.files.map((f) => f.digest))];
  const blobs = await shareBlobs(trx, digests);
  const gone = digests.filter((d) => blobs.get(d)?.state !== "stored");
  if (gone.length > 0) throw new AppError("CONFLICT", `${gone.length} output file(s) are not in storage (${gone[0]})`);
  return insertVersion(
    trx,
    {
      artifact_id: art.artifact_id,
      number: await nextVersionNumber(trx, art.artifact_id),
      message: o.message,
      parent_version_id: null,
      digest: fileSetDigest(o.files),
      total_bytes: o.files.reduce((n, f) => n + f.size, 0),
      file_count: o.files.length,
      source: "run",
      source_run_id: o.runId,
      metrics: o.metrics ?? {},
      created_by: o.userId,
    },
    o.files,
  );
}

/** QUOTA_EXCEEDED when the workspace (or its wallet's owner) would hold more than allowed. */
async function checkStorageQuota(db: Db | Tx, workspaceId: string, files: { digest: string; size: number }[]): Promise<void> {
  const sizes = new Map(files.map((f) => [f.digest, f.size]));
  const fresh = await digestsNewToWorkspace(db, workspaceId, [...sizes.keys()]);
  await checkRoom(
    db,
    workspaceId,
    fresh.reduce((n, d) => n + (sizes.get(d) ?? 0), 0),
  );
}

/** QUOTA_EXCEEDED unless `adding` more bytes fit the workspace's quota and its wallet owner's. */
export async function checkRoom(db: Db | Tx, workspaceId: string, adding: number): Promise<void> {
  if (adding === 0) return;
  const { ws_quota, user_quota, wallet } = await storageQuotasOf(db, workspaceId);
  if (ws_quota === null && user_quota === null) return;
  if (ws_quota !== null) {
    const used = await workspaceStorageBytes(db, workspaceId);
    if (used + adding > ws_quota) throw quotaError("workspace", ws_quota, used, adding);
  }
  if (user_quota !== null) {
    let used = 0;
    for (const w of await workspacesOfWallet(db, wallet)) used += await workspaceStorageBytes(db, w);
    if (used + adding > user_quota) throw quotaError("account", user_quota, used, adding);
  }
}

function quotaError(whose: string, quota: number, used: number, adding: number): AppError {
  return new AppError(
    "QUOTA_EXCEEDED",
    `the ${whose}'s storage quota is ${quota} bytes; ${used} are used and this adds ${adding}: delete versions or ask for a larger quota`,
    undefined,
    { reason: "storage_quota", needed: adding, available: Math.max(0, quota - used) },
  );
}

export async function listVersions(db: Db, p: Principal, kind: ArtifactKind, artifactId: string, page: Page): Promise<{ items: VersionView[]; total: number }> {
  const art = await artifactFor(db, p, kind, artifactId, "read");
  const r = await versionsOf(db, art.artifact_id, { limit: page.limit, offset: (page.page - 1) * page.limit });
  return { items: r.rows.map((v) => versionView(v, art)), total: r.total };
}

export async function getVersion(db: Db, p: Principal, kind: ArtifactKind, id: string): Promise<VersionView> {
  const v = await versionFor(db, p, kind, id, "read");
  return versionView(v, v);
}

export async function deleteVersion(db: Db, p: Principal, kind: ArtifactKind, id: string): Promise<{ workspace_id: string }> {
  const v = await versionFor(db, p, kind, id, "delete");
  await db.transaction(async (trx) => {
    if (!(await lockVersion(trx, v.version_id))) throw notFound(`${noun(kind)} version not found`);
    await markVersionDeleted(trx, v.version_id, clock.now());
  });
  return { workspace_id: v.workspace_id };
}

export async function listFiles(
  db: Db,
  p: Principal,
  kind: ArtifactKind,
  versionId: string,
  page: Page,
  prefix: string | undefined,
): Promise<{ items: FileView[]; total: number }> {
  const v = await versionFor(db, p, kind, versionId, "read");
  const rows = await filesOf(db, v.version_id, { limit: page.limit, offset: (page.page - 1) * page.limit, ...(prefix ? { prefix } : {}) });
  const total = prefix ? await countFiles(db, v.version_id, prefix) : v.file_count;
  return { items: rows.map(fileView), total };
}

export interface FileDownload {
  file: FileView;
  open(range?: ByteRange): Promise<Readable>;
}

export async function fileForDownload(db: Db, store: BlobStore, p: Principal, kind: ArtifactKind, versionId: string, rawPath: string): Promise<FileDownload> {
  const v = await versionFor(db, p, kind, versionId, "read");
  const n = normalizePath(rawPath);
  const f = "path" in n ? await fileOf(db, v.version_id, n.path) : undefined;
  if (!f) throw notFound(`no file ${JSON.stringify(rawPath.slice(0, 128))} in this version`);
  return { file: fileView(f), open: (range) => store.open(f.digest, range) };
}

/** Every file of a version, for checks that read them all (quality). */
export async function versionFiles(db: Db, p: Principal, versionId: string): Promise<{ version: VersionView; files: FileView[] }> {
  const v = await versionFor(db, p, "dataset", versionId, "read");
  return { version: versionView(v, v), files: (await filesOf(db, v.version_id)).map(fileView) };
}

export async function storageUsage(db: Db, workspaceId: string): Promise<number> {
  return workspaceStorageBytes(db, workspaceId);
}

export interface StorageOverview {
  backend: "fs" | "s3";
  /** Where the bytes are (platform admins only; null for others). */
  location: string | null;
  multipart_max_bytes: number;
  upload_max_bytes: number;
  price_per_gb_day: string;
  /** The caller's workspaces: bytes of distinct content held, and the quota (null: none). */
  workspaces: { id: string; name: string; used_bytes: number; quota_bytes: number | null }[];
  workspace?: { id: string; name: string; used_bytes: number; quota_bytes: number | null };
}

/** GET /settings/storage: the backend and limits, and what the caller's workspaces hold. */
export async function storageOverview(
  db: Db,
  store: BlobStore,
  limits: { multipartMaxBytes: number; uploadMaxBytes: number; pricePerGbDayMinor: number },
  p: Principal,
  workspaceId: string | undefined,
): Promise<StorageOverview> {
  const mine = await workspacesOf(db, p.user.user_id);
  const usage = async (w: (typeof mine)[number]) => ({
    id: w.workspace_id,
    name: w.name,
    used_bytes: await workspaceStorageBytes(db, w.workspace_id),
    quota_bytes: w.storage_quota_bytes,
  });
  const out: StorageOverview = {
    backend: store.kind,
    location: p.user.platform_admin ? store.location : null,
    multipart_max_bytes: limits.multipartMaxBytes,
    upload_max_bytes: limits.uploadMaxBytes,
    price_per_gb_day: formatMoney(limits.pricePerGbDayMinor),
    workspaces: [],
  };
  if (workspaceId !== undefined) {
    const w = mine.find((x) => x.workspace_id === workspaceId);
    if (!w) throw notFound("workspace not found");
    out.workspace = await usage(w);
  }
  for (const w of mine) out.workspaces.push(await usage(w));
  return out;
}

/** Most versions of each kind one instance may have attached: a few datasets and checkpoints is what a job mounts; 8 bounds one command's fetch work. */
export const MAX_ATTACHED = 8;

/** A name usable as the last part of a mount path (/data/<name>): other characters become "_". */
export function mountName(name: string): string {
  const n = name.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 128);
  return /^[A-Za-z0-9]/.test(n) ? n : `v${n}`.slice(0, 128);
}

/**
 * The mounts of versions a user attaches to an instance: datasets at /data/<name>, models at
 * /models/<name>; each version must be one the user may read (404 otherwise: another
 * workspace's ids are unknown), and no two may mount at one path.
 */
export async function attachments(
  db: Db,
  userId: number,
  ids: { datasets: readonly string[]; models: readonly string[] },
): Promise<{ target: string; version_id: string; digest: string }[]> {
  const out: { target: string; version_id: string; digest: string }[] = [];
  for (const [kind, list, base] of [
    ["dataset", ids.datasets, "/data"],
    ["model", ids.models, "/models"],
  ] as const) {
    if (list.length > MAX_ATTACHED) throw invalid(`at most ${MAX_ATTACHED} ${kind} versions per instance`);
    for (const id of list) {
      const v = UUID_PATTERN.test(id) ? await versionById(db, id) : undefined;
      const m = v && v.kind === kind ? await membershipOf(db, v.workspace_id, userId) : undefined;
      if (!v || !m?.permissions.includes(perm(kind, "read"))) throw notFound(`${kind} version ${id.slice(0, 64)} not found`);
      const target = `${base}/${mountName(v.artifact_name)}`;
      if (out.some((o) => o.target === target)) throw invalid(`two versions would mount at ${target}: attach one version per ${kind} name`);
      out.push({ target, version_id: v.version_id, digest: v.digest });
    }
  }
  return out;
}

// Datasets and models (artifacts), their versions and files, the blobs they reference, uploads.
import type { Db, Tx } from "../../knex.js";

export interface BlobRow {
  digest: string;
  size: number;
  state: "stored" | "deleting";
  created_at: Date;
  touched_at: Date;
  marked_at: Date | null;
}

export type ArtifactKind = "dataset" | "model";

export interface ArtifactRow {
  artifact_id: string;
  workspace_id: string;
  kind: ArtifactKind;
  name: string;
  description: string;
  framework: string;
  task: string;
  created_by: number;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
}

export interface VersionRow {
  version_id: string;
  artifact_id: string;
  number: number;
  message: string;
  parent_version_id: string | null;
  digest: string;
  total_bytes: number;
  file_count: number;
  source: "upload" | "run";
  source_run_id: string | null;
  metrics: Record<string, unknown>;
  created_by: number;
  created_at: Date;
  deleted_at: Date | null;
}

export interface FileRow {
  version_id: string;
  path: string;
  size: number;
  digest: string;
}

export interface UploadRow {
  upload_id: string;
  workspace_id: string;
  user_id: number;
  size: number;
  declared_sha256: string;
  state: "receiving" | "stored" | "failed";
  digest: string | null;
  error: string | null;
  created_at: Date;
  expires_at: Date;
}

// ---- blobs

export async function lockBlob(trx: Tx, digest: string): Promise<BlobRow | undefined> {
  return trx<BlobRow>("blobs").where({ digest }).forUpdate().first();
}

export async function insertBlob(trx: Tx, digest: string, size: number): Promise<void> {
  await trx.raw("insert into blobs (digest, size) values (?, ?) on conflict (digest) do nothing", [digest, size]);
}

export async function markBlobStored(trx: Tx, digest: string): Promise<void> {
  await trx("blobs").where({ digest }).update({ state: "stored", marked_at: null, touched_at: trx.fn.now() });
}

/** Locks the blobs a new version will reference (shared: many versions may at once); returns those usable. */
export async function shareBlobs(trx: Tx, digests: string[]): Promise<Map<string, BlobRow>> {
  const out = new Map<string, BlobRow>();
  for (let i = 0; i < digests.length; i += 1000) {
    const rows = await trx<BlobRow>("blobs")
      .whereIn("digest", digests.slice(i, i + 1000))
      .orderBy("digest")
      .forShare();
    for (const r of rows) out.set(r.digest, r);
  }
  return out;
}

/**
 * Marks up to `limit` unreferenced blobs, untouched for `graceMinutes`, as 'deleting'. A blob
 * locked by a version being made (FOR SHARE) is skipped; one marked can no longer be referenced.
 */
export async function markUnreferencedBlobs(db: Db, graceMinutes: number, limit: number): Promise<string[]> {
  const r = await db.raw<{ rows: { digest: string }[] }>(
    `update blobs set state = 'deleting', marked_at = now()
     where digest in (
       select b.digest from blobs b
       where b.state = 'stored' and b.touched_at <= now() - make_interval(mins => ?)
         and not exists (select 1 from artifact_files f join artifact_versions v on v.version_id = f.version_id
                         where f.digest = b.digest and v.deleted_at is null)
         and not exists (select 1 from uploads u where u.digest = b.digest and u.state = 'stored' and u.expires_at > now())
       order by b.touched_at
       limit ?
       for update skip locked)
     returning digest`,
    [graceMinutes, limit],
  );
  return r.rows.map((x) => x.digest);
}

export async function markedBlobs(db: Db, limit: number): Promise<string[]> {
  return (await db<BlobRow>("blobs").where({ state: "deleting" }).orderBy("marked_at").limit(limit).select("digest")).map((r) => r.digest);
}

/** Locks a blob still marked 'deleting' (skipping one someone else holds). */
export async function lockMarkedBlob(trx: Tx, digest: string): Promise<boolean> {
  const row = await trx<BlobRow>("blobs").where({ digest, state: "deleting" }).forUpdate().skipLocked().first();
  return row !== undefined;
}

export async function deleteBlobRow(trx: Tx, digest: string): Promise<void> {
  await trx("blobs").where({ digest, state: "deleting" }).delete();
}

/**
 * Bytes a workspace holds: distinct content referenced by its live versions and its stored,
 * unexpired uploads, plus what its unfinished uploads declared. With `extra`, as if those
 * digests (of the given sizes) were added.
 */
export async function workspaceStorageBytes(db: Db | Tx, workspaceId: string): Promise<number> {
  const r = await db.raw<{ rows: { bytes: string | number }[] }>(
    `select coalesce((select sum(b.size) from blobs b where b.digest in (
         select f.digest from artifact_files f
           join artifact_versions v on v.version_id = f.version_id and v.deleted_at is null
           join artifacts a on a.artifact_id = v.artifact_id and a.deleted_at is null
         where a.workspace_id = ?
         union
         select u.digest from uploads u where u.workspace_id = ? and u.state = 'stored' and u.expires_at > now())), 0)
       + coalesce((select sum(u.size) from uploads u where u.workspace_id = ? and u.state = 'receiving' and u.expires_at > now()), 0) as bytes`,
    [workspaceId, workspaceId, workspaceId],
  );
  return Number(r.rows[0]!.bytes);
}

/** Of these digests, the ones the workspace does not reference yet (new bytes for its quota). */
export async function digestsNewToWorkspace(db: Db | Tx, workspaceId: string, digests: string[]): Promise<string[]> {
  if (digests.length === 0) return [];
  const r = await db.raw<{ rows: { digest: string }[] }>(
    `select d as digest from unnest(?::text[]) d
     where not exists (select 1 from artifact_files f
                         join artifact_versions v on v.version_id = f.version_id and v.deleted_at is null
                         join artifacts a on a.artifact_id = v.artifact_id and a.deleted_at is null
                       where a.workspace_id = ? and f.digest = d)
       and not exists (select 1 from uploads u where u.workspace_id = ? and u.digest = d and u.state = 'stored' and u.expires_at > now())`,
    [digests, workspaceId, workspaceId],
  );
  return r.rows.map((x) => x.digest);
}

// ---- artifacts

export async function insertArtifact(
  trx: Db | Tx,
  a: Pick<ArtifactRow, "workspace_id" | "kind" | "name" | "description" | "framework" | "task" | "created_by">,
): Promise<ArtifactRow | undefined> {
  const r = await trx.raw<{ rows: ArtifactRow[] }>(
    `insert into artifacts (workspace_id, kind, name, description, framework, task, created_by) values (?, ?, ?, ?, ?, ?, ?)
     on conflict do nothing returning *`,
    [a.workspace_id, a.kind, a.name, a.description, a.framework, a.task, a.created_by],
  );
  return r.rows[0];
}

/** A live artifact of the workspace by name (names are unique per workspace and kind, case-insensitively). */
export async function artifactByName(db: Db | Tx, workspaceId: string, kind: ArtifactKind, name: string): Promise<ArtifactRow | undefined> {
  return db<ArtifactRow>("artifacts").where({ workspace_id: workspaceId, kind }).whereRaw("lower(name) = lower(?)", [name]).whereNull("deleted_at").first();
}

export async function artifactById(db: Db | Tx, kind: ArtifactKind, id: string): Promise<ArtifactRow | undefined> {
  return db<ArtifactRow>("artifacts").where({ artifact_id: id, kind }).whereNull("deleted_at").first();
}

export async function lockArtifact(trx: Tx, id: string): Promise<ArtifactRow | undefined> {
  return trx<ArtifactRow>("artifacts").where({ artifact_id: id }).whereNull("deleted_at").forUpdate().first();
}

export async function listArtifacts(
  db: Db,
  kind: ArtifactKind,
  workspaceIds: string[],
  search: string | undefined,
  page: { limit: number; offset: number },
): Promise<{ rows: (ArtifactRow & { versions: number; latest_version_id: string | null; latest_bytes: number | null })[]; total: number }> {
  const base = db<ArtifactRow>("artifacts as a").where("a.kind", kind).whereIn("a.workspace_id", workspaceIds).whereNull("a.deleted_at");
  if (search) base.whereILike("a.name", `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const [{ n }] = (await base.clone().count({ n: "*" })) as [{ n: string }];
  const rows = await base
    .clone()
    .select(
      "a.*",
      db.raw("(select count(*)::int from artifact_versions v where v.artifact_id = a.artifact_id and v.deleted_at is null) as versions"),
      db.raw(
        "(select v.version_id from artifact_versions v where v.artifact_id = a.artifact_id and v.deleted_at is null order by v.number desc limit 1) as latest_version_id",
      ),
      db.raw(
        "(select v.total_bytes from artifact_versions v where v.artifact_id = a.artifact_id and v.deleted_at is null order by v.number desc limit 1) as latest_bytes",
      ),
    )
    .orderBy("a.created_at", "desc")
    .orderBy("a.artifact_id")
    .limit(page.limit)
    .offset(page.offset);
  return { rows, total: Number(n) };
}

export async function markArtifactDeleted(trx: Tx, id: string, at: Date): Promise<void> {
  await trx("artifacts").where({ artifact_id: id }).update({ deleted_at: at, updated_at: at });
  await trx("artifact_versions").where({ artifact_id: id }).whereNull("deleted_at").update({ deleted_at: at });
}

// ---- versions

export async function nextVersionNumber(trx: Tx, artifactId: string): Promise<number> {
  const r = await trx.raw<{ rows: { n: number }[] }>("select coalesce(max(number), 0)::int + 1 as n from artifact_versions where artifact_id = ?", [
    artifactId,
  ]);
  return r.rows[0]!.n;
}

export async function insertVersion(
  trx: Tx,
  v: Omit<VersionRow, "version_id" | "created_at" | "deleted_at">,
  files: { path: string; size: number; digest: string }[],
): Promise<VersionRow> {
  const [row] = await trx<VersionRow>("artifact_versions")
    .insert({ ...v, metrics: JSON.stringify(v.metrics) as never })
    .returning("*");
  for (let i = 0; i < files.length; i += 2000) {
    await trx("artifact_files").insert(files.slice(i, i + 2000).map((f) => ({ version_id: row!.version_id, ...f })));
  }
  return row!;
}

export async function versionById(
  db: Db | Tx,
  versionId: string,
): Promise<(VersionRow & { workspace_id: string; kind: ArtifactKind; artifact_name: string }) | undefined> {
  return db("artifact_versions as v")
    .join("artifacts as a", "a.artifact_id", "v.artifact_id")
    .where("v.version_id", versionId)
    .whereNull("v.deleted_at")
    .whereNull("a.deleted_at")
    .select("v.*", "a.workspace_id", "a.kind", "a.name as artifact_name")
    .first();
}

export async function lockVersion(trx: Tx, versionId: string): Promise<VersionRow | undefined> {
  return trx<VersionRow>("artifact_versions").where({ version_id: versionId }).whereNull("deleted_at").forUpdate().first();
}

export async function versionsOf(db: Db, artifactId: string, page: { limit: number; offset: number }): Promise<{ rows: VersionRow[]; total: number }> {
  const base = db<VersionRow>("artifact_versions").where({ artifact_id: artifactId }).whereNull("deleted_at");
  const [{ n }] = (await base.clone().count({ n: "*" })) as [{ n: string }];
  const rows = await base.clone().orderBy("number", "desc").limit(page.limit).offset(page.offset);
  return { rows, total: Number(n) };
}

export async function markVersionDeleted(trx: Tx, versionId: string, at: Date): Promise<void> {
  await trx("artifact_versions").where({ version_id: versionId }).update({ deleted_at: at });
}

export async function filesOf(db: Db | Tx, versionId: string, page?: { limit: number; offset: number; prefix?: string }): Promise<FileRow[]> {
  const q = db<FileRow>("artifact_files").where({ version_id: versionId }).orderBy("path");
  if (page?.prefix) q.where("path", "like", `${page.prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (page) q.limit(page.limit).offset(page.offset);
  return q;
}

/** How many files of the version have paths starting with `prefix`. */
export async function countFiles(db: Db | Tx, versionId: string, prefix: string): Promise<number> {
  const [{ n }] = (await db("artifact_files")
    .where({ version_id: versionId })
    .where("path", "like", `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
    .count({ n: "*" })) as [{ n: string }];
  return Number(n);
}

export async function fileOf(db: Db | Tx, versionId: string, path: string): Promise<FileRow | undefined> {
  return db<FileRow>("artifact_files").where({ version_id: versionId, path }).first();
}

// ---- uploads

export async function insertUpload(
  trx: Tx,
  u: Pick<UploadRow, "upload_id" | "workspace_id" | "user_id" | "size" | "declared_sha256" | "expires_at">,
): Promise<void> {
  await trx("uploads").insert(u);
}

export async function uploadById(db: Db | Tx, uploadId: string): Promise<UploadRow | undefined> {
  return db<UploadRow>("uploads").where({ upload_id: uploadId }).first();
}

export async function finishUpload(trx: Tx, uploadId: string, patch: Pick<UploadRow, "state" | "digest" | "error">): Promise<void> {
  await trx("uploads").where({ upload_id: uploadId }).update(patch);
}

export async function expiredUploads(db: Db, limit: number): Promise<UploadRow[]> {
  return db<UploadRow>("uploads").where("expires_at", "<=", db.fn.now()).whereNot("state", "failed").limit(limit);
}

/** The storage quotas that bound a workspace: its own and its wallet owner's (null: none). */
export async function storageQuotasOf(db: Db | Tx, workspaceId: string): Promise<{ ws_quota: number | null; user_quota: number | null; wallet: number }> {
  const r = await db.raw<{ rows: { ws_quota: number | null; user_quota: number | null; wallet: number }[] }>(
    `select w.storage_quota_bytes as ws_quota, u.storage_quota_bytes as user_quota, w.wallet_user_id as wallet
     from workspaces w join users u on u.user_id = w.wallet_user_id where w.workspace_id = ?`,
    [workspaceId],
  );
  return r.rows[0]!;
}

/** The live workspaces a user's wallet pays for (the personal one included). */
export async function workspacesOfWallet(db: Db | Tx, userId: number): Promise<string[]> {
  return (await db("workspaces").where({ wallet_user_id: userId }).whereNull("deleted_at").select("workspace_id")).map((r) => r.workspace_id as string);
}

/** Live workspaces holding any content or upload (candidates for the daily storage charge). */
export async function workspacesWithStorage(db: Db): Promise<{ workspace_id: string; name: string; wallet_user_id: number }[]> {
  const r = await db.raw<{ rows: { workspace_id: string; name: string; wallet_user_id: number }[] }>(
    `select w.workspace_id, w.name, w.wallet_user_id from workspaces w
     where w.deleted_at is null
       and (exists (select 1 from artifacts a join artifact_versions v on v.artifact_id = a.artifact_id and v.deleted_at is null
                    where a.workspace_id = w.workspace_id and a.deleted_at is null)
            or exists (select 1 from uploads u where u.workspace_id = w.workspace_id and u.state <> 'failed' and u.expires_at > now()))
     order by w.workspace_id`,
  );
  return r.rows;
}

// ---- quality reports

export interface QualityReportRow {
  version_id: string;
  state: "running" | "done" | "failed";
  report: unknown;
  error: string | null;
  requested_by: number;
  started_at: Date;
  finished_at: Date | null;
}

export async function qualityReportOf(db: Db | Tx, versionId: string): Promise<QualityReportRow | undefined> {
  return db<QualityReportRow>("quality_reports").where({ version_id: versionId }).first();
}

/**
 * Claims the version's check: a new row, or a failed or stale running one (its process died)
 * taken over. False when it is done or running elsewhere.
 */
export async function claimQualityCheck(db: Db, versionId: string, userId: number, staleMinutes: number): Promise<boolean> {
  const r = await db.raw<{ rows: unknown[] }>(
    `insert into quality_reports (version_id, state, requested_by) values (?, 'running', ?)
     on conflict (version_id) do update set state = 'running', requested_by = excluded.requested_by, started_at = now(), finished_at = null, error = null
       where quality_reports.state = 'failed'
          or (quality_reports.state = 'running' and quality_reports.started_at < now() - make_interval(mins => ?))
     returning version_id`,
    [versionId, userId, staleMinutes],
  );
  return r.rows.length === 1;
}

export async function finishQualityCheck(db: Db, versionId: string, outcome: { report: unknown } | { error: string }): Promise<void> {
  await db("quality_reports")
    .where({ version_id: versionId, state: "running" })
    .update(
      "report" in outcome
        ? { state: "done", report: JSON.stringify(outcome.report), finished_at: db.fn.now() }
        : { state: "failed", error: outcome.error.slice(0, 1000), finished_at: db.fn.now() },
    );
}

// ---- delivery to hosts

/** Whether a live instance on the host has the version attached (its spec's artifacts). */
export async function versionAttachedToHost(db: Db, hostId: string, versionId: string): Promise<boolean> {
  const r = await db.raw<{ rows: unknown[] }>(
    `select 1 from instances i cross join jsonb_array_elements(coalesce(i.spec->'artifacts', '[]'::jsonb)) a
     where i.host_id = ? and i.state <> 'Destroyed' and a->>'version_id' = ? limit 1`,
    [hostId, versionId],
  );
  return r.rows.length > 0;
}

/** The blob, when a version attached to a live instance on the host holds it. */
export async function blobForHost(db: Db, hostId: string, digest: string): Promise<BlobRow | undefined> {
  const r = await db.raw<{ rows: BlobRow[] }>(
    `select b.* from blobs b where b.digest = ? and b.state = 'stored' and exists (
       select 1 from instances i cross join jsonb_array_elements(coalesce(i.spec->'artifacts', '[]'::jsonb)) a
         join artifact_files f on f.version_id::text = a->>'version_id'
       where i.host_id = ? and i.state <> 'Destroyed' and f.digest = b.digest)`,
    [digest, hostId],
  );
  return r.rows[0];
}

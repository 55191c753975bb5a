// Quality checks of dataset versions (docs/quality-report.md): a full check runs in the
// background once per version (immutable, so its report never changes) and is kept; a quick
// check reads the first rows of each file and answers at once. The files are streamed from the
// blob store, one at a time.
import { claimQualityCheck, finishQualityCheck, qualityReportOf, type QualityReportRow } from "../../db/queries/platform/artifacts.js";
import type { Db } from "../../db/knex.js";
import { notFound } from "../../errors.js";
import type { BlobStore } from "../storage/blob-store.js";
import { checkQuality, type QualityReport } from "../storage/quality.js";
import { type FileView, versionFiles } from "./artifacts.js";
import type { Principal } from "./sessions.js";

/** A check whose process died is taken over after this long. */
const STALE_MINUTES = 60;

export interface QualityCheckView {
  version_id: string;
  state: "running" | "done" | "failed";
  report: QualityReport | null;
  error: string | null;
  started_at: string;
  finished_at: string | null;
}

const view = (r: QualityReportRow): QualityCheckView => ({
  version_id: r.version_id,
  state: r.state,
  report: (r.report as QualityReport | null) ?? null,
  error: r.error,
  started_at: r.started_at.toISOString(),
  finished_at: r.finished_at?.toISOString() ?? null,
});

const inputs = (store: BlobStore, files: FileView[]) => files.map((f) => ({ path: f.path, size: f.size, open: () => store.open(f.sha256) }));

/**
 * Starts the full check of a version (unless it is done or running) and answers its state.
 * `onError` hears of a check that failed in the background.
 */
export async function requestQualityCheck(
  db: Db,
  store: BlobStore,
  p: Principal,
  versionId: string,
  onError: (err: unknown) => void,
): Promise<QualityCheckView> {
  const { version, files } = await versionFiles(db, p, versionId);
  if (await claimQualityCheck(db, version.id, p.user.user_id, STALE_MINUTES)) {
    void checkQuality(inputs(store, files), { mode: "full" })
      .then((report) => finishQualityCheck(db, version.id, { report }))
      .catch(async (err: unknown) => {
        onError(err);
        await finishQualityCheck(db, version.id, { error: (err as Error).message ?? String(err) }).catch(onError);
      });
  }
  return view((await qualityReportOf(db, version.id))!);
}

export async function qualityCheckOf(db: Db, p: Principal, versionId: string): Promise<QualityCheckView> {
  const { version } = await versionFiles(db, p, versionId);
  const row = await qualityReportOf(db, version.id);
  if (!row) throw notFound("no quality check was requested for this version (POST /datasets/quality/check)");
  return view(row);
}

export async function quickQualityCheck(db: Db, store: BlobStore, p: Principal, versionId: string): Promise<QualityReport> {
  const { files } = await versionFiles(db, p, versionId);
  return checkQuality(inputs(store, files), { mode: "quick" });
}

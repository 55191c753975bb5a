// The tracker's view of datasets and models (issue 12's artifacts, by name and version number)
// and their lineage through runs (docs/decisions/0032-tracking.md).
//
// Names can repeat across workspaces (and a dataset and a model can share one): `?workspace_id=`
// picks the workspace; without it the caller's workspaces are searched in their usual order
// (the personal one first, then by creation) and the first one holding the name wins. Inside a
// workspace `?type=` picks the kind; without it a model is found before a dataset.
import type { Db } from "../../db/knex.js";
import { workspacesOf } from "../../db/queries/platform/workspaces.js";
import {
  artifactsIn,
  artifactsNamed,
  edgesOfRuns,
  edgesOfVersions,
  runsByIds,
  type TrackedArtifactRow,
  type TrackedVersionRow,
  versionByNumber,
  versionFiles,
  versionsByIds,
  versionsOfArtifact,
} from "../../db/queries/tracking/runs.js";
import { notFound } from "../../errors.js";
import { authorize } from "../platform/authz.js";
import { requireUser, type TrackingCaller } from "./api.js";

export type ArtifactType = "dataset" | "model";

const unix = (d: Date): number => d.getTime() / 1000;
const readPerm = (k: ArtifactType) => (k === "model" ? "models:read" : "datasets:read");

/** The caller's workspaces (in order) with the kinds they may read in each. */
async function readable(db: Db, c: TrackingCaller, workspaceId: string | undefined): Promise<{ workspace_id: string; kinds: ArtifactType[]; runs: boolean }[]> {
  const p = requireUser(c);
  if (workspaceId !== undefined) {
    const m = await authorize(db, p, workspaceId, "workspace:read");
    return [{ workspace_id: m.workspace_id, kinds: kindsOf(m.permissions), runs: m.permissions.includes("projects:read") }];
  }
  return (await workspacesOf(db, p.user.user_id)).map((w) => ({
    workspace_id: w.workspace_id,
    kinds: kindsOf(w.permissions),
    runs: w.permissions.includes("projects:read"),
  }));
}

const kindsOf = (perms: string[]): ArtifactType[] => (["model", "dataset"] as const).filter((k) => perms.includes(readPerm(k)));

function artifactView(a: TrackedArtifactRow) {
  return {
    name: a.name,
    type: a.kind,
    id: a.artifact_id,
    workspace_id: a.workspace_id,
    description: a.description,
    num_versions: a.versions,
    latest_version: a.latest_version,
    size_bytes: a.latest_bytes === null ? 0 : Number(a.latest_bytes),
    created_at: unix(a.created_at),
    updated_at: unix(a.updated_at),
  };
}

function versionView(v: TrackedVersionRow) {
  return {
    name: v.artifact_name,
    type: v.kind,
    version: v.number,
    alias: `v${v.number}`,
    id: v.version_id,
    artifact_id: v.artifact_id,
    workspace_id: v.workspace_id,
    message: v.message,
    parent_version_id: v.parent_version_id,
    digest: v.digest,
    size_bytes: Number(v.total_bytes),
    num_files: v.file_count,
    source: v.source,
    source_run_id: v.source_run_id,
    metrics: v.metrics,
    created_by: v.created_by,
    created_at: unix(v.created_at),
  };
}

/** At most this many artifacts are listed (newest first). */
export const MAX_LISTED_ARTIFACTS = 1000;

export async function listTrackedArtifacts(db: Db, c: TrackingCaller, type: ArtifactType | undefined, workspaceId: string | undefined) {
  const out: ReturnType<typeof artifactView>[] = [];
  for (const w of await readable(db, c, workspaceId)) {
    const kinds = w.kinds.filter((k) => type === undefined || k === type);
    if (kinds.length === 0) continue;
    out.push(...(await artifactsIn(db, [w.workspace_id], kinds, MAX_LISTED_ARTIFACTS)).map(artifactView));
    if (out.length >= MAX_LISTED_ARTIFACTS) break;
  }
  return out.slice(0, MAX_LISTED_ARTIFACTS);
}

/** The artifact a name means for this caller (the rule above). */
async function artifactNamed(
  db: Db,
  c: TrackingCaller,
  name: string,
  type: ArtifactType | undefined,
  workspaceId: string | undefined,
): Promise<TrackedArtifactRow> {
  for (const w of await readable(db, c, workspaceId)) {
    const kinds = w.kinds.filter((k) => type === undefined || k === type);
    if (kinds.length === 0) continue;
    const found = await artifactsNamed(db, [w.workspace_id], kinds, name);
    const pick = found.find((a) => a.kind === "model") ?? found[0];
    if (pick) return pick;
  }
  throw notFound("artifact not found");
}

export async function trackedVersions(db: Db, c: TrackingCaller, name: string, type: ArtifactType | undefined, workspaceId: string | undefined) {
  const a = await artifactNamed(db, c, name, type, workspaceId);
  return (await versionsOfArtifact(db, a.artifact_id, 1000)).map(versionView);
}

async function versionNamed(db: Db, c: TrackingCaller, name: string, number: number, type: ArtifactType | undefined, workspaceId: string | undefined) {
  const a = await artifactNamed(db, c, name, type, workspaceId);
  const v = await versionByNumber(db, a.artifact_id, number);
  if (!v) throw notFound("artifact version not found");
  return v;
}

/** A version with its files (the first 1,000 by path) and the runs that made and used it. */
export async function trackedVersion(db: Db, c: TrackingCaller, name: string, number: number, type: ArtifactType | undefined, workspaceId: string | undefined) {
  const v = await versionNamed(db, c, name, number, type, workspaceId);
  const edges = await edgesOfVersions(db, [v.version_id]);
  const files = await versionFiles(db, v.version_id, 1000);
  return {
    ...versionView(v),
    files: files.map((f) => ({ path: f.path, size: Number(f.size), sha256: f.digest })),
    produced_by: edges.filter((e) => e.role === "output").map((e) => e.run_id),
    used_by: edges.filter((e) => e.role === "input").map((e) => e.run_id),
  };
}

export const DEFAULT_LINEAGE_DEPTH = 3;
export const MAX_LINEAGE_DEPTH = 10;
/** A graph stops growing at this many nodes (`truncated`). */
export const MAX_LINEAGE_NODES = 500;

interface Node {
  id: string;
  type: "run" | "artifact";
  [k: string]: unknown;
}

interface Edge {
  source: string;
  target: string;
  type: "input" | "output";
}

const runNode = (id: string) => `run:${id}`;
const versionNode = (id: string) => `version:${id}`;

/**
 * The lineage graph around a version, `depth` edges both ways: upstream (the runs that produced
 * it, their inputs, the runs that produced those, …) and downstream (the runs that used it,
 * their outputs, …). Edges point the way data flows: version → run (input), run → version
 * (output). Runs and versions of workspaces the caller cannot read are left out.
 */
export async function lineage(
  db: Db,
  c: TrackingCaller,
  name: string,
  number: number,
  type: ArtifactType | undefined,
  workspaceId: string | undefined,
  depth: number,
) {
  const start = await versionNamed(db, c, name, number, type, workspaceId);
  const ws = await readable(db, c, undefined);
  const runWorkspaces = new Set(ws.filter((w) => w.runs).map((w) => w.workspace_id));
  const versionOk = (v: TrackedVersionRow) => ws.some((w) => w.workspace_id === v.workspace_id && w.kinds.includes(v.kind));

  const nodes = new Map<string, Node>();
  const edges = new Map<string, Edge>();
  let truncated = false;
  const addVersion = (v: TrackedVersionRow) => {
    const id = versionNode(v.version_id);
    if (!nodes.has(id))
      nodes.set(id, {
        id,
        type: "artifact",
        name: v.artifact_name,
        artifact_type: v.kind,
        version: v.number,
        version_id: v.version_id,
        workspace_id: v.workspace_id,
        created_at: unix(v.created_at),
      });
  };
  addVersion(start);

  // Two walks from the start: against the flow (producers) and with it (consumers).
  for (const direction of ["up", "down"] as const) {
    let versions = [start.version_id];
    for (let hop = 0; hop < depth && versions.length > 0; hop += 2) {
      // versions → runs: producers (output edges) upstream, consumers (input edges) downstream
      const vEdges = (await edgesOfVersions(db, versions)).filter((e) => e.role === (direction === "up" ? "output" : "input"));
      const runs = (await runsByIds(db, [...new Set(vEdges.map((e) => e.run_id))])).filter((r) => runWorkspaces.has(r.workspace_id));
      const runIds = new Set(runs.map((r) => r.run_id));
      for (const r of runs) {
        if (nodes.size >= MAX_LINEAGE_NODES && !nodes.has(runNode(r.run_id))) {
          truncated = true;
          runIds.delete(r.run_id);
          continue;
        }
        nodes.set(runNode(r.run_id), {
          id: runNode(r.run_id),
          type: "run",
          run_id: r.run_id,
          name: r.name,
          status: r.status,
          project: r.project_name ?? "default",
          created_time: unix(r.created_at),
          deleted: r.deleted_at !== null,
        });
      }
      for (const e of vEdges) {
        if (!runIds.has(e.run_id)) continue;
        const edge: Edge =
          e.role === "output"
            ? { source: runNode(e.run_id), target: versionNode(e.version_id), type: "output" }
            : { source: versionNode(e.version_id), target: runNode(e.run_id), type: "input" };
        edges.set(`${edge.source}>${edge.target}`, edge);
      }
      if (hop + 1 >= depth || runIds.size === 0) break;
      // runs → versions: their inputs upstream, their outputs downstream
      const rEdges = (await edgesOfRuns(db, [...runIds])).filter((e) => e.role === (direction === "up" ? "input" : "output"));
      const vs = (await versionsByIds(db, [...new Set(rEdges.map((e) => e.version_id))])).filter(versionOk);
      const next: string[] = [];
      const kept = new Set<string>();
      for (const v of vs) {
        const id = versionNode(v.version_id);
        if (!nodes.has(id)) {
          if (nodes.size >= MAX_LINEAGE_NODES) {
            truncated = true;
            continue;
          }
          next.push(v.version_id);
        }
        addVersion(v);
        kept.add(v.version_id);
      }
      for (const e of rEdges) {
        if (!kept.has(e.version_id)) continue;
        const edge: Edge =
          e.role === "output"
            ? { source: runNode(e.run_id), target: versionNode(e.version_id), type: "output" }
            : { source: versionNode(e.version_id), target: runNode(e.run_id), type: "input" };
        edges.set(`${edge.source}>${edge.target}`, edge);
      }
      versions = next;
    }
  }
  return { root: versionNode(start.version_id), depth, nodes: [...nodes.values()], edges: [...edges.values()], ...(truncated ? { truncated: true } : {}) };
}

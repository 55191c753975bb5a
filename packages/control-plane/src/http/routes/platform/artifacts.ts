// /datasets (the AI Platform document's routes) and /models: one set of handlers for both kinds
// of artifact. A version is made from a multipart upload (files in the request) or from JSON
// naming finished resumable uploads (/uploads), optionally on top of a parent version.
import { rm } from "node:fs/promises";
import type { Router } from "@koa/router";
import type { Context } from "koa";
import type { ArtifactKind } from "../../../db/queries/platform/artifacts.js";
import { invalid } from "../../../errors.js";
import {
  createArtifact,
  createVersion,
  deleteArtifact,
  deleteVersion,
  fileForDownload,
  getArtifact,
  getVersion,
  listArtifacts,
  listFiles,
  listVersions,
  type NewFile,
  type NewVersion,
} from "../../../services/platform/artifacts.js";
import { qualityCheckOf, quickQualityCheck, requestQualityCheck } from "../../../services/platform/quality.js";
import { stagingDir } from "../../../services/storage/blobs.js";
import { readJsonObject } from "../../body.js";
import { checked, type Fields } from "../../fields.js";
import { isMultipart, readMultipart } from "../../multipart.js";
import { auditHint, oneQueryValue, pageOf, type PlatformDeps, principal } from "../../platform/context.js";
import { ok, okList } from "../../platform/envelope.js";
import { createdOnce } from "../../platform/once.js";
import { sendFile } from "../../download.js";

const MAX_MESSAGE = 4096;

/** A JSON list of strings (remove) from a JSON body or a multipart text field. */
function stringList(f: Fields, field: string, max: number): string[] | undefined {
  return f.read(field, () => {
    let v = f.src[field];
    if (v === undefined) return undefined;
    if (typeof v === "string") {
      try {
        v = JSON.parse(v);
      } catch {
        throw invalid(`${field} must be a JSON list of paths`);
      }
    }
    if (!Array.isArray(v) || v.length > max || v.some((x) => typeof x !== "string")) throw invalid(`${field} must be a list of at most ${max} paths`);
    return v as string[];
  });
}

/** JSON files: [{path, upload_id}]. */
function uploadedFiles(f: Fields): NewFile[] {
  return f.read("files", () => {
    const v = f.src["files"];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.length > 100_000) throw invalid("files must be a list of {path, upload_id}");
    return v.map((x, i) => {
      if (typeof x !== "object" || x === null || typeof x.path !== "string" || typeof x.upload_id !== "string" || x.upload_id.length > 64)
        throw invalid(`files[${i}] must be {"path": "…", "upload_id": "…"}`);
      return { path: x.path as string, uploadId: x.upload_id as string };
    });
  });
}

function metricsOf(f: Fields): Record<string, unknown> | undefined {
  return f.read("metrics", () => {
    let v = f.src["metrics"];
    if (v === undefined) return undefined;
    if (typeof v === "string") {
      try {
        v = JSON.parse(v);
      } catch {
        throw invalid("metrics must be a JSON object of numbers");
      }
    }
    if (typeof v !== "object" || v === null || Array.isArray(v)) throw invalid("metrics must be an object of name → number");
    const entries = Object.entries(v);
    if (entries.length > 100 || entries.some(([k, n]) => k.length > 64 || typeof n !== "number" || !Number.isFinite(n)))
      throw invalid("metrics must map at most 100 names (64 characters) to finite numbers");
    return v as Record<string, unknown>;
  });
}

/**
 * The new version from the request: multipart (fields + files) or JSON. `artifactField` names
 * the artifact in the body (datasets: dataset_id); models give it in the path instead.
 */
async function newVersionOf(
  ctx: Context,
  deps: PlatformDeps,
  kind: ArtifactKind,
  artifactId: string | undefined,
): Promise<{ input: NewVersion; fingerprint: Record<string, unknown> }> {
  const artifactField = `${kind}_id`;
  const read = (src: Record<string, unknown>, files: NewFile[]): NewVersion => {
    const v = checked(src, (f) => ({
      artifactId: artifactId ?? f.requiredString(artifactField, 64),
      message: f.optionalString("message", MAX_MESSAGE) ?? "",
      parentVersionId: f.optionalString("parent_version_id", 64),
      remove: stringList(f, "remove", 100_000),
      metrics: kind === "model" ? metricsOf(f) : undefined,
      uploaded: uploadedFiles(f),
    }));
    const { uploaded, ...rest } = v;
    return { ...rest, files: [...files, ...uploaded] };
  };
  if (isMultipart(ctx)) {
    const body = await readMultipart(ctx, stagingDir(deps.config.dataDir), deps.config.storage.multipartMaxBytes);
    const files = body.files.map((x) => ({ path: x.path, staged: x.staged }));
    try {
      for (const x of body.files) if (x.field !== "files") throw invalid(`file parts go in the field "files", not ${JSON.stringify(x.field.slice(0, 64))}`);
      const input = read(body.fields, files);
      return { input, fingerprint: { ...body.fields, files: body.files.map((x) => [x.path, x.staged.digest]) } };
    } catch (err) {
      await Promise.all(files.map((x) => rm(x.staged.localPath, { force: true })));
      throw err;
    }
  }
  const body = await readJsonObject(ctx);
  return { input: read(body, []), fingerprint: body };
}

/** The routes of one kind: `base` is /datasets or /models. */
function artifactRoutes(router: Router, deps: PlatformDeps, kind: ArtifactKind): void {
  const { db, store } = deps;
  const base = `/${kind}s`;

  router.get(base, async (ctx) => {
    const page = pageOf(ctx.query);
    const filter = { workspaceId: oneQueryValue(ctx.query["workspace_id"], "workspace_id", 64), search: oneQueryValue(ctx.query["search"], "search", 64) };
    okList(ctx, await listArtifacts(db, principal(ctx), kind, filter, page), page);
  });

  router.post(base, async (ctx) => {
    const body = await readJsonObject(ctx);
    const a = checked(body, (f) => ({
      name: f.requiredString("name", 128),
      description: f.optionalString("description", 4096) ?? "",
      workspaceId: f.optionalString("workspace_id", 64),
      ...(kind === "model" ? { framework: f.optionalString("framework", 64), task: f.optionalString("task", 64) } : {}),
    }));
    if (a.name.trim() === "") throw invalid("name must not be empty");
    await createdOnce(ctx, db, body, async () => {
      const made = await createArtifact(db, principal(ctx), kind, a);
      auditHint(ctx, { workspaceId: made.workspace_id, target: `${kind}=${made.id}` });
      return made;
    });
  });

  const makeVersion = async (ctx: Context, artifactId: string | undefined) => {
    const { input, fingerprint } = await newVersionOf(ctx, deps, kind, artifactId);
    await createdOnce(ctx, db, fingerprint, async () => {
      const v = await createVersion(db, store, principal(ctx), kind, input);
      auditHint(ctx, { workspaceId: v.workspace_id, target: `${kind}=${v.artifact_id} version=${v.id}` });
      return v;
    });
  };

  // Versions before /:id, so that "versions" is not taken for an id.
  if (kind === "dataset") {
    router.post(`${base}/quality/check`, async (ctx) => {
      const body = await readJsonObject(ctx);
      const { versionId } = checked(body, (f) => ({ versionId: f.requiredString("version_id", 64) }));
      const r = await requestQualityCheck(db, store, principal(ctx), versionId, (err) => deps.log.error({ err, versionId }, "quality check failed"));
      ok(ctx, r, r.state === "running" ? 202 : 200);
    });
    router.get(`${base}/quality/quick`, async (ctx) => {
      const id = oneQueryValue(ctx.query["version_id"], "version_id", 64);
      if (!id) throw invalid("version_id is required");
      ok(ctx, await quickQualityCheck(db, store, principal(ctx), id));
    });
    router.get(`${base}/versions/:vid/quality`, async (ctx) => {
      ok(ctx, await qualityCheckOf(db, principal(ctx), ctx.params["vid"]!));
    });
    router.get(`${base}/versions`, async (ctx) => {
      const page = pageOf(ctx.query);
      const id = oneQueryValue(ctx.query["dataset_id"], "dataset_id", 64);
      if (!id) throw invalid("dataset_id is required");
      okList(ctx, await listVersions(db, principal(ctx), kind, id, page), page);
    });
    router.post(`${base}/versions`, (ctx) => makeVersion(ctx, undefined));
  }

  router.get(`${base}/versions/:vid`, async (ctx) => {
    ok(ctx, await getVersion(db, principal(ctx), kind, ctx.params["vid"]!));
  });

  router.delete(`${base}/versions/:vid`, async (ctx) => {
    const r = await deleteVersion(db, principal(ctx), kind, ctx.params["vid"]!);
    auditHint(ctx, { workspaceId: r.workspace_id });
    ok(ctx, { deleted: true });
  });

  router.get(`${base}/versions/:vid/files`, async (ctx) => {
    const page = pageOf(ctx.query);
    const prefix = oneQueryValue(ctx.query["prefix"], "prefix", 1024);
    okList(ctx, await listFiles(db, principal(ctx), kind, ctx.params["vid"]!, page, prefix), page);
  });

  router.get(`${base}/versions/:vid/files/*path`, async (ctx) => {
    const d = await fileForDownload(db, store, principal(ctx), kind, ctx.params["vid"]!, String(ctx.params["path"] ?? ""));
    await sendFile(ctx, d);
  });

  router.get(`${base}/:id`, async (ctx) => {
    ok(ctx, await getArtifact(db, principal(ctx), kind, ctx.params["id"]!));
  });

  router.delete(`${base}/:id`, async (ctx) => {
    const r = await deleteArtifact(db, principal(ctx), kind, ctx.params["id"]!);
    auditHint(ctx, { workspaceId: r.workspace_id });
    ok(ctx, { deleted: true });
  });

  if (kind === "model") {
    router.get(`${base}/:id/versions`, async (ctx) => {
      const page = pageOf(ctx.query);
      okList(ctx, await listVersions(db, principal(ctx), kind, ctx.params["id"]!, page), page);
    });
    router.post(`${base}/:id/versions`, (ctx) => makeVersion(ctx, ctx.params["id"]!));
  }
}

export function platformArtifactRoutes(router: Router, deps: PlatformDeps): void {
  artifactRoutes(router, deps, "dataset");
  artifactRoutes(router, deps, "model");
}

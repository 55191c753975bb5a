// Resumable uploads over the tus protocol (@tus/server with its file store under
// DATA_DIR/uploads), at /api/v1/uploads (and /v1/uploads). The platform's authentication runs
// first (a live access token); the tus hooks ask the storage service who may upload where, and
// check the content against its declared SHA-256 on the last byte.
//   POST   /uploads         Upload-Length, Upload-Metadata: sha256 <hex>, workspace_id <uuid>?, filename?
//   HEAD   /uploads/{id}    Upload-Offset: where to continue after an interruption
//   PATCH  /uploads/{id}    the next bytes (Content-Type: application/offset+octet-stream)
//   DELETE /uploads/{id}    cancels
//   GET    /uploads/{id}    (not tus) the upload's state as JSON: receiving, stored, failed
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import type { Router } from "@koa/router";
import { FileStore } from "@tus/file-store";
import { Server } from "@tus/server";
import type { Context } from "koa";
import { toAppError } from "../errors.js";
import type { Principal } from "../services/platform/sessions.js";
import { beginUpload, cancelUpload, completeUpload, getUpload, uploadFor, uploadsDir } from "../services/storage/uploads.js";
import type { PlatformDeps } from "./platform/context.js";
import { principal } from "./platform/context.js";
import { ok } from "./platform/envelope.js";
import { platformErrorAnswer } from "./platform/envelope.js";

/** A request's caller, handed to the tus hooks through a header only this process sets. */
const CALLER_HEADER = "x-remotegpu-upload-call";

export class Uploads {
  private readonly calls = new Map<string, Principal>();
  private server: Server | undefined;

  constructor(private readonly deps: PlatformDeps) {}

  /** Made on first use (the file store creates its directory). */
  private get tus(): Server {
    this.server ??= this.makeServer();
    return this.server;
  }

  private makeServer(): Server {
    const { db, config } = this.deps;
    const deps = this.deps;
    const store = new FileStore({ directory: uploadsDir(config.dataDir), expirationPeriodInMilliseconds: config.storage.uploadTtlHours * 3600_000 });
    const server = new Server({
      path: "/api/v1/uploads",
      datastore: store,
      maxSize: config.storage.uploadMaxBytes,
      respectForwardedHeaders: false,
      relativeLocation: true,
      disableTerminationForFinishedUploads: true,
      namingFunction: async (req, metadata) => {
        return beginUpload(
          db,
          this.caller(req),
          {
            workspaceId: metadata?.["workspace_id"] ?? undefined,
            sha256: metadata?.["sha256"] ?? undefined,
            size: headerInt(req.headers.get("upload-length")),
          },
          { maxBytes: config.storage.uploadMaxBytes, ttlHours: config.storage.uploadTtlHours },
        ).catch(tusError);
      },
      onUploadFinish: async (_req, upload) => {
        await completeUpload(db, deps.store, upload.id, join(uploadsDir(config.dataDir), upload.id)).catch(tusError);
        await store.configstore.delete(upload.id);
        return {};
      },
    });
    server.on("POST_TERMINATE", (_req: unknown, _res: unknown, id: string) => {
      void cancelUpload(db, id).catch(() => undefined);
    });
    return server;
  }

  private caller(req: Request): Principal {
    const p = this.calls.get(req.headers.get(CALLER_HEADER) ?? "");
    if (!p) throw { status_code: 401, body: JSON.stringify({ success: false, error: "not authenticated", code: "UNAUTHORIZED" }) };
    return p;
  }

  /** Hands the request to tus with its caller. */
  async handle(ctx: Context): Promise<void> {
    const nonce = randomBytes(16).toString("hex");
    // tus reads the raw headers: a client's own header of this name is dropped, ours added.
    const raw = ctx.req.rawHeaders;
    for (let i = raw.length - 2; i >= 0; i -= 2) if (raw[i]!.toLowerCase() === CALLER_HEADER) raw.splice(i, 2);
    raw.push(CALLER_HEADER, nonce);
    ctx.req.headers[CALLER_HEADER] = nonce;
    this.calls.set(nonce, principal(ctx));
    // One URL space for tus: /v1/uploads… is /api/v1/uploads….
    if (ctx.req.url?.startsWith("/v1/")) ctx.req.url = `/api${ctx.req.url}`;
    ctx.respond = false;
    try {
      await this.tus.handle(ctx.req, ctx.res);
    } finally {
      this.calls.delete(nonce);
    }
  }
}

const headerInt = (v: string | null): number | undefined => (v !== null && /^\d{1,16}$/.test(v) ? Number(v) : undefined);

/** Our errors as tus hooks throw them: the platform's status and body. */
function tusError(err: unknown): never {
  const a = platformErrorAnswer(toAppError(err));
  throw { status_code: a.status, body: JSON.stringify(a.body) };
}

export function uploadRoutes(router: Router, deps: PlatformDeps, uploads: Uploads): void {
  router.post("/uploads", (ctx) => uploads.handle(ctx));
  // Who may touch an upload is checked here, once per request and before tus sees it, so that
  // refusals have the platform's shape (tus itself is reached only through these routes).
  const ofCaller = async (ctx: Context) => {
    await uploadFor(deps.db, principal(ctx), ctx.params["id"]!, "write");
    await uploads.handle(ctx);
  };
  router.head("/uploads/:id", ofCaller);
  router.patch("/uploads/:id", ofCaller);
  router.delete("/uploads/:id", ofCaller);
  router.get("/uploads/:id", async (ctx) => {
    ok(ctx, await getUpload(deps.db, principal(ctx), ctx.params["id"]!));
  });
}

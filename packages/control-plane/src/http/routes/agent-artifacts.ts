// What agents fetch over HTTP for the dataset and model versions attached to their instances:
//   GET /agent/v1/artifacts/{version_id}/manifest   {version_id, digest, files: [{path, size, sha256}]}
//   GET /agent/v1/blobs/{sha256}                    the bytes (Range honoured, ETag the digest)
// Authenticated with the host credential: X-Remotegpu-Host-Id and Authorization: Bearer <secret>.
// Failed credentials count against the client address like every other token.
import type { Router } from "@koa/router";
import type { Context } from "koa";
import type { Db } from "../../db/knex.js";
import { AppError } from "../../errors.js";
import type { BlobStore } from "../../services/storage/blob-store.js";
import { blobDownloadForHost, hostOfCredential, manifestForHost } from "../../services/storage/delivery.js";
import { sendFile } from "../download.js";
import type { AuthFailureLimiter } from "../middleware/auth-failures.js";
import { clientGroup } from "../middleware/client-address.js";

/** The host a request's credential names (X-Remotegpu-Host-Id and Authorization: Bearer <secret>). */
export function agentHost(db: Db, failures: AuthFailureLimiter): (ctx: Context) => Promise<string> {
  return async (ctx) => {
    const address = clientGroup(ctx);
    failures.check(ctx, address);
    const secret = /^Bearer (.+)$/.exec(ctx.get("authorization"))?.[1] ?? "";
    try {
      return await hostOfCredential(db, ctx.get("x-remotegpu-host-id"), secret);
    } catch (err) {
      if (err instanceof AppError && err.code === "UNAUTHORIZED") failures.failed(address);
      throw err;
    }
  };
}

export function agentArtifactRoutes(router: Router, db: Db, store: BlobStore, failures: AuthFailureLimiter): void {
  const host = agentHost(db, failures);

  router.get("/agent/v1/artifacts/:vid/manifest", async (ctx) => {
    ctx.body = await manifestForHost(db, await host(ctx), ctx.params["vid"]!);
  });

  router.get("/agent/v1/blobs/:digest", async (ctx) => {
    await sendFile(ctx, await blobDownloadForHost(db, store, await host(ctx), ctx.params["digest"]!));
  });
}

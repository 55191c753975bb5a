// What agents upload for tasks (decision 0031):
//   PUT /agent/v1/tasks/{instance_id}/output/{sha256}   one output file: 201 stored, 200 already
//                                                        there, 422 the bytes are not that digest
// Authenticated with the host credential, as the artifact routes are.
import type { Router } from "@koa/router";
import type { Db } from "../../db/knex.js";
import type { BlobStore } from "../../services/storage/blob-store.js";
import { stagingDir } from "../../services/storage/blobs.js";
import { storeTaskOutputFile } from "../../services/storage/task-output.js";
import type { AuthFailureLimiter } from "../middleware/auth-failures.js";
import { agentHost } from "./agent-artifacts.js";

export function agentTaskRoutes(router: Router, db: Db, store: BlobStore, failures: AuthFailureLimiter, opts: { dataDir: string; maxBytes: number }): void {
  const host = agentHost(db, failures);
  router.put("/agent/v1/tasks/:iid/output/:digest", async (ctx) => {
    const hostId = await host(ctx);
    const length = ctx.get("content-length");
    const r = await storeTaskOutputFile(db, store, stagingDir(opts.dataDir), {
      hostId,
      instanceId: ctx.params["iid"]!,
      sha256: ctx.params["digest"]!,
      contentLength: /^[0-9]{1,20}$/.test(length) ? Number(length) : undefined,
      body: ctx.req,
      maxBytes: opts.maxBytes,
    });
    if (r === "digest_mismatch") {
      ctx.status = 422;
      ctx.body = { code: "INVALID_ARGUMENT", message: "the content's SHA-256 is not the one in the path; nothing was kept" };
      return;
    }
    ctx.status = r === "created" ? 201 : 200;
    ctx.body = { sha256: ctx.params["digest"] };
  });
}

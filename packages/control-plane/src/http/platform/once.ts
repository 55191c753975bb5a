// Creating calls of the platform API honour Idempotency-Key (SPEC §4, decision 0012): a retry
// with the same key gets the first answer (success or refusal, in the platform's shape) with
// Idempotent-Replayed: true, and creates nothing more. Keys are the caller's own.
import type { Context } from "koa";
import type { Db } from "../../db/knex.js";
import { answerOnce } from "../respond.js";
import { principal } from "./context.js";
import { platformErrorAnswer } from "./envelope.js";

export async function createdOnce(ctx: Context, db: Db, body: Record<string, unknown>, create: () => Promise<unknown>, status = 201): Promise<void> {
  const scope = `user:${principal(ctx).user.user_id}`;
  await answerOnce(ctx, db, scope, body, async () => ({ success: true, data: await create() }), status, platformErrorAnswer);
}

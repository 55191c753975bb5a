// Answers of mutating endpoints, through the Idempotency-Key store (services/idempotency.ts).
import type { Context } from "koa";
import type { Db } from "../db/knex.js";
import type { AppError } from "../errors.js";
import { idempotent, rentalErrorAnswer, type StoredResponse } from "../services/idempotency.js";

/** Fields never part of a request's fingerprint (a fast hash of a password is not stored). */
const SECRET_FIELDS = new Set(["password"]);

/**
 * Runs `fn` once per Idempotency-Key of `scope`; a retry gets the first answer with the header
 * Idempotent-Replayed: true. `errorAnswer` is the API's error body (the rental API's by default).
 */
export async function answerOnce(
  ctx: Context,
  db: Db,
  scope: string,
  body: Record<string, unknown>,
  fn: () => Promise<unknown>,
  status = 200,
  errorAnswer: (e: AppError) => StoredResponse = rentalErrorAnswer,
): Promise<void> {
  const fingerprint = { method: ctx.method, path: ctx.path, body: Object.fromEntries(Object.entries(body).filter(([k]) => !SECRET_FIELDS.has(k))) };
  const r = await idempotent(db, scope, ctx.get("idempotency-key") || undefined, fingerprint, async () => ({ status, body: await fn() }), errorAnswer);
  ctx.status = r.status;
  ctx.body = r.body;
  if (r.replayed) ctx.set("Idempotent-Replayed", "true");
}

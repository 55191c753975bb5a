// Idempotency-Key (SPEC §4): a retry with the same key gets the first response and has no second
// effect. The first request claims the key; its response is stored sealed (AES-256-GCM) with a
// key derived from the Idempotency-Key itself, which only the client holds, and from a server
// secret (derived from SECRET_KEYS, services/secrets.ts), so that stored responses (a new API
// token, an instance password) are unreadable from a copy of the database, even by someone who
// also saw the client's keys (in a proxy's logs, say).
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { watchCommits } from "../db/commits.js";
import { claimKey, findKey, finishKey, releaseKey } from "../db/queries/idempotency.js";
import type { Db } from "../db/knex.js";
import { AppError, ERROR_CODES, invalid, toAppError } from "../errors.js";
import { secretBox } from "./secrets.js";

/** Printable ASCII, as Stripe and the IETF draft allow; 255 bounds what is hashed. */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
/** Responses are kept this long; after that the key may be reused (docs/decisions/0012-idempotency.md). */
export const IDEMPOTENCY_RETENTION_HOURS = 24;

export interface StoredResponse {
  status: number;
  body: unknown;
  /** Set on the answer to a retry: this is the first request's response, nothing was done. */
  replayed?: boolean;
}

const sha256 = (...parts: string[]) => createHash("sha256").update(parts.join("\u0000"), "utf8").digest();

const SERVER_SECRET_PURPOSE = "idempotent response";

/** The sealing key: the client's Idempotency-Key and the server secret, both needed. */
function cipherKey(scope: string, key: string, serverSecret: Buffer): Buffer {
  const ikm = Buffer.concat([serverSecret, Buffer.from(key, "utf8")]);
  return Buffer.from(hkdfSync("sha256", ikm, Buffer.from(scope, "utf8"), "remotegpu idempotent response v2", 32));
}

function seal(scope: string, key: string, r: StoredResponse): Buffer {
  const iv = randomBytes(12);
  const c = createCipheriv("aes-256-gcm", cipherKey(scope, key, secretBox().derived(SERVER_SECRET_PURPOSE)[0]!.secret), iv);
  const data = Buffer.concat([c.update(JSON.stringify(r), "utf8"), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), data]);
}

/** Tries the secret of every key (the first seals; a rotated key still opens what it sealed). */
function open(scope: string, key: string, sealed: Buffer): StoredResponse {
  for (const { secret } of secretBox().derived(SERVER_SECRET_PURPOSE)) {
    const d = createDecipheriv("aes-256-gcm", cipherKey(scope, key, secret), sealed.subarray(0, 12));
    d.setAuthTag(sealed.subarray(12, 28));
    let text: string;
    try {
      text = Buffer.concat([d.update(sealed.subarray(28)), d.final()]).toString("utf8");
    } catch {
      continue;
    }
    return JSON.parse(text) as StoredResponse;
  }
  // Sealed under a key no longer listed (or before the server secret was mixed in): the answer
  // is lost, and running the request again could do it twice.
  throw new AppError(
    "IDEMPOTENCY_CONFLICT",
    "the first response to this Idempotency-Key can no longer be read (the server keys changed): check the result, then use a new key",
  );
}

/** The rental API's answer to a refused request: what its error middleware gives. */
export function rentalErrorAnswer(e: AppError): StoredResponse {
  return { status: ERROR_CODES[e.code].http, body: { ...e.details, code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}) } };
}

/**
 * Runs `handler` once per (scope, key). `scope` is whose key it is (a user); `request` is what
 * was asked (path and body): the same key with a different request is refused. A refusal is
 * stored as `errorAnswer` shapes it (the API's own error body), so that a replay answers what
 * the first request was answered.
 */
export async function idempotent(
  db: Db,
  scope: string,
  key: string | undefined,
  request: unknown,
  handler: () => Promise<StoredResponse>,
  errorAnswer: (e: AppError) => StoredResponse = rentalErrorAnswer,
): Promise<StoredResponse> {
  if (key === undefined || key === "") return handler();
  if (!KEY_PATTERN.test(key)) throw invalid("Idempotency-Key must be 1-255 printable ASCII characters (a UUID is best)");
  const id = sha256(scope, key);
  const requestHash = sha256(JSON.stringify(request));
  if (!(await claimKey(db, id, requestHash))) {
    const row = await findKey(db, id);
    if (!row) throw new AppError("IDEMPOTENCY_CONFLICT", "the request with this Idempotency-Key just failed; retry");
    if (!row.request_hash.equals(requestHash)) throw new AppError("IDEMPOTENCY_CONFLICT", "this Idempotency-Key was used for a different request");
    if (row.state !== "done" || !row.response_sealed) {
      throw new AppError(
        "IDEMPOTENCY_CONFLICT",
        "the first request with this Idempotency-Key has not finished (or was interrupted): check the result, then use a new key",
      );
    }
    return { ...open(scope, key, row.response_sealed), replayed: true };
  }
  let response: StoredResponse;
  let committed = false;
  try {
    response = await watchCommits(async (watch) => {
      try {
        return await handler();
      } finally {
        committed = watch.committed;
      }
    });
  } catch (err) {
    const e = toAppError(err);
    const answer = errorAnswer(e);
    const status = answer.status;
    // Our failures (5xx) and throttling leave the key free for the retry, but only when nothing
    // was committed: once something was (a batch's first item, a recharge's entry), a retry
    // must not do it again, so the failure is the answer a retry gets
    // (docs/decisions/0018-partial-batches.md). A refusal of the request itself (4xx) is its
    // answer too.
    if ((status >= 500 || e.code === "RATE_LIMITED") && !committed) {
      await releaseKey(db, id).catch(() => undefined);
      throw err;
    }
    // When even this fails, the key stays claimed: a retry is told to check, never run again.
    await finishKey(db, id, status, seal(scope, key, answer)).catch(() => undefined);
    throw err;
  }
  await finishKey(db, id, response.status, seal(scope, key, response));
  return response;
}

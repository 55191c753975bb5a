// Requests to the tracking API with retries. What is retried is what the server did not refuse on
// its merits: a network error or timeout, 408, 429 (after the wait its headers ask for) and 5xx.
// A retry sends the very same body with the same Idempotency-Key, so a server that stored the
// first attempt before its answer was lost recognises the repeat instead of storing the rows twice.
import { randomUUID } from "node:crypto";

export interface RetryPolicy {
  /** Retries after the first attempt (default 8: about a minute and a half of backoff). */
  maxRetries: number;
  /** First backoff; doubled on each retry up to maxMs, with jitter. */
  baseMs: number;
  maxMs: number;
  /** One attempt's limit, from sending to the whole answer. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 8, baseMs: 500, maxMs: 30_000, timeoutMs: 30_000 };

/** The longest a 429's own headers can make us wait before one retry. */
const MAX_RATE_LIMIT_WAIT_MS = 60_000;

/** A refusal or a failure of the tracking API; `status` is absent for network errors. */
export class TrackingError extends Error {
  override readonly name = "TrackingError";
  constructor(
    message: string,
    readonly status?: number,
    readonly retryable = false,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Seconds from X-RateLimit-Reset (seconds until the window resets) or Retry-After (seconds or a date). */
export function rateLimitWaitMs(headers: Headers, now = Date.now()): number | undefined {
  const waits: number[] = [];
  const reset = Number(headers.get("x-ratelimit-reset") ?? NaN);
  if (Number.isFinite(reset) && reset >= 0) waits.push(reset * 1000);
  const after = headers.get("retry-after");
  if (after !== null) {
    const s = Number(after);
    if (Number.isFinite(s) && s >= 0) waits.push(s * 1000);
    else if (!Number.isNaN(Date.parse(after))) waits.push(Math.max(0, Date.parse(after) - now));
  }
  return waits.length ? Math.min(Math.max(...waits), MAX_RATE_LIMIT_WAIT_MS) : undefined;
}

/** The message of an error answer: Runicorn's {"detail"}, the platform's {"error"}, or the text. */
function errorMessage(text: string): string {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    for (const k of ["detail", "error", "message"]) {
      const v = body?.[k];
      if (typeof v === "string") return v;
      if (v !== undefined && v !== null) return JSON.stringify(v).slice(0, 500);
    }
  } catch {
    /* not JSON */
  }
  return text.slice(0, 500) || "(empty answer)";
}

export interface Credentials {
  username: string;
  password: string;
}

/** A bearer token, and for a login the means to get a new one when it expires. */
export class Auth {
  private refreshToken: string | undefined;
  constructor(
    private token: string | undefined,
    private readonly credentials: Credentials | undefined,
  ) {}

  get header(): string | undefined {
    return this.token === undefined ? undefined : `Bearer ${this.token}`;
  }

  get canRenew(): boolean {
    return this.credentials !== undefined;
  }

  /** POST /api/v1/auth/login; keeps the access and refresh tokens. */
  async login(client: HttpClient): Promise<void> {
    if (!this.credentials) throw new TrackingError("no username and password to log in with");
    const { username, password } = this.credentials;
    this.take(await client.request("/api/v1/auth/login", JSON.stringify({ username, password }), { auth: false }), "login");
  }

  /** A fresh access token after a 401: the refresh token if we have one, else a new login. */
  async renew(client: HttpClient): Promise<void> {
    if (this.refreshToken !== undefined) {
      try {
        this.take(await client.request("/api/v1/auth/refresh", JSON.stringify({ refresh_token: this.refreshToken }), { auth: false }), "refresh");
        return;
      } catch (err) {
        if (!(err instanceof TrackingError) || err.status === undefined || err.status >= 500) throw err;
        // A refused refresh token (expired, or its session ended): log in again.
      }
    }
    await this.login(client);
  }

  private take(answer: unknown, what: string): void {
    const data = (answer as { data?: { access_token?: unknown; refresh_token?: unknown } } | undefined)?.data;
    if (typeof data?.access_token !== "string") throw new TrackingError(`${what} answered without an access_token`);
    this.token = data.access_token;
    this.refreshToken = typeof data.refresh_token === "string" ? data.refresh_token : undefined;
  }
}

export interface RequestOptions {
  /** Send the Authorization header and renew the token once on a 401 (default true). */
  auth?: boolean;
  /** Sent on every attempt of this request, so the server can recognise a repeat. */
  idempotencyKey?: string;
}

export class HttpClient {
  readonly auth: Auth;
  constructor(
    readonly baseUrl: string,
    auth: Auth,
    readonly retry: RetryPolicy,
  ) {
    this.auth = auth;
  }

  /** POSTs `body` (JSON text) to `path`; the parsed answer, or a TrackingError after the retries. */
  async request(path: string, body: string, opts: RequestOptions = {}): Promise<unknown> {
    const useAuth = opts.auth !== false;
    let renewed = false;
    for (let attempt = 0; ; attempt++) {
      let status: number | undefined;
      let waitMs: number | undefined;
      let failure: TrackingError;
      try {
        const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
        if (useAuth && this.auth.header) headers["authorization"] = this.auth.header;
        if (opts.idempotencyKey) headers["idempotency-key"] = opts.idempotencyKey;
        const res = await fetch(this.baseUrl + path, { method: "POST", headers, body, signal: AbortSignal.timeout(this.retry.timeoutMs) });
        const text = await res.text();
        status = res.status;
        if (res.ok) {
          try {
            return text === "" ? undefined : JSON.parse(text);
          } catch {
            throw new TrackingError(`POST ${path}: the answer is not JSON: ${text.slice(0, 200)}`, status);
          }
        }
        if (status === 401 && useAuth && this.auth.canRenew && !renewed) {
          // An expired access token: renew once, and try again without counting a retry.
          renewed = true;
          await this.auth.renew(this);
          attempt--;
          continue;
        }
        const retryable = status === 408 || status === 429 || status >= 500;
        // 429 (and a 503 that says when) ask for a wait of their own instead of our backoff.
        if (status === 429 || status === 503) waitMs = rateLimitWaitMs(res.headers);
        failure = new TrackingError(`POST ${path}: ${status} ${errorMessage(text)}`, status, retryable);
      } catch (err) {
        if (err instanceof TrackingError) throw err;
        // fetch failed before an answer (refused, reset, timed out): the request may or may not have arrived.
        failure = new TrackingError(`POST ${path}: ${(err as Error).message}${causeOf(err)}`, undefined, true);
      }
      if (!failure.retryable || attempt >= this.retry.maxRetries) throw failure;
      await sleep(waitMs ?? backoffMs(this.retry, attempt));
    }
  }
}

function causeOf(err: unknown): string {
  const cause = (err as { cause?: { message?: string; code?: string } }).cause;
  return cause ? ` (${cause.code ?? cause.message})` : "";
}

export function backoffMs(p: RetryPolicy, attempt: number): number {
  const ceiling = Math.min(p.maxMs, p.baseMs * 2 ** attempt);
  return ceiling / 2 + (Math.random() * ceiling) / 2;
}

export const newIdempotencyKey = (): string => randomUUID();

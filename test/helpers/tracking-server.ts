// A stand-in for the tracking API on 127.0.0.1, for the client libraries' tests: it records every
// request, answers in the real shapes (the platform's login {"success", "data"}, Runicorn's
// {"ok", "data"} and {"detail"}), honours Idempotency-Key by replaying the first answer, and can be
// told to fail the next matching requests (a status with headers, a dropped connection, or a
// failure after the request was stored, so only the key can tell a retry from new rows).
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Recorded {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The body as sent (a retry must repeat it byte for byte). */
  raw: string;
  body: any;
  at: number;
}

export interface Fault {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Close the connection without an answer. */
  drop?: boolean;
  /** Do the work (store the rows), then answer with `status` anyway: the answer was "lost". */
  afterStore?: boolean;
}

export interface FakeRun {
  id: string;
  body: any;
  rows: any[];
  lines: string[];
  status: string;
}

export class FakeTracking {
  readonly requests: Recorded[] = [];
  readonly runs = new Map<string, FakeRun>();
  readonly users = new Map<string, string>([["alice", "correct horse"]]);
  /** Access tokens that are accepted; "static-token" stands for an API token. */
  readonly tokens = new Set<string>(["static-token"]);
  readonly refreshTokens = new Set<string>();
  private readonly faults: { match: RegExp; fault: Fault }[] = [];
  private readonly replies = new Map<string, { status: number; body: unknown }>();
  private issued = 0;
  url = "";

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeTracking> {
    let self!: FakeTracking;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => self.handle(req.method ?? "", req.url ?? "", req.headers, Buffer.concat(chunks).toString("utf8"), res));
    });
    self = new FakeTracking(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    self.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return self;
  }

  /** The next `faults.length` requests whose "METHOD /path" matches fail as described, in order. */
  fail(match: RegExp, ...faults: Fault[]): void {
    for (const fault of faults) this.faults.push({ match, fault });
  }

  /** Requests to a path ("POST /api/runs/…/metrics"). */
  sent(match: RegExp): Recorded[] {
    return this.requests.filter((r) => match.test(`${r.method} ${r.path}`));
  }

  get onlyRun(): FakeRun {
    if (this.runs.size !== 1) throw new Error(`${this.runs.size} runs`);
    return [...this.runs.values()][0]!;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(method: string, path: string, headers: IncomingHttpHeaders, raw: string, res: ServerResponse): void {
    let body: any;
    try {
      body = raw === "" ? undefined : JSON.parse(raw);
    } catch {
      body = raw;
    }
    this.requests.push({ method, path, headers, raw, body, at: Date.now() });
    const i = this.faults.findIndex((f) => f.match.test(`${method} ${path}`));
    const fault = i >= 0 ? this.faults.splice(i, 1)[0]!.fault : undefined;
    if (fault?.drop) {
      res.socket?.destroy();
      return;
    }
    if (fault && !fault.afterStore) {
      this.answer(res, fault.status ?? 500, fault.body ?? { detail: "injected failure" }, fault.headers);
      return;
    }
    const [status, answer] = this.route(method, path, headers, body);
    if (fault) this.answer(res, fault.status ?? 500, fault.body ?? { detail: "injected failure after storing" }, fault.headers);
    else this.answer(res, status, answer);
  }

  private answer(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  }

  private pair(): { access_token: string; refresh_token: string; token_type: string; expires_in: number; refresh_expires_in: number } {
    this.issued++;
    const pair = { access_token: `at-${this.issued}`, refresh_token: `rt-${this.issued}`, token_type: "bearer", expires_in: 900, refresh_expires_in: 86400 };
    this.tokens.add(pair.access_token);
    this.refreshTokens.add(pair.refresh_token);
    return pair;
  }

  private route(method: string, path: string, headers: IncomingHttpHeaders, body: any): [number, unknown] {
    if (method !== "POST") return [405, { detail: "method not allowed" }];
    if (path === "/api/v1/auth/login") {
      if (typeof body?.username !== "string" || this.users.get(body.username) !== body.password)
        return [401, { success: false, error: "wrong username or password", code: "UNAUTHORIZED" }];
      return [200, { success: true, data: this.pair() }];
    }
    if (path === "/api/v1/auth/refresh") {
      if (!this.refreshTokens.delete(body?.refresh_token)) return [401, { success: false, error: "invalid refresh token", code: "UNAUTHORIZED" }];
      return [200, { success: true, data: this.pair() }];
    }
    if (path === "/_test/revoke") {
      // For a test in another process: every access token (and with "refresh", every refresh token) stops working.
      this.tokens.clear();
      if (body?.refresh) this.refreshTokens.clear();
      return [200, { ok: true }];
    }
    const token = /^Bearer (.+)$/.exec(headers.authorization ?? "")?.[1];
    if (!token || !this.tokens.has(token)) return [401, { detail: "not authenticated" }];
    const key = headers["idempotency-key"];
    const replayKey = typeof key === "string" ? `${token}:${path}:${key}` : undefined;
    if (replayKey) {
      const first = this.replies.get(replayKey);
      if (first) return [first.status, first.body];
    }
    const [status, answer] = this.tracking(path, body);
    if (replayKey) this.replies.set(replayKey, { status, body: answer });
    return [status, answer];
  }

  private tracking(path: string, body: any): [number, unknown] {
    if (path === "/api/runs") {
      const id = `20250114_153045_a1b2c${this.runs.size}`;
      this.runs.set(id, { id, body, rows: [], lines: [], status: "running" });
      return [200, { ok: true, data: { id, project: body?.project ?? "default", name: body?.name ?? id, status: "running" }, message: "run created" }];
    }
    const m = /^\/api\/runs\/([^/]+)\/(metrics|logs|finish)$/.exec(path);
    const run = m ? this.runs.get(decodeURIComponent(m[1]!)) : undefined;
    if (!m || !run) return [404, { detail: "not found" }];
    if (m[2] === "metrics") {
      if (!Array.isArray(body?.rows)) return [422, { detail: "rows must be an array" }];
      run.rows.push(...body.rows);
      return [200, { ok: true, data: { accepted: body.rows.length }, message: "ok" }];
    }
    if (m[2] === "logs") {
      if (!Array.isArray(body?.lines)) return [422, { detail: "lines must be an array" }];
      run.lines.push(...body.lines);
      return [200, { ok: true, data: { accepted: body.lines.length }, message: "ok" }];
    }
    run.status = body?.status;
    return [200, { ok: true, data: { id: run.id, status: run.status }, message: "ok" }];
  }
}

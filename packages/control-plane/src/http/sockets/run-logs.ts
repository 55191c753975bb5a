// ws /api/runs/{id}/logs/ws: a run's log lines, those stored so far and then live ones as they
// are stored (Runicorn's log stream). Authenticated with an access token or a run token, given
// as ?token=, an Authorization header, or the first message {"token": "..."} (browsers cannot
// set headers on a WebSocket). Each line is one text message (?format=json: {"line", "stream",
// "text", "time"}); `?offset=` starts at a line. The stream is closed (1000) once the run has
// ended and every line is sent.
//
// Lines are read from the database whenever the live feed says the run has new ones (any
// replica stored them) and every few seconds anyway. A client that does not keep up is dropped:
// past MAX_BUFFERED_BYTES unsent, the socket is terminated, so a slow reader never holds the
// server's memory or slows anyone else.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { Logger } from "pino";
import { WebSocket, WebSocketServer } from "ws";
import type { Db } from "../../db/knex.js";
import { RUN_ID_PATTERN } from "../../domain/tracking.js";
import type { LiveFeed } from "../../services/components/live-feed.js";
import type { JwtKeyring } from "../../services/platform/access-tokens.js";
import { logLinesFrom, runFor, runState, trackingCaller } from "../../services/tracking/api.js";

const PATH = /^\/api\/runs\/([^/]+)\/logs\/ws$/;
/** Unsent bytes a client may have before it is dropped. */
export const MAX_BUFFERED_BYTES = 1024 * 1024;
/** Open log streams per replica; more are refused (503). */
const MAX_SOCKETS = 2000;
/** The first message must bring the token within this. */
const AUTH_TIMEOUT_MS = 10_000;
/** A stream reads the database at least this often (a notification can be lost). */
const POLL_MS = 5_000;
const PAGE = 1000;

export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_NOT_FOUND = 4404;

export interface RunLogSocketDeps {
  db: Db;
  keys: JwtKeyring;
  live: LiveFeed;
  log: Logger;
}

export class RunLogSockets {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 });
  private readonly open = new Set<WebSocket>();

  constructor(private readonly deps: RunLogSocketDeps) {}

  /** Takes the upgrade when it is for a run's log stream; false otherwise. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://localhost");
    } catch {
      return false;
    }
    const m = PATH.exec(url.pathname);
    if (!m) return false;
    if (this.open.size >= MAX_SOCKETS) {
      socket.end("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 5\r\nContent-Length: 0\r\n\r\n");
      return true;
    }
    const offsetText = url.searchParams.get("offset") ?? "0";
    const offset = /^\d{1,12}$/.test(offsetText) ? Number(offsetText) : 0;
    const header = req.headers.authorization;
    const token = url.searchParams.get("token") ?? (header ? header.replace(/^Bearer\s+/i, "") : undefined);
    const json = url.searchParams.get("format") === "json";
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.open.add(ws);
      ws.on("close", () => this.open.delete(ws));
      ws.on("error", () => ws.terminate());
      // The id is checked against the run id pattern: no decoding needed (an encoded one is no id).
      void this.serve(ws, m[1]!, token, offset, json);
    });
    return true;
  }

  /** Closes every stream (shutdown). */
  closeAll(): void {
    for (const ws of this.open) ws.close(1001, "server shutting down");
    this.open.clear();
  }

  private async firstMessageToken(ws: WebSocket): Promise<string | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), AUTH_TIMEOUT_MS);
      ws.once("message", (data) => {
        clearTimeout(timer);
        try {
          const v = JSON.parse(String(data)) as { token?: unknown };
          resolve(typeof v.token === "string" ? v.token : undefined);
        } catch {
          resolve(undefined);
        }
      });
      ws.once("close", () => {
        clearTimeout(timer);
        resolve(undefined);
      });
    });
  }

  private async serve(ws: WebSocket, runId: string, queryToken: string | undefined, offset: number, json: boolean): Promise<void> {
    const { db, keys, live } = this.deps;
    const token = queryToken ?? (await this.firstMessageToken(ws));
    if (ws.readyState !== WebSocket.OPEN) return;
    let caller: Awaited<ReturnType<typeof trackingCaller>>;
    try {
      caller = await trackingCaller(db, keys, `Bearer ${token ?? ""}`);
    } catch {
      ws.close(CLOSE_UNAUTHORIZED, "unauthorized");
      return;
    }
    try {
      if (!RUN_ID_PATTERN.test(runId)) throw new Error("no run");
      await runFor(db, caller, runId, "projects:read");
    } catch {
      ws.close(CLOSE_NOT_FOUND, "run not found");
      return;
    }

    let cursor = offset;
    let busy = false;
    let again = false;
    let timer: NodeJS.Timeout | undefined;
    const stop = (): void => {
      unsubscribe();
      clearTimeout(timer);
    };
    const pump = async (): Promise<void> => {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      try {
        do {
          again = false;
          for (;;) {
            const lines = await logLinesFrom(db, runId, cursor, PAGE);
            if (ws.readyState !== WebSocket.OPEN) return;
            for (const l of lines) {
              if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
                // Too slow: drop it rather than buffer without bound.
                ws.terminate();
                return;
              }
              ws.send(json ? JSON.stringify({ line: l.line_no, stream: l.stream, text: l.text, time: l.at.getTime() / 1000 }) : l.text);
              cursor = l.line_no + 1;
            }
            if (lines.length < PAGE) break;
          }
          const st = await runState(db, runId);
          if (!st || st.deleted_at !== null) {
            ws.close(CLOSE_NOT_FOUND, "run not found");
            return;
          }
          if (st.status !== "running" && cursor >= st.next_log_line) {
            ws.close(1000, `run ${st.status}`);
            return;
          }
        } while (again);
      } catch (err) {
        this.deps.log.debug({ err: (err as Error).message, runId }, "log stream failed");
        ws.close(1011, "internal error");
      } finally {
        busy = false;
      }
    };
    const unsubscribe = live.subscribe(`run:${runId}:logs`, () => void pump());
    const poll = (): void => {
      timer = setTimeout(() => {
        void pump().then(() => {
          if (ws.readyState === WebSocket.OPEN) poll();
        });
      }, POLL_MS);
    };
    ws.on("close", stop);
    if (ws.readyState !== WebSocket.OPEN) {
      stop();
      return;
    }
    await pump();
    if (ws.readyState === WebSocket.OPEN) poll();
  }
}

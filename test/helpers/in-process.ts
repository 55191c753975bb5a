// The control plane started inside the test process (same code as main.ts uses), for fast
// API tests against a fresh database.
import { type Logger, pino } from "pino";
import { startControlPlane, type RunningControlPlane } from "../../packages/control-plane/src/app.js";
import { loadConfig } from "../../packages/control-plane/src/config.js";
import { freshDatabase } from "./database.js";
import { apiCall, type ApiResponse } from "./http.js";
import { ADMIN_TOKEN, FAST_LIVENESS, ROOMY_PLACEMENT, SECRET_KEYS, tempDir } from "./processes.js";

interface TestLike {
  teardown(fn: () => unknown): void;
}

export interface InProcess extends RunningControlPlane {
  url: string;
  dbUrl: string;
  api(method: string, path: string, body?: unknown, token?: string | null, headers?: Record<string, string>): Promise<ApiResponse>;
}

/**
 * `sharedDbUrl`: another replica on that database; `log`: where the control plane logs (silent
 * unless TEST_VERBOSE; tests that read logs pass their own).
 */
export async function startInProcess(t: TestLike, env: Record<string, string> = {}, sharedDbUrl?: string, log?: Logger): Promise<InProcess> {
  // Another replica on the same database when given one.
  const dbUrl = sharedDbUrl ?? (await freshDatabase(t));
  const config = loadConfig({
    DATABASE_URL: dbUrl,
    PORT: "0",
    GRPC_PORT: "0",
    DATA_DIR: tempDir("cp"),
    ADMIN_TOKEN,
    SECRET_KEYS,
    ...FAST_LIVENESS,
    ...ROOMY_PLACEMENT,
    ...env,
  });
  const cp = await startControlPlane(config, ADMIN_TOKEN, log ?? pino({ level: process.env["TEST_VERBOSE"] ? "debug" : "silent" }));
  t.teardown(() => cp.stop());
  const url = `http://127.0.0.1:${cp.httpPort}`;
  return {
    ...cp,
    url,
    dbUrl,
    api: (method, path, body, token = ADMIN_TOKEN, headers = {}) => apiCall(url, method, path, { body, token, headers }),
  };
}

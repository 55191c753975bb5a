// LISTEN/NOTIFY on a dedicated connection, used only as a wake-up: every consumer also polls,
// so correctness never depends on a notification arriving.
import pg from "pg";
import type { Db } from "./knex.js";

export const Channel = {
  HOST_REVOKED: "remotegpu_host_revoked",
  /** Payload: comma-separated cache tags whose entries are stale (services/components/read-cache.ts). */
  CACHE: "remotegpu_cache",
  /** Payload: a host id that has new commands to deliver. */
  COMMANDS: "remotegpu_commands",
  /** Payload: "queue" (look at the task queue now: a task was submitted or GPUs were given back). */
  TASKS: "remotegpu_tasks",
  /** Payload: a topic with new data, e.g. run:<run id>:logs (services/components/live-feed.ts). */
  LIVE: "remotegpu_live",
} as const;

export async function notify(db: Db, channel: string, payload: string): Promise<void> {
  await db.raw("select pg_notify(?, ?)", [channel, payload]);
}

export interface Listener {
  stop(): Promise<void>;
}

/**
 * Keeps a LISTEN connection open, reconnecting after errors. `onMessage` gets each payload;
 * `onReconnect` runs after a reconnect (notifications may have been missed: poll now).
 */
export function listen(
  connectionString: string,
  channels: string[],
  onMessage: (channel: string, payload: string) => void,
  onError: (err: Error) => void,
  onReconnect: () => void,
  /** After every successful LISTEN, the first one included. */
  onListening: () => void = () => undefined,
): Listener {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let connectedOnce = false;

  const connect = async (): Promise<void> => {
    if (stopped) return;
    const c = new pg.Client({ connectionString, application_name: "remotegpu-listen" });
    client = c;
    c.on("notification", (n) => onMessage(n.channel, n.payload ?? ""));
    c.on("error", (err) => {
      onError(err);
      schedule();
    });
    try {
      await c.connect();
      for (const ch of channels) await c.query(`LISTEN ${pg.escapeIdentifier(ch)}`);
      if (connectedOnce) onReconnect();
      connectedOnce = true;
      onListening();
    } catch (err) {
      onError(err as Error);
      schedule();
    }
  };
  const schedule = (): void => {
    if (stopped || retry) return;
    void client?.end().catch(() => undefined);
    client = undefined;
    // Retry every 2 s: the polling fallback covers the gap meanwhile.
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, 2000);
  };
  void connect();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}

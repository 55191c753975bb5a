// Tells this replica's hub about revoked hosts: NOTIFY for speed, a poll of revoked_at every
// 2 s for certainty (a notification can be lost when the listening connection drops).
import type { Logger } from "pino";
import { recentlyRevoked } from "../db/queries/hosts.js";
import type { Db } from "../db/knex.js";
import { Channel, listen, type Listener } from "../db/notifications.js";

const POLL_MS = 2000;
// Look back well beyond the poll period, on the database's clock: a revocation whose commit
// lands late, or a poll that failed, is still seen next time. Repeats are harmless.
const LOOKBACK_S = 30;

export class RevocationWatch {
  private timer: NodeJS.Timeout | undefined;
  private listener: Listener | undefined;
  private polling = false;

  constructor(
    private readonly db: Db,
    private readonly databaseUrl: string,
    private readonly log: Logger,
    private readonly onRevoked: (hostId: string) => void,
  ) {}

  start(): void {
    this.listener = listen(
      this.databaseUrl,
      [Channel.HOST_REVOKED],
      (_ch, hostId) => this.onRevoked(hostId),
      (err) => this.log.debug({ err: err.message }, "LISTEN connection error"),
      () => void this.poll(),
    );
    this.timer = setInterval(() => void this.poll(), POLL_MS);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.listener?.stop();
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      for (const r of await recentlyRevoked(this.db, LOOKBACK_S)) this.onRevoked(r.host_id);
    } catch (err) {
      this.log.debug({ err: (err as Error).message }, "revocation poll failed");
    } finally {
      this.polling = false;
    }
  }
}

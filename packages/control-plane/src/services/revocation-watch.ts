// Tells this replica's hub about revoked hosts: NOTIFY for speed, a poll of revoked_at every
// 2 s for certainty (a notification can be lost when the listening connection drops).
import type { Logger } from "pino";
import { revokedSince } from "../db/queries/hosts.js";
import type { Db } from "../db/knex.js";
import { Channel, listen, type Listener } from "../db/notifications.js";

const POLL_MS = 2000;
// Look back a little further than the poll period so a commit that lands between two polls,
// with revoked_at stamped before the previous poll ran, is still seen.
const LOOKBACK_MS = 10_000;

export class RevocationWatch {
  private timer: NodeJS.Timeout | undefined;
  private listener: Listener | undefined;
  private lastPoll = new Date(0);
  private polling = false;

  constructor(
    private readonly db: Db,
    private readonly databaseUrl: string,
    private readonly log: Logger,
    private readonly onRevoked: (hostId: string) => void,
  ) {}

  start(): void {
    this.lastPoll = new Date();
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
    const started = new Date();
    try {
      const rows = await revokedSince(this.db, new Date(this.lastPoll.getTime() - LOOKBACK_MS));
      for (const r of rows) this.onRevoked(r.host_id);
      this.lastPoll = started;
    } catch (err) {
      this.log.debug({ err: (err as Error).message }, "revocation poll failed");
    } finally {
      this.polling = false;
    }
  }
}

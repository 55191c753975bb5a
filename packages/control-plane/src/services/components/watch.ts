// Wake-ups from other replicas: LISTEN on a channel for speed, and a poll for certainty (a
// notification is lost when the listening connection drops). Each item (a host id) is handed
// to `onItem`; repeats are harmless, so the poll may report the same one again and again.
import type { Logger } from "pino";
import { listen, type Listener } from "../../db/notifications.js";

export interface WatchOptions {
  databaseUrl: string;
  channel: string;
  pollMs: number;
  /** The items the poll finds (the database is the truth). */
  poll(): Promise<string[]>;
  onItem(item: string): void;
  log: Logger;
}

export class Watch {
  private timer: NodeJS.Timeout | undefined;
  private listener: Listener | undefined;
  private polling = false;

  constructor(private readonly opts: WatchOptions) {}

  start(): void {
    this.listener = listen(
      this.opts.databaseUrl,
      [this.opts.channel],
      (_ch, item) => this.opts.onItem(item),
      (err) => this.opts.log.debug({ err: err.message, channel: this.opts.channel }, "LISTEN connection error"),
      () => void this.poll(),
    );
    this.timer = setInterval(() => void this.poll(), this.opts.pollMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.listener?.stop();
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      for (const item of await this.opts.poll()) this.opts.onItem(item);
    } catch (err) {
      this.opts.log.debug({ err: (err as Error).message, channel: this.opts.channel }, "poll failed");
    } finally {
      this.polling = false;
    }
  }
}

// Wake-ups from other replicas: LISTEN on a channel for speed, and a poll for certainty (a
// notification is lost when the listening connection drops). Each item (a host id) is handed
// to `onItem`; repeats are harmless, so the poll may report the same one again and again.
import type { Logger } from "pino";
import { listen, type Listener } from "../../db/notifications.js";
import type { Component } from "./lifecycle.js";

export interface WatchOptions {
  databaseUrl: string;
  channel: string;
  pollMs: number;
  /** The items the poll finds (the database is the truth). */
  poll(): Promise<string[]>;
  onItem(item: string): void;
  log: Logger;
}

export class Watch implements Component {
  private timer: NodeJS.Timeout | undefined;
  private listener: Listener | undefined;
  /** The poll in progress, if any (stop() waits for it). */
  private polling: Promise<void> | undefined;

  constructor(private readonly opts: WatchOptions) {}

  get name(): string {
    return `watch ${this.opts.channel}`;
  }

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
    this.timer = undefined;
    await this.listener?.stop();
    await this.polling;
  }

  private poll(): Promise<void> {
    if (this.timer === undefined) return Promise.resolve(); // stopped
    this.polling ??= this.pollOnce().finally(() => {
      this.polling = undefined;
    });
    return this.polling;
  }

  private async pollOnce(): Promise<void> {
    try {
      for (const item of await this.opts.poll()) this.opts.onItem(item);
    } catch (err) {
      this.opts.log.debug({ err: (err as Error).message, channel: this.opts.channel }, "poll failed");
    }
  }
}

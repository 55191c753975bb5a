// Live updates across replicas: a write publishes a topic (run:<run id>:logs,
// run:<run id>:metrics, task:<task id>, ...) with pg_notify; every replica's one LISTEN
// connection hands it to the in-process subscribers of that topic, which then read what is new
// from the database. A notification carries no data, so a lost one only delays a subscriber
// until its own poll (subscribers must poll too: correctness never depends on a notification).
import type { Logger } from "pino";
import type { Db } from "../../db/knex.js";
import { Channel, listen, type Listener, notify } from "../../db/notifications.js";
import type { Component } from "./lifecycle.js";

/** NOTIFY payloads are limited to 8000 bytes; topics are short ids. */
const MAX_TOPIC_LENGTH = 200;

/** Tells every replica that `topic` has news. Best effort: a failure is ignored (subscribers poll). */
export async function publish(db: Db, topic: string): Promise<void> {
  if (topic.length === 0 || topic.length > MAX_TOPIC_LENGTH) return;
  await notify(db, Channel.LIVE, topic).catch(() => undefined);
}

export type LiveSubscriber = (topic: string) => void;

export class LiveFeed implements Component {
  readonly name = "live-feed";
  private readonly subscribers = new Map<string, Set<LiveSubscriber>>();
  private listener: Listener | undefined;

  constructor(
    private readonly databaseUrl: string,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.listener = listen(
      this.databaseUrl,
      [Channel.LIVE],
      (_ch, topic) => this.deliver(topic),
      (err) => this.log.debug({ err: err.message }, "live feed LISTEN connection error"),
      // Notifications may have been missed: wake everyone so they read the database again.
      () => {
        for (const topic of [...this.subscribers.keys()]) this.deliver(topic);
      },
    );
  }

  async stop(): Promise<void> {
    await this.listener?.stop();
    this.listener = undefined;
    this.subscribers.clear();
  }

  /** Calls `fn` whenever `topic` is published (on any replica); returns the unsubscribe function. */
  subscribe(topic: string, fn: LiveSubscriber): () => void {
    let set = this.subscribers.get(topic);
    if (!set) {
      set = new Set();
      this.subscribers.set(topic, set);
    }
    set.add(fn);
    return () => {
      const s = this.subscribers.get(topic);
      if (!s) return;
      s.delete(fn);
      if (s.size === 0) this.subscribers.delete(topic);
    };
  }

  /** How many subscriptions are open (tests, metrics). */
  get subscriptionCount(): number {
    let n = 0;
    for (const s of this.subscribers.values()) n += s.size;
    return n;
  }

  /** Hands `topic` to its subscribers here (also what a notification from the database does). */
  deliver(topic: string): void {
    const set = this.subscribers.get(topic);
    if (!set) return;
    for (const fn of [...set]) {
      try {
        fn(topic);
      } catch (err) {
        this.log.warn({ err: (err as Error).message, topic }, "live feed subscriber failed");
      }
    }
  }
}

// Read caches of the platform API with the AI Platform document's lifetimes, per replica, and
// invalidated on every write across replicas: a write drops its tags here and NOTIFYs them to
// the others. Entries are only served while this replica's LISTEN connection is up (a
// notification missed while it was down could leave a stale entry): after a reconnect
// everything is dropped. Keys always name the user they were computed for, so no entry can
// ever answer another user. (docs/decisions/0027-platform-cache-and-settings.md)
import type { Logger } from "pino";
import type { Db } from "../../db/knex.js";
import { Channel, listen, type Listener, notify } from "../../db/notifications.js";
import type { Component } from "./lifecycle.js";

/** Lifetimes in ms, as the AI Platform document sets them. */
export const CACHE_TTL_MS = {
  projects: 5 * 60_000,
  tasks: 30_000,
  gpu: 5_000,
  settings: 24 * 3600_000,
} as const;

export type CacheNamespace = keyof typeof CACHE_TTL_MS;

/** Bounds memory: beyond this many entries the oldest go first. */
const MAX_ENTRIES = 10_000;

interface Entry {
  value: unknown;
  expiresAt: number;
  tags: string[];
}

export class ReadCache implements Component {
  readonly name = "read-cache";
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every invalidation of a tag: a load that overlapped one is not stored. */
  private readonly generations = new Map<string, number>();
  private listener: Listener | undefined;
  private live = false;
  hits = 0;
  misses = 0;

  constructor(
    private readonly db: Db,
    private readonly databaseUrl: string,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.listener = listen(
      this.databaseUrl,
      [Channel.CACHE],
      (_ch, payload) => this.drop(payload.split(",").filter(Boolean)),
      (err) => {
        this.live = false;
        this.entries.clear();
        this.log.debug({ err: err.message }, "cache LISTEN connection error: caching paused");
      },
      () => this.entries.clear(),
      () => {
        this.live = true;
      },
    );
  }

  async stop(): Promise<void> {
    this.live = false;
    await this.listener?.stop();
    this.entries.clear();
  }

  /** The cached value of `key`, or `load()`'s (stored for the namespace's lifetime under `tags`). */
  async get<T>(key: string, ns: CacheNamespace, tags: string[], load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const e = this.entries.get(key);
    if (this.live && e && e.expiresAt > now) {
      this.hits++;
      return e.value as T;
    }
    this.misses++;
    const before = tags.map((t) => this.generations.get(t) ?? 0);
    const value = await load();
    const unchanged = tags.every((t, i) => (this.generations.get(t) ?? 0) === before[i]);
    if (this.live && unchanged) {
      this.entries.delete(key);
      this.entries.set(key, { value, expiresAt: now + CACHE_TTL_MS[ns], tags });
      if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }

  /** Drops the entries of `tags` here and on every other replica. */
  async invalidate(tags: string[]): Promise<void> {
    this.drop(tags);
    await notify(this.db, Channel.CACHE, tags.join(","));
  }

  private drop(tags: string[]): void {
    if (tags.length === 0) return;
    for (const t of tags) this.generations.set(t, (this.generations.get(t) ?? 0) + 1);
    const set = new Set(tags);
    for (const [k, e] of this.entries) if (e.tags.some((t) => set.has(t))) this.entries.delete(k);
  }
}

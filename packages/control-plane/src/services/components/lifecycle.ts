// One lifecycle for every long-running part of the control plane: start() returns once the part
// runs; stop(budgetMs) is idempotent, drains the part's in-flight work and returns within its
// budget. The Lifecycle starts parts in order and stops them in the reverse order, each awaited
// before the next, so that nothing is stopped under a part that still uses it (the database
// pool is stopped last, after every sweep, poll, job and request that could use it).

export interface Component {
  /** For logs. */
  readonly name: string;
  start(): void | Promise<void>;
  /** Stops within `budgetMs` (what is still running after it is cut off). Idempotent. */
  stop(budgetMs: number): void | Promise<void>;
}

export interface LifecycleLog {
  warn(fields: object, msg: string): void;
  debug(fields: object, msg: string): void;
}

export class Lifecycle {
  private readonly started: Component[] = [];
  private stopping: Promise<void> | undefined;

  constructor(private readonly log: LifecycleLog) {}

  /** Starts the components in order; when one fails, those already started are stopped again. */
  async start(...components: Component[]): Promise<void> {
    for (const c of components) {
      if (this.stopping !== undefined) throw new Error(`not starting ${c.name}: the lifecycle is stopping`);
      await c.start();
      this.started.push(c);
      this.log.debug({ component: c.name }, "started");
    }
  }

  /**
   * Stops everything started, last first. Each component gets what is left of the budget; one
   * that overruns it (or fails) is logged and the next one is stopped anyway. Idempotent.
   */
  stop(budgetMs: number): Promise<void> {
    this.stopping ??= (async () => {
      const deadline = Date.now() + budgetMs;
      for (const c of [...this.started].reverse()) {
        const left = Math.max(0, deadline - Date.now());
        let timer: NodeJS.Timeout | undefined;
        try {
          const outcome = await Promise.race([
            Promise.resolve(c.stop(left)).then(() => "stopped" as const),
            new Promise<"late">((resolve) => {
              timer = setTimeout(() => resolve("late"), left);
            }),
          ]);
          if (outcome === "late") this.log.warn({ component: c.name, budgetMs: left }, "did not stop within its budget; going on");
          else this.log.debug({ component: c.name }, "stopped");
        } catch (err) {
          this.log.warn({ component: c.name, err: (err as Error).message }, "failed to stop cleanly; going on");
        } finally {
          clearTimeout(timer);
        }
      }
    })();
    return this.stopping;
  }
}

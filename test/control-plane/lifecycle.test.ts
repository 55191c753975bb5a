// The one lifecycle of long-running parts: started in order, stopped in reverse order, each
// awaited, within a budget; and parts that wait for their in-flight work when stopped.
import t from "tap";
import { pino } from "pino";
import { type Component, Lifecycle } from "../../packages/control-plane/src/services/components/lifecycle.js";
import { Watch } from "../../packages/control-plane/src/services/components/watch.js";

const silent = pino({ level: "silent" });

function part(name: string, events: string[], stop: (budgetMs: number) => Promise<void> = async () => undefined): Component {
  return {
    name,
    start: () => {
      events.push(`start ${name}`);
    },
    stop: async (budgetMs) => {
      events.push(`stop ${name}`);
      await stop(budgetMs);
      events.push(`stopped ${name}`);
    },
  };
}

t.test("starts in order, stops in reverse order, each stop awaited before the next", async (t) => {
  const events: string[] = [];
  const lc = new Lifecycle(silent);
  const slow = part("jobs", events, () => new Promise((r) => setTimeout(r, 50)));
  await lc.start(part("database", events), slow, part("http", events));
  await lc.stop(5000);
  t.same(events, ["start database", "start jobs", "start http", "stop http", "stopped http", "stop jobs", "stopped jobs", "stop database", "stopped database"]);
});

t.test("stop is idempotent and shared", async (t) => {
  const events: string[] = [];
  const lc = new Lifecycle(silent);
  await lc.start(part("a", events));
  await Promise.all([lc.stop(1000), lc.stop(1000)]);
  await lc.stop(1000);
  t.same(events, ["start a", "stop a", "stopped a"]);
});

t.test("a part that overruns its budget or fails does not keep the others running", async (t) => {
  const events: string[] = [];
  const warnings: string[] = [];
  const lc = new Lifecycle({ warn: (_f, msg) => warnings.push(msg), debug: () => undefined });
  const stuck = part("stuck", events, () => new Promise(() => undefined));
  const broken = part("broken", events, async () => {
    throw new Error("boom");
  });
  await lc.start(part("database", events), stuck, broken);
  const started = Date.now();
  await lc.stop(300);
  t.ok(Date.now() - started < 2000, "returned soon after the budget");
  t.ok(events.includes("stopped database"), "the last part still stopped");
  t.equal(warnings.length, 2, "both logged");
});

t.test("a part that fails to start: the ones before it are stopped again", async (t) => {
  const events: string[] = [];
  const lc = new Lifecycle(silent);
  const failing: Component = {
    name: "http",
    start: () => {
      throw new Error("port in use");
    },
    stop: () => undefined,
  };
  await t.rejects(lc.start(part("database", events), failing), /port in use/);
  await lc.stop(1000);
  t.same(events, ["start database", "stop database", "stopped database"]);
});

t.test("Watch.stop waits for a poll in progress", async (t) => {
  let release: () => void = () => undefined;
  let polls = 0;
  const w = new Watch({
    // Nothing listens there: LISTEN fails and is retried; the poll is what this test drives.
    databaseUrl: "postgres://nobody@127.0.0.1:1/none",
    channel: "test_channel",
    pollMs: 20,
    poll: () => {
      polls += 1;
      return new Promise<string[]>((resolve) => {
        release = () => resolve([]);
      });
    },
    onItem: () => undefined,
    log: silent,
  });
  w.start();
  while (polls === 0) await new Promise((r) => setTimeout(r, 10));
  let stopped = false;
  const stopping = w.stop().then(() => {
    stopped = true;
  });
  await new Promise((r) => setTimeout(r, 100));
  t.notOk(stopped, "not stopped while the poll runs");
  t.equal(polls, 1, "no new poll after stop");
  release();
  await stopping;
  t.ok(stopped, "stopped once the poll finished");
});

// The task domain without I/O: hyper-parameters against a template's declaration, the command a
// template makes, and the fair queue's order — fairness between workspaces over many small tasks
// within a stated tolerance, weights, and priority/FIFO inside one workspace.
import t from "tap";
import { fairOrder, progressOf, renderCommand, resolveHyperparameters, specProblem, type QueuedTask } from "../../packages/control-plane/src/domain/tasks.js";

t.test("hyper-parameters: declared, typed, in range, defaults filled", async (t) => {
  const specs = {
    lr: { type: "float" as const, default: 0.1, min: 0, max: 1 },
    epochs: { type: "int" as const, min: 1, max: 100 },
    opt: { type: "enum" as const, choices: ["sgd", "adam"], default: "adam" },
    warm: { type: "bool" as const, default: false },
  };
  t.same(resolveHyperparameters(specs, { epochs: 3 }), { values: { lr: 0.1, epochs: 3, opt: "adam", warm: false } });
  const bad = resolveHyperparameters(specs, { lr: 2, epochs: 1.5, opt: "rmsprop", warm: "yes", extra: 1 });
  t.ok("problems" in bad);
  if ("problems" in bad) t.equal(bad.problems.length, 5, bad.problems.join("; "));
  t.same(resolveHyperparameters(specs, {}), { problems: ["epochs is required"] });
  t.equal(specProblem("ok_name", { type: "int", min: 5, max: 1 }), "hyperparameters.ok_name.min is above max");
  t.match(specProblem("bad name", { type: "int" }), /must match/);
  t.match(specProblem("x", { type: "enum", choices: [] }), /choices/);
  t.match(specProblem("x", { type: "int", default: 1.5 }), /default/);
  t.equal(specProblem("x", { type: "string", default: "a" }), undefined);
});

t.test("the command: {{name}} replaced by the value, one argv word each, no shell", async (t) => {
  t.same(renderCommand(["python", "train.py", "--lr={{lr}}", "{{ name }}", "{{unknown}}"], { lr: 0.5, name: "a b; rm -rf /" }), [
    "python",
    "train.py",
    "--lr=0.5",
    "a b; rm -rf /",
    "{{unknown}}",
  ]);
  t.equal(progressOf(5, 10), 50);
  t.equal(progressOf(50, 10), 100);
  t.equal(progressOf(5, null), null);
});

/**
 * A cluster of `gpus` GPUs and two workspaces submitting one-GPU tasks of equal length without
 * pause: each time GPUs free up, the queue's order decides who gets them. Returns each
 * workspace's GPU-time.
 */
function simulate(shares: Record<string, number>, gpus: number, rounds: number): Map<string, number> {
  const used = new Map<string, number>(Object.keys(shares).map((w) => [w, 0]));
  let seq = 0;
  const queued: QueuedTask[] = [];
  const submit = (ws: string) => queued.push({ taskId: `t${seq++}`, workspaceId: ws, priority: 0, queuedAtMs: seq, gpus: 1 });
  // Each workspace keeps far more work queued than the cluster can run.
  for (const ws of Object.keys(shares)) for (let i = 0; i < gpus * 3; i++) submit(ws);
  let running: QueuedTask[] = [];
  for (let r = 0; r < rounds; r++) {
    // Every task runs one round; then the GPUs are offered again in fair order.
    const held = new Map<string, { share: number; held: number }>(Object.entries(shares).map(([w, share]) => [w, { share, held: 0 }]));
    running = [];
    const order = fairOrder(queued, held);
    for (const task of order.slice(0, gpus)) {
      running.push(task);
      queued.splice(queued.indexOf(task), 1);
      used.set(task.workspaceId, used.get(task.workspaceId)! + 1);
      submit(task.workspaceId);
    }
  }
  return used;
}

t.test("fair between workspaces over many small tasks: within 5 % of the weights", async (t) => {
  const even = simulate({ a: 1, b: 1 }, 8, 200);
  const total = even.get("a")! + even.get("b")!;
  t.ok(Math.abs(even.get("a")! / total - 0.5) <= 0.05, `equal shares: a got ${even.get("a")} of ${total}`);
  const weighted = simulate({ a: 3, b: 1 }, 8, 200);
  const wt = weighted.get("a")! + weighted.get("b")!;
  t.ok(Math.abs(weighted.get("a")! / wt - 0.75) <= 0.05, `3:1 shares: a got ${weighted.get("a")} of ${wt}`);
  // Without fairness (plain first come) the workspace that queued first would take everything.
  const fifo = [...Array(20)].map((_, i) => ({ taskId: `x${i}`, workspaceId: i < 10 ? "early" : "late", priority: 0, queuedAtMs: i, gpus: 1 }));
  const order = fairOrder(fifo, new Map());
  t.same(
    order.slice(0, 4).map((x) => x.workspaceId),
    ["early", "late", "early", "late"],
    "interleaved, not first come first served across workspaces",
  );
});

t.test("inside a workspace: priority first, then first come; GPUs held count against the share", async (t) => {
  const q: QueuedTask[] = [
    { taskId: "old-low", workspaceId: "w", priority: 0, queuedAtMs: 1, gpus: 1 },
    { taskId: "new-high", workspaceId: "w", priority: 5, queuedAtMs: 2, gpus: 1 },
    { taskId: "newer-low", workspaceId: "w", priority: 0, queuedAtMs: 3, gpus: 1 },
  ];
  t.same(
    fairOrder(q, new Map()).map((x) => x.taskId),
    ["new-high", "old-low", "newer-low"],
  );
  const two = [
    { taskId: "busy-1", workspaceId: "busy", priority: 0, queuedAtMs: 1, gpus: 1 },
    { taskId: "idle-1", workspaceId: "idle", priority: 0, queuedAtMs: 2, gpus: 1 },
  ];
  t.same(
    fairOrder(two, new Map([["busy", { share: 1, held: 4 }]])).map((x) => x.taskId),
    ["idle-1", "busy-1"],
    "a workspace already holding GPUs waits behind one holding none",
  );
});

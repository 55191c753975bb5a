// Tasks on a real Docker engine with the real agent and control plane (issue 13): a training
// task from a template on replayed GPUs runs to succeeded; its log and step metrics arrive in
// order and complete; its output is a new model version with lineage to the input dataset
// version and the run; its GPUs are free afterwards; its cost is in the ledger and matches its
// running time.
import t from "tap";
import { PRODUCT, startWorld, type World } from "../helpers/customers.js";
import { freshDatabase, sql } from "../helpers/database.js";
import { testImage } from "../helpers/docker.js";
import { type Login, login } from "../helpers/platform.js";
import { waitFor } from "../helpers/wait.js";

const SCRIPT = [
  "set -e",
  'echo "starting lr=$HP_LR"',
  "ls /data",
  'i=1; while [ $i -le {{steps}} ]; do echo "step $i"; echo "{\\"step\\": $i, \\"loss\\": 0.$((10 - i)), \\"acc\\": 0.$i}" >> "$REMOTEGPU_RUN_DIR/metrics.jsonl"; i=$((i + 1)); done',
  'echo "a warning" >&2',
  'mkdir -p "$REMOTEGPU_OUTPUT_DIR/ckpt"',
  'echo weights > "$REMOTEGPU_OUTPUT_DIR/ckpt/model.bin"',
  'cat /data/digits/labels.csv > "$REMOTEGPU_OUTPUT_DIR/seen.csv"',
  "sleep {{sleep}}",
  "echo done",
].join("\n");

const TEMPLATE = {
  name: "busybox-train",
  image: "", // the test image, set below
  command: ["sh", "-c", SCRIPT],
  hyperparameters: {
    lr: { type: "float", default: 0.1, min: 0, max: 1 },
    steps: { type: "int", default: 5, min: 1, max: 9 },
    sleep: { type: "int", default: 0, min: 0, max: 600 },
  },
  gpu_count: 1,
  cpu_per_gpu: 0.25,
  memory_gib_per_gpu: 0.25,
  output_dir: "/remotegpu/output",
  total_steps_param: "steps",
};

async function dataset(w: World, l: Login): Promise<string> {
  const ds = (await l.call("POST", "/datasets", { name: "digits" })).body.data.id;
  const form = new FormData();
  form.append("dataset_id", ds);
  form.append("files", new Blob(["id,label\n1,7\n"]), "labels.csv");
  const res = await fetch(`${w.cp.url}/api/v1/datasets/versions`, { method: "POST", body: form, headers: { authorization: `Bearer ${l.access}` } });
  const body = (await res.json()) as { data: { id: string } };
  if (res.status !== 201) throw new Error(`version: ${res.status} ${JSON.stringify(body)}`);
  return body.data.id;
}

const statusOf = async (l: Login, id: string) => (await l.call("GET", `/tasks/${id}`)).body.data;
const ended = (l: Login, id: string, ms = 90_000) =>
  waitFor(
    `${id} ended`,
    async () => {
      const task = await statusOf(l, id);
      return ["succeeded", "failed", "cancelled", "timed_out"].includes(task.status) ? task : undefined;
    },
    ms,
    200,
  );

t.test("a training task runs to succeeded with its log, metrics, output, lineage and bill", async (t) => {
  const dbUrl = await freshDatabase(t);
  const w = await startWorld(t, { gpus: 2, databaseUrl: dbUrl, env: { TASK_SCHEDULER_INTERVAL_MS: "200" } });
  const made = await w.cp.api("POST", "/admin/training/templates", { ...TEMPLATE, image: testImage() });
  t.equal(made.status, 201, JSON.stringify(made.body));
  // A dear product, so that two seconds of running cost whole cents: 360.00 an hour is 10 cents a second.
  const dear = await w.cp.api("POST", "/admin/products", { ...PRODUCT, gpu_type: "h100_dear_105", price_hour: "360.00" });
  t.equal(dear.status, 201, JSON.stringify(dear.body));
  const cus = await w.newCustomer("trainer", "1000.00");
  const l = await login(w.cp, cus.username, cus.password);
  const project = (await l.call("POST", "/projects", { name: "digits" })).body.data.id;
  const dv = await dataset(w, l);
  const submitted = await l.call("POST", "/training/submit", {
    project_id: project,
    template_id: made.body.id,
    name: "digits-net",
    gpu_type: "h100_dear_105",
    hyperparameters: { lr: 0.25, steps: 5, sleep: 2 },
    dataset_version_ids: [dv],
  });
  t.equal(submitted.status, 201, JSON.stringify(submitted.body));
  const id = submitted.body.data.id;
  const task = await ended(l, id);
  t.equal(task.status, "succeeded", JSON.stringify(task));
  t.same(
    task.events.map((e: { to: string }) => e.to).filter((s: string) => s !== "pulling"),
    ["queued", "scheduled", "running", "succeeded"],
  );
  t.equal(task.progress, 100);
  t.equal(task.step, 5);

  // The log, in order and complete, with its streams.
  const logs = (await l.call("GET", `/tasks/${id}/logs?limit=100`)).body.data;
  const texts: string[] = logs.lines.map((x: { text: string }) => x.text);
  // Each stream in its exact order; between stdout and stderr, the order Docker read them in.
  t.same(
    logs.lines.filter((x: { stream: string }) => x.stream === "stdout").map((x: { text: string }) => x.text),
    ["starting lr=0.25", "digits", "step 1", "step 2", "step 3", "step 4", "step 5", "done"],
  );
  t.same(
    logs.lines.filter((x: { stream: string }) => x.stream === "stderr").map((x: { text: string }) => x.text),
    ["a warning"],
  );
  t.same(
    logs.lines.map((x: { line: number }) => x.line),
    [0, 1, 2, 3, 4, 5, 6, 7, 8],
  );
  t.equal(logs.complete, true);
  const page = (await l.call("GET", `/tasks/${id}/logs?offset=3&limit=2`)).body.data;
  t.same(
    page.lines.map((x: { text: string }) => x.text),
    texts.slice(3, 5),
  );

  // The step metrics: the loss curve and the run's rows.
  const loss = (await l.call("GET", `/metrics/loss?task_id=${id}`)).body.data;
  t.same(
    loss.points.map((p: { step: number }) => p.step),
    [1, 2, 3, 4, 5],
  );
  t.same(
    loss.points.map((p: { value: number }) => p.value),
    [0.9, 0.8, 0.7, 0.6, 0.5],
  );

  // The output: a new version of the model "digits-net", with lineage to the dataset version and the run.
  t.ok(task.output_version_id, "an output version");
  const lineage = await sql<{ version_id: string; role: string }>(dbUrl, "select version_id, role from lineage_edges where run_id = $1 order by role", [
    task.run_id,
  ]);
  t.same(lineage, [
    { version_id: dv, role: "input" },
    { version_id: task.output_version_id, role: "output" },
  ]);
  const models = (await l.call("GET", "/training/models")).body.data;
  t.equal(models.length, 1);
  t.match(models[0], { name: "digits-net", version: 1, source: "run", source_run_id: task.run_id, file_count: 2 });
  const files = (await l.call("GET", `/models/versions/${task.output_version_id}/files`)).body.data;
  t.same(files.map((f: { path: string }) => f.path).sort(), ["ckpt/model.bin", "seen.csv"]);

  // GPUs free, the bill in the ledger matching the running time.
  const host = await w.cp.host(w.hostId);
  t.equal(host.gpus.filter((g: { instance_id?: string | null }) => g.instance_id).length, 0, "no GPU is held");
  const usage = await sql<{ memo: string }>(
    dbUrl,
    "select memo from ledger_entries where kind = 'usage' and user_id = (select user_id from users where username = 'trainer')",
  );
  t.ok(usage.length >= 1 && usage.every((u) => u.memo === `task ${id}`), "the usage entries name the task");
  const seconds = (Date.parse(task.exited_at) - Date.parse(task.started_at)) / 1000;
  const expected = seconds * 10; // cents
  t.ok(seconds >= 1.5, `it ran ${seconds} s`);
  t.ok(Math.abs(Number(task.cost) * 100 - expected) <= 1, `cost ${task.cost} matches ${seconds} s of running`);
  const charged = await sql<{ n: string }>(dbUrl, "select coalesce(-sum(amount_minor), 0)::bigint as n from ledger_entries where kind = 'usage'");
  t.equal(Number(charged[0]!.n), Math.round(Number(task.cost) * 100), "the ledger holds exactly the task's cost");
});

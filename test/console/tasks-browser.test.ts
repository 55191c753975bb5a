// The console's Tasks, Train and Experiments pages (issue 13) in a real browser against a real
// control plane, agent and Docker engine: a customer logs in, is stopped by the form's range
// check, sees the server's refusal, submits a training task from the Train page (creating its
// project there), watches it reach succeeded on the task page with progress and log lines
// arriving over ws /ws, sees the loss curve drawn, finds the output model version and its
// lineage, opens the run's page with its metric charts, compares runs, moves a run to the
// recycle bin and back; cancels and deletes a second task from its page. Every page passes
// axe-core; the task's name (an XSS string) renders as text; no console errors.
import t from "tap";
import type { Page } from "playwright-core";
import { axe, chromiumMissing, ensureConsoleBuilt, launch, newConsolePage, screenshot } from "../helpers/browser.js";
import { PRODUCT, startWorld, type World } from "../helpers/customers.js";
import { freshDatabase } from "../helpers/database.js";
import { testImage } from "../helpers/docker.js";
import { type Login, login } from "../helpers/platform.js";
import { waitFor } from "../helpers/wait.js";

const XSS_TASK = `<img src=x onerror="window.__xss='task'">digits-net`;

// Each step a second apart: progress and lines arrive while the page is open.
const SCRIPT = [
  "set -e",
  'echo "starting lr=$HP_LR"',
  'i=1; while [ $i -le {{steps}} ]; do echo "step $i"; echo "{\\"step\\": $i, \\"loss\\": 0.$((10 - i)), \\"acc\\": 0.$i}" >> "$REMOTEGPU_RUN_DIR/metrics.jsonl"; sleep {{pause}}; i=$((i + 1)); done',
  'echo "a warning" >&2',
  'mkdir -p "$REMOTEGPU_OUTPUT_DIR"',
  'echo weights > "$REMOTEGPU_OUTPUT_DIR/model.bin"',
  "echo done",
].join("\n");

const TEMPLATE = {
  name: "busybox-train",
  description: "A tiny trainer for the tests",
  image: "", // the test image, set below
  command: ["sh", "-c", SCRIPT],
  hyperparameters: {
    lr: { type: "float", default: 0.1, min: 0, max: 1 },
    steps: { type: "int", default: 5, min: 1, max: 9 },
    pause: { type: "int", default: 1, min: 0, max: 600 },
  },
  gpu_count: 1,
  cpu_per_gpu: 0.25,
  memory_gib_per_gpu: 0.25,
  output_dir: "/remotegpu/output",
  total_steps_param: "steps",
};

/** 3,000 lines at once: the page keeps a window of them, never all. */
const FLOOD = {
  ...TEMPLATE,
  name: "flood",
  command: ["sh", "-c", 'i=0; while [ $i -lt 3000 ]; do echo "line $i"; i=$((i + 1)); done'],
  hyperparameters: {},
  total_steps_param: null,
};

async function dataset(w: World, l: Login): Promise<string> {
  const ds = (await l.call("POST", "/datasets", { name: "digits" })).body.data.id;
  const form = new FormData();
  form.append("dataset_id", ds);
  form.append("files", new Blob(["id,label\n1,7\n"]), "labels.csv");
  const res = await fetch(`${w.cp.url}/api/v1/datasets/versions`, { method: "POST", body: form, headers: { authorization: `Bearer ${l.access}` } });
  if (res.status !== 201) throw new Error(`version: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: { id: string } }).data.id;
}

const missing = chromiumMissing();
if (missing) {
  t.plan(0, `skipped: ${missing}`);
} else {
  await run();
}

async function run(): Promise<void> {
  ensureConsoleBuilt();
  const dbUrl = await freshDatabase(t);
  const w = await startWorld(t, { gpus: 2, databaseUrl: dbUrl, env: { TASK_SCHEDULER_INTERVAL_MS: "200", TELEMETRY_HISTORY_RESOLUTION_S: "2" } });
  const made = await w.cp.api("POST", "/admin/training/templates", { ...TEMPLATE, image: testImage() });
  if (made.status !== 201) throw new Error(`template: ${made.status} ${JSON.stringify(made.body)}`);
  const cus = await w.newCustomer("trainer", "1000.00");
  const l = await login(w.cp, cus.username, cus.password);
  await dataset(w, l);
  const browser = await launch(t);

  const accessible = async (tt: { same: (a: unknown, b: unknown, m: string) => unknown }, page: Page, name: string) => {
    tt.same(await axe(page), [], `${name}: no serious or critical accessibility violations`);
    await screenshot(page, name);
  };
  const nav = async (page: Page, label: string) => {
    await page.getByRole("navigation").getByRole("link", { name: label, exact: true }).click();
    await page.getByRole("heading", { level: 1 }).waitFor();
  };

  const { page, errors } = await newConsolePage(browser, w.cp.url);
  await page.goto("/");
  await page.getByLabel("Username").fill(cus.username);
  await page.getByLabel("Password").fill(cus.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();

  let taskId = "";
  let runId = "";
  let floodId = "";

  await t.test("Train: range checks, the server's refusal, then a task submitted", async (t) => {
    await nav(page, "Train");
    await page.getByRole("heading", { name: "Train a model", level: 1 }).waitFor();
    await page.getByLabel("Template").waitFor();
    await accessible(t, page, "train");

    // No project yet: the form names a new one.
    await page.getByLabel("New project name").fill("digits");
    await page.getByLabel("Name", { exact: true }).fill(XSS_TASK);
    await page.getByLabel("steps").fill("50");
    await page.getByLabel("lr").fill("-0.5");
    await page.getByRole("button", { name: "Start training" }).click();
    t.equal(await page.getByTestId("problem-steps").textContent(), "At most 9", "the template's max, checked in the page");
    t.equal(await page.getByTestId("problem-lr").textContent(), "At least 0");
    t.equal(await page.getByLabel("steps").getAttribute("aria-invalid"), "true");
    await accessible(t, page, "train-invalid");
    t.equal((await l.call("GET", "/tasks")).body.data.length, 0, "nothing submitted");
    t.equal((await l.call("GET", "/projects")).body.data.length, 0, "no project made either");

    // Valid here, refused there: the operator narrowed the template after the form was loaded;
    // the server's 422 is shown as it says it.
    const narrowed = await w.cp.api("PATCH", `/admin/training/templates/${made.body.id}`, {
      hyperparameters: { ...TEMPLATE.hyperparameters, steps: { type: "int", default: 2, min: 1, max: 2 } },
    });
    t.equal(narrowed.status, 200, JSON.stringify(narrowed.body));
    await page.getByLabel("steps").fill("3");
    await page.getByLabel("lr").fill("0.25");
    await page.getByLabel("GPU product").selectOption(PRODUCT.gpu_type);
    await page.getByRole("button", { name: "Start training" }).click();
    const refused = await page.getByRole("alert").textContent();
    t.match(refused, /^Not submitted: hyperparameters: .*steps/, `the server's refusal is shown: ${refused}`);
    t.equal((await l.call("GET", "/tasks")).body.data.length, 0, "nothing submitted");
    t.same(
      errors.splice(0),
      ["console: Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)"],
      "only the refused request logged",
    );
    // Submitting read the templates again: the form now knows the narrower range.
    await page.getByRole("button", { name: "Start training" }).click();
    await page.getByTestId("problem-steps").waitFor();
    t.equal(await page.getByTestId("problem-steps").textContent(), "At most 2", "the form took the new range");
    await page.getByLabel("steps").fill("2");
    await page.getByLabel("pause").fill("2");

    // The project made by the refused try is chosen now (not made twice).
    t.equal(await page.getByLabel("New project name").count(), 0);
    t.equal((await l.call("GET", "/projects")).body.data.length, 1, "one project");
    await page.getByRole("checkbox", { name: "digits" }).check();
    await page.getByRole("button", { name: "Start training" }).click();
    // The console navigates with pushState (no load event): the task's heading says it arrived.
    await page
      .getByRole("heading", { name: XSS_TASK, level: 1 })
      .waitFor()
      .catch(async (err: Error) => {
        await screenshot(page, "train-not-submitted");
        throw new Error(`${err.message}; the page says: ${await page.locator("main").textContent()}`);
      });
    taskId = page.url().split("/").pop()!;
    t.equal(await page.getByRole("heading", { level: 1 }).textContent(), XSS_TASK, "the name is shown as text");
    const task = (await l.call("GET", `/tasks/${taskId}`)).body.data;
    t.same(task.hyperparameters, { lr: 0.25, steps: 2, pause: 2 }, "typed values sent");
    t.equal(task.dataset_version_ids.length, 1, "the dataset chosen");
  });

  await t.test("the task page: live progress and lines, succeeded, loss curve, output model, lineage", async (t) => {
    const seen: { status: string; progress: number; lines: number }[] = [];
    await waitFor(
      "the page shows succeeded",
      async () => {
        const status = (await page.getByTestId("task-status").getAttribute("data-status")) ?? "";
        const progress = Number(await page.getByTestId("task-progress").getAttribute("data-value"));
        const lines = await page.getByTestId("log-line").count();
        seen.push({ status, progress, lines });
        return status === "succeeded" ? true : undefined;
      },
      120_000,
      100,
    );
    t.ok(
      seen.some((s) => s.status === "running" && s.lines > 0 && s.lines < 4),
      "log lines appeared while it ran",
    );
    t.ok(
      seen.some((s) => s.status === "running" && s.progress > 0 && s.progress < 100),
      "progress moved while it ran",
    );
    t.equal(await page.getByTestId("live").textContent(), "Live", "over the live channel");
    await page.getByTestId("task-progress").and(page.locator('[data-value="100"]')).waitFor();
    await waitFor("all lines", async () => ((await page.getByTestId("log-line").count()) >= 5 ? true : undefined), 20_000, 100);
    const texts = await page.getByTestId("log-line").allTextContents();
    t.same(
      texts.filter((x) => /^step/.test(x)),
      ["step 1", "step 2"],
      "the lines, in order",
    );
    t.ok(texts.includes("a warning"), "stderr too");
    await page.locator('[data-testid="loss-chart"][data-points="2"]').waitFor();
    t.equal(await page.locator('[data-testid="loss-chart"] canvas').count(), 1, "the loss curve is drawn");
    t.equal(await page.evaluate("window.__xss"), undefined, "no script ran from the name");
    await accessible(t, page, "task-succeeded");

    const output = page.getByTestId("task-output");
    await output.getByRole("link").first().waitFor();
    t.match(await output.getByRole("link").first().textContent(), /v1$/, "the output model version");
    runId = (await l.call("GET", `/tasks/${taskId}`)).body.data.run_id;

    await output.getByRole("link", { name: "Lineage" }).click();
    await page.getByRole("heading", { name: /^Lineage of .+ v1$/, level: 1 }).waitFor();
    await page.getByTestId("lineage").waitFor();
    const lineage = await page.getByTestId("lineage").textContent();
    t.match(lineage, /digits v1/, "the dataset version went in");
    await accessible(t, page, "lineage");

    await page.goBack();
    await page.getByTestId("task-output").getByRole("link").first().click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    t.match(page.url(), /\/models\/[\w-]+$/, "the model's page");
  });

  await t.test("the run's page and the experiments list: charts, compare, recycle bin", async (t) => {
    await page.goto(`/experiments/${runId}`);
    await page.getByTestId("run-status").waitFor();
    await page.locator('[data-testid="metric-loss"][data-points="2"]').waitFor();
    await page.locator('[data-testid="metric-acc"][data-points="2"]').waitFor();
    await page.getByTestId("run-log").getByText("step 2").waitFor();
    await accessible(t, page, "run");

    await nav(page, "Experiments");
    const row = page.locator(`tr[data-run="${runId}"]`);
    await row.waitFor();
    await accessible(t, page, "experiments");
    await row.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Compare selected (1)" }).click();
    await page.locator('[data-testid="compare-chart"][data-points="2"]').waitFor();
    await page.getByLabel("Metric").selectOption("acc");
    await page.locator('[data-testid="compare-chart"] figcaption', { hasText: "acc" }).waitFor();

    await page.getByRole("button", { name: "Delete selected (1)" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
    await page.getByText("1 run(s) moved to the recycle bin.").waitFor();
    await row.waitFor({ state: "detached" });
    const binned = page.getByTestId("recycle-bin").locator(`li[data-run="${runId}"]`);
    await binned.waitFor();
    await accessible(t, page, "experiments-bin");
    await binned.getByRole("button").click();
    await page.getByText("1 run(s) restored.").waitFor();
    await row.waitFor();
    t.pass("deleted to the bin and restored");
  });

  await t.test("a second task cancelled and deleted from its page; the list filters", async (t) => {
    const project = (await l.call("GET", "/projects")).body.data[0].id;
    const r = await l.call("POST", "/training/submit", {
      project_id: project,
      template_id: made.body.id,
      name: "long-one",
      gpu_type: PRODUCT.gpu_type,
      hyperparameters: { steps: 2, pause: 600 },
    });
    t.equal(r.status, 201, JSON.stringify(r.body));
    const id = r.body.data.id;
    await nav(page, "Tasks");
    await page.locator(`tr[data-task="${id}"]`).waitFor();
    await accessible(t, page, "tasks");
    await page.getByLabel("Status").selectOption("succeeded");
    await page.locator(`tr[data-task="${id}"]`).waitFor({ state: "detached" });
    t.equal(await page.locator(`tr[data-task="${taskId}"]`).count(), 1, "the filter keeps the succeeded one");
    await page.getByLabel("Status").selectOption("");
    await page.locator(`tr[data-task="${id}"]`).getByRole("link").click();
    await page.locator('[data-testid="task-status"][data-status="running"]').waitFor({ timeout: 90_000 });
    await page.getByRole("button", { name: "Cancel task" }).click();
    const dialog = page.getByRole("dialog");
    t.equal(await dialog.getByRole("heading").textContent(), "Cancel task long-one?");
    await accessible(t, page, "task-cancel-dialog");
    await dialog.getByRole("button", { name: "Cancel task" }).click();
    await page.locator('[data-testid="task-status"][data-status="cancelled"]').waitFor({ timeout: 60_000 });
    t.equal((await l.call("GET", `/tasks/${id}`)).body.data.status, "cancelled");
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
    await page.getByRole("heading", { name: "Tasks", level: 1 }).waitFor();
    t.equal((await l.call("GET", `/tasks/${id}`)).status, 404, "deleted");
  });

  await t.test("a task with 3,000 log lines: the page holds a window of 500 and pages back", async (t) => {
    const flood = await w.cp.api("POST", "/admin/training/templates", { ...FLOOD, image: testImage() });
    t.equal(flood.status, 201, JSON.stringify(flood.body));
    const project = (await l.call("GET", "/projects")).body.data[0].id;
    const r = await l.call("POST", "/training/submit", { project_id: project, template_id: flood.body.id, name: "flood", gpu_type: PRODUCT.gpu_type });
    t.equal(r.status, 201, JSON.stringify(r.body));
    floodId = r.body.data.id;
    await page.goto(`/tasks/${floodId}`);
    await page.locator('[data-testid="task-status"][data-status="succeeded"]').waitFor({ timeout: 90_000 });
    await page.getByTestId("log-line").getByText("line 2999", { exact: true }).waitFor();
    t.equal(await page.getByTestId("log-line").count(), 500, "500 lines in the page, not 3,000");
    t.equal(await page.getByTestId("log-line").first().textContent(), "line 2500");
    await page.getByRole("button", { name: "Earlier lines" }).click();
    await page.locator('[data-testid="log"][data-first="2000"]').waitFor();
    t.equal(await page.getByTestId("log-line").first().textContent(), "line 2000", "the page before");
    t.equal(await page.getByTestId("log-line").count(), 500);
    await page.getByRole("button", { name: "Later lines" }).click();
    await page.locator('[data-testid="log"][data-first="2500"]').waitFor();
    await page.getByRole("button", { name: "Follow new lines" }).click();
    t.equal(await page.getByTestId("log-line").last().textContent(), "line 2999", "following again: the newest");
    await accessible(t, page, "task-flood");
  });

  await t.test("without WebSockets (a proxy that refuses them) the task page polls", async (t) => {
    const other = await newConsolePage(browser, w.cp.url);
    // A WebSocket that never opens: as if the upgrade were refused.
    await other.page.addInitScript(
      `window.WebSocket = class { constructor() { setTimeout(() => this.onclose && this.onclose({}), 10); } send() {} close() {} };`,
    );
    await other.page.goto("/");
    await other.page.getByLabel("Username").fill(cus.username);
    await other.page.getByLabel("Password").fill(cus.password);
    await other.page.getByRole("button", { name: "Log in" }).click();
    await other.page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
    const project = (await l.call("GET", "/projects")).body.data[0].id;
    const r = await l.call("POST", "/training/submit", {
      project_id: project,
      template_id: made.body.id,
      name: "polled",
      gpu_type: PRODUCT.gpu_type,
      hyperparameters: { steps: 2, pause: 2 },
    });
    t.equal(r.status, 201, JSON.stringify(r.body));
    await other.page.goto(`/tasks/${r.body.data.id}`);
    await other.page.locator('[data-testid="task-status"][data-status="succeeded"]').waitFor({ timeout: 90_000 });
    t.equal(await other.page.getByTestId("live").textContent(), "", "not live");
    await other.page.getByTestId("log-line").getByText("done", { exact: true }).waitFor();
    await other.page.locator('[data-testid="loss-chart"][data-points="2"]').waitFor();
    // An ended task's page, opened without a socket: its newest lines, read once.
    await other.page.goto(`/tasks/${floodId}`);
    await other.page.getByTestId("log-line").getByText("line 2999", { exact: true }).waitFor();
    t.equal(await other.page.getByTestId("log-line").count(), 500, "the last 500 lines");
    t.same(other.errors, [], "no console errors");
    await other.context.close();
  });

  await t.test("Chinese strings on the new pages; no console errors", async (t) => {
    await page.getByLabel("Language").selectOption("zh");
    await page.getByRole("navigation").getByRole("link", { name: "实验", exact: true }).click();
    await page.getByRole("heading", { name: "实验", level: 1 }).waitFor();
    await page.getByLabel("语言").selectOption("en");
    t.same(errors, [], "no console errors or uncaught exceptions");
  });
}

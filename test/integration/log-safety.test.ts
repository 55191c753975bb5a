// Logs never carry secrets (issue 9 §4): a run with forced database errors (a constraint that
// refuses every new row, a table dropped under the running service) logs them, and none of the
// passwords, tokens, hashes or keys planted in the run appears anywhere in the logs.
import { createHash } from "node:crypto";
import t from "tap";
import { safeError } from "../../packages/control-plane/src/domain/log-safety.js";
import { sql } from "../helpers/database.js";
import { startApiWorld } from "../helpers/customers.js";
import { captureLogs } from "../helpers/logs.js";
import { ADMIN_TOKEN, SECRET_KEYS } from "../helpers/processes.js";

t.test("forced database errors are logged without the values of the query", async (t) => {
  const logs = captureLogs("trace");
  const w = await startApiWorld(t, { gpus: 2, log: logs.log });
  const password = "planted-customer-password-7f3a";
  t.equal((await w.cp.api("POST", "/admin/users", { username: "leaky", password })).status, 201);
  const tok = await w.call("/generate/token", { username: "leaky", password, name: "planted-token-name" }, null);
  const token: string = tok.body.token.token;
  const [user] = await sql<{ password_hash: string }>(w.cp.dbUrl, "select password_hash from users where username = 'leaky'");
  const rootPassword = "planted-root-password-91c2";

  // 1. A constraint that refuses every new instance and token: the inserts fail with a detail
  //    ("Failing row contains …") and, before, a message with every bound value.
  await sql(w.cp.dbUrl, "alter table instances add constraint planted_refusal check (false) not valid");
  await sql(w.cp.dbUrl, "alter table api_tokens add constraint planted_refusal check (false) not valid");
  const created = await w.cp.api("POST", "/admin/instances", {
    host_id: w.hostId,
    image_ref: "registry.example.com/x:1",
    gpu_count: 0,
    root_password: rootPassword,
  });
  t.equal(created.status, 500, JSON.stringify(created.body));
  const again = await w.call("/generate/token", { username: "leaky", password, name: "planted-second-name" }, null);
  t.equal(again.status, 500);
  // 2. A unique violation inside a query that binds the password hash.
  await sql(w.cp.dbUrl, "alter table users drop constraint if exists planted_unique");
  await sql(w.cp.dbUrl, "create unique index planted_hash_unique on users ((true))");
  const dup = await w.cp.api("POST", "/admin/users", { username: "second", password });
  t.equal(dup.status, 500, JSON.stringify(dup.body));
  // 3. A table dropped under the running service: every token lookup fails.
  await sql(w.cp.dbUrl, "drop table api_tokens cascade");
  const lookup = await w.call("/gpu/instances/list", {}, token);
  t.equal(lookup.status, 500);

  const text = logs.text();
  const failures = logs.lines().filter((l) => l.msg === "request failed");
  t.ok(failures.length >= 4, `the failures are logged (${failures.length})`);
  t.ok(
    failures.some((l) => /planted_refusal/.test(JSON.stringify(l.err))),
    "with what PostgreSQL says (the constraint's name)",
  );
  t.ok(
    failures.every((l) => l.err.detail === undefined && l.err.where === undefined),
    "no detail: PostgreSQL puts the failing row's values there",
  );
  t.notOk(/Failing row contains|Key \(/.test(text), "no row values anywhere");
  const secrets: [string, string][] = [
    ["customer password", password],
    ["password hash", user!.password_hash],
    ["password hash (salt)", user!.password_hash.split("$")[4]!],
    ["API token", token],
    ["API token hash", createHash("sha256").update(token).digest("hex").slice(0, 16)],
    ["token name", "planted-second-name"],
    ["root password", rootPassword],
    ["admin token", ADMIN_TOKEN],
    ["secret key", SECRET_KEYS],
  ];
  for (const [what, value] of secrets) t.notOk(text.includes(value), `no ${what} in the logs`);
});

t.test("safeError keeps names and codes, drops values, follows causes", async (t) => {
  const pgLike = Object.assign(new Error('insert into users - duplicate key value violates unique constraint "users_username_key"'), {
    code: "23505",
    constraint: "users_username_key",
    table: "users",
    detail: "Key (username)=(planted-name) already exists.",
    where: "SQL function planted",
    bindings: ["planted-binding"],
    parameters: ["planted-parameter"],
  });
  const wrapped = new Error("database migration failed", { cause: pgLike });
  const out = JSON.stringify(safeError(wrapped));
  t.notMatch(out, /planted/);
  t.match(out, /users_username_key/);
  t.match(out, /23505/);
  t.equal(safeError("plain text"), "plain text");
});

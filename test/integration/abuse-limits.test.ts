// Abuse and bad input (issue 9 §5): deeply nested JSON, password hashing under load, limits per
// username and per address, failed token lookups limited before the database is touched.
import t from "tap";
import { sql } from "../helpers/database.js";
import { startApiWorld } from "../helpers/customers.js";

const nested = (levels: number, open = '{"a":', close = "}") => open.repeat(levels) + "1" + close.repeat(levels);

t.test("deeply nested JSON at any endpoint is a 400, never a 500, and changes nothing", async (t) => {
  const w = await startApiWorld(t, { gpus: 1 });
  const u = await w.newCustomer("nest", "100");
  const count = async () => (await sql(w.cp.dbUrl, "select (select count(*) from users)::int + (select count(*) from api_tokens)::int as n"))[0]!.n;
  const before = await count();
  // 100,000 levels in 500 KB (objects) and 200 KB (arrays): under the 1 MiB body limit.
  for (const body of [nested(100_000), nested(100_000, "[", "]"), `{"x":${nested(100_000, "[", "]")}}`]) {
    t.ok(body.length < 1024 * 1024);
    for (const [path, token] of [
      ["/gpu/instances/list", u.token],
      ["/gpu/instances/buy", u.token],
      ["/generate/token", null],
      ["/delete/token", null],
    ] as const) {
      const r = await w.call(path, body, token);
      t.same([r.status, r.body.code], [400, "INVALID_JSON"], `${path} with ${body.slice(0, 6)}…`);
      t.match(r.body.message, /deeper than 32 levels/);
    }
    for (const path of ["/admin/users", "/admin/products", "/admin/instances"]) {
      const r = await w.cp.api("POST", path, body);
      t.same([r.status, r.body.code], [400, "INVALID_JSON"], `POST ${path}`);
    }
  }
  // 33 levels is refused, 32 is parsed (and then judged on its fields, as before).
  t.same((await w.call("/gpu/instances/list", `{"x":${nested(32)}}`, u.token)).body.code, "INVALID_JSON");
  const ok = await w.call("/gpu/instances/list", `{"x":${nested(31)}}`, u.token);
  t.equal(ok.status, 200, "31 levels inside the body (32 in all) is fine");
  // Brackets inside strings are text, not nesting.
  const text = await w.call("/gpu/instances/list", JSON.stringify({ x: "{[".repeat(1000), y: '\\"{{{' }), u.token);
  t.equal(text.status, 200);
  t.equal(await count(), before, "nothing changed");
});

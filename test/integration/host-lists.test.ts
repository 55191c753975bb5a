// GET /admin/hosts filters revoked hosts in or out, and POST /admin/hosts/{id}/remove takes a
// revoked host with no live instance out of the default lists, keeping it (and its history)
// under ?removed=true and by its id. Bad input and refusals change nothing.
import t from "tap";
import { startApiWorld } from "../helpers/customers.js";
import { sql } from "../helpers/database.js";

t.test("revoked hosts are filterable, and removable from the lists once nothing lives on them", async (t) => {
  const w = await startApiWorld(t, { hosts: 3 });
  const [a, b, c] = (await sql<{ host_id: string }>(w.cp.dbUrl, "select host_id from hosts order by host_id")).map((h) => h.host_id) as [
    string,
    string,
    string,
  ];
  const ids = async (query = "") => {
    const r = await w.cp.api("GET", `/admin/hosts${query}`);
    t.equal(r.status, 200, query);
    return (r.body.items as { host_id: string }[]).map((h) => h.host_id).sort();
  };
  // An instance on c, then b and c revoked.
  const made = await w.cp.api("POST", "/admin/instances", { host_id: c, image_ref: "registry.example.com/ubuntu-cuda:12", gpu_count: 1 });
  t.equal(made.status, 202);
  for (const h of [b, c]) t.equal((await w.cp.api("POST", `/admin/hosts/${h}/revoke`)).status, 200);

  t.same(await ids(), [a, b, c]);
  t.same(await ids("?revoked=true"), [b, c]);
  t.same(await ids("?revoked=false"), [a]);
  t.same(await ids("?revoked=true&status=offline&room_name=105"), [b, c], "with the other filters");
  for (const bad of ["?revoked=yes", "?revoked=1", "?removed=TRUE", "?revoked=true&revoked=false"]) {
    const r = await w.cp.api("GET", `/admin/hosts${bad}`);
    t.match(r, { status: 400, body: { code: "INVALID_ARGUMENT", message: /revoked|removed/ } }, bad);
  }

  const remove = (id: string, body: unknown = {}) => w.cp.api("POST", `/admin/hosts/${id}/remove`, body);
  t.match(await remove(a), { status: 409, body: { code: "CONFLICT", message: /not revoked/ } });
  t.match(await remove(c), { status: 409, body: { code: "CONFLICT", message: /1 instance/ } });
  t.match(await remove("host-0000000000000000"), { status: 404, body: { code: "NOT_FOUND" } });
  t.match(await remove("../../etc"), { status: 404 });
  t.match(await remove(b, "[1"), { status: 400, body: { code: "INVALID_JSON" } });
  t.equal((await w.cp.api("POST", `/admin/hosts/${b}/remove`, {}, "not-the-admin-token-at-all")).status, 401);
  t.same(await ids(), [a, b, c], "nothing removed by those");

  const removed = await remove(b);
  t.equal(removed.status, 200);
  t.equal(removed.body.host_id, b);
  t.ok(Date.parse(removed.body.removed_at) > 0);
  t.equal((await remove(b)).body.removed_at, removed.body.removed_at, "idempotent: the first time is kept");
  t.same(await ids(), [a, c], "gone from the default list");
  t.same(await ids("?revoked=true"), [c]);
  t.same(await ids("?removed=true"), [b], "kept as history");
  const shown = await w.cp.api("GET", `/admin/hosts/${b}`);
  t.equal(shown.status, 200);
  t.equal(shown.body.removed_at, removed.body.removed_at);
  t.equal(shown.body.revoked_at !== null, true);

  // c's instance: abandoned with the host, destroyed at once, then c can go too.
  t.equal((await w.cp.api("POST", `/admin/hosts/${c}/abandon`, {})).status, 200);
  t.equal((await w.cp.api("POST", `/admin/instances/${made.body.instance_id}/destroy`, {})).body.state, "Destroyed");
  t.equal((await remove(c)).status, 200);
  t.same(await ids(), [a]);
  t.same(await ids("?removed=true"), [b, c]);
  t.same(await sql(w.cp.dbUrl, "select count(*)::int as n from instances where host_id = $1", [c]), [{ n: 1 }], "its instances stay as history");
});

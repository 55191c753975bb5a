// Root passwords at rest (issue 9 §4): sealed in instance rows and command payloads, opened
// only for the owner and the agent, never in admin views; keys rotate at start-up.
import { createDecipheriv, hkdfSync } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import t from "tap";
import { startControlPlane } from "../../packages/control-plane/src/app.js";
import { loadConfig } from "../../packages/control-plane/src/config.js";
import { sql } from "../helpers/database.js";
import { PRODUCT, startApiWorld, TEST_CP_ENV, type ApiWorld } from "../helpers/customers.js";
import { ADMIN_TOKEN, SECRET_KEYS, tempDir } from "../helpers/processes.js";

const BUY = (w: ApiWorld) => ({ image_id: w.imageId, num: 1, gpu_type: PRODUCT.gpu_type, gpu_count: 1, pay_unit: 4, room_name: "105" });
const NEW_KEY = Buffer.alloc(32, 9).toString("base64");
const keyIdPattern = /^sb1:([0-9a-f]{8}):/;

/** Another control plane on the same database (a restart with other settings). */
async function restart(t: { teardown(fn: () => unknown): void }, dbUrl: string, env: Record<string, string>) {
  const config = loadConfig({ DATABASE_URL: dbUrl, PORT: "0", GRPC_PORT: "off", DATA_DIR: tempDir("cp"), ADMIN_TOKEN, ...env });
  const cp = await startControlPlane(config, ADMIN_TOKEN, pino({ level: "silent" }));
  t.teardown(() => cp.stop());
  return cp;
}

async function stored(w: ApiWorld, gid: string) {
  const [row] = await sql<{ pw: string }>(w.cp.dbUrl, "select spec->>'root_password' as pw from instances where instance_id = $1", [gid]);
  const payloads = await sql<{ payload: Buffer }>(w.cp.dbUrl, "select payload from commands where instance_id = $1", [gid]);
  return { pw: row!.pw, payloads: payloads.map((p) => p.payload) };
}

t.test("root passwords are sealed in rows and payloads, shown to the owner only", async (t) => {
  const w = await startApiWorld(t, { gpus: 2 });
  const u = await w.newCustomer("olga", "100");
  const buy = await w.call("/gpu/instances/buy", BUY(w), u.token);
  t.equal(buy.status, 200, JSON.stringify(buy.body));
  const gid: string = buy.body.success[0].gid;
  const listed = (await w.call("/gpu/instances/list", { gid }, u.token)).body.items[0];
  t.match(listed.password, /^\w{16}$/, "the owner sees the password");
  const s = await stored(w, gid);
  t.match(s.pw, keyIdPattern, "sealed in the row");
  t.not(s.pw, listed.password);
  t.ok(s.payloads.length > 0);
  for (const p of s.payloads) {
    t.notOk(p.includes(listed.password), "the command payload does not carry the password in clear");
    t.equal(p.subarray(0, 4).toString(), "RGSB", "the payload is sealed");
  }
  const other = await w.newCustomer("oscar", "100");
  t.same((await w.call("/gpu/instances/list", { gid }, other.token)).body.items ?? [], [], "another customer sees nothing");
  // Admin views: no password anywhere.
  const one = await w.cp.api("GET", `/admin/instances/${gid}`);
  const all = await w.cp.api("GET", "/admin/instances");
  t.equal(one.status, 200);
  t.notOk(JSON.stringify(one.body).includes(listed.password), "not in the admin detail");
  t.notOk(JSON.stringify(all.body).includes(listed.password), "not in the admin list");
  t.notOk("password" in one.body);
  // An operator's instance: the password is answered once, at creation.
  const created = await w.cp.api("POST", "/admin/instances", {
    host_id: w.hostId,
    image_ref: "registry.example.com/x:1",
    gpu_count: 0,
    root_password: "operator-chosen-pw",
  });
  t.equal(created.status, 202, JSON.stringify(created.body));
  t.equal(created.body.root_password, "operator-chosen-pw");
  t.match((await stored(w, created.body.instance_id)).pw, keyIdPattern);
  t.notOk(JSON.stringify((await w.cp.api("GET", `/admin/instances/${created.body.instance_id}`)).body).includes("operator-chosen-pw"));
});

t.test("start-up seals plaintext from before and re-seals with a rotated key", async (t) => {
  const w = await startApiWorld(t, { gpus: 2 });
  const u = await w.newCustomer("rita", "100");
  const gid: string = (await w.call("/gpu/instances/buy", BUY(w), u.token)).body.success[0].gid;
  const password: string = (await w.call("/gpu/instances/list", { gid }, u.token)).body.items[0].password;
  const oldId = keyIdPattern.exec((await stored(w, gid)).pw)![1];
  // A row and a payload as an older version stored them: in clear.
  await sql(w.cp.dbUrl, `update instances set spec = jsonb_set(spec, '{root_password}', '"legacy-plain-pw"') where instance_id = $1`, [gid]);
  await sql(w.cp.dbUrl, "update commands set payload = $2 where instance_id = $1", [gid, Buffer.from("\n$legacy plaintext payload legacy-plain-pw")]);
  await w.cp.stop();

  // Restart with a new first key and the old one still listed.
  const cp2 = await restart(t, w.cp.dbUrl, { SECRET_KEYS: `${NEW_KEY},${SECRET_KEYS}` });
  const s = await stored(w, gid);
  const newId = keyIdPattern.exec(s.pw)![1];
  t.not(newId, oldId, "sealed with the new key");
  for (const p of s.payloads) {
    t.notOk(p.includes("legacy-plain-pw"), "the legacy payload is sealed");
    t.equal(p.subarray(5, 13).toString(), newId, "with the new key");
  }
  const list = await fetch(`http://127.0.0.1:${cp2.httpPort}/gpu/instances/list`, {
    method: "POST",
    headers: { authorization: u.token },
    body: JSON.stringify({ gid }),
  });
  t.equal(((await list.json()) as any).items[0].password, "legacy-plain-pw", "the owner still gets the password");
  await cp2.stop();

  // Now the old key can go: everything opens with the new one alone, nothing left to do.
  const other = await sql<{ pw: string }>(w.cp.dbUrl, "select spec->>'root_password' as pw from instances");
  t.ok(other.every((r) => r.pw.startsWith(`sb1:${newId}:`)));
  const cp3 = await restart(t, w.cp.dbUrl, { SECRET_KEYS: NEW_KEY });
  const again = await fetch(`http://127.0.0.1:${cp3.httpPort}/gpu/instances/list`, {
    method: "POST",
    headers: { authorization: u.token },
    body: JSON.stringify({ gid }),
  });
  t.equal(((await again.json()) as any).items[0].password, "legacy-plain-pw");
  t.not(password, "legacy-plain-pw");
});

t.test("without SECRET_KEYS a key file is generated under DATA_DIR (0600) and kept", async (t) => {
  const w = await startApiWorld(t, { gpus: 1 });
  await w.cp.stop();
  const dataDir = tempDir("cp");
  const config = loadConfig({ DATABASE_URL: w.cp.dbUrl, PORT: "0", GRPC_PORT: "off", DATA_DIR: dataDir, ADMIN_TOKEN });
  const cp = await startControlPlane(config, ADMIN_TOKEN, pino({ level: "silent" }));
  const file = join(dataDir, "secret-keys");
  t.equal(statSync(file).mode & 0o777, 0o600);
  const key = readFileSync(file, "utf8");
  t.match(key, /^[A-Za-z0-9+/]{43}=\n$/);
  await cp.stop();
  const cp2 = await startControlPlane(config, ADMIN_TOKEN, pino({ level: "silent" }));
  t.teardown(() => cp2.stop());
  t.equal(readFileSync(file, "utf8"), key, "the same key on the next start");
  t.throws(() => loadConfig({ SECRET_KEYS: "short" }), /SECRET_KEYS: key 1 is not 32 bytes/);
});

t.test("stored Idempotency-Key answers need the server key as well as the client's key", async (t) => {
  const w = await startApiWorld(t, { gpus: 1 });
  const u = await w.newCustomer("ida", "100");
  const body = { username: "ida", password: u.password, name: "idem" };
  const first = await w.call("/generate/token", body, null, { "idempotency-key": "idem-key-1" });
  t.equal(first.status, 200);
  const token: string = first.body.token.token;
  const [row] = await sql<{ response_sealed: Buffer }>(w.cp.dbUrl, "select response_sealed from idempotent_requests where response_sealed is not null");
  t.notOk(row!.response_sealed.includes(token), "not stored in clear");
  // With the Idempotency-Key and a copy of the database alone (the scheme before): it does not open.
  const [user] = await sql<{ user_id: number }>(w.cp.dbUrl, "select user_id from users where username = 'ida'");
  const keyOnly = Buffer.from(hkdfSync("sha256", Buffer.from("idem-key-1"), Buffer.from(`user:${user!.user_id}`), "remotegpu idempotent response", 32));
  const d = createDecipheriv("aes-256-gcm", keyOnly, row!.response_sealed.subarray(0, 12));
  d.setAuthTag(row!.response_sealed.subarray(12, 28));
  t.throws(() => Buffer.concat([d.update(row!.response_sealed.subarray(28)), d.final()]), "the client's key alone does not open it");
  const again = await w.call("/generate/token", body, null, { "idempotency-key": "idem-key-1" });
  t.equal(again.body.token.token, token, "the retry gets the first answer");
  await w.cp.stop();
  // Rotated (the old key still listed): still readable. Without the old key: refused, never run twice.
  const rotated = await restart(t, w.cp.dbUrl, { SECRET_KEYS: `${NEW_KEY},${SECRET_KEYS}`, ...TEST_CP_ENV });
  const call = (port: number) =>
    fetch(`http://127.0.0.1:${port}/generate/token`, { method: "POST", headers: { "idempotency-key": "idem-key-1" }, body: JSON.stringify(body) });
  const replay = await call(rotated.httpPort);
  t.equal(((await replay.json()) as any).token.token, token);
  await rotated.stop();
  const lost = await restart(t, w.cp.dbUrl, { SECRET_KEYS: NEW_KEY, ...TEST_CP_ENV });
  const refused = await call(lost.httpPort);
  t.equal(refused.status, 409);
  t.match(await refused.json(), { code: "IDEMPOTENCY_CONFLICT", message: /can no longer be read/ });
  const [n] = await sql<{ n: number }>(w.cp.dbUrl, "select count(*)::int as n from api_tokens t join users u using (user_id) where u.username = 'ida'");
  t.equal(n!.n, 2, "one token from newCustomer, one from the idempotent call: nothing ran twice");
});

// PUT /agent/v1/tasks/{instance_id}/output/{sha256} (decision 0031): a finished task's output
// files, uploaded by the agent that ran it with its host credential, only while the task's
// finish_task command waits for its result; the content must be the digest it names.
import { createHash } from "node:crypto";
import { request } from "node:http";
import { Readable } from "node:stream";
import { httpOutputUploader } from "../../packages/agent/src/tasks/finish.js";
import t from "tap";
import { sha256 } from "../../packages/control-plane/src/domain/secrets.js";
import { sql } from "../helpers/database.js";
import { startInProcess } from "../helpers/in-process.js";

const HOST = "host-0000000000000a01";
const OTHER = "host-0000000000000a02";
const SECRET = "secret-of-host-a01-0123456789";
const OTHER_SECRET = "secret-of-host-a02-0123456789";
const hex = (b: string | Buffer) => createHash("sha256").update(b).digest("hex");

t.test("task output uploads: the host's own task being finished, the digest it names, a size cap", async (t) => {
  const cp = await startInProcess(t, { TASK_OUTPUT_MAX_GB: "1" });
  for (const [id, secret] of [
    [HOST, SECRET],
    [OTHER, OTHER_SECRET],
  ] as const) {
    await sql(cp.dbUrl, "insert into hosts (host_id, room_name, credential_hash, heartbeat_interval_ms, last_seen_at) values ($1, '105', $2, 1000, now())", [
      id,
      sha256(secret),
    ]);
  }
  const instance = async (iid: string, host: string, op: string, status = "pending") => {
    await sql(
      cp.dbUrl,
      "insert into instances (instance_id, host_id, room_name, state, gpu_count, image_ref, spec) values ($1, $2, '105', 'Running', 0, 'img', '{}')",
      [iid, host],
    );
    await sql(
      cp.dbUrl,
      `insert into commands (command_id, instance_id, host_id, generation, op, payload, status, finished_at)
       values (gen_random_uuid(), $1, $2, 2, $3, '\\x00', $4, case when $4 = 'pending' then null else now() end)`,
      [iid, host, op, status],
    );
  };
  await instance("gpu-tfinishing-1", HOST, "finish_task");
  await instance("gpu-trunning-1", HOST, "create", "succeeded");
  await instance("gpu-tdone-1", HOST, "finish_task", "succeeded");
  await instance("gpu-tforeign-1", OTHER, "finish_task");

  const put = (iid: string, digest: string, body: string | Buffer, secret = SECRET, host = HOST) =>
    fetch(`${cp.url}/agent/v1/tasks/${iid}/output/${digest}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${secret}`, "x-remotegpu-host-id": host, "content-type": "application/octet-stream" },
      body,
    });
  const blobs = async () => (await sql<{ digest: string; size: string }>(cp.dbUrl, "select digest, size from blobs order by digest")).map((b) => b.digest);

  const content = "model weights\n";
  const d = hex(content);
  t.equal((await put("gpu-tfinishing-1", d, content, "wrong")).status, 401, "a wrong secret");
  t.equal((await put("gpu-tfinishing-1", d, content, OTHER_SECRET, OTHER)).status, 404, "another host's credential: not its instance");
  t.equal((await put("gpu-tforeign-1", d, content)).status, 404, "another host's task");
  t.equal((await put("gpu-tnothere-1", d, content)).status, 404, "an unknown instance");
  t.equal((await put("gpu-trunning-1", d, content)).status, 404, "no finish_task pending");
  t.equal((await put("gpu-tdone-1", d, content)).status, 404, "its finish_task already answered");
  t.equal((await put("not-an-instance", d, content)).status, 400, "a bad instance id");
  t.equal((await put("gpu-tfinishing-1", "ABC", content)).status, 400, "a bad digest");
  t.equal((await put("gpu-tfinishing-1", d.toUpperCase(), content)).status, 400, "digests are lowercase hex");
  const wrong = await put("gpu-tfinishing-1", hex("something else"), content);
  t.equal(wrong.status, 422, "content that is not the digest named");
  t.match(await wrong.json(), { code: "INVALID_ARGUMENT", message: /SHA-256/ });
  t.same(await blobs(), [], "nothing kept from the refused requests");

  const created = await put("gpu-tfinishing-1", d, content);
  t.equal(created.status, 201);
  t.same(await blobs(), [d]);
  const again = await put("gpu-tfinishing-1", d, content);
  t.equal(again.status, 200, "content stored already");
  t.same(await blobs(), [d]);
  const empty = await put("gpu-tfinishing-1", hex(""), "");
  t.equal(empty.status, 201, "an empty file");

  // Over the cap (1 GiB): refused from its Content-Length before a byte is stored.
  const status = await new Promise<number>((resolve, reject) => {
    const req = request(`${cp.url}/agent/v1/tasks/gpu-tfinishing-1/output/${hex("big")}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${SECRET}`, "x-remotegpu-host-id": HOST, "content-length": String(2 * 1024 ** 3) },
    });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on("error", reject);
    req.write("only the start of it");
  });
  t.equal(status, 413, "a declared size over the cap is refused before the body is read");
  // The agent's own uploader (streamed body, Content-Length) against the real endpoint.
  const uploader = httpOutputUploader(
    cp.url,
    () => HOST,
    () => SECRET,
  );
  const big = Buffer.alloc(3 * 1024 * 1024, 7);
  await uploader.put("gpu-tfinishing-1", hex(big), big.length, () => Readable.from([big.subarray(0, 1000), big.subarray(1000)]));
  t.ok((await blobs()).includes(hex(big)), "the agent's upload is stored");
  await t.rejects(
    uploader.put("gpu-tfinishing-1", hex("x"), 1, () => Readable.from([Buffer.from("y")])),
    { retryable: false, message: /422/ },
    "a digest mismatch is not retried",
  );
  t.equal(
    (await fetch(`${cp.url}/agent/v1/tasks/gpu-tfinishing-1/output/${d}`, { headers: { authorization: `Bearer ${SECRET}`, "x-remotegpu-host-id": HOST } }))
      .status,
    405,
    "PUT only",
  );
});

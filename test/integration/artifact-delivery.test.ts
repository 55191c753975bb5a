// Dataset and model versions reach the GPU host (issue 12, delivery): a customer buys an instance
// with versions attached; the real agent fetches them from the control plane with its host
// credential into its cache and the container sees them read-only at /data/<name> and
// /models/<name>. Hosts get only what their instances use; other users' versions are 404.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import t from "tap";
import { instanceIs, PRODUCT, startWorld } from "../helpers/customers.js";
import { exec } from "../helpers/docker.js";
import { login } from "../helpers/platform.js";

async function version(url: string, access: string, path: string, fields: Record<string, string>, files: [string, string][]): Promise<string> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const [p, c] of files) form.append("files", new Blob([c]), p);
  const res = await fetch(`${url}/api/v1${path}`, { method: "POST", body: form, headers: { authorization: `Bearer ${access}` } });
  const body = (await res.json()) as { data: { id: string } };
  if (res.status !== 201) throw new Error(`version: ${res.status} ${JSON.stringify(body)}`);
  return body.data.id;
}

t.test("an instance with a dataset and a model version attached", async (t) => {
  const w = await startWorld(t, { gpus: 2 });
  const cus = await w.newCustomer("trainer", "100.00");
  const pl = await login(w.cp, cus.username, cus.password);
  const ds = (await pl.call("POST", "/datasets", { name: "mnist digits" })).body.data.id;
  const dv = await version(w.cp.url, pl.access, "/datasets/versions", { dataset_id: ds }, [
    ["train/labels.csv", "id,label\n1,7\n"],
    ["README", "digits\n"],
  ]);
  const m = (await pl.call("POST", "/models", { name: "resnet", framework: "pytorch" })).body.data.id;
  const mv = await version(w.cp.url, pl.access, `/models/${m}/versions`, {}, [["weights.pt", "WEIGHTS"]]);

  const buy = (more: Record<string, unknown>, token = cus.token) =>
    w.call("/gpu/instances/buy", { image_id: w.imageId, num: 1, gpu_type: PRODUCT.gpu_type, gpu_count: 1, pay_unit: 4, room_name: "105", ...more }, token);

  // Another user cannot attach these (404), and bad lists are refused.
  const other = await w.newCustomer("other", "100.00");
  t.equal((await buy({ dataset_version_ids: [dv] }, other.token)).status, 404);
  t.equal((await buy({ dataset_version_ids: "all" })).status, 400);
  t.equal((await buy({ model_version_ids: [dv] })).status, 404, "a dataset version is not a model version");
  t.equal((await buy({ dataset_version_ids: [dv, dv] })).status, 400, "one mount path each");

  const bought = await buy({ dataset_version_ids: [dv], model_version_ids: [mv] });
  t.equal(bought.status, 200, JSON.stringify(bought.body));
  const gid = bought.body.success[0].gid;
  await instanceIs(w, cus.token, gid, "Running", 60_000);
  const name = `rgpu-${gid}`;
  t.equal(await exec(name, "cat /data/mnist_digits/train/labels.csv"), "id,label\n1,7");
  t.equal(await exec(name, "cat /models/resnet/weights.pt"), "WEIGHTS");
  t.match(await exec(name, "echo x > /data/mnist_digits/new 2>&1; echo rc=$?"), /rc=1/, "read-only");

  // A rebuild can change what is mounted: the model only, now.
  const rebuilt = await w.call("/gpu/instances/rebuild", { gid, image_id: w.imageId, dataset_version_ids: [], model_version_ids: [mv] }, cus.token);
  t.equal(rebuilt.status, 200, JSON.stringify(rebuilt.body));
  await instanceIs(w, cus.token, gid, "Running", 60_000);
  t.equal(await exec(name, "cat /models/resnet/weights.pt"), "WEIGHTS");
  t.match(await exec(name, "ls /data/mnist_digits 2>&1; echo rc=$?"), /rc=1/, "the dataset is no longer mounted");

  // The agent-facing endpoints: the host's credential, and only what its instances use.
  const manifest = await fetch(`${w.cp.url}/agent/v1/artifacts/${dv}/manifest`);
  t.equal(manifest.status, 401, "no credential");
  const bad = await fetch(`${w.cp.url}/agent/v1/artifacts/${dv}/manifest`, { headers: { authorization: "Bearer wrong", "x-remotegpu-host-id": w.hostId } });
  t.equal(bad.status, 401, "a wrong secret");
  const unattached = await version(w.cp.url, pl.access, "/datasets/versions", { dataset_id: ds }, [["other.txt", "not on this host"]]);
  const secret = JSON.parse(readFileSync(join(w.agent.dataDir, "credential.json"), "utf8")).secret;
  const headers = { authorization: `Bearer ${secret}`, "x-remotegpu-host-id": w.hostId };
  t.equal((await fetch(`${w.cp.url}/agent/v1/artifacts/${unattached}/manifest`, { headers })).status, 404, "a version no instance here uses");
  t.equal((await fetch(`${w.cp.url}/agent/v1/artifacts/${dv}/manifest`, { headers })).status, 404, "no longer attached since the rebuild");
  const ok = await fetch(`${w.cp.url}/agent/v1/artifacts/${mv}/manifest`, { headers });
  t.equal(ok.status, 200);
  const files = ((await ok.json()) as { files: { path: string; sha256: string }[] }).files;
  t.same(
    files.map((f) => f.path),
    ["weights.pt"],
  );
  const part = await fetch(`${w.cp.url}/agent/v1/blobs/${files[0]!.sha256}`, { headers: { ...headers, range: "bytes=3-" } });
  t.equal(part.status, 206);
  t.equal(await part.text(), "GHTS");
  const dsFile = (await pl.call("GET", `/datasets/versions/${dv}/files`)).body.data[0].sha256;
  t.equal((await fetch(`${w.cp.url}/agent/v1/blobs/${dsFile}`, { headers })).status, 404, "content of versions not on this host");
});

// The tracker's artifacts (issue 12's datasets and models by name and version number) and their
// lineage through runs: both directions, depth-limited, other workspaces left out.
import t from "tap";
import { addLineage, createRun } from "../../packages/control-plane/src/services/tracking/runs.js";
import { TEST_CP_ENV } from "../helpers/customers.js";
import { apiCall } from "../helpers/http.js";
import { type InProcess, startInProcess } from "../helpers/in-process.js";
import { type Login, newLogin, personalWorkspace } from "../helpers/platform.js";

const FAST = { ...TEST_CP_ENV, TRACKING_RATE_PER_MIN: "100000", TRACKING_V2_RATE_PER_MIN: "100000" };

async function version(cp: InProcess, who: Login, kind: "dataset" | "model", artifactId: string, content: string): Promise<string> {
  const form = new FormData();
  if (kind === "dataset") form.append("dataset_id", artifactId);
  form.append("files", new Blob([content]), "data.txt");
  const path = kind === "dataset" ? "/datasets/versions" : `/models/${artifactId}/versions`;
  const res = await fetch(`${cp.url}/api/v1${path}`, { method: "POST", body: form, headers: { authorization: `Bearer ${who.access}` } });
  const body = (await res.json()) as { data: { id: string } };
  if (res.status !== 201) throw new Error(`version: ${res.status} ${JSON.stringify(body)}`);
  return body.data.id;
}

t.test("artifacts by name, versions, lineage both ways with depth", async (t) => {
  const cp = await startInProcess(t, FAST);
  const ann = await newLogin(cp, "ann");
  const bob = await newLogin(cp, "bob");
  const ws = await personalWorkspace(ann);
  const call = (path: string, who: Login = ann) => apiCall(cp.url, "GET", `/api${path}`, { token: who.access });

  const raw = (await ann.call("POST", "/datasets", { name: "raw" })).body.data.id;
  const clean = (await ann.call("POST", "/datasets", { name: "clean" })).body.data.id;
  const model = (await ann.call("POST", "/models", { name: "net" })).body.data.id;
  const raw1 = await version(cp, ann, "dataset", raw, "raw data 1");
  const clean1 = await version(cp, ann, "dataset", clean, "clean data 1");
  const net1 = await version(cp, ann, "model", model, "weights 1");
  const net2 = await version(cp, ann, "model", model, "weights 2");

  // raw:v1 → [prep] → clean:v1 → [train] → net:v1 → [finetune] → net:v2 → [eval]
  const run = async (name: string) => (await createRun(cp.db, { workspaceId: ws, projectId: null, userId: ann.userId, name })).run_id;
  const prep = await run("prep");
  const train = await run("train");
  const finetune = await run("finetune");
  const evaluate = await run("eval");
  await addLineage(cp.db, { runId: prep, versionId: raw1, role: "input" });
  await addLineage(cp.db, { runId: prep, versionId: clean1, role: "output" });
  await addLineage(cp.db, { runId: train, versionId: clean1, role: "input" });
  await addLineage(cp.db, { runId: train, versionId: net1, role: "output" });
  await addLineage(cp.db, { runId: train, versionId: net1, role: "output" }); // repeats are harmless
  await addLineage(cp.db, { runId: finetune, versionId: net1, role: "input" });
  await addLineage(cp.db, { runId: finetune, versionId: clean1, role: "input" });
  await addLineage(cp.db, { runId: finetune, versionId: net2, role: "output" });
  await addLineage(cp.db, { runId: evaluate, versionId: net2, role: "input" });

  const models = await call("/artifacts?type=model");
  t.equal(models.status, 200);
  t.match(models.body, [{ name: "net", type: "model", num_versions: 2, latest_version: 2, workspace_id: ws }]);
  t.equal((await call("/artifacts")).body.length, 3, "every kind");
  t.equal((await call("/artifacts?type=dataset")).body.length, 2);
  const versions = await call("/artifacts/net/versions");
  t.same(
    versions.body.map((v: { version: number }) => v.version),
    [2, 1],
  );
  const v1 = await call("/artifacts/NET/v1");
  t.match(v1.body, { name: "net", version: 1, id: net1, num_files: 1, files: [{ path: "data.txt" }], produced_by: [train], used_by: [finetune] });
  t.equal((await call("/artifacts/net/v3")).status, 404);
  t.equal((await call("/artifacts/nosuch/versions")).status, 404);
  t.equal((await call("/artifacts/net/v1?type=dataset")).status, 404, "type picks the kind");

  const ids = (g: { nodes: { id: string }[] }) => g.nodes.map((n) => n.id).sort();
  // From net:v1, depth 1: its producer and its consumer.
  const d1 = (await call("/artifacts/net/v1/lineage?depth=1")).body;
  t.same(ids(d1), [`run:${finetune}`, `run:${train}`, `version:${net1}`].sort());
  t.same(d1.root, `version:${net1}`);
  t.same(
    d1.edges.map((e: { source: string; target: string; type: string }) => `${e.source}>${e.target}:${e.type}`).sort(),
    [`run:${train}>version:${net1}:output`, `version:${net1}>run:${finetune}:input`].sort(),
  );
  // Depth 2: the producer's inputs and the consumer's outputs.
  const d2 = (await call("/artifacts/net/v1/lineage?depth=2")).body;
  t.same(ids(d2), [`run:${finetune}`, `run:${train}`, `version:${net1}`, `version:${clean1}`, `version:${net2}`].sort());
  // The default (3) reaches prep upstream and eval downstream; 4 reaches raw:v1.
  const d3 = (await call("/artifacts/net/v1/lineage")).body;
  t.equal(d3.depth, 3);
  t.ok(ids(d3).includes(`run:${prep}`) && ids(d3).includes(`run:${evaluate}`));
  t.notOk(ids(d3).includes(`version:${raw1}`));
  const d4 = (await call("/artifacts/net/v1/lineage?depth=4")).body;
  t.ok(ids(d4).includes(`version:${raw1}`));
  t.match(
    d4.nodes.find((n: { id: string }) => n.id === `run:${train}`),
    { type: "run", name: "train", status: "running", project: "default" },
  );
  t.match(
    d4.nodes.find((n: { id: string }) => n.id === `version:${raw1}`),
    { type: "artifact", name: "raw", artifact_type: "dataset", version: 1 },
  );
  // From raw:v1 downstream everything follows.
  const fromRaw = (await call("/artifacts/raw/v1/lineage?depth=10")).body;
  t.same(
    ids(fromRaw),
    [`version:${raw1}`, `run:${prep}`, `version:${clean1}`, `run:${train}`, `run:${finetune}`, `version:${net1}`, `version:${net2}`, `run:${evaluate}`].sort(),
  );

  // Bob: none of it, 404 by name.
  t.same((await call("/artifacts", bob)).body, []);
  t.equal((await call("/artifacts/net/versions", bob)).status, 404);
  t.equal((await call("/artifacts/net/v1/lineage", bob)).status, 404);
  t.equal((await call(`/artifacts/net/v1?workspace_id=${ws}`, bob)).status, 404);
  // Bob's own "net" is his, and ann's name resolution is unchanged.
  const bobNet = (await bob.call("POST", "/models", { name: "net" })).body.data.id;
  await version(cp, bob, "model", bobNet, "bob's weights");
  t.match((await call("/artifacts/net/versions", bob)).body, [{ version: 1, workspace_id: await personalWorkspace(bob) }]);
  t.equal((await call("/artifacts/net/versions")).body.length, 2);

  // A shared team workspace: ann's personal "net" is found first; ?workspace_id= picks the team's.
  const team = (await ann.call("POST", "/workspaces", { name: "team" })).body.data.id;
  const teamNet = (await ann.call("POST", "/models", { name: "net", workspace_id: team })).body.data.id;
  const teamV = await version(cp, ann, "model", teamNet, "team weights");
  t.equal((await call("/artifacts/net/v1")).body.id, net1);
  t.equal((await call(`/artifacts/net/v1?workspace_id=${team}`)).body.id, teamV);
});

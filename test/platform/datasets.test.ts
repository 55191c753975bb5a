// Datasets and models on the content-addressed blob store (issue 12): versions from multipart
// and resumable (tus) uploads, parents, listing and download with Range and ETag, one copy of
// identical content, garbage collection (and a crash in its middle), quotas, access.
import { createHash } from "node:crypto";
import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import t from "tap";
import { FsBlobStore } from "../../packages/control-plane/src/services/storage/blob-store.js";
import { chargeStorageDay, storageChargeMinor } from "../../packages/control-plane/src/services/storage/billing.js";
import { collectGarbage } from "../../packages/control-plane/src/services/storage/blobs.js";
import { checkQuality } from "../../packages/control-plane/src/services/storage/quality.js";
import { TEST_CP_ENV } from "../helpers/customers.js";
import { freshDatabase, sql } from "../helpers/database.js";
import { type InProcess, startInProcess } from "../helpers/in-process.js";
import { type Login, newLogin, personalWorkspace } from "../helpers/platform.js";
import { tempDir } from "../helpers/processes.js";

const sha = (b: string | Buffer) => createHash("sha256").update(b).digest("hex");

/** Every file under a directory (the blob store's content on disk). */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const n of names) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** A multipart version: files are [path, content]. */
async function upload(cp: InProcess, who: Login, path: string, fields: Record<string, string>, files: [string, string | Buffer][]) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const [p, content] of files) form.append("files", new Blob([content]), p);
  const res = await fetch(`${cp.url}/api/v1${path}`, { method: "POST", body: form, headers: { authorization: `Bearer ${who.access}` } });
  return { status: res.status, body: (await res.json()) as any, headers: res.headers };
}

async function download(cp: InProcess, who: Login, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${cp.url}/api/v1${path}`, { headers: { authorization: `Bearer ${who.access}`, ...headers } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}

const count = async (cp: InProcess, table: string) => (await sql<{ n: number }>(cp.dbUrl, `select count(*)::int as n from ${table}`))[0]!.n;

t.test("datasets: versions, files, download, dedupe, parents, GC", async (t) => {
  const dataDir = tempDir("cp");
  const cp = await startInProcess(t, { ...TEST_CP_ENV, DATA_DIR: dataDir });
  const ann = await newLogin(cp, "ann");
  const blobsDir = join(dataDir, "blobs");

  const made = await ann.call("POST", "/datasets", { name: "mnist", description: "digits" });
  t.equal(made.status, 201);
  t.match(made.body.data, { name: "mnist", kind: "dataset", versions: 0, workspace_id: await personalWorkspace(ann) });
  const ds = made.body.data.id;
  t.equal((await ann.call("POST", "/datasets", { name: "MNIST" })).status, 409, "names are unique in a workspace (case-insensitive)");

  const csv = "a,b,label\n1,2,cat\n3,4,dog\n";
  const big = Buffer.alloc(300_000, 7);
  const v1 = await upload(cp, ann, "/datasets/versions", { dataset_id: ds, message: "first" }, [
    ["train/data.csv", csv],
    ["train/big.bin", big],
    ["README.md", "# digits\n"],
  ]);
  t.equal(v1.status, 201, JSON.stringify(v1.body));
  t.match(v1.body.data, { number: 1, version: "v1", message: "first", file_count: 3, total_bytes: csv.length + big.length + 9, source: "upload" });
  const v1id = v1.body.data.id;

  const files = await ann.call("GET", `/datasets/versions/${v1id}/files?limit=2`);
  t.same(files.body.meta, { total: 3, page: 1, limit: 2 });
  t.same(
    files.body.data.map((f: { path: string }) => f.path),
    ["README.md", "train/big.bin"],
    "sorted by path, paged",
  );
  t.same(
    (await ann.call("GET", `/datasets/versions/${v1id}/files?prefix=train/&limit=1`)).body.meta,
    { total: 2, page: 1, limit: 1 },
    "a prefix counts its own files",
  );
  const bigFile = (await ann.call("GET", `/datasets/versions/${v1id}/files?prefix=train/`)).body.data.find((f: { path: string }) => f.path === "train/big.bin");
  t.same(bigFile, { path: "train/big.bin", size: big.length, sha256: sha(big) });

  // Download: whole, ranges, ETag.
  const whole = await download(cp, ann, `/datasets/versions/${v1id}/files/train/big.bin`);
  t.equal(whole.status, 200);
  t.equal(sha(whole.bytes), sha(big), "what comes back is what went in");
  t.equal(whole.headers.get("etag"), `"${sha(big)}"`);
  t.match(whole.headers.get("content-disposition"), /filename="big.bin"/);
  const part = await download(cp, ann, `/datasets/versions/${v1id}/files/train/big.bin`, { range: "bytes=100-199" });
  t.equal(part.status, 206);
  t.equal(part.headers.get("content-range"), `bytes 100-199/${big.length}`);
  t.same(part.bytes, big.subarray(100, 200));
  const tail = await download(cp, ann, `/datasets/versions/${v1id}/files/train/data.csv`, { range: "bytes=-6" });
  t.equal(tail.bytes.toString(), "4,dog\n");
  t.equal((await download(cp, ann, `/datasets/versions/${v1id}/files/README.md`, { range: "bytes=9999-" })).status, 416);
  t.equal((await download(cp, ann, `/datasets/versions/${v1id}/files/README.md`, { "if-none-match": `"${sha("# digits\n")}"` })).status, 304);
  t.equal((await download(cp, ann, `/datasets/versions/${v1id}/files/nope.txt`)).status, 404);
  t.equal((await download(cp, ann, `/datasets/versions/${v1id}/files/train/..%2FREADME.md`)).status, 404, "no path tricks");

  // The same content in another version and another dataset: stored once.
  const other = (await ann.call("POST", "/datasets", { name: "copy" })).body.data.id;
  t.equal((await upload(cp, ann, "/datasets/versions", { dataset_id: other }, [["x/big-again.bin", big]])).status, 201);
  t.equal(await count(cp, "blobs"), 3, "three distinct contents");
  t.equal(filesUnder(blobsDir).length, 3, "three files in the store");

  // A child version: drop one path, add one, without sending the rest again.
  const v2 = await upload(cp, ann, "/datasets/versions", { dataset_id: ds, parent_version_id: v1id, remove: '["README.md"]', message: "second" }, [
    ["train/extra.csv", "a,b\n"],
  ]);
  t.equal(v2.status, 201, JSON.stringify(v2.body));
  t.match(v2.body.data, { number: 2, parent_version_id: v1id, file_count: 3 });
  const v2files = (await ann.call("GET", `/datasets/versions/${v2.body.data.id}/files`)).body.data.map((f: { path: string }) => f.path);
  t.same(v2files, ["train/big.bin", "train/data.csv", "train/extra.csv"]);
  const list = await ann.call("GET", `/datasets/versions?dataset_id=${ds}`);
  t.same(
    list.body.data.map((v: { version: string }) => v.version),
    ["v2", "v1"],
  );
  t.match((await ann.call("GET", `/datasets/${ds}`)).body.data, { versions: 2, latest_version_id: v2.body.data.id });

  // Garbage collection: README.md is only in v1; big.bin in v1, v2 and the copy.
  const store = new FsBlobStore(blobsDir);
  t.same(await collectGarbage(cp.db, store, { graceMinutes: 0 }), { marked: 0, removed: 0 }, "everything is referenced");
  t.equal((await ann.call("DELETE", `/datasets/versions/${v1id}`)).status, 200);
  t.equal((await ann.call("GET", `/datasets/versions/${v1id}`)).status, 404);
  // A crash between removing the bytes and the row: the next pass finishes, nothing referenced is lost.
  await t.rejects(
    collectGarbage(cp.db, store, {
      graceMinutes: 0,
      afterRemove: async () => {
        throw new Error("crash");
      },
    }),
  );
  t.same(await sql(cp.dbUrl, "select state from blobs where digest = $1", [sha("# digits\n")]), [{ state: "deleting" }], "marked, row kept");
  t.same(await collectGarbage(cp.db, store, { graceMinutes: 0 }), { marked: 0, removed: 1 });
  t.equal(await count(cp, "blobs"), 3, "README.md gone; extra.csv came in v2");
  t.notOk(await store.exists(sha("# digits\n")));
  for (const f of ["train/big.bin", "train/data.csv", "train/extra.csv"]) {
    t.equal((await download(cp, ann, `/datasets/versions/${v2.body.data.id}/files/${f}`)).status, 200, `${f} still there`);
  }
  // Deleting the datasets frees the rest.
  t.equal((await ann.call("DELETE", `/datasets/${ds}`)).status, 200);
  t.equal((await ann.call("DELETE", `/datasets/${other}`)).status, 200);
  t.same(await collectGarbage(cp.db, store, { graceMinutes: 0 }), { marked: 3, removed: 3 });
  t.equal(filesUnder(blobsDir).length, 0, "the store is empty");
  t.equal((await ann.call("GET", "/datasets")).body.meta.total, 0);
});

t.test("resumable uploads (tus): interrupted and continued, wrong SHA-256 refused", async (t) => {
  const cp = await startInProcess(t, TEST_CP_ENV);
  const ann = await newLogin(cp, "ann");
  const ds = (await ann.call("POST", "/datasets", { name: "big" })).body.data.id;
  const content = Buffer.from("x".repeat(100_000) + "y".repeat(50_000));
  const meta = (m: Record<string, string>) =>
    Object.entries(m)
      .map(([k, v]) => `${k} ${Buffer.from(v).toString("base64")}`)
      .join(",");
  const tus = (method: string, path: string, headers: Record<string, string>, body?: Buffer) =>
    fetch(`${cp.url}/api/v1${path}`, {
      method,
      headers: { "tus-resumable": "1.0.0", authorization: `Bearer ${ann.access}`, ...headers },
      ...(body ? { body } : {}),
    });

  const created = await tus("POST", "/uploads", {
    "upload-length": String(content.length),
    "upload-metadata": meta({ sha256: sha(content), filename: "big.txt" }),
  });
  t.equal(created.status, 201, await created.clone().text());
  const location = created.headers.get("location")!;
  const id = location.split("/").pop()!;
  t.match(id, /^[0-9a-f]{32}$/);
  // The first part, then "the connection drops".
  const first = await tus("PATCH", `/uploads/${id}`, { "upload-offset": "0", "content-type": "application/offset+octet-stream" }, content.subarray(0, 60_000));
  t.equal(first.status, 204);
  const head = await tus("HEAD", `/uploads/${id}`, {});
  t.equal(head.headers.get("upload-offset"), "60000", "the server says where to continue");
  t.match((await ann.call("GET", `/uploads/${id}`)).body.data, { state: "receiving", size: content.length });
  const rest = await tus("PATCH", `/uploads/${id}`, { "upload-offset": "60000", "content-type": "application/offset+octet-stream" }, content.subarray(60_000));
  t.equal(rest.status, 204);
  t.match((await ann.call("GET", `/uploads/${id}`)).body.data, { state: "stored", sha256: sha(content) });

  const v = await ann.call("POST", "/datasets/versions", { dataset_id: ds, message: "via tus", files: [{ path: "data/big.txt", upload_id: id }] });
  t.equal(v.status, 201, JSON.stringify(v.body));
  const got = await download(cp, ann, `/datasets/versions/${v.body.data.id}/files/data/big.txt`);
  t.equal(sha(got.bytes), sha(content));

  // A wrong SHA-256: refused on the last byte, nothing stored.
  const blobs = await count(cp, "blobs");
  const bad = await tus("POST", "/uploads", { "upload-length": "5", "upload-metadata": meta({ sha256: sha("other") }) });
  const badId = bad.headers.get("location")!.split("/").pop()!;
  const badPatch = await tus("PATCH", `/uploads/${badId}`, { "upload-offset": "0", "content-type": "application/offset+octet-stream" }, Buffer.from("hello"));
  t.equal(badPatch.status, 422);
  t.match(await badPatch.json(), { success: false, code: "INVALID_ARGUMENT" });
  t.equal(await count(cp, "blobs"), blobs, "nothing stored");
  t.match((await ann.call("GET", `/uploads/${badId}`)).body.data, { state: "failed" });
  t.equal(
    (await ann.call("POST", "/datasets/versions", { dataset_id: ds, files: [{ path: "x", upload_id: badId }] })).status,
    409,
    "a failed upload makes no version",
  );

  // Missing or malformed metadata, and someone else's upload.
  t.equal((await tus("POST", "/uploads", { "upload-length": "5" })).status, 422, "sha256 is required");
  t.equal((await tus("POST", "/uploads", { "upload-length": "5", "upload-metadata": meta({ sha256: "abc" }) })).status, 422);
  t.equal((await tus("POST", "/uploads", { "upload-defer-length": "1", "upload-metadata": meta({ sha256: sha("x") }) })).status, 422, "lengths up front");
  const bob = await newLogin(cp, "bob");
  const theirs = await fetch(`${cp.url}/api/v1/uploads/${id}`, {
    method: "HEAD",
    headers: { "tus-resumable": "1.0.0", authorization: `Bearer ${bob.access}` },
  });
  t.equal(theirs.status, 404);
  t.equal((await bob.call("GET", `/uploads/${id}`)).status, 404);
  t.equal((await bob.call("POST", "/datasets/versions", { dataset_id: ds, files: [{ path: "x", upload_id: id }] })).status, 404);
  t.equal((await fetch(`${cp.url}/api/v1/uploads`, { method: "POST", headers: { "tus-resumable": "1.0.0", "upload-length": "1" } })).status, 401);
});

t.test("access, bad input, quotas and models", async (t) => {
  const dataDir = tempDir("cp");
  const cp = await startInProcess(t, { ...TEST_CP_ENV, DATA_DIR: dataDir });
  const admin = await newLogin(cp, "root", { platform_admin: true });
  const owner = await newLogin(cp, "olga");
  const viewer = await newLogin(cp, "vic");
  const outsider = await newLogin(cp, "ozzy");
  const team = (await owner.call("POST", "/workspaces", { name: "team" })).body.data.id;
  await owner.call("POST", `/workspaces/${team}/members`, { username: "vic", role: "viewer" });
  const ds = (await owner.call("POST", "/datasets", { name: "d", workspace_id: team })).body.data.id;
  const v = await upload(cp, owner, "/datasets/versions", { dataset_id: ds }, [["a.txt", "hello"]]);
  t.equal(v.status, 201);
  const vid = v.body.data.id;

  // Another workspace's everything is 404; a viewer reads but cannot upload or delete.
  for (const path of [`/datasets/${ds}`, `/datasets/versions/${vid}`, `/datasets/versions/${vid}/files`, `/datasets/versions?dataset_id=${ds}`]) {
    t.equal((await outsider.call("GET", path)).status, 404, `${path}: another workspace's → 404`);
    t.equal((await viewer.call("GET", path)).status, 200, `${path}: a viewer reads`);
  }
  t.equal((await download(cp, outsider, `/datasets/versions/${vid}/files/a.txt`)).status, 404);
  t.equal((await upload(cp, viewer, "/datasets/versions", { dataset_id: ds }, [["b.txt", "x"]])).status, 403);
  t.equal((await upload(cp, outsider, "/datasets/versions", { dataset_id: ds }, [["b.txt", "x"]])).status, 404);
  t.equal((await viewer.call("DELETE", `/datasets/versions/${vid}`)).status, 403);
  t.equal((await viewer.call("DELETE", `/datasets/${ds}`)).status, 403);
  t.equal((await viewer.call("POST", "/datasets", { name: "mine", workspace_id: team })).status, 403);
  t.equal((await outsider.call("GET", `/datasets?workspace_id=${team}`)).status, 404);

  // Bad input: the right code, nothing changed.
  const before = [await count(cp, "artifact_versions"), await count(cp, "blobs")];
  const bad: [Record<string, string>, [string, string][], number][] = [
    [{ dataset_id: ds }, [["../escape.txt", "x"]], 422],
    [{ dataset_id: ds }, [["/etc/passwd", "x"]], 422],
    [{ dataset_id: ds }, [["a\\b.txt", "x"]], 422],
    [{ dataset_id: ds }, [["dir//x", "x"]], 422],
    [{ dataset_id: ds }, [[`${"n".repeat(300)}.txt`, "x"]], 422],
    [
      { dataset_id: ds },
      [
        ["same", "1"],
        ["same", "2"],
      ],
      422,
    ],
    [
      { dataset_id: ds },
      [
        ["a", "1"],
        ["a/b", "2"],
      ],
      422,
    ],
    [{ dataset_id: ds }, [], 422],
    [{}, [["ok.txt", "x"]], 422],
    [{ dataset_id: "not-a-uuid" }, [["ok.txt", "x"]], 404],
    [{ dataset_id: ds, parent_version_id: "00000000-0000-0000-0000-000000000000" }, [["ok.txt", "x"]], 404],
    [{ dataset_id: ds, parent_version_id: vid, remove: '["missing.txt"]' }, [], 422],
    [{ dataset_id: ds, remove: "not json" }, [["ok.txt", "x"]], 422],
    [{ dataset_id: ds, message: "m".repeat(5000) }, [["ok.txt", "x"]], 422],
  ];
  for (const [fields, files, status] of bad) {
    const r = await upload(cp, owner, "/datasets/versions", fields, files);
    t.equal(r.status, status, `${JSON.stringify(fields).slice(0, 80)} ${JSON.stringify(files.map((f) => f[0].slice(0, 20)))} → ${status}`);
    t.equal(r.body.success, false);
  }
  const json = await owner.call("POST", "/datasets/versions", { dataset_id: ds, files: [{ path: "x", upload_id: 5 }] });
  t.equal(json.status, 422);
  t.equal((await owner.call("POST", "/datasets/versions", { dataset_id: ds, files: "all" })).status, 422);
  t.equal((await owner.call("POST", "/datasets", { name: "" })).status, 422);
  t.equal((await owner.call("POST", "/datasets", { name: "x".repeat(129) })).status, 422);
  t.equal((await owner.call("GET", "/datasets/versions")).status, 422, "dataset_id is required");
  t.same([await count(cp, "artifact_versions"), await count(cp, "blobs")], before, "nothing changed");
  t.same(filesUnder(join(dataDir, "staging")), [], "no staged bytes left behind");

  // Quota: 10 bytes in the team workspace; "hello" (5) is held; 6 more do not fit, the same 5 again do.
  t.equal((await admin.call("PATCH", `/workspaces/${team}`, { storage_quota_bytes: 10 })).status, 200);
  const over = await upload(cp, owner, "/datasets/versions", { dataset_id: ds }, [["big.txt", "123456"]]);
  t.equal(over.status, 409);
  t.match(over.body, { code: "QUOTA_EXCEEDED", reason: "storage_quota", needed: 6, available: 5 });
  t.same([await count(cp, "artifact_versions"), await count(cp, "blobs")], before, "refused: nothing stored");
  t.equal((await upload(cp, owner, "/datasets/versions", { dataset_id: ds }, [["again.txt", "hello"]])).status, 201, "known content costs nothing");
  const usage = await owner.call("GET", `/settings/storage?workspace_id=${team}`);
  t.match(usage.body.data, { workspace: { id: team, used_bytes: 5, quota_bytes: 10 } });

  // Models: the same machinery, with framework, task and metrics.
  const m = await owner.call("POST", "/models", { name: "resnet", framework: "pytorch", task: "classification" });
  t.equal(m.status, 201);
  t.match(m.body.data, { kind: "model", framework: "pytorch", task: "classification" });
  const mv = await upload(cp, owner, `/models/${m.body.data.id}/versions`, { message: "epoch 10", metrics: '{"accuracy": 0.93}' }, [["weights.pt", "W"]]);
  t.equal(mv.status, 201, JSON.stringify(mv.body));
  t.match(mv.body.data, { kind: "model", metrics: { accuracy: 0.93 }, source: "upload" });
  t.equal((await owner.call("GET", `/models/${m.body.data.id}/versions`)).body.meta.total, 1);
  t.equal((await download(cp, owner, `/models/versions/${mv.body.data.id}/files/weights.pt`)).bytes.toString(), "W");
  t.equal((await owner.call("GET", `/datasets/versions/${mv.body.data.id}`)).status, 404, "a model version is not a dataset version");
  t.equal((await upload(cp, owner, `/models/${m.body.data.id}/versions`, { metrics: '{"loss": "low"}' }, [["w", "W"]])).status, 422);
  t.equal((await outsider.call("GET", `/models/${m.body.data.id}`)).status, 404);
  t.equal((await owner.call("GET", "/models")).body.meta.total, 1);

  // Deleting a workspace deletes its datasets and models (and their versions) with it.
  const scratch = (await owner.call("POST", "/workspaces", { name: "scratch" })).body.data.id;
  const sd = (await owner.call("POST", "/datasets", { name: "tmp", workspace_id: scratch })).body.data.id;
  const sv = await upload(cp, owner, "/datasets/versions", { dataset_id: sd }, [["only-here.txt", "unique content"]]);
  t.equal(sv.status, 201);
  t.equal((await owner.call("DELETE", `/workspaces/${scratch}`)).status, 200);
  t.same(
    await sql(
      cp.dbUrl,
      "select (a.deleted_at is not null) as a, (v.deleted_at is not null) as v from artifacts a join artifact_versions v using (artifact_id) where a.artifact_id = $1",
      [sd],
    ),
    [{ a: true, v: true }],
  );

  // The daily storage charge: distinct bytes × price per GB-day, to the workspace's wallet, once a day.
  t.equal(storageChargeMinor(500_000_000, 1), 1, "half a cent rounds up");
  t.equal(storageChargeMinor(499_999_999, 1), 0);
  t.equal(storageChargeMinor(10 ** 15, 1_000_000), 10 ** 12, "no float overflow");
  await cp.api("POST", "/admin/users/olga/recharge", { amount: "1.00" });
  const price = 10 ** 9; // cents per GB-day: one cent per byte, to see the bytes in the amounts
  const first = await chargeStorageDay(cp.db, "2026-12-01", price);
  t.same(first, { charged: 2, minor: 5 + 1 }, "team: hello (5 bytes, once); olga's own: the model (1)");
  t.same(await chargeStorageDay(cp.db, "2026-12-01", price), { charged: 0, minor: 0 }, "the same day again charges nothing");
  const entries = await sql<{ amount_minor: number; kind: string }>(
    cp.dbUrl,
    "select amount_minor, kind from ledger_entries where kind = 'storage' order by amount_minor",
  );
  t.same(entries, [
    { amount_minor: -5, kind: "storage" },
    { amount_minor: -1, kind: "storage" },
  ]);
  t.equal((await owner.call("GET", "/billing/balance")).body.data.balance, "0.94");
  t.same(await chargeStorageDay(cp.db, "2026-12-02", 0), { charged: 0, minor: 0 }, "free by default");
});

t.test("the S3 backend behind the same API", async (t) => {
  const { S3rverForTests } = await import("../helpers/s3.js");
  const s3 = await S3rverForTests.start(t);
  const dbUrl = await freshDatabase(t);
  const cp = await startInProcess(t, { ...TEST_CP_ENV, ...s3.env("remotegpu-test", "blobs") }, dbUrl);
  const ann = await newLogin(cp, "ann");
  const ds = (await ann.call("POST", "/datasets", { name: "s3" })).body.data.id;
  const big = Buffer.alloc(6 * 1024 * 1024, 3); // over lib-storage's 5 MiB part size: a multipart upload
  const v = await upload(cp, ann, "/datasets/versions", { dataset_id: ds }, [
    ["big.bin", big],
    ["small.txt", "small"],
  ]);
  t.equal(v.status, 201, JSON.stringify(v.body));
  const got = await download(cp, ann, `/datasets/versions/${v.body.data.id}/files/big.bin`);
  t.equal(sha(got.bytes), sha(big));
  const part = await download(cp, ann, `/datasets/versions/${v.body.data.id}/files/big.bin`, { range: "bytes=10-19" });
  t.equal(part.status, 206);
  t.same(part.bytes, big.subarray(10, 20));
  t.same(
    (await s3.keys("remotegpu-test")).sort(),
    [
      `blobs/${sha(big).slice(0, 2)}/${sha(big).slice(2, 4)}/${sha(big)}`,
      `blobs/${sha("small").slice(0, 2)}/${sha("small").slice(2, 4)}/${sha("small")}`,
    ].sort(),
  );
  t.equal((await ann.call("DELETE", `/datasets/${ds}`)).status, 200);
  const { S3BlobStore } = await import("../../packages/control-plane/src/services/storage/blob-store.js");
  const store = new S3BlobStore(s3.settings("remotegpu-test", "blobs"));
  t.same(await collectGarbage(cp.db, store, { graceMinutes: 0 }), { marked: 2, removed: 2 });
  t.same(await s3.keys("remotegpu-test"), [], "collected from the bucket");
});

t.test("quality: a full check in the background, kept and the same again; a quick check at once", async (t) => {
  const cp = await startInProcess(t, TEST_CP_ENV);
  const ann = await newLogin(cp, "ann");
  const ozzy = await newLogin(cp, "ozzy");
  const ds = (await ann.call("POST", "/datasets", { name: "checked" })).body.data.id;
  const dir = new URL("../fixtures/quality/", import.meta.url).pathname;
  const names = ["defects.csv", "records.jsonl", "table.tsv", "tiny.png", "blob.bin"];
  const v = await upload(
    cp,
    ann,
    "/datasets/versions",
    { dataset_id: ds },
    names.map((n) => [`fixtures/${n}`, readFileSync(join(dir, n))]),
  );
  t.equal(v.status, 201, JSON.stringify(v.body));
  const vid = v.body.data.id;
  t.equal((await ann.call("GET", `/datasets/versions/${vid}/quality`)).status, 404, "none requested yet");

  const started = await ann.call("POST", "/datasets/quality/check", { version_id: vid });
  t.ok([200, 202].includes(started.status));
  let check = started.body.data;
  for (let i = 0; i < 100 && check.state === "running"; i++) {
    await new Promise((r) => setTimeout(r, 100));
    check = (await ann.call("GET", `/datasets/versions/${vid}/quality`)).body.data;
  }
  t.equal(check.state, "done", JSON.stringify(check).slice(0, 300));
  const report = check.report;
  const csv = report.files.find((f: { path: string }) => f.path === "fixtures/defects.csv");
  t.match(csv, { format: "csv", rows: 11, duplicates: { count: 3 } });
  t.same(
    csv.malformed.lines.map((l: { line: number }) => l.line),
    [5, 12],
    "the planted malformed lines, exactly",
  );
  t.match(
    report.files.find((f: { path: string }) => f.path === "fixtures/tiny.png"),
    { format: "image", image: { type: "png", width: 3, height: 2 } },
  );
  t.match(report.totals, { files: 5 });
  // The same report as the checker gives on the files themselves, and the same on asking again.
  const direct = await checkQuality(
    names.map((n) => ({ path: `fixtures/${n}`, size: statSync(join(dir, n)).size, open: async () => createReadStream(join(dir, n)) })),
    { mode: "full" },
  );
  t.same(report, JSON.parse(JSON.stringify(direct)));
  const again = await ann.call("POST", "/datasets/quality/check", { version_id: vid });
  t.equal(again.status, 200);
  t.same(again.body.data.report, report, "kept: re-running gives the same report");

  const quick = await ann.call("GET", `/datasets/quality/quick?version_id=${vid}`);
  t.equal(quick.status, 200);
  t.match(quick.body.data, { mode: "quick", quick_rows: 1000 });

  // Access and bad input.
  t.equal((await ozzy.call("POST", "/datasets/quality/check", { version_id: vid })).status, 404);
  t.equal((await ozzy.call("GET", `/datasets/quality/quick?version_id=${vid}`)).status, 404);
  t.equal((await ozzy.call("GET", `/datasets/versions/${vid}/quality`)).status, 404);
  t.equal((await ann.call("POST", "/datasets/quality/check", {})).status, 422);
  t.equal((await ann.call("POST", "/datasets/quality/check", { version_id: 5 })).status, 422);
  t.equal((await ann.call("GET", "/datasets/quality/quick")).status, 422);
  t.equal((await ann.call("POST", "/datasets/quality/check", { version_id: "not-a-version" })).status, 404);
});

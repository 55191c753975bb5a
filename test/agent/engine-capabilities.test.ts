// What the engine can do for instances: the pure rules against made-up engines, then the probe
// against the real test engine (vfs, no NVIDIA runtime) and files of the test's own.
import t from "tap";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  gpuAttachProblem,
  mountOf,
  parseMounts,
  probeCapabilities,
  storageQuotaSupport,
  type ProbePaths,
} from "../../packages/agent/src/containers/capabilities.js";
import { DockerEngine, type EngineInfo } from "../../packages/agent/src/containers/docker.js";
import { dockerHost } from "../helpers/docker.js";

const MOUNTS = parseMounts(
  [
    "/dev/sda1 / ext4 rw,relatime 0 0",
    "/dev/nvme0n1 /var/lib/docker xfs rw,noatime,attr2,inode64,logbufs=8,prjquota 0 0",
    "/dev/nvme1n1 /srv/docker\\040data xfs rw,noatime 0 0",
    "/dev/nvme2n1 /srv/noenforce xfs rw,pqnoenforce 0 0",
  ].join("\n"),
);
const overlay = (root: string, fs = "xfs"): Pick<EngineInfo, "driver" | "driverStatus" | "dockerRootDir"> => ({
  driver: "overlay2",
  driverStatus: { "Backing Filesystem": fs, "Supports d_type": "true" },
  dockerRootDir: root,
});

t.test("disk quotas: overlay2 on xfs with project quotas, nothing else", async (t) => {
  t.equal(mountOf("/var/lib/docker", MOUNTS)?.fstype, "xfs");
  t.equal(mountOf("/srv/docker data/x", MOUNTS)?.target, "/srv/docker data", "octal escapes decoded");
  t.equal(mountOf("/var/lib/dockerx", MOUNTS)?.target, "/", "a prefix of the name is not a parent");
  t.same(storageQuotaSupport(overlay("/var/lib/docker"), MOUNTS), { supported: true, problem: "" });
  const cases: [string, Pick<EngineInfo, "driver" | "driverStatus" | "dockerRootDir">, RegExp][] = [
    ["xfs without pquota", overlay("/srv/docker data"), /not mounted with project quotas/],
    ["pqnoenforce", overlay("/srv/noenforce"), /does not enforce/],
    ["overlay2 on ext4", overlay("/var/lib/docker", "extfs"), /overlay2 is on extfs/],
    ["vfs", { driver: "vfs", driverStatus: {}, dockerRootDir: "/var/lib/docker" }, /storage driver is vfs/],
    ["btrfs", { driver: "btrfs", driverStatus: {}, dockerRootDir: "/var/lib/docker" }, /storage driver is btrfs/],
  ];
  for (const [name, info, why] of cases) {
    const r = storageQuotaSupport(info, MOUNTS);
    t.equal(r.supported, false, name);
    t.match(r.problem, why, name);
    t.match(r.problem, /^disk sizes are not enforced: /);
  }
});

t.test("GPU attach: the toolkit for device-requests, a CDI spec for cdi, never a problem for none", async (t) => {
  const plain = { runtimes: ["io.containerd.runc.v2", "runc"], cdiSpecDirs: [] };
  const none = { nvidiaHook: false, cdiSpecs: [] };
  t.equal(gpuAttachProblem("none", plain, none), "", "none never reports a problem");
  t.match(gpuAttachProblem("device-requests", plain, none), /needs the NVIDIA Container Toolkit.*runtimes: io.containerd.runc.v2, runc/);
  t.equal(gpuAttachProblem("device-requests", { ...plain, runtimes: ["nvidia", "runc"] }, none), "", "the nvidia runtime");
  t.equal(gpuAttachProblem("device-requests", plain, { ...none, nvidiaHook: true }), "", "or the toolkit's hook");
  t.match(gpuAttachProblem("cdi", plain, none), /needs a CDI spec for nvidia.com\/gpu in \/etc\/cdi, \/var\/run\/cdi/);
  t.match(gpuAttachProblem("cdi", plain, { ...none, cdiSpecs: [{ path: "/etc/cdi/other.yaml", text: "kind: vendor.com/fpga" }] }), /needs a CDI spec/);
  t.equal(gpuAttachProblem("cdi", plain, { ...none, cdiSpecs: [{ path: "/etc/cdi/nvidia.yaml", text: "cdiVersion: 0.5.0\nkind: nvidia.com/gpu\n" }] }), "");
});

t.test("the probe against the real engine and the host's files", async (t) => {
  const engine = new DockerEngine(await dockerHost());
  const dir = mkdtempSync(join(tmpdir(), "caps-"));
  const paths: ProbePaths = { mounts: "/proc/self/mounts", nvidiaHooks: [join(dir, "no-hook")], cdiSpecDirs: [join(dir, "cdi")] };
  const info = await engine.info();
  t.equal(info.driver, "vfs", "the test engine runs vfs");
  t.ok(info.runtimes.includes("runc"));

  const dr = await probeCapabilities(engine, "device-requests", paths);
  t.match(dr.gpuAttachProblem, /NVIDIA Container Toolkit/, "no NVIDIA runtime on the test engine");
  t.equal(dr.storageQuotaSupported, false);
  t.match(dr.storageQuotaProblem, /storage driver is vfs/);

  const cdi = await probeCapabilities(engine, "cdi", paths);
  t.match(cdi.gpuAttachProblem, /needs a CDI spec/);
  mkdirSync(join(dir, "cdi"));
  writeFileSync(join(dir, "cdi", "nvidia.yaml"), "cdiVersion: 0.5.0\nkind: nvidia.com/gpu\ndevices: []\n");
  t.equal((await probeCapabilities(engine, "cdi", paths)).gpuAttachProblem, "", "a spec for nvidia.com/gpu is found");
  writeFileSync(join(dir, "no-hook"), "");
  t.equal((await probeCapabilities(engine, "device-requests", paths)).gpuAttachProblem, "", "the toolkit's hook is found");
  t.equal((await probeCapabilities(engine, "none", paths)).gpuAttachProblem, "", "none: no problem");

  const away = await probeCapabilities(new DockerEngine(`unix://${join(dir, "nothing.sock")}`), "device-requests", paths);
  t.match(away.gpuAttachProblem, /cannot ask the Docker engine/);
  t.equal(away.storageQuotaSupported, false);
  t.equal((await probeCapabilities(new DockerEngine(`unix://${join(dir, "nothing.sock")}`), "none", paths)).gpuAttachProblem, "");
});

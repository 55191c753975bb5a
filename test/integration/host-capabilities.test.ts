// An agent on the real test engine (vfs, no NVIDIA runtime, no CDI spec) tells the control
// plane what cannot work there, and says so in its own log once, at start and at enrollment.
import t from "tap";
import { freshDatabase } from "../helpers/database.js";
import { dockerHost } from "../helpers/docker.js";
import { startAgent, startControlPlane } from "../helpers/processes.js";
import { waitFor } from "../helpers/wait.js";

t.test("GPU attach problems and disk quota support reach the host's view", async (t) => {
  const cp = await startControlPlane(t, { databaseUrl: await freshDatabase(t) });
  const docker = await dockerHost();

  const cdi = startAgent(t, { controlPlane: cp.url, joinToken: await cp.joinToken(), docker, args: ["--gpu-attach", "cdi"] });
  const cdiHost = await cdi.connected();
  const h = await waitFor("capabilities stored", async () => {
    const v = await cp.host(cdiHost);
    return v.gpu_attach_problem ? v : undefined;
  });
  t.match(h.gpu_attach_problem, /--gpu-attach cdi needs a CDI spec for nvidia.com\/gpu/);
  t.ok(h.inventory_errors.includes(h.gpu_attach_problem), "and in inventory_errors");
  t.equal(h.storage_quota.supported, false);
  t.match(h.storage_quota.problem, /storage driver is vfs/);
  t.equal(h.instance_network, "none");
  const enrolled = await cdi.waitForLog("enrolled; host credential stored; disk sizes NOT enforced here");
  t.equal(enrolled["diskQuotas"], false);
  t.match(String(enrolled["diskQuotaProblem"]), /vfs/);
  t.equal(cdi.logs.filter((l) => l.msg === "disk sizes are not enforced on this host; extra disks are not sold on it").length, 1, "said once");
  t.equal(cdi.logs.filter((l) => l.msg === "GPUs cannot reach containers; this host is given no GPU instances").length, 1);

  // --gpu-attach none never reports a problem.
  const none = startAgent(t, { controlPlane: cp.url, joinToken: await cp.joinToken(), docker });
  const noneHost = await none.connected();
  const n = await waitFor("stored", async () => {
    const v = await cp.host(noneHost);
    return v.storage_quota.problem ? v : undefined;
  });
  t.equal(n.gpu_attach_problem, null);
  t.same(
    n.inventory_errors.filter((e: string) => /gpu-attach/.test(e)),
    [],
  );
});

// The sizes the agent is told: a bought instance's command carries the product's system disk
// (enforced with StorageOpt.size where the host's engine supports disk sizes) and its data disk
// (included plus extra).
import t from "tap";
import { agentv1 } from "@remotegpu/protocol";
import { openPayload } from "../../packages/control-plane/src/services/secrets.js";
import { sql } from "../helpers/database.js";
import { PRODUCT, startApiWorld } from "../helpers/customers.js";

t.test("a bought instance's create command carries its system and data disk sizes", async (t) => {
  const w = await startApiWorld(t, { env: { PLACEMENT_REQUIRE_DISK_QUOTA: "false" } });
  const c = await w.newCustomer("dora", "100.00");
  const buy = await w.call(
    "/gpu/instances/buy",
    { gpu_type: PRODUCT.gpu_type, image_id: w.imageId, room_name: "105", pay_unit: 4, num: 1, gpu_count: 1, extra_disk_cap: 5 },
    c.token,
  );
  t.equal(buy.status, 200, JSON.stringify(buy.body));
  const gid = buy.body.success[0].gid;
  const [cmd] = await sql<{ payload: Buffer }>(w.cp.dbUrl, "select payload from commands where instance_id = $1 and op = 'create'", [gid]);
  const spec = agentv1.Command.decode(openPayload(cmd!.payload)).create!.spec!;
  t.equal(Number(spec.systemDiskBytes), PRODUCT.disk_one * 1e9, "the product's system disk");
  t.equal(Number(spec.dataDiskBytes), (PRODUCT.disk_data_one + 5) * 1e9, "included data disk plus the extra");
});

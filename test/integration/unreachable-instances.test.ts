// Honest answers: an instance on a host whose instances have no network (nothing published)
// shows no address, port or password; the same instance on a bridge-network host does.
import t from "tap";
import { sql } from "../helpers/database.js";
import { PRODUCT, startApiWorld } from "../helpers/customers.js";

t.test("no SSH promised where nothing is published", async (t) => {
  const w = await startApiWorld(t);
  const c = await w.newCustomer("nina", "100.00");
  const buy = await w.call(
    "/gpu/instances/buy",
    { gpu_type: PRODUCT.gpu_type, image_id: w.imageId, room_name: "105", pay_unit: 4, num: 1, gpu_count: 1 },
    c.token,
  );
  t.equal(buy.status, 200);
  const gid = buy.body.success[0].gid;
  await w.setState(gid, "Running");
  const one = async () => (await w.call("/gpu/instances/list", { gid }, c.token)).body.items[0];

  await sql(w.cp.dbUrl, "update hosts set public_address = '127.0.0.1' where host_id = $1", [w.hostId]);
  const bridged = await one();
  t.match(bridged, { ip: "127.0.0.1", port: Number, password: /^\w{16}$/, message: null }, "a bridge-network host: SSH is shown");

  await sql(w.cp.dbUrl, "update hosts set instance_network = 'none' where host_id = $1", [w.hostId]);
  const isolated = await one();
  t.equal(isolated.ip, "", "no address");
  t.equal(isolated.port, null, "no port");
  t.equal(isolated.password, "", "no password");
  t.match(isolated.message, /no SSH/, "and the message says why");
  t.same(isolated.custom_ports, [], "nothing else is published either");
});

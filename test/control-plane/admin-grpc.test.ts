// The gRPC admin service: same use cases and errors as the HTTP admin API.
import t from "tap";
import * as grpc from "@grpc/grpc-js";
import { adminServiceDefinition, adminv1, type adminpb } from "@remotegpu/protocol";
import { sql } from "../helpers/database.js";
import { startInProcess } from "../helpers/in-process.js";
import { ADMIN_TOKEN } from "../helpers/processes.js";

const Client = grpc.makeGenericClientConstructor(adminServiceDefinition, "AdminService");

function call<Res>(client: grpc.Client, method: string, req: unknown, token: string | null = ADMIN_TOKEN): Promise<Res> {
  const md = new grpc.Metadata();
  if (token) md.set("authorization", `Bearer ${token}`);
  return new Promise((resolve, reject) =>
    (client as unknown as Record<string, (r: unknown, m: grpc.Metadata, cb: (e: grpc.ServiceError | null, v: Res) => void) => void>)[method]!(
      req,
      md,
      (err, res) => (err ? reject(err) : resolve(res)),
    ),
  );
}

t.test("admin service over gRPC", async (t) => {
  const cp = await startInProcess(t);
  const client = new Client(`127.0.0.1:${cp.grpcPort}`, grpc.credentials.createInsecure());
  t.teardown(() => client.close());

  const tok = await call<adminpb.CreateJoinTokenResponse>(
    client,
    "createJoinToken",
    adminv1.CreateJoinTokenRequest.create({ roomName: "105", ttlSeconds: 600 }),
  );
  t.match(tok.token, /^rgjt_/);
  t.equal(tok.roomName, "105");
  t.ok(Date.parse(tok.expiresAt) > Date.now() + 590_000);

  await sql(
    cp.dbUrl,
    "insert into hosts (host_id, room_name, credential_hash, heartbeat_interval_ms, hostname) values ('host-0000000000000001', '105', $1, 1000, 'gpu-node-1')",
    [Buffer.alloc(32)],
  );
  await sql(
    cp.dbUrl,
    "insert into gpus (host_id, gpu_index, uuid, name, memory_total_mib, mig_mode) values ('host-0000000000000001', 0, 'GPU-x', 'NVIDIA L40S', 46068, 'disabled')",
  );
  const list = await call<adminpb.ListHostsResponse>(client, "listHosts", adminv1.ListHostsRequest.create({}));
  t.equal(list.totalItems, 1);
  t.equal(list.items[0]!.hostname, "gpu-node-1");
  t.equal(list.items[0]!.gpus[0]!.name, "NVIDIA L40S");
  t.equal(list.items[0]!.gpus[0]!.memoryTotalMib, 46068);
  t.equal(list.items[0]!.telemetryJson, "null", "no telemetry yet: null, as in the HTTP API");

  const host = await call<adminpb.Host>(client, "getHost", adminv1.GetHostRequest.create({ hostId: "host-0000000000000001" }));
  t.equal(host.roomName, "105");
  const http = (await cp.api("GET", "/admin/hosts/host-0000000000000001")).body;
  t.equal(host.statusChangedAt, http.status_changed_at, "the same values as the HTTP API");
  t.equal(host.enrolledAt, http.enrolled_at);
  t.same(JSON.parse(host.disksJson), http.disks);
  t.equal(host.gpus[0]!.migMode, "disabled");
  t.same(JSON.parse(host.gpus[0]!.migDevicesJson), []);
  const revoked = await call<adminpb.RevokeHostResponse>(client, "revokeHost", adminv1.RevokeHostRequest.create({ hostId: "host-0000000000000001" }));
  t.ok(Date.parse(revoked.revokedAt) > 0);

  // Errors map through the same table: status codes and stable codes in the details.
  await t.rejects(call(client, "getHost", adminv1.GetHostRequest.create({ hostId: "host-ffffffffffffffff" })), {
    code: grpc.status.NOT_FOUND,
    details: /^NOT_FOUND: /,
  });
  await t.rejects(call(client, "createJoinToken", adminv1.CreateJoinTokenRequest.create({ roomName: "bad room" })), {
    code: grpc.status.INVALID_ARGUMENT,
    details: /room_name/,
  });
  await t.rejects(call(client, "listHosts", adminv1.ListHostsRequest.create({ status: "dead" })), { code: grpc.status.INVALID_ARGUMENT, details: /status/ });
  await t.rejects(call(client, "listHosts", adminv1.ListHostsRequest.create({ pageSize: 100_000 })), {
    code: grpc.status.INVALID_ARGUMENT,
    details: /page_size/,
  });
  await t.rejects(call(client, "revokeHost", adminv1.RevokeHostRequest.create({ hostId: "host-ffffffffffffffff" })), { code: grpc.status.NOT_FOUND });
  await t.rejects(call(client, "revokeHost", adminv1.RevokeHostRequest.create({ hostId: "" })), { code: grpc.status.NOT_FOUND });
  await t.rejects(call(client, "revokeHost", adminv1.RevokeHostRequest.create({ hostId: "host-0000000000000001" }), "wrong-token-wrong-token"), {
    code: grpc.status.UNAUTHENTICATED,
  });
  await t.rejects(call(client, "listHosts", adminv1.ListHostsRequest.create({}), null), { code: grpc.status.UNAUTHENTICATED });
  await t.rejects(call(client, "listHosts", adminv1.ListHostsRequest.create({}), "wrong-token-wrong-token"), { code: grpc.status.UNAUTHENTICATED });
  t.equal((await sql(cp.dbUrl, "select * from join_tokens")).length, 1, "refused calls stored nothing");
});

t.test("garbage bytes as a gRPC request are refused cleanly", async (t) => {
  const cp = await startInProcess(t);
  // A raw client that sends bytes that are not a CreateJoinTokenRequest.
  const raw = grpc.makeGenericClientConstructor(
    {
      createJoinToken: { ...adminServiceDefinition.createJoinToken, requestSerialize: (b: Buffer) => b },
    },
    "AdminService",
  );
  const client = new raw(`127.0.0.1:${cp.grpcPort}`, grpc.credentials.createInsecure());
  t.teardown(() => client.close());
  const md = new grpc.Metadata();
  md.set("authorization", `Bearer ${ADMIN_TOKEN}`);
  const err = await new Promise<grpc.ServiceError | null>((resolve) =>
    (client as unknown as Record<string, (r: unknown, m: grpc.Metadata, cb: (e: grpc.ServiceError | null) => void) => void>)["createJoinToken"]!(
      Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]),
      md,
      (e) => resolve(e),
    ),
  );
  t.ok(err, "the call fails");
  t.equal(err!.code, grpc.status.INVALID_ARGUMENT, "an undecodable request is bad input, not a server error");
  t.match(err!.details, /^INVALID_ARGUMENT: not a valid CreateJoinToken request/);
  t.equal((await sql(cp.dbUrl, "select * from join_tokens")).length, 0);
  const health = await cp.api("GET", "/healthz", undefined, null);
  t.equal(health.status, 200, "the server carries on");
});

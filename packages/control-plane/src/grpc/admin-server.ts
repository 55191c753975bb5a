// The gRPC admin service (remotegpu.admin.v1.AdminService) on its own port. Same use cases and
// same error table as the HTTP admin endpoints; authentication by the admin token in the
// "authorization: Bearer <token>" metadata entry.
import * as grpc from "@grpc/grpc-js";
import type { Logger } from "pino";
import { adminServiceDefinition, adminv1, MalformedRequest, type adminpb } from "@remotegpu/protocol";
import type { Config } from "../config.js";
import type { Db } from "../db/knex.js";
import type { Component } from "../services/components/lifecycle.js";
import { sameHash, sha256 } from "../domain/secrets.js";
import { ERROR_CODES, toAppError } from "../errors.js";
import { createJoinToken } from "../services/join-tokens.js";
import { DEFAULT_PAGE_SIZE, getHost, listHosts, revokeHost } from "../services/hosts.js";
import type { HostView } from "../services/views/hosts.js";

/** The HTTP host view in the gRPC message: same values, JSON for the free-form parts. */
function toGrpcHost(h: HostView) {
  return adminv1.Host.create({
    hostId: h.host_id,
    hostname: h.hostname,
    roomName: h.room_name,
    status: h.status,
    statusChangedAt: h.status_changed_at,
    agentVersion: h.agent_version,
    protocolVersion: h.protocol_version ?? 0,
    lastSeenAt: h.last_seen_at,
    enrolledAt: h.enrolled_at,
    revokedAt: h.revoked_at ?? "",
    os: h.os,
    kernel: h.kernel,
    arch: h.arch,
    cpuModel: h.cpu_model,
    cpuCount: h.cpu_count ?? 0,
    memoryTotalBytes: h.memory_total_bytes ?? 0,
    disksJson: JSON.stringify(h.disks),
    dockerVersion: h.docker_version ?? "",
    driverVersion: h.driver_version ?? "",
    cudaVersion: h.cuda_version ?? "",
    inventoryErrors: h.inventory_errors,
    publicAddress: h.public_address ?? "",
    sessionAddress: h.session_address ?? "",
    ...(h.instance_storage_bytes === null ? {} : { instanceStorageBytes: h.instance_storage_bytes }),
    cordoned: h.cordoned,
    cordonedAt: h.cordoned_at ?? "",
    telemetryJson: JSON.stringify(h.telemetry),
    gpus: h.gpus.map((g) =>
      adminv1.Gpu.create({
        index: g.index,
        uuid: g.uuid,
        name: g.name,
        ...(g.memory_total_mib === null ? {} : { memoryTotalMib: g.memory_total_mib }),
        pciBusId: g.pci_bus_id,
        migMode: g.mig_mode ?? "",
        migDevicesJson: JSON.stringify(g.mig_devices),
        serial: g.serial ?? "",
        vbiosVersion: g.vbios_version ?? "",
        computeCap: g.compute_cap ?? "",
        ...(g.power_limit_max_w === null ? {} : { powerLimitMaxW: g.power_limit_max_w }),
        telemetryJson: JSON.stringify(g.telemetry),
      }),
    ),
  });
}

export interface AdminGrpcServer {
  port: number;
  stop(): Promise<void>;
}

/** The gRPC admin server as a component (bound at start). */
export class AdminGrpc implements Component {
  readonly name = "grpc";
  private server: AdminGrpcServer | undefined;

  constructor(private readonly deps: { db: Db; config: Config; adminToken: string; log: Logger }) {}

  get port(): number | null {
    return this.server?.port ?? null;
  }

  async start(): Promise<void> {
    this.server = await startAdminGrpcServer(this.deps);
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    this.server = undefined;
  }
}

export async function startAdminGrpcServer(deps: { db: Db; config: Config; adminToken: string; log: Logger }): Promise<AdminGrpcServer> {
  const expected = sha256(deps.adminToken);
  // Wraps a use case: checks the token, maps AppError to a gRPC status, logs only bugs.
  function unary<Req, Res>(fn: (req: Req) => Promise<Res>): grpc.handleUnaryCall<Req | MalformedRequest, Res> {
    return (call, callback) => {
      const header = String(call.metadata.get("authorization")[0] ?? "");
      const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!m || !sameHash(sha256(m[1]!), expected)) {
        callback({ code: grpc.status.UNAUTHENTICATED, details: "UNAUTHORIZED: missing or invalid admin token" });
        return;
      }
      const req = call.request;
      if (req instanceof MalformedRequest) {
        callback({ code: ERROR_CODES.INVALID_ARGUMENT.grpc, details: `INVALID_ARGUMENT: ${req.reason}` });
        return;
      }
      fn(req).then(
        (res) => callback(null, res),
        (err: unknown) => {
          const e = toAppError(err);
          if (e.code === "INTERNAL") deps.log.error({ err }, "gRPC call failed");
          callback({ code: ERROR_CODES[e.code].grpc, details: `${e.code}: ${e.message}` });
        },
      );
    };
  }

  const server = new grpc.Server({
    // Same bound as agent frames (MAX_FRAME_BYTES); admin requests are tiny.
    "grpc.max_receive_message_length": 1024 * 1024,
  });
  server.addService(adminServiceDefinition, {
    createJoinToken: unary(async (req: adminpb.CreateJoinTokenRequest) => {
      const t = await createJoinToken(deps.db, deps.config, { roomName: req.roomName, ttlSeconds: req.ttlSeconds ?? undefined });
      return adminv1.CreateJoinTokenResponse.create({ token: t.token, expiresAt: t.expiresAt.toISOString(), roomName: t.roomName });
    }),
    listHosts: unary(async (req: adminpb.ListHostsRequest) => {
      const r = await listHosts(deps.db, {
        page: req.page || 1,
        pageSize: req.pageSize || DEFAULT_PAGE_SIZE,
        roomName: req.roomName || undefined,
        status: req.status || undefined,
      });
      return adminv1.ListHostsResponse.create({ items: r.items.map(toGrpcHost), totalItems: r.total_items });
    }),
    getHost: unary(async (req: adminpb.GetHostRequest) => toGrpcHost(await getHost(deps.db, req.hostId))),
    revokeHost: unary(async (req: adminpb.RevokeHostRequest) => {
      const r = await revokeHost(deps.db, req.hostId);
      return adminv1.RevokeHostResponse.create({ hostId: r.host_id, revokedAt: r.revoked_at });
    }),
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${deps.config.grpcHost}:${deps.config.grpcPort ?? 0}`, grpc.ServerCredentials.createInsecure(), (err, p) =>
      err ? reject(err) : resolve(p),
    ),
  );
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        // Let in-flight calls finish for up to 5 s, then cut them.
        const t = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, 5000);
        server.tryShutdown(() => {
          clearTimeout(t);
          resolve();
        });
      }),
  };
}

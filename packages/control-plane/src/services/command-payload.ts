// Builds the protobuf Command for an operation from the instance as stored: the exact bytes are
// kept with the command and sent as they are every time.
import { agentv1, type pb } from "@remotegpu/protocol";
import type { InstanceRow } from "../db/rows.js";
import type { Op } from "../domain/instance-state.js";
import { openPassword, sealPayload } from "./secrets.js";

/** Seconds between SIGTERM and SIGKILL on stop: long enough for a training job to checkpoint. */
export const STOP_TIMEOUT_S = 30;

export function instanceSpec(i: InstanceRow, gpuUuids: readonly string[], imageRef = i.image_ref): pb.InstanceSpecInit {
  return {
    imageRef,
    gpuUuids: [...gpuUuids],
    cpuMillis: i.spec.cpu_millis,
    memoryBytes: i.spec.memory_bytes,
    sshHostPort: i.ssh_port ?? 0,
    rootPassword: openPassword(i.spec.root_password),
    dataDiskBytes: i.spec.data_disk_bytes,
    systemDiskBytes: i.spec.system_disk_bytes ?? 0,
    env: i.spec.env,
    ports: i.spec.ports.map((p) => ({ containerPort: p.container_port, hostPort: p.host_port, protocol: p.protocol })),
    pidsLimit: i.spec.pids_limit,
    artifacts: (i.spec.artifacts ?? []).map((a) => ({ target: a.target, versionId: a.version_id, digest: a.digest })),
    ...(i.spec.task
      ? {
          task: {
            command: i.spec.task.command,
            outputDir: i.spec.task.output_dir,
            runDir: i.spec.task.run_dir,
            maxLogLines: i.spec.task.max_log_lines,
            maxMetricLines: i.spec.task.max_metric_lines,
            maxLineBytes: i.spec.task.max_line_bytes,
          },
        }
      : {}),
  };
}

export interface PayloadInput {
  commandId: string;
  instance: InstanceRow;
  generation: number;
  op: Op;
  /** The GPUs the instance has (or gets) for this operation. */
  gpuUuids: readonly string[];
  imageRef?: string;
}

/** The command as stored: sealed with the server key, since a spec carries the root password. */
export function commandPayload(p: PayloadInput): Buffer {
  const spec = instanceSpec(p.instance, p.gpuUuids, p.imageRef);
  const body: pb.CommandInit = { commandId: p.commandId, instanceId: p.instance.instance_id, generation: p.generation, issuedAtMs: Date.now() };
  switch (p.op) {
    case "create":
      body.create = { spec };
      break;
    case "start":
      body.start = { gpuUuids: [...p.gpuUuids], spec };
      break;
    case "cardless_start":
      body.start = { gpuUuids: [], spec };
      break;
    case "stop":
    case "stop_cardless":
      body.stop = { releaseGpus: p.op === "stop_cardless", timeoutS: STOP_TIMEOUT_S };
      break;
    case "restart":
      body.restart = { timeoutS: STOP_TIMEOUT_S };
      break;
    case "snapshot":
      body.snapshot = { imageRef: p.imageRef ?? "" };
      break;
    case "rebuild":
      body.rebuild = { spec };
      break;
    case "destroy":
      body.destroy = {};
      break;
  }
  return sealPayload(Buffer.from(agentv1.Command.encode(agentv1.Command.create(body)).finish()));
}

// Short names for the generated message classes (../gen/proto.js, from ../proto).
import { remotegpu } from "../gen/proto.js";

export const agentv1 = remotegpu.agent.v1;
export const adminv1 = remotegpu.admin.v1;

/* eslint-disable @typescript-eslint/no-namespace */
export namespace pb {
  export type Envelope = remotegpu.agent.v1.Envelope;
  export type EnvelopeInit = remotegpu.agent.v1.Envelope.$Properties;
  export type Hello = remotegpu.agent.v1.Hello;
  export type HelloInit = remotegpu.agent.v1.Hello.$Properties;
  export type Welcome = remotegpu.agent.v1.Welcome;
  export type SessionSettings = remotegpu.agent.v1.SessionSettings;
  export type Heartbeat = remotegpu.agent.v1.Heartbeat;
  export type Inventory = remotegpu.agent.v1.Inventory;
  export type InventoryInit = remotegpu.agent.v1.Inventory.$Properties;
  export type GpuInfo = remotegpu.agent.v1.GpuInfo;
  export type GpuInfoInit = remotegpu.agent.v1.GpuInfo.$Properties;
  export type DiskInit = remotegpu.agent.v1.Disk.$Properties;
  export type Telemetry = remotegpu.agent.v1.Telemetry;
  export type TelemetryInit = remotegpu.agent.v1.Telemetry.$Properties;
  export type HostMetrics = remotegpu.agent.v1.HostMetrics;
  export type HostMetricsInit = remotegpu.agent.v1.HostMetrics.$Properties;
  export type GpuSample = remotegpu.agent.v1.GpuSample;
  export type GpuSampleInit = remotegpu.agent.v1.GpuSample.$Properties;
  export type GpuProcess = remotegpu.agent.v1.GpuProcess;
  export type GpuProcessInit = remotegpu.agent.v1.GpuProcess.$Properties;
  export type Command = remotegpu.agent.v1.Command;
  export type CommandInit = remotegpu.agent.v1.Command.$Properties;
  export type CommandResult = remotegpu.agent.v1.CommandResult;
  export type CommandResultInit = remotegpu.agent.v1.CommandResult.$Properties;
  export type InstanceSpec = remotegpu.agent.v1.InstanceSpec;
  export type InstanceSpecInit = remotegpu.agent.v1.InstanceSpec.$Properties;
  export type SnapshotResultInit = remotegpu.agent.v1.SnapshotResult.$Properties;
  export type ContainerState = remotegpu.agent.v1.ContainerState;
  export type ContainerStateInit = remotegpu.agent.v1.ContainerState.$Properties;
  export type ContainerStates = remotegpu.agent.v1.ContainerStates;
  export type MigMode = remotegpu.agent.v1.MigMode;
  export type ContainerStatus = remotegpu.agent.v1.ContainerStatus;
  export type CommandStatus = remotegpu.agent.v1.CommandStatus;
  export type TaskSpecInit = remotegpu.agent.v1.TaskSpec.$Properties;
  export type FinishTaskInit = remotegpu.agent.v1.FinishTask.$Properties;
  export type TaskOutcome = remotegpu.agent.v1.TaskOutcome;
  export type TaskOutcomeInit = remotegpu.agent.v1.TaskOutcome.$Properties;
  export type TaskOutput = remotegpu.agent.v1.TaskOutput;
  export type TaskOutputInit = remotegpu.agent.v1.TaskOutput.$Properties;
  export type TaskOutputAck = remotegpu.agent.v1.TaskOutputAck;
  export type TaskLineInit = remotegpu.agent.v1.TaskLine.$Properties;
  export type TaskChannel = remotegpu.agent.v1.TaskChannel;
  export type TaskStream = remotegpu.agent.v1.TaskStream;
  export type EnvelopeBody = NonNullable<remotegpu.agent.v1.Envelope["body"]>;
}

export namespace adminpb {
  export type CreateJoinTokenRequest = remotegpu.admin.v1.CreateJoinTokenRequest;
  export type ListHostsRequest = remotegpu.admin.v1.ListHostsRequest;
  export type GetHostRequest = remotegpu.admin.v1.GetHostRequest;
  export type RevokeHostRequest = remotegpu.admin.v1.RevokeHostRequest;
  export type Host = remotegpu.admin.v1.Host;
  export type CreateJoinTokenResponse = remotegpu.admin.v1.CreateJoinTokenResponse;
  export type ListHostsResponse = remotegpu.admin.v1.ListHostsResponse;
  export type RevokeHostResponse = remotegpu.admin.v1.RevokeHostResponse;
}

export const MigMode = remotegpu.agent.v1.MigMode;
export const ContainerStatus = remotegpu.agent.v1.ContainerStatus;
export const CommandStatus = remotegpu.agent.v1.CommandStatus;
export const TaskChannel = remotegpu.agent.v1.TaskChannel;
export const TaskStream = remotegpu.agent.v1.TaskStream;

// Where an instance goes: among the hosts that can take it, the one with the fewest free GPUs
// of the model (best fit). Packing keeps whole hosts free for large orders, which is what
// gpu_remain (the most GPUs one order can get) rewards.

export interface HostCandidate {
  hostId: string;
  /** Free GPUs of the product's model. */
  freeGpus: number;
  /** Free instance storage in GB; null when the host never reported its storage. */
  freeDiskGb: number | null;
}

export function rankHosts(candidates: readonly HostCandidate[], gpuCount: number, diskGb: number): string[] {
  const disk = (c: HostCandidate) => c.freeDiskGb ?? Number.MAX_SAFE_INTEGER;
  return candidates
    .filter((c) => c.freeGpus >= gpuCount && disk(c) >= diskGb)
    .sort((a, b) => a.freeGpus - b.freeGpus || disk(b) - disk(a) || a.hostId.localeCompare(b.hostId))
    .map((c) => c.hostId);
}

/** gpu_remain (SPEC §4): the most free GPUs of the model on any one host that takes orders. */
export function gpuRemain(freeByHost: readonly number[]): number {
  return freeByHost.reduce((m, n) => Math.max(m, n), 0);
}

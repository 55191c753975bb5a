// Pure parser of `nvidia-smi -L`:
//   GPU 0: NVIDIA H100 80GB HBM3 (UUID: GPU-…)
//     MIG 3g.40gb     Device  0: (UUID: MIG-…)
// Older drivers (R450/R470) print MIG UUIDs as MIG-GPU-<uuid>/1/0; both forms are accepted.

export interface ListedMigDevice {
  index: number;
  profile: string;
  uuid: string;
}

export interface ListedGpu {
  index: number;
  name: string;
  uuid: string;
  migDevices: ListedMigDevice[];
}

const GPU_LINE = /^GPU (\d+): (.+?) \(UUID: ([^)\s]+)\)\s*$/;
const MIG_LINE = /^\s+MIG (\S+)\s+Device\s+(\d+): \(UUID: ([^)\s]+)\)\s*$/;

export function parseListGpus(text: string): ListedGpu[] {
  const gpus: ListedGpu[] = [];
  for (const line of text.split(/\r?\n/)) {
    const g = GPU_LINE.exec(line);
    if (g) {
      gpus.push({ index: Number(g[1]), name: g[2]!, uuid: g[3]!, migDevices: [] });
      continue;
    }
    const m = MIG_LINE.exec(line);
    const parent = gpus[gpus.length - 1];
    if (m && parent) parent.migDevices.push({ index: Number(m[2]), profile: m[1]!, uuid: m[3]! });
  }
  return gpus;
}

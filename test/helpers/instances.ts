// Instance operations through the admin API, and waiting for their results.
import type { ControlPlane } from "./processes.js";
import { waitFor } from "./wait.js";

/** Waits until the instance is in `state` with no operation in progress; returns its view. */
export async function settled(cp: ControlPlane, id: string, state: string, timeoutMs = 30_000): Promise<any> {
  return waitFor(
    `instance ${id} ${state}`,
    async () => {
      const r = await cp.api("GET", `/admin/instances/${id}`);
      return r.body.state === state && !r.body.operation_in_progress ? r.body : undefined;
    },
    timeoutMs,
    150,
  );
}

/** Waits until no operation is in progress, whatever the state (a snapshot, a failed one). */
export async function finished(cp: ControlPlane, id: string, what = "operation"): Promise<any> {
  return waitFor(`${what} of ${id} finished`, async () => {
    const r = (await cp.api("GET", `/admin/instances/${id}`)).body;
    return !r.operation_in_progress ? r : undefined;
  });
}

/** Issues an operation; anything but 202 throws. */
export async function op(cp: ControlPlane, id: string, name: string, body: unknown = {}): Promise<any> {
  const r = await cp.api("POST", `/admin/instances/${id}/${name}`, body);
  if (r.status !== 202) throw new Error(`${name}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

// The one module that talks to the Docker engine (through dockerode). The container runtime of
// the containers issue grows here; the foundation needs the engine's version for the inventory.
import Docker from "dockerode";

/** Engine calls that are pure reads answer in milliseconds; 5 s means the engine is stuck. */
const ENGINE_TIMEOUT_MS = 5000;

/** "unix:///var/run/docker.sock", "/path/docker.sock", "tcp://127.0.0.1:2375" → dockerode options. */
export function dockerOptions(dockerHost: string): Docker.DockerOptions {
  if (dockerHost.startsWith("unix://")) return { socketPath: dockerHost.slice("unix://".length), timeout: ENGINE_TIMEOUT_MS };
  if (dockerHost.startsWith("/")) return { socketPath: dockerHost, timeout: ENGINE_TIMEOUT_MS };
  const url = new URL(dockerHost.replace(/^tcp:/, "http:"));
  return { host: url.hostname, port: Number(url.port || 2375), protocol: "http", timeout: ENGINE_TIMEOUT_MS };
}

export class DockerEngine {
  private readonly docker: Docker;

  constructor(dockerHost: string) {
    this.docker = new Docker(dockerOptions(dockerHost));
  }

  /** The engine version, or an error message when the engine cannot be reached. */
  async version(): Promise<{ version: string } | { error: string }> {
    try {
      const v = await this.docker.version();
      return { version: v.Version };
    } catch (err) {
      return { error: (err as Error).message };
    }
  }
}

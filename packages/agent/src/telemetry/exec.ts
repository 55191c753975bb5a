// Runs an external program the safe way: fixed path, argument array, no shell, bounded output,
// and a deadline that holds even when the child cannot be killed (a process stuck in the kernel
// on a wedged GPU ignores SIGKILL until the driver lets go).
import { execFile } from "node:child_process";

export type RunResult = { ok: true; stdout: string } | { ok: false; reason: string; stdout: string };

export interface RunOptions {
  timeoutMs: number;
  /** nvidia-smi's biggest answer (--help-query-gpu) is ~60 KiB; 4 MiB bounds a runaway child. */
  maxBytes?: number;
}

export type CommandRunner = (path: string, args: readonly string[], opts: RunOptions) => Promise<RunResult>;

// Children that outlived their deadline and even SIGKILL (stuck in the kernel), per program.
// While one is alive we do not start another copy of the same program: they would pile up.
const stuck = new Map<string, number>();

export const runCommand: CommandRunner = (path, args, opts) =>
  new Promise((resolve) => {
    if ((stuck.get(path) ?? 0) > 0) {
      resolve({ ok: false, reason: "an earlier call is still stuck and was not started again", stdout: "" });
      return;
    }
    let settled = false;
    const settle = (r: RunResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(r);
    };
    // Our own deadline, a little after execFile's kill, answers even if the child never exits.
    let overdue = false;
    const deadline = setTimeout(() => {
      overdue = true;
      stuck.set(path, (stuck.get(path) ?? 0) + 1);
      settle({ ok: false, reason: `timed out after ${opts.timeoutMs} ms`, stdout: "" });
    }, opts.timeoutMs + 1000);
    deadline.unref();
    try {
      const child = execFile(
        path,
        [...args],
        { timeout: opts.timeoutMs, killSignal: "SIGKILL", maxBuffer: opts.maxBytes ?? 4 * 1024 * 1024, shell: false, windowsHide: true, encoding: "utf8" },
        (err, stdout, stderr) => {
          if (!err) return settle({ ok: true, stdout });
          const e = err as NodeJS.ErrnoException & { killed?: boolean; code?: number | string; signal?: string };
          let reason: string;
          if (e.code === "ENOENT") reason = `not found at ${path}`;
          else if (e.code === "EACCES") reason = `not executable: ${path}`;
          else if (e.killed || e.signal === "SIGKILL") reason = `timed out after ${opts.timeoutMs} ms`;
          else if (e.code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER") reason = "printed more output than allowed";
          else {
            const said = firstLine(String(stdout)) || firstLine(String(stderr));
            reason = `exited with ${e.code ?? e.signal ?? "an error"}${said ? `: ${said}` : ""}`;
          }
          settle({ ok: false, reason, stdout: String(stdout ?? "") });
        },
      );
      child.once("exit", () => {
        if (overdue) stuck.set(path, (stuck.get(path) ?? 1) - 1);
      });
    } catch (err) {
      settle({ ok: false, reason: (err as Error).message, stdout: "" });
    }
  });

function firstLine(s: string): string {
  return (
    s
      .split(/\r?\n/)
      .find((l) => l.trim() !== "")
      ?.trim()
      .slice(0, 200) ?? ""
  );
}

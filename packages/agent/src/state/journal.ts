// The command journal on disk: what makes commands execute at most once across crashes.
//
//   <data-dir>/journal/commands/<command_id>.json   one per command: started → done (+ result)
//   <data-dir>/journal/instances/<instance_id>.json the newest generation applied per instance
//
// A command is recorded as started, and its instance's generation raised, before anything is
// done; its result is recorded before it is sent. Every write is atomic (state/atomic-file.ts). Entries whose result the control plane acknowledged are kept
// for a while so that a late duplicate is still recognised, then pruned.
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { agentv1, isCommandId, type pb } from "@remotegpu/protocol";
import { writeFileAtomic } from "./atomic-file.js";

export interface JournalEntry {
  commandId: string;
  instanceId: string;
  generation: number;
  op: string;
  status: "started" | "done";
  receivedAtMs: number;
  /** The encoded CommandResult, base64 (exactly what is sent again). */
  result?: string;
  ackedAtMs?: number;
}

/** Acknowledged entries are kept a week: far longer than any redelivery can be late. */
const KEEP_ACKED_MS = 7 * 24 * 3600_000;

export function encodeResult(r: pb.CommandResultInit): string {
  return Buffer.from(agentv1.CommandResult.encode(agentv1.CommandResult.create(r)).finish()).toString("base64");
}

export function decodeResult(b64: string): pb.CommandResult {
  return agentv1.CommandResult.decode(Buffer.from(b64, "base64"));
}

export class CommandJournal {
  private readonly commands = new Map<string, JournalEntry>();
  private readonly generations = new Map<string, number>();
  private readonly commandsDir: string;
  private readonly instancesDir: string;

  constructor(dataDir: string) {
    this.commandsDir = join(dataDir, "journal", "commands");
    this.instancesDir = join(dataDir, "journal", "instances");
  }

  /** Reads the journal; unreadable files (a crash mid-write leaves only *.tmp) are skipped. */
  async load(): Promise<void> {
    await mkdir(this.commandsDir, { recursive: true, mode: 0o700 });
    await mkdir(this.instancesDir, { recursive: true, mode: 0o700 });
    for (const dir of [this.commandsDir, this.instancesDir]) {
      // Temporary files of writes a crash interrupted: the real file is the old or the new one.
      for (const f of await readdir(dir)) if (f.endsWith(".tmp")) await rm(join(dir, f), { force: true });
    }
    for (const f of await readdir(this.commandsDir)) {
      if (!f.endsWith(".json")) continue;
      try {
        const e = JSON.parse(await readFile(join(this.commandsDir, f), "utf8")) as JournalEntry;
        if (isCommandId(e.commandId)) this.commands.set(e.commandId, e);
      } catch {
        /* a torn write: the command will be redelivered and is then treated as new */
      }
    }
    for (const f of await readdir(this.instancesDir)) {
      if (!f.endsWith(".json")) continue;
      try {
        const v = JSON.parse(await readFile(join(this.instancesDir, f), "utf8")) as { generation: number };
        this.generations.set(f.slice(0, -".json".length), v.generation);
      } catch {
        /* see above */
      }
    }
  }

  get(commandId: string): JournalEntry | undefined {
    return this.commands.get(commandId);
  }

  appliedGeneration(instanceId: string): number {
    return this.generations.get(instanceId) ?? 0;
  }

  /** Records the command as started and its generation as applied, durably, before any effect. */
  async begin(cmd: pb.Command): Promise<JournalEntry> {
    const e: JournalEntry = {
      commandId: cmd.commandId,
      instanceId: cmd.instanceId,
      generation: cmd.generation,
      op: cmd.op ?? "",
      status: "started",
      receivedAtMs: Date.now(),
    };
    await writeFileAtomic(join(this.commandsDir, `${cmd.commandId}.json`), JSON.stringify(e));
    if (cmd.generation > this.appliedGeneration(cmd.instanceId)) {
      await writeFileAtomic(join(this.instancesDir, `${cmd.instanceId}.json`), JSON.stringify({ generation: cmd.generation }));
      this.generations.set(cmd.instanceId, cmd.generation);
    }
    this.commands.set(cmd.commandId, e);
    return e;
  }

  /** Records a command refused without running (stale, malformed) so a redelivery gets the same answer. */
  async refuse(cmd: pb.Command, result: pb.CommandResultInit): Promise<void> {
    const e: JournalEntry = {
      commandId: cmd.commandId,
      instanceId: cmd.instanceId,
      generation: cmd.generation,
      op: cmd.op ?? "",
      status: "done",
      receivedAtMs: Date.now(),
      result: encodeResult(result),
    };
    await writeFileAtomic(join(this.commandsDir, `${cmd.commandId}.json`), JSON.stringify(e));
    this.commands.set(cmd.commandId, e);
  }

  async finish(commandId: string, result: pb.CommandResultInit): Promise<void> {
    const e = this.commands.get(commandId);
    if (!e) throw new Error(`finishing unknown command ${commandId}`);
    const done: JournalEntry = { ...e, status: "done", result: encodeResult(result) };
    await writeFileAtomic(join(this.commandsDir, `${commandId}.json`), JSON.stringify(done));
    this.commands.set(commandId, done);
  }

  async acked(commandId: string): Promise<void> {
    const e = this.commands.get(commandId);
    if (!e || e.ackedAtMs) return;
    const acked: JournalEntry = { ...e, ackedAtMs: Date.now() };
    await writeFileAtomic(join(this.commandsDir, `${commandId}.json`), JSON.stringify(acked));
    this.commands.set(commandId, acked);
  }

  /** Results recorded but never acknowledged (sent again after a restart). */
  unacknowledged(): JournalEntry[] {
    return [...this.commands.values()].filter((e) => e.status === "done" && e.result && !e.ackedAtMs);
  }

  /** Drops acknowledged entries older than a week. */
  async prune(now = Date.now()): Promise<number> {
    let n = 0;
    for (const e of [...this.commands.values()]) {
      if (e.ackedAtMs && now - e.ackedAtMs > KEEP_ACKED_MS) {
        await rm(join(this.commandsDir, `${e.commandId}.json`), { force: true });
        this.commands.delete(e.commandId);
        n++;
      }
    }
    return n;
  }
}

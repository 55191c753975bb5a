// The agent's command journal on disk.
import t from "tap";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { agentv1, CommandStatus } from "@remotegpu/protocol";
import { CommandJournal, decodeResult } from "../../packages/agent/src/state/journal.js";

const cmd = (instanceId: string, generation: number) => agentv1.Command.create({ commandId: randomUUID(), instanceId, generation, stop: {} });

t.test("started, done, acknowledged: all of it survives a restart", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "journal-"));
  const j = new CommandJournal(dir);
  await j.load();
  const c = cmd("gpu-105a", 3);
  await j.begin(c);
  t.equal(j.get(c.commandId)?.status, "started");
  t.equal(j.appliedGeneration("gpu-105a"), 3, "the generation is raised before anything runs");
  await j.finish(c.commandId, { commandId: c.commandId, status: CommandStatus.COMMAND_STATUS_SUCCEEDED, errorMessage: "x" });
  t.same(
    j.unacknowledged().map((e) => e.commandId),
    [c.commandId],
  );

  const again = new CommandJournal(dir);
  await again.load();
  t.equal(again.get(c.commandId)?.status, "done");
  t.equal(decodeResult(again.get(c.commandId)!.result!).errorMessage, "x", "the result, exactly");
  t.equal(again.appliedGeneration("gpu-105a"), 3);
  await again.acked(c.commandId);
  t.same(again.unacknowledged(), []);
  const mode = statSync(join(dir, "journal", "commands", `${c.commandId}.json`)).mode & 0o777;
  t.equal(mode, 0o600, "journal files are private (results name instances)");
});

t.test("an older command never lowers the applied generation", async (t) => {
  const j = new CommandJournal(mkdtempSync(join(tmpdir(), "journal-")));
  await j.load();
  await j.begin(cmd("gpu-105a", 5));
  await j.begin(cmd("gpu-105a", 2));
  t.equal(j.appliedGeneration("gpu-105a"), 5);
  t.equal(j.appliedGeneration("gpu-105b"), 0, "per instance");
});

t.test("torn writes and leftovers are skipped, not fatal", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "journal-"));
  const j = new CommandJournal(dir);
  await j.load();
  const good = cmd("gpu-105a", 1);
  await j.begin(good);
  const commands = join(dir, "journal", "commands");
  writeFileSync(join(commands, `${randomUUID()}.json`), '{"commandId": "trunc');
  writeFileSync(join(commands, `${randomUUID()}.json.tmp`), "{}");
  const again = new CommandJournal(dir);
  await again.load();
  t.equal(again.get(good.commandId)?.status, "started");
  t.equal(again.unacknowledged().length, 0);
});

t.test("acknowledged entries older than a week are pruned", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "journal-"));
  const j = new CommandJournal(dir);
  await j.load();
  const old = cmd("gpu-105a", 1);
  const unacked = cmd("gpu-105a", 2);
  for (const c of [old, unacked]) {
    await j.begin(c);
    await j.finish(c.commandId, { commandId: c.commandId, status: CommandStatus.COMMAND_STATUS_SUCCEEDED });
  }
  await j.acked(old.commandId);
  t.equal(await j.prune(Date.now() + 8 * 86_400_000), 1);
  t.equal(j.get(old.commandId), undefined);
  t.ok(j.get(unacked.commandId), "an unacknowledged result is never pruned");
  t.same(readdirSync(join(dir, "journal", "commands")), [`${unacked.commandId}.json`]);
});

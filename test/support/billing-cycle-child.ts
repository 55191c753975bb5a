// One run of the billing job in its own process, for test/integration/billing-crash.test.ts
// (which kills it with SIGKILL at random moments). Connects to BILLING_DB_URL, stands the clock
// still at BILLING_NOW, prints "ready" once connected and waits for a line on stdin (so that
// two replicas can be released at the same moment), then runs one billing cycle and prints its
// outcome as JSON. Exits 0 only when the cycle finished.
import { createInterface } from "node:readline";
import { createDb } from "../../packages/control-plane/src/db/knex.js";
import { runBillingCycle } from "../../packages/control-plane/src/services/billing-cycle.js";
import { setClock } from "../../packages/control-plane/src/services/clock.js";
import { parseSecretKeys, SecretBox } from "../../packages/control-plane/src/domain/secret-box.js";
import { useSecretBox } from "../../packages/control-plane/src/services/secrets.js";
import { SECRET_KEYS } from "../helpers/processes.js";

const url = process.env["BILLING_DB_URL"];
const nowText = process.env["BILLING_NOW"];
if (!url || !nowText) throw new Error("BILLING_DB_URL and BILLING_NOW are required");
const now = new Date(nowText);
if (Number.isNaN(now.getTime())) throw new Error(`BILLING_NOW is not a time: ${nowText}`);

// Everything the cycle does (operations issued through operate() included) goes by this time.
setClock({ now: () => now });
// The commands it issues (expiry stops) are sealed like the control plane's (test/helpers key).
useSecretBox(new SecretBox(parseSecretKeys(SECRET_KEYS)));
const db = createDb(url, 3);
await db.raw("select 1");

const input = createInterface({ input: process.stdin });
const go = new Promise<void>((resolve) => input.once("line", () => resolve()));
process.stdout.write("ready\n");
await go;
input.close();

const outcome = await runBillingCycle(db, now, { retentionDays: 7, settleEveryMs: 3_600_000 }, { batch: 50 });
process.stdout.write(`${JSON.stringify(outcome)}\n`);
await db.destroy();
process.exit(0);

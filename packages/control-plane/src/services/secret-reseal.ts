// At start-up, before anything is served: every root password and command payload not sealed
// with the current key (plaintext from before sealing existed, or sealed with a key since
// rotated out of first place) is sealed with it. Idempotent and safe with several replicas
// starting at once (compare-and-set per value); a value sealed with a key the keyring lacks is
// left alone and reported, since nothing here can open it.
import type { Logger } from "pino";
import type { Db } from "../db/knex.js";
import { passwordsNotSealedWith, payloadsNotSealedWith, replacePassword, replacePayload } from "../db/queries/secrets.js";
import { isSealedText, type SecretBox } from "../domain/secret-box.js";
import { PURPOSES } from "./secrets.js";

/** 500 rows a batch: a few hundred KB of payloads, a few milliseconds of work each. */
const BATCH = 500;

export interface ResealReport {
  passwords: number;
  payloads: number;
  /** Values sealed with keys this keyring does not hold. */
  unreadable: number;
}

export async function resealSecrets(db: Db, box: SecretBox, log: Logger): Promise<ResealReport> {
  const report: ResealReport = { passwords: 0, payloads: 0, unreadable: 0 };
  const textPrefix = `sb1:${box.currentId}:`;
  for (let after = ""; ; ) {
    const rows = await passwordsNotSealedWith(db, textPrefix, after, BATCH);
    for (const r of rows) {
      if (isSealedText(r.root_password) && !box.canOpen(r.root_password)) report.unreadable++;
      else {
        const plain = isSealedText(r.root_password) ? box.openText(r.root_password, PURPOSES.password) : r.root_password;
        await replacePassword(db, r.instance_id, r.root_password, box.sealText(plain, PURPOSES.password));
        report.passwords++;
      }
    }
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1]!.instance_id;
  }
  const bytesPrefix = box.sealBytes(Buffer.alloc(0), PURPOSES.payload).subarray(0, 13); // magic, version and key id
  for (let after = "00000000-0000-0000-0000-000000000000"; ; ) {
    const rows = await payloadsNotSealedWith(db, bytesPrefix, after, BATCH);
    for (const r of rows) {
      const sealedBefore = r.payload.subarray(0, 5).equals(bytesPrefix.subarray(0, 5));
      if (sealedBefore && !box.canOpen(r.payload)) report.unreadable++;
      else {
        const plain = sealedBefore ? box.openBytes(r.payload, PURPOSES.payload) : r.payload;
        await replacePayload(db, r.command_id, r.payload, box.sealBytes(plain, PURPOSES.payload));
        report.payloads++;
      }
    }
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1]!.command_id;
  }
  if (report.unreadable > 0) {
    log.error(
      { unreadable: report.unreadable, keys: box.keys.map((k) => k.id) },
      "stored secrets sealed with a key that SECRET_KEYS (or DATA_DIR/secret-keys) lacks: their instances cannot be started or shown until the key is listed again",
    );
  }
  if (report.passwords + report.payloads > 0) log.info({ ...report, key: box.currentId }, "stored secrets sealed with the current key");
  return report;
}

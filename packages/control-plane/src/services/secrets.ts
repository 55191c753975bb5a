// The server's secret box: loaded once at start-up (startControlPlane) from SECRET_KEYS, or from
// DATA_DIR/secret-keys, generated on the first start of a single-replica run. Root passwords and
// command payloads are sealed with it before they are stored, and opened only to answer the
// instance's owner and to send a command to the agent (docs/decisions/0019-secrets-at-rest.md).
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { formatSecretKey, newSecretKey, parseSecretKeys, type SecretBox, SecretKeyError, type Sealed, type SecretKey } from "../domain/secret-box.js";

const PASSWORD = "instance root password";
const PAYLOAD = "command payload";
const JWT_KEY = "platform token signing key";

let box: SecretBox | undefined;

/** Installs the process's secret box (one per process: every control plane in it shares the keys). */
export function useSecretBox(b: SecretBox): void {
  box = b;
}

export function secretBox(): SecretBox {
  if (!box) throw new Error("the secret box is not loaded (startControlPlane loads it)");
  return box;
}

export const sealPassword = (plain: string): Sealed => secretBox().sealText(plain, PASSWORD);
export const openPassword = (sealed: string): string => secretBox().openText(sealed, PASSWORD);
export const sealPayload = (plain: Buffer): Buffer => secretBox().sealBytes(plain, PAYLOAD);
export const openPayload = (sealed: Buffer): Buffer => secretBox().openBytes(sealed, PAYLOAD);
/**
 * A JWT signing key as stored: sealed. Keys stored before sealing (plain 32 bytes) are opened as
 * they are; undefined for one sealed with a key this keyring lacks.
 */
export const sealJwtKey = (plain: Buffer): Buffer => secretBox().sealBytes(plain, JWT_KEY);
export function openJwtKey(stored: Buffer): Buffer | undefined {
  const box = secretBox();
  if (!box.needsSealing(stored) || box.canOpen(stored)) return box.openBytes(stored, JWT_KEY);
  // Not sealed with any key we hold: plaintext from before sealing (exactly 32 bytes), or unreadable.
  return stored.length === 32 ? stored : undefined;
}
/** Whether a stored JWT key should be sealed (again) with the current key. */
export const jwtKeyNeedsSealing = (stored: Buffer): boolean => secretBox().needsSealing(stored);
/** Re-sealing at start-up uses these with its own box. */
export const PURPOSES = { password: PASSWORD, payload: PAYLOAD } as const;

/**
 * The keys: SECRET_KEYS if set; otherwise DATA_DIR/secret-keys (mode 0600), written with a new
 * key on the first start. `generatedAt` is set when this start wrote the file.
 */
export async function loadSecretKeys(configured: readonly SecretKey[] | undefined, dataDir: string): Promise<{ keys: SecretKey[]; generatedAt?: string }> {
  if (configured) return { keys: [...configured] };
  const file = join(dataDir, "secret-keys");
  const existing = await readKeyFile(file);
  if (existing) return { keys: existing };
  await mkdir(dataDir, { recursive: true, mode: 0o711 }); // as admin-token.ts: PostgreSQL must reach DATA_DIR/postgres
  try {
    // "wx": never overwrite a key file another process sharing the data dir just wrote.
    await writeFile(file, `${formatSecretKey(newSecretKey())}\n`, { mode: 0o600, flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    return { keys: (await readKeyFile(file))! };
  }
  return { keys: (await readKeyFile(file))!, generatedAt: file };
}

async function readKeyFile(file: string): Promise<SecretKey[] | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
  try {
    return parseSecretKeys(text);
  } catch (err) {
    // Never replace a damaged key file: what it sealed would be lost for good.
    throw new SecretKeyError(`${file}: ${(err as Error).message} (restore it from a backup, or set SECRET_KEYS)`);
  }
}

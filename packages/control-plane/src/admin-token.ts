// The admin token: ADMIN_TOKEN if set; otherwise generated on first start and kept in
// DATA_DIR/admin-token (mode 0600) for later starts.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { newToken } from "./domain/secrets.js";

/** 16 characters of a random token is ~96 bits; config.ts asks the same of ADMIN_TOKEN. */
export const MIN_ADMIN_TOKEN_LENGTH = 16;

export class AdminTokenError extends Error {}

async function readToken(file: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
  const token = text.trim();
  if (token.length < MIN_ADMIN_TOKEN_LENGTH || /\s/.test(token)) {
    // Never guess: an empty or damaged file must not become the key to every admin endpoint.
    throw new AdminTokenError(
      `${file} does not hold a valid admin token (at least ${MIN_ADMIN_TOKEN_LENGTH} characters, no spaces): delete it to generate a new one, or set ADMIN_TOKEN`,
    );
  }
  return token;
}

export async function resolveAdminToken(configured: string | undefined, dataDir: string): Promise<{ token: string; generatedAt?: string }> {
  if (configured) return { token: configured };
  const file = join(dataDir, "admin-token");
  const existing = await readToken(file);
  if (existing) return { token: existing };
  await mkdir(dataDir, { recursive: true, mode: 0o711 }); // 0711: the embedded PostgreSQL must reach DATA_DIR/postgres
  const token = newToken("rgadm_");
  try {
    // "wx": never overwrite a token another replica sharing the data dir just wrote.
    await writeFile(file, token + "\n", { mode: 0o600, flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return { token: (await readToken(file))! };
    throw err;
  }
  return { token, generatedAt: file };
}

/**
 * A start-up that failed after generating the token: forget it, so that the next start
 * generates one again and shows it (a token nobody ever saw would lock the operator out).
 */
export async function forgetGeneratedToken(file: string): Promise<void> {
  await rm(file, { force: true });
}

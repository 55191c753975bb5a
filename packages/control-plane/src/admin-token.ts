// The admin token: ADMIN_TOKEN if set; otherwise generated on first start and kept in
// DATA_DIR/admin-token (mode 0600) for later starts.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { newToken } from "./domain/secrets.js";

export async function resolveAdminToken(configured: string | undefined, dataDir: string): Promise<{ token: string; generatedAt?: string }> {
  if (configured) return { token: configured };
  const file = join(dataDir, "admin-token");
  try {
    const token = (await readFile(file, "utf8")).trim();
    if (token.length >= 16) return { token };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  await mkdir(dataDir, { recursive: true, mode: 0o711 }); // 0711: the embedded PostgreSQL must reach DATA_DIR/postgres
  const token = newToken("rgadm_");
  // "wx": never overwrite a token another replica sharing the data dir just wrote.
  try {
    await writeFile(file, token + "\n", { mode: 0o600, flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return { token: (await readFile(file, "utf8")).trim() };
    throw err;
  }
  return { token, generatedAt: file };
}

// Durable small files: write a temporary file, fsync it, rename it over the target, fsync the
// directory. A crash leaves either the old file or the new one, never half of one.
import { mkdir, open, rename } from "node:fs/promises";
import { dirname } from "node:path";
import { randomBytes } from "node:crypto";

export async function writeFileAtomic(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  // A name of its own: two writes of the same file must not share a temporary file.
  const tmp = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  const fh = await open(tmp, "w", 0o600);
  try {
    await fh.writeFile(data);
    await fh.chmod(0o600); // the mode argument only applies when the file is created
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, path);
  const dir = await open(dirname(path), "r");
  try {
    await dir.sync(); // make the rename itself durable
  } finally {
    await dir.close();
  }
}

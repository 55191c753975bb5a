// Durable small files: write a temporary file, fsync it, rename it over the target, fsync the
// directory. A crash leaves either the old file or the new one, never half of one.
import { mkdir, open, rename } from "node:fs/promises";
import { dirname } from "node:path";

export async function writeFileAtomic(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.tmp`;
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

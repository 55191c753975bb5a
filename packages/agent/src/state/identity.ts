// The host's identity on disk: <data-dir>/credential.json, mode 0600, written atomically.
//
// Before enrolling, the agent stores a secret it generated itself and sends it with the join
// token; the control plane keeps only its hash. If the link drops before Welcome arrives, the
// retry presents the same secret and gets the same host back, so a consumed join token is never
// lost to a crash (docs/decisions/0005-enrollment.md).
import { randomBytes } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "./atomic-file.js";

export interface StoredIdentity {
  version: 1;
  hostId: string | null;
  secret: string;
  controlPlane: string;
  enrolledAt: string | null;
}

const FILE = "credential.json";

export async function loadIdentity(dataDir: string): Promise<StoredIdentity | null> {
  let text: string;
  try {
    text = await readFile(join(dataDir, FILE), "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
  const v = JSON.parse(text) as Partial<StoredIdentity>;
  if (v.version !== 1 || typeof v.secret !== "string" || v.secret.length < 32 || (v.hostId !== null && typeof v.hostId !== "string")) {
    throw new Error(`${join(dataDir, FILE)} is not a valid credential file; move it away to enroll again`);
  }
  return v as StoredIdentity;
}

export async function saveIdentity(dataDir: string, id: StoredIdentity): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await writeFileAtomic(join(dataDir, FILE), JSON.stringify(id, null, 2) + "\n");
}

/** 32 random bytes, base64url: the host secret the agent proposes at enrollment. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

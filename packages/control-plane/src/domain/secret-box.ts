// Secrets at rest (instance root passwords, command payloads): AES-256-GCM with a server key.
// A sealed value names the key that sealed it, so that keys can be rotated: the first key of the
// keyring seals, every key opens, and values sealed with an older key are sealed again at
// start-up (docs/decisions/0019-secrets-at-rest.md).
//
//   text:  "sb1:<key id>:<base64 of iv | tag | ciphertext>"   (JSON fields: the root password)
//   bytes: "RGSB" 0x01 <key id, 8 bytes of ASCII hex> iv tag ciphertext   (bytea: command payloads)
//
// The purpose ("instance root password", "command payload") is the associated data: a value
// copied from one kind of column to another does not open.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";

export const SECRET_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const ID_CHARS = 8;
const TEXT_PREFIX = "sb1:";
const BYTES_MAGIC = Buffer.from("RGSB\u0001", "latin1");
const TEXT_PATTERN = /^sb1:([0-9a-f]{8}):([A-Za-z0-9+/]+={0,2})$/;

export interface SecretKey {
  /** 8 hex characters of the key's SHA-256: names the key without revealing it. */
  id: string;
  key: Buffer;
}

/** A value sealed by a SecretBox; the type keeps plaintext from being stored by mistake. */
export type Sealed = string & { readonly __sealed: true };

export class SecretKeyError extends Error {}

export function secretKey(key: Buffer): SecretKey {
  return { id: createHash("sha256").update("remotegpu secret key id\u0000").update(key).digest("hex").slice(0, ID_CHARS), key };
}

export const newSecretKey = (): SecretKey => secretKey(randomBytes(SECRET_KEY_BYTES));

/** A key as written in SECRET_KEYS and the key file: 32 bytes in base64. */
export const formatSecretKey = (k: SecretKey): string => k.key.toString("base64");

/**
 * SECRET_KEYS: a comma-separated list of 32-byte keys, each in base64 (44 characters) or hex
 * (64 characters); the first seals, all open. Problems are named without echoing a key.
 */
export function parseSecretKeys(text: string): SecretKey[] {
  const parts = text
    .split(/[,\s]+/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) throw new SecretKeyError("no key given");
  const keys = parts.map((p, i) => {
    let key: Buffer | undefined;
    if (/^[0-9a-fA-F]{64}$/.test(p)) key = Buffer.from(p, "hex");
    else if (/^[A-Za-z0-9+/]{43}=$/.test(p)) key = Buffer.from(p, "base64");
    if (!key || key.length !== SECRET_KEY_BYTES)
      throw new SecretKeyError(`key ${i + 1} is not 32 bytes in base64 (44 characters) or hex (64 characters); make one with: openssl rand -base64 32`);
    return secretKey(key);
  });
  const ids = new Set(keys.map((k) => k.id));
  if (ids.size !== keys.length) throw new SecretKeyError("a key is listed twice");
  return keys;
}

export class SecretBox {
  private readonly byId: Map<string, SecretKey>;

  constructor(readonly keys: readonly SecretKey[]) {
    if (keys.length === 0) throw new SecretKeyError("a secret box needs at least one key");
    this.byId = new Map(keys.map((k) => [k.id, k]));
  }

  /** The id of the key that seals. */
  get currentId(): string {
    return this.keys[0]!.id;
  }

  sealText(plain: string, purpose: string): Sealed {
    const k = this.keys[0]!;
    return `${TEXT_PREFIX}${k.id}:${encrypt(k.key, Buffer.from(plain, "utf8"), purpose).toString("base64")}` as Sealed;
  }

  openText(sealed: string, purpose: string): string {
    const m = TEXT_PATTERN.exec(sealed);
    if (!m) throw new SecretKeyError("not a sealed value");
    return decrypt(this.key(m[1]!), Buffer.from(m[2]!, "base64"), purpose).toString("utf8");
  }

  sealBytes(plain: Buffer, purpose: string): Buffer {
    const k = this.keys[0]!;
    return Buffer.concat([BYTES_MAGIC, Buffer.from(k.id, "latin1"), encrypt(k.key, plain, purpose)]);
  }

  openBytes(sealed: Buffer, purpose: string): Buffer {
    const id = sealedBytesKeyId(sealed);
    if (id === undefined) throw new SecretKeyError("not a sealed value");
    return decrypt(this.key(id), sealed.subarray(BYTES_MAGIC.length + ID_CHARS), purpose);
  }

  /** Whether a stored value must be sealed (again): plaintext, or sealed with another key than the first. */
  needsSealing(stored: string | Buffer): boolean {
    const id = typeof stored === "string" ? TEXT_PATTERN.exec(stored)?.[1] : sealedBytesKeyId(stored);
    return id !== this.currentId;
  }

  /** Whether a sealed value's key is in this keyring (false for plaintext). */
  canOpen(stored: string | Buffer): boolean {
    const id = typeof stored === "string" ? TEXT_PATTERN.exec(stored)?.[1] : sealedBytesKeyId(stored);
    return id !== undefined && this.byId.has(id);
  }

  /**
   * Secrets derived from every key, the sealing key's first: for keys that mix in a server
   * secret (idempotent responses), each is tried when opening, so rotation loses nothing.
   */
  derived(purpose: string): { id: string; secret: Buffer }[] {
    return this.keys.map((k) => ({ id: k.id, secret: Buffer.from(hkdfSync("sha256", k.key, Buffer.alloc(0), `remotegpu ${purpose}`, 32)) }));
  }

  private key(id: string): Buffer {
    const k = this.byId.get(id);
    if (!k) throw new SecretKeyError(`sealed with key ${id}, which is not in SECRET_KEYS (or DATA_DIR/secret-keys)`);
    return k.key;
  }
}

export const isSealedText = (v: string): v is Sealed => TEXT_PATTERN.test(v);

function sealedBytesKeyId(b: Buffer): string | undefined {
  if (b.length < BYTES_MAGIC.length + ID_CHARS + IV_BYTES + TAG_BYTES || !b.subarray(0, BYTES_MAGIC.length).equals(BYTES_MAGIC)) return undefined;
  const id = b.subarray(BYTES_MAGIC.length, BYTES_MAGIC.length + ID_CHARS).toString("latin1");
  return /^[0-9a-f]{8}$/.test(id) ? id : undefined;
}

function encrypt(key: Buffer, plain: Buffer, purpose: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const c = createCipheriv("aes-256-gcm", key, iv);
  c.setAAD(Buffer.from(purpose, "utf8"));
  const data = Buffer.concat([c.update(plain), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), data]);
}

function decrypt(key: Buffer, box: Buffer, purpose: string): Buffer {
  if (box.length < IV_BYTES + TAG_BYTES) throw new SecretKeyError("sealed value too short");
  const d = createDecipheriv("aes-256-gcm", key, box.subarray(0, IV_BYTES));
  d.setAAD(Buffer.from(purpose, "utf8"));
  d.setAuthTag(box.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([d.update(box.subarray(IV_BYTES + TAG_BYTES)), d.final()]);
  } catch {
    throw new SecretKeyError("a sealed value does not open: damaged, or sealed for another purpose");
  }
}

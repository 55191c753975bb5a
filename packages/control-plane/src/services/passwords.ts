// Customer passwords: scrypt (memory-hard; in Node's crypto, no native add-on to build), with a
// random salt and the cost stored in the hash so that it can be raised later without a reset.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { AppError } from "../errors.js";

const scrypt = (password: string, salt: Buffer, keylen: number, opts: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCb(password, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))));

/**
 * log2 N = 17, r = 8, p = 1: 128 MiB and ~0.4 s per hash on one core of the reference machine,
 * OWASP's recommended minimum for scrypt. Tests lower it with PASSWORD_SCRYPT_LOG_N.
 */
export const DEFAULT_SCRYPT_LOG_N = 17;
const R = 8;
const P = 1;
const KEY_BYTES = 32;
/** Hashes at once: each holds 128 MiB; more would only queue inside libuv's 4 threads anyway. */
export const MAX_CONCURRENT_HASHES = 2;
/** Checks waiting for a slot by default (PASSWORD_HASH_QUEUE): 16 behind 2 running is ~3.2 s. */
export const DEFAULT_HASH_QUEUE = 16;

/**
 * Slots for password hashing: `maxRunning` at once, at most `maxWaiting` queued behind them;
 * one more is refused at once with RATE_LIMITED (429), so that a flood of logins costs neither
 * memory nor a growing wait for everyone. A finished hash hands its slot to the first waiter.
 */
export class HashSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly maxRunning: number,
    readonly maxWaiting: number,
  ) {}

  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.running < this.maxRunning) this.running++;
    else if (this.waiting.length < this.maxWaiting)
      await new Promise<void>((r) => this.waiting.push(r)); // the slot is handed over
    else throw new AppError("RATE_LIMITED", "too many password checks at once; retry in a few seconds");
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

/** The process's slots (scrypt's memory is the process's): resized by PASSWORD_HASH_QUEUE at start-up. */
let slots = new HashSlots(MAX_CONCURRENT_HASHES, DEFAULT_HASH_QUEUE);

export function setPasswordHashQueue(maxWaiting: number): void {
  if (slots.maxWaiting !== maxWaiting) slots = new HashSlots(MAX_CONCURRENT_HASHES, maxWaiting);
}

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** logN;
  return slots.run(() => scrypt(password, salt, KEY_BYTES, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }));
}

export async function hashPassword(password: string, logN = DEFAULT_SCRYPT_LOG_N): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, logN, R, P);
  return `scrypt$${logN}$${R}$${P}$${salt.toString("base64")}$${key.toString("base64")}`;
}

const FORMAT = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9+/=]{1,64})\$([A-Za-z0-9+/=]{1,128})$/;

/** Constant-time comparison; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = FORMAT.exec(stored);
  if (!m) return false;
  const [logN, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (logN < 10 || logN > 20 || r < 1 || r > 32 || p < 1 || p > 16) return false;
  const expected = Buffer.from(m[5]!, "base64");
  const key = await derive(password, Buffer.from(m[4]!, "base64"), logN, r, p);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** One dummy hash per cost: a check must cost what a real user's check at that cost does. */
const dummies = new Map<number, Promise<string>>();

/**
 * The same work as a real check, for a username that does not exist: the answer takes as long
 * either way, so response times do not tell which usernames exist.
 */
export async function burnPasswordCheck(password: string, logN = DEFAULT_SCRYPT_LOG_N): Promise<void> {
  let dummy = dummies.get(logN);
  if (!dummy) {
    dummy = hashPassword("no such user", logN);
    dummies.set(logN, dummy);
    // Refused (the hashing queue was full): the next check tries again.
    dummy.catch(() => dummies.delete(logN));
  }
  await verifyPassword(password, await dummy);
}

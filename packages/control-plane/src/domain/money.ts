// Money is an integer number of minor units (0.01 of the currency) inside the system and a
// decimal string with two places at the API ("3.50"). Never a float (SPEC §2).

/** 10^12 currency units: far above any balance or price, far below 2^53 minor units. */
export const MAX_MONEY_MINOR = 100_000_000_000_000;

const MONEY = /^(\d{1,15})(?:\.(\d{1,2}))?$/;

export class MoneyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MoneyError";
  }
}

/**
 * "100", "100.5", "100.50" → 10050. Only decimal strings: a JSON number has already been turned
 * into a binary float by the parser, which is exactly what money must never pass through.
 */
export function parseMoney(text: unknown, what: string): number {
  if (typeof text !== "string") throw new MoneyError(`${what} must be a decimal string such as "100.00"`);
  const m = MONEY.exec(text.trim());
  if (!m) throw new MoneyError(`${what} must be a decimal string such as "100.00" (at most two decimal places, not negative)`);
  const minor = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  if (!Number.isSafeInteger(minor) || minor > MAX_MONEY_MINOR) throw new MoneyError(`${what} is too large`);
  return minor;
}

/** 10050 → "100.50"; -5 → "-0.05". */
export function formatMoney(minor: number): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`not an amount of minor units: ${minor}`);
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

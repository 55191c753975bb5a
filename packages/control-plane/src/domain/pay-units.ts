// Pay units as the original API numbers them (SPEC §3).

export const PAY_UNIT = { DAILY: 1, MONTHLY: 2, HOURLY: 4 } as const;
export type PayUnit = (typeof PAY_UNIT)[keyof typeof PAY_UNIT];
export const PAY_UNITS: readonly PayUnit[] = [PAY_UNIT.DAILY, PAY_UNIT.MONTHLY, PAY_UNIT.HOURLY];

export const DAY_S = 86_400;
/** A day is 24 h and a month is 30 days (SPEC §3). */
export const PERIOD_S: Record<PayUnit, number> = { [PAY_UNIT.DAILY]: DAY_S, [PAY_UNIT.MONTHLY]: 30 * DAY_S, [PAY_UNIT.HOURLY]: 3600 };

/** Periods `renew` accepts (pay_period), per pay unit. Hourly cannot be renewed. */
export const RENEW_PERIODS: Record<PayUnit, readonly number[]> = {
  [PAY_UNIT.DAILY]: [1, 3, 7],
  [PAY_UNIT.MONTHLY]: [1, 3, 12],
  [PAY_UNIT.HOURLY]: [],
};

export const PAY_METHOD_NAME: Record<PayUnit, string> = { [PAY_UNIT.DAILY]: "daily", [PAY_UNIT.MONTHLY]: "monthly", [PAY_UNIT.HOURLY]: "hourly" };

/** pay_method of the public API, in the original documentation's vocabulary ("Month" in its example). */
export const API_PAY_METHOD: Record<PayUnit, "Day" | "Month" | "Hour"> = { [PAY_UNIT.DAILY]: "Day", [PAY_UNIT.MONTHLY]: "Month", [PAY_UNIT.HOURLY]: "Hour" };

/**
 * expire_at of an hourly instance (decision 0015): the end of the hour of billing that is running
 * now, counted from when billing started (from `start`); the first hour ends an hour after it.
 * It moves on by an hour each hour while the instance lives.
 */
export function currentPaidHourEnd(start: Date, now: Date): Date {
  const elapsed = Math.max(0, now.getTime() - start.getTime());
  // Strictly after now: at the very end of an hour the next one has begun.
  const hours = Math.floor(elapsed / 3_600_000) + 1;
  return new Date(start.getTime() + hours * 3_600_000);
}

export const isPrepaid = (u: PayUnit): boolean => u !== PAY_UNIT.HOURLY;

export function isPayUnit(n: number): n is PayUnit {
  return (PAY_UNITS as readonly number[]).includes(n);
}

/** lengthen: hourly → daily or monthly, daily → monthly; nothing else (SPEC §3). */
export function canLengthen(from: PayUnit, to: PayUnit): boolean {
  if (from === PAY_UNIT.HOURLY) return to === PAY_UNIT.DAILY || to === PAY_UNIT.MONTHLY;
  return from === PAY_UNIT.DAILY && to === PAY_UNIT.MONTHLY;
}

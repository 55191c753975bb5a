// The time billing and expiry go by. One clock for the process, so that a test can move every
// use at once (test/helpers/clock.ts); the system clock otherwise.

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

let current: Clock = systemClock;

export const clock: Clock = { now: () => current.now() };

/** Replaces the clock (tests); returns the previous one. */
export function setClock(c: Clock): Clock {
  const previous = current;
  current = c;
  return previous;
}

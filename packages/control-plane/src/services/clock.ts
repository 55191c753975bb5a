// The time billing and expiry go by. One clock for the process, so that a test can move every
// use at once (MovableClock below); the system clock otherwise.

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

/** A clock that stands still until moved: hours, days and months pass in a call (tests). */
export class MovableClock implements Clock {
  private ms: number;

  constructor(start: Date = new Date()) {
    this.ms = start.getTime();
  }

  now(): Date {
    return new Date(this.ms);
  }

  advance(ms: number): Date {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`a clock moves forward: ${ms}`);
    this.ms += ms;
    return this.now();
  }
}

// Capped exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And
// Jitter"): the delay before retry n is uniform in [0, min(cap, base · 2^n)], which spreads a
// fleet that lost its control plane at the same moment instead of reconnecting in waves.
export function backoffDelay(attempt: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
}

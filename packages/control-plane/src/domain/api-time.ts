// Times at the public API look like the original's: 2024-06-21T11:22:44+08:00 (seconds and a
// fixed UTC offset that the operator chooses; +00:00, UTC, by default: decision 0023).

export const UTC_OFFSET_PATTERN = /^[+-](0\d|1[0-4]):([0-5]\d)$/;

export function parseUtcOffset(text: string): number {
  const m = UTC_OFFSET_PATTERN.exec(text);
  if (!m) throw new RangeError(`not a UTC offset: ${text}`);
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return text.startsWith("-") ? -minutes : minutes;
}

export type TimeFormat = (d: Date | null | undefined) => string | null;

export function timeFormat(offsetMinutes: number): TimeFormat {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const suffix = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  return (d) => {
    if (!d) return null;
    const shifted = new Date(d.getTime() + offsetMinutes * 60_000);
    return `${shifted.toISOString().slice(0, 19)}${suffix}`;
  };
}

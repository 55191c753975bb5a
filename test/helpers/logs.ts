// A logger that keeps every line it writes (as JSON text and parsed), for tests that read logs.
import { Writable } from "node:stream";
import { type Logger, pino } from "pino";

export interface CapturedLogs {
  log: Logger;
  /** Every line written so far, as written. */
  text(): string;
  lines(): Record<string, any>[];
}

export function captureLogs(level = "debug"): CapturedLogs {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  });
  const log = pino({ level }, stream);
  const text = () => chunks.join("");
  return {
    log,
    text,
    lines: () =>
      text()
        .split("\n")
        .filter((l) => l.trim() !== "")
        .map((l) => JSON.parse(l)),
  };
}

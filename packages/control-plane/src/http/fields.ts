// Reading a request's fields so that every bad one is reported at once: the readers of params.ts
// run against one body, their complaints are collected, and the call fails once with all of them
// (`{"code": "INVALID_ARGUMENT", "message": "...", "fields": [{"field", "message"}, ...]}`).
import { AppError, type FieldProblem, invalid } from "../errors.js";
import * as params from "./params.js";

type Source = Record<string, unknown>;

export class Fields {
  readonly problems: FieldProblem[] = [];

  constructor(readonly src: Source) {}

  /**
   * The value `read` gives, or (when it refuses the field) a placeholder: `checked` throws before
   * anything can use it.
   */
  read<T>(field: string, read: () => T): T {
    try {
      return read();
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== "INVALID_ARGUMENT") throw err;
      this.problems.push({ field, message: err.message });
      return undefined as T;
    }
  }

  requiredString(field: string, maxLength?: number): string {
    return this.read(field, () => params.requiredString(this.src, field, maxLength));
  }

  optionalString(field: string, maxLength?: number): string | undefined {
    return this.read(field, () => params.optionalString(this.src, field, maxLength));
  }

  requiredInt(field: string, min: number, max: number): number {
    return this.read(field, () => params.requiredInt(this.src, field, min, max));
  }

  optionalInt(field: string, min: number, max: number): number | undefined {
    return this.read(field, () => params.optionalInt(this.src, field, min, max));
  }

  requiredMoney(field: string): number {
    return this.read(field, () => params.requiredMoney(this.src, field));
  }

  optionalMoney(field: string): number | undefined {
    return this.read(field, () => params.optionalMoney(this.src, field));
  }

  optionalBool(field: string): boolean | undefined {
    return this.read(field, () => params.optionalBool(this.src, field));
  }

  /** Absent (undefined), null (no limit) or an integer from 0 to max: a quota. */
  optionalLimit(field: string, max: number): number | null | undefined {
    return this.read(field, () => {
      const v = this.src[field];
      if (v === undefined || v === null) return v as undefined | null;
      if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0 || v > max) throw invalid(`${field} must be null or an integer from 0 to ${max}`);
      return v;
    });
  }

  /** Absent (undefined), null (to clear it) or a string of at most maxLength characters. */
  optionalNullableString(field: string, maxLength: number): string | null | undefined {
    return this.read(field, () => {
      const v = this.src[field];
      if (v === undefined || v === null) return v as undefined | null;
      if (typeof v !== "string" || v.length > maxLength) throw invalid(`${field} must be a string of at most ${maxLength} characters, or null`);
      return v;
    });
  }

  optionalDate(field: string): Date | undefined {
    return this.read(field, () => params.optionalDate(this.src, field));
  }

  /** Fails with every problem found so far (nothing when there is none). */
  done(): void {
    if (this.problems.length === 0) return;
    const message =
      this.problems.length === 1 ? this.problems[0]!.message : `${this.problems.length} fields are invalid: ${this.problems.map((p) => p.message).join("; ")}`;
    throw new AppError("INVALID_ARGUMENT", message, [...this.problems]);
  }
}

/** Reads a request's fields with `read`; fails once, naming every bad field, when any is bad. */
export function checked<T>(src: Source, read: (f: Fields) => T): T {
  const f = new Fields(src);
  const value = read(f);
  f.done();
  return value;
}

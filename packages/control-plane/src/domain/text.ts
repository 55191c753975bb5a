// Text from agents as PostgreSQL can store it.

// A high surrogate not followed by a low one, or a low one not preceded by a high one: what
// protobuf decodes from invalid UTF-8, and what jsonb refuses.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when PostgreSQL text and jsonb can hold it: no NUL, no lone UTF-16 surrogates. */
export function isStorableText(v: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return !v.includes("\u0000") && !LONE_SURROGATE.test(v);
}

/** Cuts to `max` characters, then removes NUL and replaces lone surrogates with U+FFFD (in that
 * order: cutting can split a surrogate pair). */
export function cleanText(v: string, max: number): string {
  return v.slice(0, max).replaceAll("\u0000", "").replace(LONE_SURROGATE, "\uFFFD");
}

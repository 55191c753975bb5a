// Errors as they are logged: message, type, stack, code and the names PostgreSQL gives (table,
// constraint, column), but never the values a failed query carried. pg's `detail` holds them
// ("Key (username)=(alice) already exists", "Failing row contains (…)"), `where` and
// `internalQuery` may, and `bindings`/`parameters` are the query's values themselves. knex runs
// with compileSqlOnError: false (db/knex.ts), so its messages show placeholders, not values.
// Pure: the control plane's root logger gets it as its `err` serializer (app.ts).

/** Fields of an error that may carry the values of a query, never logged. */
const VALUE_FIELDS = new Set(["detail", "where", "internalQuery", "bindings", "parameters", "params", "values", "hint", "query"]);
/** Causes followed at most this deep: an error chain longer than this is a bug of its own. */
const MAX_DEPTH = 5;

export function safeError(err: unknown, depth = 0): unknown {
  if (!(err instanceof Error)) return err;
  const out: Record<string, unknown> = { type: err.constructor?.name ?? "Error", message: err.message, stack: err.stack };
  for (const [k, v] of Object.entries(err)) {
    if (VALUE_FIELDS.has(k) || k === "cause" || k === "errors") continue;
    out[k] = v instanceof Error ? (depth < MAX_DEPTH ? safeError(v, depth + 1) : v.message) : v;
  }
  if (err.cause !== undefined && depth < MAX_DEPTH) out["cause"] = safeError(err.cause, depth + 1);
  if (err instanceof AggregateError && depth < MAX_DEPTH) out["errors"] = err.errors.map((e) => safeError(e, depth + 1));
  return out;
}

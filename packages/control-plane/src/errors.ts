// Typed errors with stable codes. Domain and service code throws AppError; the edges map it to
// an HTTP status, a gRPC status or a WebSocket close code through ERROR_CODES, the one table.
// docs/errors.md lists the same codes; a test keeps the two in step.
import { CloseCode } from "@remotegpu/protocol";

interface ErrorSpec {
  http: number;
  /** gRPC status code (https://grpc.github.io/grpc/core/md_doc_statuscodes.html). */
  grpc: number;
  /** Close code when the error ends an agent session. */
  ws: number;
  summary: string;
}

export const ERROR_CODES = {
  INVALID_ARGUMENT: {
    http: 400,
    grpc: 3,
    ws: CloseCode.POLICY_VIOLATION,
    summary: "A field is missing, has the wrong type or is out of range; the message names it.",
  },
  INVALID_JSON: { http: 400, grpc: 3, ws: CloseCode.INVALID_PAYLOAD, summary: "The request body is not valid JSON." },
  PAYLOAD_TOO_LARGE: { http: 413, grpc: 8, ws: CloseCode.MESSAGE_TOO_BIG, summary: "The request body is larger than the limit." },
  UNAUTHORIZED: { http: 401, grpc: 16, ws: CloseCode.UNAUTHORIZED, summary: "No token or credential, or one that is not valid." },
  FORBIDDEN: {
    http: 403,
    grpc: 7,
    ws: CloseCode.POLICY_VIOLATION,
    summary: "Authenticated, but your role does not allow this (platform API); the message names the permission.",
  },
  NOT_FOUND: { http: 404, grpc: 5, ws: CloseCode.POLICY_VIOLATION, summary: "No such object, or it belongs to someone else." },
  METHOD_NOT_ALLOWED: { http: 405, grpc: 12, ws: CloseCode.POLICY_VIOLATION, summary: "The path exists but not with this method." },
  CONFLICT: {
    http: 409,
    grpc: 9,
    ws: CloseCode.POLICY_VIOLATION,
    summary: "The request conflicts with the current state of something else (e.g. the host is offline).",
  },
  INVALID_STATE: {
    http: 409,
    grpc: 9,
    ws: CloseCode.POLICY_VIOLATION,
    summary: "The instance is not in a state that allows this operation, or another operation is in progress; the message says which.",
  },
  INSUFFICIENT_BALANCE: {
    http: 402,
    grpc: 9,
    ws: CloseCode.POLICY_VIOLATION,
    summary: "The balance does not cover the charge (or, for hourly instances, one hour at the rate); the message gives both amounts.",
  },
  RATE_LIMITED: {
    http: 429,
    grpc: 8,
    ws: CloseCode.TRY_AGAIN_LATER,
    summary: "Too many requests with this token (or, for the token endpoints, from this address); retry after Retry-After seconds.",
  },
  IDEMPOTENCY_CONFLICT: {
    http: 409,
    grpc: 10,
    ws: CloseCode.POLICY_VIOLATION,
    summary: "The Idempotency-Key was used for a different request, or its first request is still running.",
  },
  NO_STOCK: {
    http: 409,
    grpc: 8,
    ws: CloseCode.POLICY_VIOLATION,
    summary:
      "No host of the room can take the order now; `reason` says what is short (gpu, cpu, memory, disk, disk_quota) or that hosts with room are away (host_away).",
  },
  GPU_UNAVAILABLE_ON_HOST: {
    http: 409,
    grpc: 8,
    ws: CloseCode.POLICY_VIOLATION,
    summary:
      "The instance's host lacks what it needs to start again (after a card-less stop, or to renew an Expired instance; nothing is charged); `reason` names the resource (gpu, cpu, memory) and the message gives what is free.",
  },
  JOIN_TOKEN_UNKNOWN: { http: 401, grpc: 16, ws: CloseCode.JOIN_TOKEN_UNKNOWN, summary: "The join token was never issued." },
  JOIN_TOKEN_USED: { http: 401, grpc: 16, ws: CloseCode.JOIN_TOKEN_USED, summary: "The join token was already used by another host; issue a new one." },
  JOIN_TOKEN_EXPIRED: { http: 401, grpc: 16, ws: CloseCode.JOIN_TOKEN_EXPIRED, summary: "The join token expired before it was used; issue a new one." },
  HOST_REVOKED: { http: 403, grpc: 7, ws: CloseCode.HOST_REVOKED, summary: "The host's credential was revoked by an operator." },
  UNSUPPORTED_PROTOCOL_VERSION: {
    http: 400,
    grpc: 9,
    ws: CloseCode.UNSUPPORTED_PROTOCOL_VERSION,
    summary: "The agent speaks a protocol version this control plane does not accept.",
  },
  DATABASE_UNAVAILABLE: { http: 503, grpc: 14, ws: CloseCode.TRY_AGAIN_LATER, summary: "The database cannot be reached; retry later." },
  INTERNAL: { http: 500, grpc: 13, ws: CloseCode.INTERNAL_ERROR, summary: "A bug. The response carries a request id to report." },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** One bad field of a request: its name and what is wrong with it. */
export interface FieldProblem {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** INVALID_ARGUMENT: every bad field of the request, when they are known (shown as `fields`). */
    readonly fields?: readonly FieldProblem[],
    /** Structured facts merged into the error's body (e.g. NO_STOCK's `reason`); never code, message or fields. */
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const invalid = (message: string): AppError => new AppError("INVALID_ARGUMENT", message);
export const notFound = (message: string): AppError => new AppError("NOT_FOUND", message);

/** Errors from the pg driver or knex that mean "no database right now", not a bug. */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string; name?: string };
  return (
    ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006"].includes(e.code ?? "") ||
    e.name === "KnexTimeoutError" ||
    /Connection terminated|connection timeout|Timeout acquiring a connection/i.test(e.message ?? "")
  );
}

/**
 * PostgreSQL refused the data itself (SQLSTATE class 22, data exception, or 23, integrity
 * constraint): sending the same rows again would fail the same way.
 */
export function isBadData(err: unknown): boolean {
  return /^2[23]/.test(String((err as { code?: unknown }).code ?? ""));
}

/** Any thrown value as an AppError (unknown errors become INTERNAL or DATABASE_UNAVAILABLE). */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (isDatabaseUnavailable(err)) return new AppError("DATABASE_UNAVAILABLE", "the database is unavailable; retry later");
  return new AppError("INTERNAL", "internal error");
}

// The console's calls to the control plane. The access token lives only in this module's memory;
// the refresh token is an HttpOnly cookie the page never sees (docs/decisions/0030-console-sessions.md). Every call
// carries X-Remotegpu-Console: 1. A 401 tries one refresh, then hands back to the login page.

const CONSOLE_HEADER = { "X-Remotegpu-Console": "1" };
/** Refresh this long before the access token expires. */
const REFRESH_MARGIN_S = 300;

let access: string | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let onSignedOut: () => void = () => {};

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly body?: unknown,
  ) {
    super(message);
  }
}

export function whenSignedOut(fn: () => void): void {
  onSignedOut = fn;
}

export const signedIn = (): boolean => access !== null;

/** The access token, for the live channels (ws /ws authenticates with a first message, not the URL). */
export const accessToken = (): string | null => access;

function keep(data: { access_token: string; expires_in: number }): void {
  access = data.access_token;
  clearTimeout(refreshTimer);
  const inMs = Math.max(30, data.expires_in - REFRESH_MARGIN_S) * 1000;
  // setTimeout holds at most ~24.8 days; the access token lives 24 h.
  refreshTimer = setTimeout(() => void refresh().catch(() => signOutLocally()), Math.min(inMs, 2 ** 31 - 1));
}

function signOutLocally(): void {
  access = null;
  adminToken = null;
  clearTimeout(refreshTimer);
  onSignedOut();
}

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function errorOf(res: Response, body: unknown): ApiError {
  // The platform API says {error, code}; the tracking API (/api) says {detail}.
  const b = (body ?? {}) as { error?: string; message?: string; detail?: string; code?: string };
  const message = b.error ?? b.message ?? b.detail ?? (typeof body === "string" && body ? body.slice(0, 200) : `HTTP ${res.status}`);
  return new ApiError(message, res.status, b.code ?? `HTTP_${res.status}`, body);
}

export async function login(username: string, password: string): Promise<void> {
  const res = await fetch("/api/v1/auth/login", {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", ...CONSOLE_HEADER },
    body: JSON.stringify({ username, password, session: "cookie" }),
  });
  const body = (await readJson(res)) as { data?: { access_token: string; expires_in: number } };
  if (!res.ok || !body?.data) throw errorOf(res, body);
  keep(body.data);
}

let refreshing: Promise<boolean> | undefined;

/** A new access token from the cookie; false when there is no live session. */
export function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const res = await fetch("/api/v1/auth/refresh", { method: "POST", credentials: "same-origin", headers: CONSOLE_HEADER });
      if (!res.ok) return false;
      const body = (await readJson(res)) as { data: { access_token: string; expires_in: number } };
      keep(body.data);
      return true;
    } finally {
      refreshing = undefined;
    }
  })();
  return refreshing;
}

/** Ends this session, or with `everywhere` every session of the user (other browsers too). */
export async function logout(everywhere = false): Promise<void> {
  try {
    if (access)
      await fetch("/api/v1/auth/logout", {
        method: "POST",
        credentials: "same-origin",
        headers: { ...CONSOLE_HEADER, Authorization: `Bearer ${access}`, "Content-Type": "application/json" },
        body: JSON.stringify({ everywhere }),
      });
  } finally {
    signOutLocally();
  }
}

async function send(method: string, path: string, body: unknown, retried = false): Promise<unknown> {
  const headers: Record<string, string> = { ...CONSOLE_HEADER };
  if (access) headers["Authorization"] = `Bearer ${access}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const res = await fetch(path, { method, credentials: "same-origin", headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const parsed = await readJson(res);
  if (res.status === 401 && !retried) {
    if (await refresh()) return send(method, path, body, true);
    signOutLocally();
  }
  if (!res.ok) throw errorOf(res, parsed);
  return parsed;
}

/** A call with the access token whose body is sent and answered as is (uploads, downloads). */
async function sendRaw(method: string, path: string, body: BodyInit | undefined, retried = false): Promise<Response> {
  const headers: Record<string, string> = { ...CONSOLE_HEADER };
  if (access) headers["Authorization"] = `Bearer ${access}`;
  const res = await fetch(path, { method, credentials: "same-origin", headers, ...(body !== undefined ? { body } : {}) });
  if (res.status === 401 && !retried) {
    if (await refresh()) return sendRaw(method, path, body, true);
    signOutLocally();
  }
  if (!res.ok) throw errorOf(res, await readJson(res));
  return res;
}

/** A multipart POST to the platform API (files and fields), answered with the envelope's data. */
export async function platformUpload<T>(path: string, form: FormData): Promise<T> {
  const res = await sendRaw("POST", `/api/v1${path}`, form);
  return ((await readJson(res)) as { data: T }).data;
}

/**
 * Saves a platform API download as a file: links cannot carry the Bearer token, so the page
 * fetches it and hands the browser a Blob URL.
 */
export async function platformDownload(path: string, fileName: string): Promise<void> {
  const blob = await (await sendRaw("GET", `/api/v1${path}`, undefined)).blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The platform API (/api/v1): the envelope's data (and meta for lists). */
export async function platform<T>(method: string, path: string, body?: unknown): Promise<T> {
  const r = (await send(method, `/api/v1${path}`, body)) as { data: T };
  return r.data;
}

export async function platformList<T>(path: string): Promise<{ items: T[]; total: number }> {
  const r = (await send("GET", `/api/v1${path}`, undefined)) as { data: T[]; meta?: { total: number } };
  return { items: r.data, total: r.meta?.total ?? r.data.length };
}

/**
 * The tracking API (/api, Runicorn's routes): reads answer the object itself, changes
 * {"ok": true, "data"}; either way the caller gets what it asked for.
 */
export async function tracking<T>(method: string, path: string, body?: unknown): Promise<T> {
  const r = await send(method, `/api${path}`, body);
  return (method === "GET" ? r : (r as { data: T }).data) as T;
}

/** The rental API (/gpu, /account): POST with JSON, answered as documented there. */
export async function rental<T>(path: string, body: unknown = {}): Promise<T> {
  return (await send("POST", path, body)) as T;
}

// The operator's admin token (ADMIN_TOKEN) for the /admin API: catalog, recharges, the ledger
// audit. Asked for on the page that needs it, kept in memory only, forgotten on logout or reload.
let adminToken: string | null = null;

export const hasAdminToken = (): boolean => adminToken !== null;

export function setAdminToken(token: string | null): void {
  adminToken = token;
}

export async function admin<T>(method: string, path: string, body?: unknown): Promise<T> {
  if (!adminToken) throw new ApiError("the admin token is needed for this", 401, "UNAUTHORIZED");
  const headers: Record<string, string> = { Authorization: `Bearer ${adminToken}` };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const res = await fetch(`/admin${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const parsed = await readJson(res);
  if (res.status === 401) adminToken = null;
  if (!res.ok) throw errorOf(res, parsed);
  return parsed as T;
}

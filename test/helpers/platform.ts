// The platform API (/api/v1) as tests use it: users made by the operator, logins, calls with an
// access token.
import { apiCall, type ApiResponse } from "./http.js";
import type { InProcess } from "./in-process.js";

export interface Login {
  username: string;
  password: string;
  userId: number;
  access: string;
  refresh: string;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
}

/** A platform API call with an access token (or none). */
export function platformCall(
  cp: Pick<InProcess, "url">,
  access: string | null,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return apiCall(cp.url, method, `/api/v1${path}`, { body, token: access, headers });
}

/** An operator-made user, logged in. */
export async function newLogin(cp: InProcess, username: string, extra: { platform_admin?: boolean; email?: string } = {}): Promise<Login> {
  const password = `pw-${username}-long-enough`;
  const made = await cp.api("POST", "/admin/users", { username, password, ...extra });
  if (made.status !== 201) throw new Error(`user ${username}: ${made.status} ${JSON.stringify(made.body)}`);
  return login(cp, username, password);
}

export async function login(cp: Pick<InProcess, "url">, username: string, password: string): Promise<Login> {
  const r = await platformCall(cp, null, "POST", "/auth/login", { username, password });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${JSON.stringify(r.body)}`);
  const me = await platformCall(cp, r.body.data.access_token, "GET", "/auth/me");
  const access: string = r.body.data.access_token;
  return {
    username,
    password,
    userId: me.body.data.id,
    access,
    refresh: r.body.data.refresh_token,
    call: (method, path, body, headers) => platformCall(cp, access, method, path, body, headers),
  };
}

/** The id of the user's personal workspace. */
export async function personalWorkspace(l: Login): Promise<string> {
  const me = await l.call("GET", "/auth/me");
  return me.body.data.workspaces.find((w: { personal: boolean }) => w.personal).id;
}

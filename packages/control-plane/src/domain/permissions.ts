// What a member of a workspace may do: permissions are strings `<resource>:<action>`, a role is a
// named set of them. The built-in roles nest: a viewer reads, a member works, an admin also
// manages members and reads the audit log, an owner also deletes the workspace and pays.
// (docs/decisions/0026-authorization.md)

export const PERMISSIONS = [
  "workspace:read",
  "workspace:write",
  "workspace:delete",
  "members:read",
  "members:manage",
  "projects:read",
  "projects:write",
  "projects:delete",
  "environments:read",
  "environments:write",
  "datasets:read",
  "datasets:write",
  "datasets:delete",
  "models:read",
  "models:write",
  "models:delete",
  "tasks:read",
  "tasks:write",
  "billing:read",
  "billing:manage",
  "audit:read",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export function isPermission(p: unknown): p is Permission {
  return typeof p === "string" && (PERMISSIONS as readonly string[]).includes(p);
}

const VIEWER: Permission[] = ["workspace:read", "members:read", "projects:read", "environments:read", "datasets:read", "models:read", "tasks:read"];
const MEMBER: Permission[] = [...VIEWER, "projects:write", "environments:write", "datasets:write", "models:write", "tasks:write"];
const ADMIN: Permission[] = [
  ...MEMBER,
  "workspace:write",
  "members:manage",
  "projects:delete",
  "datasets:delete",
  "models:delete",
  "billing:read",
  "audit:read",
];
const OWNER: Permission[] = [...ADMIN, "workspace:delete", "billing:manage"];

export const BUILTIN_ROLES: readonly { name: BuiltinRole; description: string; permissions: readonly Permission[] }[] = [
  { name: "owner", description: "everything, including deleting the workspace and paying for it", permissions: OWNER },
  { name: "admin", description: "manages members and settings, reads the audit log and billing", permissions: ADMIN },
  { name: "member", description: "works in the workspace: projects, environments, datasets and models", permissions: MEMBER },
  { name: "viewer", description: "reads everything, changes nothing", permissions: VIEWER },
];

export type BuiltinRole = "owner" | "admin" | "member" | "viewer";

export const ROLE_NAME_PATTERN = /^[a-z][a-z0-9_-]{1,31}$/;

/** A role's permissions: known strings, no repeats, in the order of PERMISSIONS. */
export function normalizePermissions(list: readonly unknown[]): { ok: Permission[] } | { unknown: string[] } {
  const unknown = list.filter((p) => !isPermission(p)).map((p) => String(p).slice(0, 64));
  if (unknown.length > 0) return { unknown };
  const set = new Set(list as Permission[]);
  return { ok: PERMISSIONS.filter((p) => set.has(p)) };
}

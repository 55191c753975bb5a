// System settings: one typed document, validated whole, versioned (a PUT may name the version it
// read: a concurrent change answers CONFLICT), cached for a day and dropped on every replica when
// it changes (read-cache NOTIFY: seen everywhere within a second).
import { settingsRow, writeSettings } from "../../db/queries/platform/settings.js";
import type { Db } from "../../db/knex.js";
import { AppError, type FieldProblem } from "../../errors.js";
import type { ReadCache } from "../components/read-cache.js";
import { requirePlatformAdmin } from "./authz.js";
import type { Principal } from "./sessions.js";

export interface SystemSettings {
  /** Shown by the console and in GET /settings/system. */
  site_name: string;
  /** A banner for every user (maintenance windows); empty for none. */
  announcement: string;
  /** Self-service sign-up: "open", "closed", or null to follow the REGISTRATION variable. */
  registration: "open" | "closed" | null;
  /** Quotas new team workspaces start with (null: unlimited). */
  default_workspace_gpu_quota: number | null;
  default_workspace_storage_quota_bytes: number | null;
}

export const DEFAULT_SYSTEM_SETTINGS: SystemSettings = {
  site_name: "remotegpu",
  announcement: "",
  registration: null,
  default_workspace_gpu_quota: null,
  default_workspace_storage_quota_bytes: null,
};

export interface SettingsView {
  settings: SystemSettings;
  version: number;
  updated_at: string | null;
  updated_by: string | null;
}

const TAG = "settings:system";

export async function systemSettings(db: Db, cache: ReadCache): Promise<SettingsView> {
  return cache.get("system:config", "settings", [TAG], async () => {
    const row = await settingsRow(db, "system");
    return {
      settings: { ...DEFAULT_SYSTEM_SETTINGS, ...((row?.value as Partial<SystemSettings>) ?? {}) },
      version: row?.version ?? 0,
      updated_at: row?.updated_at.toISOString() ?? null,
      updated_by: row?.updated_by ?? null,
    };
  });
}

/** Checks a patch of the settings; every bad field is named. Unknown fields are refused (they would change nothing). */
export function validateSettingsPatch(body: Record<string, unknown>): Partial<SystemSettings> {
  const problems: FieldProblem[] = [];
  const out: Partial<SystemSettings> = {};
  const nullableCount = (k: "default_workspace_gpu_quota" | "default_workspace_storage_quota_bytes", max: number) => {
    const v = body[k];
    if (v === null) out[k] = null;
    else if (typeof v === "number" && Number.isSafeInteger(v) && v >= 0 && v <= max) out[k] = v;
    else problems.push({ field: k, message: `${k} must be null or an integer from 0 to ${max}` });
  };
  for (const k of Object.keys(body)) {
    const v = body[k];
    switch (k) {
      case "site_name":
        if (typeof v === "string" && v.trim() !== "" && v.length <= 64) out.site_name = v;
        else problems.push({ field: k, message: "site_name must be 1-64 characters" });
        break;
      case "announcement":
        if (typeof v === "string" && v.length <= 1024) out.announcement = v;
        else problems.push({ field: k, message: "announcement must be a string of at most 1024 characters" });
        break;
      case "registration":
        if (v === null || v === "open" || v === "closed") out.registration = v;
        else problems.push({ field: k, message: 'registration must be "open", "closed" or null' });
        break;
      case "default_workspace_gpu_quota":
        nullableCount(k, 100_000);
        break;
      case "default_workspace_storage_quota_bytes":
        nullableCount(k, Number.MAX_SAFE_INTEGER);
        break;
      case "version":
        break;
      default:
        problems.push({ field: k.slice(0, 64), message: `unknown setting ${k.slice(0, 64)}` });
    }
  }
  if (problems.length > 0) throw new AppError("INVALID_ARGUMENT", problems.map((p) => p.message).join("; "), problems);
  return out;
}

export async function updateSystemSettings(
  db: Db,
  cache: ReadCache,
  p: Principal,
  patch: Partial<SystemSettings>,
  expectedVersion: number | undefined,
): Promise<SettingsView> {
  requirePlatformAdmin(p);
  const current = await settingsRow(db, "system");
  const version = current?.version ?? 0;
  if (expectedVersion !== undefined && expectedVersion !== version)
    throw new AppError("CONFLICT", `the settings changed meanwhile (version ${version}, not ${expectedVersion}); read them again`);
  const next = { ...DEFAULT_SYSTEM_SETTINGS, ...((current?.value as Partial<SystemSettings>) ?? {}), ...patch };
  const row = await writeSettings(db, "system", next, version, p.user.username);
  if (!row) throw new AppError("CONFLICT", "the settings changed meanwhile; read them again");
  await cache.invalidate([TAG]);
  return { settings: next, version: row.version, updated_at: row.updated_at.toISOString(), updated_by: row.updated_by };
}

/** Where files (datasets, models, artifacts) are kept: the local file system under DATA_DIR for now. */

// The platform API: one set of routes, mounted at /api/v1 and again at /v1 (the RemoteGPU
// document's base URL). Listed in one place so that the route table test sees every route.
import { Router } from "@koa/router";
import { platformAccountRoutes } from "../routes/platform/account.js";
import { platformArtifactRoutes } from "../routes/platform/artifacts.js";
import { platformAuthRoutes } from "../routes/platform/auth.js";
import { platformHostRoutes } from "../routes/platform/hosts.js";
import { platformPermissionRoutes } from "../routes/platform/permissions.js";
import { platformProjectRoutes } from "../routes/platform/projects.js";
import { platformTaskRoutes } from "../routes/platform/tasks.js";
import { platformUserRoutes } from "../routes/platform/users.js";
import { platformWorkspaceRoutes } from "../routes/platform/workspaces.js";
import { uploadRoutes, Uploads } from "../uploads.js";
import type { PlatformDeps } from "./context.js";
import { PLATFORM_PREFIXES } from "./envelope.js";

export function platformRouters(deps: PlatformDeps): Router[] {
  const uploads = new Uploads(deps);
  return PLATFORM_PREFIXES.map((prefix) => {
    const r = new Router({ prefix, sensitive: true, strict: true });
    platformAuthRoutes(r, deps);
    platformUserRoutes(r, deps);
    platformWorkspaceRoutes(r, deps);
    platformProjectRoutes(r, deps);
    platformPermissionRoutes(r, deps);
    platformAccountRoutes(r, deps);
    platformArtifactRoutes(r, deps);
    uploadRoutes(r, deps, uploads);
    platformHostRoutes(r, deps);
    platformTaskRoutes(r, deps);
    return r;
  });
}

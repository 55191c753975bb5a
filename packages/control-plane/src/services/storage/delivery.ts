// Dataset and model versions delivered to GPU hosts: the agent fetches a version's manifest and
// its files by SHA-256 over HTTP with its host credential, only for versions attached to a live
// instance on that host (docs/decisions/0029-artifact-storage.md, "Delivery").
import type { ManifestFile } from "@remotegpu/protocol";
import { blobForHost, filesOf, versionAttachedToHost, versionById } from "../../db/queries/platform/artifacts.js";
import { findHost } from "../../db/queries/hosts.js";
import type { Db } from "../../db/knex.js";
import { HOST_ID_PATTERN, sameHash, sha256 } from "../../domain/secrets.js";
import { AppError, notFound } from "../../errors.js";
import type { FileDownload } from "../platform/artifacts.js";
import { UUID_PATTERN } from "../platform/authz.js";
import type { BlobStore } from "./blob-store.js";

/** The host whose credential this is (UNAUTHORIZED otherwise, the same for an unknown host and a wrong secret). */
export async function hostOfCredential(db: Db, hostId: string, secret: string): Promise<string> {
  const host = HOST_ID_PATTERN.test(hostId) && secret.length > 0 && secret.length <= 256 ? await findHost(db, hostId) : undefined;
  if (!host || !sameHash(sha256(secret), host.credential_hash)) throw new AppError("UNAUTHORIZED", "unknown host or wrong credential");
  if (host.revoked_at) throw new AppError("HOST_REVOKED", "this host's credential was revoked");
  return host.host_id;
}

export async function manifestForHost(db: Db, hostId: string, versionId: string): Promise<{ version_id: string; digest: string; files: ManifestFile[] }> {
  const v = UUID_PATTERN.test(versionId) && (await versionAttachedToHost(db, hostId, versionId)) ? await versionById(db, versionId) : undefined;
  if (!v) throw notFound("no such version attached to an instance of this host");
  return {
    version_id: v.version_id,
    digest: v.digest,
    files: (await filesOf(db, v.version_id)).map((f) => ({ path: f.path, size: f.size, sha256: f.digest })),
  };
}

export async function blobDownloadForHost(db: Db, store: BlobStore, hostId: string, digest: string): Promise<FileDownload> {
  const b = /^[0-9a-f]{64}$/.test(digest) ? await blobForHost(db, hostId, digest) : undefined;
  if (!b) throw notFound("no such content for an instance of this host");
  return { file: { path: digest, size: b.size, sha256: digest }, open: (range) => store.open(digest, range) };
}

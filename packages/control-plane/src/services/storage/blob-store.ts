// One blob store, content-addressed by SHA-256 (hex), with two backends: the local file system
// (DATA_DIR/blobs by default) and an S3-compatible bucket (BLOB_STORE=s3://bucket/prefix).
// The store only holds bytes; which blobs exist and who references them is in PostgreSQL
// (services/storage/blobs.ts), and callers verify a digest before they put content under it.
import { createReadStream } from "node:fs";
import { access, mkdir, rename, rm, copyFile, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client, type S3ClientConfig } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { DIGEST_PATTERN } from "../../domain/artifact-paths.js";

/** A byte range, both ends included (as in an HTTP Range header). */
export interface ByteRange {
  start: number;
  end: number;
}

export interface BlobStore {
  readonly kind: "fs" | "s3";
  /** Where it is, for logs and docs ("file:///…" or "s3://bucket/prefix"). */
  readonly location: string;
  /** Stores a local file (verified by the caller to have this digest) under the digest; idempotent. The file is consumed. */
  put(digest: string, localPath: string): Promise<void>;
  /** The bytes, whole or a range. NOT_FOUND-like error (BlobMissing) when absent. */
  open(digest: string, range?: ByteRange): Promise<Readable>;
  exists(digest: string): Promise<boolean>;
  /** Removes it; nothing when already gone. */
  remove(digest: string): Promise<void>;
}

export class BlobMissing extends Error {
  constructor(readonly digest: string) {
    super(`blob ${digest} is not in the store`);
  }
}

function checkDigest(d: string): void {
  if (!DIGEST_PATTERN.test(d)) throw new Error(`not a SHA-256 digest: ${d.slice(0, 80)}`);
}

/** Two levels of fan-out keep directories (and S3 listings) small: ab/cd/abcd…. */
const keyOf = (d: string) => `${d.slice(0, 2)}/${d.slice(2, 4)}/${d}`;

export class FsBlobStore implements BlobStore {
  readonly kind = "fs" as const;
  readonly location: string;

  constructor(private readonly root: string) {
    this.location = `file://${root}`;
  }

  private file(d: string): string {
    checkDigest(d);
    return join(this.root, keyOf(d));
  }

  async put(digest: string, localPath: string): Promise<void> {
    const target = this.file(digest);
    await mkdir(dirname(target), { recursive: true });
    // Same content under the same name: whichever rename lands last, the bytes are the same.
    try {
      await rename(localPath, target);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EXDEV") throw err;
      const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
      await copyFile(localPath, tmp);
      await rename(tmp, target);
      await rm(localPath, { force: true });
    }
  }

  async open(digest: string, range?: ByteRange): Promise<Readable> {
    const f = this.file(digest);
    try {
      await access(f);
    } catch {
      throw new BlobMissing(digest);
    }
    return createReadStream(f, range ? { start: range.start, end: range.end } : {});
  }

  async exists(digest: string): Promise<boolean> {
    try {
      await stat(this.file(digest));
      return true;
    } catch {
      return false;
    }
  }

  async remove(digest: string): Promise<void> {
    await rm(this.file(digest), { force: true });
  }
}

export interface S3Settings {
  bucket: string;
  prefix: string;
  endpoint: string | undefined;
  region: string;
  forcePathStyle: boolean;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
}

export class S3BlobStore implements BlobStore {
  readonly kind = "s3" as const;
  readonly location: string;
  private readonly client: S3Client;

  constructor(private readonly s: S3Settings) {
    this.location = `s3://${s.bucket}/${s.prefix}`;
    const cfg: S3ClientConfig = { region: s.region, forcePathStyle: s.forcePathStyle };
    if (s.endpoint) cfg.endpoint = s.endpoint;
    if (s.accessKeyId && s.secretAccessKey) cfg.credentials = { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey };
    this.client = new S3Client(cfg);
  }

  private key(d: string): string {
    checkDigest(d);
    return this.s.prefix ? `${this.s.prefix}/${keyOf(d)}` : keyOf(d);
  }

  async put(digest: string, localPath: string): Promise<void> {
    // Multipart for large files (lib-storage splits and retries parts); the local copy goes after.
    const upload = new Upload({ client: this.client, params: { Bucket: this.s.bucket, Key: this.key(digest), Body: createReadStream(localPath) } });
    await upload.done();
    await rm(localPath, { force: true });
  }

  async open(digest: string, range?: ByteRange): Promise<Readable> {
    try {
      const r = await this.client.send(
        new GetObjectCommand({ Bucket: this.s.bucket, Key: this.key(digest), ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}) }),
      );
      return r.Body as Readable;
    } catch (err) {
      if (isNotFound(err)) throw new BlobMissing(digest);
      throw err;
    }
  }

  async exists(digest: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.s.bucket, Key: this.key(digest) }));
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
  }

  async remove(digest: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.s.bucket, Key: this.key(digest) }));
  }
}

function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === "NoSuchKey" || e?.name === "NotFound" || e?.$metadata?.httpStatusCode === 404;
}

/**
 * BLOB_STORE: unset or "fs" (DATA_DIR/blobs), "file:///absolute/dir", or "s3://bucket/prefix"
 * with S3_ENDPOINT, S3_REGION, S3_FORCE_PATH_STYLE, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY (or
 * the AWS SDK's own credential chain).
 */
export function blobStoreFromConfig(c: { dataDir: string; blobStore: BlobStoreSetting }): BlobStore {
  if (c.blobStore.kind === "fs") return new FsBlobStore(c.blobStore.dir ?? join(c.dataDir, "blobs"));
  return new S3BlobStore(c.blobStore);
}

export type BlobStoreSetting = { kind: "fs"; dir: string | undefined } | ({ kind: "s3" } & S3Settings);

// An S3-compatible server for tests (s3rver from npm, on 127.0.0.1 with its data in a temporary
// directory). It stands in for a real bucket: the control plane talks to it with the AWS SDK
// exactly as it would to S3, MinIO or Ceph.
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import type { S3Settings } from "../../packages/control-plane/src/services/storage/blob-store.js";
import { tempDir } from "./processes.js";

const KEY = "S3RVER"; // s3rver's fixed credentials

export class S3rverForTests {
  private constructor(readonly endpoint: string) {}

  static async start(t: { teardown(fn: () => unknown): void }, buckets: string[] = ["remotegpu-test"]): Promise<S3rverForTests> {
    const server = new S3rver({
      address: "127.0.0.1",
      port: 0,
      silent: true,
      directory: tempDir("s3"),
      configureBuckets: buckets.map((name) => ({ name, configs: [] })),
    } as never);
    const { port } = (await server.run()) as unknown as { port: number };
    t.teardown(() => server.close());
    return new S3rverForTests(`http://127.0.0.1:${port}`);
  }

  /** The control plane's settings for a bucket and prefix. */
  env(bucket: string, prefix: string): Record<string, string> {
    return { BLOB_STORE: `s3://${bucket}/${prefix}`, S3_ENDPOINT: this.endpoint, S3_ACCESS_KEY_ID: KEY, S3_SECRET_ACCESS_KEY: KEY };
  }

  settings(bucket: string, prefix: string): S3Settings {
    return { bucket, prefix, endpoint: this.endpoint, region: "us-east-1", forcePathStyle: true, accessKeyId: KEY, secretAccessKey: KEY };
  }

  async keys(bucket: string): Promise<string[]> {
    const c = new S3Client({ endpoint: this.endpoint, region: "us-east-1", forcePathStyle: true, credentials: { accessKeyId: KEY, secretAccessKey: KEY } });
    const r = await c.send(new ListObjectsV2Command({ Bucket: bucket }));
    return (r.Contents ?? []).map((o) => o.Key!);
  }
}

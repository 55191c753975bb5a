// multipart/form-data requests (busboy): text fields, and files streamed to the staging
// directory while hashed (never held in memory). A file's name is its path in the version
// (curl -F "files=@train.csv;filename=data/train.csv"). On any refusal every staged file is
// removed.
import { rm } from "node:fs/promises";
import busboy from "busboy";
import type { Context } from "koa";
import { AppError, invalid } from "../errors.js";
import { type Staged, stage } from "../services/storage/blobs.js";

export interface MultipartBody {
  fields: Record<string, string>;
  files: { field: string; path: string; staged: Staged }[];
}

export const isMultipart = (ctx: Context): boolean => /^multipart\/form-data\b/i.test(ctx.get("content-type"));

// A version's form has a handful of text fields (the longest, a message, is 4096 characters, or a
// remove list); 50 fields of 64 KiB bound what busboy buffers in memory. 1000 files per request
// keeps one request's staging work bounded; more go through /uploads or a parent version.
const MAX_FIELDS = 50;
const MAX_FIELD_BYTES = 64 * 1024;
export const MAX_MULTIPART_FILES = 1000;

export async function readMultipart(ctx: Context, stagingDir: string, maxBytes: number): Promise<MultipartBody> {
  const declared = Number(ctx.get("content-length") || "0");
  if (declared > maxBytes + 1024 * 1024)
    throw new AppError("PAYLOAD_TOO_LARGE", `the request is over ${maxBytes} bytes; send large files through /api/v1/uploads`);
  let bb: busboy.Busboy;
  try {
    bb = busboy({
      headers: ctx.req.headers,
      limits: { fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES, files: MAX_MULTIPART_FILES, parts: MAX_FIELDS + MAX_MULTIPART_FILES },
      defParamCharset: "utf8",
      preservePath: true,
    });
  } catch (err) {
    throw invalid(`not a readable multipart/form-data request: ${(err as Error).message}`);
  }
  const body: MultipartBody = { fields: {}, files: [] };
  const pending: Promise<void>[] = [];
  let used = 0;
  let failure: unknown;
  const fail = (err: unknown) => {
    failure ??= err;
  };
  const done = new Promise<void>((resolve) => {
    bb.on("field", (name, value, info) => {
      if (info.valueTruncated) fail(invalid(`field ${name.slice(0, 64)} is over ${MAX_FIELD_BYTES} bytes`));
      else if (Object.hasOwn(body.fields, name)) fail(invalid(`field ${name.slice(0, 64)} is given twice`));
      else body.fields[name] = value;
    });
    bb.on("file", (field, stream, info) => {
      if (failure) {
        stream.resume();
        return;
      }
      pending.push(
        stage(stagingDir, stream, maxBytes - used)
          .then((staged) => {
            used += staged.size;
            body.files.push({ field, path: info.filename ?? "", staged });
          })
          .catch((err) => {
            stream.resume();
            fail(err);
          }),
      );
    });
    bb.on("filesLimit", () => fail(invalid(`at most ${MAX_MULTIPART_FILES} files in one request; send more through /api/v1/uploads`)));
    bb.on("fieldsLimit", () => fail(invalid(`at most ${MAX_FIELDS} fields`)));
    bb.on("partsLimit", () => fail(invalid("too many parts")));
    bb.on("error", (err) => {
      fail(invalid(`not a readable multipart/form-data request: ${(err as Error).message}`));
      resolve();
    });
    bb.on("close", () => resolve());
  });
  ctx.req.pipe(bb);
  await done;
  await Promise.all(pending);
  if (used > maxBytes) fail(new AppError("PAYLOAD_TOO_LARGE", `the request is over ${maxBytes} bytes; send large files through /api/v1/uploads`));
  if (failure) {
    await Promise.all(body.files.map((f) => rm(f.staged.localPath, { force: true })));
    throw failure;
  }
  return body;
}

// What is for sale: products (per room, per GPU model), images and applications. Operators
// write the catalog; customers read it, with live stock (gpu_remain).
import { randomBytes } from "node:crypto";
import { IMAGE_REF_PATTERN } from "@remotegpu/protocol";
import { findApplication, insertApplication, listApplications as listApplicationRows } from "../db/queries/applications.js";
import { imagesOfUser, insertImage, findImage, publicImages } from "../db/queries/images.js";
import { findProduct, insertProduct, listProducts as listProductRows, updateProduct as updateProductRow, type ProductFields } from "../db/queries/products.js";
import type { Db } from "../db/knex.js";
import type { ApplicationRow, ImageRow, ProductRow } from "../db/rows.js";
import type { TimeFormat } from "../domain/api-time.js";
import { formatMoney } from "../domain/money.js";
import { ROOM_NAME_PATTERN } from "../domain/rooms.js";
import { AppError, invalid, notFound } from "../errors.js";
import { gpuRemainOf, type PlacementConfig } from "./placement.js";

export const GPU_TYPE_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,63}$/;
export const APP_TYPE_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,63}$/;
export const IMAGE_ID_PATTERN = /^img-[0-9a-f]{16}$/;

export const newImageId = (): string => `img-${randomBytes(8).toString("hex")}`;

// ---- products

/** The product's own fields as customers see them (the prices follow as money strings). */
const SHAPE = ["gpu_type", "name", "room_name", "gpu_model", "cpu", "memory", "gpu_ram", "disk_one", "disk_data_one", "disk_cap"] as const;

export type ProductView = Pick<ProductRow, (typeof SHAPE)[number]> & {
  gpu_remain: number;
  price: string;
  price_hour: string;
  price_day: string;
  price_month: string;
  price_cardless_hour: string;
  price_disk_gb_day: string;
};

function productView(p: ProductRow, gpuRemain: number): ProductView {
  return {
    ...(Object.fromEntries(SHAPE.map((k) => [k, p[k]])) as Pick<ProductRow, (typeof SHAPE)[number]>),
    gpu_remain: gpuRemain,
    // The headline price is the hourly one per GPU, as a GPU cloud's price list shows it.
    price: formatMoney(p.price_hour_minor),
    price_hour: formatMoney(p.price_hour_minor),
    price_day: formatMoney(p.price_day_minor),
    price_month: formatMoney(p.price_month_minor),
    price_cardless_hour: formatMoney(p.price_cardless_hour_minor),
    price_disk_gb_day: formatMoney(p.price_disk_gb_day_minor),
  };
}

function checkProduct(p: Partial<ProductFields>): void {
  if (p.gpu_type !== undefined && !GPU_TYPE_PATTERN.test(p.gpu_type))
    throw invalid("gpu_type must be 1-64 lowercase letters, digits or _.- (e.g. geforce_rtx_4090_16u100m_106)");
  if (p.room_name !== undefined && !ROOM_NAME_PATTERN.test(p.room_name)) throw invalid("room_name must be 1-64 letters, digits or _.-");
  if (p.name !== undefined && (p.name.trim() === "" || p.name.length > 128)) throw invalid("name must be 1-128 characters");
  if (p.gpu_model !== undefined && (p.gpu_model.trim() === "" || p.gpu_model.length > 128))
    throw invalid("gpu_model must be the GPU name nvidia-smi reports, e.g. NVIDIA GeForce RTX 4090");
}

export async function createProduct(db: Db, cfg: PlacementConfig, p: ProductFields): Promise<ProductView> {
  checkProduct(p);
  const row = await insertProduct(db, p);
  if (!row) throw new AppError("CONFLICT", `a product ${p.gpu_type} exists already`);
  return productView(row, (await gpuRemainOf(db, cfg, [row])).get(row.gpu_type) ?? 0);
}

export async function updateProduct(db: Db, cfg: PlacementConfig, gpuType: string, patch: Partial<ProductFields>): Promise<ProductView> {
  checkProduct(patch);
  if (patch.gpu_type !== undefined && patch.gpu_type !== gpuType) throw invalid("gpu_type cannot be changed");
  const row = GPU_TYPE_PATTERN.test(gpuType) ? await updateProductRow(db, gpuType, patch) : undefined;
  if (!row) throw notFound(`no product ${JSON.stringify(gpuType.slice(0, 64))}`);
  return productView(row, (await gpuRemainOf(db, cfg, [row])).get(row.gpu_type) ?? 0);
}

export async function listProducts(db: Db, cfg: PlacementConfig, roomName?: string): Promise<{ items: ProductView[]; total_items: number }> {
  const rows = await listProductRows(db, { roomName });
  // gpu_remain counts only GPUs that can be sold with the product's CPU, memory and disk.
  const remain = await gpuRemainOf(db, cfg, rows);
  return { items: rows.map((r) => productView(r, remain.get(r.gpu_type) ?? 0)), total_items: rows.length };
}

export async function productOrNotFound(db: Db, gpuType: string): Promise<ProductRow> {
  const p = GPU_TYPE_PATTERN.test(gpuType) ? await findProduct(db, gpuType) : undefined;
  if (!p) throw notFound(`no product ${JSON.stringify(gpuType.slice(0, 64))}`);
  return p;
}

// ---- images

export interface NewPublicImage {
  name: string;
  imageRef: string;
  scene: string;
  os: string;
  description: string;
  roomName: string | null;
}

export async function createPublicImage(db: Db, i: NewPublicImage): Promise<{ image_id: string }> {
  if (i.name.trim() === "" || i.name.length > 128) throw invalid("name must be 1-128 characters");
  if (!IMAGE_REF_PATTERN.test(i.imageRef)) throw invalid("image_ref must be an image reference such as registry.example.com/cuda:12.4");
  if (i.roomName !== null && !ROOM_NAME_PATTERN.test(i.roomName)) throw invalid("room_name must be 1-64 letters, digits or _.-, or null for every room");
  const row = await insertImage(db, {
    image_id: newImageId(),
    name: i.name,
    image_ref: i.imageRef,
    scene: i.scene,
    os: i.os,
    description: i.description,
    room_name: i.roomName,
    owner_user_id: null,
    status: "ready",
    host_id: null,
    source_instance_id: null,
    snapshot_command_id: null,
  });
  return { image_id: row.image_id };
}

export interface ImageView {
  image_id: string;
  name: string;
  scene: string;
  os: string;
  description: string;
  room_name: string | null;
  status: ImageRow["status"];
  size: number | null;
  create_at: string | null;
  update_at: string | null;
}

function imageView(i: ImageRow, fmt: TimeFormat): ImageView {
  return {
    image_id: i.image_id,
    name: i.name,
    scene: i.scene,
    os: i.os,
    description: i.description,
    room_name: i.room_name,
    status: i.status,
    size: i.size_bytes,
    create_at: fmt(i.created_at),
    update_at: fmt(i.updated_at),
  };
}

/** Public images usable with a product: those of its room and those for every room. */
export async function imagesForProduct(db: Db, gpuType: string, fmt: TimeFormat): Promise<{ items: ImageView[]; total_items: number }> {
  const product = await productOrNotFound(db, gpuType);
  const rows = await publicImages(db, product.room_name);
  return { items: rows.map((r) => imageView(r, fmt)), total_items: rows.length };
}

/** All public images (operators). */
export async function listPublicImages(db: Db, fmt: TimeFormat): Promise<{ items: (ImageView & { image_ref: string })[]; total_items: number }> {
  const rows = await publicImages(db, undefined);
  return { items: rows.map((r) => ({ ...imageView(r, fmt), image_ref: r.image_ref })), total_items: rows.length };
}

export interface CustomImageView extends ImageView {
  source_gid: string | null;
  error: string | null;
}

export async function myImages(
  db: Db,
  userId: number,
  roomName: string | undefined,
  fmt: TimeFormat,
): Promise<{ items: CustomImageView[]; total_items: number }> {
  if (roomName !== undefined && !ROOM_NAME_PATTERN.test(roomName)) throw invalid("room_name must be 1-64 letters, digits or _.-");
  const rows = await imagesOfUser(db, userId, roomName);
  return { items: rows.map((r) => ({ ...imageView(r, fmt), source_gid: r.source_instance_id, error: r.error })), total_items: rows.length };
}

/**
 * An image a user may boot from in a room: a public one of that room (or of every room), or
 * one of their own custom images there that is ready. Anything else is NOT_FOUND.
 */
export async function usableImage(db: Db, imageId: string, userId: number, roomName: string): Promise<ImageRow> {
  const i = IMAGE_ID_PATTERN.test(imageId) ? await findImage(db, imageId) : undefined;
  const visible = i && (i.owner_user_id === null ? i.room_name === null || i.room_name === roomName : i.owner_user_id === userId && i.room_name === roomName);
  if (!i || !visible) throw notFound(`no image ${JSON.stringify(imageId.slice(0, 64))} in room ${roomName}`);
  if (i.status !== "ready") throw new AppError("INVALID_STATE", `image ${imageId} is ${i.status}, not ready`);
  return i;
}

// ---- applications

export interface NewApplication {
  appType: string;
  title: string;
  imageId: string;
  gpuType: string;
  ports: number[];
}

export async function createApplication(db: Db, a: NewApplication): Promise<ApplicationView> {
  if (!APP_TYPE_PATTERN.test(a.appType)) throw invalid("app_type must be 1-64 lowercase letters, digits or _.- (e.g. comfyui)");
  if (a.title.trim() === "" || a.title.length > 128) throw invalid("title must be 1-128 characters");
  if (a.ports.length > 8 || new Set(a.ports).size !== a.ports.length || a.ports.some((p) => !Number.isInteger(p) || p < 1 || p > 65535 || p === 22)) {
    throw invalid("ports must be at most 8 distinct container ports from 1 to 65535 (22 is SSH's)");
  }
  const product = await productOrNotFound(db, a.gpuType);
  const image = IMAGE_ID_PATTERN.test(a.imageId) ? await findImage(db, a.imageId) : undefined;
  if (!image || image.owner_user_id !== null) throw notFound(`no public image ${JSON.stringify(a.imageId.slice(0, 64))}`);
  if (image.room_name !== null && image.room_name !== product.room_name) throw invalid(`image ${a.imageId} is not offered in room ${product.room_name}`);
  const row = await insertApplication(db, { app_type: a.appType, title: a.title, image_id: a.imageId, gpu_type: a.gpuType, ports: a.ports });
  if (!row) throw new AppError("CONFLICT", `an application ${a.appType} exists already`);
  return applicationView(row, product);
}

export interface ApplicationView {
  app_type: string;
  title: string;
  gpu_type: string;
  room_name: string;
  image_id: string;
  ports: number[];
  memory: number;
  cpu: number;
  disk_one: number;
  disk_data_one: number;
  price_hour: string;
}

function applicationView(a: ApplicationRow, p: ProductRow): ApplicationView {
  return {
    app_type: a.app_type,
    title: a.title,
    gpu_type: a.gpu_type,
    room_name: p.room_name,
    image_id: a.image_id,
    ports: a.ports,
    memory: p.memory,
    cpu: p.cpu,
    disk_one: p.disk_one,
    disk_data_one: p.disk_data_one,
    price_hour: formatMoney(p.price_hour_minor),
  };
}

export async function listApplications(db: Db): Promise<{ items: ApplicationView[]; total_items: number }> {
  const apps = await listApplicationRows(db);
  const products = new Map((await listProductRows(db, {})).map((p) => [p.gpu_type, p]));
  const items = apps.map((a) => applicationView(a, products.get(a.gpu_type)!));
  return { items, total_items: items.length };
}

export async function applicationOrNotFound(db: Db, appType: string): Promise<ApplicationRow> {
  const a = APP_TYPE_PATTERN.test(appType) ? await findApplication(db, appType) : undefined;
  if (!a) throw notFound(`no application ${JSON.stringify(appType.slice(0, 64))}`);
  return a;
}

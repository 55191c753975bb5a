// Customers' own images (snapshots): deleting one takes it out of the catalog and has the host
// that holds it remove the Docker image (the host-level command remove_image). Decision 0024.
import { randomUUID } from "node:crypto";
import { agentv1, CUSTOM_IMAGE_REPO_PREFIX } from "@remotegpu/protocol";
import { insertCommand } from "../db/queries/commands.js";
import { liveInstancesUsingImage, lockImagesOf, lockOwnImage, markImageDeleted } from "../db/queries/images.js";
import type { Db } from "../db/knex.js";
import type { UserRow } from "../db/rows.js";
import { AppError, notFound } from "../errors.js";
import { IMAGE_ID_PATTERN } from "./catalog.js";
import { wake } from "./instances.js";
import { sealPayload } from "./secrets.js";

/** The encoded host-level command that removes an image from a host's engine, sealed as every stored payload is. */
export function removeImagePayload(commandId: string, imageRef: string): Buffer {
  return sealPayload(
    Buffer.from(
      agentv1.Command.encode(agentv1.Command.create({ commandId, instanceId: "", generation: 0, issuedAtMs: Date.now(), removeImage: { imageRef } })).finish(),
    ),
  );
}

/**
 * Deletes one of the user's custom images. Refused while an instance that is not destroyed runs
 * it (CONFLICT, naming them) or while it is still being saved (INVALID_STATE): the Docker image
 * goes with the catalog row, never from under a container.
 */
export async function deleteCustomImage(db: Db, user: UserRow, imageId: string): Promise<{ success: true }> {
  if (!IMAGE_ID_PATTERN.test(imageId)) throw notFound(`no image ${JSON.stringify(imageId.slice(0, 64))}`);
  const hostId = await db.transaction(async (trx) => {
    await lockImagesOf(trx, user.user_id);
    const image = await lockOwnImage(trx, imageId, user.user_id);
    // Public images and other users' are as unknown as missing ones.
    if (!image) throw notFound(`no image ${imageId} of yours`);
    if (image.status === "saving") throw new AppError("INVALID_STATE", `image ${imageId} is still being saved; delete it once it is ready or failed`);
    const users = await liveInstancesUsingImage(trx, imageId);
    if (users.length > 0) {
      throw new AppError("CONFLICT", `image ${imageId} is used by ${users.join(", ")}: destroy them or rebuild them from another image first`);
    }
    await markImageDeleted(trx, imageId);
    // Only our own repository is ever removed from a host (never an operator's image).
    if (image.host_id === null || !image.image_ref.startsWith(CUSTOM_IMAGE_REPO_PREFIX)) return null;
    const commandId = randomUUID();
    await insertCommand(trx, {
      command_id: commandId,
      instance_id: null,
      host_id: image.host_id,
      generation: 0,
      op: "remove_image",
      payload: removeImagePayload(commandId, image.image_ref),
    });
    return image.host_id;
  });
  if (hostId !== null) await wake(db, hostId);
  return { success: true };
}

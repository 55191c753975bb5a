// Image names both sides check (the one wire contract).

/** Image references operators may give: registry/repository[:tag][@digest], no spaces. */
export const IMAGE_REF_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,254}$/;

/**
 * What a snapshot may be committed to: a lowercase repository path and a tag, as Docker accepts
 * a commit target.
 */
export const SNAPSHOT_REF_PATTERN = /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** Where the agent keeps an instance's system disk during a GPU change: never a snapshot's target. */
export const STATE_IMAGE_REPO_PREFIX = "remotegpu-state/";

/** Repository of customers' custom images (snapshots taken through the public API). */
export const CUSTOM_IMAGE_REPO_PREFIX = "remotegpu-images/";

/** Why `ref` cannot be a snapshot's target, or undefined when it can. */
export function snapshotRefProblem(ref: string): string | undefined {
  if (!SNAPSHOT_REF_PATTERN.test(ref)) return "must be a lowercase repository with a tag, such as team/snapshots:v1";
  if (ref.startsWith(STATE_IMAGE_REPO_PREFIX)) return `${STATE_IMAGE_REPO_PREFIX} is reserved`;
  return undefined;
}

/**
 * Why `ref` cannot be removed by a remove_image command, or undefined when it can: only
 * customers' custom images (our own repository), never an operator's image or an instance's state.
 */
export function removableImageRefProblem(ref: string): string | undefined {
  if (!SNAPSHOT_REF_PATTERN.test(ref)) return "must be a lowercase repository with a tag";
  if (!ref.startsWith(CUSTOM_IMAGE_REPO_PREFIX)) return `only images of ${CUSTOM_IMAGE_REPO_PREFIX} are removed by command`;
  return undefined;
}

/**
 * Why `name` cannot be an environment variable of an instance, or undefined when it can. NVIDIA_*
 * decide which GPUs a container sees and ROOT_PASSWORD is the instance's password: both are set
 * by the agent alone.
 */
export function envNameProblem(name: string): string | undefined {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,127}$/.test(name)) return "must be 1-128 letters, digits or _, not starting with a digit";
  if (name.startsWith("NVIDIA_") || name === "ROOT_PASSWORD") return "is set by the agent";
  return undefined;
}

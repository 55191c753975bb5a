// Bounds on what an agent may put into the database. Far above any real host: the largest GPU
// servers have 16 GPUs and a few dozen disks; MIG splits a GPU in at most 7.

/** nvidia-smi GPU indexes on one host; the schema checks the same bound. */
export const MAX_GPU_INDEX = 255;
export const MAX_GPUS = 64;
export const MAX_MIG_DEVICES = 16;
export const MAX_DISKS = 256;
/** Names, versions, UUIDs, bus ids. */
export const MAX_TEXT = 256;
/** Mount points and device paths: Linux PATH_MAX. */
export const MAX_PATH = 4096;
/** Error lines from a collector: longer than 1 KiB is noise. */
export const MAX_ERROR_TEXT = 1024;
export const MAX_ERRORS = 32;
/** Processes listed per GPU; a GPU rarely runs more than a few dozen. */
export const MAX_PROCESSES_PER_GPU = 256;
/** PostgreSQL integer columns. */
export const MAX_INT4 = 2_147_483_647;

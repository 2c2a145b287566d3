import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The temporary directories an import makes: the uploaded file (API) and the spill file of pass 1.
 * Each name carries the pid of the process that made it, so a later start can tell the leftovers
 * of a process that died (crashed, killed) from the live work of another server or CLI import
 * that shares the temp directory.
 */
export const TEMP_PREFIXES = ["partnerscope-upload-", "partnerscope-spill-"] as const;

/** One of the kinds of temporary directory. */
export type TempPrefix = (typeof TEMP_PREFIXES)[number];

/** `partnerscope-upload-1234-Ab3xYz`: the prefix, the owner's pid, mkdtemp's random suffix. */
const OWNED = /^(partnerscope-(?:upload|spill)-)(\d+)-[A-Za-z0-9]+$/;

/**
 * Makes a temporary directory for this process (removed by its user when done).
 * @example const dir = await tempDirCreate("partnerscope-upload-");
 */
export function tempDirCreate(prefix: TempPrefix, root = tmpdir()): Promise<string> {
  return mkdtemp(join(root, `${prefix}${process.pid}-`));
}

/**
 * The same, synchronously (the spill file is opened synchronously).
 * @example const dir = tempDirCreateSync("partnerscope-spill-");
 */
export function tempDirCreateSync(prefix: TempPrefix, root = tmpdir()): string {
  return mkdtempSync(join(root, `${prefix}${process.pid}-`));
}

/** Whether a process with this pid is running (EPERM: it is, but belongs to another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the upload and spill directories left behind by processes that are no longer running
 * (a crash or kill -9 mid-import skips the `finally` that removes them); returns their names.
 * Directories of running processes, this one included, are left alone.
 * @example for (const name of staleTempDirsRemove()) console.log(`removed ${name}`);
 */
export function staleTempDirsRemove(root = tmpdir()): string[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(OWNED.exec(name)?.[2] ?? Number.NaN);
    if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid || isRunning(pid)) continue;
    rmSync(join(root, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** What a running `partnerscope serve` leaves in its data folder: where it listens, and its pid. */
interface ServerFile {
  url: string;
  pid: number;
}

const fileOf = (dataDir: string) => join(dataDir, "server.json");

/** Records where this process serves, so `partnerscope login` prints the right address. */
export function serverAddressWrite(dataDir: string, url: string): void {
  const record: ServerFile = { url, pid: process.pid };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(fileOf(dataDir), `${JSON.stringify(record)}\n`);
}

/** Removes this process's record on a clean stop (another server's record is left alone). */
export function serverAddressRemove(dataDir: string): void {
  if (serverRecord(dataDir)?.pid === process.pid) rmSync(fileOf(dataDir), { force: true });
}

/** The URL of the server serving this data folder, or null when none is running (or it crashed). */
export function runningServerUrl(dataDir: string): string | null {
  const record = serverRecord(dataDir);
  if (!record) return null;
  try {
    process.kill(record.pid, 0);
    return record.url;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else — still running.
    return (error as NodeJS.ErrnoException).code === "EPERM" ? record.url : null;
  }
}

function serverRecord(dataDir: string): ServerFile | null {
  try {
    const record = JSON.parse(readFileSync(fileOf(dataDir), "utf8")) as Partial<ServerFile>;
    return typeof record.url === "string" && Number.isInteger(record.pid)
      ? (record as ServerFile)
      : null;
  } catch {
    return null;
  }
}

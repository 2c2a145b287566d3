/** The interop services the store suite exercises on every dialect (imported lazily there). */
export { importBatchUndo } from "../../src/services/interop/import-undo.ts";
export { mergeUndo, organisationMerge } from "../../src/services/interop/organisation-merge.ts";
export { standardImport } from "../../src/services/interop/standard-import.ts";

import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Writes `text` to a file in the temporary directory and returns its path. */
export function tempFileWith(name: string, text: string): string {
  const path = join(tmpdir(), name);
  writeFileSync(path, text);
  return path;
}

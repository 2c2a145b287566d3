import type { CliIo } from "../../src/cli/command.ts";

/** An in-memory CliIo for command tests: files by path, captured stdout and stderr. */
export function fakePbrIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file '${path}'`);
      return text;
    },
    writeFile: async (path, data) => {
      written[path] = typeof data === "string" ? data : new TextDecoder().decode(data);
    },
  };
  return { io, out, err, written };
}

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { COMMAND_MANIFEST } from "./commands/manifest.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "partnerscope-lazy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `tsx src/cli/main.ts …args` in a child process; returns its output and every module it resolved. */
function cliModules(...args: string[]) {
  const log = join(dir, `${args.join("-")}.log`);
  const register = join(ROOT, "test/factories/module-log/register.mjs");
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "--import", register, "src/cli/main.ts", ...args],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, PARTNERSCOPE_MODULE_LOG: log } },
  );
  const urls = [...new Set(readFileSync(log, "utf8").trim().split("\n"))];
  const modules = urls.map((u) =>
    u.startsWith("file:") ? fileURLToPath(u).slice(ROOT.length) : u,
  );
  return { code: result.status, out: result.stdout, err: result.stderr, modules };
}

/** Modules a run that loads no command must not import: implementations, packages, lower layers. */
function heavy(modules: string[]): string[] {
  return modules.filter(
    (m) =>
      /^src\/cli\/commands\/(?!index\.ts$|manifest\.ts$)/.test(m) ||
      m.includes("node_modules/") ||
      /^src\/(store|api|engine)\//.test(m) ||
      m === "src/services/index.ts",
  );
}

describe("commands are imported only when they run (issue 18: --help < 0.3 s)", () => {
  it("the manifest holds specs and loaders, no implementations", () => {
    expect(COMMAND_MANIFEST.length).toBeGreaterThan(30);
    for (const entry of COMMAND_MANIFEST) {
      expect(typeof entry.load).toBe("function");
      expect("run" in entry).toBe(false);
    }
  });

  it("--help prints every command's summary and imports no command module", () => {
    const help = cliModules("--help");
    expect(help.code).toBe(0);
    for (const entry of COMMAND_MANIFEST) expect(help.out).toContain(entry.summary);
    expect(help.modules).toContain("src/cli/commands/manifest.ts");
    expect(heavy(help.modules)).toEqual([]);
  }, 60_000);

  it("a command's --help and an unknown command import no command module either", () => {
    const serveHelp = cliModules("serve", "--help");
    expect(serveHelp.code).toBe(0);
    expect(serveHelp.out).toContain("Usage: partnerscope serve [--no-demo]");
    expect(heavy(serveHelp.modules)).toEqual([]);
    const typo = cliModules("frobnicate");
    expect(typo.code).toBe(2);
    expect(typo.err).toContain("unknown command 'frobnicate'");
    expect(heavy(typo.modules)).toEqual([]);
  }, 60_000);

  it("running a command imports its module (and only then)", () => {
    const run = cliModules("generate", "sector", "--organisations", "3", "--seed", "2");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).format).toBe("partnerscope/v1");
    expect(run.modules).toContain("src/cli/commands/generate-sector.ts");
    expect(run.modules).not.toContain("src/cli/commands/serve.ts");
  }, 60_000);
});

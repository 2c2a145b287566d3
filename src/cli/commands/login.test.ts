import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import type { CliIo } from "../command.ts";
import { runningServerUrl, serverAddressRemove, serverAddressWrite } from "../server-address.ts";
import { loginCommand } from "./login.ts";

const dir = mkdtempSync(join(tmpdir(), "partnerscope-login-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(join(dir, "server.json"), { force: true });
});

async function login() {
  vi.stubEnv("PARTNERSCOPE_DATA_DIR", dir);
  vi.stubEnv("PARTNERSCOPE_DATABASE_URL", "");
  vi.stubEnv("PARTNERSCOPE_HOST", "127.0.0.1");
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: async () => "",
    writeFile: async () => {},
  };
  const code = await loginCommand.run({ values: {}, positionals: [] }, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("partnerscope login", () => {
  it("prints the address of the server running on this data folder, not the default port", async () => {
    vi.stubEnv("PARTNERSCOPE_PORT", "");
    serverAddressWrite(dir, "http://127.0.0.1:43123");
    const { code, out, err } = await login();
    expect(code).toBe(0);
    expect(out).toMatch(/^Login: http:\/\/127\.0\.0\.1:43123\/login\?token=\S+$/);
    expect(err).toBe("");
  });

  it("without a running server, says which address it assumed and why", async () => {
    vi.stubEnv("PARTNERSCOPE_PORT", "9191");
    // A record left by a server that crashed: its pid is no longer running.
    const gone = spawnSync("true").pid;
    writeFileSync(join(dir, "server.json"), JSON.stringify({ url: "http://x:1", pid: gone }));
    const { out, err } = await login();
    expect(out).toMatch(/^Login: http:\/\/127\.0\.0\.1:9191\/login\?token=/);
    expect(err).toBe(
      `No running server found for ${dir}; assuming http://127.0.0.1:9191 (PARTNERSCOPE_PORT).`,
    );
  });

  it("serve's record is removed on a clean stop, and only by the process that wrote it", () => {
    serverAddressWrite(dir, "http://127.0.0.1:5000");
    expect(runningServerUrl(dir)).toBe("http://127.0.0.1:5000");
    writeFileSync(join(dir, "server.json"), JSON.stringify({ url: "http://o:2", pid: 1 }));
    serverAddressRemove(dir);
    expect(runningServerUrl(dir)).toBe("http://o:2");
    serverAddressWrite(dir, "http://127.0.0.1:5000");
    serverAddressRemove(dir);
    expect(runningServerUrl(dir)).toBeNull();
  });
});

import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A partnerscope server started for a test, with its login URL. */
export interface TestServer {
  loginUrl: string;
  origin: string;
  stop: () => Promise<void>;
}

/** A free TCP port on 127.0.0.1 (asks the OS for port 0, then releases it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `partnerscope serve` on an empty temp data dir and waits for its `Login:` line. */
export async function startServer(timeoutMs = 60_000): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "partnerscope-e2e-"));
  const port = await freePort();
  const child: ChildProcess = spawn("node_modules/.bin/tsx", ["src/cli/main.ts", "serve"], {
    env: {
      ...process.env,
      PARTNERSCOPE_DATA_DIR: dataDir,
      PARTNERSCOPE_PORT: String(port),
      PARTNERSCOPE_HOST: "127.0.0.1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const loginUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new Error(
            `no 'Login:' line within ${timeoutMs} ms.\nstdout:\n${stdout}\nstderr:\n${stderr}`,
          ),
        ),
      timeoutMs,
    );
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Login: (http\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(
        new Error(
          `the server exited (${code}) before printing its login link.\nstderr:\n${stderr}`,
        ),
      );
    });
  }).catch(async (error: Error) => {
    await stop();
    throw error;
  });
  return { loginUrl, origin: new URL(loginUrl).origin, stop };
}

import { spawn } from "node:child_process";

/**
 * Runs `script ...args` (TypeScript, through tsx) until it prints `marker` (it does so mid-transaction), then kills it
 * with SIGKILL at once; resolves with what it printed. Rejects if it ends any other way.
 */
export function killWhenItSays(
  script: string,
  args: string[],
  marker = "WRITING",
): Promise<string> {
  return new Promise((resolve, reject) => {
    // Node itself with tsx as a loader, so the process killed is the one writing: through the
    // tsx command the kill reached only its wrapper and the writer went on (orphaned) for ever.
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (out.includes(marker)) child.kill("SIGKILL");
    });
    child.stderr.on("data", (chunk) => {
      err += chunk;
    });
    child.on("exit", (_code, signal) =>
      signal === "SIGKILL"
        ? resolve(out)
        : reject(new Error(`child was not killed: ${out} ${err}`)),
    );
  });
}

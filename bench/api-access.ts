/**
 * What authorisation costs a request: the same cheap read (one organisation of the demo) asked
 * 3,000 times by one keep-alive client (so latency is the request's own cost, not queueing), as
 *  - the install's operator token (authenticated; no membership to look up: the baseline),
 *  - a member's token limited to the workspace and a role (token, user, membership looked up),
 *  - a member's browser session (session, user, membership looked up),
 * in the same run, in random order, three rounds each. Target: roles add < 1 ms at p95.
 *   npx tsx bench/api-access.ts [--quick]
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../src/api/app.ts";
import { SESSION_COOKIE } from "../src/api/auth/guard.ts";
import {
  contextOpen,
  demoLoad,
  memberSet,
  sessionStart,
  tokenIssue,
  userAdd,
} from "../src/services/index.ts";

const quick = process.argv.includes("--quick");
const REQUESTS = quick ? 1_000 : 3_000;
const ROUNDS = 3;
type Result = { p50: number; p95: number; p99: number; rps: number; errors: number };

function load(port: number, headers: Record<string, string>, path: string): Promise<Result> {
  const config = JSON.stringify({ port, headers, paths: [path], clients: 1, requests: REQUESTS });
  return new Promise((resolve, reject) => {
    execFile("node_modules/.bin/tsx", ["bench/load-client.ts", config], (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout.trim().split("\n").at(-1)!)),
    );
  });
}

const dir = mkdtempSync(join(tmpdir(), "partnerscope-access-bench-"));
const ctx = await contextOpen({ dataDir: dir });
try {
  await demoLoad(ctx);
  const app = await buildApp({ ctx });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const port = (app.server.address() as { port: number }).port;
  const user = await userAdd(ctx, { email: "analyst@example.org", name: "Analyst" });
  await memberSet(ctx, "demo", user.id, { role: "analyst" });
  const demo = await ctx.store.db
    .selectFrom("workspaces")
    .select("id")
    .where("slug", "=", "demo")
    .executeTakeFirstOrThrow();
  const scoped = await tokenIssue(ctx, "api", "bench", {
    userId: user.id,
    workspaceId: demo.id,
    role: "viewer",
    expiresAt: null,
  });
  const variants: [string, Record<string, string>][] = [
    [
      "operator token (baseline)",
      { authorization: `Bearer ${await tokenIssue(ctx, "api", "bench")}` },
    ],
    ["member's scoped token", { authorization: `Bearer ${scoped}` }],
    [
      "member's session cookie",
      { cookie: `${SESSION_COOKIE}=${await sessionStart(ctx, user.id)}` },
    ],
  ];
  const path = "/api/v1/workspaces/demo/organisations/demo-ha1";
  for (const [, headers] of variants) await load(port, headers, path); // warm up
  const results = new Map<string, Result[]>(variants.map(([name]) => [name, []]));
  for (let round = 0; round < ROUNDS; round++)
    for (const [name, headers] of [...variants].sort(() => Math.random() - 0.5))
      results.get(name)!.push(await load(port, headers, path));
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const base = results.get(variants[0]![0])!;
  const baseP95 = median(base.map((r) => r.p95));
  console.log(`${REQUESTS} sequential requests × ${ROUNDS} rounds each; GET ${path}`);
  console.log(
    "caller                          p50 ms   p95 ms   errors   p95 − baseline   target < 1 ms",
  );
  for (const [name] of variants) {
    const rs = results.get(name)!;
    const p95 = median(rs.map((r) => r.p95));
    const extra = p95 - baseP95;
    const errors = rs.reduce((n, r) => n + r.errors, 0);
    console.log(
      `${name.padEnd(30)} ${median(rs.map((r) => r.p50))
        .toFixed(2)
        .padStart(
          7,
        )} ${p95.toFixed(2).padStart(8)} ${String(errors).padStart(8)} ${extra.toFixed(2).padStart(14)}   ${extra < 1 ? "met" : "NOT met"}`,
    );
  }
  await app.close();
} finally {
  await ctx.close();
  rmSync(dir, { recursive: true, force: true });
}

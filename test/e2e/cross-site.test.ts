import { createServer, type Server } from "node:http";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./browser.ts";
import { freePort, startServer, type TestServer } from "./server.ts";

// A page served from another port of 127.0.0.1 is same-site with partnerscope, so the browser sends
// the session cookie with its requests. It must still fail to write: the server refuses a change
// signed in by cookie unless it comes from partnerscope's own origin.

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let attacker: Server;
let attackerOrigin: string;
let hits = 0;

const CSV = "id,name,sector\nGB-CHC-7777777,Cross-site test charity,third\n";

/** The other local page: it posts forms and no-cors fetches at partnerscope as soon as it loads. */
function attackPage(target: string, batchId: string): string {
  const undo = `${target}/api/v1/workspaces/demo/imports/${batchId}/undo`;
  const imports = `${target}/api/v1/workspaces/demo/imports?kind=csv&filename=x.csv`;
  return `<!doctype html><html><head><link rel="icon" href="data:,"><title>other</title></head><body>
<iframe name="sink"></iframe>
<form id="undo" method="post" action="${undo}" enctype="text/plain" target="sink"><input name="a" value="b"></form>
<script>
  fetch(${JSON.stringify(imports)}, { method: "POST", mode: "no-cors", credentials: "include", body: ${JSON.stringify(CSV)} })
    .catch(() => {})
    .then(() => fetch(${JSON.stringify(undo)}, { method: "POST", mode: "no-cors", credentials: "include" }))
    .catch(() => {})
    .then(() => { document.getElementById("undo").submit(); })
    .then(() => setTimeout(() => { document.title = "done"; }, 1500));
</script></body></html>`;
}

async function appFetch(
  path: string,
  init: { method?: string; body?: string; type?: string } = {},
) {
  return page.evaluate(
    async ({ path, init }) => {
      const headers: Record<string, string> = init.type ? { "content-type": init.type } : {};
      const res = await fetch(path, { method: init.method ?? "GET", headers, body: init.body });
      return { status: res.status, body: await res.json() };
    },
    { path, init },
  );
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
  await page.goto(server.loginUrl);
  await page.waitForURL(/\/w\/demo\//);
  const port = await freePort();
  attackerOrigin = `http://127.0.0.1:${port}`;
  attacker = createServer((request, response) => {
    hits += 1;
    const batch = new URL(request.url ?? "/", attackerOrigin).searchParams.get("batch") ?? "none";
    response.writeHead(200, { "content-type": "text/html" }).end(attackPage(server.origin, batch));
  });
  await new Promise<void>((resolve) => attacker.listen(port, "127.0.0.1", resolve));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((resolve) => attacker?.close(resolve));
});

describe("a page on another loopback port", () => {
  it("cannot import into a workspace or undo an import, though the app's own writes work", async () => {
    const own = await appFetch("/api/v1/workspaces/demo/imports?kind=csv&filename=own.csv", {
      method: "POST",
      body: CSV.replace("7777777", "1234567"),
      type: "text/csv",
    });
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    const batchId = own.body.batch as string;
    expect(batchId).toBeTruthy();
    const before = await appFetch("/api/v1/workspaces/demo/organisations?limit=1");

    const other = await context.newPage();
    await other.goto(`${attackerOrigin}/?batch=${batchId}`);
    await other.waitForFunction(() => document.title === "done", undefined, { timeout: 20_000 });
    expect(hits).toBeGreaterThan(0);

    const after = await appFetch("/api/v1/workspaces/demo/organisations?limit=1");
    expect(after.body.total).toBe(before.body.total);
    const planted = await appFetch("/api/v1/workspaces/demo/organisations/GB-CHC-7777777");
    expect(planted.status).toBe(404);
    const batches = await appFetch("/api/v1/workspaces/demo/imports");
    const batch = batches.body.items.find((b: { id: string }) => b.id === batchId);
    expect(batch, "the app's own import is listed").toBeDefined();
    expect(batch.undoneAt ?? null, "the batch was not undone from the other page").toBeNull();
  });
});

import { mkdirSync } from "node:fs";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { launchChromium, type WatchOptions, watchPage } from "./browser.ts";
import { startServer, type TestServer } from "./server.ts";

/** Where browser tests write their screenshots. */
export const SHOTS = "test-results";

/** A running server with the demo, Chromium, and one page signed in as the first owner. */
export interface SignedInBrowser {
  server: TestServer;
  browser: Browser;
  page: Page;
}

/**
 * The set-up most browser tests share: a server on a free port with the demo, Chromium, a page
 * (1280 × 900, en-GB unless `context` says otherwise) signed in by the printed login link and
 * watched for page errors into `problems`. Tests that inject axe-core pass `bypassCSP: true`.
 */
export async function signedInBrowser(
  problems: string[],
  context: BrowserContextOptions = {},
  watch: WatchOptions = {},
): Promise<SignedInBrowser> {
  mkdirSync(SHOTS, { recursive: true });
  const server = await startServer();
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  const page = await (
    await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "en-GB",
      ...context,
    })
  ).newPage();
  watchPage(page, problems, watch);
  await page.goto(server.loginUrl);
  await page.waitForURL(/\/w\/demo\//);
  return { server, browser, page };
}

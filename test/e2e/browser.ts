import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's Chromium, headless, with no calls home (CI machines may have no outside network). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** What a test treats as a problem on the page, beyond page errors and server errors (5xx). */
export interface WatchOptions {
  /** Console errors (off where a test provokes refusals the browser logs, such as a 409). */
  consoleErrors?: boolean;
  /** Failed requests other than aborted ones. */
  failedRequests?: boolean;
  /** API status from which a response is a problem (default 500). */
  apiStatusFrom?: number;
}

/** Collects what goes wrong on a page into `problems`, so a test can assert there was nothing. */
export function watchPage(page: Page, problems: string[], options: WatchOptions = {}): void {
  const { consoleErrors = true, failedRequests = false, apiStatusFrom = 500 } = options;
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  if (consoleErrors)
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
    });
  if (failedRequests)
    page.on("requestfailed", (request) => {
      const why = request.failure()?.errorText ?? "";
      if (!why.includes("ERR_ABORTED")) problems.push(`request failed: ${request.url()} ${why}`);
    });
  page.on("response", (response) => {
    if (response.url().includes("/api/") && response.status() >= apiStatusFrom)
      problems.push(`API ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
}

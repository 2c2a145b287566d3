import type { Page } from "playwright-core";

/** An answer of the API to a request the page itself made. */
export interface PageAnswer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the route answers
  json: any;
}

/**
 * Calls `/api/v1{path}` from inside the page: same origin, with the page's session cookie (and the
 * Origin header the browser adds to writes), as the web app itself would.
 */
export function pageApi(
  page: Page,
  path: string,
  method = "GET",
  body?: unknown,
): Promise<PageAnswer> {
  return page.evaluate(
    async ({ path, method, body }) => {
      const res = await fetch(`/api/v1${path}`, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, json: res.status === 204 ? null : await res.json() };
    },
    { path, method, body },
  );
}

import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { buildApp } from "../../src/api/app.ts";
import { contextOf, demoLoad, type ServiceContext, tokenIssue } from "../../src/services/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";

/** The demo workspace behind a real app in memory, asked with an install token. */
export interface DemoApi {
  store: Store;
  ctx: ServiceContext;
  app: FastifyInstance;
  headers: { authorization: string };
  /** GET with the token. */
  get(url: string): Promise<LightMyRequestResponse>;
  /** POST or PUT `payload` with the token (and a content type when given). */
  send(
    method: "POST" | "PUT",
    url: string,
    payload: unknown,
    type?: string,
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Opens an in-memory store with the demo loaded, its app and a token (`now`: the clock, if fixed). */
export async function openDemoApi(now?: () => Date): Promise<DemoApi> {
  const store = await openStore({ databaseUrl: ":memory:" });
  const ctx = now ? contextOf(store, now) : contextOf(store);
  await demoLoad(ctx);
  const app = await buildApp({ ctx });
  const headers = { authorization: `Bearer ${await tokenIssue(ctx, "api", "test")}` };
  return {
    store,
    ctx,
    app,
    headers,
    get: (url) => app.inject({ url, headers }),
    send: (method, url, payload, type) =>
      app.inject({
        method,
        url,
        headers: type ? { ...headers, "content-type": type } : headers,
        payload: payload as string,
      }),
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

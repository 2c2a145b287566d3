import type { Store } from "../store/index.ts";

/** What every use case needs: the store and a clock (services may read the time; the engine may not). */
export interface ServiceContext {
  store: Store;
  now: () => Date;
}

/** A context on a store with the real clock. */
export function contextOf(store: Store, now: () => Date = () => new Date()): ServiceContext {
  return { store, now };
}

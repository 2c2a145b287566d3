import { migrateToLatest, openStore, type StoreOptions } from "../store/index.ts";
import { contextOf, type ServiceContext } from "./context.ts";

/** A service context on a freshly opened store; call `close` when done. */
export interface OpenContext extends ServiceContext {
  close: () => Promise<void>;
  /** For people: which database this is (no passwords). */
  description: string;
}

/** Opens the store described by `options` (migrating it unless told not to). */
export async function contextOpen(options: StoreOptions): Promise<OpenContext> {
  const store = await openStore(options);
  return { ...contextOf(store), close: store.close, description: store.adapter.description };
}

/** Applies pending migrations; returns the names applied now. */
export async function databaseMigrate(options: StoreOptions): Promise<string[]> {
  const store = await openStore({ ...options, migrate: false });
  try {
    return await migrateToLatest(store.db);
  } finally {
    await store.close();
  }
}

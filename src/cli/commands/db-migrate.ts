import { migrateToLatest, openStore } from "../../store/index.ts";
import type { CliCommand } from "../command.ts";
import { configFromEnv } from "../config.ts";

/** `partnerscope db migrate`: bring the configured database up to date. */
export const dbMigrateCommand: CliCommand = {
  name: "db migrate",
  summary: "Apply database migrations (also done on every start)",
  usage: "db migrate",
  options: {},
  async run(_args, io) {
    const config = configFromEnv();
    const store = await openStore({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      migrate: false,
    });
    try {
      const applied = await migrateToLatest(store.db);
      io.out(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
      return 0;
    } finally {
      await store.close();
    }
  },
};

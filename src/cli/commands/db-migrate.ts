import { databaseMigrate } from "../../services/index.ts";
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
    const applied = await databaseMigrate({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
    });
    io.out(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
    return 0;
  },
};

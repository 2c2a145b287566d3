import { registerCommands } from "../registry.ts";
import { appraiseCommand } from "./appraise.ts";
import { assessCommand } from "./assess.ts";
import { auditCommand } from "./audit.ts";
import { calibrateCommand } from "./calibrate.ts";
import { dbMigrateCommand } from "./db-migrate.ts";
import { demoLoadCommand } from "./demo-load.ts";
import { exportCommand } from "./export.ts";
import { exportCsvCommand, exportOcdsCommand, exportXlsxCommand } from "./export-standard.ts";
import { generateSectorCommand } from "./generate-sector.ts";
import { importCommand } from "./import.ts";
import { importListCommand, importUndoCommand, provenanceCommand } from "./import-batches.ts";
import { importStandardCommands } from "./import-standard.ts";
import { loginCommand } from "./login.ts";
import { memberAddCommand } from "./member-add.ts";
import { memberListCommand } from "./member-list.ts";
import { pbrCommand } from "./pbr.ts";
import { pbrAttributeCommand } from "./pbr-attribute.ts";
import { pbrPerformanceCommand } from "./pbr-performance.ts";
import { sectorChangesCommand } from "./sector-changes.ts";
import { sectorNetworkCommand } from "./sector-network.ts";
import { sectorStatsCommand } from "./sector-stats.ts";
import { sectorTransitionsCommand } from "./sector-transitions.ts";
import { serveCommand } from "./serve.ts";
import { simulateCommand } from "./simulate.ts";
import { tokenCreateCommand } from "./token-create.ts";
import { userAddCommand } from "./user-add.ts";
import { valueCommand } from "./value.ts";
import { workerCommand } from "./worker.ts";

/** Registers every command. Each command lives in its own file beside this one. */
export function registerAllCommands(): void {
  registerCommands(
    serveCommand,
    workerCommand,
    dbMigrateCommand,
    demoLoadCommand,
    exportCommand,
    importCommand,
    ...importStandardCommands,
    importListCommand,
    importUndoCommand,
    provenanceCommand,
    exportOcdsCommand,
    exportCsvCommand,
    exportXlsxCommand,
    loginCommand,
    tokenCreateCommand,
    auditCommand,
    userAddCommand,
    memberAddCommand,
    memberListCommand,
    appraiseCommand,
    assessCommand,
    valueCommand,
    pbrCommand,
    pbrPerformanceCommand,
    pbrAttributeCommand,
    sectorStatsCommand,
    sectorChangesCommand,
    sectorTransitionsCommand,
    sectorNetworkCommand,
    generateSectorCommand,
    simulateCommand,
    calibrateCommand,
  );
}

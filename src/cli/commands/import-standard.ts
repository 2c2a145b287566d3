import type { InvalidRecordPolicy } from "../../engine/interop/import-options.ts";
import { DomainError, describeError } from "../../services/index.ts";
import { ImportInputError } from "../../services/interop/import-input-error.ts";
import { importMappingRead } from "../../services/interop/sheet-preview.ts";
import {
  type StandardImportKind,
  type StandardImportResult,
  standardImport,
} from "../../services/interop/standard-import.ts";
import { reportLineOf } from "../../shared/import-report.ts";
import { type CliCommand, type CliIo, UsageError } from "../command.ts";
import { withContext } from "../config.ts";
import { createProgress } from "../progress.ts";

const POLICIES: InvalidRecordPolicy[] = ["stop", "import-valid", "import-all"];
const NOUN: Record<StandardImportKind, string> = {
  ocds: "release",
  "360giving": "grant",
  csv: "row",
};

/**
 * `3 organisations, 1 contracts` from the totals per collection (empty ones left out): the
 * totals, not the id lists, which stop at 100,000 per collection (issue 18).
 */
const countsText = (totals: Record<string, number>) =>
  Object.entries(totals)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`)
    .join(", ") || "nothing";

/** The validation report and what the import did or would do, for people. */
export function importSummaryOf(r: StandardImportResult): string {
  const lines = [
    r.report.valid
      ? "Validation: valid"
      : `Validation: ${r.report.errors.length} kind(s) of problem`,
  ];
  for (const e of r.report.errors)
    lines.push(
      `  ${reportLineOf(e, r.report.records, NOUN[r.kind])} (e.g. ${e.examples.slice(0, 2).join("; ")})`,
    );
  for (const w of r.report.valueWarnings)
    lines.push(
      `  warning: ${reportLineOf(w, r.report.records, NOUN[r.kind])} (e.g. ${w.examples.slice(0, 2).join("; ")})`,
    );
  for (const w of r.report.warnings) lines.push(`  note: ${w}`);
  const verb = r.dryRun ? "Would" : "Did";
  lines.push(`${verb} create: ${countsText(r.totals.created)}`);
  lines.push(`${verb} change: ${countsText(r.totals.changed)}; unchanged: ${r.unchanged}`);
  if (r.merged.length)
    lines.push(`${verb} merge: ${r.merged.map((m) => `${m.id} → ${m.into}`).join(", ")}`);
  if (!r.dryRun)
    lines.push(
      r.batch
        ? `Import batch ${r.batch} (undo: partnerscope import undo ${r.batch} --workspace ${r.workspace})`
        : "Nothing changed; no batch recorded.",
    );
  return lines.join("\n");
}

async function runImport(
  kind: StandardImportKind,
  file: string,
  values: Record<string, unknown>,
  io: CliIo,
) {
  const onInvalid = (values["on-invalid"] ?? "stop") as InvalidRecordPolicy;
  if (!POLICIES.includes(onInvalid))
    throw new UsageError(`--on-invalid must be ${POLICIES.join(", ")}`);
  const mapping =
    typeof values["mapping"] === "string" ? await importMappingRead(values["mapping"]) : null;
  const progress = createProgress(process.stderr, { noun: `${NOUN[kind]}s` });
  return withContext(async (ctx) => {
    try {
      const result = await standardImport(ctx, String(values["workspace"]), kind, file, {
        dryRun: values["dry-run"] === true,
        onInvalid,
        mapping,
        onProgress: (read, total, records) => progress.update(read, total, records),
      });
      progress.done();
      io.out(values["json"] ? JSON.stringify(result, null, 2) : importSummaryOf(result));
      return result.report.valid || !result.dryRun ? 0 : 1;
    } catch (error) {
      progress.done();
      if (!(error instanceof DomainError)) throw error;
      for (const p of error.problems.slice(0, 50)) io.err(`  ${p.path}: ${p.message}`);
      throw new UsageError(`${file}: ${describeError(error)}. Nothing was written.`);
    }
  });
}

function importCommandOf(kind: StandardImportKind, what: string): CliCommand {
  return {
    name: `import ${kind}`,
    summary: `Import ${what} into a workspace (validation report first, then all or nothing; undoable)`,
    usage: `import ${kind} FILE --workspace W [--dry-run] [--json] [--on-invalid stop|import-valid|import-all]${kind === "csv" ? " [--mapping FILE]" : ""}\n\n  --workspace, -w  the workspace slug; created when it does not exist\n  --dry-run        print the validation report and what would be created, changed and merged\n  --on-invalid     stop (default: import nothing when any record is invalid), import-valid, import-all${kind === "csv" ? "\n  --mapping        a JSON column mapping (docs/import-mapping.md)" : ""}`,
    options: {
      workspace: { type: "string", short: "w" },
      "dry-run": { type: "boolean" },
      json: { type: "boolean" },
      "on-invalid": { type: "string" },
      ...(kind === "csv" ? { mapping: { type: "string" as const } } : {}),
    },
    async run(args, io) {
      const [file] = args.positionals;
      if (!file) throw new UsageError(`name the file: import ${kind} FILE --workspace W`);
      if (typeof args.values.workspace !== "string")
        throw new UsageError("--workspace is required");
      try {
        return await runImport(kind, file, args.values, io);
      } catch (error) {
        if (error instanceof ImportInputError)
          throw new UsageError(`${file}: ${error.message}. Nothing was written.`);
        throw error;
      }
    },
  };
}

/** `partnerscope import ocds|360giving|csv FILE --workspace W`: the standard imports. */
export const importStandardCommands: CliCommand[] = [
  importCommandOf("ocds", "an OCDS release or record package (JSON or JSON Lines)"),
  importCommandOf("360giving", "a 360Giving package (JSON, CSV or XLSX)"),
  importCommandOf("csv", "organisations, partnerships, memberships or relationships from CSV/XLSX"),
];

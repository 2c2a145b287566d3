import type { InvalidRecordPolicy } from "../../engine/interop/import-options.ts";
import { describeValidationError } from "../../engine/interop/validation-report.ts";
import { preview360GivingImport } from "../../services/interop/giving-preview.ts";
import { ImportInputError } from "../../services/interop/import-input-error.ts";
import { previewOcdsImport } from "../../services/interop/ocds-preview.ts";
import { type CliCommand, UsageError } from "../command.ts";

const POLICIES: InvalidRecordPolicy[] = ["import-all", "import-valid", "stop"];

function summary(
  kind: string,
  result:
    | Awaited<ReturnType<typeof previewOcdsImport>>
    | Awaited<ReturnType<typeof preview360GivingImport>>,
): string {
  const noun = kind === "ocds" ? "record" : "grant";
  const lines = [
    result.report.valid ? "valid" : `invalid: ${result.report.errors.length} kinds of problem`,
  ];
  for (const e of result.report.errors)
    lines.push(`  ${describeValidationError(e, noun)} (e.g. ${e.examples.slice(0, 2).join("; ")})`);
  for (const w of result.report.warnings) lines.push(`  note: ${w}`);
  lines.push(
    `would import: ${Object.entries(result.counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")}`,
  );
  return lines.join("\n");
}

/** `partnerscope import ocds|360giving FILE --dry-run [--json]`: reads, validates and maps a file without writing anything. */
export const importDryRunCommand: CliCommand = {
  name: "import",
  summary: "Check an OCDS or 360Giving file and show what it would import (--dry-run)",
  usage:
    "import ocds|360giving FILE --dry-run [--json] [--on-invalid import-all|import-valid|stop]",
  options: {
    "dry-run": { type: "boolean" },
    json: { type: "boolean" },
    "on-invalid": { type: "string" },
  },
  async run(args, io) {
    const [kind, file] = args.positionals;
    if (kind !== "ocds" && kind !== "360giving")
      throw new UsageError("say what to import: 'import ocds FILE' or 'import 360giving FILE'");
    if (!file) throw new UsageError(`name the file: 'import ${kind} FILE --dry-run'`);
    if (!args.values["dry-run"])
      throw new UsageError(
        "only --dry-run is available here: writing to the database is done by the store's import",
      );
    const onInvalid = (args.values["on-invalid"] ?? "import-all") as InvalidRecordPolicy;
    if (!POLICIES.includes(onInvalid))
      throw new UsageError(`--on-invalid must be ${POLICIES.join(", ")}`);
    const progress = (read: number, total: number, records: number) =>
      io.err(`read ${Math.round((100 * read) / Math.max(total, 1))}% (${records} records)`);
    try {
      const preview = kind === "ocds" ? previewOcdsImport : preview360GivingImport;
      const result = await preview(file, progress, { onInvalid });
      io.out(
        args.values.json
          ? JSON.stringify(
              {
                report: result.report,
                counts: result.counts,
                document: result.document,
                provenance: result.provenance,
              },
              null,
              2,
            )
          : summary(kind, result),
      );
      return result.report.valid ? 0 : 1;
    } catch (error) {
      if (error instanceof ImportInputError) throw new UsageError(`${file}: ${error.message}`);
      throw error;
    }
  },
};

import type { ImportProvenance } from "../../engine/interop/exchange-builder.ts";
import type { InvalidRecordPolicy } from "../../engine/interop/import-options.ts";
import type { ImportMapping } from "../../engine/interop/sheet-mapping.ts";
import type { ValidationReport } from "../../engine/interop/validation-report.ts";
import type { ExchangeDocument, Partnership } from "../../shared/index.ts";
import { preview360GivingImport } from "./giving-preview.ts";
import type { ImportProgress } from "./json-file-reader.ts";
import { previewOcdsImport } from "./ocds-preview.ts";
import { previewSheetImport } from "./sheet-preview.ts";

/** What every reader produces: the grouped report, the mapped document and its provenance. */
export interface SourcePreview {
  report: ValidationReport & { warnings: string[] };
  document: ExchangeDocument;
  provenance: ImportProvenance;
  counts: Record<string, number>;
}

type Stored = { organisations: Map<string, unknown>; partnerships: Map<string, unknown> };

/**
 * Reads a file of the given kind. Spreadsheet memberships of stored partnerships are added to a
 * copy of the stored partnership, and organisations made up from relationship names are dropped
 * when the workspace already holds them (so they never overwrite a real record).
 */
export async function sourcePreviewOf(
  kind: "ocds" | "360giving" | "csv",
  path: string,
  stored: Stored,
  mapping: ImportMapping | null,
  onProgress: ImportProgress | undefined,
  onInvalid: InvalidRecordPolicy,
): Promise<SourcePreview> {
  if (kind === "ocds") return previewOcdsImport(path, onProgress, { onInvalid });
  if (kind === "360giving") return preview360GivingImport(path, onProgress, { onInvalid });
  const known = [...stored.organisations.values()] as { id: string; name: string }[];
  const sheet = await previewSheetImport(path, mapping, onProgress, { onInvalid }, known);
  const doc = sheet.document;
  const placeholders = new Set(sheet.placeholders.filter((id) => stored.organisations.has(id)));
  // A partnerships sheet carries no members: a stored partnership keeps its members.
  const partnerships = new Map(
    doc.partnerships.map((p) => {
      const kept = stored.partnerships.get(p.id) as Partnership | undefined;
      return [p.id, p.members.length === 0 && kept ? { ...p, members: kept.members } : p];
    }),
  );
  for (const { partnership, member } of sheet.looseMemberships) {
    const base =
      partnerships.get(partnership) ??
      (stored.partnerships.get(partnership) as Partnership | undefined);
    // An unknown partnership is kept as a stub so validation names the reference.
    const p = base ? structuredClone(base) : null;
    if (!p) continue;
    if (
      !p.members.some(
        (m) =>
          m.organisation === member.organisation &&
          m.role === member.role &&
          m.joined === member.joined,
      )
    )
      p.members.push(member);
    partnerships.set(partnership, p);
  }
  return {
    ...sheet,
    document: {
      ...doc,
      organisations: doc.organisations.filter((o) => !placeholders.has(o.id)),
      partnerships: [...partnerships.values()],
    },
  };
}

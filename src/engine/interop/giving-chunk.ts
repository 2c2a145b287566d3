import type { ExchangeDocument } from "../../shared/index.ts";
import type { ImportProvenance } from "./exchange-builder.ts";
import { type BuilderOptions, createExchangeBuilder } from "./exchange-builder.ts";
import { grantIntoExchange } from "./giving-map.ts";
import type { OrgIdRegister } from "./org-id.ts";

type Json = Record<string, unknown>;

/** One grant to map, with the spreadsheet row it came from (if any). */
export interface GrantInput {
  grant: Json;
  row?: number | undefined;
}

/** Where a run of grants came from. */
export interface GrantsSource {
  sourceFile: string;
  publisher: string | null;
  workspaceName: string;
}

/**
 * Maps a run of 360Giving grants (a whole file, or one chunk of a streamed import) to an exchange
 * document with provenance; organisations named by several grants are merged.
 * @example exchangeOfGrants([{ grant }], register, { sourceFile: "g.json", publisher: null, workspaceName: "w" }).document.contracts.length // 1
 */
export function exchangeOfGrants(
  grants: Iterable<GrantInput>,
  register: OrgIdRegister,
  source: GrantsSource,
  options: BuilderOptions = {},
): { document: ExchangeDocument; provenance: ImportProvenance } {
  const builder = createExchangeBuilder(source.workspaceName, options);
  for (const { grant, row } of grants) {
    const grantId = typeof grant["id"] === "string" ? grant["id"] : undefined;
    grantIntoExchange(builder, grant, register, {
      sourceFile: source.sourceFile,
      publisher: source.publisher,
      ...(grantId ? { grantId } : {}),
      ...(row ? { row } : {}),
    });
  }
  return builder.result();
}

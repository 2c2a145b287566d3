import type { Kysely } from "kysely";
import { z } from "zod";
import { entityId, name, type Problem, problemsOf } from "../../shared/index.ts";
import { type PbrModel, pbrModelSchema } from "../../shared/pbr.ts";
import {
  contractGet,
  type Database,
  type PbrModelRecord,
  partnershipGet,
  pbrModelGet,
} from "../../store/index.ts";
import { conflict, invalid, notFound } from "../errors.ts";

/** The partnership form a supply-chain model may be linked to. */
export const SUPPLY_CHAIN_FORM = "prime_contractor_supply_chain";

/** What a caller sends to create or save a supply chain (the document is checked separately). */
export const supplyChainInputSchema = z.object({
  name,
  partnership: entityId.nullable().default(null),
  contract: entityId.nullable().default(null),
  document: z.unknown(),
});

/** A supply chain's fields, checked: name, links and a valid `partnerscope-pbr/v1` model. */
export interface SupplyChainFields {
  name: string;
  partnership: string | null;
  contract: string | null;
  document: PbrModel;
}

const under = (prefix: string, problems: Problem[]) =>
  problems.map((p) => ({ ...p, path: p.path.replace(/^\$/, prefix) }));

/** Parses a supply chain from untrusted input; problems are named by JSON path. */
export function supplyChainParse(input: unknown): SupplyChainFields {
  const fields = supplyChainInputSchema.safeParse(input);
  if (!fields.success) throw invalid("The supply chain is not valid", problemsOf(fields.error));
  const doc = pbrModelSchema.safeParse(fields.data.document);
  if (!doc.success)
    throw invalid(
      "The supply-chain model is not valid",
      under("$.document", problemsOf(doc.error)),
    );
  return { ...fields.data, document: doc.data };
}

/** Checks a supply chain id from untrusted input. */
export function supplyChainIdParse(input: unknown): string {
  const parsed = entityId.safeParse(input);
  if (parsed.success) return parsed.data;
  throw invalid("The supply chain's id is not valid", [
    { path: "$.id", message: parsed.error.issues[0]?.message ?? "is not valid" },
  ]);
}

type Db = Kysely<Database>;

/** A conflict naming a missing partnership or contract, or invalid when the partnership is no supply chain. */
export async function supplyChainLinksCheck(
  db: Db,
  workspaceId: number,
  fields: SupplyChainFields,
): Promise<void> {
  const missing: Problem[] = [];
  if (fields.partnership) {
    const p = await partnershipGet(db, workspaceId, fields.partnership);
    if (!p)
      missing.push({
        path: "$.partnership",
        message: `refers to partnership "${fields.partnership}", which does not exist in this workspace`,
      });
    else if (p.form !== SUPPLY_CHAIN_FORM)
      throw invalid("The partnership is not a supply chain", [
        {
          path: "$.partnership",
          message: `"${p.name}" has form '${p.form}'; a supply chain links to a '${SUPPLY_CHAIN_FORM}' partnership`,
        },
      ]);
  }
  if (fields.contract && !(await contractGet(db, workspaceId, fields.contract)))
    missing.push({
      path: "$.contract",
      message: `refers to contract "${fields.contract}", which does not exist in this workspace`,
    });
  if (missing.length)
    throw conflict("The supply chain refers to something that does not exist", missing);
}

/** The stored supply chain or a not-found error naming it. */
export async function supplyChainRequire(
  db: Db,
  workspaceId: number,
  slug: string,
  id: string,
): Promise<PbrModelRecord & { document: PbrModel }> {
  const found = await pbrModelGet(db, workspaceId, id);
  if (!found) throw notFound(`There is no supply chain '${id}' in workspace '${slug}'`);
  // Stored documents were validated when written; parsing again fills defaults of older documents.
  return { ...found, document: pbrModelSchema.parse(found.document) };
}

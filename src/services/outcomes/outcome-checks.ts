import type { Kysely } from "kysely";
import { z } from "zod";
import { entityId, type Problem, problemsOf } from "../../shared/index.ts";
import {
  type OutcomeFramework,
  type OutcomeFrameworkInput,
  outcomeFrameworkInputSchema,
} from "../../shared/outcomes.ts";
import {
  contractGet,
  type Database,
  evidenceGet,
  type OutcomeFrameworkRecord,
  outcomeFrameworkGet,
  partnershipGet,
  pbrModelGet,
} from "../../store/index.ts";
import { conflict, invalid, notFound } from "../errors.ts";

type Db = Kysely<Database>;

/** What a framework's JSON document keeps: all but its title and target, which are columns. */
const storedDocument = z.object({
  involvement: outcomeFrameworkInputSchema.shape.involvement,
  evidence: z.array(z.string()),
  outcomes: outcomeFrameworkInputSchema.shape.outcomes,
});

/** Parses a framework from untrusted input; problems are named by JSON path. */
export function outcomeFrameworkParse(input: unknown): OutcomeFrameworkInput {
  const parsed = outcomeFrameworkInputSchema.safeParse(input);
  if (!parsed.success)
    throw invalid("The outcome framework is not valid", problemsOf(parsed.error, input));
  return parsed.data;
}

/** Checks a framework id from untrusted input. */
export function outcomeFrameworkIdParse(input: unknown): string {
  const parsed = entityId.safeParse(input);
  if (parsed.success) return parsed.data;
  throw invalid("The outcome framework's id is not valid", [
    { path: "$.id", message: parsed.error.issues[0]?.message ?? "is not valid" },
  ]);
}

/** A conflict naming each target or evidence item that does not exist in the workspace. */
export async function outcomeFrameworkLinksCheck(
  db: Db,
  workspaceId: number,
  f: OutcomeFrameworkInput,
): Promise<void> {
  const missing: Problem[] = [];
  const gone = (path: string, what: string, id: string) =>
    missing.push({
      path,
      message: `refers to ${what} "${id}", which does not exist in this workspace`,
    });
  if (f.partnership && !(await partnershipGet(db, workspaceId, f.partnership)))
    gone("$.partnership", "partnership", f.partnership);
  if (f.contract && !(await contractGet(db, workspaceId, f.contract)))
    gone("$.contract", "contract", f.contract);
  if (f.supplyChain && !(await pbrModelGet(db, workspaceId, f.supplyChain)))
    gone("$.supplyChain", "supply chain", f.supplyChain);
  for (const [i, id] of f.evidence.entries())
    if (!(await evidenceGet(db, workspaceId, id))) gone(`$.evidence[${i}]`, "evidence item", id);
  if (missing.length)
    throw conflict("The outcome framework refers to something that does not exist", missing);
}

/** The framework as the API shows it, from its stored record. */
export function outcomeFrameworkOf(r: OutcomeFrameworkRecord): OutcomeFramework {
  const doc = storedDocument.parse(r.document);
  const { document: _, ...rest } = r;
  return { ...rest, ...doc };
}

/** What a framework's record stores of a checked input. */
export function recordFieldsOf(f: OutcomeFrameworkInput) {
  const { title, partnership, contract, supplyChain, ...document } = f;
  return { title, partnership, contract, supplyChain, document };
}

/** The stored framework or a not-found error naming it. */
export async function outcomeFrameworkRequire(
  db: Db,
  workspaceId: number,
  slug: string,
  id: string,
): Promise<OutcomeFramework> {
  const found = await outcomeFrameworkGet(db, workspaceId, id);
  if (!found) throw notFound(`There is no outcome framework '${id}' in workspace '${slug}'`);
  return outcomeFrameworkOf(found);
}

import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { z } from "zod";
import {
  COPRODUCTION_STAGES,
  type CoproductionProjectInput,
  coproductionProjectInputSchema,
} from "../../shared/coproduction.ts";
import { entityId, type Problem, problemsOf } from "../../shared/index.ts";
import { type Database, evidenceGet, organisationGet, partnershipGet } from "../../store/index.ts";
import {
  type CoproductionProjectRecord,
  coproductionProjectGet,
} from "../../store/repositories/coproduction-projects.ts";
import { valueMapGet } from "../../store/repositories/value-maps.ts";
import { conflict, invalid, notFound } from "../errors.ts";

type Db = Kysely<Database>;

/** A stored project: the checked input with its partnership possibly cleared by a replacing import. */
export type CoproductionProject = Omit<CoproductionProjectInput, "partnership"> & {
  id: string;
  partnership: string | null;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
};

const storedDocument = z.object({
  description: z.string(),
  currency: z.string(),
  stages: coproductionProjectInputSchema.shape.stages,
  proposals: coproductionProjectInputSchema.shape.proposals,
});

/** Parses a project from untrusted input, stages put in process order; problems named by JSON path. */
export function coproductionProjectParse(input: unknown): CoproductionProjectInput {
  const parsed = coproductionProjectInputSchema.safeParse(input);
  if (!parsed.success)
    throw invalid("The co-production project is not valid", problemsOf(parsed.error, input));
  const stages = [...parsed.data.stages].sort(
    (a, b) => COPRODUCTION_STAGES.indexOf(a.stage) - COPRODUCTION_STAGES.indexOf(b.stage),
  );
  return { ...parsed.data, stages };
}

/** Checks a project id from untrusted input. */
export function coproductionIdParse(input: unknown): string {
  const parsed = entityId.safeParse(input);
  if (parsed.success) return parsed.data;
  throw invalid("The co-production project's id is not valid", [
    { path: "$.id", message: parsed.error.issues[0]?.message ?? "is not valid" },
  ]);
}

/** The evaluation stage's value map, if any. */
export function evaluationValueMap(p: Pick<CoproductionProjectInput, "stages">): string | null {
  return p.stages.find((s) => s.stage === "evaluation")?.valueMap ?? null;
}

/** A conflict naming each partnership, organisation, evidence item or value map that does not exist. */
export async function coproductionLinksCheck(
  db: Db,
  workspaceId: number,
  p: CoproductionProjectInput,
): Promise<void> {
  const missing: Problem[] = [];
  const gone = (path: string, what: string, id: string) =>
    missing.push({
      path,
      message: `refers to ${what} "${id}", which does not exist in this workspace`,
    });
  if (!(await partnershipGet(db, workspaceId, p.partnership)))
    gone("$.partnership", "partnership", p.partnership);
  for (const [i, s] of p.stages.entries()) {
    for (const [j, o] of s.organisations.entries())
      if (!(await organisationGet(db, workspaceId, o.organisation)))
        gone(`$.stages[${i}].organisations[${j}].organisation`, "organisation", o.organisation);
    for (const [j, id] of s.evidence.entries())
      if (!(await evidenceGet(db, workspaceId, id)))
        gone(`$.stages[${i}].evidence[${j}]`, "evidence item", id);
    if (s.valueMap && !(await valueMapGet(db, workspaceId, s.valueMap)))
      gone(`$.stages[${i}].valueMap`, "value map", s.valueMap);
  }
  if (missing.length)
    throw conflict("The co-production project refers to something that does not exist", missing);
}

/** The project as the API shows it, from its stored record. */
export function coproductionProjectOf(r: CoproductionProjectRecord): CoproductionProject {
  const doc = storedDocument.parse(r.document);
  return {
    id: r.id,
    title: r.title,
    partnership: r.partnership,
    ...doc,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    createdBy: r.createdBy,
  };
}

/** What a project's record stores of a checked input (the value map also as a column). */
export function coproductionRecordFields(p: CoproductionProjectInput) {
  const { title, partnership, ...document } = p;
  return { title, partnership, valueMap: evaluationValueMap(p), document };
}

/** The stored project or a not-found error naming it. */
export async function coproductionProjectRequire(
  db: Db,
  workspaceId: number,
  slug: string,
  id: string,
): Promise<CoproductionProject> {
  const found = await coproductionProjectGet(db, workspaceId, id);
  if (!found) throw notFound(`There is no co-production project '${id}' in workspace '${slug}'`);
  return coproductionProjectOf(found);
}

/** What the audit log keeps: title, links, sizes and a fingerprint (never people's names). */
export function coproductionAudited(
  p: Omit<CoproductionProject, "id" | "createdAt" | "updatedAt" | "createdBy">,
) {
  const fingerprint = createHash("sha256")
    .update(JSON.stringify({ stages: p.stages, proposals: p.proposals }))
    .digest("hex")
    .slice(0, 16);
  return {
    title: p.title,
    partnership: p.partnership,
    valueMap: evaluationValueMap(p),
    stages: p.stages.map((s) => s.stage),
    proposals: p.proposals.length,
    document: fingerprint,
  };
}

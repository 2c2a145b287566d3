import type { Kysely } from "kysely";
import {
  type AppraisalDocument,
  appraisalSchema,
  entityId,
  type Problem,
  problemsOf,
} from "../../shared/index.ts";
import {
  appraisalGet,
  appraisalVersionGet,
  type Database,
  evidenceGet,
  organisationIdsExisting,
  partnershipGet,
} from "../../store/index.ts";
import { conflict, invalid, notFound } from "../errors.ts";

/** Parses an appraisal document from untrusted input; problems are named under `$.document`. */
export function appraisalDocumentParse(input: unknown): AppraisalDocument {
  const parsed = appraisalSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = problemsOf(parsed.error).map((p) => ({
    ...p,
    path: p.path.replace(/^\$/, "$.document"),
  }));
  throw invalid("The appraisal is not valid", problems);
}

/** Checks an appraisal id from untrusted input. */
export function appraisalIdParse(input: unknown): string {
  const parsed = entityId.safeParse(input);
  if (parsed.success) return parsed.data;
  throw invalid("The appraisal's id is not valid", [
    { path: "$.id", message: parsed.error.issues[0]?.message ?? "is not valid" },
  ]);
}

/** Every evidence id a document cites, with its path under `$.document`. */
function evidenceRefs(doc: AppraisalDocument): { id: string; path: string }[] {
  const refs = (doc.evidence ?? []).map((id, k) => ({ id, path: `$.document.evidence[${k}]` }));
  doc.options.forEach((o, i) => {
    const at = `$.document.options[${i}]`;
    (o.evidence ?? []).forEach((id, k) => refs.push({ id, path: `${at}.evidence[${k}]` }));
    o.lines.forEach((line, j) =>
      (line.evidence ?? []).forEach((id, k) =>
        refs.push({ id, path: `${at}.lines[${j}].evidence[${k}]` }),
      ),
    );
  });
  return refs;
}

/**
 * A conflict naming each organisation, partnership or evidence item the document links to that the
 * workspace does not have (the database refuses a dangling partnership too; this names the path).
 */
export async function appraisalLinksCheck(
  db: Kysely<Database>,
  workspaceId: number,
  doc: AppraisalDocument,
): Promise<void> {
  const problems: Problem[] = [];
  const missing = (path: string, kind: string, id: string) =>
    problems.push({
      path,
      message: `refers to ${kind} "${id}", which does not exist in this workspace`,
    });
  const orgs = doc.organisations ?? [];
  const known = await organisationIdsExisting(db, workspaceId, orgs);
  orgs.forEach((id, k) => {
    if (!known.has(id)) missing(`$.document.organisations[${k}]`, "organisation", id);
  });
  if (doc.partnership && !(await partnershipGet(db, workspaceId, doc.partnership)))
    missing("$.document.partnership", "partnership", doc.partnership);
  for (const ref of evidenceRefs(doc))
    if (!(await evidenceGet(db, workspaceId, ref.id))) missing(ref.path, "evidence item", ref.id);
  if (problems.length)
    throw conflict("The appraisal refers to something that does not exist", problems);
}

type Db = Kysely<Database>;

/** The stored appraisal or a not-found error naming it. */
export async function appraisalRequire(db: Db, workspaceId: number, slug: string, id: string) {
  const found = await appraisalGet(db, workspaceId, id);
  if (!found) throw notFound(`There is no appraisal '${id}' in workspace '${slug}'`);
  return found;
}

/** The document of one version (stored documents were validated when written). */
export async function appraisalDocumentOf(
  db: Db,
  workspaceId: number,
  id: string,
  version: number,
): Promise<AppraisalDocument> {
  const found = await appraisalVersionGet(db, workspaceId, id, version);
  if (!found) throw notFound(`Appraisal '${id}' has no version ${version}`);
  return found.document as AppraisalDocument;
}

import type { Kysely } from "kysely";
import {
  type CodedEvidence,
  type EvidenceSummary,
  type PartnershipForces,
  SUMMARY_BY,
  type SummaryBy,
} from "../../shared/codebook.ts";
import type { Problem } from "../../shared/index.ts";
import {
  appraisalGet,
  codebookAll,
  type Database,
  evidenceAll,
  outcomeFrameworkGet,
  partnershipGet,
  partnershipsAll,
} from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { invalid, notFound } from "../errors.ts";
import { workspaceRequire } from "../workspaces.ts";
import { evidenceSummaryOf, partnershipForcesOf } from "./evidence-summary.ts";

/** Counts of a workspace's evidence by code × partnership form, origin, stage or organisation. */
export async function evidenceSummary(
  ctx: ServiceContext,
  slug: string,
  by: string,
): Promise<EvidenceSummary> {
  if (!(SUMMARY_BY as readonly string[]).includes(by))
    throw invalid("The summary cannot be counted that way", [
      { path: "by", message: `must be one of ${SUMMARY_BY.join(", ")} (given "${by}")` },
    ]);
  const ws = await workspaceRequire(ctx, slug);
  const db = ctx.store.db;
  const [codes, items, partnerships] = await Promise.all([
    codebookAll(db, ws.id),
    evidenceAll(db, ws.id),
    partnershipsAll(db, ws.id),
  ]);
  return evidenceSummaryOf(codes, items, partnerships, by as SummaryBy);
}

/** The drivers and barriers coded on a partnership's evidence. */
export async function partnershipForces(
  ctx: ServiceContext,
  slug: string,
  partnership: string,
): Promise<PartnershipForces> {
  const ws = await workspaceRequire(ctx, slug);
  const db = ctx.store.db;
  if (!(await partnershipGet(db, ws.id, partnership)))
    throw notFound(`There is no partnership '${partnership}' in workspace '${slug}'`);
  const [codes, items] = await Promise.all([codebookAll(db, ws.id), evidenceAll(db, ws.id)]);
  return partnershipForcesOf(codes, items, partnership);
}

/** Codes, appraisal and outcome framework an evidence item names that the workspace lacks. */
export async function evidenceReferenceProblems(
  db: Kysely<Database>,
  workspaceId: number,
  item: CodedEvidence,
): Promise<Problem[]> {
  const known = new Set((await codebookAll(db, workspaceId)).map((c) => c.id));
  const problems: Problem[] = (item.codes ?? []).flatMap((code, i) =>
    known.has(code)
      ? []
      : [
          {
            path: `$.codes[${i}]`,
            message: `there is no code "${code}" in this workspace's codebook`,
          },
        ],
  );
  if (item.appraisal && !(await appraisalGet(db, workspaceId, item.appraisal)))
    problems.push({
      path: "$.appraisal",
      message: `refers to appraisal "${item.appraisal}", which does not exist in this workspace`,
    });
  if (item.assumption && !item.appraisal)
    problems.push({
      path: "$.assumption",
      message: "an assumption needs the appraisal it belongs to",
    });
  if (item.outcomeFramework && !(await outcomeFrameworkGet(db, workspaceId, item.outcomeFramework)))
    problems.push({
      path: "$.outcomeFramework",
      message: `refers to outcome framework "${item.outcomeFramework}", which does not exist in this workspace`,
    });
  if (item.outcome && !item.outcomeFramework)
    problems.push({
      path: "$.outcome",
      message: "an outcome needs the outcome framework it belongs to",
    });
  return problems;
}

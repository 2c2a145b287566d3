import { z } from "zod";
import { type RealisationResult, realisationOf } from "../../engine/appraisal/realisation.ts";
import { type AppraisalDocument, entityId, type Problem, problemsOf } from "../../shared/index.ts";
import {
  type AppraisalActual,
  appraisalActualsOf,
  appraisalActualsPut,
  workspaceTouch,
} from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { conflict, invalid } from "../errors.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { workspaceRequire } from "../workspaces.ts";
import { appraisalDocumentOf, appraisalRequire } from "./appraisal-checks.ts";

/** The body of an actuals write: amounts per option, line and year. */
export const appraisalActualsSchema = z
  .array(
    z.object({
      option: entityId,
      line: entityId,
      year: z.number().int({ message: "must be a whole number of years" }),
      amount: z.number().finite({ message: "must be a finite number" }),
    }),
  )
  .max(10_000);

/** Benefits realisation of the decided option, with what it was computed from. */
export interface AppraisalRealisation extends RealisationResult {
  version: number;
  asOf: string;
  baseDate: string;
}

function actualProblems(
  doc: AppraisalDocument,
  decided: string,
  rows: AppraisalActual[],
): Problem[] {
  const option = doc.options.find((o) => o.id === decided)!;
  const lines = new Set(option.lines.map((l) => l.id));
  return rows.flatMap((row, i): Problem[] => {
    if (row.option !== decided)
      return [{ path: `$[${i}].option`, message: `must be the decided option "${decided}"` }];
    if (!lines.has(row.line))
      return [
        { path: `$[${i}].line`, message: `"${row.line}" is not a line of option "${decided}"` },
      ];
    if (row.year < 0 || row.year > doc.horizonYears)
      return [
        { path: `$[${i}].year`, message: `must be from 0 to ${doc.horizonYears} (the horizon)` },
      ];
    return [];
  });
}

async function decidedOf(ctx: ServiceContext, slug: string, id: string) {
  const ws = await workspaceRequire(ctx, slug);
  const record = await appraisalRequire(ctx.store.db, ws.id, slug, id);
  if (record.decidedVersion === null || record.decidedOption === null)
    throw conflict(`Appraisal '${id}' has no decision yet: decide an option first`);
  const doc = await appraisalDocumentOf(ctx.store.db, ws.id, id, record.decidedVersion);
  return { ws, version: record.decidedVersion, option: record.decidedOption, doc };
}

/** Records actuals for lines of the decided option, all or nothing; returns how many were written. */
export async function appraisalActualsRecord(
  ctx: ServiceContext,
  slug: string,
  id: string,
  input: unknown,
): Promise<{ recorded: number }> {
  const parsed = appraisalActualsSchema.safeParse(input);
  if (!parsed.success) throw invalid("The actuals are not valid", problemsOf(parsed.error));
  const { ws, version, option, doc } = await decidedOf(ctx, slug, id);
  const problems = actualProblems(doc, option, parsed.data);
  if (problems.length) throw invalid("Some actuals do not fit the decided appraisal", problems);
  const now = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    await appraisalActualsPut(trx, ctx.store.adapter, ws.id, id, parsed.data, now);
    await workspaceTouch(trx, ws.id);
    // The amounts stay in the appraisal; the log keeps how many, for which decided version.
    const extra = { version, option, recorded: parsed.data.length };
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "actuals", "appraisals", id, undefined, undefined, extra),
    );
  });
  return { recorded: parsed.data.length };
}

/** Planned against actual for the decided version as of `asOf` (an ISO date; default today). */
export async function appraisalRealisation(
  ctx: ServiceContext,
  slug: string,
  id: string,
  asOf?: string,
): Promise<AppraisalRealisation> {
  const { ws, version, option, doc } = await decidedOf(ctx, slug, id);
  const today = asOf ?? ctx.now().toISOString().slice(0, 10);
  const actuals = (await appraisalActualsOf(ctx.store.db, ws.id, id)).filter(
    (a) => a.option === option,
  );
  const result = realisationOf(doc, option, actuals, today);
  return { ...result, version, asOf: today, baseDate: doc.baseDate };
}

/** The evidence codebook (hierarchical codes per workspace) and coded-evidence shapes shared with the web. */
import { z } from "zod";
import { entityId, name, optionalRef } from "./primitives.ts";
import { evidenceItemSchema } from "./schemas.ts";

/** A colour written #rrggbb, as REFI-QDA and the browser's colour input both write it. */
const colourText = z
  .string()
  .regex(/^#[0-9A-Fa-f]{6}$/, { message: "must be a colour written #rrggbb" });
const colour = colourText.nullable().default(null);
const descriptionText = z.string().trim().max(2000);

/** One code of a workspace's codebook; `parent` null means a top-level code. */
export const codeSchema = z.object({
  id: entityId,
  name,
  description: descriptionText.nullable().default(null),
  parent: optionalRef,
  colour,
});
export type Code = z.infer<typeof codeSchema>;
export type CodeInput = z.input<typeof codeSchema>;

/** A change to a code: any of its fields but the id (moving = a new parent). */
export const codeChangeSchema = z.object({
  // No defaults here: a field left out keeps its value.
  name: name.optional(),
  description: descriptionText.nullable().optional(),
  parent: entityId.nullable().optional(),
  colour: colourText.nullable().optional(),
});
export type CodeChange = z.infer<typeof codeChangeSchema>;

/** A code with how many evidence items are coded to it (directly) — the codebook page's row. */
export const codeWithUseSchema = codeSchema.extend({ uses: z.number().int().min(0) });
export type CodeWithUse = z.infer<typeof codeWithUseSchema>;

/** The codebook response: every code, parents before children, siblings by name. */
export const codebookResponseSchema = z.object({ codes: z.array(codeWithUseSchema) });
export type CodebookResponse = z.infer<typeof codebookResponseSchema>;

/** What an evidence item supports: an appraisal assumption (a line) or an outcome of a framework. */
export const evidenceSupportsSchema = {
  appraisal: optionalRef,
  assumption: optionalRef,
  outcomeFramework: optionalRef,
  outcome: optionalRef,
};

/**
 * An evidence item as the API stores it: the exchange record plus its codebook codes and what it
 * supports. `themes` (the older fixed list) still reads and writes: each theme is a default code.
 */
export const codedEvidenceSchema = evidenceItemSchema.extend({
  codes: z.array(entityId).max(200).optional(),
  ...evidenceSupportsSchema,
});
export type CodedEvidence = z.infer<typeof codedEvidenceSchema>;

/** What a theme summary is counted by. */
export const SUMMARY_BY = ["form", "origin", "stage", "organisation"] as const;
export type SummaryBy = (typeof SUMMARY_BY)[number];

/** Counts of evidence items by code × a partnership property (or organisation). */
export const evidenceSummarySchema = z.object({
  by: z.enum(SUMMARY_BY),
  /** Column keys in order; "none" counts items with no partnership (or organisation). */
  columns: z.array(z.string()),
  rows: z.array(
    z.object({
      code: entityId,
      name: z.string(),
      depth: z.number().int().min(0),
      /** Items coded to this code or any code under it, per column. */
      counts: z.record(z.string(), z.number().int().min(0)),
      total: z.number().int().min(0),
    }),
  ),
  /** How many evidence items were counted. */
  items: z.number().int().min(0),
});
export type EvidenceSummary = z.infer<typeof evidenceSummarySchema>;

/** One driver or barrier of a partnership with the evidence behind it. */
const forceSchema = z.object({
  code: entityId,
  name: z.string(),
  group: z.string(),
  evidence: z.array(entityId),
});

/** Drivers (top-down and bottom-up) and barriers coded on one partnership's evidence. */
export const partnershipForcesSchema = z.object({
  partnership: entityId,
  drivers: z.array(forceSchema),
  barriers: z.array(forceSchema),
});
export type PartnershipForces = z.infer<typeof partnershipForcesSchema>;

/** What a REFI-QDA import wrote. */
export const qdpxImportResultSchema = z.object({
  codesAdded: z.number().int().min(0),
  evidenceAdded: z.number().int().min(0),
  evidenceUpdated: z.number().int().min(0),
  codings: z.number().int().min(0),
});
export type QdpxImportResult = z.infer<typeof qdpxImportResultSchema>;

/** The codes at and under `root` (root included), given every code of the codebook. */
export function codeWithDescendants(codes: readonly Pick<Code, "id" | "parent">[], root: string) {
  const children = new Map<string, string[]>();
  for (const c of codes)
    if (c.parent) children.set(c.parent, [...(children.get(c.parent) ?? []), c.id]);
  const out = new Set<string>();
  const stack = [root];
  while (stack.length) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

import { readdir, readFile } from "node:fs/promises";
import type { AppraisalInput } from "../../shared/index.ts";
import { appraisalDelete, workspaceBySlug } from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { appraisalCreate } from "./appraisals.ts";

/** Links of each worked example to the demo's case studies (the partnership that resulted). */
const DEMO_LINKS: Record<
  string,
  Pick<AppraisalInput, "partnership" | "organisations" | "evidence">
> = {
  "association-back-office": {
    partnership: "demo-p-association",
    organisations: ["demo-org-a", "demo-org-b"],
    evidence: [
      "demo-ev-association-functional-split",
      "demo-ev-association-staff-moved",
      "demo-ev-association-little-evidence",
      "demo-ev-uk-vision-strategy",
    ],
  },
  "housing-phased-savings": {
    partnership: "demo-p-ha1-group",
    organisations: ["demo-ha1", "demo-ha2", "demo-ha3", "demo-ha4"],
    evidence: ["demo-ev-housing-savings-claims"],
  },
  "group-to-merger-streamlining": {
    partnership: "demo-p-ha11-amalgamation",
    organisations: ["demo-ha9", "demo-ha10"],
    evidence: [
      "demo-ev-housing-savings-claims",
      "demo-ev-housing-loan-repricing",
      "demo-ev-housing-loans-kept",
    ],
  },
  "shared-services-2010": {
    partnership: "demo-p-shared-services",
    organisations: ["demo-ha6", "demo-ha7", "demo-ha8"],
    evidence: ["demo-ev-housing-vat"],
  },
  "shared-services-2013": {
    partnership: "demo-p-shared-services",
    organisations: ["demo-ha6", "demo-ha7", "demo-ha8"],
    evidence: ["demo-ev-housing-vat"],
  },
};

/** Evidence the demo cites for single lines: [example, option, line, evidence item]. */
const LINE_EVIDENCE: [string, string, string, string][] = [
  // The Association integrated fundraising, strategic planning and English regional services.
  ...["fundraising", "strategic-planning", "regional-services"].map(
    (line): [string, string, string, string] => [
      "association-back-office",
      "association",
      line,
      "demo-ev-association-functional-split",
    ],
  ),
  // Finance, IT and HR were not merged: savings from them belong to the full merger.
  [
    "association-back-office",
    "full-merger",
    "shared-back-office",
    "demo-ev-association-back-office-not-merged",
  ],
  [
    "housing-phased-savings",
    "four-million-by-year-four",
    "restructuring",
    "demo-ev-housing-savings-claims",
  ],
  [
    "housing-phased-savings",
    "six-million-by-2014",
    "further-restructuring",
    "demo-ev-housing-savings-claims",
  ],
];

function withDemoLinks(name: string, doc: AppraisalInput): AppraisalInput {
  const options = doc.options.map((o) => ({
    ...o,
    lines: (o.lines ?? []).map((line) => {
      const cited = LINE_EVIDENCE.filter(
        ([n, opt, l]) => n === name && opt === o.id && l === line.id,
      );
      return cited.length ? { ...line, evidence: cited.map((c) => c[3]) } : line;
    }),
  }));
  return { ...doc, ...DEMO_LINKS[name], options };
}

/**
 * Loads the worked examples (examples/appraisals/*.json) into the demo workspace as draft
 * appraisals named after their files, replacing earlier copies with the same ids.
 */
export async function demoAppraisalsLoad(ctx: ServiceContext, slug: string): Promise<string[]> {
  const dir = new URL("../../../examples/appraisals/", import.meta.url);
  const names = (await readdir(dir)).filter((f) => f.endsWith(".json")).sort();
  const ws = await workspaceBySlug(ctx.store.db, slug);
  if (!ws) return [];
  const ids: string[] = [];
  for (const file of names) {
    const id = file.replace(/\.json$/, "");
    const doc = JSON.parse(await readFile(new URL(file, dir), "utf8")) as AppraisalInput;
    await appraisalDelete(ctx.store.db, ws.id, id);
    await appraisalCreate(ctx, slug, { id, document: withDemoLinks(id, doc) });
    ids.push(id);
  }
  return ids;
}

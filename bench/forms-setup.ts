/**
 * What the forms benches share: a fresh workspace (its own slug, so a PostgreSQL database that
 * held an earlier run needs no emptying) with one partnership, an outcome framework with the
 * indicator 'confidence', and a four-question English form tied to it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contextOpen, outcomeFrameworkCreate, workspaceAdd } from "../src/services/index.ts";
import { formCreate } from "../src/services/outcomes/forms.ts";
import { partnershipSchema } from "../src/shared/index.ts";
import { partnershipsUpsert, workspaceBySlug } from "../src/store/index.ts";

/** The bench's form: a scale tied to an indicator, a scored single choice, a number, free text. */
export const BENCH_FORM = {
  id: "f-bench",
  framework: "fw",
  languages: ["en"],
  title: { en: "How are things for you?" },
  consent: { text: { en: "I agree that my answers are used." } },
  questions: [
    {
      id: "confidence",
      kind: "scale",
      required: true,
      indicator: "confidence",
      text: { en: "How confident are you about where to go?" },
      scale: { min: 1, max: 5 },
    },
    {
      id: "helped",
      kind: "single_choice",
      text: { en: "Did the navigator help?" },
      options: [
        { value: "yes", label: { en: "Yes" }, score: 1 },
        { value: "no", label: { en: "No" }, score: 0 },
      ],
    },
    { id: "visits", kind: "number", text: { en: "How many visits?" }, range: { min: 0 } },
    { id: "story", kind: "text", text: { en: "Tell us more" } },
  ],
};

const FRAMEWORK = {
  id: "fw",
  title: "Navigator outcomes",
  partnership: "p-bench",
  involvement: "consult",
  evidence: [],
  outcomes: [
    {
      id: "o-confidence",
      title: "People know where to go",
      setBy: "users",
      indicators: [
        { id: "confidence", name: "Confidence", unit: "score 1–5", direction: "higher_is_better" },
      ],
    },
  ],
};

/** An opened store with the bench's workspace and form, and how to close and clean it. */
export interface FormsBench {
  ctx: Awaited<ReturnType<typeof contextOpen>>;
  slug: string;
  workspaceId: number;
  done: () => Promise<void>;
}

/** Opens SQLite in a temporary directory (no URL) or the PostgreSQL database at `url`. */
export async function formsBenchOpen(url?: string): Promise<FormsBench> {
  const dir = url ? null : mkdtempSync(join(tmpdir(), "partnerscope-forms-bench-"));
  const ctx = await contextOpen(url ? { databaseUrl: url } : { dataDir: dir! });
  const slug = `forms-bench-${Date.now().toString(36)}`;
  await workspaceAdd(ctx, { slug, name: "Forms bench" });
  const ws = (await workspaceBySlug(ctx.store.db, slug))!;
  const partnership = partnershipSchema.parse({
    id: "p-bench",
    name: "Bench partnership",
    form: "investment_partnering_consortium",
    direction: "horizontal",
    origin: "voluntary",
    stage: 2,
    functions: ["buying"],
    start: "2004-04-01",
  });
  await partnershipsUpsert(ctx.store.db, ctx.store.adapter, ws.id, [partnership]);
  await outcomeFrameworkCreate(ctx, slug, FRAMEWORK);
  await formCreate(ctx, slug, BENCH_FORM);
  const done = async () => {
    // The workspace stays in a PostgreSQL database (its audit log refuses deletion): use a scratch one.
    await ctx.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  return { ctx, slug, workspaceId: ws.id, done };
}

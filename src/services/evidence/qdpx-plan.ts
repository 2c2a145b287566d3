import type { Code, CodedEvidence } from "../../shared/codebook.ts";
import { codedEvidenceSchema } from "../../shared/codebook.ts";
import { EVIDENCE_KINDS, type Problem, problemsOf } from "../../shared/index.ts";
import { guidKey, guidOf } from "./qdpx-guid.ts";
import type { QdeProject, QdeSource } from "./qdpx-read.ts";

/** What an import will write: codes to add, evidence items to write (new or replacing). */
export interface QdpxPlan {
  codesAdded: Code[];
  items: CodedEvidence[];
  problems: Problem[];
}

/** A readable id from a name: lower case, words joined by hyphens, unique among `taken`. */
export function idFrom(name: string, taken: Set<string>, fallback: string): string {
  const base =
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The file's codes mapped to ours: same GUID as we export it, else the same name, else new. */
function codesPlan(project: QdeProject, existing: readonly Code[]) {
  const byGuid = new Map(existing.map((c) => [guidKey(guidOf("code", c.id)), c.id]));
  const byName = new Map<string, string | null>();
  for (const c of existing) {
    const key = c.name.toLowerCase();
    byName.set(key, byName.has(key) ? null : c.id);
  }
  const taken = new Set(existing.map((c) => c.id));
  const idOf = new Map<string, string>();
  const added: Code[] = [];
  for (const c of project.codes) {
    const found = byGuid.get(c.guid) ?? byName.get(c.name.toLowerCase()) ?? null;
    if (found) {
      idOf.set(c.guid, found);
      continue;
    }
    const id = idFrom(c.name, taken, "code");
    idOf.set(c.guid, id);
    const parent = c.parent ? (idOf.get(c.parent) ?? null) : null;
    added.push({ id, name: c.name, description: c.description, parent, colour: c.colour });
  }
  return { idOf, added };
}

const META_KEYS = {
  Kind: "kind",
  Source: "source",
  Date: "date",
  Partnership: "partnership",
  Organisation: "organisation",
} as const;

/** Our own Description lines (`Kind: quote` …), or null when the description is another tool's. */
function metaOf(description: string | null): Record<string, string> | null {
  if (!description) return null;
  const out: Record<string, string> = {};
  for (const line of description.split(/\r?\n/)) {
    const m = /^(Kind|Source|Date|Partnership|Organisation): (.*)$/.exec(line);
    if (!m) return null;
    out[META_KEYS[m[1] as keyof typeof META_KEYS]] = m[2] as string;
  }
  return out;
}

type PlanContext = {
  idOf: Map<string, string>;
  existing: Map<string, CodedEvidence>;
  existingByGuid: Map<string, string>;
  taken: Set<string>;
};

/** A passage of a source that becomes one evidence item. */
type Piece = { id: string; text: string; codes: string[]; path: string };

/** The source itself when coded whole (or not at all), else one piece per coded selection. */
function piecesOf(source: QdeSource, baseId: string): { whole: boolean; pieces: Piece[] } {
  const chars = Array.from(source.text);
  const spans = (s: { start: number; end: number }) => s.start === 0 && s.end === chars.length;
  if (source.selections.every(spans)) {
    const codes = source.selections.flatMap((s) => s.codes);
    return { whole: true, pieces: [{ id: baseId, text: source.text, codes, path: source.path }] };
  }
  const pieces = source.selections.map((s) => ({
    id: spans(s) ? baseId : `${baseId}-${s.start}-${s.end}`,
    text: chars.slice(s.start, s.end).join(""),
    codes: s.codes,
    path: s.path,
  }));
  return { whole: false, pieces };
}

/** The evidence items one source becomes, each with the element path it came from. */
function itemsOfSource(source: QdeSource, ctx: PlanContext) {
  const meta = metaOf(source.description);
  const validId = /^[A-Za-z0-9][A-Za-z0-9._~:-]*$/.test(source.name) && source.name.length <= 200;
  const baseId =
    ctx.existingByGuid.get(source.guid) ??
    (validId ? source.name : idFrom(source.name, ctx.taken, "source"));
  const origin =
    meta?.source ?? (source.description ? `${source.name} — ${source.description}` : source.name);
  const { whole, pieces } = piecesOf(source, baseId);
  return pieces.map((p) => {
    const before = ctx.existing.get(p.id);
    // Our own Description lines win; without them an item already stored keeps its details.
    const input = {
      ...(before ?? {}),
      id: p.id,
      kind: meta?.kind ?? before?.kind ?? (whole ? "observation" : "quote"),
      text: p.text,
      source: meta?.source ?? before?.source ?? origin,
      date: meta ? (meta.date ?? null) : (before?.date ?? null),
      partnership: meta ? (meta.partnership ?? null) : (before?.partnership ?? null),
      organisation: meta ? (meta.organisation ?? null) : (before?.organisation ?? null),
      themes: [],
      codes: [...new Set(p.codes.map((g) => ctx.idOf.get(g) as string))].sort(),
    };
    return { input, path: p.path };
  });
}

/** Plans an import of a read project into a workspace's codebook and evidence. */
export function qdpxPlanOf(
  project: QdeProject,
  codes: readonly Code[],
  evidence: readonly CodedEvidence[],
): QdpxPlan {
  const { idOf, added } = codesPlan(project, codes);
  const existing = new Map(evidence.map((e) => [e.id, e]));
  const existingByGuid = new Map(evidence.map((e) => [guidKey(guidOf("source", e.id)), e.id]));
  const ctx = { idOf, existing, existingByGuid, taken: new Set(existing.keys()) };
  const problems: Problem[] = [];
  const items: CodedEvidence[] = [];
  const seen = new Map<string, string>();
  for (const source of project.sources)
    for (const { input, path } of itemsOfSource(source, ctx)) {
      if (!(EVIDENCE_KINDS as readonly string[]).includes(input.kind))
        problems.push({
          path: `${source.path}/Description`,
          message: `Kind must be one of ${EVIDENCE_KINDS.join(", ")} (given "${input.kind}")`,
        });
      const parsed = codedEvidenceSchema.safeParse(input);
      if (!parsed.success) {
        for (const p of problemsOf(parsed.error, input))
          problems.push({ path, message: `${p.path.slice(2)} ${p.message}` });
        continue;
      }
      if (seen.has(parsed.data.id))
        problems.push({
          path,
          message: `becomes evidence item "${parsed.data.id}", as ${seen.get(parsed.data.id)} already does`,
        });
      seen.set(parsed.data.id, path);
      items.push(parsed.data);
    }
  return { codesAdded: added, items, problems };
}

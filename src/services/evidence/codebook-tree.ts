import type { Code, CodeWithUse } from "../../shared/codebook.ts";

/** Codes in tree order: each parent followed by its children, siblings by name then id. */
export function codesInTreeOrder<T extends Code>(
  codes: readonly T[],
): { code: T; depth: number }[] {
  const byParent = new Map<string | null, T[]>();
  const ids = new Set(codes.map((c) => c.id));
  for (const c of codes) {
    // A code whose parent is missing would vanish from the tree: show it at the top instead.
    const parent = c.parent && ids.has(c.parent) ? c.parent : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), c]);
  }
  const out: { code: T; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    const children = [...(byParent.get(parent) ?? [])].sort(
      (a, b) => a.name.localeCompare(b.name, "en-GB") || a.id.localeCompare(b.id),
    );
    for (const child of children) {
      out.push({ code: child, depth });
      visit(child.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** Whether making `parent` the parent of `id` would put a code under itself. */
export function makesCycle(codes: readonly Code[], id: string, parent: string | null): boolean {
  const parentOf = new Map(codes.map((c) => [c.id, c.parent]));
  for (let at = parent; at !== null && at !== undefined; at = parentOf.get(at) ?? null)
    if (at === id) return true;
  return false;
}

/** The codebook as the API answers it: tree order, each code with its direct uses. */
export function codebookView(codes: readonly Code[], uses: Map<string, number>): CodeWithUse[] {
  return codesInTreeOrder(codes).map(({ code }) => ({ ...code, uses: uses.get(code.id) ?? 0 }));
}

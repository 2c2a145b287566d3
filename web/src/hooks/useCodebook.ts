import type { CodebookResponse, CodeWithUse } from "../../../src/shared/codebook.ts";
import type { Option } from "../lib/options.ts";
import { type FetchState, useFetch } from "./useFetch.ts";

/** The codebook path of a workspace in the API. */
export const codebookPath = (workspace: string) =>
  `/workspaces/${encodeURIComponent(workspace)}/codebook`;

/** The workspace's codebook (tree order, with uses). */
export function useCodebook(workspace: string): FetchState<CodebookResponse> {
  return useFetch<CodebookResponse>(codebookPath(workspace));
}

/** How deep each code sits (0 for a top-level code), from the tree-ordered list. */
export function depthsOf(codes: readonly CodeWithUse[]): Map<string, number> {
  const depth = new Map<string, number>();
  for (const c of codes) depth.set(c.id, c.parent ? (depth.get(c.parent) ?? 0) + 1 : 0);
  return depth;
}

/** Codes as select options, indented by depth so the tree reads in a plain select. */
export function codeOptions(codes: readonly CodeWithUse[]): Option[] {
  const depth = depthsOf(codes);
  return codes.map((c) => ({
    value: c.id,
    label: `${"\u00a0\u00a0".repeat(depth.get(c.id) ?? 0)}${c.name}`,
  }));
}

import type { WorkspaceRole } from "../../../../src/shared/index.ts";

/** A role's name as a heading or a select's option shows it. */
export const ROLE_NAMES: Record<WorkspaceRole, string> = {
  viewer: "Viewer",
  analyst: "Analyst",
  editor: "Editor",
  owner: "Owner",
};

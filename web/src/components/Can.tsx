import type { ReactNode } from "react";
import type { WorkspaceRole } from "../../../src/shared/index.ts";
import { useCan } from "../hooks/useAccess.ts";

/** Shows its children only to people whose role in this workspace is at least `atLeast`. */
export function Can({ atLeast, children }: { atLeast: WorkspaceRole; children: ReactNode }) {
  return useCan(atLeast) ? children : null;
}

import type { ReactNode } from "react";
import { isRoleAtLeast, type WorkspaceRole } from "../../../src/shared/index.ts";
import { useAccess } from "../hooks/useAccess.ts";

/**
 * Shows its children only to people whose role in this workspace is at least `atLeast`. With
 * `createdBy` (an appraisal's or model's creator), an analyst sees them only on their own record:
 * analysts change only what they created; editors and owners change anything (decision 0009).
 */
export function Can(props: {
  atLeast: WorkspaceRole;
  createdBy?: string | null;
  children: ReactNode;
}) {
  const { me, role } = useAccess();
  if (role === null || !isRoleAtLeast(role, props.atLeast)) return null;
  const ownOnly = props.createdBy !== undefined && role === "analyst";
  if (ownOnly && (props.createdBy === null || props.createdBy !== me?.id)) return null;
  return props.children;
}

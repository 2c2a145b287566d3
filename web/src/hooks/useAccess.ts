import { createContext, useContext } from "react";
import { isRoleAtLeast, type Me, type WorkspaceRole } from "../../../src/shared/index.ts";

/** Who is signed in, their role in the workspace on screen, and a way to read /me again. */
export interface Access {
  me: Me | null;
  /** The role in the current workspace; null while /me loads or for a non-member. */
  role: WorkspaceRole | null;
  reloadMe: () => void;
}

/** The signed-in person as the whole app sees them (App provides it). */
export const AccessContext = createContext<Access>({ me: null, role: null, reloadMe: () => {} });

/** The signed-in person and their role in the current workspace. */
export function useAccess(): Access {
  return useContext(AccessContext);
}

/** Whether the current workspace role is at least `needed` (false while it is unknown). */
export function useCan(needed: WorkspaceRole): boolean {
  const { role } = useAccess();
  return role !== null && isRoleAtLeast(role, needed);
}

/** The role `me` holds in workspace `slug`, or null. */
export function roleOf(me: Me | null, slug: string): WorkspaceRole | null {
  return me?.workspaces.find((w) => w.slug === slug)?.role ?? null;
}

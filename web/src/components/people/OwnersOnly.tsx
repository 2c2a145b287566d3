import type { ReactNode } from "react";
import { useAccess, useCan } from "../../hooks/useAccess.ts";

/** A page only owners may open: others are told so instead of meeting a refusal. */
export function OwnersOnly({ title, children }: { title: string; children: ReactNode }) {
  const { role } = useAccess();
  const owner = useCan("owner");
  if (owner) return <>{children}</>;
  return (
    <>
      <h1>{title}</h1>
      <p>
        {role
          ? `Only the workspace's owners can see this page; you are ${/^[aeio]/.test(role) ? "an" : "a"} ${role}.`
          : "You are not a member of this workspace."}
      </p>
    </>
  );
}

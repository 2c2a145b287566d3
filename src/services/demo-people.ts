import { randomInt } from "node:crypto";
import type { WorkspaceRole } from "../shared/index.ts";
import { userByEmail, userUpdate } from "../store/index.ts";
import type { ServiceContext } from "./context.ts";
import { DEMO_SLUG } from "./demo.ts";
import { memberSet } from "./people/members.ts";
import { passwordHash } from "./people/passwords.ts";
import { userAdd } from "./people/users.ts";

/** One example member of the demo workspace. */
export interface DemoPerson {
  email: string;
  name: string;
  role: WorkspaceRole;
  /** The organisation they speak for (a partner of the Work Programme chain), if any. */
  organisation: string | null;
}

/**
 * The demo's example members: an owner, an analyst and a viewer of the partnership team, and a
 * person of each of two partners in the Work Programme chain of contract package area X — the
 * prime contractor (P1) and its tier-1 subcontractor (TSO1), whose survey answers are kept apart.
 */
export const DEMO_PEOPLE: DemoPerson[] = [
  { email: "demo-owner@example.org", name: "Demo Owner", role: "owner", organisation: null },
  { email: "demo-analyst@example.org", name: "Demo Analyst", role: "analyst", organisation: null },
  { email: "demo-viewer@example.org", name: "Demo Viewer", role: "viewer", organisation: null },
  {
    email: "p1-contract-manager@example.org",
    name: "Contract manager, Prime Contractor P1 Ltd",
    role: "editor",
    organisation: "demo-prime-1",
  },
  {
    email: "tso1-service-manager@example.org",
    name: "Service manager, TSO1",
    role: "analyst",
    organisation: "demo-tso1",
  },
];

// No vowels (no words, so never an email's name inside), no 0/1/l/o to misread when typed.
const ALPHABET = "23456789bcdfghjkmnpqrstvwxz";

/** A random password of four groups of four characters (about 76 bits), e.g. `k7qm-2xfp-9tnw-hb4r`. */
export function demoPasswordNew(): string {
  const group = () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return [group(), group(), group(), group()].join("-");
}

/**
 * Adds the example members to the demo workspace, each with a new random password (an existing
 * account gets a new one): the passwords are returned to be shown once and are stored only hashed.
 */
export async function demoPeopleLoad(
  ctx: ServiceContext,
  slug = DEMO_SLUG,
): Promise<(DemoPerson & { password: string })[]> {
  const added = [];
  for (const person of DEMO_PEOPLE) {
    const password = demoPasswordNew();
    const existing = await userByEmail(ctx.store.db, person.email);
    const user =
      existing ?? (await userAdd(ctx, { email: person.email, name: person.name, password }));
    if (existing)
      await userUpdate(ctx.store.db, existing.id, { password_hash: await passwordHash(password) });
    await memberSet(ctx, slug, user.id, { role: person.role, organisation: person.organisation });
    added.push({ ...person, password });
  }
  return added;
}

import { useState } from "react";
import type { Workspace } from "../../../src/shared/index.ts";
import { useAccess, useCan } from "../hooks/useAccess.ts";
import { Link, navigate } from "../router.tsx";
import { SimulatedBadge, workspaceLabel } from "./SimulatedLabel.tsx";

const SECTIONS = [
  { key: "organisations", label: "Organisations" },
  { key: "partnerships", label: "Partnerships" },
  { key: "events", label: "Events" },
  { key: "contracts", label: "Contracts" },
  { key: "evidence", label: "Evidence" },
  { key: "appraisals", label: "Appraisals" },
  { key: "supply-chains", label: "Supply chains" },
  { key: "outcomes", label: "Outcomes" },
  { key: "value-maps", label: "Value maps" },
  { key: "forms", label: "Forms" },
  { key: "co-production", label: "Co-production" },
  { key: "health", label: "Partnership health" },
  { key: "network", label: "Network" },
  { key: "sector", label: "Sector" },
  { key: "simulation", label: "Simulation" },
  { key: "jobs", label: "Jobs" },
  { key: "imports", label: "Import & export" },
];
/** Sections only a workspace's owners see. */
const OWNER_SECTIONS = [
  { key: "members", label: "Members" },
  { key: "history", label: "History" },
];

/** The product name, the workspace picker and the main navigation (collapsing on phones). */
export function TopBar(props: {
  workspace: string;
  workspaces: (Workspace & { simulated?: boolean | undefined })[];
  section: string;
}) {
  const [open, setOpen] = useState(false);
  const { me } = useAccess();
  const sections = useCan("owner") ? [...SECTIONS, ...OWNER_SECTIONS] : SECTIONS;
  const { workspace, workspaces } = props;
  const known = workspaces.some((w) => w.slug === workspace);
  const choices = known ? workspaces : [{ slug: workspace, name: workspace }, ...workspaces];

  const handleWorkspace = (slug: string) =>
    navigate(`/w/${encodeURIComponent(slug)}/organisations`);

  return (
    <header className="topbar">
      <div className="topbar-row">
        <Link className="brand" href={`/w/${encodeURIComponent(workspace)}/organisations`}>
          partnerscope
        </Link>
        <div className="workspace-picker">
          <label htmlFor="workspace">Workspace</label>
          <select
            id="workspace"
            value={workspace}
            onChange={(e) => handleWorkspace(e.target.value)}
          >
            {choices.map((w) => (
              <option key={w.slug} value={w.slug}>
                {workspaceLabel(w)}
              </option>
            ))}
          </select>
          {workspaces.find((w) => w.slug === workspace)?.simulated && <SimulatedBadge />}
          <Link className="new-workspace-link" href="/workspaces/new">
            New workspace
          </Link>
        </div>
        {me && (
          <Link className="account-link" href="/account" title="Your account">
            {me.name}
          </Link>
        )}
        <button
          type="button"
          className="menu-button"
          aria-expanded={open}
          aria-controls="main-nav"
          onClick={() => setOpen(!open)}
        >
          Menu
        </button>
      </div>
      <nav id="main-nav" className={open ? "main-nav open" : "main-nav"} aria-label="Main">
        <ul>
          {sections.map((s) => (
            <li key={s.key}>
              <Link
                href={`/w/${encodeURIComponent(workspace)}/${s.key}`}
                aria-current={props.section === s.key ? "page" : undefined}
                onClick={() => setOpen(false)}
              >
                {s.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

import {
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactElement,
  Suspense,
} from "react";
import { CodebookPage } from "./pages/CodebookPage.tsx";
import { ContractFormPage } from "./pages/ContractFormPage.tsx";
import { ContractsPage } from "./pages/ContractsPage.tsx";
import { EventFormPage } from "./pages/EventFormPage.tsx";
import { EventsPage } from "./pages/EventsPage.tsx";
import { EvidenceFormPage } from "./pages/EvidenceFormPage.tsx";
import { EvidencePage } from "./pages/EvidencePage.tsx";
import { EvidenceSummaryPage } from "./pages/EvidenceSummaryPage.tsx";
import { HealthPage } from "./pages/HealthPage.tsx";
import { OrganisationFormPage } from "./pages/OrganisationFormPage.tsx";
import { OrganisationPage } from "./pages/OrganisationPage.tsx";
import { OrganisationsPage } from "./pages/OrganisationsPage.tsx";
import { OutcomeFrameworksPage } from "./pages/OutcomeFrameworksPage.tsx";
import { PartnershipFormPage } from "./pages/PartnershipFormPage.tsx";
import { PartnershipPage } from "./pages/PartnershipPage.tsx";
import { PartnershipsPage } from "./pages/PartnershipsPage.tsx";
import { SupplyChainsPage } from "./pages/SupplyChainsPage.tsx";
import { ValueMapsPage } from "./pages/ValueMapsPage.tsx";
import { isPublicRoute, Link, type Route, type SignedInRouteName } from "./router.tsx";

/**
 * A page loaded on first visit, so the first screen does not wait for every section's code
 * (charts, the network map, the appraisal and supply-chain editors).
 */
function lazyPage<K extends string, P>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const AccountPage = lazyPage(() => import("./pages/AccountPage.tsx"), "AccountPage");
const WorkspaceNewPage = lazyPage(() => import("./pages/WorkspaceNewPage.tsx"), "WorkspaceNewPage");
const HistoryPage = lazyPage(() => import("./pages/HistoryPage.tsx"), "HistoryPage");
const MembersPage = lazyPage(() => import("./pages/MembersPage.tsx"), "MembersPage");
const AppraisalFormPage = lazyPage(
  () => import("./pages/AppraisalFormPage.tsx"),
  "AppraisalFormPage",
);
const AppraisalPage = lazyPage(() => import("./pages/AppraisalPage.tsx"), "AppraisalPage");
const AppraisalRealisationPage = lazyPage(
  () => import("./pages/AppraisalRealisationPage.tsx"),
  "AppraisalRealisationPage",
);
const AppraisalsPage = lazyPage(() => import("./pages/AppraisalsPage.tsx"), "AppraisalsPage");
const ImportsPage = lazyPage(() => import("./pages/ImportsPage.tsx"), "ImportsPage");
const NetworkPage = lazyPage(() => import("./pages/NetworkPage.tsx"), "NetworkPage");
const CoproductionPage = lazyPage(() => import("./pages/CoproductionPage.tsx"), "CoproductionPage");
const CoproductionProjectsPage = lazyPage(
  () => import("./pages/CoproductionProjectsPage.tsx"),
  "CoproductionProjectsPage",
);
const PartnershipOutcomesPage = lazyPage(
  () => import("./pages/PartnershipOutcomesPage.tsx"),
  "PartnershipOutcomesPage",
);
const FormsPage = lazyPage(() => import("./pages/FormsPage.tsx"), "FormsPage");
const PortfolioPage = lazyPage(() => import("./pages/PortfolioPage.tsx"), "PortfolioPage");
const SectorPage = lazyPage(() => import("./pages/SectorPage.tsx"), "SectorPage");
const SimulationPage = lazyPage(() => import("./pages/SimulationPage.tsx"), "SimulationPage");
const JobsPage = lazyPage(() => import("./pages/JobsPage.tsx"), "JobsPage");
const SupplyChainAttributionPage = lazyPage(
  () => import("./pages/SupplyChainAttributionPage.tsx"),
  "SupplyChainAttributionPage",
);
const SupplyChainFormPage = lazyPage(
  () => import("./pages/SupplyChainFormPage.tsx"),
  "SupplyChainFormPage",
);
const SupplyChainPage = lazyPage(() => import("./pages/SupplyChainPage.tsx"), "SupplyChainPage");
const SupplyChainPerformancePage = lazyPage(
  () => import("./pages/SupplyChainPerformancePage.tsx"),
  "SupplyChainPerformancePage",
);
const SupplyChainSurveyPage = lazyPage(
  () => import("./pages/SupplyChainSurveyPage.tsx"),
  "SupplyChainSurveyPage",
);
const SupplyChainSurveyResultsPage = lazyPage(
  () => import("./pages/SupplyChainSurveyResultsPage.tsx"),
  "SupplyChainSurveyResultsPage",
);

/** The page for a matched route, showing 'Loading…' while a section's code arrives. */
export function Pages({ route }: { route: Route | null }) {
  return (
    <Suspense fallback={<p className="loading">Loading…</p>}>
      <RoutePage route={route} />
    </Suspense>
  );
}

/** What a page is given: the workspace and the record the path names ('' when none). */
interface PageParams {
  workspace: string;
  id: string;
}

/**
 * The page of every signed-in route, keyed so each entity gets fresh state. Typed by the router's
 * route names: a route without a page, or a page for a route that does not exist, does not compile.
 */
const PAGES: Record<SignedInRouteName, (p: PageParams) => ReactElement> = {
  account: () => <AccountPage />,
  "workspace-new": () => <WorkspaceNewPage />,
  members: ({ workspace }) => <MembersPage key={workspace} workspace={workspace} />,
  history: ({ workspace }) => <HistoryPage key={workspace} workspace={workspace} />,
  organisations: ({ workspace }) => <OrganisationsPage key={workspace} workspace={workspace} />,
  organisation: ({ workspace, id }) => (
    <OrganisationPage key={workspace + id} workspace={workspace} id={id} />
  ),
  "organisation-new": ({ workspace }) => (
    <OrganisationFormPage key={`${workspace}-new`} workspace={workspace} id={null} />
  ),
  "organisation-edit": ({ workspace, id }) => (
    <OrganisationFormPage key={`${workspace}${id}-edit`} workspace={workspace} id={id} />
  ),
  "organisation-portfolio": ({ workspace, id }) => (
    <PortfolioPage key={`${workspace}${id}-portfolio`} workspace={workspace} id={id} />
  ),
  partnerships: ({ workspace }) => <PartnershipsPage key={workspace} workspace={workspace} />,
  partnership: ({ workspace, id }) => (
    <PartnershipPage key={workspace + id} workspace={workspace} id={id} />
  ),
  "partnership-new": ({ workspace }) => (
    <PartnershipFormPage key={`${workspace}-new`} workspace={workspace} id={null} />
  ),
  "partnership-edit": ({ workspace, id }) => (
    <PartnershipFormPage key={`${workspace}${id}-edit`} workspace={workspace} id={id} />
  ),
  "partnership-outcomes": ({ workspace, id }) => (
    <PartnershipOutcomesPage key={`${workspace}${id}-outcomes`} workspace={workspace} id={id} />
  ),
  events: ({ workspace }) => <EventsPage key={workspace} workspace={workspace} />,
  "event-new": ({ workspace }) => (
    <EventFormPage key={`event-new${workspace}`} workspace={workspace} id={null} />
  ),
  "event-edit": ({ workspace, id }) => (
    <EventFormPage key={`event-edit${workspace}${id}`} workspace={workspace} id={id} />
  ),
  contracts: ({ workspace }) => <ContractsPage key={workspace} workspace={workspace} />,
  "contract-new": ({ workspace }) => (
    <ContractFormPage key={`contract-new${workspace}`} workspace={workspace} id={null} />
  ),
  "contract-edit": ({ workspace, id }) => (
    <ContractFormPage key={`contract-edit${workspace}${id}`} workspace={workspace} id={id} />
  ),
  evidence: ({ workspace }) => <EvidencePage key={workspace} workspace={workspace} />,
  "evidence-summary": ({ workspace }) => (
    <EvidenceSummaryPage key={workspace} workspace={workspace} />
  ),
  codebook: ({ workspace }) => <CodebookPage key={workspace} workspace={workspace} />,
  "evidence-new": ({ workspace }) => (
    <EvidenceFormPage key={`evidence-new${workspace}`} workspace={workspace} id={null} />
  ),
  "evidence-edit": ({ workspace, id }) => (
    <EvidenceFormPage key={`evidence-edit${workspace}${id}`} workspace={workspace} id={id} />
  ),
  network: ({ workspace }) => <NetworkPage key={workspace} workspace={workspace} />,
  sector: ({ workspace }) => <SectorPage key={workspace} workspace={workspace} />,
  simulation: ({ workspace }) => <SimulationPage key={workspace} workspace={workspace} />,
  jobs: ({ workspace }) => <JobsPage key={workspace} workspace={workspace} />,
  imports: ({ workspace }) => <ImportsPage key={workspace} workspace={workspace} />,
  appraisals: ({ workspace }) => <AppraisalsPage key={workspace} workspace={workspace} />,
  appraisal: ({ workspace, id }) => (
    <AppraisalPage key={workspace + id} workspace={workspace} id={id} />
  ),
  "appraisal-new": ({ workspace }) => (
    <AppraisalFormPage key={`${workspace}-new`} workspace={workspace} id={null} />
  ),
  "appraisal-edit": ({ workspace, id }) => (
    <AppraisalFormPage key={`${workspace}${id}-edit`} workspace={workspace} id={id} />
  ),
  "appraisal-realisation": ({ workspace, id }) => (
    <AppraisalRealisationPage key={`${workspace}${id}-realisation`} workspace={workspace} id={id} />
  ),
  "supply-chains": ({ workspace }) => <SupplyChainsPage key={workspace} workspace={workspace} />,
  "supply-chain": ({ workspace, id }) => (
    <SupplyChainPage key={workspace + id} workspace={workspace} id={id} />
  ),
  "supply-chain-new": ({ workspace }) => (
    <SupplyChainFormPage key={`${workspace}-new`} workspace={workspace} id={null} />
  ),
  "supply-chain-edit": ({ workspace, id }) => (
    <SupplyChainFormPage key={`${workspace}${id}-edit`} workspace={workspace} id={id} />
  ),
  "supply-chain-performance": ({ workspace, id }) => (
    <SupplyChainPerformancePage key={`${workspace}${id}-perf`} workspace={workspace} id={id} />
  ),
  "supply-chain-attribution": ({ workspace, id }) => (
    <SupplyChainAttributionPage key={`${workspace}${id}-attr`} workspace={workspace} id={id} />
  ),
  "supply-chain-survey": ({ workspace, id }) => (
    <SupplyChainSurveyPage key={`${workspace}${id}-survey`} workspace={workspace} id={id} />
  ),
  "supply-chain-survey-results": ({ workspace, id }) => (
    <SupplyChainSurveyResultsPage key={`${workspace}${id}-merlin`} workspace={workspace} id={id} />
  ),
  "coproduction-projects": ({ workspace }) => (
    <CoproductionProjectsPage key={workspace} workspace={workspace} />
  ),
  "coproduction-project": ({ workspace, id }) => (
    <CoproductionPage key={`${workspace}${id}-coproduction`} workspace={workspace} id={id} />
  ),
  forms: ({ workspace }) => <FormsPage key={workspace} workspace={workspace} />,
  "value-maps": ({ workspace }) => <ValueMapsPage key={workspace} workspace={workspace} />,
  health: ({ workspace }) => <HealthPage key={workspace} workspace={workspace} />,
  "outcome-frameworks": ({ workspace }) => (
    <OutcomeFrameworksPage key={workspace} workspace={workspace} />
  ),
};

/** The page for a matched route, or 'not found' (public routes are shown by the app shell). */
function RoutePage({ route }: { route: Route | null }) {
  if (!route || isPublicRoute(route.name)) return <NotFound />;
  const { workspace = "demo", id = "" } = route.params;
  return PAGES[route.name]({ workspace, id });
}

function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. Go to the{" "}
        <Link href="/w/demo/organisations">organisations</Link> of the demo workspace.
      </p>
    </>
  );
}

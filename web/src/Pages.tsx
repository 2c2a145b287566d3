import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from "react";
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
import { Link, type Route } from "./router.tsx";

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

/** The page for a matched route (keyed so each entity gets fresh state), or 'not found'. */
function RoutePage({ route }: { route: Route | null }) {
  if (!route) return <NotFound />;
  const { workspace = "demo", id = "" } = route.params;
  switch (route.name) {
    case "account":
      return <AccountPage />;
    case "workspace-new":
      return <WorkspaceNewPage />;
    case "members":
      return <MembersPage key={workspace} workspace={workspace} />;
    case "history":
      return <HistoryPage key={workspace} workspace={workspace} />;
    case "organisations":
      return <OrganisationsPage key={workspace} workspace={workspace} />;
    case "organisation":
      return <OrganisationPage key={workspace + id} workspace={workspace} id={id} />;
    case "organisation-new":
      return <OrganisationFormPage key={`${workspace}-new`} workspace={workspace} id={null} />;
    case "organisation-edit":
      return <OrganisationFormPage key={`${workspace}${id}-edit`} workspace={workspace} id={id} />;
    case "partnerships":
      return <PartnershipsPage key={workspace} workspace={workspace} />;
    case "partnership":
      return <PartnershipPage key={workspace + id} workspace={workspace} id={id} />;
    case "partnership-new":
      return <PartnershipFormPage key={`${workspace}-new`} workspace={workspace} id={null} />;
    case "partnership-edit":
      return <PartnershipFormPage key={`${workspace}${id}-edit`} workspace={workspace} id={id} />;
    case "events":
      return <EventsPage key={workspace} workspace={workspace} />;
    case "contracts":
      return <ContractsPage key={workspace} workspace={workspace} />;
    case "evidence":
      return <EvidencePage key={workspace} workspace={workspace} />;
    case "evidence-summary":
      return <EvidenceSummaryPage key={workspace} workspace={workspace} />;
    case "codebook":
      return <CodebookPage key={workspace} workspace={workspace} />;
    case "event-new":
    case "event-edit":
      return (
        <EventFormPage key={route.name + workspace + id} workspace={workspace} id={id || null} />
      );
    case "contract-new":
    case "contract-edit":
      return (
        <ContractFormPage key={route.name + workspace + id} workspace={workspace} id={id || null} />
      );
    case "evidence-new":
    case "evidence-edit":
      return (
        <EvidenceFormPage key={route.name + workspace + id} workspace={workspace} id={id || null} />
      );
    case "organisation-portfolio":
      return <PortfolioPage key={`${workspace}${id}-portfolio`} workspace={workspace} id={id} />;
    case "network":
      return <NetworkPage key={workspace} workspace={workspace} />;
    case "sector":
      return <SectorPage key={workspace} workspace={workspace} />;
    case "simulation":
      return <SimulationPage key={workspace} workspace={workspace} />;
    case "jobs":
      return <JobsPage key={workspace} workspace={workspace} />;
    case "imports":
      return <ImportsPage key={workspace} workspace={workspace} />;
    case "appraisals":
      return <AppraisalsPage key={workspace} workspace={workspace} />;
    case "appraisal":
      return <AppraisalPage key={workspace + id} workspace={workspace} id={id} />;
    case "appraisal-new":
      return <AppraisalFormPage key={`${workspace}-new`} workspace={workspace} id={null} />;
    case "appraisal-edit":
      return <AppraisalFormPage key={`${workspace}${id}-edit`} workspace={workspace} id={id} />;
    case "appraisal-realisation":
      return (
        <AppraisalRealisationPage
          key={`${workspace}${id}-realisation`}
          workspace={workspace}
          id={id}
        />
      );
    case "supply-chains":
      return <SupplyChainsPage key={workspace} workspace={workspace} />;
    case "coproduction-projects":
      return <CoproductionProjectsPage key={workspace} workspace={workspace} />;
    case "coproduction-project":
      return (
        <CoproductionPage key={`${workspace}${id}-coproduction`} workspace={workspace} id={id} />
      );
    case "forms":
      return <FormsPage key={workspace} workspace={workspace} />;
    case "value-maps":
      return <ValueMapsPage key={workspace} workspace={workspace} />;
    case "health":
      return <HealthPage key={workspace} workspace={workspace} />;
    case "outcome-frameworks":
      return <OutcomeFrameworksPage key={workspace} workspace={workspace} />;
    case "supply-chain":
      return <SupplyChainPage key={workspace + id} workspace={workspace} id={id} />;
    case "supply-chain-new":
      return <SupplyChainFormPage key={`${workspace}-new`} workspace={workspace} id={null} />;
    case "supply-chain-edit":
      return <SupplyChainFormPage key={`${workspace}${id}-edit`} workspace={workspace} id={id} />;
    case "supply-chain-performance":
      return (
        <SupplyChainPerformancePage key={`${workspace}${id}-perf`} workspace={workspace} id={id} />
      );
    case "supply-chain-attribution":
      return (
        <SupplyChainAttributionPage key={`${workspace}${id}-attr`} workspace={workspace} id={id} />
      );
    case "supply-chain-survey":
      return (
        <SupplyChainSurveyPage key={`${workspace}${id}-survey`} workspace={workspace} id={id} />
      );
    case "partnership-outcomes":
      return (
        <PartnershipOutcomesPage key={`${workspace}${id}-outcomes`} workspace={workspace} id={id} />
      );
    case "supply-chain-survey-results":
      return (
        <SupplyChainSurveyResultsPage
          key={`${workspace}${id}-merlin`}
          workspace={workspace}
          id={id}
        />
      );
    default:
      return <NotFound />;
  }
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

/**
 * The JSON shapes the appraisal API answers with: the engine's result types (src/shared/
 * appraisal-results.ts) inside what the services add (stored metadata, versions, dates).
 */
import type {
  AppraisalDocument,
  AppraisalResult,
  RealisationResult,
} from "../../../src/shared/index.ts";

/** An appraisal as listed: links, status and versions. */
export interface AppraisalSummary {
  id: string;
  title: string;
  partnership: string | null;
  organisations: string[];
  status: "draft" | "decided";
  decidedVersion: number | null;
  decidedOption: string | null;
  latestVersion: number;
  createdAt: string;
  updatedAt: string;
  /** Who created it (null before accounts): an analyst changes only their own. */
  createdBy?: string | null;
}

/** One appraisal with its latest document and the decided (frozen) one. */
export interface AppraisalDetail extends AppraisalSummary {
  document: AppraisalDocument;
  decided: { version: number; option: string; document: AppraisalDocument } | null;
  versions: { version: number; createdAt: string }[];
}

/** What POST …/results answers: the engine's result for a stored version. */
export interface AppraisalRunView {
  version: number;
  result: AppraisalResult;
}

/** What GET …/realisation answers: the engine's realisation with the version and dates it ran on. */
export type RealisationView = RealisationResult & {
  version: number;
  asOf: string;
  baseDate: string;
};

/** Tables of partnership health (migration 2026-12-06T0500-health), as Kysely sees them. */

/** An instrument copied or edited in a workspace: one row per version. */
export interface InstrumentTable {
  workspace_id: number;
  id: string;
  version: number;
  name: string;
  /** The instrument as JSON text, validated by the service that wrote it. */
  document: string;
  created_at: string;
  created_by: string | null;
}

/** An assessment of one partnership with a fixed instrument version. */
export interface AssessmentTable {
  workspace_id: number;
  id: string;
  name: string;
  /** Null after a replacing import removed the partnership. */
  partnership_id: string | null;
  instrument_id: string;
  instrument_version: number;
  /** Smallest group whose aggregate is shown to others (the three-respondent rule). */
  min_group_size: number;
  created_at: string;
  updated_at: string;
  /** The user who created it (an analyst may change only their own); null from the CLI. */
  created_by: string | null;
}

/** A partner organisation of an assessment, in the order given. */
export interface AssessmentPartnerTable {
  workspace_id: number;
  assessment_id: string;
  organisation_id: string;
  position: number;
}

/** A wave of an assessment: 'open' takes answers, 'closed' does not. */
export interface AssessmentWaveTable {
  workspace_id: number;
  assessment_id: string;
  id: string;
  date: string;
  state: string;
  opened_at: string;
  closed_at: string | null;
}

/** One respondent's answers, tied to the partner organisation they speak for, never to a name. */
export interface AssessmentResponseTable {
  workspace_id: number;
  id: string;
  assessment_id: string;
  wave_id: string;
  organisation_id: string;
  /** JSON: { itemId: value | null }. */
  answers: string;
  /** JSON: { organisationId: 0–5 } for a pairwise instrument; null otherwise. */
  ratings: string | null;
  created_at: string;
}

import type { Generated } from "kysely";
import type {
  AssessmentPartnerTable,
  AssessmentResponseTable,
  AssessmentTable,
  AssessmentWaveTable,
  InstrumentTable,
} from "./health-tables.ts";

/** Tables as Kysely sees them. Booleans are 0/1 integers and dates ISO text on both dialects. */
export interface WorkspaceTable {
  id: Generated<number>;
  slug: string;
  name: string;
  created_at: string;
  /** Raised by every write to the workspace's contents. */
  revision: Generated<number>;
  /** 1 when the workspace holds a simulation run (migration 2026-12-06T1100-simulated-flag). */
  simulated: Generated<number>;
}

export interface OrganisationTable {
  workspace_id: number;
  id: string;
  name: string;
  sector: string;
  kind: string;
  nation: string | null;
  illustrative: number;
  /** Lower-cased name and other names, for text search. */
  search_text: string;
  /** Natural-order key of the name (see naturalKey). */
  sort_name: string;
  /** JSON: { otherNames, fields, identifiers, facts }. */
  data: string;
}

export interface PartnershipTable {
  workspace_id: number;
  id: string;
  name: string;
  form: string;
  direction: string;
  origin: string;
  stage: number;
  commissioner_id: string | null;
  start_date: string | null;
  end_date: string | null;
  /** Natural-order key of the name (see naturalKey). */
  sort_name: string;
  /** Lower-cased name and description, for text search. */
  search_text: string;
  /** JSON: { functions, description, integration }. */
  data: string;
}

export interface MembershipTable {
  workspace_id: number;
  partnership_id: string;
  position: number;
  organisation_id: string;
  role: string;
  joined: string | null;
  left_date: string | null;
  share_of_value: number | null;
  share_of_turnover: number | null;
  share_of_staff: number | null;
}

export interface EventTable {
  workspace_id: number;
  id: string;
  date: string;
  type: string;
  partnership_id: string | null;
  stage: number | null;
  note: string | null;
}

export interface EventOrganisationTable {
  workspace_id: number;
  event_id: string;
  position: number;
  organisation_id: string;
  dissolves: number;
}

export interface ContractTable {
  workspace_id: number;
  id: string;
  title: string;
  commissioner_id: string | null;
  payment_mechanism: string;
  value: number | null;
  currency: string;
  start_date: string | null;
  end_date: string | null;
  partnership_id: string | null;
}

export interface ContractProviderTable {
  workspace_id: number;
  contract_id: string;
  position: number;
  organisation_id: string;
  role: string;
}

export interface EvidenceTable {
  workspace_id: number;
  id: string;
  kind: string;
  text: string;
  source: string;
  date: string | null;
  /** JSON array of theme ids. */
  themes: string;
  partnership_id: string | null;
  organisation_id: string | null;
}

/** A code of a workspace's evidence codebook (migration 2026-12-06T0800-codebook). */
export interface CodebookCodeTable {
  workspace_id: number;
  id: string;
  name: string;
  description: string | null;
  parent_id: string | null;
  colour: string | null;
}

/** One coding: an evidence item coded with a code. */
export interface EvidenceCodeTable {
  workspace_id: number;
  evidence_id: string;
  code_id: string;
}

/** What an evidence item supports: at most one row per item and kind ('appraisal' or 'outcome'). */
export interface EvidenceSupportTable {
  workspace_id: number;
  evidence_id: string;
  kind: string;
  appraisal_id: string | null;
  assumption: string | null;
  outcome_framework_id: string | null;
  outcome: string | null;
}

export interface AccessTokenTable {
  token_hash: string;
  kind: string;
  label: string | null;
  created_at: string;
  expires_at: string | null;
  used_at: string | null;
  /** Whose token it is; null for a token from before accounts (the install's operator). */
  user_id: string | null;
  /** The one workspace it opens; null for every workspace its user owns. */
  workspace_id: number | null;
  /** The highest role it acts with (never above its user's). */
  role: string | null;
}

export interface AppraisalTable {
  workspace_id: number;
  id: string;
  title: string;
  partnership_id: string | null;
  /** JSON array of organisation ids (from the latest version's document). */
  organisations: string;
  /** 'draft' or 'decided' (the latest version is the decided one). */
  status: string;
  decided_version: number | null;
  decided_option: string | null;
  created_at: string;
  updated_at: string;
  /** The user who created it (an analyst may change only their own); null before accounts. */
  created_by: string | null;
}

export interface AppraisalVersionTable {
  workspace_id: number;
  appraisal_id: string;
  version: number;
  /** The `partnerscope-appraisal/v1` document as JSON text. */
  document: string;
  created_at: string;
}

export interface AppraisalActualTable {
  workspace_id: number;
  appraisal_id: string;
  option_id: string;
  line_id: string;
  year: number;
  amount: number;
  recorded_at: string;
}

export interface ImportBatchTable {
  workspace_id: number;
  id: string;
  /** 'ocds', '360giving' or 'csv'. */
  kind: string;
  source_file: string;
  created_at: string;
  /** JSON: { created, changed, unchanged, merged } counts per collection. */
  counts: string;
  undone_at: string | null;
}

export interface ImportBatchItemTable {
  workspace_id: number;
  batch_id: string;
  collection: string;
  entity_id: string;
  /** 'created' or 'changed'. */
  action: string;
  /** JSON of the entity before the batch (null when created). */
  before: string | null;
  /** Fingerprint of the entity as the batch wrote it (a later edit makes the stored one differ). */
  after: string;
}

export interface ProvenanceTable {
  workspace_id: number;
  collection: string;
  entity_id: string;
  batch_id: string;
  source_file: string;
  publisher: string | null;
  /** The release id(s) or ocid (OCDS), grant id (360Giving) or row (spreadsheets). */
  source_id: string | null;
  /** JSON: the whole provenance record. */
  data: string;
}

export interface MergeTable {
  workspace_id: number;
  id: string;
  survivor_id: string;
  merged_id: string;
  created_at: string;
  /** JSON: every entity the merge touched, as it was before. */
  before: string;
  /** JSON: the same entities as the merge left them (null for the merged organisation). */
  after: string;
  undone_at: string | null;
}

export interface PbrModelTable {
  workspace_id: number;
  id: string;
  name: string;
  partnership_id: string | null;
  contract_id: string | null;
  /** The `partnerscope-pbr/v1` document as JSON text. */
  document: string;
  created_at: string;
  updated_at: string;
  /** The user who created it (an analyst may change only their own); null before accounts. */
  created_by: string | null;
}

export interface MerlinResponseTable {
  workspace_id: number;
  id: string;
  supply_chain_id: string;
  /** 'past', 'present' or 'potential' partner; no names are stored. */
  respondent_relation: string;
  /** JSON: { itemId: 1–5 }. */
  answers: string;
  created_at: string;
  /** The organisation the respondent speaks for (from their respondent link or membership). */
  organisation_id: Generated<string | null>;
  /** The respondent link the answer came through. */
  link_id: Generated<string | null>;
}

export interface UserTable {
  id: string;
  email: string | null;
  /** Lower-cased email (unique). */
  email_key: string | null;
  name: string;
  /** argon2id PHC string; null for single sign-on only, or before the first owner sets one. */
  password_hash: string | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  created_at: string;
}

export interface WorkspaceMemberTable {
  workspace_id: number;
  user_id: string;
  role: string;
  /** The organisation the member speaks for (confidential answers are grouped by it). */
  organisation_id: string | null;
  created_at: string;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  /** The absolute end (30 days after sign-in); the idle limit is counted from last_seen_at. */
  expires_at: string;
  revoked_at: string | null;
  user_agent: string | null;
  address: string | null;
}

export interface InvitationTable {
  id: string;
  token_hash: string;
  workspace_id: number;
  email: string;
  role: string;
  organisation_id: string | null;
  invited_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
}

export interface RespondentLinkTable {
  id: string;
  token_hash: string;
  workspace_id: number;
  /** Which form the link opens: 'merlin' today. */
  form: string;
  /** The record the form is about (the supply chain of a Merlin survey). */
  target_id: string;
  organisation_id: string | null;
  /** Merlin: 'past', 'present' or 'potential' partner, fixed by the link when set. */
  relation: string | null;
  wave: string | null;
  label: string | null;
  single_use: number;
  uses: Generated<number>;
  created_by: string | null;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  workspace_id: number | null;
  at: string;
  actor_kind: string;
  actor_id: string | null;
  actor_email: string | null;
  action: string;
  collection: string;
  record_id: string | null;
  /** JSON: { before?, after?, counts? }. */
  changes: string | null;
}

/** The whole database. */
export interface Database {
  workspaces: WorkspaceTable;
  jobs: JobTable;
  job_files: JobFileTable;
  organisations: OrganisationTable;
  partnerships: PartnershipTable;
  memberships: MembershipTable;
  events: EventTable;
  event_organisations: EventOrganisationTable;
  contracts: ContractTable;
  contract_providers: ContractProviderTable;
  evidence: EvidenceTable;
  codebook_codes: CodebookCodeTable;
  evidence_codes: EvidenceCodeTable;
  evidence_supports: EvidenceSupportTable;
  access_tokens: AccessTokenTable;
  appraisals: AppraisalTable;
  appraisal_versions: AppraisalVersionTable;
  appraisal_actuals: AppraisalActualTable;
  import_batches: ImportBatchTable;
  import_batch_items: ImportBatchItemTable;
  provenance: ProvenanceTable;
  merges: MergeTable;
  pbr_models: PbrModelTable;
  merlin_responses: MerlinResponseTable;
  users: UserTable;
  workspace_members: WorkspaceMemberTable;
  sessions: SessionTable;
  invitations: InvitationTable;
  respondent_links: RespondentLinkTable;
  audit_log: AuditLogTable;
  instruments: InstrumentTable;
  assessments: AssessmentTable;
  assessment_partners: AssessmentPartnerTable;
  assessment_waves: AssessmentWaveTable;
  assessment_responses: AssessmentResponseTable;
  outcome_frameworks: OutcomeFrameworkTable;
  outcome_measures: OutcomeMeasureTable;
  value_maps: ValueMapTable;
  coproduction_projects: CoproductionProjectTable;
  proxies: ProxyTable;
  forms: FormTable;
  form_questions: FormQuestionTable;
  form_links: FormLinkTable;
  form_submissions: FormSubmissionTable;
  form_answers: FormAnswerTable;
  form_tallies: FormTallyTable;
  form_respondents: FormRespondentTable;
  form_group_people: FormGroupPeopleTable;
}

/** A financial proxy of a workspace's library. */
export interface ProxyTable {
  workspace_id: number;
  id: string;
  name: string;
  value: number;
  unit: string;
  currency: string;
  year: number;
  source: string;
  confidence: number | null;
  notes: string;
  created_at: string;
  updated_at: string;
  created_by: string | null;
}

/** A co-production project: its partnership, its evaluation's value map, stages and proposals as JSON. */
export interface CoproductionProjectTable {
  workspace_id: number;
  id: string;
  title: string;
  partnership_id: string | null;
  value_map_id: string | null;
  /** JSON: { description, currency, stages, proposals }. */
  document: string;
  created_at: string;
  updated_at: string;
  created_by: string | null;
}

/** A stored value map: its title and the `partnerscope-valuemap/v1` document as JSON text. */
export interface ValueMapTable {
  workspace_id: number;
  id: string;
  title: string;
  document: string;
  created_at: string;
  updated_at: string;
  created_by: string | null;
}

/** An outcome framework: its target link and its outcomes as a JSON document. */
export interface OutcomeFrameworkTable {
  workspace_id: number;
  id: string;
  title: string;
  partnership_id: string | null;
  contract_id: string | null;
  supply_chain_id: string | null;
  /** JSON: { involvement, evidence, outcomes }. */
  document: string;
  created_at: string;
  updated_at: string;
  created_by: string | null;
}

/** One measure of an outcome framework's indicator. */
export interface OutcomeMeasureTable {
  id: Generated<number>;
  workspace_id: number;
  framework_id: string;
  indicator_id: string;
  date: string;
  value: number;
  person_code: string | null;
  phase: string | null;
  source: string;
  created_at: string;
  /** The form submission the measure was made from (erased with it); null otherwise. */
  form_submission_id: string | null;
}

/** A form for service users: its framework, default-language title, and its texts as JSON. */
export interface FormTable {
  workspace_id: number;
  id: string;
  framework_id: string;
  title: string;
  /** JSON: { languages, title, intro, consent, easyRead } (every text per language). */
  document: string;
  /** 'open' or 'closed'. */
  status: string;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  closed_at: string | null;
}

/** One question of a form, in order; its texts and options as JSON. */
export interface FormQuestionTable {
  workspace_id: number;
  form_id: string;
  id: string;
  position: number;
  kind: string;
  indicator_id: string | null;
  required: number;
  /** JSON: the question as the shared schema checks it. */
  definition: string;
}

/** Which form a respondent link opens, and how: shared, single-use or interview. */
export interface FormLinkTable {
  link_id: string;
  workspace_id: number;
  form_id: string;
  kind: string;
  /** 'before' or 'after': the phase of the measures its answers make. */
  phase: string | null;
  max_per_minute: number;
  /** The minute (ISO, to the minute) whose answers `rate_count` counts, for the rate limit. */
  rate_window?: string | null;
  rate_count?: number;
}

/** Answers per question, summarised value ('' for none) and group ('' for none), for results. */
export interface FormTallyTable {
  workspace_id: number;
  form_id: string;
  question_id: string;
  value: string;
  phase: string;
  researcher: string;
  language: string;
  link_kind: string;
  n: number;
}

/** A respondent code once per group of a form's results (dim: the grouping column, '' the whole). */
export interface FormRespondentTable {
  workspace_id: number;
  form_id: string;
  dim: string;
  key: string;
  respondent_code: string;
  /** The code's submissions in the group. */
  n: number;
}

/** How many distinct respondent codes a group of a form's results has. */
export interface FormGroupPeopleTable {
  workspace_id: number;
  form_id: string;
  dim: string;
  key: string;
  people: number;
}

/** One person's answers to a form, under a pseudonymous code. */
export interface FormSubmissionTable {
  id: string;
  workspace_id: number;
  form_id: string;
  /** The answering page's own id for the submission: unique per form. */
  client_id: string;
  link_id: string | null;
  link_kind: string;
  respondent_code: string;
  /** The community researcher who entered it (an interview link's label). */
  researcher: string | null;
  phase: string | null;
  language: string;
  easy_read: number;
  created_at: string;
}

/** One answer of a submission (JSON: a number, a string or a list of strings). */
export interface FormAnswerTable {
  submission_id: string;
  question_id: string;
  value: string;
}

/** One piece (about 1 MiB) of an import job's uploaded file, in order by `seq` (decision 0022). */
export interface JobFileTable {
  job_id: string;
  seq: number;
  bytes: Uint8Array;
  created_at: string;
}

/** A long job (decision 0021): state, progress, input and result as JSON text, attempts, heartbeat. */
export interface JobTable {
  id: string;
  workspace_id: number;
  kind: string;
  /** The user who started it (null for the operator or a token without a user). */
  owner: string | null;
  state: "queued" | "running" | "done" | "failed" | "cancelled";
  progress_done: Generated<number>;
  progress_total: Generated<number>;
  message: string;
  input: string;
  result: string | null;
  error: string | null;
  /** How many times a worker has claimed it; the current attempt fences the worker's writes. */
  attempts: Generated<number>;
  max_attempts: number;
  /** Which process runs it now (host:pid:random). */
  worker: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  heartbeat_at: string | null;
}

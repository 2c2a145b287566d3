/**
 * The caps on work one request or one command may ask for, defined once so the CLI and the API
 * refuse the same values (README: "Limits"). Each bounds one run to minutes rather
 * than hours, so a typo such as `--monte-carlo 1e9` is refused instead of running for hours.
 */
export const LIMITS = {
  /** Runs of a payment-by-results Monte Carlo (10,000 take about 20 s on one core). */
  pbrMonteCarloRuns: 50_000,
  /** Random provider orders for sampled Shapley attribution (above 16 providers). */
  attributionSamples: 100_000,
  /** Monte Carlo iterations of an appraisal (100,000 × 4 options take about 1 s on two workers). */
  appraisalIterations: 200_000,
  /**
   * …and as a job (progress, cancel, kept in the database): 2,000,000 × 4 options hold 64 MB of
   * samples (twice that while the chunks are joined), tens of seconds on one worker thread.
   */
  appraisalJobIterations: 2_000_000,
  /** Monte Carlo iterations of a value map (100,000 × 1,000 ranged outcomes take about 2 s on one core). */
  valueMapIterations: 200_000,
  /** Worker threads for an appraisal's Monte Carlo on the command line. */
  appraisalWorkers: 16,
  /** Organisations in a generated synthetic sector (1,000,000 write about 0.9 GB of JSON). */
  generatedOrganisations: 1_000_000,
  /** Runs of a sector simulation (100 runs of england-housing-2002 take about 2 s on two workers). */
  simulationRuns: 10_000,
  /** Organisations in a simulated sector (100,000 × 10 years take about 2 s). */
  simulationAgents: 1_000_000,
  /** Worker threads for a simulation on the command line. */
  simulationWorkers: 16,
  /** Objective evaluations of one calibration (each is the preset's runs). */
  calibrationBudget: 5_000,
} as const;

/** What differs between SQLite and PostgreSQL, kept in one small interface. */
export interface DialectAdapter {
  name: "sqlite" | "postgres";
  /** For people: which database this is (no passwords). */
  description: string;
  /** Which constraint a failed statement broke, if any. */
  constraintOf: (error: unknown) => "foreign_key" | "unique" | null;
  /** How many bound parameters one statement may carry. */
  maxParameters: number;
}

/** A file that cannot be read as the format it claims to be: wrong encoding, broken JSON, bad spreadsheet. */
export class ImportInputError extends Error {
  override name = "ImportInputError";
  constructor(
    message: string,
    /** 0-based byte offset of the problem, when known. */
    readonly offset: number | null = null,
    /** 1-based line of the problem, when known. */
    readonly line: number | null = null,
  ) {
    super(message);
  }
}

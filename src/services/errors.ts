import type { Problem } from "../shared/index.ts";

/** Kinds of failure a use case reports; the API maps them to HTTP in one place. */
export type DomainErrorCode = "invalid" | "not_found" | "conflict" | "forbidden" | "unauthorised";

/** A failure people can act on: what went wrong and, where it applies, which fields. */
export class DomainError extends Error {
  override name = "DomainError";
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
}

/** Input that does not fit the model; `problems` name each field by JSON path. */
export function invalid(message: string, problems: Problem[] = []): DomainError {
  return new DomainError("invalid", message, problems);
}

/** Something asked for by id that is not there. */
export function notFound(message: string): DomainError {
  return new DomainError("not_found", message);
}

/** Something the caller's role does not allow; the message names the role needed. */
export function forbidden(message: string): DomainError {
  return new DomainError("forbidden", message);
}

/** A sign-in or link that does not prove who the caller is. */
export function unauthorised(message: string): DomainError {
  return new DomainError("unauthorised", message);
}

/** A write that clashes with what is stored (duplicate id, dangling or remaining reference). */
export function conflict(message: string, problems: Problem[] = []): DomainError {
  return new DomainError("conflict", message, problems);
}

/** Error text with its problems, one per line, for the CLI. */
export function describeError(error: unknown): string {
  if (error instanceof DomainError && error.problems.length > 0) {
    const first = error.problems[0]!;
    const more = error.problems.length > 1 ? ` (and ${error.problems.length - 1} more)` : "";
    return `${error.message}: ${first.path}: ${first.message}${more}`;
  }
  return error instanceof Error ? error.message : String(error);
}

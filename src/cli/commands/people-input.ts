import { buffer } from "node:stream/consumers";
import { DomainError, describeError } from "../../services/index.ts";
import { WORKSPACE_ROLES, type WorkspaceRole } from "../../shared/index.ts";
import type { CliArgs, CliIo } from "../command.ts";
import { UsageError } from "../command.ts";

/** A string option's value, or undefined. */
export function stringOption(args: CliArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === "string" ? value : undefined;
}

/** A string option that must be given. */
export function requiredOption(args: CliArgs, name: string, what: string): string {
  const value = stringOption(args, name);
  if (value === undefined || value.trim() === "")
    throw new UsageError(`--${name} ${what} is required`);
  return value;
}

/** The one positional argument a command takes (an email), refusing none or more. */
export function onePositional(args: CliArgs, what: string): string {
  if (args.positionals.length === 0) throw new UsageError(`${what} is missing`);
  if (args.positionals.length > 1)
    throw new UsageError(
      `expected one ${what}, got ${args.positionals.length}: ${args.positionals.join(" ")}`,
    );
  return args.positionals[0] as string;
}

/** `--role`'s value checked against the four roles. */
export function roleOption(value: string): WorkspaceRole {
  if ((WORKSPACE_ROLES as readonly string[]).includes(value)) return value as WorkspaceRole;
  throw new UsageError(
    `--role must be one of ${[...WORKSPACE_ROLES].reverse().join(", ")}, not '${value}'`,
  );
}

/** Runs `work`; what the services refuse (an unknown workspace or email, a weak password…) is bad input: exit 2. */
export async function asUsage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError) throw new UsageError(describeError(error));
    throw error;
  }
}

/** All of standard input as text, without the one line end a shell's `echo` adds. */
export async function stdinText(io: CliIo): Promise<string> {
  const text = io.readStdin ? await io.readStdin() : (await buffer(process.stdin)).toString("utf8");
  return text.replace(/\r?\n$/, "");
}

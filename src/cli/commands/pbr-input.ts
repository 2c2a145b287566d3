import { type PbrModel, pbrModelSchema } from "../../shared/pbr.ts";
import { problemsOf } from "../../shared/problems.ts";
import { type CliIo, UsageError } from "../command.ts";
import { integerFlag } from "../number-options.ts";

/** Reads and validates a `partnerscope-pbr/v1` file; bad input becomes a one-line UsageError. */
export async function readPbrModel(io: CliIo, path: string): Promise<PbrModel> {
  const text = await readInput(io, path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = pbrModelSchema.safeParse(json);
  if (!parsed.success) {
    const problems = problemsOf(parsed.error);
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
    const first = problems[0]!; // a failed parse has at least one issue
    throw new UsageError(`${path}: ${first.path}: ${first.message}${more}`);
  }
  return parsed.data;
}

/** Reads a file named on the command line, turning 'not found' into a UsageError. */
export async function readInput(io: CliIo, path: string): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** Parses a whole-number option in [min, max] (e.g. --seed), or the fallback when absent. */
export function intOption(
  value: unknown,
  name: string,
  fallback: number,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number {
  return integerFlag(value, name, fallback, min, max);
}

/** Seeds of the PBR engines are unsigned 32-bit integers. */
export const SEED_MAX = 0xffffffff;

import {
  type Code,
  type CodebookResponse,
  codeChangeSchema,
  codeSchema,
} from "../../shared/codebook.ts";
import { problemsOf } from "../../shared/index.ts";
import {
  codebookAll,
  codeDelete,
  codesInsert,
  codeUpdate,
  codeUses,
  workspaceTouch,
} from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { conflict, invalid, notFound } from "../errors.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { workspaceRequire } from "../workspaces.ts";
import { codebookView, makesCycle } from "./codebook-tree.ts";

/** A workspace's codebook in tree order, each code with how many evidence items use it. */
export async function codebookGet(ctx: ServiceContext, slug: string): Promise<CodebookResponse> {
  const ws = await workspaceRequire(ctx, slug);
  const codes = await codebookAll(ctx.store.db, ws.id);
  return { codes: codebookView(codes, await codeUses(ctx.store.db, ws.id)) };
}

/** Problems with a code's parent: it must exist and must not be the code or under it. */
function parentProblems(codes: Code[], code: Code) {
  if (code.parent === null) return [];
  if (!codes.some((c) => c.id === code.parent))
    return [{ path: "$.parent", message: `there is no code "${code.parent}" in this codebook` }];
  if (makesCycle(codes, code.id, code.parent))
    return [{ path: "$.parent", message: `"${code.parent}" is "${code.id}" or a code under it` }];
  return [];
}

/** Adds a code to a workspace's codebook. */
export async function codeAdd(ctx: ServiceContext, slug: string, input: unknown): Promise<Code> {
  const ws = await workspaceRequire(ctx, slug);
  const parsed = codeSchema.safeParse(input);
  if (!parsed.success) throw invalid("The code is not valid", problemsOf(parsed.error, input));
  const code = parsed.data;
  return ctx.store.db.transaction().execute(async (trx) => {
    const codes = await codebookAll(trx, ws.id);
    if (codes.some((c) => c.id === code.id))
      throw conflict(`A code with id '${code.id}' already exists`, [
        { path: "$.id", message: `"${code.id}" is already used` },
      ]);
    const problems = parentProblems(codes, code);
    if (problems.length) throw invalid("The code's parent is not valid", problems);
    await codesInsert(trx, ws.id, [code]);
    await workspaceTouch(trx, ws.id);
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "create", "codebook", code.id, undefined, code),
    );
    return code;
  });
}

/** Renames, describes, recolours or moves a code (under another parent, or to the top). */
export async function codeChange(
  ctx: ServiceContext,
  slug: string,
  id: string,
  input: unknown,
): Promise<Code> {
  const ws = await workspaceRequire(ctx, slug);
  const parsed = codeChangeSchema.safeParse(input);
  if (!parsed.success) throw invalid("The change is not valid", problemsOf(parsed.error, input));
  return ctx.store.db.transaction().execute(async (trx) => {
    const codes = await codebookAll(trx, ws.id);
    const current = codes.find((c) => c.id === id);
    if (!current) throw notFound(`There is no code '${id}' in the codebook of '${slug}'`);
    const defined = Object.fromEntries(
      Object.entries(parsed.data).filter(([, v]) => v !== undefined),
    );
    const code: Code = { ...current, ...defined, id };
    const problems = parentProblems(codes, code);
    if (problems.length) throw invalid("The code cannot move there", problems);
    await codeUpdate(trx, ws.id, code);
    await workspaceTouch(trx, ws.id);
    await auditWrite(ctx, trx, auditEntry(ctx, ws.id, "update", "codebook", id, current, code));
    return code;
  });
}

/** Removes a code that no evidence item uses and no code sits under; otherwise says which. */
export async function codeRemove(ctx: ServiceContext, slug: string, id: string): Promise<void> {
  const ws = await workspaceRequire(ctx, slug);
  await ctx.store.db.transaction().execute(async (trx) => {
    const codes = await codebookAll(trx, ws.id);
    const current = codes.find((c) => c.id === id);
    if (!current) throw notFound(`There is no code '${id}' in the codebook of '${slug}'`);
    const children = codes.filter((c) => c.parent === id).map((c) => `'${c.name}'`);
    if (children.length)
      throw conflict(
        `The code '${current.name}' has codes under it (${children.join(", ")}); move or remove them first`,
      );
    const uses = (await codeUses(trx, ws.id)).get(id) ?? 0;
    if (uses > 0)
      throw conflict(
        `The code '${current.name}' is used by ${uses} evidence item${uses === 1 ? "" : "s"}; take it off them first`,
      );
    await codeDelete(trx, ws.id, id);
    await workspaceTouch(trx, ws.id);
    await auditWrite(ctx, trx, auditEntry(ctx, ws.id, "delete", "codebook", id, current));
  });
}

import type { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ImportMapping } from "../../engine/interop/sheet-mapping.ts";
import type { ServiceContext } from "../../services/context.ts";
import type { StandardImportKind } from "../../services/interop/standard-import.ts";
import { importJobStart } from "../../services/jobs/import-job.ts";
import { ERROR_RESPONSES } from "../../shared/api-common.ts";
import { workspaceSlug } from "../../shared/index.ts";
import { importJobStartedSchema } from "../../shared/interop-views.ts";

/** What the import route shares with this one: its query, mapping reader, limit and types. */
export interface ImportRouteParts {
  query: z.ZodType<{
    kind: StandardImportKind;
    dryRun: "true" | "false";
    onInvalid: "stop" | "import-valid" | "import-all";
    filename?: string | undefined;
    mapping?: string | undefined;
  }>;
  mappingOf: (text: string) => ImportMapping;
  defaultName: Record<StandardImportKind, string>;
  limit: number;
  types: string[];
}

/**
 * `POST …/import-jobs`: the import route's file and options, queued as a job (decision 0022) —
 * 202 with the job at once, its progress and then its report at `GET /api/v1/jobs/:id`. Registered
 * inside the import route's scope, which hands the raw body on as a stream.
 */
export function registerImportJobRoute(
  scope: FastifyInstance,
  ctx: ServiceContext,
  parts: ImportRouteParts,
) {
  const r = scope.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/api/v1/workspaces/:workspace/import-jobs",
    {
      bodyLimit: parts.limit,
      schema: {
        tags: ["interop"],
        params: z.object({ workspace: workspaceSlug }),
        querystring: parts.query,
        consumes: parts.types,
        response: { 202: importJobStartedSchema, ...ERROR_RESPONSES },
        summary:
          "Import a file as a job (raw body, into an existing workspace); poll GET /api/v1/jobs/:id",
      },
    },
    async (request, reply) => {
      const q = request.query;
      const mapping = q.mapping ? parts.mappingOf(q.mapping) : null;
      const options = {
        kind: q.kind,
        filename: q.filename ?? parts.defaultName[q.kind],
        dryRun: q.dryRun === "true",
        onInvalid: q.onInvalid,
        mapping,
      };
      const body = request.body as Readable;
      const length = request.headers["content-length"];
      const expected = length === undefined ? undefined : Number(length);
      const { workspace } = request.params;
      const job = await importJobStart(ctx, workspace, options, body, parts.limit, expected);
      return reply.status(202).send({ job });
    },
  );
}

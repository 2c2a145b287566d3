import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  CONCENTRATION_LEVELS,
  edgesCsv,
  nodesCsv,
  SIZE_METRICS,
} from "../../engine/landscape/index.ts";
import {
  landscapeNetwork,
  landscapePortfolio,
  type ServiceContext,
  sectorChanges,
  sectorNetwork,
  sectorStats,
  sectorTransitions,
  sectorWaves,
  todayOf,
} from "../../services/index.ts";
import { ERROR_RESPONSES, fileResponse } from "../../shared/api-common.ts";
import {
  entityId,
  FORMS,
  FUNCTIONS,
  isoDate,
  NATIONS,
  ORGANISATION_KINDS,
  ORIGINS,
  SECTORS,
  workspaceSlug,
} from "../../shared/index.ts";
import {
  mergerWavesSchema,
  networkResultSchema,
  portfolioResultSchema,
  sectorChangesSchema,
  sectorNetworkSchema,
  sectorStatsSchema,
  transitionsSchema,
} from "../../shared/landscape-views.ts";

const ok = <T>(schema: T) => ({ 200: schema, ...ERROR_RESPONSES });

/** A comma-separated list of enumeration ids in a query string. */
function listOf<T extends string>(values: readonly [T, ...T[]]) {
  return z
    .string()
    .transform((s) => s.split(",").filter(Boolean))
    .pipe(z.array(z.enum(values)))
    .optional();
}

const params = z.object({ workspace: workspaceSlug });
const metric = z.enum(SIZE_METRICS).default("homes");
const networkQuery = z.object({
  asOf: isoDate.optional(),
  forms: listOf(FORMS),
  functions: listOf(FUNCTIONS),
  origins: listOf(ORIGINS),
  sectors: listOf(SECTORS),
  nations: listOf(NATIONS),
  kinds: listOf(ORGANISATION_KINDS),
  metric,
  isolated: z
    .enum(["true", "false"])
    .default("true")
    .describe(
      "false: only organisations with at least one link on the date (a whole sector's network lists every existing organisation)",
    ),
});
type NetworkQuery = z.infer<typeof networkQuery>;

/** The set a sector measure covers: one nation and/or one kind of organisation (absent = all). */
const sectorSet = {
  nation: z.enum(NATIONS).optional(),
  kind: z.enum(ORGANISATION_KINDS).optional(),
};
type SectorSetQuery = { [K in keyof typeof sectorSet]?: z.infer<(typeof sectorSet)[K]> };

/** The query with `nation` and `kind` moved into the engine's filter, leaving out what was not asked. */
function withFilter<Q extends SectorSetQuery>(q: Q) {
  const { nation, kind, ...rest } = q;
  return { ...rest, filter: { ...(nation ? { nation } : {}), ...(kind ? { kind } : {}) } };
}

function filtersOf(q: NetworkQuery) {
  return {
    forms: q.forms,
    functions: q.functions,
    origins: q.origins,
    sectors: q.sectors,
    nations: q.nations,
    kinds: q.kinds,
    metric: q.metric,
    includeIsolated: q.isolated === "true",
  };
}

/** Landscape views and sector analytics of a stored workspace, each 'as of' a date. */
export function registerLandscapeRoutes(app: FastifyInstance, ctx: ServiceContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = "/api/v1/workspaces/:workspace";
  const tags = ["landscape"];
  r.get(
    `${base}/landscape/portfolio/:organisation`,
    {
      schema: {
        tags,
        params: params.extend({ organisation: entityId }),
        querystring: z.object({ asOf: isoDate.optional() }),
        response: ok(portfolioResultSchema),
      },
    },
    async (req) =>
      landscapePortfolio(
        ctx,
        req.params.workspace,
        req.params.organisation,
        req.query.asOf ?? todayOf(ctx),
      ),
  );
  r.get(
    `${base}/landscape/network`,
    { schema: { tags, params, querystring: networkQuery, response: ok(networkResultSchema) } },
    async (req) =>
      landscapeNetwork(
        ctx,
        req.params.workspace,
        req.query.asOf ?? todayOf(ctx),
        filtersOf(req.query),
      ),
  );
  r.get(
    `${base}/landscape/network.csv`,
    {
      schema: {
        tags,
        params,
        querystring: networkQuery.extend({ part: z.enum(["nodes", "edges"]).default("nodes") }),
        response: ok(fileResponse("text/csv", "The network's nodes or edges as CSV")),
      },
    },
    async (req, reply) => {
      const asOf = req.query.asOf ?? todayOf(ctx);
      const network = await landscapeNetwork(ctx, req.params.workspace, asOf, filtersOf(req.query));
      const csv = req.query.part === "nodes" ? nodesCsv(network.nodes) : edgesCsv(network.edges);
      return reply
        .type("text/csv; charset=utf-8")
        .header(
          "content-disposition",
          `attachment; filename="network-${req.query.part}-${asOf}.csv"`,
        )
        .send(csv);
    },
  );
  r.get(
    `${base}/sector/stats`,
    {
      schema: {
        tags,
        params,
        querystring: z.object({
          asOf: isoDate.optional(),
          metric,
          top: z.coerce.number().int().min(1).max(1000).default(20),
          level: z.enum(CONCENTRATION_LEVELS).default("entity"),
          ...sectorSet,
        }),
        response: ok(sectorStatsSchema),
      },
    },
    async (req) =>
      sectorStats(ctx, req.params.workspace, {
        ...withFilter(req.query),
        asOf: req.query.asOf ?? todayOf(ctx),
      }),
  );
  r.get(
    `${base}/sector/changes`,
    {
      schema: {
        tags,
        params,
        querystring: z.object({
          from: isoDate,
          to: isoDate,
          metric,
          large: z.coerce.number().min(0).default(10_000),
          ...sectorSet,
        }),
        response: ok(sectorChangesSchema),
      },
    },
    async (req) => sectorChanges(ctx, req.params.workspace, withFilter(req.query)),
  );
  r.get(
    `${base}/sector/waves`,
    {
      schema: {
        tags,
        params,
        querystring: z.object({ from: isoDate.optional(), to: isoDate.optional(), ...sectorSet }),
        response: ok(mergerWavesSchema),
      },
    },
    async (req) => sectorWaves(ctx, req.params.workspace, withFilter(req.query)),
  );
  r.get(
    `${base}/sector/transitions`,
    {
      schema: {
        tags,
        params,
        querystring: z.object({ to: isoDate.optional(), from: isoDate.optional() }),
        response: ok(transitionsSchema),
      },
    },
    async (req) =>
      sectorTransitions(ctx, req.params.workspace, {
        ...req.query,
        to: req.query.to ?? todayOf(ctx),
      }),
  );
  r.get(
    `${base}/sector/network`,
    { schema: { tags, params, querystring: networkQuery, response: ok(sectorNetworkSchema) } },
    async (req) =>
      sectorNetwork(
        ctx,
        req.params.workspace,
        req.query.asOf ?? todayOf(ctx),
        filtersOf(req.query),
      ),
  );
}

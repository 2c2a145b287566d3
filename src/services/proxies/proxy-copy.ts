import type { ValueMapDocument } from "../../shared/value-map.ts";
import type { ServiceContext } from "../context.ts";
import { conflict, invalid, notFound } from "../errors.ts";
import { type ValueMap, valueMapDetail, valueMapUpdate } from "../value-maps/value-maps.ts";
import { proxyDetail, proxyIdParse } from "./proxies.ts";

/** The longest proxy source a value map keeps (its schema's limit): longer is refused, never cut. */
const SOURCE_MAX = 2000;

/**
 * Copies a library proxy into one outcome of a stored value map: its value, its source (with the
 * proxy's name, unit and price year, so the map says where the number came from) and confidence.
 * A copy, not a link: changing the library later does not change the map. Currencies must match;
 * the outcome's proxy range (the old proxy's uncertainty) is dropped.
 */
export async function proxyCopyToValueMap(
  ctx: ServiceContext,
  slug: string,
  mapId: string,
  input: { proxy?: unknown; outcome?: unknown },
): Promise<ValueMap> {
  const proxyId = proxyIdParse(input.proxy, "$.proxy");
  if (typeof input.outcome !== "string")
    throw invalid("Name the outcome to copy the proxy into", [
      { path: "$.outcome", message: "must be an outcome id" },
    ]);
  const [proxy, map] = await Promise.all([
    proxyDetail(ctx, slug, proxyId),
    valueMapDetail(ctx, slug, mapId),
  ]);
  const doc: ValueMapDocument = structuredClone(map.document);
  const outcome = doc.outcomes.find((o) => o.id === input.outcome);
  if (!outcome) throw notFound(`The value map '${mapId}' has no outcome '${input.outcome}'`);
  if (proxy.currency !== doc.currency)
    throw conflict("The proxy's currency is not the value map's", [
      { path: "$.proxy", message: `is in ${proxy.currency}; the value map is in ${doc.currency}` },
    ]);
  const source = `${proxy.source} (library proxy '${proxy.id}': ${proxy.name}, per ${proxy.unit}, ${proxy.currency} ${proxy.year} prices)`;
  if (source.length > SOURCE_MAX)
    throw conflict("The proxy's source is too long for a value map", [
      {
        path: "$.proxy",
        message: `its source with its name and unit is ${source.length} characters; a value map keeps ${SOURCE_MAX}`,
      },
    ]);
  outcome.proxy = {
    value: proxy.value,
    source,
    ...(proxy.confidence === null ? {} : { confidence: proxy.confidence }),
  };
  // The old proxy's low–high range described that proxy's uncertainty, not this one's.
  if (outcome.range?.proxy) {
    const { proxy: _, ...rest } = outcome.range;
    if (Object.keys(rest).length) outcome.range = rest;
    else delete outcome.range;
  }
  return valueMapUpdate(ctx, slug, mapId, { document: doc });
}

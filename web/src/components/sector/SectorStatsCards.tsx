import type { ReactNode } from "react";
import type { SectorStatsResult } from "../../../../src/shared/index.ts";
import { formatDate, formatNumber, formatShare } from "../../lib/format.ts";
import { formatHhi, formatMeasure, hhiInWords } from "../../lib/landscape-format.ts";

/** The assumptions behind every sector number: date, metric and level. */
export function basisOf(s: Pick<SectorStatsResult, "asOf" | "metric" | "level">): string {
  const level = s.level === "group" ? "per group" : "per legal entity";
  return `${s.metric} on ${formatDate(s.asOf)}, ${level}`;
}

function Card(props: { title: string; value: string; basis: string; children?: ReactNode }) {
  return (
    <div className="stat-card">
      <h3>{props.title}</h3>
      <p className="stat-value">{props.value}</p>
      {props.children}
      <p className="stat-basis">{props.basis}</p>
    </div>
  );
}

/** Cards for organisations, total, mean, median, CR_k and HHI, each naming what drove it. */
export function SectorStatsCards({ stats: s }: { stats: SectorStatsResult }) {
  const basis = basisOf(s);
  if (s.empty)
    return (
      <p className="notice notice-warning">
        Nothing to measure:{" "}
        {s.note ?? `no organisation has a known ${s.metric} on ${formatDate(s.asOf)}`}.
      </p>
    );
  const unit = s.level === "group" ? "groups" : "organisations";
  return (
    <>
      <p className="muted" data-set="stats">
        {s.assumptions[0]}
      </p>
      <div className="stat-cards" data-testid="sector-cards">
        <Card title="Organisations" value={formatNumber(s.organisations)} basis={basis}>
          <p data-weighed>
            exist, with or without figures; {formatNumber(s.weighed)} {unit} weighed by {s.metric}
            {s.unknown > 0
              ? `, ${formatNumber(s.unknown)} without ${s.metric} recorded could not be weighed.`
              : "."}
          </p>
        </Card>
        <Card title="Total" value={formatMeasure(s.metric, s.total)} basis={basis} />
        <Card title="Mean" value={formatMeasure(s.metric, s.mean)} basis={basis}>
          <p>per {unit.slice(0, -1)}.</p>
        </Card>
        <Card title="Median" value={formatMeasure(s.metric, s.median)} basis={basis}>
          <p>half are smaller, half larger.</p>
        </Card>
        <Card
          title={`CR${s.crTop.k}`}
          value={formatShare(s.crTop.share)}
          basis={`${basis}, k = ${s.crTop.k}`}
        >
          <p>
            of the total held by the largest {s.crTop.k} {unit}.
          </p>
        </Card>
        <Card title="HHI" value={formatHhi(s.hhi)} basis={basis}>
          <p>
            {hhiInWords(s.hhi)}. HHI = Σ(100 × share)² over all {unit}; 10,000 means one holds
            everything.
          </p>
        </Card>
      </div>
    </>
  );
}

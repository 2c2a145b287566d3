import type { VoiceGauge } from "../../../../src/shared/outcomes.ts";
import { percent } from "../../lib/appraisal-chart.ts";

/** The 'voice of users' headline: the share of outcomes users set or co-produced, with the counts. */
export function VoiceGaugeHeadline({
  gauge,
  involvement,
}: {
  gauge: VoiceGauge;
  involvement?: string;
}) {
  const voiced = gauge.byUsers + gauge.coProduced;
  return (
    <section className="voice-gauge" aria-label="Voice of users">
      <span className="share">{percent(gauge.share)}</span>
      <meter
        min={0}
        max={1}
        value={gauge.share ?? 0}
        aria-label="Share of outcomes set or co-set by users"
      />
      <p>
        <strong>Voice of users:</strong> {voiced} of {gauge.outcomes} outcome
        {gauge.outcomes === 1 ? "" : "s"} set by users ({gauge.byUsers}) or co-produced (
        {gauge.coProduced})
        {involvement ? `; users' involvement: ${involvement} (IAP2 spectrum)` : ""}.
      </p>
    </section>
  );
}

import type { DiscussionPrompt } from "../../../../src/shared/health-results.ts";

/** The questions the results raise for the partners to discuss (made on the server). */
export function DiscussionPrompts({ wave, items }: { wave: string; items: DiscussionPrompt[] }) {
  if (items.length === 0)
    return (
      <p className="muted">
        No discussion prompts for wave {wave}: no gap between partners of half a point or more is
        shown to you.
      </p>
    );
  return (
    <section aria-label={`Discussion prompts, wave ${wave}`}>
      <h3>To discuss (wave {wave})</h3>
      <ol data-list="prompts">
        {items.map((p) => (
          <li key={p.text} data-kind={p.kind}>
            {p.text}
          </li>
        ))}
      </ol>
      <p className="muted">
        From the widest gaps between partners' means, the lowest-scoring areas over everyone and
        partners who rate each other two levels or more apart; only numbers shown to you are used.
      </p>
    </section>
  );
}

import { stances, type Stance } from "@/lib/vocab";
import { StanceBadge } from "./stance-badge";

const meaning: Record<Stance, string> = {
  demands: "insists on it as a condition",
  proposes: "puts it forward for discussion",
  offers: "is willing to give it",
  accepts: "agrees to what another party put forward",
  conditional: "agrees only if conditions are met",
  rejects: "refuses it",
  unclear: "the record does not say clearly",
};

/** What each stance word means; the colours and shapes only repeat the word. */
export function StanceLegend({ headingId = "stance-legend" }: { headingId?: string }) {
  return (
    <section aria-labelledby={headingId} className="rounded border border-line bg-surface p-4">
      <h2 id={headingId} className="text-base font-semibold">
        Stances
      </h2>
      <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {stances.map((s) => (
          <div key={s} className="flex items-baseline gap-x-2">
            <dt>
              <StanceBadge stance={s} size="sm" />
            </dt>
            <dd className="text-muted">{meaning[s]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

import type { ComparisonData } from "@/lib/compare/get-comparison";
import { NumericSeriesChart } from "../charts/numeric-series-chart";

/** The chosen issues' numeric terms drawn per party, so the gap between them shows at a glance. */
export function ComparisonFigures({ data }: { data: ComparisonData }) {
  const drawn = data.rows.filter((row) => row.series.length > 0);
  if (drawn.length === 0) return null;
  const colours = Object.fromEntries(data.parties.map((p) => [p.id, p.colour]));
  return (
    <section aria-labelledby="figures-heading" className="compare-figures mt-10">
      <h2 id="figures-heading" className="text-xl font-semibold">
        Figures side by side
      </h2>
      <p className="mt-1 max-w-prose text-sm text-muted">
        The numbers in the parties&rsquo; terms, one bar per party; a bracket marks the gap between the lowest and the
        highest figure. Each chart is followed by the same figures as a table.
      </p>
      {drawn.map((row) => (
        <section key={row.issue.id} id={`figures-${row.issue.slug}`} aria-labelledby={`figures-${row.issue.slug}-heading`} className="mt-6 scroll-mt-4">
          <h3 id={`figures-${row.issue.slug}-heading`} className="text-lg font-semibold">
            {row.issue.name}
          </h3>
          <div className="mt-3 grid gap-8 lg:grid-cols-2">
            {row.series.map((series) => (
              <NumericSeriesChart
                key={series.key}
                id={`chart-${row.issue.slug}-${series.key}`}
                series={series}
                colours={colours}
                context={row.issue.name}
              />
            ))}
          </div>
        </section>
      ))}
    </section>
  );
}

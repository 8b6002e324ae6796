import type { AsOfParam } from "@/lib/dates/as-of-param";
import { todayText } from "@/lib/dates/as-of-param";

type Option = { slug: string; label: string };

/**
 * What to compare, as a plain GET form: it works without scripts, and what it submits is
 * the page's address (the page tidies `parties=a&parties=b` into `parties=a,b`).
 */
export function CompareForm({
  action,
  parties,
  issues,
  chosenParties,
  chosenIssues,
  asOf,
}: {
  action: string;
  parties: Option[];
  issues: Option[];
  chosenParties: readonly string[];
  /** Null: every issue (the default). */
  chosenIssues: readonly string[] | null;
  asOf: AsOfParam;
}) {
  return (
    <form method="get" action={action} aria-labelledby="compare-form-heading" className="no-print rounded border border-line bg-surface p-4">
      <h2 id="compare-form-heading" className="text-lg font-semibold">
        Choose parties and issues
      </h2>
      <div className="mt-3 grid gap-6 md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <fieldset>
          <legend className="font-semibold">Parties</legend>
          <p className="text-sm text-muted">Two or more.</p>
          <ul className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1">
            {parties.map((p) => (
              <li key={p.slug}>
                <label className="inline-flex items-start gap-2 py-0.5">
                  <input type="checkbox" name="parties" value={p.slug} defaultChecked={chosenParties.includes(p.slug)} className="mt-1 h-4 w-4 shrink-0" />
                  {p.label}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset>
          <legend className="font-semibold">Issues</legend>
          <p className="text-sm text-muted">Every issue unless you untick some.</p>
          <ul className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2">
            {issues.map((i) => (
              <li key={i.slug}>
                <label className="inline-flex items-start gap-2 py-0.5">
                  <input
                    type="checkbox"
                    name="issues"
                    value={i.slug}
                    defaultChecked={chosenIssues === null || chosenIssues.includes(i.slug)}
                    className="mt-1 h-4 w-4 shrink-0"
                  />
                  {i.label}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </div>
      <div className="mt-4 flex flex-wrap items-end gap-x-4 gap-y-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="compare-as-of" className="text-sm font-semibold">
            As of <span className="font-normal text-muted">(optional)</span>
          </label>
          <input
            id="compare-as-of"
            type="date"
            name="asOf"
            min="1900-01-01"
            max={todayText()}
            defaultValue={asOf.kind === "valid" ? asOf.text : ""}
            aria-describedby="compare-as-of-hint"
            className="rounded border border-muted bg-surface px-2 py-1.5"
          />
        </div>
        <button type="submit" className="rounded border border-ink bg-ink px-4 py-1.5 font-medium text-paper hover:opacity-90">
          Compare
        </button>
        <p id="compare-as-of-hint" className="w-full text-sm text-muted">
          Leave the date empty for today&rsquo;s positions. A date shows the positions current then: the date a statement
          was made (the statement date), not the date Parley recorded it.
        </p>
      </div>
    </form>
  );
}

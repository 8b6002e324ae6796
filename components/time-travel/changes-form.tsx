type Option = { slug: string; label: string };

/** The "what changed" filters as a GET form: two statement dates, a party, an issue. */
export function ChangesForm({
  action,
  values,
  parties,
  issues,
  errors,
}: {
  action: string;
  values: { from?: string; to?: string; party?: string; issue?: string };
  parties: Option[];
  issues: Option[];
  errors: Partial<Record<"from" | "to", string>>;
}) {
  const field = "rounded border border-muted bg-surface px-2 py-1.5";
  return (
    <form method="get" action={action} aria-label="What changed between two dates" className="no-print rounded border border-line bg-surface p-4">
      <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
        <DateField name="from" label="From" value={values.from} error={errors.from} className={field} />
        <DateField name="to" label="To" value={values.to} error={errors.to} className={field} />
        <div className="flex flex-col gap-1">
          <label htmlFor="changes-party" className="text-sm font-semibold">
            Party
          </label>
          <select id="changes-party" name="party" defaultValue={values.party ?? ""} className={field}>
            <option value="">All parties</option>
            {parties.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="changes-issue" className="text-sm font-semibold">
            Issue
          </label>
          <select id="changes-issue" name="issue" defaultValue={values.issue ?? ""} className={`${field} max-w-[min(18rem,100%)]`}>
            <option value="">All issues</option>
            {issues.map((i) => (
              <option key={i.slug} value={i.slug}>
                {i.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border border-ink bg-ink px-4 py-1.5 font-medium text-paper hover:opacity-90">
          Show
        </button>
      </div>
      <p className="mt-2 text-sm text-muted">
        Dates are statement dates: when a party made a statement, not when Parley recorded it. Both ends are included.
      </p>
    </form>
  );
}

function DateField({ name, label, value, error, className }: { name: string; label: string; value?: string; error?: string; className: string }) {
  const id = `changes-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        type="date"
        name={name}
        defaultValue={value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : ""}
        min="1900-01-01"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={className}
      />
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium">
          {error}
        </p>
      )}
    </div>
  );
}

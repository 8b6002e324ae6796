import { buttonClass, inputClass } from "@/components/auth/form-fields";
import type { Option } from "@/lib/forms/fields";

/** Step one of a new position: whose, and on which issue. A plain GET form: the answer goes in the URL. */
export function ChoosePlaceForm({
  parties,
  issues,
  party,
  issue,
  negotiation,
}: {
  parties: Option[];
  issues: Option[];
  party: string;
  issue: string;
  negotiation: string;
}) {
  const groups = [...new Set(issues.map((i) => i.group ?? ""))];
  return (
    <form method="get" action="/positions/new" className="flex max-w-xl flex-col gap-4">
      {negotiation && <input type="hidden" name="negotiation" value={negotiation} />}
      <div>
        <label htmlFor="choose-party" className="block font-medium">
          Party
        </label>
        <select id="choose-party" name="party" defaultValue={party} required className={inputClass}>
          <option value="">Choose a party</option>
          {parties.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="choose-issue" className="block font-medium">
          Issue
        </label>
        <select id="choose-issue" name="issue" defaultValue={issue} required className={inputClass}>
          <option value="">Choose an issue</option>
          {groups.map((g) => (
            <optgroup key={g} label={g}>
              {issues
                .filter((i) => (i.group ?? "") === g)
                .map((i) => (
                  <option key={i.value} value={i.value}>
                    {i.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div>
        <button type="submit" className={buttonClass}>
          Continue
        </button>
      </div>
    </form>
  );
}

import { formatPartialDate } from "@/lib/dates/partial-date";
import { buttonClass, inputClass } from "@/components/auth/form-fields";

type PlanChoice = { id: string; title: string; date: Date; datePrecision: string };

/**
 * Two plans of a negotiation to diff, chosen from lists: a plain GET form, so it works
 * without JavaScript and its answer is a shareable address.
 */
export function ChooseDiffForm({ action, plans, from, to }: { action: string; plans: PlanChoice[]; from?: string; to?: string }) {
  const options = plans.map((p) => (
    <option key={p.id} value={p.id}>
      {p.title} ({formatPartialDate(p.date, p.datePrecision)})
    </option>
  ));
  return (
    <form action={action} method="get" className="no-print flex flex-wrap items-end gap-3 rounded border border-line bg-surface p-3">
      <div className="min-w-0 max-w-full flex-1 basis-64">
        <label htmlFor="diff-from" className="block font-medium">
          From
        </label>
        <select id="diff-from" name="from" defaultValue={from} className={inputClass}>
          {options}
        </select>
      </div>
      <div className="min-w-0 max-w-full flex-1 basis-64">
        <label htmlFor="diff-to" className="block font-medium">
          To
        </label>
        <select id="diff-to" name="to" defaultValue={to} className={inputClass}>
          {options}
        </select>
      </div>
      <button type="submit" className={buttonClass}>
        Show what changed
      </button>
    </form>
  );
}

"use client";
// Seats an existing party at the negotiation: the same party record can sit at several tables.
import { useActionState } from "react";
import { buttonClass, inputClass } from "@/components/auth/form-fields";
import { idleCountedForm, type CountedFormState } from "@/lib/forms/form-state";

export type SeatAction = (state: CountedFormState, form: FormData) => Promise<CountedFormState>;

export function SeatPartyForm({
  action,
  negotiationId,
  parties,
  selected,
}: {
  action: SeatAction;
  negotiationId: string;
  parties: { id: string; label: string }[];
  selected?: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleCountedForm);
  const errorId = "seat-party-outcome";
  const invalid = state.status === "error";
  return (
    <form action={formAction} className="mt-3 flex flex-wrap items-end gap-3" aria-describedby={invalid ? errorId : undefined}>
      <input type="hidden" name="negotiationId" value={negotiationId} />
      <div>
        <label htmlFor="seat-party" className="block font-medium">
          Party to seat
        </label>
        <select id="seat-party" name="partyId" defaultValue={selected ?? ""} className={inputClass} aria-invalid={invalid || undefined}>
          <option value="">Choose a party</option>
          {parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="seat-role" className="block font-medium">
          Role <span className="font-normal text-muted">(optional)</span>
        </label>
        <input id="seat-role" name="role" className={inputClass} placeholder="e.g. mediator" />
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>
        Seat party
      </button>
      <p
        id={errorId}
        role="status"
        aria-live="polite"
        className={`basis-full text-sm font-medium ${invalid ? "text-red-800 dark:text-red-300" : "text-green-800 dark:text-green-300"}`}
      >
        {state.message ?? ""}
      </p>
    </form>
  );
}

"use client";
// A source select with a box beside it that narrows its options as the editor types: the
// list holds every source in the database, hundreds of them. The box appears once the
// page's scripts run and has no name, so it is never posted; without scripts the plain
// select works as before.
import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Option } from "@/lib/forms/fields";
import { matchCountText, matchesEvery, queryWords, searchText } from "@/lib/forms/option-filter";
import { inputClass, SelectField } from "./fields";
import { useField, useFormValues } from "./form-context";

type Props = {
  name: string;
  /** The row's number as the editor sees it (1-based): "Source 2", "Find source 2". */
  number: number;
  options: readonly Option[];
  className?: string;
};

export function SourceSelect({ name, number, options, className = "" }: Props) {
  const { mounted } = useFormValues();
  const { id } = useField(name);
  // The select keeps its place in the tree as the box appears, so React does not draw it
  // anew and drop a choice made before the scripts ran.
  return (
    <div className={mounted ? `grid gap-3 sm:grid-cols-[minmax(0,15rem)_minmax(0,1fr)] ${className}` : className}>
      {mounted && <SourceFinder selectId={id} number={number} options={options} />}
      <SelectField name={name} label={`Source ${number}`} options={options} blank="Choose a source" />
    </div>
  );
}

/**
 * The box. It hides the select's other options in place rather than having React rebuild
 * the list: at a slow phone's speed, React putting back eight hundred options took half a
 * second, hiding them in place a tenth of that. Its own state, so typing re-renders only it.
 */
function SourceFinder({ selectId, number, options }: { selectId: string; number: number; options: readonly Option[] }) {
  const [count, setCount] = useState("");
  const typed = useRef(false);
  const labels = useMemo(() => new Map(options.map((o) => [o.value, searchText(o.label)])), [options]);

  const narrow = (query: string) => {
    const select = document.getElementById(selectId) as HTMLSelectElement | null;
    if (!select) return;
    const words = queryWords(query);
    let matches = 0;
    let total = 0;
    for (const option of select.options) {
      if (option.value === "") continue;
      total++;
      const match = matchesEvery(labels.get(option.value) ?? searchText(option.text), words);
      if (match) matches++;
      // The source chosen stays listed, so narrowing never changes what is saved. Disabled
      // too, as well as hidden, where a phone's picker shows hidden options all the same.
      const shown = match || option.selected;
      // Touched only when it changes: each change costs the page a style pass.
      if (option.hidden === shown) {
        option.hidden = !shown;
        option.disabled = !shown;
      }
    }
    typed.current ||= words.length > 0;
    setCount(words.length ? matchCountText(matches, total, "source", "sources") : typed.current ? `All ${total} sources listed` : "");
  };
  // Enter would save the form (its first button is the save): here it only ends the typing.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") event.preventDefault();
  };

  const findId = `${selectId}-find`;
  const countId = `${selectId}-count`;
  return (
    <div>
      <label htmlFor={findId} className="block font-medium">
        Find source {number}
      </label>
      <input
        id={findId}
        type="search"
        onChange={(event) => narrow(event.target.value)}
        onKeyDown={onKeyDown}
        aria-controls={selectId}
        aria-describedby={countId}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="done"
        placeholder="Outlet, title or date"
        className={inputClass}
      />
      <p id={countId} role="status" aria-live="polite" aria-atomic="true" className="mt-1 text-sm text-muted">
        {count}
      </p>
    </div>
  );
}

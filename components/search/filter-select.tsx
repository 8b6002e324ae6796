"use client";

type Option = { value: string; label: string };

/**
 * One labelled filter of the search form. A client component for the size of the page's
 * React payload, not for interactivity: its options travel as data, where a server
 * component's would travel as markup (see components/matrix/matrix-table.tsx), and a large
 * archive lists hundreds of parties and issues.
 */
export function FilterSelect({
  name,
  label,
  options,
  any,
  value,
  className,
}: {
  name: string;
  label: string;
  /** Options, or groups of them under a heading (a group without one stands on its own). */
  options: Option[] | { label: string | null; options: Option[] }[];
  /** The first option, which sets no filter ("Any party"). */
  any: string;
  value: string;
  className: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`search-${name}`} className="text-sm font-semibold">
        {label}
      </label>
      <select id={`search-${name}`} name={name} defaultValue={value} className={className}>
        <option value="">{any}</option>
        {options.map((o, i) =>
          "options" in o ? (
            o.label === null ? (
              o.options.map(choice)
            ) : (
              <optgroup key={`group-${i}`} label={o.label}>
                {o.options.map(choice)}
              </optgroup>
            )
          ) : (
            choice(o)
          ),
        )}
      </select>
    </div>
  );
}

function choice(o: Option) {
  return (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
}

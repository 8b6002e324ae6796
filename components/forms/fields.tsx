"use client";
// Labelled inputs for the edit forms. Each takes its starting value and its messages from
// the form (by name), shows messages beside itself and ties them to the input with
// aria-describedby and aria-invalid.
import type { ReactNode } from "react";
import { inputClass } from "@/components/auth/form-fields";
import type { Option } from "@/lib/forms/fields";
import { joinMessages } from "@/lib/forms/field-messages";
import { useChoices, useField } from "./form-context";
import { Textarea } from "./textarea";

export { inputClass };

export function FieldError({ id, messages }: { id?: string; messages?: string[] }) {
  if (!id || !messages?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">
      <span aria-hidden="true">⚠ </span>
      {joinMessages(messages)}
    </p>
  );
}

function Label({ htmlFor, label, optional }: { htmlFor: string; label: string; optional?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="block font-medium">
      {label}
      {optional && <span className="font-normal text-muted"> (optional)</span>}
    </label>
  );
}

function Hint({ id, children }: { id?: string; children?: ReactNode }) {
  if (!id || !children) return null;
  return (
    <p id={id} className="text-sm text-muted">
      {children}
    </p>
  );
}

type TextProps = {
  name: string;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
  multiline?: boolean;
  rows?: number;
  type?: "text" | "url" | "number" | "date";
  inputMode?: "numeric" | "text" | "url";
  autoComplete?: string;
  maxLength?: number;
  className?: string;
  placeholder?: string;
};

export function TextField({ name, label, hint, optional, multiline, rows = 4, type = "text", className, ...rest }: TextProps) {
  const f = useField(name, !!hint);
  const common = { ...f.a11y, name, defaultValue: f.defaultValue, className: inputClass, ...rest, autoComplete: rest.autoComplete ?? "off" };
  return (
    <div className={className}>
      <Label htmlFor={f.id} label={label} optional={optional} />
      <Hint id={f.hintId}>{hint}</Hint>
      {multiline ? <Textarea {...common} rows={rows} /> : <input {...common} type={type} />}
      <FieldError id={f.errorId} messages={f.messages} />
    </div>
  );
}

type SelectProps = {
  name: string;
  label: string;
  options: readonly Option[];
  hint?: ReactNode;
  optional?: boolean;
  /** The first, empty choice ("Not stated"); leave out to require a choice. */
  blank?: string;
  className?: string;
  /** Screen-reader-only label, for selects in a row whose column heads say it. */
  srLabel?: boolean;
  /** Not part of what is saved as the form now stands (a disabled select is not submitted); the hint says why. */
  disabled?: boolean;
  onChange?: (value: string) => void;
};

const optionOf = (o: Option) => (
  <option key={o.value} value={o.value}>
    {o.label}
  </option>
);

export function SelectField({ name, label, options: listed, hint, optional, blank, className, srLabel, disabled, onChange }: SelectProps) {
  const f = useField(name, !!hint);
  const options = useChoices(listed, f.defaultValues);
  const groups = [...new Set(options.map((o) => o.group).filter(Boolean))] as string[];
  return (
    <div className={className}>
      {srLabel ? (
        <label htmlFor={f.id} className="sr-only">
          {label}
        </label>
      ) : (
        <Label htmlFor={f.id} label={label} optional={optional} />
      )}
      <Hint id={f.hintId}>{hint}</Hint>
      <select
        {...f.a11y}
        name={name}
        defaultValue={f.defaultValue}
        disabled={disabled}
        onChange={onChange && ((event) => onChange(event.target.value))}
        className={`${inputClass} disabled:opacity-60`}
      >
        {blank !== undefined && <option value="">{blank}</option>}
        {options.filter((o) => !o.group).map(optionOf)}
        {groups.map((g) => (
          <optgroup key={g} label={g}>
            {options.filter((o) => o.group === g).map(optionOf)}
          </optgroup>
        ))}
      </select>
      <FieldError id={f.errorId} messages={f.messages} />
    </div>
  );
}

/** A set of checkboxes posting one name several times (participants, parties). */
export function CheckboxGroup({ name, legend, options: listed, hint }: { name: string; legend: string; options: readonly Option[]; hint?: ReactNode }) {
  const f = useField(name, !!hint, true);
  const options = useChoices(listed, f.defaultValues);
  const checked = new Set(f.defaultValues);
  return (
    <fieldset id={f.id} aria-describedby={f.a11y["aria-describedby"]} data-invalid={f.errorId ? "true" : undefined} tabIndex={-1}>
      <legend className="font-medium">{legend}</legend>
      <Hint id={f.hintId}>{hint}</Hint>
      <div className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2">
            <input type="checkbox" name={name} value={o.value} defaultChecked={checked.has(o.value)} className="mt-1 h-4 w-4 shrink-0" />
            {o.label}
          </label>
        ))}
      </div>
      <FieldError id={f.errorId} messages={f.messages} />
    </fieldset>
  );
}

export function Hidden({ name }: { name: string }) {
  const f = useField(name);
  return <input type="hidden" name={name} value={f.defaultValue} />;
}

/** A group of fields with a legend; messages about the group as a whole sit under the legend. */
export function FieldGroup({ name, legend, hint, children }: { name?: string; legend: string; hint?: ReactNode; children: ReactNode }) {
  const f = useField(name ?? "", !!hint);
  return (
    <fieldset
      id={name ? f.id : undefined}
      tabIndex={name ? -1 : undefined}
      aria-describedby={name ? f.a11y["aria-describedby"] : undefined}
      data-invalid={name && f.errorId ? "true" : undefined}
      className="rounded border border-line p-4"
    >
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {name ? <Hint id={f.hintId}>{hint}</Hint> : hint && <p className="text-sm text-muted">{hint}</p>}
      {name && <FieldError id={f.errorId} messages={f.messages} />}
      <div className="mt-3 flex flex-col gap-4">{children}</div>
    </fieldset>
  );
}

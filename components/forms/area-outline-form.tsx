"use client";
// The area's drawn outline: choose a GeoJSON file or paste GeoJSON, preview it on the map
// of the negotiation's areas, then save it (or remove the outline the area has). Bad
// GeoJSON is named problem by problem beside the field, and nothing is saved.
import { useActionState, useId, useRef, useState } from "react";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/auth/form-fields";
import { OutlinePreview } from "@/components/maps/outline-preview";
import { OUTLINE_FILE, OUTLINE_TEXT, type OutlineFormState } from "@/lib/areas/outline-form-state";
import { MAX_OUTLINE_BYTES, MAX_OUTLINE_VERTICES } from "@/lib/maps/outline-input";
import { Textarea } from "./textarea";

type Props = {
  action: (previous: OutlineFormState, form: FormData) => Promise<OutlineFormState>;
  id: string;
  version: number;
  areaName: string;
  hasOutline: boolean;
};

const kb = new Intl.NumberFormat("en-GB").format(MAX_OUTLINE_BYTES / 1024);
const points = new Intl.NumberFormat("en-GB").format(MAX_OUTLINE_VERTICES);

export function AreaOutlineForm({ action, id, version, areaName, hasOutline }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle", text: "", version, seq: 0 });
  const [fileError, setFileError] = useState<string | null>(null);
  const text = useRef<HTMLTextAreaElement>(null);
  const ids = { file: useId(), text: useId(), hint: useId(), errors: useId() };
  const errors = fileError ? [fileError] : state.status === "error" ? (state.errors ?? []) : [];

  // Reads the chosen file into the text field, so that what is previewed and saved is what the editor sees.
  async function readFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_OUTLINE_BYTES) {
      setFileError(`${file.name} is ${Math.ceil(file.size / 1024)} kB; at most ${kb} kB is accepted. Simplify it (fewer points) and choose it again.`);
    } else if (text.current) {
      text.current.value = await file.text();
    }
    input.value = "";
  }

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={state.version} />
      <div role="status" aria-live="polite" className={state.message && state.status !== "idle" ? "font-medium" : "sr-only"}>
        {state.status !== "idle" && state.message}
      </div>
      <p id={ids.hint} className="max-w-prose text-sm text-muted">
        GeoJSON (a Feature, FeatureCollection or geometry) of a Polygon or MultiPolygon for a zone or corridor, or a LineString or MultiLineString for
        a line, in longitude and latitude. At most {kb} kB and {points} points. It wins over the outline of the area&rsquo;s code.
      </p>
      <div>
        <label htmlFor={ids.file} className="block font-medium">
          GeoJSON file
        </label>
        <input
          id={ids.file}
          name={OUTLINE_FILE}
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          className="mt-1 block"
          onChange={(e) => void readFile(e.currentTarget)}
        />
      </div>
      <div>
        <label htmlFor={ids.text} className="block font-medium">
          GeoJSON <span className="font-normal text-muted">(the chosen file&rsquo;s, or pasted)</span>
        </label>
        <Textarea
          key={state.seq}
          ref={text}
          id={ids.text}
          name={OUTLINE_TEXT}
          defaultValue={state.text}
          rows={6}
          spellCheck={false}
          aria-describedby={[ids.hint, errors.length ? ids.errors : null].filter(Boolean).join(" ")}
          aria-invalid={errors.length ? true : undefined}
          className={`${inputClass} font-mono text-sm`}
        />
        {errors.length > 0 && (
          <ul id={ids.errors} className="mt-1 flex flex-col gap-0.5 text-sm font-medium text-red-800 dark:text-red-300">
            {errors.map((e) => (
              <li key={e}>
                <span aria-hidden="true">⚠ </span>
                {e}
              </li>
            ))}
          </ul>
        )}
      </div>
      {state.status === "preview" && state.preview && (
        <OutlinePreview id="outline-preview" layout={state.preview.layout} outline={state.preview.outline} label={areaName} />
      )}
      <div>
        <label htmlFor={`${ids.text}-note`} className="block font-medium">
          Note on this change <span className="font-normal text-muted">(optional)</span>
        </label>
        <input id={`${ids.text}-note`} name="note" className={inputClass} />
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="preview" className={state.status === "preview" ? secondaryButtonClass : buttonClass} disabled={pending}>
          Preview the outline
        </button>
        {state.status === "preview" && (
          <button type="submit" name="intent" value="save" className={buttonClass} disabled={pending}>
            Save this outline
          </button>
        )}
        {hasOutline && (
          <button type="submit" name="intent" value="remove" className={secondaryButtonClass} disabled={pending}>
            Remove the drawn outline
          </button>
        )}
      </div>
    </form>
  );
}

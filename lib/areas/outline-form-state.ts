// What the area's outline form and its server action pass each other: the GeoJSON as the
// editor gave it (so the form shows it again), the problems with it, or the preview to
// confirm before saving.
// Built on the one form model (lib/forms/form-state.ts), as an edit form's state is.
import type { FormState } from "@/lib/forms/form-state";
import type { OutlinePreviewData } from "@/lib/maps/preview-outline";

export type OutlineFormState = Omit<FormState, "status" | "values" | "fieldErrors"> & {
  status: FormState["status"] | "preview";
  /** Problems with the GeoJSON, each naming where it is: all of one field, the outline. */
  errors?: string[];
  text: string;
  preview?: OutlinePreviewData;
  /** The area's version the next save starts from. */
  version: number;
  /** Counts submissions, so the form is drawn afresh after each one. */
  seq: number;
};

/** The form's field names, shared by the form and the action. */
export const OUTLINE_TEXT = "outlineText";
export const OUTLINE_FILE = "outlineFile";

// What the area's outline form and its server action pass each other: the GeoJSON as the
// editor gave it (so the form shows it again), the problems with it, or the preview to
// confirm before saving.
import type { OutlinePreviewData } from "@/lib/maps/preview-outline";

export type OutlineFormState = {
  status: "idle" | "error" | "preview";
  /** One sentence for the live region. */
  message?: string;
  /** Problems with the GeoJSON, each naming where it is. */
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

/** The slug an uploaded outline has in its preview (layoutOutlinePreview, OutlinePreview). */
export const PREVIEW_SLUG = "outline";

/** The ids of rows read with `select: { id: true }`. */
export const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

/** Areas a map cannot draw (no outline yet), named so that none is silently left out. */
export function MissingAreas({ areas }: { areas: { slug: string; label: string }[] }) {
  if (!areas.length) return null;
  return (
    <p className="text-sm text-muted">
      Not on the map, for want of an outline: {areas.map((a) => a.label).join(", ")}. The table includes them.
    </p>
  );
}

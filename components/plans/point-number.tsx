/** "Point 12", saying so when the label is Parley's own rather than the document's number. */
export function PointNumber({ number, numberPrinted, prefix = "Point" }: { number: string; numberPrinted: boolean; prefix?: string }) {
  return (
    <>
      {prefix ? `${prefix} ` : ""}
      {number}
      {!numberPrinted && <span className="text-sm font-normal text-muted"> (Parley&rsquo;s label: the document&rsquo;s number is not known)</span>}
    </>
  );
}

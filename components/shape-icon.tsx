// Small shapes that repeat a badge's meaning without colour, for readers who cannot tell
// the colours apart (and in print). Always beside the word, so hidden from assistive tech.
export type Shape = "triangle" | "diamond" | "disc" | "check" | "half" | "cross" | "square" | "ring";

export function ShapeIcon({ shape }: { shape: Shape }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 12 12" width="12" height="12" className="shrink-0">
      {shape === "triangle" && <path d="M6 1.2 11 10.4H1Z" fill="currentColor" />}
      {shape === "diamond" && <path d="M6 .8 11.2 6 6 11.2.8 6Z" fill="currentColor" />}
      {shape === "disc" && <circle cx="6" cy="6" r="4.8" fill="currentColor" />}
      {shape === "check" && (
        <path d="M1.6 6.4 4.7 9.3 10.4 2.7" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      )}
      {shape === "half" && (
        <>
          <circle cx="6" cy="6" r="4.6" fill="none" stroke="currentColor" strokeWidth="1.4" />
          <path d="M6 1.4a4.6 4.6 0 0 0 0 9.2Z" fill="currentColor" />
        </>
      )}
      {shape === "cross" && (
        <path d="M2.4 2.4 9.6 9.6M9.6 2.4 2.4 9.6" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      )}
      {shape === "square" && (
        <rect x="1.8" y="1.8" width="8.4" height="8.4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeDasharray="2.2 1.4" />
      )}
      {shape === "ring" && <circle cx="6" cy="6" r="4.4" fill="none" stroke="currentColor" strokeWidth="1.6" />}
    </svg>
  );
}

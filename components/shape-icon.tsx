// Small shapes that repeat a badge's meaning without colour, for readers who cannot tell
// the colours apart (and in print). Always beside the word, so hidden from assistive tech.
//
// Each shape is drawn once per page, in <ShapeSprite> (in the root layout), and every badge
// refers to it with <use>: a matrix holds hundreds of badges, and each copy of the paths
// would be sent twice, in the HTML and again in the React payload.
export type Shape = "triangle" | "diamond" | "disc" | "check" | "half" | "cross" | "square" | "ring";

export function ShapeIcon({ shape }: { shape: Shape }) {
  return (
    <svg aria-hidden="true" focusable="false" className="shape-icon">
      <use href={`#shape-${shape}`} />
    </svg>
  );
}

/** The shapes' drawings, referred to by every ShapeIcon on the page. Renders nothing visible. */
export function ShapeSprite() {
  return (
    <svg aria-hidden="true" focusable="false" width="0" height="0" className="absolute overflow-hidden">
      <symbol id="shape-triangle" viewBox="0 0 12 12">
        <path d="M6 1.2 11 10.4H1Z" fill="currentColor" />
      </symbol>
      <symbol id="shape-diamond" viewBox="0 0 12 12">
        <path d="M6 .8 11.2 6 6 11.2.8 6Z" fill="currentColor" />
      </symbol>
      <symbol id="shape-disc" viewBox="0 0 12 12">
        <circle cx="6" cy="6" r="4.8" fill="currentColor" />
      </symbol>
      <symbol id="shape-check" viewBox="0 0 12 12">
        <path d="M1.6 6.4 4.7 9.3 10.4 2.7" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      </symbol>
      <symbol id="shape-half" viewBox="0 0 12 12">
        <circle cx="6" cy="6" r="4.6" fill="none" stroke="currentColor" strokeWidth="1.4" />
        <path d="M6 1.4a4.6 4.6 0 0 0 0 9.2Z" fill="currentColor" />
      </symbol>
      <symbol id="shape-cross" viewBox="0 0 12 12">
        <path d="M2.4 2.4 9.6 9.6M9.6 2.4 2.4 9.6" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      </symbol>
      <symbol id="shape-square" viewBox="0 0 12 12">
        <rect x="1.8" y="1.8" width="8.4" height="8.4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeDasharray="2.2 1.4" />
      </symbol>
      <symbol id="shape-ring" viewBox="0 0 12 12">
        <circle cx="6" cy="6" r="4.4" fill="none" stroke="currentColor" strokeWidth="1.6" />
      </symbol>
    </svg>
  );
}

// Text measured without a browser: the server lays out labels and tooltips before any font
// is loaded, so widths are estimated from character classes of a typical sans-serif (the
// page's system-ui stack). Generous on purpose: an estimate too wide costs a little room,
// one too narrow makes labels collide.

const NARROW = /[ijlI.,:;'’|!()[\]\s-]/;
const WIDE = /[MWmw@%—]/;

/** Estimated width of `text` set at `fontSize` (same units), bold when `bold`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.test(ch)) em += 0.3;
    else if (WIDE.test(ch)) em += 0.86;
    else if (/[A-Z0-9]/.test(ch)) em += 0.66;
    else em += 0.55;
  }
  return em * fontSize * (bold ? 1.07 : 1);
}

/** Words broken into lines no wider than `maxWidth`; a word longer than a line stands alone. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

// A strict RFC 4180 reader for the tests: quoted fields with doubled quotes, CRLF record
// ends only (a bare LF or CR outside quotes is an error), a final CRLF allowed.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`CSV: ${why} at offset ${i}`);
  };
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail("unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && !",\r\n".includes(text[i]!)) {
        if (text[i] === '"') fail("quote inside an unquoted field");
        field += text[i++];
      }
    }
    row.push(field);
    if (i >= text.length) break;
    if (text[i] === ",") {
      i++;
      continue;
    }
    if (text[i] === "\r" && text[i + 1] === "\n") {
      i += 2;
      rows.push(row);
      row = [];
      continue;
    }
    fail("expected a comma or CRLF");
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvRow, toCsv } from "@/lib/export/csv";
import { parseCsv } from "../support/parse-csv";

describe("csvCell", () => {
  it("leaves plain text alone and writes nothing for null", () => {
    expect(csvCell("Ruritania")).toBe("Ruritania");
    expect(csvCell("Рурітанія — Бордурія")).toBe("Рурітанія — Бордурія");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell("")).toBe("");
  });

  it("quotes cells with commas, quotes or line breaks, doubling the quotes (RFC 4180)", () => {
    expect(csvCell("Harbour Town, Ruritania")).toBe('"Harbour Town, Ruritania"');
    expect(csvCell('He said "no"')).toBe('"He said ""no"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
  });

  it("defuses cells a spreadsheet would run as a formula with a leading single quote", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+1 555")).toBe("'+1 555");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe("\"'\r=1\"");
    // Only the first character counts.
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("30-day truce")).toBe("30-day truce");
  });
});

describe("toCsv", () => {
  it("starts with a byte order mark and ends every line with CRLF", () => {
    const csv = toCsv(["A", "B"], [["1", "x,y"], ["2", null]]);
    expect(csv).toBe(`${CSV_BOM}A,B\r\n1,"x,y"\r\n2,\r\n`);
    expect(csvRow(["a"])).toBe("a\r\n");
  });

  it("reads back as the same cells, formula prefixes aside, for any text", () => {
    const cell = fc.string({ unit: "grapheme", maxLength: 20 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { maxLength: 5 }), (rows) => {
        const width = rows[0]?.length ?? 2;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
        const header = Array.from({ length: width }, (_, i) => `C${i}`);
        const parsed = parseCsv(toCsv(header, table).slice(CSV_BOM.length));
        const expected = table.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
        expect(parsed).toEqual([header, ...expected]);
      }),
    );
  });
});

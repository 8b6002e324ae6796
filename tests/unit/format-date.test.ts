import { describe, expect, it } from "vitest";
import { formatDay, formatMoment } from "@/lib/dates/format-date";

describe("recorded moments in words", () => {
  const at = new Date("2025-05-16T10:07:42.500Z");
  it("a moment to the minute, in UTC", () => expect(formatMoment(at)).toBe("16 May 2025 at 10:07 UTC"));
  it("a moment to the second, for logs of fast events", () => expect(formatMoment(at, { seconds: true })).toBe("16 May 2025 at 10:07:42 UTC"));
  it("the day alone, in UTC whatever the server's zone", () => expect(formatDay("2025-05-16T23:30:00Z")).toBe("16 May 2025"));
});

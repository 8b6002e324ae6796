// A NUL or other control character in a text filter is refused plainly on both engines
// (PostgreSQL text cannot hold NUL, so passing it on would fail inside the database).
import { describe, expect, it } from "vitest";
import * as searchRoute from "@/app/api/v1/search/route";
import { call, expectProblem, recordRoutes } from "./api-support";

describe("control characters in query strings", () => {
  it.each(["%00", "a%00b", "%1F", "%7F"])("positions?q=%s is a 422, not a 5xx", async (q) => {
    await expectProblem(await call(recordRoutes.position.list, "GET", `/api/v1/positions?q=${q}`), 422);
  });

  it("search?q=%00 is a 422 naming the field", async () => {
    const response = await call(searchRoute, "GET", "/api/v1/search?q=%00");
    expect(response.status).toBe(422);
    expect(JSON.stringify(await response.json())).toContain("control characters");
  });
});

import { describe, expect, it } from "vitest";
import { listAddress, tidyListAddress } from "@/lib/records/url-filter";

describe("listAddress", () => {
  it("names only the filters with a value, in the order given", () => {
    expect(listAddress("/events", { negotiation: "lakeside-talks", party: undefined })).toBe("/events?negotiation=lakeside-talks");
    expect(listAddress("/events", { party: "river-league", status: "kept" })).toBe("/events?party=river-league&status=kept");
    expect(listAddress("/events", { negotiation: undefined, party: "" })).toBe("/events");
  });

  it("encodes what it names", () => {
    expect(listAddress("/commitments", { party: "a&b c" })).toBe("/commitments?party=a%26b+c");
  });
});

describe("tidyListAddress", () => {
  const names = ["negotiation", "party", "status"];

  it("drops the filters a form sent empty, and orders the rest", () => {
    expect(tidyListAddress("/commitments", { status: "broken", negotiation: "", party: "river-league" }, names)).toBe("/commitments?party=river-league&status=broken");
    expect(tidyListAddress("/commitments", { negotiation: " ", party: "" }, names)).toBe("/commitments");
  });

  it("leaves an address with no empty filter alone", () => {
    expect(tidyListAddress("/commitments", { party: "river-league", status: "broken" }, names)).toBeNull();
    expect(tidyListAddress("/commitments", {}, names)).toBeNull();
  });

  it("reads the first of repeated parameters and ignores others it was not given", () => {
    expect(tidyListAddress("/commitments", { party: ["river-league", "hill-union"], negotiation: "", utm: "" }, names)).toBe("/commitments?party=river-league");
  });
});

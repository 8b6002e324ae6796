// A change made through an API token is recorded with the token's name; readers see its owner only.
import { describe, expect, it } from "vitest";
import { apiTokenActorLabel, readerActorLabel } from "@/lib/auth/actor-label";

describe("actor labels", () => {
  it("record a token's change by its owner and the token's name", () => {
    expect(apiTokenActorLabel("Ada Lovelace", "nightly import")).toBe("Ada Lovelace (API token “nightly import”)");
  });

  it("show readers the owner and that a token was used, not its name", () => {
    expect(readerActorLabel(apiTokenActorLabel("Ada Lovelace", "nightly import"))).toBe("Ada Lovelace (API token)");
    // Whatever the name holds, quotes and brackets included.
    expect(readerActorLabel(apiTokenActorLabel("Ada", "sync “Ruritania” (v2)\u201d)"))).toBe("Ada (API token)");
  });

  it("leave an editor's own name as it is", () => {
    expect(readerActorLabel("Ada Lovelace")).toBe("Ada Lovelace");
    expect(readerActorLabel("Parley seed")).toBe("Parley seed");
  });
});

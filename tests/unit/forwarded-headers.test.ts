// Whose X-Forwarded-* headers count: only a trusted proxy's (PARLEY_TRUSTED_PROXIES, none
// by default), so a client talking to Parley directly cannot choose its address.
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/config/env";
import { clientAddressFrom } from "@/lib/request/forwarded-headers";

const proxies = (value: string) => parseEnv({ PARLEY_TRUSTED_PROXIES: value }).PARLEY_TRUSTED_PROXIES.blockList;
const none = proxies("");

describe("clientAddressFrom", () => {
  it("is the peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddressFrom("203.0.113.7", undefined, none)).toBe("203.0.113.7");
    expect(clientAddressFrom("203.0.113.7", "198.51.100.1", none)).toBe("203.0.113.7");
    expect(clientAddressFrom("::ffff:203.0.113.7", "1.1.1.1, 2.2.2.2", none)).toBe("203.0.113.7");
    expect(clientAddressFrom(undefined, "1.1.1.1", none)).toBe("unknown");
  });

  it("takes the address a trusted proxy received from, and never what the client wrote before it", () => {
    const nginx = proxies("10.0.0.2");
    expect(clientAddressFrom("10.0.0.2", "203.0.113.7", nginx)).toBe("203.0.113.7");
    expect(clientAddressFrom("10.0.0.2", "1.1.1.1, 203.0.113.7", nginx)).toBe("203.0.113.7");
    // A peer that is not the proxy is the client, even if it claims to forward for someone.
    expect(clientAddressFrom("203.0.113.9", "1.1.1.1", nginx)).toBe("203.0.113.9");
  });

  it("walks through a chain of trusted proxies, stopping at the first address that is not one", () => {
    const chain = proxies("10.0.0.0/8");
    expect(clientAddressFrom("10.0.0.2", "1.1.1.1, 203.0.113.7, 10.0.0.9", chain)).toBe("203.0.113.7");
    expect(clientAddressFrom("10.0.0.2", "10.0.0.9", chain)).toBe("10.0.0.9");
    expect(clientAddressFrom("10.0.0.2", "not-an-address", chain)).toBe("10.0.0.2");
  });
});

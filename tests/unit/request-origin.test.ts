import { describe, expect, it } from "vitest";
import { requestOrigin } from "@/lib/feeds/request-origin";

const req = (headers: Record<string, string>, url = "http://localhost:3000/changes.atom") => new Request(url, { headers });

describe("requestOrigin", () => {
  it("uses the Host header over the server's own address", () => {
    expect(requestOrigin(req({ host: "127.0.0.1:3140" }))).toBe("http://127.0.0.1:3140");
    expect(requestOrigin(req({}))).toBe("http://localhost:3000");
  });

  it("prefers the host and protocol a proxy forwards", () => {
    expect(requestOrigin(req({ host: "app:3000", "x-forwarded-host": "parley.example, proxy", "x-forwarded-proto": "https" }))).toBe(
      "https://parley.example",
    );
    expect(requestOrigin(req({ host: "[::1]:3000" }))).toBe("http://[::1]:3000");
  });

  it("ignores malformed hosts and protocols", () => {
    expect(requestOrigin(req({ host: "evil\"><x>", "x-forwarded-host": "a b", "x-forwarded-proto": "javascript" }))).toBe("http://localhost:3000");
    expect(requestOrigin(req({ host: "evil/path" }, "https://parley.example/x"))).toBe("https://parley.example");
  });
});

// The OpenAPI document that GET /api/v1/openapi.json serves passes the Spectral linter's
// `spectral:oas` ruleset (as `spectral lint` applies it: the recommended rules) without an
// error, so code generators, gateways and mock servers accept it. The whole generated
// document is linted, so every resource registered later is covered too. Warnings are
// printed, not failed: the one left, `info-contact`, asks for a contact that each operator
// of Parley would give, and `oas3-unused-component` flags the per-issue-kind `Terms…`
// schemas, which are there for readers of the reference even though the positions'
// `terms` field is described as any object.
import { Spectral, type ISpectralDiagnostic } from "@stoplight/spectral-core";
import { oas } from "@stoplight/spectral-rulesets";
import { describe, expect, it } from "vitest";
import * as route from "@/app/api/v1/openapi.json/route";

const SEVERITY = ["error", "warning", "information", "hint"];

async function servedDocument(): Promise<string> {
  const response = await route.GET(new Request("http://localhost/api/v1/openapi.json"), { params: Promise.resolve({}) });
  expect(response.status).toBe(200);
  return response.text();
}

const describeResult = (r: ISpectralDiagnostic) => `${SEVERITY[r.severity]} ${r.code} at ${r.path.join(".") || "(document)"}: ${r.message}`;

describe("the served OpenAPI document", () => {
  it("has no error under Spectral's spectral:oas ruleset", async () => {
    const spectral = new Spectral();
    spectral.setRuleset({ extends: [oas] } as Parameters<Spectral["setRuleset"]>[0]);
    const results = await spectral.run(await servedDocument());
    const errors = results.filter((r) => r.severity === 0).map(describeResult);
    const others = results.filter((r) => r.severity !== 0).map(describeResult);
    if (others.length) console.info(`Spectral, beyond errors (${others.length}):\n  ${others.join("\n  ")}`);
    expect(errors).toEqual([]);
    // The ruleset really ran: it has opinions about any document, this one included.
    expect(results.length).toBeGreaterThan(0);
  });
});

// Layers point down: app/ → components/ → lib/. lib/ never imports components/ or app/, and
// components/ never import app/ — a page hands its server actions to a form as props. This
// reads every source file's import and export-from specifiers, static and dynamic.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx)$/.test(name) ? [file] : [];
  });
}

const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;

/** Every module a file imports, as written. */
function importsOf(source: string): string[] {
  return [...source.matchAll(specifier)].map((m) => m[1]!);
}

function reachesInto(file: string, spec: string, layer: string): boolean {
  if (spec === `@/${layer}` || spec.startsWith(`@/${layer}/`)) return true;
  if (!spec.startsWith(".")) return false;
  const resolved = path.relative(".", path.resolve(path.dirname(file), spec));
  return resolved === layer || resolved.startsWith(`${layer}${path.sep}`);
}

function offences(dir: string, forbidden: string[]): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(readFileSync(file, "utf8"))
      .filter((spec) => forbidden.some((layer) => reachesInto(file, spec, layer)))
      .map((spec) => `${file} imports ${spec}`),
  );
}

describe("layers", () => {
  it("finds imports in the forms code uses", () => {
    const source = `import a from "@/app/x";\nimport { b } from '../app/y';\nexport { c } from "@/app/z";\nconst d = await import("@/app/w");\nimport "@/app/side-effect";`;
    expect(importsOf(source)).toEqual(["@/app/x", "../app/y", "@/app/z", "@/app/w", "@/app/side-effect"]);
    expect(reachesInto("components/forms/x.tsx", "../../app/y", "app")).toBe(true);
    expect(reachesInto("components/forms/x.tsx", "./app-like", "app")).toBe(false);
  });

  it("lib/ imports nothing from components/ or app/", () => {
    expect(offences("lib", ["components", "app"])).toEqual([]);
  });

  it("components/ import nothing from app/", () => {
    expect(offences("components", ["app"])).toEqual([]);
  });
});

// The write path knows no individual kind: what a kind's change means (which negotiations it
// touches, how its snapshots read) lives in its own folder, lib/<kind>/. This fails if any of
// the registry's kind names appears quoted in lib/revisions, in code or in comments.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { entityTypes } from "@/lib/records/registry";

const dir = path.join("lib", "revisions");
const files = readdirSync(dir).filter((f) => f.endsWith(".ts")).map((f) => path.join(dir, f));

/** A kind's name as code would spell it: as a string, in double or single quotes. */
const quoted = (name: string) => new RegExp(`(["'])${name}\\1`);

describe("lib/revisions names no kind of record", () => {
  it("reads the kinds and the files", () => {
    expect(entityTypes.length).toBeGreaterThan(5);
    expect(files.length).toBeGreaterThan(5);
  });

  it("in any of its files", () => {
    const found: string[] = [];
    for (const file of files) {
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          for (const name of entityTypes) if (quoted(name).test(line)) found.push(`${file}:${i + 1}: “${name}” in ${line.trim().slice(0, 120)}`);
        });
    }
    expect(found).toEqual([]);
  });

  it("would notice one", () => {
    const [name] = entityTypes;
    expect(quoted(name).test(`if (entityType === "${name}") return EVERYTHING;`)).toBe(true);
    expect(quoted(name).test(`const ${name}Id = 1;`)).toBe(false);
  });
});

// The committed migrations of the engine under test must produce exactly the schema.
// Uses the Prisma CLI's own diff against a shadow database, as a developer would.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseUrl, engineFor } from "@/lib/db/engine";

const engine = engineFor(databaseUrl());
const dir = engine === "sqlite" ? "prisma" : "prisma/postgres";

function diffExitCode(schemaPath: string): number {
  try {
    execFileSync(
      "npx",
      ["prisma", "migrate", "diff", "--from-migrations", `${dir}/migrations`, "--to-schema-datamodel", schemaPath, "--exit-code"],
      { stdio: "pipe", env: process.env },
    );
    return 0;
  } catch (error) {
    return (error as { status: number }).status;
  }
}

describe(`${engine} migrations`, () => {
  it("match the schema (no drift)", () => {
    expect(diffExitCode(`${dir}/schema.prisma`)).toBe(0);
  });

  it("are reported as drifted when the schema gains a model they lack", () => {
    const changed = path.join(mkdtempSync(path.join(tmpdir(), "parley-drift-")), "schema.prisma");
    writeFileSync(changed, readFileSync(`${dir}/schema.prisma`, "utf8") + "\nmodel DriftProbe {\n  id Int @id\n}\n");
    expect(diffExitCode(changed)).toBe(2);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { postgresSchemaFrom } from "@/prisma/postgres-schema";

describe("the PostgreSQL schema copy", () => {
  it("is exactly what `npm run db:schema` writes from the SQLite source of truth", () => {
    const source = readFileSync("prisma/schema.prisma", "utf8");
    expect(readFileSync("prisma/postgres/schema.prisma", "utf8")).toBe(postgresSchemaFrom(source));
  });
});

// The PostgreSQL schema is derived, never edited: see prisma/schema.prisma.
export function postgresSchemaFrom(sqliteSchema: string): string {
  const header =
    "// GENERATED from prisma/schema.prisma by `npm run db:schema`. Do not edit.\n";
  const out = sqliteSchema
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output     = "../lib/db/generated/sqlite"', 'output     = "../../lib/db/generated/postgres"');
  if (out === sqliteSchema || !out.includes("generated/postgres")) {
    throw new Error("prisma/schema.prisma no longer has the datasource or output lines this script rewrites");
  }
  return header + out;
}

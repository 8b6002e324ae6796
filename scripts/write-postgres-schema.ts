// Writes prisma/postgres/schema.prisma from the SQLite source of truth.
// Only the datasource provider and the generated client's folder differ.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { postgresSchemaFrom } from "../prisma/postgres-schema";

const source = readFileSync("prisma/schema.prisma", "utf8");
mkdirSync("prisma/postgres", { recursive: true });
writeFileSync("prisma/postgres/schema.prisma", postgresSchemaFrom(source));
console.log("wrote prisma/postgres/schema.prisma");

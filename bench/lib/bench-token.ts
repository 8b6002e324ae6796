// Prints a write-scoped API token for the benchmark's writes, made for a fresh admin account
// through the same domain functions as /admin/tokens. Run with the react-server condition
// (lib/auth is server-only):
//   DATABASE_URL=… npx tsx --conditions=react-server bench/lib/bench-token.ts
import { randomBytes } from "node:crypto";
import { createApiToken } from "@/lib/auth/api-tokens";
import { createUserFromCommandLine } from "@/lib/auth/create-user";
import { db } from "@/lib/db/client";

const tag = randomBytes(4).toString("hex");
const admin = await createUserFromCommandLine({
  email: `bench-${tag}@example.org`,
  name: `Benchmark ${tag}`,
  role: "admin",
  password: randomBytes(18).toString("base64url"),
});
const { token } = await createApiToken({
  actor: { id: admin.id, label: admin.name, role: "admin" },
  input: { name: `Benchmark ${tag}`, scope: "write" },
});
console.log(token);
await db.$disconnect();

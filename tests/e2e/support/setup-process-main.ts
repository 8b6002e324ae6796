// The setup process of one Playwright worker (./setup-process.ts starts it): makes what the
// tests set up — records of their own, another editor's edits, accounts and their sessions —
// through the real domain functions, against the database the app under test uses.
// Requests arrive as JSON lines on stdin, { id, command, args }; answers leave as JSON lines
// on file descriptor 3, apart from whatever the domain functions log on stdout.
import { writeSync } from "node:fs";
import { createInterface } from "node:readline";
import { createUserFromCommandLine } from "@/lib/auth/create-user";
import { createSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import { runEditCommand } from "./edit-commands";
import { fixtureCommands } from "./fixture-commands";

const ANSWERS = 3;

const commands: Record<string, (...args: string[]) => Promise<unknown>> = {
  fixture: (name) => fixtureCommands[name]!(),
  edit: (...args) => runEditCommand(args),
  // The function scripts/create-admin.ts calls.
  user: (email, name, role, password) => createUserFromCommandLine({ email, name, role, password }),
  // A session as signing in opens one (lib/auth/sign-in.ts), from the address the tests use.
  session: (userId) => createSession(userId!, new Date(), "127.0.0.1"),
};

function answer(message: { id: number; value?: unknown; error?: string }) {
  writeSync(ANSWERS, `${JSON.stringify(message)}\n`);
}

createInterface({ input: process.stdin })
  .on("line", (line) => {
    const { id, command, args } = JSON.parse(line) as { id: number; command: string; args: string[] };
    const run = commands[command] ?? (() => Promise.reject(new Error(`unknown setup command ${command}`)));
    run(...args).then(
      (value) => answer({ id, value }),
      (error: unknown) => answer({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  })
  // The worker has gone: so does this process.
  .on("close", () => void db.$disconnect());

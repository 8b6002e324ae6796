// Creates an account from the command line — on a fresh install, the first admin:
//
//   npm run create-admin -- --email ada@example.org --name "Ada Lovelace"
//
// The password comes from PARLEY_ADMIN_PASSWORD, or is asked for (hidden, twice) when run
// in a terminal. --role editor makes an editor instead. DATABASE_URL picks the database.
// Runs with the react-server condition (see package.json) because lib/auth is server-only.
import { parseArgs } from "node:util";
import { createUserFromCommandLine } from "@/lib/auth/create-user";
import { PASSWORD_MIN } from "@/lib/auth/inputs";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";

const usage = `Usage: npm run create-admin -- --email <email> --name <name> [--role admin|editor]
The password is read from PARLEY_ADMIN_PASSWORD, or asked for when run in a terminal.`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "admin" }, help: { type: "boolean" } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (!values.email || !values.name) {
    console.error(`Both --email and --name are needed.\n${usage}`);
    return 2;
  }

  const password = process.env.PARLEY_ADMIN_PASSWORD ?? (await askPassword());
  if (password === null) {
    console.error("No password: set PARLEY_ADMIN_PASSWORD, or run this in a terminal to be asked for one.");
    return 2;
  }

  try {
    const user = await createUserFromCommandLine({ email: values.email, name: values.name, role: values.role, password });
    console.log(`Created ${user.role} ${user.name} <${user.email}>. They can sign in at /sign-in.`);
    return 0;
  } catch (error) {
    if (isAppError(error)) {
      const fields = Object.entries(error.details.fieldErrors ?? {}).map(([field, messages]) => `  ${field}: ${messages.join("; ")}`);
      console.error(fields.length ? `Not created:\n${fields.join("\n")}` : `Not created: ${error.message}`);
      return 1;
    }
    if ((error as { code?: string }).code === "P2021") {
      console.error("The database has no accounts table yet: run `npm run db:migrate` first.");
      return 1;
    }
    throw error;
  }
}

async function askPassword(): Promise<string | null> {
  if (!process.stdin.isTTY) return null;
  console.log(`Choose a password of at least ${PASSWORD_MIN} characters.`);
  const first = await promptHidden("Password: ");
  const second = await promptHidden("Password again: ");
  if (first !== second) {
    console.error("The passwords differ.");
    process.exit(1);
  }
  return first;
}

// Reads a line from the terminal without echoing it.
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stdout.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding("utf8");
  stdin.resume();
  return new Promise((resolve) => {
    let value = "";
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n" || ch === "\u0004") {
          finish();
          return resolve(value);
        }
        if (ch === "\u0003") {
          finish();
          process.exit(130);
        }
        value = ch === "\u007f" || ch === "\b" ? value.slice(0, -1) : value + ch;
      }
    };
    const finish = () => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write("\n");
    };
    stdin.on("data", onData);
  });
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());

// Changes made by "another editor" for the history tests: see edit-commands.ts.
import { runSetupCommand } from "./setup-process";

export function editAsAnotherEditor<T = Record<string, unknown>>(...args: string[]): Promise<T> {
  return runSetupCommand<T>("edit", ...args);
}

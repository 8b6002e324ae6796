import "server-only";
// New passwords must not be easy to guess (ASVS 2.1.7): zxcvbn checks them against its list
// of some 30,000 passwords common in breaches, keyboard patterns, repeats, dates and the
// account's own email and name, and scores the guesses an attacker would need. Length (12
// or more) stays the only rule people are told up front; no composition rules (2.1.9).
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { AppError } from "@/lib/errors/app-error";

// 3 of 4: "safely unguessable", about 10^8 guesses or more — far beyond what the
// sign-in delays let anyone try online.
const MIN_SCORE = 3;

let checker: ZxcvbnFactory | undefined;

const reasons: Record<string, string> = {
  straightRow: "it is a row of keys on the keyboard",
  keyPattern: "it is a pattern of keys on the keyboard",
  simpleRepeat: "it repeats characters",
  extendedRepeat: "it repeats a short pattern",
  sequences: "it is a sequence such as abcd or 1234",
  recentYears: "it is built on a recent year",
  dates: "it is built on a date",
  topTen: "it is one of the most common passwords",
  topHundred: "it is one of the most common passwords",
  common: "it is a commonly used password",
  similarToCommon: "it is close to a commonly used password",
  wordByItself: "it is a single word",
  namesByThemselves: "it is made of names",
  commonNames: "it is made of common names",
  userInputs: "it contains your email or name",
};

/** Throws a validation error on `field` when the password is too easy to guess. */
export function assertStrongPassword(password: string, { email, name, field }: { email: string; name?: string; field: string }) {
  checker ??= new ZxcvbnFactory({ graphs: adjacencyGraphs, dictionary });
  const personal = [email, email.split("@")[0]!, ...(name ? name.split(/\s+/) : []), "parley"].filter((w) => w.length >= 3);
  const result = checker.check(password, personal);
  if (result.score >= MIN_SCORE) return;
  const reason = (result.feedback.warning && reasons[result.feedback.warning]) || "it would be quick to guess";
  throw new AppError("validation", "Some fields need attention", {
    fieldErrors: { [field]: [`Choose a password that is harder to guess: ${reason}. A few unrelated words make a good one.`] },
  });
}

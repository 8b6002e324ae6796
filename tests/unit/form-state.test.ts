// What a server action hands its form must be something React can send to the client: plain
// objects only. Field-error maps are built without a prototype (an input's key may be
// "toString"), so the form's state copies them into plain objects, keys kept as keys.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, fieldErrorsFrom } from "@/lib/errors/app-error";
import { formStateFromError } from "@/lib/forms/form-state";
import { friendlyErrors, validateFields } from "@/lib/forms/validate";

const isPlain = (value: unknown) => Object.getPrototypeOf(value) === Object.prototype;

describe("a form's state after a validation error", () => {
  it("carries field errors as a plain object React can send", () => {
    const parsed = z.object({ email: z.email() }).safeParse({ email: "editor@example" });
    const errors = fieldErrorsFrom(parsed.error!);
    expect(isPlain(errors)).toBe(false);
    const state = formStateFromError(new AppError("validation", "Check the form", { fieldErrors: errors }));
    expect(isPlain(state.fieldErrors)).toBe(true);
    expect(Object.keys(state.fieldErrors!)).toEqual(["email"]);
  });

  it("keeps a key named like Object's members as a key, not a prototype", () => {
    const errors = JSON.parse('{"__proto__": ["Not a field"], "toString": ["Nor this"]}') as Record<string, string[]>;
    for (const plain of [formStateFromError(new AppError("validation", "x", { fieldErrors: errors })).fieldErrors!, friendlyErrors(errors)]) {
      expect(isPlain(plain)).toBe(true);
      expect(Object.keys(plain).sort()).toEqual(["__proto__", "toString"]);
      expect(Object.getOwnPropertyDescriptor(plain, "__proto__")?.value).toEqual(["Not a field"]);
    }
  });

  it("gives edit forms' messages as plain objects too", () => {
    expect(isPlain(validateFields(z.object({ summary: z.string().min(1) }), { summary: "" }))).toBe(true);
  });
});

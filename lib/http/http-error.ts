// An error that is already an HTTP answer: a status the domain has no word for (400, 412,
// 413, 415) with an optional problem extension such as the current record. Thrown by the
// API's plumbing and turned into problem+json by `apiHandler`.
import type { Problem } from "./problem";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Partial<Problem> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }
}

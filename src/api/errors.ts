// API errors: what went wrong, in domain terms; problem.ts alone turns errors into HTTP answers.

export interface FieldIssue {
  /** Where: "query.limit", "params.id", "body.text", or "body" for the whole body. */
  field: string;
  message: string;
}

/** The request does not say what the route accepts. */
export class InvalidRequestError extends Error {
  override name = "InvalidRequestError";
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join("; "));
  }
}

/** The thing asked for does not exist. */
export class NotFoundError extends Error {
  override name = "NotFoundError";
  constructor(
    readonly what: string,
    readonly id: string,
  ) {
    super(`no ${what} with id ${id}`);
  }
}

/** The request needs a key it does not carry (or carries a wrong one). */
export class UnauthorizedError extends Error {
  override name = "UnauthorizedError";
}

/** The body is larger than the route accepts. */
export class PayloadTooLargeError extends Error {
  override name = "PayloadTooLargeError";
}

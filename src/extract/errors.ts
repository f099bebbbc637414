/** Input the extractor will not read, with the reason in plain words. Knows nothing of HTTP or files. */
export class ExtractionInputError extends Error {
  override name = "ExtractionInputError";
  constructor(
    readonly code: "empty" | "binary" | "too-large" | "not-english",
    message: string,
  ) {
    super(message);
  }
}

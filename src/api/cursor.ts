// Opaque list cursors: the offset of the next page, so clients never build them.
export const encodeCursor = (offset: number | null): string | null =>
  offset === null ? null : Buffer.from(`o:${offset}`).toString("base64url");

export function decodeCursor(cursor: string): number | null {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^o:(\d{1,9})$/.exec(text);
  return match ? Number(match[1]) : null;
}

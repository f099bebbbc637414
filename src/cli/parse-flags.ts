// A command's flags checked against their schema; the first problem is named by its flag.
import type { z } from "zod";

export function parseFlags<T extends z.ZodType>(
  schema: T,
  raw: Record<string, unknown>,
  command: string,
  flagNames: Record<string, string> = {},
): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0] ?? "");
  throw new Error(`${command}: ${flagNames[name] ?? `--${name}`}: ${issue?.message}`);
}

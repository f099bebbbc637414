/** Reads an environment variable; the empty string counts as unset, everywhere in diplograph. */
export function envValue(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env[name];
  return value === undefined || value === "" ? undefined : value;
}

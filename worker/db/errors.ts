/** D1/SQLite constraint failures arrive as errors (Drizzle wraps them in `cause`); find which one. */
function messages(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err; e instanceof Error; e = e.cause) parts.push(e.message);
  return parts.join('\n');
}

/** True when `err` is a UNIQUE violation, optionally on a given `table.column`. */
export const isUniqueViolation = (err: unknown, column?: string) =>
  new RegExp(`UNIQUE constraint failed${column ? `: [^\\n]*${column.replace('.', '\\.')}` : ''}`).test(messages(err));

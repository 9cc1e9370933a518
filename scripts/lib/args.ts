/** `--name value` / `--name=value` options we understand; everything else is passed on to wrangler. */
export function takeOptions<K extends string>(argv: string[], names: readonly K[]) {
  const options: Partial<Record<K, string>> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    const name = flag.replace(/^--/, '') as K;
    if (flag.startsWith('--') && names.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`${flag} needs a value.`);
      options[name] = value;
    } else {
      rest.push(arg);
    }
  }
  return { options, rest };
}

/**
 * The key client limits count against: an IPv4 address whole, an IPv6 address by its /64 (one
 * subscriber usually holds a whole /64, so counting single IPv6 addresses would be no limit at
 * all). Anything that is not an IPv6 address (IPv4, 'local', test labels) is kept as it is.
 */
export function clientKey(address: string): string {
  const plain = address.trim().toLowerCase().split('%')[0] ?? '';
  if (!plain.includes(':')) return plain;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(plain);
  if (mapped?.[1]) return mapped[1];
  const halves = plain.split('::');
  if (halves.length > 2) return plain;
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  // An embedded IPv4 address at the end stands for two groups.
  const tailLength = tail.length + (tail.at(-1)?.includes('.') ? 1 : 0);
  const full =
    halves.length === 2 ? [...head, ...Array(Math.max(0, 8 - head.length - tailLength)).fill('0'), ...tail] : head;
  const prefix = full.slice(0, 4);
  if (prefix.length < 4 || !prefix.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return plain;
  return `${prefix.map((g) => Number.parseInt(g, 16).toString(16)).join(':')}::/64`;
}

/**
 * The caller's address as Cloudflare's edge reports it, as the key client limits count against
 * (`clientKey`: IPv6 by its /64); 'local' under wrangler dev and tests without it.
 */
export const clientAddress = (c: { req: { header: (name: string) => string | undefined } }) =>
  clientKey(c.req.header('cf-connecting-ip') ?? 'local');

/**
 * Where a webhook may point (issue 18): never at something inside a network (SSRF). A target is
 * refused at creation, on every change and again before each delivery; names are resolved through
 * DNS-over-HTTPS and refused if any answer is private, so a public name that points inward is
 * caught too. `loopback` (development and tests only, WEBHOOKS_ALLOW_LOOPBACK) lets
 * `http://127.0.0.1:<port>` through, nothing else.
 */

export const WEBHOOK_URL_MAX = 500;

/** IPv4 ranges that are not the public internet: [first address as a number, prefix length]. */
const PRIVATE_V4: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12], // RFC 1918
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay
  ['192.168.0.0', 16], // RFC 1918
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

/** IPv6 ranges that are not the public internet (or that carry an IPv4 address inside). */
const PRIVATE_V6: readonly [string, number][] = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['::', 96], // IPv4-compatible (deprecated)
  ['::ffff:0:0', 96], // IPv4-mapped
  ['64:ff9b::', 96], // NAT64
  ['64:ff9b:1::', 48], // local NAT64
  ['100::', 64], // discard
  ['2001::', 23], // IETF special purpose (Teredo, ORCHID …)
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4
  ['fc00::', 7], // unique local (ULA)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

/** An IPv4 address as a number, or null when `text` is not dotted-quad. */
export function parseIPv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = value * 256 + Number(part);
  }
  return value;
}

/** An IPv6 address as 8 groups of 16 bits (an embedded dotted IPv4 tail allowed), or null. */
export function parseIPv6(text: string): number[] | null {
  let body = text;
  const tail: number[] = [];
  const dotted = body.match(/^(.*:)(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted?.[1] && dotted[2]) {
    const v4 = parseIPv4(dotted[2]);
    if (v4 === null) return null;
    tail.push(Math.floor(v4 / 65536), v4 % 65536);
    body = dotted[1].endsWith('::') ? dotted[1] : dotted[1].slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  const given = head.length + rest.length + tail.length;
  if (halves.length === 1 ? given !== 8 : given > 7) return null;
  const fill = new Array<string>(8 - given).fill('0');
  const all = [...head, ...(halves.length === 2 ? fill : []), ...rest];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null;
  return [...all.map((g) => Number.parseInt(g, 16)), ...tail];
}

const inV4 = (address: number, [base, bits]: readonly [string, number]) => {
  const start = parseIPv4(base) ?? 0;
  const size = 2 ** (32 - bits);
  return address >= start && address < start + size;
};

const inV6 = (address: number[], [base, bits]: readonly [string, number]) => {
  const start = parseIPv6(base) ?? [];
  for (let i = 0, left = bits; left > 0; i++, left -= 16) {
    const mask = left >= 16 ? 0xffff : (0xffff << (16 - left)) & 0xffff;
    if (((address[i] ?? 0) & mask) !== ((start[i] ?? 0) & mask)) return false;
  }
  return true;
};

/** True when `ip` (v4 dotted, or v6 with or without brackets) is not a public internet address. */
export function isPrivateAddress(ip: string): boolean {
  const v4 = parseIPv4(ip);
  if (v4 !== null) return PRIVATE_V4.some((range) => inV4(v4, range));
  const v6 = parseIPv6(ip.replace(/^\[|\]$/g, ''));
  if (v6 !== null) return PRIVATE_V6.some((range) => inV6(v6, range));
  // Not an address we can read: treat it as private rather than guess.
  return true;
}

/** Names that only mean something inside a network. */
const INTERNAL_NAME = /(^|\.)(localhost|local|internal|intranet|lan|home|corp|home\.arpa|localdomain)$/i;

const isAddressLiteral = (host: string) => parseIPv4(host) !== null || host.startsWith('[');

/**
 * Why `raw` may not be a webhook target, or null when it may (before resolving its name: see
 * `refusedAnswers`). The URL parser normalises IPv4 in any notation (`2130706433`, `0x7f.1`) to
 * dotted quads, so every spelling of an address is checked as the address.
 */
export function refusedTarget(raw: string, options: { loopback: boolean }): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Give an absolute URL, such as https://example.org/hooks/bedside.';
  }
  const host = url.hostname.toLowerCase();
  if (options.loopback && url.protocol === 'http:' && host === '127.0.0.1') return null;
  if (url.protocol !== 'https:') return 'Webhook targets must use https.';
  if (url.username || url.password)
    return 'Leave the user name and password out of the URL; authenticate with the signature.';
  if (isAddressLiteral(host)) {
    return isPrivateAddress(host)
      ? 'This address is inside a private, loopback or reserved network: webhooks only go to the public internet.'
      : null;
  }
  if (!host.includes('.') || INTERNAL_NAME.test(host.replace(/\.$/, ''))) {
    return 'This name only means something inside a network: webhooks only go to the public internet.';
  }
  return null;
}

const DOH = 'https://cloudflare-dns.com/dns-query';

/**
 * Resolves `host` (A and AAAA) through DNS-over-HTTPS and says why it is refused: no answer, or
 * an answer inside a private range. An address literal needs no lookup.
 */
export async function refusedAnswers(host: string): Promise<string | null> {
  if (isAddressLiteral(host)) return null;
  const answers: string[] = [];
  for (const type of ['A', 'AAAA']) {
    const res = await fetch(`${DOH}?name=${encodeURIComponent(host)}&type=${type}`, {
      headers: { accept: 'application/dns-json' },
      signal: AbortSignal.timeout(5_000),
    });
    if (!res.ok) return `The name ${host} could not be looked up (DNS answered ${res.status}).`;
    const body = (await res.json()) as { Answer?: { type: number; data: string }[] };
    for (const a of body.Answer ?? []) if (a.type === 1 || a.type === 28) answers.push(a.data);
  }
  if (answers.length === 0) return `The name ${host} has no address.`;
  if (answers.some(isPrivateAddress)) return `The name ${host} points inside a private network.`;
  return null;
}

import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isPrivateAddress, refusedTarget } from '../../../worker/domain/webhooks/target';

/**
 * Issue 18, webhook targets (SSRF): the range checker on its own, as production runs it. The
 * ranges are written out here again, from the registries, not imported: a range missing from the
 * checker fails the property.
 */

const V4: [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['192.0.2.0', 24],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];
const V6: [string, number][] = [
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['::ffff:0:0', 96],
  ['64:ff9b::', 96],
  ['2001:db8::', 32],
  ['2002::', 16],
];

const v4 = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
const v4Number = (s: string) => s.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);

/** 8 groups of a v6 address written with `::` as the first group run (enough for these bases). */
function v6Groups(s: string): number[] {
  const [head = '', tail = ''] = s.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  return [...h, ...new Array(8 - h.length - t.length).fill('0'), ...t].map((g) => Number.parseInt(g, 16));
}

const production = { loopback: false };

describe('private ranges', () => {
  it('refuses every IPv4 address inside a private, loopback, link-local, CGNAT or reserved range', () => {
    for (const [base, bits] of V4) {
      const start = v4Number(base);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** (32 - bits) - 1 }), (offset) => {
          const address = v4(start + offset);
          expect(isPrivateAddress(address)).toBe(true);
          expect(refusedTarget(`https://${address}/hook`, production)).not.toBeNull();
        }),
        { numRuns: 200 },
      );
    }
  });

  it('refuses every IPv6 address inside ULA, link-local, multicast, mapped, NAT64, documentation and 6to4', () => {
    for (const [base, bits] of V6) {
      const start = v6Groups(base);
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 }), (random) => {
          const groups = start.map((g, i) => {
            const keep = Math.max(0, Math.min(16, bits - i * 16));
            const mask = keep === 0 ? 0 : (0xffff << (16 - keep)) & 0xffff;
            return (g & mask) | ((random[i] ?? 0) & ~mask & 0xffff);
          });
          const address = groups.map((g) => g.toString(16)).join(':');
          expect(isPrivateAddress(address)).toBe(true);
          expect(refusedTarget(`https://[${address}]/hook`, production)).not.toBeNull();
        }),
        { numRuns: 200 },
      );
    }
  });

  it('lets public addresses through', () => {
    for (const address of ['1.1.1.1', '8.8.8.8', '151.101.1.69', '2606:4700:4700::1111', '2a00:1450:4001:82b::200e'])
      expect(isPrivateAddress(address)).toBe(false);
  });
});

describe('targets as production sees them', () => {
  it.each([
    ['http://example.org/hook', 'https'],
    ['https://127.0.0.1/hook', 'private'],
    ['http://127.0.0.1:8787/hook', 'https'],
    ['https://[::1]/hook', 'private'],
    ['https://[::]/hook', 'private'],
    ['https://[::ffff:127.0.0.1]/hook', 'private'],
    ['https://[::ffff:a9fe:a9fe]/hook', 'private'],
    ['https://169.254.169.254/latest/meta-data', 'private'],
    ['https://2130706433/hook', 'private'],
    ['https://0x7f.0.0.1/hook', 'private'],
    ['https://017700000001/hook', 'private'],
    ['https://0/hook', 'private'],
    ['https://localhost/hook', 'inside a network'],
    ['https://api.localhost/hook', 'inside a network'],
    ['https://printer.local/hook', 'inside a network'],
    ['https://db.internal/hook', 'inside a network'],
    ['https://intranet/hook', 'inside a network'],
    ['https://user:pass@example.org/hook', 'password'],
    ['not a url', 'absolute URL'],
  ])('refuses %s', (url, why) => {
    expect(refusedTarget(url, production)).toContain(why);
  });

  it('allows a public name and a public address', () => {
    expect(refusedTarget('https://hooks.example.org/bedside', production)).toBeNull();
    expect(refusedTarget('https://1.1.1.1/bedside', production)).toBeNull();
    expect(refusedTarget('https://[2606:4700:4700::1111]/bedside', production)).toBeNull();
  });

  it('relaxes only http://127.0.0.1 in development, nothing else', () => {
    const dev = { loopback: true };
    expect(refusedTarget('http://127.0.0.1:8787/hook', dev)).toBeNull();
    expect(refusedTarget('http://10.0.0.1/hook', dev)).not.toBeNull();
    expect(refusedTarget('http://localhost:8787/hook', dev)).not.toBeNull();
    expect(refusedTarget('https://[::1]/hook', dev)).not.toBeNull();
  });
});

import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCluster, createWorld, type World } from '../../helpers/actors';
import { createDraft, openChallenge } from '../../helpers/challenges';
import { freshCooperation, publishBoth } from '../../helpers/cooperations';
import { createEvent } from '../../helpers/events';
import { page } from '../../helpers/pages';

// Link previews and discovery (issue 18): what a public page tells crawlers and chat apps, and
// that non-public pages tell them nothing.

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const ORIGIN = env.PUBLIC_ORIGIN;

async function head(path: string, cookie?: string) {
  const res = await page(path, cookie);
  expect(res.status, path).toBe(200);
  const html = await res.text();
  return { html, head: html.slice(0, html.indexOf('</head>')) };
}

/** `content` of `<meta property|name="…">`, with the entities the renderer writes decoded. */
const meta = (head: string, name: string) =>
  [...head.matchAll(new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"`, 'g'))].map((m) =>
    (m[1] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
const links = (head: string, rel: string) =>
  [...head.matchAll(new RegExp(`<link rel="${rel}"(?: hreflang="([^"]+)")? href="([^"]+)"`, 'g'))].map((m) => ({
    hreflang: m[1],
    href: (m[2] ?? '').replace(/&amp;/g, '&'),
  }));

describe('a public challenge page', () => {
  it('has its own title, description, Open Graph and Twitter tags, canonical address and languages', async () => {
    const id = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug, {
      title: 'Preview of a sepsis "early warning" need',
      summary: 'Wards need   an early\nwarning for sepsis & its onset.',
    });
    const { head: tags } = await head(`/challenges/${id}`);
    expect(tags).toContain('<title>Preview of a sepsis &quot;early warning&quot; need · Bedside</title>');
    expect(meta(tags, 'description')).toEqual(['Wards need an early warning for sepsis & its onset.']);
    expect(meta(tags, 'robots')).toEqual([]);
    expect(meta(tags, 'og:title')).toEqual(['Preview of a sepsis "early warning" need']);
    expect(meta(tags, 'og:description')).toEqual(['Wards need an early warning for sepsis & its onset.']);
    expect(meta(tags, 'og:type')).toEqual(['article']);
    expect(meta(tags, 'og:url')).toEqual([`${ORIGIN}/challenges/${id}?lang=en`]);
    expect(meta(tags, 'og:locale')).toEqual(['en_GB']);
    expect(meta(tags, 'og:locale:alternate').sort()).toEqual(['de_DE', 'it_IT', 'ro_RO']);
    // A test cluster has no picture of its own: the default one.
    expect(meta(tags, 'og:image')).toEqual([`${ORIGIN}/previews/default.png`]);
    expect(meta(tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect(links(tags, 'canonical')).toEqual([{ hreflang: undefined, href: `${ORIGIN}/challenges/${id}?lang=en` }]);
    expect(links(tags, 'alternate').filter((l) => l.hreflang)).toEqual([
      { hreflang: 'en', href: `${ORIGIN}/challenges/${id}?lang=en` },
      { hreflang: 'de', href: `${ORIGIN}/challenges/${id}?lang=de` },
      { hreflang: 'it', href: `${ORIGIN}/challenges/${id}?lang=it` },
      { hreflang: 'ro', href: `${ORIGIN}/challenges/${id}?lang=ro` },
      { hreflang: 'x-default', href: `${ORIGIN}/challenges/${id}` },
    ]);
  });

  it('names each language at an address that renders it, whatever the visitor’s own languages', async () => {
    const id = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    for (const locale of ['en', 'de', 'it', 'ro']) {
      const res = await page(`/challenges/${id}?lang=${locale}`, undefined, {
        headers: { accept: 'text/html', 'accept-language': 'ro', cookie: 'lang=it' },
      });
      const html = await res.text();
      expect(html, locale).toContain(`<html lang="${locale}">`);
      expect(meta(html, 'og:url'), locale).toEqual([`${ORIGIN}/challenges/${id}?lang=${locale}`]);
    }
  });
});

describe('pages that are not public', () => {
  it('a draft, seen by its owner, is noindex and describes nothing', async () => {
    const draft = await createDraft(world.users.clinician, world.cluster.slug, {
      summary: 'A confidential need nobody else may read yet.',
    });
    const { head: tags } = await head(`/challenges/${draft.id}`, world.users.clinician.cookie);
    expect(meta(tags, 'robots')).toEqual(['noindex']);
    expect(tags).not.toContain('A confidential need');
    expect(meta(tags, 'og:title')).toEqual([]);
    expect(links(tags, 'canonical')).toEqual([]);
  });

  it('a network challenge, seen signed in, is noindex', async () => {
    const id = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug, {
      visibility: 'network',
      summary: 'Only for signed-in members of the network.',
    });
    const { head: tags } = await head(`/challenges/${id}`, world.users.solver.cookie);
    expect(meta(tags, 'robots')).toEqual(['noindex']);
    expect(tags).not.toContain('Only for signed-in members');
    // Anonymous visitors, crawlers among them, get the same 404 as for nothing at all.
    expect((await page(`/challenges/${id}`)).status).toBe(404);
  });

  it('a personal page and an error page are noindex', async () => {
    expect(meta((await head('/me', world.users.solver.cookie)).head, 'robots')).toEqual(['noindex']);
    const missing = await page('/no-such-page');
    expect(missing.status).toBe(404);
    expect(meta(await missing.text(), 'robots')).toEqual(['noindex']);
  });
});

describe('other public pages', () => {
  it('each describe themselves in the page’s language', async () => {
    const descriptions = new Set<string>();
    for (const path of ['/', '/challenges', '/calls', '/events', '/partners', '/open-data', '/privacy', '/api/docs']) {
      const { head: tags } = await head(`${path}?lang=de`);
      const [description] = meta(tags, 'description');
      expect(meta(tags, 'robots'), path).toEqual([]);
      expect(meta(tags, 'og:locale'), path).toEqual(['de_DE']);
      expect(links(tags, 'canonical'), path).toEqual([{ hreflang: undefined, href: `${ORIGIN}${path}?lang=de` }]);
      descriptions.add(description ?? '');
    }
    expect(descriptions.size).toBe(8);
    expect([...descriptions]).not.toContain('Klinischer Bedarf trifft auf die, die ihn lösen können');
  });

  it('a cluster page shows the cluster’s picture when it has one, the default otherwise', async () => {
    expect(meta((await head(`/clusters/${world.cluster.slug}`)).head, 'og:image')).toEqual([
      `${ORIGIN}/previews/default.png`,
    ]);
    await createCluster(world.users.admin, 'biorn');
    const { head: tags } = await head('/clusters/biorn');
    expect(meta(tags, 'og:image')).toEqual([`${ORIGIN}/previews/biorn.png`]);
    expect(meta(tags, 'og:type')).toEqual(['website']);
  });
});

describe('an event', () => {
  it('is a schema.org Event in JSON-LD that user text cannot break out of', async () => {
    const hostile = 'Pitch day </script><script>alert(1)</script> <!-- & \u2028 end';
    const event = await createEvent(world.users.moderator, world.cluster.slug, { title: hostile });
    const { html } = await head(`/events/${event.id}`);
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(blocks).toHaveLength(1);
    expect(html).not.toContain('<script>alert(1)');
    expect(blocks[0]).toContain('\\u003c/script\\u003e');
    const data = JSON.parse(blocks[0] ?? '');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: hostile,
      startDate: event.starts_at,
      endDate: event.ends_at,
      url: `${ORIGIN}/events/${event.id}`,
    });
  });
});

describe('what came out of the challenges', () => {
  it('a cooperation both sides published describes itself; before that it is noindex even to those who take part', async () => {
    const { clinician, solver, moderator } = world.users;
    const { cooperation } = await freshCooperation(clinician, moderator, world.cluster.slug, solver);
    expect(meta((await head(`/cooperations/${cooperation}`, clinician.cookie)).head, 'robots')).toEqual(['noindex']);
    await publishBoth(clinician, solver, cooperation);
    const { head: tags } = await head(`/cooperations/${cooperation}?lang=it`);
    expect(meta(tags, 'robots')).toEqual([]);
    expect(meta(tags, 'og:type')).toEqual(['article']);
    expect(meta(tags, 'description')[0]).toMatch(
      /^Una cooperazione su Bedside tra .+, nata dalla sfida clinica «.+»\.$/,
    );
    expect(links(tags, 'canonical')).toEqual([
      { hreflang: undefined, href: `${ORIGIN}/cooperations/${cooperation}?lang=it` },
    ]);
  });

  it("a cluster's stories and its public figures describe themselves; the moderators' full figures are noindex", async () => {
    const { slug } = world.cluster;
    for (const path of [`/clusters/${slug}/impact-stories`, `/clusters/${slug}/impact`]) {
      const { head: tags } = await head(`${path}?lang=ro`);
      expect(meta(tags, 'robots'), path).toEqual([]);
      expect(meta(tags, 'og:locale'), path).toEqual(['ro_RO']);
      expect(meta(tags, 'description')[0], path).toMatch(/pe Bedside|provocările clinice/);
      expect(links(tags, 'canonical'), path).toEqual([{ hreflang: undefined, href: `${ORIGIN}${path}?lang=ro` }]);
    }
    const full = await head(`/clusters/${slug}/impact`, world.users.moderator.cookie);
    expect(meta(full.head, 'robots')).toEqual(['noindex']);
  });
});

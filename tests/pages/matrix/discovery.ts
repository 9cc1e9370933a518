import { type PageCase, publicPage } from './types';

/** Discovery for crawlers (issue 18): robots.txt and the sitemaps, the same for everyone. */
export const discoveryCases: PageCase[] = [
  { page: '/robots.txt', path: async () => '/robots.txt', expect: publicPage(), contentType: 'text/plain' },
  { page: '/sitemap.xml', path: async () => '/sitemap.xml', expect: publicPage(), contentType: 'application/xml' },
  {
    page: '/sitemaps/{file}',
    path: async () => '/sitemaps/challenges.xml',
    expect: publicPage(),
    contentType: 'application/xml',
  },
];

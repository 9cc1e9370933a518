/** The caller's address as Cloudflare's edge reports it; 'local' under wrangler dev and tests without it. */
export const clientAddress = (c: { req: { header: (name: string) => string | undefined } }) =>
  c.req.header('cf-connecting-ip') ?? 'local';

import { createMiddleware } from 'hono/factory';
import { secureHeaders } from 'hono/secure-headers';

/** Strict defaults for every response: no inline script, no framing, no sniffing. */
const strictDefaults = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  referrerPolicy: 'strict-origin-when-cross-origin',
  xFrameOptions: 'DENY',
  crossOriginEmbedderPolicy: false,
  crossOriginResourcePolicy: 'same-origin',
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
});

/**
 * The defaults, except that a response which set its own Content-Security-Policy keeps it: an
 * attachment's download is sandboxed with nothing allowed at all (routes/attachments).
 */
export const securityHeaders = createMiddleware(async (c, next) => {
  let own: string | null = null;
  await strictDefaults(c, async () => {
    await next();
    own = c.res.headers.get('content-security-policy');
  });
  if (own) c.res.headers.set('content-security-policy', own);
});

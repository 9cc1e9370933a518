import type { Bindings } from '../../worker/env';

declare global {
  namespace Cloudflare {
    interface Env extends Bindings {
      /** Read from migrations/ at config time by vitest.config.ts. */
      TEST_MIGRATIONS: D1Migration[];
      /** Private half of the rotated-out key in JWT_PREVIOUS_PUBLIC_JWKS. */
      TEST_PREVIOUS_PRIVATE_JWK: string;
    }
  }
}

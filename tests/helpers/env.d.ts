import type { Bindings } from '../../worker/env';

declare global {
  namespace Cloudflare {
    interface Env extends Bindings {
      /** Read from migrations/ at config time by vitest.config.ts. */
      TEST_MIGRATIONS: D1Migration[];
      /** An empty database of its own (vitest.config.ts): for a migration applied over data. */
      MIGRATION_DB: D1Database;
      /** Private half of the rotated-out key in JWT_PREVIOUS_PUBLIC_JWKS. */
      TEST_PREVIOUS_PRIVATE_JWK: string;
      /** The local webhook receiver's origin (tests/setup/webhook-receiver.ts). */
      TEST_WEBHOOK_RECEIVER: string;
    }
  }
}

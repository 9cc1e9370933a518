import type { Bindings } from '../../worker/env';

declare global {
  namespace Cloudflare {
    interface Env extends Bindings {
      /** Read from migrations/ at config time by vitest.config.ts. */
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}

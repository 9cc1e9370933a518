import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

describe('GET /api/v1/health', () => {
  it('reports ok and the newest applied migration', async () => {
    const res = await SELF.fetch('https://bedside.test/api/v1/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      schema_version: '0045_organization_version',
      migrations_applied: 46,
    });
  });
});

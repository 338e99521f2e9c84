// What the installation tells about Finnish search when Voikko is missing: the module that
// opens Voikko answers as it does where libvoikko1 or voikko-fi is not installed.
import { describe, expect, it, vi } from 'vitest';
import type * as Voikko from '../src/modules/search/voikko.ts';
import { adminOfNewOrganisation, call, startTestApp } from './harness.ts';

vi.mock('../src/modules/search/voikko.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof Voikko>()),
  sharedFinnishAnalyzer: () => null,
  finnishMorphology: () => ({ on: false, reason: 'cannot load libvoikko.so.1' }),
}));

const app = await startTestApp();

describe('Finnish search without Voikko', () => {
  it('says so on /readyz, which stays ready', async () => {
    const response = await app.app.inject('/readyz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', finnishMorphology: false, roles: ['api'] });
  });

  it('says so to the signed-in web app, for the search page hint', async () => {
    const { session } = await adminOfNewOrganisation(app);
    const me = await call(app, session, 'GET', '/api/v1/auth/me');
    expect(me.json()).toMatchObject({ installation: { finnishMorphology: false } });
  });
});

import { describe, expect, it } from 'vitest';
import { openChallenge } from '../../helpers/challenges';
import { d1Stats, must } from '../../helpers/http';
import { draftSolution, patchSolution, submitSolution } from '../../helpers/solutions';
import { unique } from '../../helpers/unique';
import { desk, html } from './desk';

// The audit trail page reads through the same scope as the API (access/moderation auditScope):
// a solver's draft, 404 to the moderator, leaves nothing on it, nor in its recorded data.
describe('the audit trail page keeps drafts out', { timeout: 20_000 }, () => {
  it('shows a moderator the challenge’s history and nothing of a solver’s draft on it', async () => {
    const d = await desk();
    const id = await openChallenge(d.owner, d.moderator, d.north.slug);
    const secret = `Secret draft title ${unique()}`;
    const draft = await draftSolution(d.solver, id);
    await must(patchSolution(d.solver, draft, { version: 1, title: secret }));
    const submittedTitle = `Submitted ${unique()}`;
    const submitted = await submitSolution(d.solver, id, { title: submittedTitle });

    const { res, html: page } = await html(`/challenges/${id}/audit`, d.moderator);
    expect(d1Stats(res).calls).toBeLessThanOrEqual(2);
    expect(page).toContain('<code>challenge.approve</code>');
    for (const hidden of [secret, draft]) expect(page).not.toContain(hidden);
    // A submitted solution is the moderator's to read: its entries name and link it.
    expect(page).toContain(`<a href="/solutions/${submitted}">${submittedTitle}</a>`);
  });
});

import { describe, expect, it } from 'vitest';
import { DEMO_EVENT_OPEN, DEMO_EVENT_PAST } from '../../worker/seed/demo-events';
import { useChromium } from './browser';
import { lookAt } from './look';
import { signedIn } from './people';

// A matchmaking event without JavaScript (issue 16): on the cross-border partnering day neither has
// registered for yet, the demo clinician and the demo solver both register accepting the terms;
// the solver asks the clinician for a meeting, the clinician accepts, and both find it in their
// schedule with its calendar file; after the past exchange day, the follow-ups they gave show and
// the solver answers the one still waiting.

const chromium = useChromium();
const CLINICIAN = 'Dr. Jonas Petersen';
const SOLVER = 'Lena Brandt';
const TITLE = 'Cross-border Partnering: Rare Diseases and Genomics';

describe('a partnering day', () => {
  it('both register, one asks, the other accepts, and both see the meeting in their schedule', async () => {
    const clinician = await signedIn(chromium.current, 'clinician@demo.test');
    await clinician.page.goto('/events');
    await lookAt(chromium, clinician.page, 'events');
    await clinician.page.getByRole('link', { name: TITLE }).click();
    await clinician.page.waitForURL(`**/events/${DEMO_EVENT_OPEN}`);
    // Not registered yet: the terms (in the four languages) and the form, no participants.
    await expect(clinician.page.getByText('Gli incontri sono riservati', { exact: false }).count()).resolves.toBe(1);
    await expect(clinician.page.getByRole('heading', { name: 'Participants' }).count()).resolves.toBe(0);
    await lookAt(chromium, clinician.page, 'event-register');
    await clinician.page.getByLabel('I accept the terms of this event').check();
    await clinician.page.getByRole('button', { name: 'Register' }).click();
    await clinician.page.waitForURL('**done=registered*');
    await expect(clinician.page.getByText('You are registered for this event.').count()).resolves.toBe(1);

    const solver = await signedIn(chromium.current, 'solver@demo.test');
    await solver.page.goto(`/events/${DEMO_EVENT_OPEN}`);
    await solver.page.getByLabel('I accept the terms of this event').check();
    await solver.page.getByRole('button', { name: 'Register' }).click();
    await solver.page.waitForURL('**done=registered*');
    await lookAt(chromium, solver.page, 'event-participant');
    const card = solver.page.locator('li.card', { hasText: CLINICIAN });
    await card
      .getByLabel(`Message to ${CLINICIAN}`, { exact: false })
      .fill('Our variant interpretation service and your rare disease clinic?');
    await card.getByRole('button', { name: 'Ask for a meeting' }).click();
    await solver.page.waitForURL('**done=requested*');

    await clinician.page.goto(`/events/${DEMO_EVENT_OPEN}`);
    const request = clinician.page.locator('li.card', { hasText: `${SOLVER} asks to meet you` });
    await expect(
      request.getByText('Our variant interpretation service and your rare disease clinic?').count(),
    ).resolves.toBe(1);
    await request.getByRole('button', { name: 'Accept' }).click();
    await clinician.page.waitForURL('**done=accepted*');
    await expect(clinician.page.getByRole('heading', { name: `Meeting with ${SOLVER}` }).count()).resolves.toBe(1);
    await lookAt(chromium, clinician.page, 'event-schedule');

    await solver.page.goto(`/events/${DEMO_EVENT_OPEN}`);
    const meeting = solver.page.locator('li.card', {
      has: solver.page.getByRole('heading', { name: `Meeting with ${CLINICIAN}` }),
    });
    await expect(meeting.count()).resolves.toBe(1);
    // Each side's calendar link answers with the meeting as a calendar file.
    for (const page of [solver.page, clinician.page]) {
      const href = await page
        .locator('li.card', { has: page.getByRole('heading', { name: /^Meeting with / }) })
        .getByRole('link', { name: 'Add to calendar (.ics)' })
        .getAttribute('href');
      expect(href).toMatch(/^\/api\/v1\/meetings\/[^/]+\/calendar\.ics$/);
      const ics = await page.context().request.get(href!);
      expect(ics.status()).toBe(200);
      expect(ics.headers()['content-type']).toContain('text/calendar');
      expect(await ics.text()).toContain(TITLE);
    }

    await solver.page.goto(`/events/${DEMO_EVENT_PAST}`);
    await expect(solver.page.getByText('We met').count()).resolves.toBeGreaterThan(0);
    await lookAt(chromium, solver.page, 'event-past');
    // After the exchange day, the solver answers the follow-up of the meeting they have not answered.
    const waiting = solver.page.locator('li', { has: solver.page.getByRole('button', { name: 'Send the follow-up' }) });
    await expect(waiting.count()).resolves.toBe(1);
    await waiting.getByLabel('We met', { exact: true }).check();
    await waiting.getByLabel('Next step').selectOption({ label: 'A call' });
    await waiting.getByRole('button', { name: 'Send the follow-up' }).click();
    await solver.page.waitForURL('**done=followed_up*');
    await expect(solver.page.getByText('Thank you: your follow-up is saved.').count()).resolves.toBe(1);
    await expect(solver.page.getByRole('button', { name: 'Send the follow-up' }).count()).resolves.toBe(0);
    await expect(solver.page.getByText('We met — A call').count()).resolves.toBe(1);
    await solver.context.close();
    await clinician.context.close();
  });
});

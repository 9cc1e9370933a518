import { describe, expect, it } from 'vitest';
import { DEMO_EVENT_PAST, DEMO_EVENT_UPCOMING } from '../../worker/seed/demo-events';
import { useChromium } from './browser';
import { lookAt } from './look';
import { signedIn } from './people';

// A matchmaking event without JavaScript (issue 16): someone registers accepting the terms; the
// demo solver asks the demo clinician (both registered) for a meeting, the clinician accepts, and
// both find it in their schedule with its calendar file; after the past exchange day, the
// follow-ups they gave show and the solver answers the one still waiting.

const chromium = useChromium();
const CLINICIAN = 'Dr. Jonas Petersen';
const SOLVER = 'Lena Brandt';

describe('a partnering day', () => {
  it('register, request, accept, and both see the meeting in their schedule', async () => {
    const newcomer = await signedIn(chromium.current, 'evaluator@demo.test');
    await newcomer.page.goto('/events');
    await lookAt(chromium, newcomer.page, 'events');
    await newcomer.page.getByRole('link', { name: 'Partnering Day: Precision Oncology' }).click();
    await newcomer.page.waitForURL(`**/events/${DEMO_EVENT_UPCOMING}`);
    await newcomer.page.getByLabel('I accept the terms of this event').check();
    await newcomer.page.getByRole('button', { name: 'Register' }).click();
    await newcomer.page.waitForURL('**done=registered*');
    await expect(newcomer.page.getByText('You are registered for this event.').count()).resolves.toBe(1);
    await newcomer.context.close();

    const solver = await signedIn(chromium.current, 'solver@demo.test');
    await solver.page.goto(`/events/${DEMO_EVENT_UPCOMING}`);
    await lookAt(chromium, solver.page, 'event-participant');
    const card = solver.page.locator('li.card', { hasText: CLINICIAN });
    await card
      .getByLabel(`Message to ${CLINICIAN}`, { exact: false })
      .fill('Our telemonitoring platform and your ward?');
    await card.getByRole('button', { name: 'Ask for a meeting' }).click();
    await solver.page.waitForURL('**done=requested*');

    const clinician = await signedIn(chromium.current, 'clinician@demo.test');
    await clinician.page.goto(`/events/${DEMO_EVENT_UPCOMING}`);
    const request = clinician.page.locator('li.card', { hasText: `${SOLVER} asks to meet you` });
    await expect(request.getByText('Our telemonitoring platform and your ward?').count()).resolves.toBe(1);
    await request.getByRole('button', { name: 'Accept' }).click();
    await clinician.page.waitForURL('**done=accepted*');
    await expect(clinician.page.getByRole('heading', { name: `Meeting with ${SOLVER}` }).count()).resolves.toBe(1);
    await expect(clinician.page.getByRole('link', { name: 'Add to calendar (.ics)' }).count()).resolves.toBeGreaterThan(
      0,
    );
    await lookAt(chromium, clinician.page, 'event-schedule');

    await solver.page.goto(`/events/${DEMO_EVENT_UPCOMING}`);
    await expect(solver.page.getByRole('heading', { name: `Meeting with ${CLINICIAN}` }).count()).resolves.toBe(1);
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

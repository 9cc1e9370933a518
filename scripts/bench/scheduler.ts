// The one-to-one meeting scheduler at the issue's volume (issue 16: "the scheduler for 500
// participants × 10 requests (say the time)"). Pure: no server, no database. `npm run bench` prints
// it with the rest; alone: npx tsx scripts/bench/scheduler.ts [--participants 500] [--requests-each 10]
import { pathToFileURL } from 'node:url';
import {
  type AcceptedMeeting,
  type ScheduleInput,
  scheduleMeetings,
  unplacedByReason,
} from '../../worker/domain/events/schedule';
import { takeOptions } from '../lib/args';

export interface SchedulerVolume {
  participants: number;
  requestsEach: number;
  /** A partnering day from 09:00 to 17:00 in 20-minute slots. */
  slots?: number;
  tables?: number;
  runs?: number;
}

/** A seeded pseudo-random sequence: the same event on every run and machine. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * The event: everyone sends `requestsEach` requests to distinct others, all accepted; three in ten
 * people come for the morning or the afternoon only.
 */
export function schedulerEvent({ participants, requestsEach, slots = 24, tables = 200 }: SchedulerVolume) {
  const next = random(16);
  const day = Date.UTC(2027, 2, 15, 8, 0);
  const slotList = Array.from({ length: slots }, (_, i) => ({
    id: `slot-${i + 1}`,
    start: new Date(day + i * 1_200_000).toISOString(),
    end: new Date(day + (i + 1) * 1_200_000).toISOString(),
  }));
  const half = Math.ceil(slots / 2);
  const availability: Record<string, string[]> = {};
  for (let p = 0; p < participants; p++) {
    if (next() >= 0.3) continue;
    const ids = slotList.map((s) => s.id);
    availability[`person-${p}`] = next() < 0.5 ? ids.slice(0, half) : ids.slice(half);
  }
  const meetings: AcceptedMeeting[] = [];
  for (let p = 0; p < participants; p++) {
    const asked = new Set<number>();
    while (asked.size < Math.min(requestsEach, participants - 1)) {
      const q = Math.floor(next() * participants);
      if (q !== p) asked.add(q);
    }
    for (const q of asked) {
      meetings.push({
        id: `meeting-${meetings.length}`,
        requester: `person-${p}`,
        recipient: `person-${q}`,
        accepted_at: new Date(Date.UTC(2027, 2, 1) + Math.floor(next() * 1e9)).toISOString(),
      });
    }
  }
  return { slots: slotList, tables, availability, meetings } satisfies ScheduleInput;
}

export interface SchedulerMeasure {
  participants: number;
  requests: number;
  slots: number;
  tables: number;
  placed: number;
  unplaced: ReturnType<typeof unplacedByReason>;
  order: string;
  /** Each run's time, ms. */
  times: number[];
  medianMs: number;
}

/** Schedules the event `runs` times (5 by default) and keeps the median time. */
export function measureScheduler(volume: SchedulerVolume): SchedulerMeasure {
  const input = schedulerEvent(volume);
  const times: number[] = [];
  let schedule = scheduleMeetings(input);
  for (let run = 0; run < (volume.runs ?? 5); run++) {
    const started = performance.now();
    schedule = scheduleMeetings(input);
    times.push(performance.now() - started);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    participants: volume.participants,
    requests: input.meetings.length,
    slots: input.slots.length,
    tables: input.tables,
    placed: schedule.placed,
    unplaced: unplacedByReason(schedule),
    order: schedule.order,
    times,
    medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
  };
}

export const schedulerLine = (m: SchedulerMeasure) =>
  `Scheduler: ${m.participants} participants, ${m.requests} accepted requests, ${m.slots} slots × ${m.tables} tables: placed ${m.placed} (${((100 * m.placed) / Math.max(m.requests, 1)).toFixed(1)} %), unplaced ${m.requests - m.placed} (no common slot ${m.unplaced.no_common_slot}, a participant full ${m.unplaced.participant_full}, no table ${m.unplaced.no_table}); order kept: ${m.order}; in ${Math.round(m.medianMs)} ms (median of ${m.times.length} runs, in the bench process).`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { options } = takeOptions(process.argv.slice(2), ['participants', 'requests-each'] as const);
  console.info(
    schedulerLine(
      measureScheduler({
        participants: Number(options.participants ?? 500),
        requestsEach: Number(options['requests-each'] ?? 10),
      }),
    ),
  );
}

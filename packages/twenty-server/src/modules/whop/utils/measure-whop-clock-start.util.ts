import { isDefined } from 'twenty-shared';

// When a run began by Whop's clock: its start by ours, moved by how far Whop's clock was from ours
// when an answer dated `whopTime` (its Date header) arrived at `receivedAt`. The earliest of the
// measures (`known`, from earlier answers of the run) stands: an answer's latency and its
// whole-second date only make a measure later than the truth, never earlier.
export const measureWhopClockStart = ({
  startedAt,
  whopTime,
  receivedAt,
  known,
}: {
  startedAt: Date;
  whopTime: Date;
  receivedAt: Date;
  known: string | null | undefined;
}): string => {
  const measured = startedAt.getTime() + whopTime.getTime() - receivedAt.getTime();

  return isDefined(known) && Date.parse(known) <= measured
    ? known
    : new Date(measured).toISOString();
};

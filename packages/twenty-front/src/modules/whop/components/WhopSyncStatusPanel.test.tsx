import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { formatDateTime } from '@/ui/field/display/utils/formatDateTime';
import { WhopSyncStatusPanel } from '@/whop/components/WhopSyncStatusPanel';
import { WHOP_SYNC_ESTIMATE_MIN_ELAPSED_MS } from '@/whop/constants/WhopSyncEstimateMinElapsedMs';
import type { WhopSyncProgress } from '@/whop/types/WhopSyncProgress';
import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';
import { buildMockWhopSyncLog } from '~/testing/mock-data/buildMockWhopSyncLog';

const buildProgress = (
  totals: 'known' | 'unknown',
  overrides: Partial<WhopSyncProgress> = {},
): WhopSyncProgress => ({
  step: 'memberships',
  steps: [
    { step: 'company', processed: 1, total: null },
    { step: 'products', processed: 3, total: totals === 'known' ? 3 : null },
    { step: 'plans', processed: 4, total: null },
    { step: 'members', processed: 250, total: totals === 'known' ? 250 : null },
    {
      step: 'memberships',
      processed: 120,
      total: totals === 'known' ? 300 : null,
    },
    { step: 'payments', processed: 0, total: totals === 'known' ? 500 : null },
  ],
  recordsPerSecond: 50,
  startedAt: '2025-03-14T10:00:00.000Z',
  rateSince: null,
  warnings: 2,
  errors: 1,
  ...overrides,
});

const getStepBar = (stepTitle: string) => screen.getByRole('progressbar', { name: stepTitle });
// The icon before a step: a spinner while it runs, a paused clock between two attempts.
const getStepIcon = (stepTitle: string) =>
  getStepBar(stepTitle).closest('li')?.querySelector('svg.tabler-icon');

describe('WhopSyncStatusPanel', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  // Inside a connected company's card sections (its name a level 3 heading): with two companies,
  // a screen reader's outline tells their Sync cards apart.
  it('titles itself one level below the company it belongs to', () => {
    render(<WhopSyncStatusPanel connection={buildMockWhopConnection()} logs={[]} />);

    expect(screen.getByRole('heading', { name: 'Sync', level: 4 })).toBeTruthy();
  });

  it('says nothing was imported yet when the connection never synced', () => {
    render(
      <WhopSyncStatusPanel
        connection={buildMockWhopConnection({
          syncStatus: 'NOT_SYNCED',
          syncStage: 'INCREMENTAL_PENDING',
          lastSyncAt: null,
          lastFullSyncAt: null,
        })}
        logs={[]}
      />,
    );

    expect(screen.getByText('Not synced yet')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByText('Up to date')).toBeNull();
  });

  it('shows a queued full sync as waiting, with an indeterminate bar', () => {
    vi.useFakeTimers({ now: new Date(Date.parse('2025-03-14T10:00:00.000Z') + 10_000) });

    render(
      <WhopSyncStatusPanel
        connection={buildMockWhopConnection({
          syncStatus: 'NOT_SYNCED',
          syncStage: 'FULL_SYNC_PENDING',
          fullSyncQueuedAt: '2025-03-14T10:00:00.000Z',
          lastSyncAt: null,
          lastFullSyncAt: null,
        })}
        logs={[]}
      />,
    );

    expect(screen.getByText('Waiting to start')).toBeTruthy();
    expect(
      screen.getByText(
        `Queued since ${formatDateTime('2025-03-14T10:00:00.000Z')}. The full import starts as soon as the sync worker takes it, usually within seconds, and imports your products, members, memberships and payments.`,
      ),
    ).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Sync' });
    expect(bar.getAttribute('aria-valuenow')).toBeNull();
    expect(bar.getAttribute('data-indeterminate')).toBe('true');
  });

  it('says a full sync still waiting after a few minutes has not started, and that the worker may not be running', () => {
    const QUEUED_AT = '2025-03-14T10:00:00.000Z';
    vi.useFakeTimers({ now: new Date(Date.parse(QUEUED_AT) + 2 * 60_000) });

    render(
      <WhopSyncStatusPanel
        connection={buildMockWhopConnection({
          syncStatus: 'NOT_SYNCED',
          syncStage: 'FULL_SYNC_PENDING',
          fullSyncQueuedAt: QUEUED_AT,
          lastSyncAt: null,
          lastFullSyncAt: null,
        })}
        logs={[]}
      />,
    );

    expect(screen.getByText(/usually within seconds/)).toBeTruthy();

    // Polls bring nothing new while it waits: the page moves on by its own clock.
    act(() => {
      vi.advanceTimersByTime(5 * 60_000);
    });

    expect(
      screen.getByText(
        `Queued since ${formatDateTime(QUEUED_AT)}. It has not started after 7 min: another sync of this company may still be running, or the server's sync worker is not running. Once the worker takes it, it imports your products, members, memberships and payments.`,
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/usually within seconds/)).toBeNull();
  });

  it('leaves out since when a queued full sync waits when the server does not say', () => {
    render(
      <WhopSyncStatusPanel
        connection={buildMockWhopConnection({
          syncStage: 'FULL_SYNC_PENDING',
          fullSyncQueuedAt: null,
        })}
        logs={[]}
      />,
    );

    expect(
      screen.getByText(/^The full import starts as soon as the sync worker takes it/),
    ).toBeTruthy();
    expect(screen.queryByText(/Queued since/)).toBeNull();
  });

  it('follows a running sync with known totals: step, per-step progress, rate, ETA and problems', () => {
    render(
      <WhopSyncStatusPanel
        connection={buildMockWhopConnection({
          syncStatus: 'ONGOING',
          syncStage: 'FULL_SYNC_ONGOING',
          syncProgress: buildProgress('known'),
        })}
        logs={[]}
      />,
    );

    expect(screen.getByText('Importing memberships…')).toBeTruthy();
    expect(getStepBar('Memberships').getAttribute('aria-valuenow')).toBe('40');
    expect(screen.getByText('120 / 300')).toBeTruthy();
    expect(getStepBar('Members').getAttribute('aria-valuenow')).toBe('100');
    expect(getStepBar('Payments').getAttribute('aria-valuenow')).toBe('0');
    expect(screen.getByText('50 records/s')).toBeTruthy();
    // (300 - 120) + 500 records left at 50 records/s
    expect(screen.getByText('About 14 s')).toBeTruthy();
    expect(screen.getByText('2 warnings and 1 error')).toBeTruthy();
    expect(screen.queryByText('Up to date')).toBeNull();
  });

  it('shows an indeterminate bar with the processed count when totals are unknown, and no ETA', () => {
    render(
      <WhopSyncStatusPanel
        connection={buildMockWhopConnection({
          syncStatus: 'ONGOING',
          syncStage: 'FULL_SYNC_ONGOING',
          syncProgress: buildProgress('unknown', { warnings: 0, errors: 0 }),
        })}
        logs={[]}
      />,
    );

    const bar = getStepBar('Memberships');
    expect(bar.getAttribute('aria-valuenow')).toBeNull();
    expect(bar.getAttribute('data-indeterminate')).toBe('true');
    expect(bar.getAttribute('aria-valuetext')).toBe('120 processed');
    expect(screen.getByText('No estimate yet')).toBeTruthy();
    expect(screen.getByText('0 warnings and 0 errors')).toBeTruthy();
  });

  it('shows only what a step processed once past its estimate, and does not estimate the time left', () => {
    vi.useFakeTimers({ now: new Date(Date.parse('2025-03-14T10:00:00.000Z') + 60_000) });

    // The company grew since the last full sync counted its memberships.
    render(
      <WhopSyncStatusPanel
        connection={buildMockWhopConnection({
          syncStatus: 'ONGOING',
          syncStage: 'FULL_SYNC_ONGOING',
          syncProgress: buildProgress('known', {
            steps: buildProgress('known').steps.map((step) =>
              step.step === 'memberships' ? { ...step, processed: 12_340, total: 10_000 } : step,
            ),
          }),
        })}
        logs={[]}
      />,
    );

    expect(screen.getByText('12,340')).toBeTruthy();
    expect(screen.queryByText(/12,340 \/ 10,000/)).toBeNull();
    const bar = getStepBar('Memberships');
    expect(bar.getAttribute('aria-valuenow')).toBeNull();
    expect(bar.getAttribute('data-indeterminate')).toBe('true');
    expect(screen.getByText('Time left').parentElement?.textContent).toBe(
      "Time leftCan't estimate",
    );
  });

  describe('until the rate has settled', () => {
    const STARTED_AT = '2025-03-14T10:00:00.000Z';
    // What the review met: the first figures of a run, one record written, rounded to 1 record/s.
    const FIRST_FIGURES = buildProgress('known', {
      step: 'products',
      steps: [
        { step: 'company', processed: 1, total: null },
        { step: 'products', processed: 0, total: 3 },
        { step: 'members', processed: 0, total: 250 },
        { step: 'memberships', processed: 0, total: 300 },
        { step: 'payments', processed: 0, total: 1_022 },
      ],
      recordsPerSecond: 1,
      startedAt: STARTED_AT,
      rateSince: null,
    });
    const renderRunning = (syncProgress: WhopSyncProgress) =>
      render(
        <WhopSyncStatusPanel
          connection={buildMockWhopConnection({
            syncStatus: 'ONGOING',
            syncStage: 'FULL_SYNC_ONGOING',
            syncProgress,
          })}
          logs={[]}
        />,
      );
    const readMetric = (name: string) =>
      screen.getByText(name).parentElement?.textContent?.slice(name.length);

    it('shows neither a rate nor a time left over the first records and seconds', () => {
      vi.useFakeTimers({ now: new Date(Date.parse(STARTED_AT) + 1_000) });

      renderRunning(FIRST_FIGURES);

      expect(readMetric('Speed')).toBe('Measuring…');
      expect(readMetric('Time left')).toBe('Estimating…');
      expect(screen.queryByText(/records\/s/)).toBeNull();
      expect(screen.queryByText(/^About/)).toBeNull();
    });

    it('waits for the run to have gone on long enough, with enough records already', () => {
      vi.useFakeTimers({
        now: new Date(Date.parse(STARTED_AT) + WHOP_SYNC_ESTIMATE_MIN_ELAPSED_MS - 1_000),
      });

      renderRunning(buildProgress('known', { startedAt: STARTED_AT }));

      expect(readMetric('Speed')).toBe('Measuring…');
      expect(readMetric('Time left')).toBe('Estimating…');
    });

    it('shows the rate and the time left once the run has written enough records over enough time', () => {
      vi.useFakeTimers({
        now: new Date(Date.parse(STARTED_AT) + WHOP_SYNC_ESTIMATE_MIN_ELAPSED_MS),
      });

      renderRunning(buildProgress('known', { startedAt: STARTED_AT }));

      expect(readMetric('Speed')).toBe('50 records/s');
      // (300 - 120) + 500 records left at 50 records/s
      expect(readMetric('Time left')).toBe('About 14 s');
    });
  });

  it.each(['Whop is busy or unreachable right now.', 'The database was unavailable for a moment.'])(
    'shows why a running sync waits to retry: %s',
    (reason) => {
      render(
        <WhopSyncStatusPanel
          connection={buildMockWhopConnection({
            syncStatus: 'ONGOING',
            syncStage: 'INCREMENTAL_ONGOING',
            syncProgress: buildProgress('known'),
            lastSyncError: reason,
          })}
          logs={[]}
        />,
      );

      expect(screen.getByText(/Incremental sync/)).toBeTruthy();
      expect(screen.getByText('This sync is waiting to retry')).toBeTruthy();
      expect(screen.getByText(reason)).toBeTruthy();
      expect(screen.getByText('Speed').parentElement?.textContent).toBe('SpeedPaused');
      expect(screen.getByText('Time left').parentElement?.textContent).toBe(
        'Time leftOnce the sync resumes',
      );
    },
  );

  describe('between two attempts of a sync', () => {
    // Local times, so that "10:31 AM" reads the same in any time zone.
    const NEXT_SYNC_RETRY_AT = new Date(2025, 2, 14, 10, 31).toISOString();
    const REASON = 'Whop answered 500 (list payments).';
    const waitingConnection = buildMockWhopConnection({
      syncStatus: 'ONGOING',
      syncStage: 'FULL_SYNC_ONGOING',
      syncProgress: buildProgress('known', { step: 'payments' }),
      lastSyncError: REASON,
      throttleFailureCount: 3,
      nextSyncRetryAt: NEXT_SYNC_RETRY_AT,
      updatedAt: new Date(Date.parse(NEXT_SYNC_RETRY_AT) - 180_000).toISOString(),
      readAt: new Date(Date.parse(NEXT_SYNC_RETRY_AT) - 120_000).toISOString(),
    });
    const getRetryCallout = () =>
      screen.getByText('This sync is waiting to retry').closest('[role="status"]');

    it('says which step waits, pauses its icon, and says what failed, how often and when it tries again', () => {
      vi.useFakeTimers({ now: Date.parse(NEXT_SYNC_RETRY_AT) - 120_000 });

      const { container } = render(
        <WhopSyncStatusPanel connection={waitingConnection} logs={[]} />,
      );

      expect(container.querySelector('[aria-live]')?.textContent).toContain(
        'Waiting to retry payments',
      );
      expect(screen.queryByText(/^Importing/)).toBeNull();
      expect(screen.getByText(/^Full sync/)).toBeTruthy();
      expect(getStepIcon('Payments')?.classList.contains('tabler-icon-clock-pause')).toBe(true);
      expect(container.querySelector('.tabler-icon-loader-2')).toBeNull();
      expect(
        getStepIcon('Memberships')?.classList.contains('tabler-icon-circle-check-filled'),
      ).toBe(true);
      const callout = getRetryCallout();
      expect(callout?.querySelectorAll('p')[1]?.textContent).toBe(REASON);
      expect(callout?.querySelectorAll('p')[2]?.textContent).toBe(
        '3 attempts failed so far. Next try at 10:31 AM (in about 2 min).',
      );
      expect(screen.getByText('Speed').parentElement?.textContent).toBe('SpeedPaused');
      expect(screen.getByText('Time left').parentElement?.textContent).toBe(
        'Time leftOnce the sync resumes',
      );
    });

    it('counts down on its own clock while polls bring nothing new, until the try is due', () => {
      vi.useFakeTimers({ now: Date.parse(NEXT_SYNC_RETRY_AT) - 120_000 });

      render(<WhopSyncStatusPanel connection={waitingConnection} logs={[]} />);
      act(() => {
        vi.advanceTimersByTime(90_000);
      });

      expect(getRetryCallout()?.textContent).toContain(
        'Next try at 10:31 AM (in less than a minute).',
      );

      act(() => {
        vi.advanceTimersByTime(30_000);
      });

      expect(getRetryCallout()?.textContent).toContain(
        '3 attempts failed so far. Next try any moment now.',
      );
      expect(screen.getByText('Waiting to retry payments')).toBeTruthy();
    });

    it('says the next try comes any moment once its time has gone and the worker has not taken it', () => {
      vi.useFakeTimers({ now: Date.parse(NEXT_SYNC_RETRY_AT) + 45_000 });

      render(<WhopSyncStatusPanel connection={waitingConnection} logs={[]} />);

      expect(getRetryCallout()?.textContent).toBe(
        `This sync is waiting to retry${REASON}3 attempts failed so far. Next try any moment now.`,
      );
      expect(screen.queryByText(/Next try at/)).toBeNull();
    });

    it('says the sync is stalled once its next try is ten minutes overdue', () => {
      render(
        <WhopSyncStatusPanel
          connection={{
            ...waitingConnection,
            readAt: new Date(Date.parse(NEXT_SYNC_RETRY_AT) + 600_000).toISOString(),
          }}
          logs={[]}
        />,
      );

      expect(screen.getByText('Stalled: importing payments')).toBeTruthy();
      expect(
        screen.getByText(`No progress since ${formatDateTime(NEXT_SYNC_RETRY_AT)}`),
      ).toBeTruthy();
      expect(screen.queryByText('This sync is waiting to retry')).toBeNull();
    });

    it('changes nothing while a Whop call is retried within the attempt, with no next try', () => {
      const { container } = render(
        <WhopSyncStatusPanel
          connection={{ ...waitingConnection, nextSyncRetryAt: null }}
          logs={[]}
        />,
      );

      expect(screen.getByText('Importing payments…')).toBeTruthy();
      expect(screen.queryByText(/^Waiting to retry/)).toBeNull();
      expect(getStepIcon('Payments')?.classList.contains('tabler-icon-loader-2')).toBe(true);
      expect(container.querySelector('.tabler-icon-clock-pause')).toBeNull();
      expect(getRetryCallout()?.textContent).toBe(`This sync is waiting to retry${REASON}`);
      expect(screen.queryByText(/Next try/)).toBeNull();
      expect(screen.queryByText(/attempts failed/)).toBeNull();
      expect(screen.getByText('Speed').parentElement?.textContent).toBe('SpeedPaused');
    });

    it('runs as before when nothing failed', () => {
      render(
        <WhopSyncStatusPanel
          connection={{ ...waitingConnection, lastSyncError: null, nextSyncRetryAt: null }}
          logs={[]}
        />,
      );

      expect(screen.getByText('Importing payments…')).toBeTruthy();
      expect(getStepIcon('Payments')?.classList.contains('tabler-icon-loader-2')).toBe(true);
      expect(screen.queryByText('This sync is waiting to retry')).toBeNull();
    });
  });

  // Its worker gone: nothing else tells it from a sync that runs.
  it('says a running sync that has not moved for ten minutes is stalled, and since when', () => {
    const updatedAt = '2025-03-14T10:50:00.000Z';
    const { container } = render(
      <WhopSyncStatusPanel
        connection={buildMockWhopConnection({
          syncStatus: 'ONGOING',
          syncStage: 'FULL_SYNC_ONGOING',
          syncProgress: buildProgress('known', { step: 'members' }),
          updatedAt,
          readAt: '2025-03-14T11:00:00.000Z',
        })}
        logs={[]}
      />,
    );

    expect(container.querySelector('[aria-live]')?.textContent).toContain(
      'Stalled: importing members',
    );
    expect(screen.getByText(`No progress since ${formatDateTime(updatedAt)}`)).toBeTruthy();
    expect(getStepIcon('Members')?.classList.contains('tabler-icon-clock-pause')).toBe(true);
    expect(container.querySelector('.tabler-icon-loader-2')).toBeNull();
    expect(screen.getByText('Speed').parentElement?.textContent).toBe('SpeedStalled');
    expect(screen.getByText('Time left').parentElement?.textContent).toBe('Time leftUnknown');
  });

  it('says when the page cannot reach the server, and stops presenting speed and time left as live', () => {
    render(
      <WhopSyncStatusPanel
        connection={buildMockWhopConnection({
          syncStatus: 'ONGOING',
          syncStage: 'FULL_SYNC_ONGOING',
          syncProgress: buildProgress('known'),
        })}
        logs={[]}
        staleSince="2025-03-14T10:05:00.000Z"
      />,
    );

    const warning = screen.getByText("Can't reach the server").closest('[role="status"]');
    expect(warning?.textContent).toContain(
      `The figures below are as of ${formatDateTime('2025-03-14T10:05:00.000Z')}, the last successful update.`,
    );
    expect(screen.getByText('Speed').parentElement?.textContent).toBe('SpeedUnknown');
    expect(screen.getByText('Time left').parentElement?.textContent).toBe('Time leftUnknown');
    expect(screen.queryByText('50 records/s')).toBeNull();
    expect(screen.queryByText('About 14 s')).toBeNull();
    expect(screen.getByText('120 / 300')).toBeTruthy();
  });

  it('shows no warning while the page reaches the server', () => {
    render(
      <WhopSyncStatusPanel
        connection={buildMockWhopConnection({
          syncStatus: 'ONGOING',
          syncStage: 'FULL_SYNC_ONGOING',
          syncProgress: buildProgress('known'),
        })}
        logs={[]}
        staleSince={null}
      />,
    );

    expect(screen.queryByText("Can't reach the server")).toBeNull();
    expect(screen.getByText('50 records/s')).toBeTruthy();
  });

  it('summarises the last syncs and the next scheduled check once completed', () => {
    render(
      <WhopSyncStatusPanel
        connection={buildMockWhopConnection()}
        logs={[buildMockWhopSyncLog()]}
      />,
    );

    expect(screen.getByText('Up to date')).toBeTruthy();
    expect(
      screen.getByText(`As of the last sync, ${formatDateTime('2025-03-14T10:02:00.000Z')}`),
    ).toBeTruthy();
    const lastFullSync = screen.getByText('Last full sync').parentElement;
    expect(lastFullSync?.textContent).toContain('took 2 min 14 s');
    expect(lastFullSync?.textContent).toContain('540 created, 10 updated, 5 unchanged');
    expect(screen.getByText('Last incremental sync').parentElement?.textContent).toContain('Never');
    expect(screen.getByText('Next scheduled check').parentElement?.textContent).toBe(
      `Next scheduled check${formatDateTime('2099-03-14T11:00:00.000Z')}`,
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('says the scheduled check has not run, rather than up to date, once it is overdue', () => {
    render(
      <WhopSyncStatusPanel
        connection={buildMockWhopConnection({ nextScheduledSyncAt: '2025-03-14T11:00:00.000Z' })}
        logs={[buildMockWhopSyncLog()]}
      />,
    );

    expect(screen.queryByText('Up to date')).toBeNull();
    expect(screen.getByText('The scheduled check has not run')).toBeTruthy();
    expect(
      screen.getByText(
        `It was due ${formatDateTime('2025-03-14T11:00:00.000Z')}, and no sync worker has taken it: the worker may be busy, or not running. Changes made on Whop since the last sync are not imported yet.`,
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(`As of the last sync, ${formatDateTime('2025-03-14T10:02:00.000Z')}`),
    ).toBeTruthy();
    expect(screen.getByText('Next scheduled check').parentElement?.textContent).toBe(
      `Next scheduled check${`Due since ${formatDateTime('2025-03-14T11:00:00.000Z')}`}`,
    );
  });

  it('says when the last sync could not import every record, and where to see which', () => {
    const refusal = {
      level: 'error',
      whopId: 'mber_1',
      message: 'Not saved: the database cannot store a character in it (such as a NUL character).',
    };
    render(
      <WhopSyncStatusPanel
        connection={buildMockWhopConnection()}
        logs={[buildMockWhopSyncLog({ status: 'partial', issues: [refusal], issueCount: 1 })]}
      />,
    );

    expect(screen.getByText('Up to date')).toBeTruthy();
    expect(screen.getByText('Some records were not imported')).toBeTruthy();
    expect(
      screen.getByText(
        'The last sync could not save every record Whop sent. Its entry in the sync history below names each one, and why.',
      ),
    ).toBeTruthy();
  });

  it('says nothing of records not imported after a run that saved them all, warnings or not', () => {
    render(
      <WhopSyncStatusPanel
        connection={buildMockWhopConnection()}
        logs={[
          buildMockWhopSyncLog({
            issues: [
              { level: 'warning', whopId: 'mber_1', message: 'Two people have this email.' },
            ],
            issueCount: 1,
          }),
          buildMockWhopSyncLog({ id: 'log-0', status: 'partial' }),
        ]}
      />,
    );

    expect(screen.getByText('Up to date')).toBeTruthy();
    expect(screen.queryByText('Some records were not imported')).toBeNull();
  });

  it('says up to date as of the later of the last full and the last incremental sync', () => {
    render(
      <WhopSyncStatusPanel
        connection={buildMockWhopConnection({
          lastFullSyncAt: '2025-03-14T10:02:00.000Z',
          lastIncrementalSyncAt: '2025-03-14T11:00:00.000Z',
        })}
        logs={[]}
      />,
    );

    expect(
      screen.getByText(`As of the last sync, ${formatDateTime('2025-03-14T11:00:00.000Z')}`),
    ).toBeTruthy();
  });

  it('shows why the last sync failed', () => {
    render(
      <WhopSyncStatusPanel
        connection={buildMockWhopConnection({
          syncStatus: 'FAILED_UNKNOWN',
          syncStage: 'FAILED',
          lastSyncError: 'Whop answered the memberships page with a 500.',
        })}
        logs={[
          buildMockWhopSyncLog({ id: 'log-2', type: 'incremental', status: 'failed' }),
          buildMockWhopSyncLog(),
        ]}
      />,
    );

    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('The last sync failed')).toBeTruthy();
    expect(within(alert).getByText('Whop answered the memberships page with a 500.')).toBeTruthy();
    expect(screen.getByText('Last incremental sync').parentElement?.textContent).toContain(
      'Never completed · last attempt failed',
    );
    // The scheduled check tries again, as the connection card says.
    expect(screen.getByText('Next scheduled check').parentElement?.textContent).toBe(
      `Next scheduled check${formatDateTime('2099-03-14T11:00:00.000Z')}`,
    );
  });

  it('leaves out the next scheduled check of a failed sync when the server has none', () => {
    render(
      <WhopSyncStatusPanel
        connection={buildMockWhopConnection({
          syncStatus: 'FAILED_UNKNOWN',
          syncStage: 'FAILED',
          lastSyncError: 'Whop answered the memberships page with a 500.',
          nextScheduledSyncAt: null,
        })}
        logs={[]}
      />,
    );

    expect(screen.getByText('The last sync failed')).toBeTruthy();
    expect(screen.getByText('Last full sync')).toBeTruthy();
    expect(screen.queryByText('Next scheduled check')).toBeNull();
  });

  it('says the sync is paused until the seller reconnects', () => {
    render(
      <WhopSyncStatusPanel
        connection={buildMockWhopConnection({
          status: 'needs_reauth',
          syncStatus: 'FAILED_UNKNOWN',
          syncStage: 'FAILED',
          lastSyncError:
            'Whop no longer accepts this connection. Reconnect Whop to resume the sync.',
        })}
        logs={[]}
      />,
    );

    expect(screen.getByText('Sync paused: reconnect Whop')).toBeTruthy();
    expect(
      screen.getByText(
        'Whop no longer accepts this connection. Reconnect Whop to resume the sync.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText('The last sync failed')).toBeNull();
  });

  it('announces the phase as it changes, not the figures each poll brings', () => {
    const runningConnection = buildMockWhopConnection({
      syncStatus: 'ONGOING',
      syncStage: 'FULL_SYNC_ONGOING',
      syncProgress: buildProgress('known'),
    });
    const { container, rerender } = render(
      <WhopSyncStatusPanel connection={runningConnection} logs={[]} />,
    );

    const liveRegions = container.querySelectorAll('[aria-live]');
    expect(liveRegions).toHaveLength(1);
    const [phase] = liveRegions;
    expect(phase.textContent).toContain('Importing memberships…');
    expect(phase.textContent).not.toContain('records/s');
    expect(phase.textContent).not.toContain('120 / 300');

    rerender(<WhopSyncStatusPanel connection={buildMockWhopConnection()} logs={[]} />);

    expect(container.querySelector('[aria-live]')).toBe(phase);
    expect(phase.textContent).toContain('Up to date');
    expect(phase.textContent).not.toContain('Last full sync');
  });

  it('does not nest its callouts in a live region of its own', () => {
    render(
      <WhopSyncStatusPanel
        connection={buildMockWhopConnection({
          syncStatus: 'FAILED_UNKNOWN',
          syncStage: 'FAILED',
          lastSyncError: 'Whop answered the memberships page with a 500.',
        })}
        logs={[]}
      />,
    );

    expect(screen.getByRole('alert').parentElement?.closest('[aria-live]')).toBeNull();
  });

  it('says a disconnected connection no longer syncs', () => {
    render(
      <WhopSyncStatusPanel
        connection={buildMockWhopConnection({
          status: 'revoked',
          syncStage: 'FAILED',
          revokedAt: '2025-03-20T10:00:00.000Z',
        })}
        logs={[]}
      />,
    );

    expect(screen.getByText('Sync stopped')).toBeTruthy();
    expect(screen.getByText(/disconnected on Mar 20, 2025/)).toBeTruthy();
  });
});

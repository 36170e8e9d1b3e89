import { Logger } from '@nestjs/common';

import {
  type ScheduledJobsOwner,
  ScheduledJobsKeeper,
} from 'src/engine/core-modules/message-queue/services/scheduled-jobs-keeper.service';

const buildOwner = (
  scheduledJobsName: string,
  restoreScheduledJobs: () => Promise<number>,
): ScheduledJobsOwner & { restoreScheduledJobs: jest.Mock } => ({
  scheduledJobsName,
  restoreScheduledJobs: jest.fn(restoreScheduledJobs),
});

describe('ScheduledJobsKeeper', () => {
  let keeper: ScheduledJobsKeeper;
  let warn: jest.SpyInstance;

  beforeEach(() => {
    jest.useFakeTimers();
    keeper = new ScheduledJobsKeeper();
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });

  afterEach(() => {
    keeper.onApplicationShutdown();
    jest.useRealTimers();
    warn.mockRestore();
  });

  it('asks every owner to put back its lost jobs at each interval, and says what it put back', async () => {
    const whop = buildOwner('the Whop sync', async () => 2);
    const heartbeat = buildOwner('the queue worker heartbeat', async () => 0);

    keeper.keep([whop, heartbeat], 1_000);
    expect(whop.restoreScheduledJobs).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(2_000);

    expect(whop.restoreScheduledJobs).toHaveBeenCalledTimes(2);
    expect(heartbeat.restoreScheduledJobs).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledWith('Queued 2 job(s) missing from the queue: the Whop sync');
    expect(warn).not.toHaveBeenCalledWith(expect.stringContaining('heartbeat'));
  });

  it('goes on to the next owner, and the next check, when one cannot be checked', async () => {
    const failing = buildOwner('the Whop sync', async () => {
      throw new Error('Connection is closed.');
    });
    const heartbeat = buildOwner('the queue worker heartbeat', async () => 1);

    keeper.keep([failing, heartbeat], 1_000);
    await jest.advanceTimersByTimeAsync(2_000);

    expect(heartbeat.restoreScheduledJobs).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledWith(
      'Could not check the jobs of the Whop sync: Connection is closed.',
    );
  });

  it('does not start a check while the last one still waits on Redis or the database', async () => {
    const slow = buildOwner(
      'the Whop sync',
      () => new Promise((resolve) => setTimeout(() => resolve(0), 2_500)),
    );

    keeper.keep([slow], 1_000);
    await jest.advanceTimersByTimeAsync(3_000);

    expect(slow.restoreScheduledJobs).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(slow.restoreScheduledJobs).toHaveBeenCalledTimes(2);
  });

  it('stops checking when the application shuts down', async () => {
    const whop = buildOwner('the Whop sync', async () => 0);

    keeper.keep([whop], 1_000);
    keeper.onApplicationShutdown();
    await jest.advanceTimersByTimeAsync(5_000);

    expect(whop.restoreScheduledJobs).not.toHaveBeenCalled();
  });
});

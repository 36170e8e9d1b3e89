import { type Repository } from 'typeorm';

import { type EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { type EnvironmentVariables } from 'src/engine/core-modules/environment/environment-variables';
import { type MessageQueueService } from 'src/engine/core-modules/message-queue/services/message-queue.service';
import { type WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import { WhopSyncSchedulerService } from 'src/modules/whop/services/whop-sync-scheduler.service';

const CONNECTION = {
  id: '6f1c2a9e-0b1d-4c3e-9f2a-7d8e5b4c3a21',
  workspaceId: 'workspace-1',
} as WhopConnection;

const buildScheduler = (
  variables: Pick<EnvironmentVariables, 'WHOP_SYNC_ENABLED' | 'WHOP_SYNC_INTERVAL_MINUTES'>,
) => {
  const queue = { addCron: jest.fn().mockResolvedValue(undefined) };
  const environmentService = {
    get: (key: keyof typeof variables) => variables[key],
  } as unknown as EnvironmentService;
  const scheduler = new WhopSyncSchedulerService(
    queue as unknown as MessageQueueService,
    environmentService,
    {} as Repository<WhopConnection>,
  );

  return { scheduler, queue };
};

describe('WhopSyncSchedulerService', () => {
  it("schedules a connection's reconcile at the interval, at the connection's own minute", async () => {
    const { scheduler, queue } = buildScheduler({
      WHOP_SYNC_ENABLED: true,
      WHOP_SYNC_INTERVAL_MINUTES: 60,
    });

    await scheduler.scheduleReconcile(CONNECTION);

    expect(scheduler.getSyncIntervalMinutes()).toBe(60);
    expect(queue.addCron).toHaveBeenCalledWith(
      expect.objectContaining({
        jobId: CONNECTION.id,
        options: { repeat: { pattern: '54 * * * *' }, retryLimit: 3 },
      }),
    );
  });

  it('stops the start of a server configured with an interval no cron pattern runs evenly', () => {
    expect(() =>
      buildScheduler({ WHOP_SYNC_ENABLED: true, WHOP_SYNC_INTERVAL_MINUTES: 45 }),
    ).toThrow(/WHOP_SYNC_INTERVAL_MINUTES must divide an hour .* got 45/);
  });

  it('schedules nothing and states no interval when the scheduled reconcile is turned off', async () => {
    const { scheduler, queue } = buildScheduler({
      WHOP_SYNC_ENABLED: false,
      WHOP_SYNC_INTERVAL_MINUTES: 45,
    });

    await scheduler.scheduleReconcile(CONNECTION);

    expect(scheduler.getSyncIntervalMinutes()).toBeNull();
    expect(queue.addCron).not.toHaveBeenCalled();
  });
});

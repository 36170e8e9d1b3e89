import { type Queue } from 'bullmq';

import { MessageQueueService } from 'src/engine/core-modules/message-queue/services/message-queue.service';

const withSchedulers = (keys: string[]) =>
  new MessageQueueService({
    getJobSchedulers: async () => keys.map((key) => ({ key })),
  } as unknown as Queue);

describe('MessageQueueService cron ids', () => {
  const queue = withSchedulers([
    'WhopIncrementalSyncJob.connection-1',
    'WhopIncrementalSyncJob.connection-2',
    'WhopIncrementalSyncJobs.other',
    'QueueWorkerHeartbeatJob',
  ]);

  it("lists the job ids of a job's repeatable runs, and no other job's", async () => {
    expect(await queue.listCronJobIds('WhopIncrementalSyncJob')).toEqual([
      'connection-1',
      'connection-2',
    ]);
    expect(await queue.listCronJobIds('QueueWorkerHeartbeatJob')).toEqual([]);
  });

  // BullMQ lists a scheduler's id, then reads it: one removed in between (a Disconnect while the
  // scheduled jobs keeper checks) comes back undefined.
  it('leaves out a scheduler removed while the queue listed them', async () => {
    const racing = new MessageQueueService({
      getJobSchedulers: async () => [{ key: 'WhopIncrementalSyncJob.connection-1' }, undefined],
    } as unknown as Queue);

    expect(await racing.listCronJobIds('WhopIncrementalSyncJob')).toEqual(['connection-1']);
  });

  it('says whether a repeatable job is registered, with or without a job id', async () => {
    expect(await queue.hasCron({ jobName: 'QueueWorkerHeartbeatJob' })).toBe(true);
    expect(await queue.hasCron({ jobName: 'WhopIncrementalSyncJob', jobId: 'connection-2' })).toBe(
      true,
    );
    expect(await queue.hasCron({ jobName: 'WhopIncrementalSyncJob', jobId: 'connection-3' })).toBe(
      false,
    );
  });
});

describe('MessageQueueService job status', () => {
  const withJobState = (state: string) =>
    new MessageQueueService({ getJobState: async () => state } as unknown as Queue);

  it.each([
    ['waiting', 'pending'],
    ['prioritized', 'pending'],
    ['delayed', 'pending'],
    ['active', 'pending'],
    ['completed', 'ended'],
    ['failed', 'ended'],
    ['unknown', 'missing'],
  ])('tells a job BullMQ says is %s %s', async (state, status) => {
    expect(await withJobState(state).getJobStatus('job-1')).toBe(status);
  });
});

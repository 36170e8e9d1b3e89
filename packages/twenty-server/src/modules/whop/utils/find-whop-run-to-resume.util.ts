import { isDefined } from 'twenty-shared';

import { type WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';

// The run a sync job takes up, if any: the one it carries (named with the job in the connection's
// progress: one an earlier attempt of it ran, or the same attempt handed out again after its
// worker stalled or was killed), else the one its data names (`resumeRunId`: a run whose own job
// was lost, which it was queued to resume). The job's data is not rewritten: once the job started
// a run of its own (the full sync a reconnect queued, which the queue took for this job), a retry
// of it resumes that run, not the lost one.
export const findWhopRunToResume = (
  connection: Pick<WhopConnection, 'syncProgress'> | null,
  jobId: string | null,
  resumeRunId?: string,
): string | undefined => {
  const progress = connection?.syncProgress;
  const carried =
    isDefined(jobId) && progress?.jobId === jobId ? (progress.runId ?? undefined) : undefined;

  return carried ?? resumeRunId;
};

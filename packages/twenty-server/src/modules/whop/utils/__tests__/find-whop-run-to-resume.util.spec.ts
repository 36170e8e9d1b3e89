import { type WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import { findWhopRunToResume } from 'src/modules/whop/utils/find-whop-run-to-resume.util';

const carrying = (jobId: string, runId: string) =>
  ({ syncProgress: { jobId, runId } }) as unknown as Pick<WhopConnection, 'syncProgress'>;

describe('findWhopRunToResume', () => {
  it('resumes the run the job carries', () => {
    expect(findWhopRunToResume(carrying('job-2', 'run-1'), 'job-2')).toBe('run-1');
  });

  it('resumes the lost run its data names, before it carries one', () => {
    expect(findWhopRunToResume(carrying('job-1', 'run-1'), 'job-2', 'run-1')).toBe('run-1');
  });

  // Queued to resume run-1, the job ran the full sync a reconnect queued instead (run-2): retried
  // (Whop failing, a deploy), it goes on with run-2, rather than find run-1 over and end.
  it('resumes the run the job started since, not the lost one its data names', () => {
    expect(findWhopRunToResume(carrying('job-2', 'run-2'), 'job-2', 'run-1')).toBe('run-2');
  });

  it('resumes nothing for a job that carries no run and names none', () => {
    expect(findWhopRunToResume(carrying('job-1', 'run-1'), 'job-2')).toBeUndefined();
    expect(findWhopRunToResume(null, 'job-2')).toBeUndefined();
  });
});

import { getJobAttempt } from 'src/engine/core-modules/message-queue/utils/get-job-attempt.util';

describe('getJobAttempt', () => {
  it('numbers the first run of a job with retries left as attempt 1, not the last', () => {
    expect(getJobAttempt({ id: '7', attemptsMade: 0, opts: { attempts: 4 } })).toEqual({
      jobId: '7',
      number: 1,
      isLast: false,
    });
  });

  it('says the run after every retry but one failed is the last', () => {
    expect(getJobAttempt({ id: '7', attemptsMade: 3, opts: { attempts: 4 } })).toEqual({
      jobId: '7',
      number: 4,
      isLast: true,
    });
  });

  it('has no job id for a job the queue gave none', () => {
    expect(getJobAttempt({ id: undefined, attemptsMade: 0, opts: {} }).jobId).toBeNull();
  });

  it('takes a job added without retries to have a single, last attempt', () => {
    expect(getJobAttempt({ id: '7', attemptsMade: 0, opts: { attempts: 0 } })).toEqual({
      jobId: '7',
      number: 1,
      isLast: true,
    });
  });
});

import { getJobAttempt } from 'src/engine/core-modules/message-queue/utils/get-job-attempt.util';

describe('getJobAttempt', () => {
  it('numbers the first run of a job with retries left as attempt 1, not the last', () => {
    expect(getJobAttempt({ id: '7', attemptsMade: 0, opts: { attempts: 4 } })).toEqual({
      jobId: '7',
      number: 1,
      isLast: false,
      retryDelayMs: 0,
    });
  });

  it('says the run after every retry but one failed is the last', () => {
    expect(getJobAttempt({ id: '7', attemptsMade: 3, opts: { attempts: 4 } })).toEqual({
      jobId: '7',
      number: 4,
      isLast: true,
      retryDelayMs: null,
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
      retryDelayMs: null,
    });
  });

  it("says how long the queue waits before the next attempt, as BullMQ's backoff computes it", () => {
    const exponential = { attempts: 13, backoff: { type: 'exponential', delay: 1000 } };

    expect(getJobAttempt({ id: '7', attemptsMade: 0, opts: exponential }).retryDelayMs).toBe(1000);
    expect(getJobAttempt({ id: '7', attemptsMade: 3, opts: exponential }).retryDelayMs).toBe(8000);
    expect(
      getJobAttempt({ id: '7', attemptsMade: 1, opts: { attempts: 3, backoff: 5000 } })
        .retryDelayMs,
    ).toBe(5000);
  });
});

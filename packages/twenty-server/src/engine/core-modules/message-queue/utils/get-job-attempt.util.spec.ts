import { getJobAttempt } from 'src/engine/core-modules/message-queue/utils/get-job-attempt.util';

describe('getJobAttempt', () => {
  it('numbers the first run of a job with retries left as attempt 1, not the last', () => {
    expect(getJobAttempt({ attemptsMade: 0, opts: { attempts: 4 } })).toEqual({
      number: 1,
      isLast: false,
    });
  });

  it('says the run after every retry but one failed is the last', () => {
    expect(getJobAttempt({ attemptsMade: 3, opts: { attempts: 4 } })).toEqual({
      number: 4,
      isLast: true,
    });
  });

  it('takes a job added without retries to have a single, last attempt', () => {
    expect(getJobAttempt({ attemptsMade: 0, opts: { attempts: 0 } })).toEqual({
      number: 1,
      isLast: true,
    });
  });
});

import { describeWhopSyncGivenUp } from 'src/modules/whop/utils/describe-whop-sync-given-up.util';

describe('describeWhopSyncGivenUp', () => {
  it('says what failed last, after how many attempts, and what to do', () => {
    expect(describeWhopSyncGivenUp('Whop answered 500 (list payments).', 4)).toBe(
      'The sync stopped after 4 attempts: Whop answered 500 (list payments). Start it again from this page.',
    );
  });

  it('counts a single attempt in the singular', () => {
    expect(describeWhopSyncGivenUp('The database was unavailable for a moment.', 1)).toBe(
      'The sync stopped after 1 attempt: The database was unavailable for a moment. Start it again from this page.',
    );
  });
});

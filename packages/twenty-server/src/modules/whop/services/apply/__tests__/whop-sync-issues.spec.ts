import { WhopSyncIssues } from 'src/modules/whop/services/whop-sync-issues';

describe('WhopSyncIssues', () => {
  it('keeps the first issues up to the cap and counts every one by level', () => {
    const issues = new WhopSyncIssues([], 2);

    issues.addWarning('user_1', 'first');
    issues.addError('pay_1', 'second');
    issues.addWarning(null, 'third');

    expect(issues.list()).toEqual([
      { level: 'warning', whopId: 'user_1', message: 'first' },
      { level: 'error', whopId: 'pay_1', message: 'second' },
    ]);
    expect(issues.count()).toBe(3);
    expect(issues.warningCount()).toBe(2);
    expect(issues.errorCount()).toBe(1);
  });

  it('resumes from the issues a previous attempt of the run stored', () => {
    const issues = new WhopSyncIssues([{ level: 'error', whopId: 'mem_1', message: 'stored' }]);

    issues.addWarning('mem_2', 'new');

    expect(issues.list().map(({ message }) => message)).toEqual(['stored', 'new']);
    expect(issues.errorCount()).toBe(1);
  });
});

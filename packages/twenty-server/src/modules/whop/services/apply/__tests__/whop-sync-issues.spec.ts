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
    const issues = WhopSyncIssues.resume(
      [{ level: 'error', whopId: 'mem_1', message: 'stored' }],
      1,
      1,
    );

    issues.addWarning('mem_2', 'new');

    expect(issues.list().map(({ message }) => message)).toEqual(['stored', 'new']);
    expect(issues.errorCount()).toBe(1);
    expect(issues.count()).toBe(2);
  });

  // The history row keeps the first 200; the attempt before counted 1,500.
  it('resumes counting every issue recorded, not only those kept', () => {
    const kept = Array.from({ length: 200 }, (_, index) => ({
      level: 'warning' as const,
      whopId: `mem_${index}`,
      message: 'Membership not synced yet',
    }));
    const issues = WhopSyncIssues.resume(kept, 1500, 3);

    issues.addWarning('mem_new', 'new');

    expect(issues.list()).toHaveLength(200);
    expect(issues.count()).toBe(1501);
    expect(issues.errorCount()).toBe(3);
    expect(issues.warningCount()).toBe(1498);
  });

  it('counts no more errors past the kept issues than there are issues past them', () => {
    const issues = WhopSyncIssues.resume(
      [{ level: 'warning', whopId: null, message: 'kept' }],
      2,
      5,
    );

    expect(issues.errorCount()).toBe(1);
    expect(issues.warningCount()).toBe(1);
  });
});

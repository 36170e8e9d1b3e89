import { type WhopSyncRecordIssue } from 'src/modules/whop/entities/whop-sync-log.entity';

const DEFAULT_MAX_KEPT_ISSUES = 200;

// The per-record warnings and errors of one sync run. Keeps the first `maxKept` for the sync log and
// counts every one, so a run with thousands of bad records stays a small log row.
export class WhopSyncIssues {
  private readonly kept: WhopSyncRecordIssue[] = [];
  private readonly totals: Record<WhopSyncRecordIssue['level'], number> = { error: 0, warning: 0 };

  constructor(
    previousIssues: WhopSyncRecordIssue[] = [],
    private readonly maxKept = DEFAULT_MAX_KEPT_ISSUES,
  ) {
    previousIssues.forEach((issue) => this.add(issue));
  }

  add(issue: WhopSyncRecordIssue): void {
    this.totals[issue.level] += 1;

    if (this.kept.length < this.maxKept) {
      this.kept.push(issue);
    }
  }

  // A page's own issues, kept whole: they become the run's only once the page commits (a page run
  // again after a deadlock would otherwise count its issues twice).
  startPage(): WhopSyncIssues {
    return new WhopSyncIssues([], Number.POSITIVE_INFINITY);
  }

  commitPage(page: WhopSyncIssues): void {
    page.kept.forEach((issue) => this.add(issue));
  }

  addWarning(whopId: string | null, message: string): void {
    this.add({ level: 'warning', whopId, message });
  }

  addError(whopId: string | null, message: string): void {
    this.add({ level: 'error', whopId, message });
  }

  // A resumed run's issues: those its history row kept, and the count of every one it recorded
  // (`recordedCount`, of which the row keeps the first `maxKept` only). Those past the kept ones are
  // warnings, but for the errors the run's progress counted beyond the kept ones.
  static resume(
    keptIssues: WhopSyncRecordIssue[],
    recordedCount: number,
    recordedErrors: number,
  ): WhopSyncIssues {
    const issues = new WhopSyncIssues(keptIssues);
    const unkept = Math.max(recordedCount - keptIssues.length, 0);
    const unkeptErrors = Math.min(Math.max(recordedErrors - issues.totals.error, 0), unkept);

    issues.totals.error += unkeptErrors;
    issues.totals.warning += unkept - unkeptErrors;

    return issues;
  }

  list(): WhopSyncRecordIssue[] {
    return [...this.kept];
  }

  count(): number {
    return this.totals.error + this.totals.warning;
  }

  warningCount(): number {
    return this.totals.warning;
  }

  errorCount(): number {
    return this.totals.error;
  }
}

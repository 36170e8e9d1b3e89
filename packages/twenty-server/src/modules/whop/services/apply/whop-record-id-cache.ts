// Ids of records a sync run has already found or written, by their Whop key (people by Whop user
// id), so its later pages look up only the keys they have not met. What a page finds is staged and
// becomes known to the run only once the page's transaction commits: a rolled-back page teaches
// nothing. A record deleted after it was cached fails the next page on its foreign key; the run then
// forgets everything and the page is retried (WhopApplyTransactionService).
export class WhopRecordIdCache {
  private readonly ids = new Map<string, string>();

  startPage(): WhopPageRecordIdCache {
    return new WhopPageRecordIdCache(this.ids);
  }

  clear(): void {
    this.ids.clear();
  }
}

// One page's view of the run's cache: the run's ids and the page's own.
export class WhopPageRecordIdCache {
  private readonly staged = new Map<string, string>();

  constructor(private readonly runIds: Map<string, string>) {}

  get(key: string): string | undefined {
    return this.staged.get(key) ?? this.runIds.get(key);
  }

  set(key: string, id: string): void {
    this.staged.set(key, id);
  }

  commit(): void {
    for (const [key, id] of this.staged) {
      this.runIds.set(key, id);
    }
    this.staged.clear();
  }
}

import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';

import { getErrorMessage } from 'src/engine/utils/get-error-message.util';

// A part of the app that keeps jobs on the queue on its own (repeatable jobs, a run it still waits
// for), and can put back those the queue no longer has.
export type ScheduledJobsOwner = {
  readonly scheduledJobsName: string;
  // Adds what the queue is missing (and may settle what the jobs it lost left behind); returns
  // how many jobs it put back.
  restoreScheduledJobs(): Promise<number>;
};

export const SCHEDULED_JOBS_CHECK_INTERVAL_MS = 60_000;

// Redis keeps the queue, and a Redis that keeps nothing on disk forgets every job when it
// restarts. The server registers its repeatable jobs when it starts; this keeps them registered
// while it runs, checking every minute (a check is a read of the queue and of the database).
@Injectable()
export class ScheduledJobsKeeper implements OnApplicationShutdown {
  private readonly logger = new Logger(ScheduledJobsKeeper.name);
  private timer: NodeJS.Timeout | null = null;
  private checking = false;

  keep(owners: ScheduledJobsOwner[], intervalMs = SCHEDULED_JOBS_CHECK_INTERVAL_MS): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = setInterval(() => void this.check(owners), intervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  // One check at a time: a check slowed by Redis or the database is not overtaken by the next.
  private async check(owners: ScheduledJobsOwner[]): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      for (const owner of owners) await this.restore(owner);
    } finally {
      this.checking = false;
    }
  }

  private async restore(owner: ScheduledJobsOwner): Promise<void> {
    try {
      const restored = await owner.restoreScheduledJobs();

      if (restored > 0) {
        this.logger.warn(
          `Queued ${restored} job(s) missing from the queue: ${owner.scheduledJobsName}`,
        );
      }
    } catch (error) {
      this.logger.warn(
        `Could not check the jobs of ${owner.scheduledJobsName}: ${getErrorMessage(error)}`,
      );
    }
  }
}

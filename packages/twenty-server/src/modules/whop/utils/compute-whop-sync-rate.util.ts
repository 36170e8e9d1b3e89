import { type WhopSyncProgress } from 'src/modules/whop/entities/whop-connection.entity';

export const countWhopSyncProcessed = (progress: WhopSyncProgress): number =>
  Object.values(progress.steps).reduce((sum, step) => sum + (step?.processed ?? 0), 0);

// Records written per second, for the live progress panel: since the attempt under way resumed
// the run (the wait between two attempts is no work), else since the run started.
export const computeWhopSyncRate = (progress: WhopSyncProgress, now: Date): number | null => {
  const since = progress.rateSince ?? { at: progress.startedAt, processed: 0 };

  if (!since.at) return null;
  const seconds = (now.getTime() - new Date(since.at).getTime()) / 1000;

  const processed = countWhopSyncProcessed(progress) - since.processed;

  return seconds > 0 && processed >= 0 ? Math.round(processed / seconds) : null;
};

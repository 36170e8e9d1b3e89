import { type WhopSyncProgress } from 'src/modules/whop/entities/whop-connection.entity';

// Records written per second since the run started, for the live progress panel.
export const computeWhopSyncRate = (progress: WhopSyncProgress, now: Date): number | null => {
  if (!progress.startedAt) return null;
  const seconds = (now.getTime() - new Date(progress.startedAt).getTime()) / 1000;
  const processed = Object.values(progress.steps).reduce(
    (sum, step) => sum + (step?.processed ?? 0),
    0,
  );

  return seconds > 0 ? Math.round(processed / seconds) : null;
};

// How often the scheduled check runs, as the sentences of the settings page say it: "every hour",
// "every 15 minutes", "every 6 hours".
export const formatWhopSyncInterval = (minutes: number): string => {
  if (minutes % 60 === 0) {
    const hours = minutes / 60;

    return hours === 1 ? 'every hour' : `every ${hours} hours`;
  }

  return minutes === 1 ? 'every minute' : `every ${minutes} minutes`;
};

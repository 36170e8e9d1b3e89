// Why a run that used up its attempts on a temporary failure ended, as the settings page shows it:
// what failed last, as the seller reads it (never the server's own text, which may name hosts), and
// that nothing retries this run any more.
export const describeWhopSyncGivenUp = (cause: string, attempts: number): string =>
  `The sync stopped after ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}: ${cause} Start it again from this page.`;

// The `WhopSyncType` GraphQL enum: what a seller can ask for from the settings page.
export type WhopSyncRunType = 'FULL' | 'INCREMENTAL';

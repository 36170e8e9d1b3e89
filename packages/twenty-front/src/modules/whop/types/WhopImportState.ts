// Where the workspace stands with importing from Whop, for the pages that list what it imports:
// no company connected; a sync waiting to start or running; a company connected whose import has
// not completed (failed, or waiting to be reconnected); a sync completed.
export type WhopImportState = 'not_connected' | 'importing' | 'not_imported' | 'imported';

import { atom } from 'jotai';

// Counts the moments a page's lists of Whop records read their records again while a sync brings
// them in: every few seconds while it runs, and once when it ends (WhopImportProgress).
export const whopImportProgressState = atom(0);

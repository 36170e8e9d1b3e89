import type { WhopSyncLogStatus, WhopSyncType } from 'twenty-shared';

export type WhopSyncObjectCount = {
  object: string;
  created: number;
  updated: number;
  unchanged: number;
};

export type WhopSyncRecordIssue = {
  level: string;
  whopId: string | null;
  message: string;
};

export type WhopSyncLog = {
  id: string;
  type: WhopSyncType;
  status: WhopSyncLogStatus;
  counts: WhopSyncObjectCount[];
  issues: WhopSyncRecordIssue[];
  issueCount: number;
  errorMessage: string | null;
  startedAt: string;
  completedAt: string | null;
};

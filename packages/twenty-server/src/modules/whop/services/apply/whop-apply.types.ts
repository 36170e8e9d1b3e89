import { type EntityManager } from 'typeorm';

import {
  type WhopPageRecordIdCache,
  type WhopRecordIdCache,
} from 'src/modules/whop/services/apply/whop-record-id-cache';
import { type WhopSyncIssues } from 'src/modules/whop/services/whop-sync-issues';

// Where a page leaves the ids of the records whose totals it defers to the run's end: the run's
// collection, or nowhere for a run whose end refreshes every total (WHOP_DEFERRED_TO_EVERY_TOTAL).
export type WhopDeferredIds = { add(id: string): void };

// Deferred by a run that refreshes every total at its end: kept nowhere, a company's worth of ids
// held in memory for nothing otherwise.
export const WHOP_DEFERRED_TO_EVERY_TOTAL: WhopDeferredIds = { add: () => undefined };

// What every apply call needs: the workspace, the run's timestamp (stored as the records'
// `syncedAt`) and the run's issue collector.
export type WhopApplyContext = {
  workspaceId: string;
  syncedAt: Date;
  issues: WhopSyncIssues;
  // Set by a bulk sync: the people whose rollups a page would refresh are collected here and
  // refreshed once at the end of the run instead of page by page.
  deferredRollupPersonIds?: WhopDeferredIds;
  // Likewise the memberships whose payment state (last payment date, payment_failed, follow-up
  // task) a payments page would refresh.
  deferredMembershipIds?: WhopDeferredIds;
  // Set by a sync run, which saves its checkpoint with a synchronous commit after each page: that
  // commit flushes the page's own (asynchronous) commit to disk too, so a crash never loses a page
  // whose cursor was saved, and pages do not wait for a disk flush each.
  asynchronousCommit?: boolean;
  // Set by a sync run: the people its pages have found or written, by Whop user id, so the
  // memberships and payments of people already met are not looked up again.
  personIds?: WhopRecordIdCache;
};

// What one apply call did to the records of its object.
export type WhopApplyResult = {
  created: number;
  updated: number;
  unchanged: number;
};

// An apply context inside the page's transaction on the workspace data source: the apply services
// hand it to each other so a page is written entirely or not at all.
export type WhopApplyTransaction = Omit<WhopApplyContext, 'personIds'> & {
  manager: EntityManager;
  personIds?: WhopPageRecordIdCache;
};

// Told how many records each batch of an end-of-run refresh covered, once the batch is written.
export type WhopBatchHandler = (count: number) => Promise<void>;

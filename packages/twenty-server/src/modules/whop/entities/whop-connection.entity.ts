import {
  type WhopConnectionStatus,
  type WhopSyncStage,
  type WhopSyncStatus,
  type WhopSyncStep,
} from 'twenty-shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type WhopSyncCursors = Partial<Record<WhopSyncStep, string | null>>;

export type WhopSyncStepProgress = { processed: number; total: number | null };

// A grant's token as Whop's revocation endpoint takes it: encrypted here, and whether it is the
// grant's refresh token or, for a grant without one, its access token.
export type WhopGrantToRevoke = {
  token: string;
  tokenTypeHint: 'refresh_token' | 'access_token';
};

export type WhopSyncProgress = {
  runId: string | null;
  // The queue job that took the run up last (its retries resume it): while the run shows as
  // running and no sync holds the lock, that job waits, is delayed before a retry or is active,
  // else the run was abandoned (WhopAbandonedSyncService).
  jobId?: string | null;
  step: WhopSyncStep | null;
  steps: Partial<Record<WhopSyncStep, WhopSyncStepProgress>>;
  recordsPerSecond: number | null;
  startedAt: string | null;
  // When the run began by Whop's clock (WhopSyncLog.startedAt moved by how far Whop's clock is
  // from ours, measured from Whop's dated answers): the next run reads the payments changed since.
  // Kept here so that an attempt resumed without asking Whop anything still has it.
  whopClockStartedAt?: string | null;
  // The connection's paymentsUpdatedAfter when the run began: its payments step reads from there
  // and its end moves it on only from there, however often the run is resumed (a migration
  // resetting it meanwhile is not undone). Absent from a run begun before it was kept.
  paymentsUpdatedAfterFound?: string | null;
  // When the attempt under way resumed the run, and the records processed by then: the rate is
  // measured from there, not across the wait between two attempts.
  rateSince?: { at: string; processed: number } | null;
  warnings: number;
  errors: number;
};

// One Whop company connected to one workspace. Tokens and the webhook secret are stored only as
// enc:v1 envelopes (SecretEncryptionService).
@Entity({ name: 'whopConnection', schema: 'core' })
@Index(['workspaceId', 'whopCompanyId'], { unique: true })
export class WhopConnection {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'text' })
  whopCompanyId: string;

  @Column({ type: 'text', default: '' })
  whopCompanyTitle: string;

  @Column({ type: 'text', nullable: true })
  whopUserId: string | null;

  @Column({ type: 'text', nullable: true })
  whopUserName: string | null;

  @Column({ type: 'uuid', nullable: true })
  connectedByUserId: string | null;

  @Column({ type: 'text' })
  accessToken: string;

  @Column({ type: 'text', nullable: true })
  refreshToken: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  accessTokenExpiresAt: Date | null;

  // Grants this connection held that Whop did not confirm revoked (WhopGrantRevocationService):
  // each token encrypted, kept until a job revokes it.
  @Column({ type: 'jsonb', default: () => "'[]'" })
  grantsToRevoke: WhopGrantToRevoke[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  scopes: string[];

  @Column({ type: 'text', nullable: true })
  webhookSecret: string | null;

  @Column({ type: 'text', nullable: true })
  whopWebhookId: string | null;

  @Column({ type: 'text', nullable: true })
  webhookRegistrationError: string | null;

  @Column({ type: 'text', default: 'active' })
  status: WhopConnectionStatus;

  @Column({ type: 'text', default: 'NOT_SYNCED' })
  syncStatus: WhopSyncStatus;

  @Column({ type: 'text', default: 'FULL_SYNC_PENDING' })
  syncStage: WhopSyncStage;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  syncCursors: WhopSyncCursors;

  @Column({ type: 'jsonb', nullable: true })
  syncProgress: WhopSyncProgress | null;

  @Column({ type: 'timestamptz', nullable: true })
  syncStageStartedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  throttleFailureCount: number;

  // While the run waits for its next attempt after a failed one: when the queue runs it.
  @Column({ type: 'timestamptz', nullable: true })
  syncRetryAt: Date | null;

  @Column({ type: 'text', nullable: true })
  lastSyncError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSyncAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastFullSyncAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastIncrementalSyncAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  paymentsUpdatedAfter: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  authFailedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

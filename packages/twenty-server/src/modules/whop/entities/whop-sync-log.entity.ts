import { type WhopSyncLogStatus, type WhopSyncType } from 'twenty-shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type WhopSyncObjectCounts = Record<
  string,
  { created: number; updated: number; unchanged: number }
>;

export type WhopSyncRecordIssue = {
  level: 'error' | 'warning';
  whopId: string | null;
  message: string;
};

// One row per sync run: what it did, object by object, and what went wrong record by record.
@Entity({ name: 'whopSyncLog', schema: 'core' })
@Index(['connectionId', 'startedAt'])
export class WhopSyncLog {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'uuid' })
  connectionId: string;

  @Column({ type: 'text' })
  type: WhopSyncType;

  @Column({ type: 'text', default: 'running' })
  status: WhopSyncLogStatus;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  counts: WhopSyncObjectCounts;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  issues: WhopSyncRecordIssue[];

  @Column({ type: 'integer', default: 0 })
  issueCount: number;

  @Column({ type: 'text', nullable: true })
  errorMessage: string | null;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

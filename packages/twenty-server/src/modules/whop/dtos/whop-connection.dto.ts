import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('WhopSyncStepProgress')
export class WhopSyncStepProgressDTO {
  @Field() step: string;
  @Field(() => Int) processed: number;
  @Field(() => Int, { nullable: true }) total: number | null;
}

// When the attempt under way resumed the run, and the records processed by then.
@ObjectType('WhopSyncRateSince')
export class WhopSyncRateSinceDTO {
  @Field() at: string;
  @Field(() => Int) processed: number;
}

@ObjectType('WhopSyncProgress')
export class WhopSyncProgressDTO {
  @Field(() => String, { nullable: true }) step: string | null;
  @Field(() => [WhopSyncStepProgressDTO]) steps: WhopSyncStepProgressDTO[];
  @Field(() => Float, { nullable: true }) recordsPerSecond: number | null;
  @Field(() => String, { nullable: true }) startedAt: string | null;
  // Where `recordsPerSecond` is measured from: null, from `startedAt`.
  @Field(() => WhopSyncRateSinceDTO, { nullable: true }) rateSince: WhopSyncRateSinceDTO | null;
  @Field(() => Int) warnings: number;
  @Field(() => Int) errors: number;
}

// What the settings page may know about a connection: never a token or a secret.
@ObjectType('WhopConnection')
export class WhopConnectionDTO {
  @Field(() => ID) id: string;
  @Field() whopCompanyId: string;
  @Field() whopCompanyTitle: string;
  @Field(() => String, { nullable: true }) whopUserName: string | null;
  @Field(() => ID, { nullable: true }) connectedByUserId: string | null;
  @Field() status: string;
  @Field() syncStatus: string;
  @Field() syncStage: string;
  // When the full sync waiting to start was queued; null unless one waits.
  @Field(() => Date, { nullable: true }) fullSyncQueuedAt: Date | null;
  @Field(() => WhopSyncProgressDTO, { nullable: true }) syncProgress: WhopSyncProgressDTO | null;
  @Field(() => String, { nullable: true }) lastSyncError: string | null;
  @Field(() => Date, { nullable: true }) lastSyncAt: Date | null;
  @Field(() => Date, { nullable: true }) lastFullSyncAt: Date | null;
  @Field(() => Date, { nullable: true }) lastIncrementalSyncAt: Date | null;
  @Field(() => Date, { nullable: true }) authFailedAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field(() => [String]) scopes: string[];
  @Field() webhookUrl: string;
  @Field() webhookRegistered: boolean;
  @Field(() => String, { nullable: true }) webhookRegistrationError: string | null;
  @Field(() => Int) throttleFailureCount: number;
  // While the run waits for its next attempt after a failed one: when that attempt is due.
  @Field(() => Date, { nullable: true }) nextSyncRetryAt: Date | null;
  @Field() createdAt: Date;
  // When the connection was last written: a running sync writes it as it saves each page (seconds
  // apart), so one that stopped moving shows; a token or webhook stored writes it too.
  @Field() updatedAt: Date;
}

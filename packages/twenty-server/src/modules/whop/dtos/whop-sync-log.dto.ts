import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { PageInfoDTO } from 'src/engine/api/graphql/dtos/page-info.dto';

@ObjectType('WhopSyncObjectCount')
export class WhopSyncObjectCountDTO {
  @Field() object: string;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
}

@ObjectType('WhopSyncRecordIssue')
export class WhopSyncRecordIssueDTO {
  @Field() level: string;
  @Field(() => String, { nullable: true }) whopId: string | null;
  @Field() message: string;
}

@ObjectType('WhopSyncLog')
export class WhopSyncLogDTO {
  @Field(() => ID) id: string;
  @Field(() => ID) connectionId: string;
  @Field() type: string;
  @Field() status: string;
  @Field(() => [WhopSyncObjectCountDTO]) counts: WhopSyncObjectCountDTO[];
  @Field(() => [WhopSyncRecordIssueDTO]) issues: WhopSyncRecordIssueDTO[];
  @Field(() => Int) issueCount: number;
  @Field(() => String, { nullable: true }) errorMessage: string | null;
  @Field() startedAt: Date;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
}

@ObjectType('WhopSyncLogEdge')
export class WhopSyncLogEdgeDTO {
  @Field() cursor: string;
  @Field(() => WhopSyncLogDTO) node: WhopSyncLogDTO;
}

@ObjectType('WhopSyncLogConnection')
export class WhopSyncLogConnectionDTO {
  @Field(() => [WhopSyncLogEdgeDTO]) edges: WhopSyncLogEdgeDTO[];
  @Field(() => PageInfoDTO) pageInfo: PageInfoDTO;
  @Field(() => Int) totalCount: number;
}

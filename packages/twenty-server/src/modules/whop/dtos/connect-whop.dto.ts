import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

@ObjectType('ConnectWhopResult')
export class ConnectWhopDTO {
  @Field() authorizeUrl: string;
}

export enum WhopSyncTypeInput {
  FULL = 'FULL',
  INCREMENTAL = 'INCREMENTAL',
}

registerEnumType(WhopSyncTypeInput, { name: 'WhopSyncType' });

import { Module } from '@nestjs/common';

import { RecordApiModule } from 'src/engine/api/graphql/record-api.module';
import { WHOP_RECORD_RESOLVERS } from 'src/modules/whop/resolvers/whop-record-resolvers';

@Module({
  imports: [RecordApiModule],
  providers: [...WHOP_RECORD_RESOLVERS],
})
export class WhopRecordQueryModule {}

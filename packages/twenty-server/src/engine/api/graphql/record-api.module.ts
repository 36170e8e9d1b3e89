import { Module } from '@nestjs/common';

import { RecordQueryService } from 'src/engine/api/graphql/services/record-query.service';
import { PersonMutationResolver } from 'src/engine/workspace-manager/standard-objects/person-mutation.resolver';
import { TaskMutationResolver } from 'src/engine/workspace-manager/standard-objects/task-mutation.resolver';
import { STANDARD_OBJECT_RESOLVERS } from 'src/engine/workspace-manager/standard-object-resolvers';

@Module({
  providers: [
    RecordQueryService,
    PersonMutationResolver,
    TaskMutationResolver,
    ...STANDARD_OBJECT_RESOLVERS,
  ],
  exports: [RecordQueryService],
})
export class RecordApiModule {}

import { Inject, type Type } from '@nestjs/common';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { isValidUuid } from 'twenty-shared';

import { RecordQueryService } from 'src/engine/api/graphql/services/record-query.service';
import { type RecordFilter } from 'src/engine/api/graphql/utils/build-record-filter-where.util';
import { createRecordGraphQLTypes } from 'src/engine/api/graphql/utils/create-record-graphql-types.util';
import { type RecordOrderBy } from 'src/engine/api/graphql/utils/record-cursor.util';
import { AuthWorkspace } from 'src/engine/core-modules/auth/decorators/auth-workspace.decorator';
import { type Workspace } from 'src/engine/core-modules/workspace/workspace.entity';
import { type WorkspaceObjectDefinition } from 'src/engine/twenty-orm/types/workspace-object-definition.type';

// The read API Twenty generates for every object: `<plural>(first, after, filter, orderBy)` as a
// cursor connection, and `<singular>(id)`, both confined to the caller's workspace.
export const createRecordQueryResolver = <Row extends { id: string }, Node>(
  definition: WorkspaceObjectDefinition,
  nodeType: Type<Node>,
  toNode: (row: Row) => Node,
) => {
  const { RecordFilterInput, RecordOrderByInput, RecordConnection } = createRecordGraphQLTypes(
    definition,
    nodeType,
  );

  @Resolver(() => nodeType)
  class RecordQueryResolver {
    constructor(@Inject(RecordQueryService) readonly recordQueryService: RecordQueryService) {}

    @Query(() => RecordConnection, { name: definition.namePlural })
    async findMany(
      @AuthWorkspace() workspace: Workspace,
      @Args('first', { type: () => Int, nullable: true }) first?: number,
      @Args('after', { type: () => String, nullable: true }) after?: string,
      @Args('filter', { type: () => RecordFilterInput, nullable: true }) filter?: RecordFilter,
      @Args('orderBy', { type: () => [RecordOrderByInput], nullable: true })
      orderBy?: RecordOrderBy[],
    ) {
      const page = await this.recordQueryService.findMany<Row>(
        workspace.id,
        definition.nameSingular,
        { first, after, filter, orderBy },
      );

      return {
        edges: page.rows.map(({ row, cursor }) => ({ cursor, node: toNode(row) })),
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: page.hasPreviousPage,
          startCursor: page.rows[0]?.cursor ?? null,
          endCursor: page.rows.at(-1)?.cursor ?? null,
        },
        totalCount: page.totalCount,
      };
    }

    @Query(() => nodeType, { name: definition.nameSingular, nullable: true })
    async findOne(
      @AuthWorkspace() workspace: Workspace,
      @Args('id', { type: () => ID }) id: string,
    ) {
      // Record ids are UUIDs: anything else (a mangled link) names no record.
      if (!isValidUuid(id)) {
        return null;
      }

      const page = await this.recordQueryService.findMany<Row>(
        workspace.id,
        definition.nameSingular,
        { first: 1, filter: { id: { eq: id } }, withTotalCount: false },
      );

      return page.rows[0] ? toNode(page.rows[0].row) : null;
    }
  }

  Object.defineProperty(RecordQueryResolver, 'name', {
    value: `${definition.nameSingular}RecordQueryResolver`,
  });

  return RecordQueryResolver;
};

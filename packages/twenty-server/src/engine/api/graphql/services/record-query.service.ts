import { Injectable } from '@nestjs/common';

import { OrderByDirection } from 'src/engine/api/graphql/inputs/order-by-direction.enum';
import {
  RecordQueryException,
  RecordQueryExceptionCode,
} from 'src/engine/api/graphql/record-query.exception';
import {
  buildRecordFilterWhere,
  type RecordFilter,
} from 'src/engine/api/graphql/utils/build-record-filter-where.util';
import {
  buildCursorPredicate,
  decodeRecordCursor,
  describeRecordSort,
  encodeRecordCursor,
  orderBySql,
  type RecordOrderBy,
} from 'src/engine/api/graphql/utils/record-cursor.util';
import { readRecordPageSize } from 'src/engine/api/graphql/utils/read-record-page-size.util';
import { GlobalWorkspaceOrmManager } from 'src/engine/twenty-orm/global-workspace-orm.manager';
import { getWorkspaceObjectFields } from 'src/engine/twenty-orm/utils/build-workspace-entity-schema.util';
import { findWorkspaceObject } from 'src/engine/workspace-manager/workspace-objects';

export type FindRecordsArgs = {
  first?: number | null;
  after?: string | null;
  filter?: RecordFilter | null;
  orderBy?: RecordOrderBy[] | null;
  // A single-record lookup has no use for the total.
  withTotalCount?: boolean;
};

export type RecordPage<Row> = {
  rows: { row: Row; cursor: string }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number;
};

const DEFAULT_PAGE_SIZE = 60;
const MAX_PAGE_SIZE = 200;
const DEFAULT_ORDER_BY: RecordOrderBy[] = [
  { field: 'createdAt', direction: OrderByDirection.DescNullsLast },
];

// Reads one page of a workspace object with filters, sorting and keyset cursors. The schema comes
// only from the caller's workspace id; field names only from the object definition.
@Injectable()
export class RecordQueryService {
  constructor(private readonly ormManager: GlobalWorkspaceOrmManager) {}

  async findMany<Row extends { id: string }>(
    workspaceId: string,
    objectNameSingular: string,
    args: FindRecordsArgs,
  ): Promise<RecordPage<Row>> {
    const definition = findWorkspaceObject(objectNameSingular);
    const fields = getWorkspaceObjectFields(definition);
    const first = readRecordPageSize(args.first, {
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: MAX_PAGE_SIZE,
    });
    const orderBy = args.orderBy?.length ? args.orderBy : DEFAULT_ORDER_BY;

    // Each field once: a sort is then as long as the object has fields, and so is its cursor.
    const sortedFields = new Set<string>();

    for (const { field } of orderBy) {
      if (!Object.hasOwn(fields, field)) {
        throw new RecordQueryException(
          `Unknown sort field: ${field}`,
          RecordQueryExceptionCode.FIELD_NOT_FOUND,
        );
      }
      if (sortedFields.has(field)) {
        throw new RecordQueryException(
          `Sort by ${field} once only`,
          RecordQueryExceptionCode.INVALID_SORT,
        );
      }
      sortedFields.add(field);
    }
    const dataSource = await this.ormManager.getDataSource(workspaceId);
    const table = dataSource.getMetadata(objectNameSingular).tablePath;
    const quotedTable = table
      .split('.')
      .map((part) => `"${part}"`)
      .join('.');
    const where = buildRecordFilterWhere(args.filter, fields);
    const conditions = ['"deletedAt" IS NULL', ...where.conditions];
    const filterSql = conditions.join(' AND ');
    const params = [...where.params];

    const sort = describeRecordSort(orderBy);

    if (args.after) {
      const cursor = decodeRecordCursor(args.after, sort, orderBy.length);
      const seek = buildCursorPredicate(orderBy, cursor, params.length + 1);

      conditions.push(...seek.conditions);
      params.push(...seek.params);
    }
    const countRows: Promise<{ count: string }[]> =
      args.withTotalCount === false
        ? Promise.resolve([{ count: '0' }])
        : dataSource.query(`SELECT count(*) FROM ${quotedTable} WHERE ${filterSql}`, where.params);
    const cursorColumns = orderBy.map(
      ({ field }, index) => `"${field}"::text AS "__cursor${index}"`,
    );
    const [rows, counted]: [(Row & Record<string, string | null>)[], { count: string }[]] =
      await Promise.all([
        dataSource.query(
          `SELECT *, ${cursorColumns.join(', ')} FROM ${quotedTable}
           WHERE ${conditions.join(' AND ')}
           ORDER BY ${[...orderBy.map(orderBySql), '"id" ASC'].join(', ')}
           LIMIT ${first + 1}`,
          params,
        ),
        countRows,
      ]);
    const page = rows.slice(0, first);

    return {
      rows: page.map((row) => {
        const values = orderBy.map((_, index) => row[`__cursor${index}`]);

        orderBy.forEach((_, index) => delete row[`__cursor${index}`]);

        return { row, cursor: encodeRecordCursor(sort, { values, id: row.id }) };
      }),
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(args.after),
      totalCount: Number(counted[0].count),
    };
  }
}

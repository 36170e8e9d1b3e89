import {
  RecordQueryException,
  RecordQueryExceptionCode,
} from 'src/engine/api/graphql/record-query.exception';
import { type WorkspaceFieldDefinition } from 'src/engine/twenty-orm/types/workspace-object-definition.type';

export type FieldFilter = {
  eq?: unknown;
  neq?: unknown;
  in?: unknown[];
  like?: string;
  ilike?: string;
  gt?: unknown;
  gte?: unknown;
  lt?: unknown;
  lte?: unknown;
  is?: 'NULL' | 'NOT_NULL';
};

export type RecordFilter = Record<string, FieldFilter | undefined | null>;

export type SqlFragment = { conditions: string[]; params: unknown[] };

const COMPARATORS: Record<string, string> = {
  eq: '=',
  neq: '<>',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
  like: 'LIKE',
  ilike: 'ILIKE',
};

// Turns a GraphQL record filter into SQL conditions with positional parameters. Only columns of the
// object definition are accepted, so a filter can never name anything else.
export const buildRecordFilterWhere = (
  filter: RecordFilter | undefined | null,
  fields: Record<string, WorkspaceFieldDefinition>,
  firstParamIndex = 1,
): SqlFragment => {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const nextParam = (value: unknown) => {
    params.push(value instanceof Date ? value.toISOString() : value);

    return `$${firstParamIndex + params.length - 1}`;
  };

  for (const [fieldName, fieldFilter] of Object.entries(filter ?? {})) {
    if (!fieldFilter) continue;
    if (!Object.hasOwn(fields, fieldName)) {
      throw new RecordQueryException(
        `Unknown filter field: ${fieldName}`,
        RecordQueryExceptionCode.FIELD_NOT_FOUND,
      );
    }
    const column = `"${fieldName}"`;

    for (const [operator, value] of Object.entries(fieldFilter)) {
      if (value === undefined || value === null) continue;
      if (operator === 'is') {
        conditions.push(`${column} IS ${value === 'NULL' ? 'NULL' : 'NOT NULL'}`);
      } else if (operator === 'in') {
        conditions.push(`${column} = ANY(${nextParam(value)})`);
      } else if (COMPARATORS[operator]) {
        conditions.push(`${column} ${COMPARATORS[operator]} ${nextParam(value)}`);
      } else {
        throw new RecordQueryException(
          `Unknown filter operator: ${operator}`,
          RecordQueryExceptionCode.INVALID_FILTER,
        );
      }
    }
  }

  return { conditions, params };
};

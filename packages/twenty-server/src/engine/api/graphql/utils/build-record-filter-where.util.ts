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

// A filter per field, all of which must hold, and `and` / `or` lists of filters (Twenty's shape).
export type RecordFilter = {
  [fieldName: string]: FieldFilter | RecordFilter[] | undefined | null;
};

const COMBINATORS: Record<string, string> = { and: ' AND ', or: ' OR ' };
// How deep `and` / `or` lists may nest: enough for any filter a page builds, and a bound on the
// work a request can ask for.
const MAX_FILTER_DEPTH = 4;
// How many conditions and nested filters one request may hold, all levels together: a bound on the
// statement PostgreSQL must plan, and room for the People search's nine per word over a hundred
// words.
export const MAX_FILTER_TERMS = 1000;

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
  depth = 0,
  budget = { remaining: MAX_FILTER_TERMS },
): SqlFragment => {
  const conditions: string[] = [];
  const spendTerm = () => {
    budget.remaining -= 1;
    if (budget.remaining < 0) {
      throw new RecordQueryException(
        `Filters hold at most ${MAX_FILTER_TERMS} conditions and nested filters`,
        RecordQueryExceptionCode.INVALID_FILTER,
      );
    }
  };
  const params: unknown[] = [];
  const nextParam = (value: unknown) => {
    params.push(value instanceof Date ? value.toISOString() : value);

    return `$${firstParamIndex + params.length - 1}`;
  };

  for (const [fieldName, fieldFilter] of Object.entries(filter ?? {})) {
    if (!fieldFilter) continue;
    if (Object.hasOwn(COMBINATORS, fieldName)) {
      if (depth >= MAX_FILTER_DEPTH) {
        throw new RecordQueryException(
          `Filters nest at most ${MAX_FILTER_DEPTH} levels deep`,
          RecordQueryExceptionCode.INVALID_FILTER,
        );
      }
      const combined = (fieldFilter as RecordFilter[]).map((nested) => {
        spendTerm();
        const built = buildRecordFilterWhere(
          nested,
          fields,
          firstParamIndex + params.length,
          depth + 1,
          budget,
        );

        params.push(...built.params);

        return built.conditions.length === 0 ? 'TRUE' : `(${built.conditions.join(' AND ')})`;
      });

      if (combined.length > 0) conditions.push(`(${combined.join(COMBINATORS[fieldName])})`);
      continue;
    }
    if (!Object.hasOwn(fields, fieldName)) {
      throw new RecordQueryException(
        `Unknown filter field: ${fieldName}`,
        RecordQueryExceptionCode.FIELD_NOT_FOUND,
      );
    }
    const column = `"${fieldName}"`;

    for (const [operator, value] of Object.entries(fieldFilter as FieldFilter)) {
      if (value === undefined || value === null) continue;
      spendTerm();
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

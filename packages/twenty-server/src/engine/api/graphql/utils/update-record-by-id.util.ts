import { isValidUuid } from 'twenty-shared';
import { IsNull, type ObjectLiteral, type Repository } from 'typeorm';

import {
  RecordQueryException,
  RecordQueryExceptionCode,
} from 'src/engine/api/graphql/record-query.exception';

// Writes `columns` on the record `id` of a workspace repository and answers it as stored. A record
// that is not there (deleted, or an id that is not a UUID) is NOT_FOUND; no columns write nothing.
export const updateRecordById = async <Row extends ObjectLiteral & { id: string }>(
  repository: Repository<Row>,
  id: string,
  columns: Partial<Row>,
  recordLabel: string,
): Promise<Row> => {
  const notFound = () =>
    new RecordQueryException(
      `${recordLabel} ${id} not found`,
      RecordQueryExceptionCode.NOT_FOUND,
      `This ${recordLabel.toLowerCase()} doesn't exist any more. Reload the page to see what is there now.`,
    );

  if (!isValidUuid(id)) {
    throw notFound();
  }

  const where = { id, deletedAt: IsNull() } as never;

  if (Object.keys(columns).length > 0) {
    const { affected } = await repository.update(where, columns as never);

    if (!affected) {
      throw notFound();
    }
  }
  const record = await repository.findOneBy(where);

  if (record === null) {
    throw notFound();
  }

  return record;
};

import { CustomException } from 'src/engine/utils/custom-exception';

// A record query the caller got wrong: its message says what to fix, so it is shown as it is.
export enum RecordQueryExceptionCode {
  INVALID_CURSOR = 'INVALID_CURSOR',
  FIELD_NOT_FOUND = 'FIELD_NOT_FOUND',
  INVALID_SORT = 'INVALID_SORT',
  INVALID_FILTER = 'INVALID_FILTER',
  INVALID_PAGE_SIZE = 'INVALID_PAGE_SIZE',
  NOT_FOUND = 'NOT_FOUND',
}

export class RecordQueryException extends CustomException<RecordQueryExceptionCode> {}

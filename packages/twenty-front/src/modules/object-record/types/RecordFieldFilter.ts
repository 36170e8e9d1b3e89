type RecordFilterValue = string | number | boolean;

// One column's filter, as the record API's `<Object>FilterInput` takes it.
export type RecordFieldFilter = {
  eq?: RecordFilterValue;
  neq?: RecordFilterValue;
  in?: RecordFilterValue[];
  like?: string;
  ilike?: string;
  gt?: RecordFilterValue;
  gte?: RecordFilterValue;
  lt?: RecordFilterValue;
  lte?: RecordFilterValue;
  is?: 'NULL' | 'NOT_NULL';
};

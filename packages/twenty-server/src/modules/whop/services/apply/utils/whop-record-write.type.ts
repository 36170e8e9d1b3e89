// How the apply services write one object's rows in a single statement (see upsert-whop-records and
// update-whop-records-by-id). Column names are the workspace's own (flattened composite fields).
export type WhopRecordWrite = {
  objectName: string;
  // The columns written: inserted as given, and on update set to their assignment.
  columns: string[];
  // Column → SQL of the value to store, from the incoming row (its alias is passed in) and the
  // stored row (alias "stored"). Default: the incoming value.
  assignments?: Partial<Record<string, (incoming: string) => string>>;
  // Columns written along with a change but never a reason to write (a sync timestamp).
  untrackedColumns?: string[];
  // A further condition an update must meet (e.g. never let an older version overwrite a newer one).
  updateCondition?: (incoming: string) => string;
};

export type WhopRecordRow = Record<string, unknown>;

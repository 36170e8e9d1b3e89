// What a find-many hook answers, as far as a record page's activity section needs it.
type FoundRecords<TRecord> = {
  records: TRecord[];
  totalCount?: number;
  loading: boolean;
  error?: Error;
  retry: () => void;
};

// The tasks (or notes) of one record, from its two reads: the targets linking to the record, then
// the activities they point at. The count is the targets' (one per activity and record), so it
// stays right past the first page of targets.
export const combineRecordActivities = <TActivity>(
  targets: FoundRecords<unknown>,
  activities: FoundRecords<TActivity>,
): FoundRecords<TActivity> => {
  const loading = targets.loading || activities.loading;
  const error = targets.error ?? activities.error;

  return {
    records: activities.records,
    totalCount: loading || error ? undefined : (targets.totalCount ?? targets.records.length),
    loading,
    error,
    retry: targets.error ? targets.retry : activities.retry,
  };
};

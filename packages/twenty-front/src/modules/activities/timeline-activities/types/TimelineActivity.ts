export type TimelineActivity = {
  id: string;
  name: string;
  happensAt: string;
  properties: Record<string, unknown> | null;
  linkedRecordId: string | null;
  linkedRecordCachedName: string | null;
};

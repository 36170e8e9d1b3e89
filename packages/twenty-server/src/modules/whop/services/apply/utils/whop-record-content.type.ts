// The title and markdown body of a note or task the integration writes.
export type WhopRecordContent = {
  title: string;
  body: string;
};

// A follow-up task's content, when it is due, and the failure it tells of.
export type WhopFollowUpTaskContent = WhopRecordContent & { dueAt: Date | null; failure: string };

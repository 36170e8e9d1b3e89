// The title and markdown body of a note or task the integration writes.
export type WhopRecordContent = {
  title: string;
  body: string;
};

// A follow-up task's content and when it is due.
export type WhopFollowUpTaskContent = WhopRecordContent & { dueAt: Date | null };

// The title and markdown body of a note or task the integration writes.
export type WhopRecordContent = {
  title: string;
  body: string;
};

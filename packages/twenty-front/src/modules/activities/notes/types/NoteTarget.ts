// Links a note to one record: a person, a company or an opportunity.
export type NoteTarget = {
  id: string;
  noteId: string;
  personId: string | null;
  companyId: string | null;
  opportunityId: string | null;
  createdAt: string;
};

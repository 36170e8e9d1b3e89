// Links a task to one record: a person, a company or an opportunity.
export type TaskTarget = {
  id: string;
  taskId: string;
  personId: string | null;
  companyId: string | null;
  opportunityId: string | null;
  createdAt: string;
};

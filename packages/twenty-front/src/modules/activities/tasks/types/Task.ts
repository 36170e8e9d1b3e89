export type Task = {
  id: string;
  title: string | null;
  bodyMarkdown: string | null;
  status: string;
  dueAt: string | null;
  createdAt: string;
};

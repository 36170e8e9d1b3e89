export type Note = {
  id: string;
  title: string | null;
  bodyMarkdown: string | null;
  createdAt: string;
};

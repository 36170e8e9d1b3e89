export type Workspace = {
  id: string;
  displayName: string;
  createdAt: string;
};

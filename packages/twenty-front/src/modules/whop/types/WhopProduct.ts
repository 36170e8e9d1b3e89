export type WhopProduct = {
  id: string;
  whopId: string;
  name: string;
  description: string | null;
  visibility: string | null;
  memberCount: number | null;
  whopCreatedAt: string | null;
  syncedAt: string | null;
  createdAt: string;
};

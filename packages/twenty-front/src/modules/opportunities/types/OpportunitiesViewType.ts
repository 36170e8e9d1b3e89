export type OpportunitiesViewType = 'table' | 'kanban';

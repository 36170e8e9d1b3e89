import { type WorkspaceObjectDefinition } from 'src/engine/twenty-orm/types/workspace-object-definition.type';

export const WHOP_PRODUCT_OBJECT: WorkspaceObjectDefinition = {
  nameSingular: 'whopProduct',
  namePlural: 'whopProducts',
  fields: {
    whopId: { type: 'text', nullable: false },
    name: { type: 'text', nullable: false },
    description: { type: 'text' },
    visibility: { type: 'text' },
    memberCount: { type: 'integer' },
    whopCreatedAt: { type: 'timestamptz' },
    whopUpdatedAt: { type: 'timestamptz' },
    syncedAt: { type: 'timestamptz' },
  },
};

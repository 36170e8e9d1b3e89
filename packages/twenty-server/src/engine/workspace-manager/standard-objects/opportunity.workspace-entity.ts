import { type WorkspaceObjectDefinition } from 'src/engine/twenty-orm/types/workspace-object-definition.type';

export const OPPORTUNITY_OBJECT: WorkspaceObjectDefinition = {
  nameSingular: 'opportunity',
  namePlural: 'opportunities',
  fields: {
    name: { type: 'text', nullable: false },
    amountAmountMicros: { type: 'numeric' },
    amountCurrencyCode: { type: 'text' },
    closeDate: { type: 'timestamptz' },
    stage: { type: 'text', nullable: false },
    pointOfContactId: { type: 'uuid' },
    companyId: { type: 'uuid' },
  },
};

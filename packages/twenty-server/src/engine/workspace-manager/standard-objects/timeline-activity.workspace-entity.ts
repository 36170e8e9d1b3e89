import { type WorkspaceObjectDefinition } from 'src/engine/twenty-orm/types/workspace-object-definition.type';

export const TIMELINE_ACTIVITY_OBJECT: WorkspaceObjectDefinition = {
  nameSingular: 'timelineActivity',
  namePlural: 'timelineActivities',
  fields: {
    name: { type: 'text', nullable: false },
    happensAt: { type: 'timestamptz', nullable: false },
    properties: { type: 'jsonb' },
    targetPersonId: { type: 'uuid' },
    targetCompanyId: { type: 'uuid' },
    targetOpportunityId: { type: 'uuid' },
    linkedRecordId: { type: 'uuid' },
    linkedRecordCachedName: { type: 'text' },
  },
};

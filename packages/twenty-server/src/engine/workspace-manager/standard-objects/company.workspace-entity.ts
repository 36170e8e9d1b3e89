import { type WorkspaceObjectDefinition } from 'src/engine/twenty-orm/types/workspace-object-definition.type';

export const COMPANY_OBJECT: WorkspaceObjectDefinition = {
  nameSingular: 'company',
  namePlural: 'companies',
  fields: {
    name: { type: 'text', nullable: false },
    domainNamePrimaryLinkUrl: { type: 'text' },
    domainNamePrimaryLinkLabel: { type: 'text' },
    employees: { type: 'integer' },
  },
};

import { type WorkspaceObjectDefinition } from 'src/engine/twenty-orm/types/workspace-object-definition.type';

export const PERSON_OBJECT: WorkspaceObjectDefinition = {
  nameSingular: 'person',
  namePlural: 'people',
  fields: {
    nameFirstName: { type: 'text', nullable: false },
    nameLastName: { type: 'text', nullable: false },
    emailsPrimaryEmail: { type: 'text' },
    emailsAdditionalEmails: { type: 'jsonb' },
    phonesPrimaryPhoneNumber: { type: 'text' },
    phonesPrimaryPhoneCountryCode: { type: 'text' },
    jobTitle: { type: 'text' },
    city: { type: 'text' },
    avatarUrl: { type: 'text' },
    companyId: { type: 'uuid' },
  },
};

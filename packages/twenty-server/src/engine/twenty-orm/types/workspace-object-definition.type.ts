export type WorkspaceFieldType =
  'uuid' | 'text' | 'timestamptz' | 'numeric' | 'integer' | 'boolean' | 'jsonb';

export type WorkspaceFieldDefinition = {
  type: WorkspaceFieldType;
  nullable?: boolean;
};

// The shape of one workspace object (a table in every workspace schema). Columns are the flattened
// Twenty names: composite fields appear as `nameFirstName`, `amountAmountMicros`, …
export type WorkspaceObjectDefinition = {
  nameSingular: string;
  namePlural: string;
  fields: Record<string, WorkspaceFieldDefinition>;
};

export const BASE_WORKSPACE_FIELDS: Record<string, WorkspaceFieldDefinition> = {
  id: { type: 'uuid' },
  createdAt: { type: 'timestamptz' },
  updatedAt: { type: 'timestamptz' },
  deletedAt: { type: 'timestamptz', nullable: true },
};

// Fields a module adds to an object it does not own (Twenty's custom fields).
export type WorkspaceObjectExtension = {
  nameSingular: string;
  fields: Record<string, WorkspaceFieldDefinition>;
};

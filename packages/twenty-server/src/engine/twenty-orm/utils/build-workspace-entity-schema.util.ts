import { EntitySchema, type EntitySchemaColumnOptions } from 'typeorm';

import {
  BASE_WORKSPACE_FIELDS,
  type WorkspaceObjectDefinition,
} from 'src/engine/twenty-orm/types/workspace-object-definition.type';

export const getWorkspaceObjectFields = (definition: WorkspaceObjectDefinition) => ({
  ...BASE_WORKSPACE_FIELDS,
  ...definition.fields,
});

// One TypeORM entity schema per (object, workspace schema): the same object bound to one workspace.
export const buildWorkspaceEntitySchema = (
  definition: WorkspaceObjectDefinition,
  schemaName: string,
): EntitySchema => {
  const columns: Record<string, EntitySchemaColumnOptions> = {};

  for (const [name, field] of Object.entries(getWorkspaceObjectFields(definition))) {
    columns[name] =
      name === 'id'
        ? { type: 'uuid', primary: true, generated: 'uuid' }
        : name === 'createdAt'
          ? { type: 'timestamptz', createDate: true }
          : name === 'updatedAt'
            ? { type: 'timestamptz', updateDate: true }
            : { type: field.type, nullable: field.nullable ?? true };
  }

  return new EntitySchema({
    name: definition.nameSingular,
    tableName: definition.nameSingular,
    schema: schemaName,
    columns,
  });
};

import { type WorkspaceObjectDefinition } from 'src/engine/twenty-orm/types/workspace-object-definition.type';
import { STANDARD_OBJECTS } from 'src/engine/workspace-manager/standard-objects/standard-objects';

// Every object a workspace schema holds: the standard ones, then those that modules add.
export const WORKSPACE_OBJECTS: WorkspaceObjectDefinition[] = [...STANDARD_OBJECTS];

export const findWorkspaceObject = (nameSingular: string): WorkspaceObjectDefinition => {
  const definition = WORKSPACE_OBJECTS.find((object) => object.nameSingular === nameSingular);

  if (!definition) {
    throw new Error(`Unknown workspace object: ${nameSingular}`);
  }

  return definition;
};

import {
  type WorkspaceObjectDefinition,
  type WorkspaceObjectExtension,
} from 'src/engine/twenty-orm/types/workspace-object-definition.type';
import { STANDARD_OBJECTS } from 'src/engine/workspace-manager/standard-objects/standard-objects';
import {
  WHOP_OBJECT_EXTENSIONS,
  WHOP_OBJECTS,
} from 'src/modules/whop/standard-objects/whop-workspace-objects';

const applyExtensions = (
  objects: WorkspaceObjectDefinition[],
  extensions: WorkspaceObjectExtension[],
): WorkspaceObjectDefinition[] =>
  objects.map((object) => ({
    ...object,
    fields: Object.assign(
      { ...object.fields },
      ...extensions
        .filter((extension) => extension.nameSingular === object.nameSingular)
        .map((extension) => extension.fields),
    ),
  }));

// Every object a workspace schema holds, with the fields modules add to them.
export const WORKSPACE_OBJECTS: WorkspaceObjectDefinition[] = applyExtensions(
  [...STANDARD_OBJECTS, ...WHOP_OBJECTS],
  WHOP_OBJECT_EXTENSIONS,
);

export const findWorkspaceObject = (nameSingular: string): WorkspaceObjectDefinition => {
  const definition = WORKSPACE_OBJECTS.find((object) => object.nameSingular === nameSingular);

  if (!definition) {
    throw new Error(`Unknown workspace object: ${nameSingular}`);
  }

  return definition;
};

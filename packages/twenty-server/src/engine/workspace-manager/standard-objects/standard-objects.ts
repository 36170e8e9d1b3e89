import { type WorkspaceObjectDefinition } from 'src/engine/twenty-orm/types/workspace-object-definition.type';
import { COMPANY_OBJECT } from 'src/engine/workspace-manager/standard-objects/company.workspace-entity';
import { NOTE_TARGET_OBJECT } from 'src/engine/workspace-manager/standard-objects/note-target.workspace-entity';
import { NOTE_OBJECT } from 'src/engine/workspace-manager/standard-objects/note.workspace-entity';
import { OPPORTUNITY_OBJECT } from 'src/engine/workspace-manager/standard-objects/opportunity.workspace-entity';
import { PERSON_OBJECT } from 'src/engine/workspace-manager/standard-objects/person.workspace-entity';
import { TASK_TARGET_OBJECT } from 'src/engine/workspace-manager/standard-objects/task-target.workspace-entity';
import { TASK_OBJECT } from 'src/engine/workspace-manager/standard-objects/task.workspace-entity';
import { TIMELINE_ACTIVITY_OBJECT } from 'src/engine/workspace-manager/standard-objects/timeline-activity.workspace-entity';

export const STANDARD_OBJECTS: WorkspaceObjectDefinition[] = [
  COMPANY_OBJECT,
  PERSON_OBJECT,
  OPPORTUNITY_OBJECT,
  NOTE_OBJECT,
  NOTE_TARGET_OBJECT,
  TASK_OBJECT,
  TASK_TARGET_OBJECT,
  TIMELINE_ACTIVITY_OBJECT,
];

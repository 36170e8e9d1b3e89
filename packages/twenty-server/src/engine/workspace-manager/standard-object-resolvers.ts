import { findWorkspaceObject } from 'src/engine/workspace-manager/workspace-objects';
import { createRecordQueryResolver } from 'src/engine/api/graphql/utils/create-record-query-resolver.util';
import {
  NoteTargetDTO,
  TaskTargetDTO,
  toNoteTargetDTO,
  toTaskTargetDTO,
} from 'src/engine/workspace-manager/standard-objects/dtos/activity-target.dto';
import {
  CompanyDTO,
  toCompanyDTO,
} from 'src/engine/workspace-manager/standard-objects/dtos/company.dto';
import { NoteDTO, toNoteDTO } from 'src/engine/workspace-manager/standard-objects/dtos/note.dto';
import {
  OpportunityDTO,
  toOpportunityDTO,
} from 'src/engine/workspace-manager/standard-objects/dtos/opportunity.dto';
import {
  PersonDTO,
  toPersonDTO,
} from 'src/engine/workspace-manager/standard-objects/dtos/person.dto';
import { TaskDTO, toTaskDTO } from 'src/engine/workspace-manager/standard-objects/dtos/task.dto';
import {
  TimelineActivityDTO,
  toTimelineActivityDTO,
} from 'src/engine/workspace-manager/standard-objects/dtos/timeline-activity.dto';

export const STANDARD_OBJECT_RESOLVERS = [
  createRecordQueryResolver(findWorkspaceObject('person'), PersonDTO, toPersonDTO),
  createRecordQueryResolver(findWorkspaceObject('company'), CompanyDTO, toCompanyDTO),
  createRecordQueryResolver(findWorkspaceObject('opportunity'), OpportunityDTO, toOpportunityDTO),
  createRecordQueryResolver(findWorkspaceObject('note'), NoteDTO, toNoteDTO),
  createRecordQueryResolver(findWorkspaceObject('task'), TaskDTO, toTaskDTO),
  createRecordQueryResolver(findWorkspaceObject('noteTarget'), NoteTargetDTO, toNoteTargetDTO),
  createRecordQueryResolver(findWorkspaceObject('taskTarget'), TaskTargetDTO, toTaskTargetDTO),
  createRecordQueryResolver(
    findWorkspaceObject('timelineActivity'),
    TimelineActivityDTO,
    toTimelineActivityDTO,
  ),
];

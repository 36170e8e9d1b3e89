import { createRecordQueryResolver } from 'src/engine/api/graphql/utils/create-record-query-resolver.util';
import { CompanyDTO, toCompanyDTO } from 'src/engine/workspace-manager/standard-objects/dtos/company.dto';
import { NoteDTO, toNoteDTO } from 'src/engine/workspace-manager/standard-objects/dtos/note.dto';
import {
  OpportunityDTO,
  toOpportunityDTO,
} from 'src/engine/workspace-manager/standard-objects/dtos/opportunity.dto';
import { PersonDTO, toPersonDTO } from 'src/engine/workspace-manager/standard-objects/dtos/person.dto';
import { TaskDTO, toTaskDTO } from 'src/engine/workspace-manager/standard-objects/dtos/task.dto';
import {
  TimelineActivityDTO,
  toTimelineActivityDTO,
} from 'src/engine/workspace-manager/standard-objects/dtos/timeline-activity.dto';
import { COMPANY_OBJECT } from 'src/engine/workspace-manager/standard-objects/company.workspace-entity';
import { NOTE_OBJECT } from 'src/engine/workspace-manager/standard-objects/note.workspace-entity';
import { OPPORTUNITY_OBJECT } from 'src/engine/workspace-manager/standard-objects/opportunity.workspace-entity';
import { PERSON_OBJECT } from 'src/engine/workspace-manager/standard-objects/person.workspace-entity';
import { TASK_OBJECT } from 'src/engine/workspace-manager/standard-objects/task.workspace-entity';
import { TIMELINE_ACTIVITY_OBJECT } from 'src/engine/workspace-manager/standard-objects/timeline-activity.workspace-entity';

export const STANDARD_OBJECT_RESOLVERS = [
  createRecordQueryResolver(PERSON_OBJECT, PersonDTO, toPersonDTO),
  createRecordQueryResolver(COMPANY_OBJECT, CompanyDTO, toCompanyDTO),
  createRecordQueryResolver(OPPORTUNITY_OBJECT, OpportunityDTO, toOpportunityDTO),
  createRecordQueryResolver(NOTE_OBJECT, NoteDTO, toNoteDTO),
  createRecordQueryResolver(TASK_OBJECT, TaskDTO, toTaskDTO),
  createRecordQueryResolver(TIMELINE_ACTIVITY_OBJECT, TimelineActivityDTO, toTimelineActivityDTO),
];

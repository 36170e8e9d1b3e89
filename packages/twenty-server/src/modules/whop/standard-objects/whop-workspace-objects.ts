import { type WorkspaceObjectExtension } from 'src/engine/twenty-orm/types/workspace-object-definition.type';
import {
  WHOP_NOTE_FIELDS,
  WHOP_OPPORTUNITY_FIELDS,
  WHOP_PERSON_FIELDS,
  WHOP_TASK_FIELDS,
  WHOP_TIMELINE_ACTIVITY_FIELDS,
} from 'src/modules/whop/standard-objects/whop-custom-fields';
import { WHOP_PAYMENT_OBJECT } from 'src/modules/whop/standard-objects/whop-payment.workspace-entity';
import { WHOP_PRODUCT_OBJECT } from 'src/modules/whop/standard-objects/whop-product.workspace-entity';

export const WHOP_OBJECTS = [WHOP_PRODUCT_OBJECT, WHOP_PAYMENT_OBJECT];

export const WHOP_OBJECT_EXTENSIONS: WorkspaceObjectExtension[] = [
  { nameSingular: 'person', fields: WHOP_PERSON_FIELDS },
  { nameSingular: 'opportunity', fields: WHOP_OPPORTUNITY_FIELDS },
  { nameSingular: 'timelineActivity', fields: WHOP_TIMELINE_ACTIVITY_FIELDS },
  { nameSingular: 'task', fields: WHOP_TASK_FIELDS },
  { nameSingular: 'note', fields: WHOP_NOTE_FIELDS },
];

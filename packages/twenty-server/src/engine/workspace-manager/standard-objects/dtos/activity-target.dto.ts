import { Field, ID, ObjectType } from '@nestjs/graphql';

export type NoteTargetRow = {
  id: string;
  noteId: string;
  personId: string | null;
  companyId: string | null;
  opportunityId: string | null;
  createdAt: Date;
};

export type TaskTargetRow = Omit<NoteTargetRow, 'noteId'> & { taskId: string };

@ObjectType('NoteTarget')
export class NoteTargetDTO {
  @Field(() => ID) id: string;
  @Field(() => ID) noteId: string;
  @Field(() => ID, { nullable: true }) personId: string | null;
  @Field(() => ID, { nullable: true }) companyId: string | null;
  @Field(() => ID, { nullable: true }) opportunityId: string | null;
  @Field() createdAt: Date;
}

@ObjectType('TaskTarget')
export class TaskTargetDTO {
  @Field(() => ID) id: string;
  @Field(() => ID) taskId: string;
  @Field(() => ID, { nullable: true }) personId: string | null;
  @Field(() => ID, { nullable: true }) companyId: string | null;
  @Field(() => ID, { nullable: true }) opportunityId: string | null;
  @Field() createdAt: Date;
}

export const toNoteTargetDTO = (row: NoteTargetRow): NoteTargetDTO => ({ ...row });

export const toTaskTargetDTO = (row: TaskTargetRow): TaskTargetDTO => ({ ...row });

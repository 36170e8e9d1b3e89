import { Field, ID, ObjectType } from '@nestjs/graphql';

export type TaskRow = {
  id: string;
  title: string | null;
  bodyV2Markdown: string | null;
  status: string;
  dueAt: Date | null;
  createdAt: Date;
};

@ObjectType('Task')
export class TaskDTO {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true }) bodyMarkdown: string | null;
  @Field() status: string;
  @Field(() => Date, { nullable: true }) dueAt: Date | null;
  @Field() createdAt: Date;
}

export const toTaskDTO = (row: TaskRow): TaskDTO => ({
  id: row.id,
  title: row.title,
  bodyMarkdown: row.bodyV2Markdown,
  status: row.status,
  dueAt: row.dueAt,
  createdAt: row.createdAt,
});

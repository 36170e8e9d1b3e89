import { Field, ID, ObjectType } from '@nestjs/graphql';

export type NoteRow = {
  id: string;
  title: string | null;
  bodyV2Markdown: string | null;
  createdAt: Date;
};

@ObjectType('Note')
export class NoteDTO {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true }) bodyMarkdown: string | null;
  @Field() createdAt: Date;
}

export const toNoteDTO = (row: NoteRow): NoteDTO => ({
  id: row.id,
  title: row.title,
  bodyMarkdown: row.bodyV2Markdown,
  createdAt: row.createdAt,
});

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { LinksDTO } from 'src/engine/api/graphql/dtos/composite-fields.dto';

export type CompanyRow = {
  id: string;
  name: string;
  domainNamePrimaryLinkUrl: string | null;
  domainNamePrimaryLinkLabel: string | null;
  employees: number | null;
  createdAt: Date;
  updatedAt: Date;
};

@ObjectType('Company')
export class CompanyDTO {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => LinksDTO) domainName: LinksDTO;
  @Field(() => Int, { nullable: true }) employees: number | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const toCompanyDTO = (row: CompanyRow): CompanyDTO => ({
  id: row.id,
  name: row.name,
  domainName: {
    primaryLinkUrl: row.domainNamePrimaryLinkUrl,
    primaryLinkLabel: row.domainNamePrimaryLinkLabel,
  },
  employees: row.employees,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

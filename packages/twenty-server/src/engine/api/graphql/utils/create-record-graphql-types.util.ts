import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type Type } from '@nestjs/common';

import { PageInfoDTO } from 'src/engine/api/graphql/dtos/page-info.dto';
import {
  BooleanFilter,
  DateFilter,
  IdFilter,
  NumberFilter,
  StringFilter,
} from 'src/engine/api/graphql/inputs/field-filter.input';
import { OrderByDirection } from 'src/engine/api/graphql/inputs/order-by-direction.enum';
import {
  type WorkspaceFieldType,
  type WorkspaceObjectDefinition,
} from 'src/engine/twenty-orm/types/workspace-object-definition.type';
import { getWorkspaceObjectFields } from 'src/engine/twenty-orm/utils/build-workspace-entity-schema.util';

const FILTER_BY_FIELD_TYPE: Record<WorkspaceFieldType, Type<unknown> | null> = {
  uuid: IdFilter,
  text: StringFilter,
  timestamptz: DateFilter,
  numeric: NumberFilter,
  integer: NumberFilter,
  boolean: BooleanFilter,
  jsonb: null,
};

const capitalize = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

// Builds, from an object definition, the GraphQL filter input (one optional filter per flattened
// column), the sortable-field enum and order-by input, and the connection type for `Node`.
export const createRecordGraphQLTypes = <Node>(
  definition: WorkspaceObjectDefinition,
  nodeType: Type<Node>,
) => {
  const typeName = capitalize(definition.nameSingular);
  const fields = getWorkspaceObjectFields(definition);

  class RecordFilterInput {}
  for (const [fieldName, field] of Object.entries(fields)) {
    const filterType = FILTER_BY_FIELD_TYPE[field.type];

    if (filterType && fieldName !== 'deletedAt') {
      Field(() => filterType, { nullable: true })(RecordFilterInput.prototype, fieldName);
    }
  }
  for (const combinator of ['and', 'or']) {
    Field(() => [RecordFilterInput], { nullable: true })(RecordFilterInput.prototype, combinator);
  }
  InputType(`${typeName}FilterInput`)(RecordFilterInput);

  const sortableFields = Object.fromEntries(
    Object.entries(fields)
      .filter(([name, field]) => field.type !== 'jsonb' && name !== 'deletedAt')
      .map(([name]) => [name, name]),
  );

  registerEnumType(sortableFields, { name: `${typeName}OrderByField` });

  @InputType(`${typeName}OrderByInput`)
  class RecordOrderByInput {
    @Field(() => sortableFields)
    field: string;

    @Field(() => OrderByDirection, { defaultValue: OrderByDirection.AscNullsFirst })
    direction: OrderByDirection;
  }

  @ObjectType(`${typeName}Edge`)
  class RecordEdge {
    @Field() cursor: string;
    @Field(() => nodeType) node: Node;
  }

  @ObjectType(`${typeName}Connection`)
  class RecordConnection {
    @Field(() => [RecordEdge]) edges: RecordEdge[];
    @Field(() => PageInfoDTO) pageInfo: PageInfoDTO;
    @Field(() => Int) totalCount: number;
  }

  return { RecordFilterInput, RecordOrderByInput, RecordConnection };
};

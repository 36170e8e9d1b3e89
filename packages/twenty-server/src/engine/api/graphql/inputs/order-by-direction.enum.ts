import { registerEnumType } from '@nestjs/graphql';

export enum OrderByDirection {
  AscNullsFirst = 'AscNullsFirst',
  AscNullsLast = 'AscNullsLast',
  DescNullsFirst = 'DescNullsFirst',
  DescNullsLast = 'DescNullsLast',
}

registerEnumType(OrderByDirection, { name: 'OrderByDirection' });

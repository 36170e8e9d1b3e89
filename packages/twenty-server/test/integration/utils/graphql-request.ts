import { type INestApplication } from '@nestjs/common';
import request from 'supertest';

export type GraphQLResponse<T = any> = {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
};

export const graphqlRequest = async <T = any>(
  app: INestApplication,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> => {
  const call = request(app.getHttpServer()).post('/graphql').send({ query, variables });

  if (token) call.set('Authorization', `Bearer ${token}`);
  const response = await call;

  return response.body as GraphQLResponse<T>;
};

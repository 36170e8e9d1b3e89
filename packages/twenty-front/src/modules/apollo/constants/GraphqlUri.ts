export const GRAPHQL_URI = '/graphql';

import { isDefined } from 'twenty-shared';
import { type EntityManager } from 'typeorm';

// The quoted `"schema"."table"` of a workspace object, read from the workspace data source's own
// metadata (the only place that knows the schema), for statements the query builder cannot express.
export const getWhopTableReference = (manager: EntityManager, objectName: string): string => {
  const { schema, tableName } = manager.connection.getMetadata(objectName);
  const { driver } = manager.connection;

  if (!isDefined(schema)) {
    throw new Error(`The ${objectName} object is not bound to a workspace schema`);
  }

  return `${driver.escape(schema)}.${driver.escape(tableName)}`;
};

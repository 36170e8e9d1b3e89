import { type INestApplication } from '@nestjs/common';

import { GlobalWorkspaceOrmManager } from 'src/engine/twenty-orm/global-workspace-orm.manager';

// Reads every row of a workspace object straight from its repository (test assertions only).
export const readWorkspaceRows = async <T = any>(
  app: INestApplication,
  workspaceId: string,
  object: string,
): Promise<T[]> => {
  const repository = await app.get(GlobalWorkspaceOrmManager).getRepository(workspaceId, object);

  return (await repository.find()) as T[];
};

export const listAll = async <T>(pages: AsyncIterable<T>): Promise<T[]> => {
  const items: T[] = [];

  for await (const item of pages) items.push(item);

  return items;
};

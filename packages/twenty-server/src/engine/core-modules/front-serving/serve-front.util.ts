import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { Logger } from '@nestjs/common';
import { type NestExpressApplication } from '@nestjs/platform-express';

const API_PREFIXES = ['/graphql', '/auth/', '/webhooks/', '/healthz'];

export const resolveFrontDistPath = (configured: string): string =>
  configured || join(dirname(require.resolve('twenty-front/package.json')), 'dist');

// Serves the built React app and falls back to index.html for client-side routes.
export const serveFront = (app: NestExpressApplication, distPath: string): void => {
  const indexPath = join(distPath, 'index.html');

  if (!existsSync(indexPath)) {
    new Logger('FrontServing').warn(`No front build at ${distPath}: serving the API only`);

    return;
  }
  app.useStaticAssets(distPath, { index: false, maxAge: '1h' });
  app.use((request: { method: string; path: string }, response: any, next: () => void) => {
    const isApi = API_PREFIXES.some((prefix) => request.path.startsWith(prefix));

    if (request.method !== 'GET' || isApi) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexPath);
  });
};

import { type NestExpressApplication } from '@nestjs/platform-express';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';

// What the server and the integration tests set on the HTTP app alike: JSON bodies up to 1 MB, and
// whose X-Forwarded-For gives the client's address (TRUST_PROXY; the sign-in throttle counts per
// address). Behind a reverse proxy not trusted, every client would share the proxy's address.
export const configureHttpApp = (app: NestExpressApplication): void => {
  app.useBodyParser('json', { limit: '1mb' });
  app.set('trust proxy', app.get(EnvironmentService).get('TRUST_PROXY'));
};

import { type NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';

// What the server and the integration tests set on the HTTP app alike: Helmet's security headers,
// JSON bodies up to 1 MB, and whose X-Forwarded-For gives the client's address (TRUST_PROXY; the
// sign-in throttle counts per address). Behind a reverse proxy not trusted, every client would
// share the proxy's address.
//
// With Helmet's headers no other site can frame the app (and borrow a click on Disconnect or Full
// resync), and the page runs scripts from its own origin only. Its policy is Helmet's default but
// for images, which may also come from https (Whop's pictures), and for requests, which are not
// upgraded to https: the product is served over plain http on this machine. Browsers are told to
// keep to https (HSTS) only by a server on https: on localhost that would hold for every port of the
// host, the Whop sandbox's included.
export const configureHttpApp = (app: NestExpressApplication): void => {
  const environmentService = app.get(EnvironmentService);

  app.use(
    helmet({
      strictTransportSecurity: environmentService.get('SERVER_URL').startsWith('https://'),
      contentSecurityPolicy: {
        directives: {
          'img-src': ["'self'", 'data:', 'https:'],
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.useBodyParser('json', { limit: '1mb' });
  app.set('trust proxy', environmentService.get('TRUST_PROXY'));
};

import { randomUUID } from 'node:crypto';

import { Module } from '@nestjs/common';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import pino from 'pino';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { LOG_REDACT_PATHS } from 'src/engine/core-modules/logger/log-redact-paths.constant';

// Structured JSON logs with a request id on every line; credentials never reach the log. Lines are
// written to stdout synchronously: a process that stops on a signal (the worker on SIGTERM, which
// Nest re-raises once the app is closed) or crashes has written every line it logged.
@Module({
  imports: [
    PinoLoggerModule.forRootAsync({
      inject: [EnvironmentService],
      useFactory: (environmentService: EnvironmentService) => ({
        pinoHttp: [
          {
            level: environmentService.get('LOG_LEVEL'),
            redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' },
            genReqId: (request, response) => {
              const existing = request.headers['x-request-id'];
              const id =
                typeof existing === 'string' && existing.length <= 128 ? existing : randomUUID();

              response.setHeader('x-request-id', id);

              return id;
            },
            autoLogging: { ignore: (request) => request.url === '/healthz' },
            serializers: {
              req: (request: { id: string; method: string; url: string }) => ({
                id: request.id,
                method: request.method,
                path: request.url.split('?')[0],
              }),
            },
          },
          pino.destination({ dest: 1, sync: true }),
        ],
      }),
    }),
  ],
})
export class LoggerModule {}

import type { FastifyInstance } from 'fastify';

type ParseError = Error & { statusCode?: number };

// JSON (an empty body reads as {}) and HTML-form bodies, which OAuth token requests often are.
export const registerBodyParsers = (app: FastifyInstance): void => {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, {});
    try {
      done(null, JSON.parse(text));
    } catch {
      const error: ParseError = new Error('The request body is not valid JSON.');
      error.statusCode = 400;
      done(error, undefined);
    }
  });
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    },
  );
};

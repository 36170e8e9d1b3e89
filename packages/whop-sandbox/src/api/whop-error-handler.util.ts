import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { WhopApiError } from './whop-api-error';

// Every failure under /api/v1 and /_sandbox leaves as `{"error":{"type","message"}}`.
const sendWhopError = (reply: FastifyReply, error: WhopApiError): FastifyReply =>
  reply.code(error.status).headers(error.headers).send(error.toBody());

export const whopErrorHandler = (
  error: FastifyError | WhopApiError,
  _request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply => {
  if (error instanceof WhopApiError) return sendWhopError(reply, error);
  const status =
    typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
  const message = status >= 500 ? 'Internal server error.' : error.message;
  return sendWhopError(reply, new WhopApiError(status, message));
};

export const whopNotFoundHandler = (request: FastifyRequest, reply: FastifyReply): FastifyReply =>
  sendWhopError(
    reply,
    new WhopApiError(404, `No route ${request.method} ${request.url.split('?')[0]}.`),
  );

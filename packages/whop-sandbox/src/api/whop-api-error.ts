// An /api/v1 (and control API) failure, answered as `{"error":{"type","message"}}` like Whop does.
export type WhopApiErrorType =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'request_timeout'
  | 'conflict'
  | 'unprocessable_entity'
  | 'rate_limit_exceeded'
  | 'internal_server_error'
  | 'service_unavailable';

const TYPE_BY_STATUS: Record<number, WhopApiErrorType> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  408: 'request_timeout',
  409: 'conflict',
  422: 'unprocessable_entity',
  429: 'rate_limit_exceeded',
  500: 'internal_server_error',
  502: 'service_unavailable',
  503: 'service_unavailable',
  504: 'service_unavailable',
};

const errorTypeForStatus = (status: number): WhopApiErrorType =>
  TYPE_BY_STATUS[status] ?? (status >= 500 ? 'internal_server_error' : 'bad_request');

export class WhopApiError extends Error {
  readonly type: WhopApiErrorType;

  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.type = errorTypeForStatus(status);
  }

  toBody(): { error: { type: WhopApiErrorType; message: string } } {
    return { error: { type: this.type, message: this.message } };
  }
}

export const notFound = (resource: string, id: string): WhopApiError =>
  new WhopApiError(404, `${resource} ${id} was not found.`);

export const unprocessable = (message: string): WhopApiError => new WhopApiError(422, message);

export const rateLimited = (retryAfterSeconds: number): WhopApiError =>
  new WhopApiError(429, `Try again in ${retryAfterSeconds} seconds.`, {
    'retry-after': String(retryAfterSeconds),
  });

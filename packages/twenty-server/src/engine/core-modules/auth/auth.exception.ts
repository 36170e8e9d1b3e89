import { CustomException } from 'src/engine/utils/custom-exception';

export enum AuthExceptionCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
}

export class AuthException extends CustomException<AuthExceptionCode> {}

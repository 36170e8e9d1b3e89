import { CustomException } from 'src/engine/utils/custom-exception';

export enum AuthExceptionCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
}

export class AuthException extends CustomException<AuthExceptionCode> {}

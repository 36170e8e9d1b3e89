export type AuthToken = {
  accessToken: string;
  expiresAt: string;
};

import { randomUUID } from 'node:crypto';

import { type INestApplication } from '@nestjs/common';

import { UserService } from 'src/engine/core-modules/user/user.service';
import { WorkspaceService } from 'src/engine/core-modules/workspace/workspace.service';
import { graphqlRequest } from 'test/integration/utils/graphql-request';

export type TestWorkspace = {
  workspaceId: string;
  email: string;
  password: string;
  token: string;
};

// A new workspace with one user, signed in through the real signIn mutation.
export const createTestWorkspace = async (
  app: INestApplication,
  displayName = 'Test workspace',
): Promise<TestWorkspace> => {
  const workspace = await app.get(WorkspaceService).createWorkspace(displayName);
  const email = `user-${randomUUID()}@example.test`;
  const password = `pw-${randomUUID()}`;

  await app.get(UserService).createUserInWorkspace({
    email,
    password,
    firstName: 'Test',
    lastName: 'User',
    workspaceId: workspace.id,
  });
  const response = await graphqlRequest(
    app,
    `mutation SignIn($email: String!, $password: String!) {
      signIn(email: $email, password: $password) { accessToken }
    }`,
    { email, password },
  );

  return {
    workspaceId: workspace.id,
    email,
    password,
    token: response.data.signIn.accessToken,
  };
};

import { type NestExpressApplication } from '@nestjs/platform-express';

import { GlobalWorkspaceOrmManager } from 'src/engine/twenty-orm/global-workspace-orm.manager';
import { closeTestApp, createTestApp } from 'test/integration/utils/create-test-app';
import {
  createTestWorkspace,
  type TestWorkspace,
} from 'test/integration/utils/create-test-workspace';
import { graphqlRequest } from 'test/integration/utils/graphql-request';

const UPDATE_TASK = `mutation U($id: ID!, $data: TaskDataInput!) {
  updateTask(id: $id, data: $data) { id status dueAt title }
}`;

describe('updateTask', () => {
  let app: NestExpressApplication;
  let workspace: TestWorkspace;
  let taskId: string;

  const readTask = async () =>
    (
      await app.get(GlobalWorkspaceOrmManager).getRepository(workspace.workspaceId, 'task')
    ).findOneByOrFail({ id: taskId });

  beforeAll(async () => {
    app = await createTestApp();
    workspace = await createTestWorkspace(app, 'Tasks workspace');
  });

  beforeEach(async () => {
    const tasks = await app
      .get(GlobalWorkspaceOrmManager)
      .getRepository(workspace.workspaceId, 'task');

    taskId = (
      await tasks.save({
        title: 'Follow up: failed payment for Pro — Monthly',
        status: 'TODO',
        dueAt: new Date('2026-04-05T09:31:00.000Z'),
      })
    ).id;
  });

  afterAll(() => closeTestApp(app));

  it('checks a task off and reopens it, leaving what it was not given', async () => {
    const done = await graphqlRequest(
      app,
      UPDATE_TASK,
      { id: taskId, data: { status: 'DONE' } },
      workspace.token,
    );

    expect(done.data.updateTask).toEqual({
      id: taskId,
      status: 'DONE',
      dueAt: '2026-04-05T09:31:00.000Z',
      title: 'Follow up: failed payment for Pro — Monthly',
    });
    expect(await readTask()).toMatchObject({ status: 'DONE' });

    const reopened = await graphqlRequest(
      app,
      UPDATE_TASK,
      { id: taskId, data: { status: 'TODO' } },
      workspace.token,
    );

    expect(reopened.data.updateTask.status).toBe('TODO');
  });

  it('moves and clears the due date', async () => {
    await graphqlRequest(
      app,
      UPDATE_TASK,
      { id: taskId, data: { dueAt: '2026-05-01T00:00:00.000Z' } },
      workspace.token,
    );
    expect(await readTask()).toMatchObject({
      status: 'TODO',
      dueAt: new Date('2026-05-01T00:00:00.000Z'),
    });

    await graphqlRequest(app, UPDATE_TASK, { id: taskId, data: { dueAt: null } }, workspace.token);
    expect((await readTask()).dueAt).toBeNull();
  });

  it('refuses a status that is not one of Twenty’s, and changes nothing', async () => {
    const response = await graphqlRequest(
      app,
      UPDATE_TASK,
      { id: taskId, data: { status: 'ARCHIVED' } },
      workspace.token,
    );

    expect(response.errors?.[0].message).toContain('ARCHIVED');
    expect(await readTask()).toMatchObject({ status: 'TODO' });
  });

  it('answers the task as it is when given nothing to change', async () => {
    const response = await graphqlRequest(
      app,
      UPDATE_TASK,
      { id: taskId, data: {} },
      workspace.token,
    );

    expect(response.data.updateTask).toMatchObject({ id: taskId, status: 'TODO' });
  });

  it('refuses a deleted task, and changes nothing', async () => {
    const tasks = await app
      .get(GlobalWorkspaceOrmManager)
      .getRepository(workspace.workspaceId, 'task');

    await tasks.update({ id: taskId }, { deletedAt: new Date() });
    for (const data of [{ status: 'DONE' }, {}]) {
      const response = await graphqlRequest(
        app,
        UPDATE_TASK,
        { id: taskId, data },
        workspace.token,
      );

      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect(await readTask()).toMatchObject({ status: 'TODO' });
  });

  it('refuses a task that is not there, whether the id is a UUID or not', async () => {
    for (const id of ['nope', '7a1f0d52-3c1b-4d7e-9a55-0b1c2d3e4f50']) {
      const response = await graphqlRequest(
        app,
        UPDATE_TASK,
        { id, data: { status: 'DONE' } },
        workspace.token,
      );

      expect(response.errors?.[0]).toMatchObject({
        message: "This task doesn't exist any more. Reload the page to see what is there now.",
        extensions: { code: 'NOT_FOUND' },
      });
    }
  });
});

import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';

import { AppModule } from 'src/app.module';
import { configureHttpApp } from 'src/engine/utils/configure-http-app.util';
import { closeTestApp, createTestApp } from 'test/integration/utils/create-test-app';

const INTROSPECTION_QUERY = '{ __schema { queryType { name } } }';

describe('HTTP security', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(() => closeTestApp(app));

  it('forbids other sites to frame the app, and scripts from anywhere but itself', async () => {
    const response = await request(app.getHttpServer()).get('/healthz');
    const policy = response.headers['content-security-policy'];

    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("img-src 'self' data: https:");
    expect(policy).not.toContain('upgrade-insecure-requests');
    // Served over http here: no HSTS, which on localhost would bind the sandbox's port too.
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('describes its schema outside production only', async () => {
    const introspect = (server: NestExpressApplication) =>
      request(server.getHttpServer()).post('/graphql').send({ query: INTROSPECTION_QUERY });

    expect((await introspect(app)).body.data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });

    const testEnvironment = { NODE_ENV: process.env.NODE_ENV, APP_SECRET: process.env.APP_SECRET };

    process.env.NODE_ENV = 'production';
    process.env.APP_SECRET = 'a-production-secret-for-this-test-0123456789';
    const production = await NestFactory.create<NestExpressApplication>(AppModule, {
      logger: ['error'],
    });

    try {
      configureHttpApp(production);
      await production.init();
      const response = await introspect(production);

      expect(response.body.data).toBeUndefined();
      expect(response.body.errors?.[0].message).toMatch(/introspection/i);
    } finally {
      await production.close();
      for (const [name, value] of Object.entries(testEnvironment)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});

#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { DEMO_APP } from './constants/demo-app.constant';
import { DEFAULT_SANDBOX_PORT } from './constants/sandbox-defaults.constant';
import { startWhopSandbox } from './start-whop-sandbox';

const USAGE = `Usage: whop-sandbox [options]

  --port <n>           Port to listen on (env WHOP_SANDBOX_PORT, default ${DEFAULT_SANDBOX_PORT}; 0 = random)
  --host <host>        Interface to bind (default 127.0.0.1)
  --seed <n>           Seed of the generated data (default 42)
  --members <n>        Number of members to generate (default 2000)
  --auto-approve       Skip the consent page: /oauth/authorize redirects with a code at once
  --public-url <url>   Base URL clients use, when it differs from http://host:port
  --rate-limit <n>     Requests per minute per operation per credential (default 600, 0 = off)
  --token-ttl <s>      Access token lifetime in seconds (default 3600)
  --state-file <path>  Keep in this file across restarts what Whop would keep: apps, grants,
                       tokens, API keys, webhook endpoints and the day the data is generated for
  --help               Show this help`;

const integer = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new Error(`--${name} expects a non-negative integer, got "${value}".`);
  return Number(value);
};

const main = async (): Promise<void> => {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      members: { type: 'string' },
      'auto-approve': { type: 'boolean' },
      'public-url': { type: 'string' },
      'rate-limit': { type: 'string' },
      'token-ttl': { type: 'string' },
      'state-file': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help === true) {
    console.log(USAGE);
    return;
  }

  const startedAt = performance.now();
  const sandbox = await startWhopSandbox({
    port: integer('port', values.port ?? process.env.WHOP_SANDBOX_PORT) ?? DEFAULT_SANDBOX_PORT,
    host: values.host,
    seed: integer('seed', values.seed),
    members: integer('members', values.members),
    autoApprove: values['auto-approve'],
    publicUrl: values['public-url'],
    rateLimitPerMinute: integer('rate-limit', values['rate-limit']),
    accessTokenTtlSeconds: integer('token-ttl', values['token-ttl']),
    stateFile: values['state-file'],
  });
  const { state } = sandbox;
  console.log(`Whop sandbox listening on ${sandbox.url} (ready in ${Math.round(performance.now() - startedAt)} ms)
  API:        ${sandbox.url}/api/v1   (Api-Version-Date 2026-07-20)
  OAuth:      ${sandbox.url}/.well-known/openid-configuration
  Control:    ${sandbox.url}/_sandbox/state
  Company:    ${state.company.id} "${state.company.title}" (seed ${state.seed})
  Data:       ${state.members.size} members, ${state.memberships.size} memberships, ${state.payments.size} payments, ${state.products.size} products, ${state.plans.size} plans
  Demo app:   client_id=${DEMO_APP.clientId} client_secret=${DEMO_APP.clientSecret}
              redirect_uris=${DEMO_APP.redirectUris.join(', ')}`);
  if (values['state-file'] !== undefined)
    console.log(
      `  Kept in:    ${values['state-file']} (apps, grants, tokens, API keys, webhook endpoints, the data's day)`,
    );

  const shutdown = () => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

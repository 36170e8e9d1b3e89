import { FaultInjector } from './fault-injector';

describe('FaultInjector', () => {
  it('injects nothing by default', () => {
    const faults = new FaultInjector();
    expect(faults.forRequest('GET', '/api/v1/memberships')).toEqual({
      latencyMs: 0,
      failure: null,
      maxPageItems: null,
    });
    expect(faults.forDelivery()).toEqual({ drop: false, duplicate: false });
    expect(faults.reorderWindowMs()).toBeNull();
  });

  it('applies latency and certain failures to matching routes only', () => {
    const faults = new FaultInjector();
    faults.configure({
      routes: [{ match: 'GET /api/v1/payments*', latencyMs: 50, errorRate: 1, errorStatus: 502 }],
      webhooks: {},
      seed: 1,
    });
    expect(faults.forRequest('GET', '/api/v1/payments')).toEqual({
      latencyMs: 50,
      failure: { kind: 'error', status: 502 },
      maxPageItems: null,
    });
    expect(faults.forRequest('GET', '/api/v1/memberships')).toEqual({
      latencyMs: 0,
      failure: null,
      maxPageItems: null,
    });
  });

  it('cuts the pages of matching lists to the smallest size any rule allows', () => {
    const faults = new FaultInjector();
    faults.configure({
      routes: [
        { match: 'GET /api/v1/*', maxPageItems: 30 },
        { match: 'GET /api/v1/payments*', maxPageItems: 7 },
      ],
      webhooks: {},
      seed: 1,
    });
    expect(faults.forRequest('GET', '/api/v1/payments').maxPageItems).toBe(7);
    expect(faults.forRequest('GET', '/api/v1/members').maxPageItems).toBe(30);
    expect(faults.forRequest('POST', '/oauth/token').maxPageItems).toBeNull();
  });

  it('expires a rule after `times` matching requests', () => {
    const faults = new FaultInjector();
    faults.configure({
      routes: [{ match: '/api/v1/*', rateLimitRate: 1, retryAfterSeconds: 0, times: 2 }],
      webhooks: {},
      seed: 1,
    });
    expect(faults.forRequest('GET', '/api/v1/members').failure).toEqual({
      kind: 'rate_limit',
      retryAfterSeconds: 0,
      retryAfterHeader: true,
    });
    expect(faults.snapshot().routes[0].times).toBe(1);
    expect(faults.forRequest('GET', '/api/v1/members').failure).not.toBeNull();
    expect(faults.forRequest('GET', '/api/v1/members').failure).toBeNull();
    expect(faults.snapshot().routes).toEqual([]);
  });

  it('draws rates from a seeded sequence', () => {
    const run = () => {
      const faults = new FaultInjector();
      faults.configure({
        routes: [{ match: '*', errorRate: 0.5 }],
        webhooks: { dropRate: 0.3 },
        seed: 7,
      });
      return Array.from({ length: 20 }, () => [
        faults.forRequest('GET', '/x').failure !== null,
        faults.forDelivery().drop,
      ]);
    };
    const first = run();
    expect(run()).toEqual(first);
    expect(first.some(([failed]) => failed)).toBe(true);
    expect(first.some(([failed]) => !failed)).toBe(true);
  });

  it('reports the reorder window', () => {
    const faults = new FaultInjector();
    faults.configure({ routes: [], webhooks: { reorder: true }, seed: 1 });
    expect(faults.reorderWindowMs()).toBe(100);
  });
});

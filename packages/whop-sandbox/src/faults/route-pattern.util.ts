export type RoutePattern = { method: string | null; path: RegExp };

// "GET /api/v1/memberships*" -> method GET, path glob; "*" matches any run of characters.
export const compileRoutePattern = (match: string): RoutePattern => {
  const [first, second] = match.trim().split(/\s+/, 2);
  const method = second === undefined ? null : first.toUpperCase();
  const glob = second ?? first;
  const source = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return { method, path: new RegExp(`^${source}$`) };
};

export const matchesRoute = (pattern: RoutePattern, method: string, path: string): boolean =>
  (pattern.method === null || pattern.method === method.toUpperCase()) && pattern.path.test(path);

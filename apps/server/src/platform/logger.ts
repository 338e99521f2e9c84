import pino, { type LoggerOptions } from 'pino';

// Request logs carry method, route and status only: no bodies, cookies, query strings or
// addresses, so no personal data reaches the logs.
export function loggerOptions(level: LoggerOptions['level']): LoggerOptions {
  return {
    level,
    base: { service: 'timantti' },
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; routeOptions?: { url?: string }; id: string }) => ({
        id: req.id,
        method: req.method,
        route: req.routeOptions?.url,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

export function createLogger(level: LoggerOptions['level']) {
  return pino(loggerOptions(level));
}
export type Logger = ReturnType<typeof createLogger>;

import { translate } from '@timantti/i18n';
import { AppError } from '../platform/errors.ts';
import type { App } from './types.ts';

const isEmptyObject = (value: unknown) =>
  value !== null &&
  typeof value === 'object' &&
  Object.getPrototypeOf(value) === Object.prototype &&
  Object.keys(value).length === 0;

/**
 * A route without a body schema takes no body, so one sent to it is refused rather than
 * ignored: fields sent to an archive or a delete mean the caller expected something else.
 * An empty object is let through, as some clients send one with every POST.
 */
export function refuseUnexpectedBodies(app: App) {
  app.addHook('preValidation', async (request) => {
    const { body } = request;
    const { schema, config } = request.routeOptions;
    if (
      body === undefined ||
      schema?.body ||
      config.file ||
      config.publicForm ||
      isEmptyObject(body)
    )
      return;
    throw new AppError('validation_failed', {
      fieldErrors: [{ path: '', message: translate(request.locale, 'validation.no_body') }],
    });
  });
}

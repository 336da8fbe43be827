import type { Context } from '../context.ts';
import { userInputError } from '../errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Global ids are base64url("Type:uuid"): opaque to clients, stable, and checkable. */
export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, 'utf8').toString('base64url');
}

export function decodeGlobalId(
  globalId: string,
  ctx: Pick<Context, 'locale'>,
): { typename: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  const typename = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (colon < 1 || !UUID.test(id) || encodeGlobalId(typename, id) !== globalId) {
    throw userInputError(ctx, 'invalidId', { id: globalId, type: 'Samlad' }, 'id');
  }
  return { typename, id };
}

/** Decodes an id argument that must name a record of one type; the error names the argument. */
export function parseId(
  ctx: Pick<Context, 'locale'>,
  globalId: string,
  typename: string,
  field = 'id',
): string {
  try {
    const decoded = decodeGlobalId(globalId, ctx);
    if (decoded.typename === typename) return decoded.id;
  } catch {
    // fall through to the error that names the field and type
  }
  throw userInputError(ctx, 'invalidId', { id: globalId, type: typename }, field);
}

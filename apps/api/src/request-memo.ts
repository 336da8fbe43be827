import type { Context } from './context.ts';

const memos = new WeakMap<Context, Map<string, Promise<unknown>>>();

function memoOf(ctx: Context): Map<string, Promise<unknown>> {
  let memo = memos.get(ctx);
  if (!memo) {
    memo = new Map();
    memos.set(ctx, memo);
  }
  return memo;
}

/**
 * The result of `load` for this request and key, loaded once: several fields of one response can
 * need the same rows (an overview's forums and its totals), and each should not read them again.
 * Keys are per request, so nothing outlives it.
 */
export function oncePerRequest<T>(ctx: Context, key: string, load: () => Promise<T>): Promise<T> {
  const memo = memoOf(ctx);
  let found = memo.get(key) as Promise<T> | undefined;
  if (!found) {
    found = load();
    memo.set(key, found);
  }
  return found;
}

/**
 * Keeps `value` as this request's result for `key`, so a later `oncePerRequest` with that key reads
 * nothing: a resolver that loaded several sections in one statement hands each to the fields that
 * use it.
 */
export function rememberForRequest<T>(ctx: Context, key: string, value: T): void {
  memoOf(ctx).set(key, Promise.resolve(value));
}

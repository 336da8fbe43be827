import { hash, verify } from '@node-rs/argon2';

/** @node-rs/argon2's `Algorithm.Argon2id` (an ambient const enum, which verbatimModuleSyntax cannot import). */
const ARGON2ID = 2;

/** argon2id with the library's defaults (OWASP's minimum: m=19 MiB, t=2, p=1). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verifying against this when there is no such user keeps the answer time the same. */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$mNnSbpYbLtzpXg82q8hcJA$cYPj11TsLCefuOi4CaLJuYDDxGqjr2iht77hskVsnbs';

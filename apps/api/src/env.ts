import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** An unset or empty variable (as `FOO=` in a compose file leaves it) counts as not given. */
const optionalText = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const OIDC_REQUIRED = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'] as const;

/** All configuration, read from the environment in one place. */
const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z.string().url().optional(),
    DATA_DIR: z.string().default('./.data'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    WEB_DIST: z.string().default(fileURLToPath(new URL('../../web/dist', import.meta.url))),
    SEED_DEMO: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true')),
    // Sign-in through the organisation's OpenID Connect provider: all four set, or none.
    OIDC_ISSUER: optionalText(z.string().url()),
    OIDC_CLIENT_ID: optionalText(z.string()),
    OIDC_CLIENT_SECRET: optionalText(z.string()),
    OIDC_REDIRECT_URI: optionalText(z.string().url()),
    /** Text of the sign-in button, e.g. "Region Kronoberg". */
    OIDC_LABEL: optionalText(z.string()),
  })
  .superRefine((env, issues) => {
    const missing = OIDC_REQUIRED.filter((name) => env[name] === undefined);
    if (missing.length > 0 && missing.length < OIDC_REQUIRED.length) {
      issues.addIssue({
        code: 'custom',
        path: ['OIDC'],
        message: `set all of ${OIDC_REQUIRED.join(', ')} to enable sign-in through an OpenID Connect provider, or none of them to disable it; missing: ${missing.join(', ')}`,
      });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}

import { createDatabase, ensureReady } from '@samlad/db';
import { buildApp } from './app.ts';
import { readEnv } from './env.ts';
import { oidcConfigFromEnv } from './modules/auth/oidc.config.ts';

const env = readEnv();
const database = await createDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
const { seeded } = await ensureReady(database, { seedDemo: env.SEED_DEMO });
const { app } = await buildApp({
  database,
  webDist: env.WEB_DIST,
  logger: { level: env.LOG_LEVEL },
  oidc: oidcConfigFromEnv(env),
});
if (seeded) app.log.info('loaded demo data into the empty embedded database');

const shutdown = async (signal: string) => {
  app.log.info({ signal }, 'shutting down');
  await app.close();
  await database.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

const address = await app.listen({ port: env.PORT, host: env.HOST });
app.log.info(`Samlad listening on ${address.replace('0.0.0.0', 'localhost')} (${database.kind})`);

import envPaths from 'env-paths';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../common/errors.js';
import { limits } from '../common/limits.js';

/**
 * Configuration, read once from the environment, typed and checked. A bad value stops the program
 * at start with a message that names the variable.
 */
export interface Config {
  /** The data directory: holds `overturn.db` when running on SQLite. */
  readonly home: string;
  readonly database:
    | { readonly kind: 'sqlite'; readonly file: string }
    | { readonly kind: 'postgres'; readonly url: string };
  readonly host: string;
  readonly port: number;
  /** The largest document Overturn will read, in bytes. */
  readonly maxUploadBytes: number;
}

const envSchema = z.object({
  OVERTURN_HOME: z.string().trim().min(1, 'must be a folder path').optional(),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// (leave it unset to use SQLite)')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PORT: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(4173),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  OVERTURN_MAX_UPLOAD_MB: z.coerce
    .number({ error: 'must be a number of megabytes' })
    .positive('must be more than 0')
    .max(1024, 'must be 1024 MB or less')
    .default(limits.defaultMaxUploadBytes / (1024 * 1024)),
});

/** The operating system's per-user data folder, e.g. `~/.local/share/overturn` on Linux. */
export const defaultHome = () => envPaths('overturn', { suffix: '' }).data;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new AppError(
      'invalid-input',
      `${variable}: ${issue?.message ?? 'is not valid'}`,
      variable,
    );
  }
  const { OVERTURN_HOME, DATABASE_URL, PORT, HOST, OVERTURN_MAX_UPLOAD_MB } = parsed.data;
  const home = path.resolve(OVERTURN_HOME ?? defaultHome());
  return {
    home,
    database: DATABASE_URL
      ? { kind: 'postgres', url: DATABASE_URL }
      : { kind: 'sqlite', file: path.join(home, 'overturn.db') },
    host: HOST,
    port: PORT,
    maxUploadBytes: Math.round(OVERTURN_MAX_UPLOAD_MB * 1024 * 1024),
  };
}

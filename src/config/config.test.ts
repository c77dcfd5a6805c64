import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultHome, loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to SQLite in the per-user data folder, on 127.0.0.1:4173, reading documents up to 25 MB', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      home: defaultHome(),
      database: { kind: 'sqlite', file: path.join(defaultHome(), 'overturn.db') },
      host: '127.0.0.1',
      port: 4173,
      maxUploadBytes: 25 * 1024 * 1024,
    });
    expect(loadConfig({ OVERTURN_MAX_UPLOAD_MB: '2' }).maxUploadBytes).toBe(2 * 1024 * 1024);
    if (process.platform === 'linux' && !process.env.XDG_DATA_HOME) {
      expect(defaultHome()).toMatch(/\.local\/share\/overturn$/);
    }
  });

  it('puts overturn.db in OVERTURN_HOME, and uses PostgreSQL when DATABASE_URL says so', () => {
    expect(loadConfig({ OVERTURN_HOME: '/data/ov' }).database).toEqual({
      kind: 'sqlite',
      file: '/data/ov/overturn.db',
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/ov' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@db:5432/ov',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /^PORT: must be a number/],
    [{ PORT: '70000' }, /^PORT: must be between 0 and 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL: must start with postgres:\/\//],
    [{ OVERTURN_MAX_UPLOAD_MB: 'lots' }, /^OVERTURN_MAX_UPLOAD_MB: must be a number of megabytes/],
    [{ OVERTURN_MAX_UPLOAD_MB: '0' }, /^OVERTURN_MAX_UPLOAD_MB: must be more than 0/],
  ])('fails fast on %j, naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});

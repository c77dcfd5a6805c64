import { postgresServerUrl } from './test-databases.js';

/** Says, in one line, which PostgreSQL the PostgreSQL half of the suite runs on. */
export default function setup(): void {
  const url = postgresServerUrl();
  if (url) {
    const { host, port } = new URL(url);
    console.log(`PostgreSQL tests: server at ${host}${port ? '' : ':5432'} (DATABASE_URL).`);
  } else if (process.env.CI) {
    throw new Error(
      'CI must run the PostgreSQL tests on a server: set DATABASE_URL (see .ci/run).',
    );
  } else {
    console.log(
      'PostgreSQL tests: PGlite, in process (set DATABASE_URL=postgres://… to use a server).',
    );
  }
}

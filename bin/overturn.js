#!/usr/bin/env node
// The `overturn` command. The program itself is TypeScript compiled to dist/ by `npm run build`
// (which `npm ci` runs through the `prepare` script).
import('../dist/cli/main.js').catch((error) => {
  if (
    error &&
    error.code === 'ERR_MODULE_NOT_FOUND' &&
    String(error.message).includes('dist/cli/main.js')
  ) {
    console.error(
      'overturn: the program is not built yet. Run `npm run build` in the Overturn folder, then try again.',
    );
    process.exit(1);
  }
  throw error;
});

// Keeps the layers pointing one way (docs/ARCHITECTURE.md): the domain is pure, adapters stand
// around it, the web app sees only the domain. Run by `npm run lint`.
const capabilities =
  '^src/(backup|cases|timeline|documents|evidence|common|deadlines|calendar|intake|letters|state-help|outcomes|case-summary|calls|tasks|journey|opinions)/';
// Adapters: storage, services, HTTP, CLI, the readers that parse files with packages (read-*.ts),
// and the renderers that write files with them (render-*.ts).
const adapterFile =
  '(-(repository|service|routes|commands|commands-flags|commands-text|access)|/(read|render)-[a-z-]+)\\.ts$';
const outerLayers = '^src/(storage|http|cli|app|config|testing)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Circular imports hide a missing layer.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'Domain files (types, rules, the appeal ladder, input schemas, presenters) import no storage, HTTP, CLI, UI or Node I/O.',
      from: { path: capabilities, pathNot: [adapterFile, '\\.test\\.ts$'] },
      to: {
        path: [outerLayers, adapterFile],
      },
    },
    {
      name: 'domain-uses-no-io-packages',
      severity: 'error',
      from: { path: capabilities, pathNot: [adapterFile, '\\.test\\.ts$'] },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'core'],
        pathNot: ['node_modules/zod/'],
      },
    },
    {
      name: 'web-sees-only-the-domain',
      severity: 'error',
      comment:
        'The browser app talks to the server over HTTP; from src/ it may import only pure domain modules.',
      from: { path: '^web/' },
      to: { path: [outerLayers, adapterFile] },
    },
    {
      name: 'storage-below-the-edges',
      severity: 'error',
      from: { path: ['^src/storage/', '-(repository|service)\\.ts$'] },
      to: { path: ['^src/(http|cli)/', '-(routes|commands)\\.ts$'] },
    },
    {
      name: 'http-and-cli-apart',
      severity: 'error',
      from: { path: ['^src/http/', '-routes\\.ts$'] },
      to: { path: ['^src/cli/', '-commands\\.ts$'] },
    },
    {
      name: 'test-helpers-only-in-tests',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/testing/', '\\.test\\.ts$'] },
      to: { path: '^src/testing/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};

import path from 'node:path';
import type { Command } from 'commander';
import { localOwner } from '../common/actor.js';
import { isAppError, invalidInput } from '../common/errors.js';
import { parseInput } from '../common/validation.js';
import { printJson, type CliIo } from '../cli/cli-io.js';
import { withRuntime } from '../cli/run-command.js';
import { readInput } from '../intake/intake-commands.js';
import { documentTable, documentLine } from './document-commands-text.js';
import { documentAddInput } from './document-input.js';
import { presentEntry } from './document-presenter.js';
import { documentTypeIds } from './document-types.js';

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Parses the flags with the API's schema; an error names the flag to fix. */
function addInputOf(options: Record<string, unknown>) {
  try {
    return parseInput(documentAddInput, {
      type: text(options.type),
      title: text(options.title),
      date: text(options.date),
      replaces: text(options.replaces),
    });
  } catch (error) {
    if (isAppError(error) && error.field)
      throw invalidInput(`--${error.message}`, `--${error.field}`, error.details);
    throw error;
  }
}

/**
 * `overturn doc add CASE_ID FILE [--type TYPE] [--title T] [--date YYYY-MM-DD] [--replaces DOC_ID]
 * [--json]`, `overturn doc list CASE_ID [--all-versions] [--deleted] [--json]` and
 * `overturn doc delete|restore DOC_ID`: the evidence vault from a terminal.
 */
export function registerDocumentCommands(program: Command, io: CliIo): void {
  const doc = program.command('doc').description('the documents kept with a case (evidence vault)');

  doc
    .command('add <caseId> <file>')
    .description('keep a file with a case (PDF, PNG, JPEG or text), or a new version of one')
    .option('--type <type>', documentTypeIds.join(' | '))
    .option('--title <title>', 'your own name for it, e.g. "Dr. Lee’s letter"')
    .option('--date <date>', 'the date on the paper, YYYY-MM-DD')
    .option('--replaces <docId>', 'the document this file is a new version of')
    .option('--json', 'print the document as JSON')
    .action(async (caseId: string, file: string, options: Record<string, unknown>) => {
      const input = addInputOf(options);
      await withRuntime(async ({ services }) => {
        const bytes = await readInput(file, services.documents.maxUploadBytes);
        const entry = await services.documents.add(
          localOwner,
          caseId,
          { bytes, name: path.basename(file) },
          input,
        );
        const view = presentEntry(caseId, entry);
        if (options.json) return printJson(io, view);
        io.out(
          `Kept ${documentLine(view)} as ${view.id}${view.version > 1 ? ` (version ${view.version})` : ''}.`,
        );
      });
    });

  doc
    .command('list <caseId>')
    .description('the documents of a case, oldest first (the newest version of each)')
    .option('--all-versions', 'every version, not only the newest')
    .option('--deleted', 'deleted documents too')
    .option('--json', 'print JSON: { items: [...] }')
    .action(async (caseId: string, options: Record<string, unknown>) => {
      await withRuntime(async ({ services }) => {
        const entries = await services.documents.list(localOwner, caseId, {
          allVersions: options.allVersions === true,
          deleted: options.deleted === true,
        });
        const items = entries.map((entry) => presentEntry(caseId, entry));
        if (options.json) return printJson(io, { items });
        io.out(documentTable(items));
      });
    });

  for (const [name, description] of [
    ['delete', 'delete a document with all its versions (it can be restored)'],
    ['restore', 'bring back a deleted document'],
  ] as const) {
    doc
      .command(`${name} <docId>`)
      .description(description)
      .option('--json', 'print the documents changed as JSON')
      .action(async (docId: string, options: Record<string, unknown>) => {
        await withRuntime(async ({ services }) => {
          const changed = await (name === 'delete'
            ? services.documents.remove(localOwner, docId)
            : services.documents.restore(localOwner, docId));
          const items = changed.map((e) => presentEntry(e.document.caseId ?? '', e));
          if (options.json) return printJson(io, { items });
          const first = items[0];
          const what = first ? documentLine(first) : docId;
          io.out(
            name === 'delete'
              ? `Deleted ${what}. Undo with: overturn doc restore ${docId}`
              : `Restored ${what}.`,
          );
        });
      });
  }
}

import type { Command } from 'commander';
import { localOwner } from '../common/actor.js';
import { invalidInput } from '../common/errors.js';
import { parseInput } from '../common/validation.js';
import { printJson, type CliIo } from '../cli/cli-io.js';
import { withRuntime } from '../cli/run-command.js';
import { writeOutFile } from '../cli/write-file.js';
import { formatOf, linesOf, text } from '../cli/flag-values.js';
import { caseLetterKinds } from './letter.js';
import { letterRequest, packetRequest } from './letter-input.js';
import { presentGuidance, presentLetter, presentPacket } from './letter-presenter.js';
import { savedLetterText } from './letter-commands-text.js';

/**
 * `overturn letter CASE_ID --kind KIND [--lang en|es] [--guidance-lang en|es] --out FILE.pdf|.txt` and
 * `overturn packet CASE_ID --out FILE.pdf`: the CLI face of the letter service. A letter written
 * here is saved on the case as a new version, as in the web app.
 */
export function registerLetterCommands(program: Command, io: CliIo): void {
  program
    .command('letter <caseId>')
    .description('write a letter for a case, save it as a version, and write it to a file')
    .requiredOption('--kind <kind>', caseLetterKinds.join(' | '))
    .option('--lang <lang>', 'the letter’s language: en | es', 'en')
    .option('--guidance-lang <lang>', 'the language of the steps printed for you (default: --lang)')
    .requiredOption('--out <file>', 'FILE.pdf, FILE.docx (Word) or FILE.txt (plain text)')
    .option('--from <name>', 'who signs, when not the patient')
    .option('--relationship <words>', 'the signer’s relation to the patient, e.g. "parent"')
    .option('--address <lines>', 'the sender’s address, lines separated by ";"')
    .option('--phone <number>', 'the sender’s phone')
    .option('--email <address>', 'the sender’s email')
    .option('--appeals-address <lines>', 'the plan’s appeals address, lines separated by ";"')
    .option('--json', 'also print the saved letter as JSON')
    .action(async (caseId: string, options: Record<string, unknown>) => {
      const out = String(options.out);
      const format = formatOf(out);
      const request = parseInput(letterRequest, {
        kind: options.kind,
        lang: options.lang,
        guidanceLang: text(options.guidanceLang),
        sender: {
          name: text(options.from),
          relationship: text(options.relationship),
          addressLines: linesOf(options.address),
          phone: text(options.phone),
          email: text(options.email),
        },
        appealsAddress: linesOf(options.appealsAddress),
      });
      await withRuntime(async ({ services }) => {
        const { letter, guidance } = await services.letters.save(localOwner, caseId, request);
        const render = { pdf: 'pdf', docx: 'docx', txt: 'text' } as const;
        const content = await services.letters[render[format]](localOwner, caseId, letter.id);
        const written = await writeOutFile(out, content, `letter.${format}`);
        if (options.json)
          return printJson(io, { ...presentLetter(letter), guidance: presentGuidance(guidance) });
        io.out(savedLetterText(letter, written, guidance));
      });
    });

  program
    .command('packet <caseId>')
    .description(
      'build the packet: cover letter, exhibit index, the case’s documents, numbered pages',
    )
    .requiredOption('--out <file>', 'FILE.pdf')
    .option('--letter <id>', 'the saved letter on top (default: the newest appeal letter)')
    .option('--documents <ids>', 'the documents to enclose, in order, separated by commas')
    .option('--skip-unreadable', 'leave out documents that cannot be read, instead of stopping')
    .option('--fax-to <name>', 'add a fax cover sheet to this recipient')
    .option('--fax <number>', 'the fax number, with --fax-to')
    .option('--json', 'also print the packet’s index as JSON')
    .action(async (caseId: string, options: Record<string, unknown>) => {
      const out = String(options.out);
      if (formatOf(out) !== 'pdf')
        throw invalidInput('--out: a packet is a PDF; end the file name with .pdf', '--out');
      const request = parseInput(packetRequest, {
        letterId: text(options.letter),
        documentIds: text(options.documents)
          ?.split(',')
          .map((id) => id.trim())
          .filter(Boolean),
        skipUnreadable: options.skipUnreadable === true,
        ...(options.faxTo !== undefined && {
          faxCover: { to: text(options.faxTo), fax: text(options.fax) ?? '' },
        }),
      });
      await withRuntime(async ({ services }) => {
        const built = await services.letters.packet(localOwner, caseId, request);
        const written = await writeOutFile(out, built.content, 'packet.pdf');
        const view = presentPacket(built.packet, built.skipped);
        if (options.json) return printJson(io, view);
        io.out(
          [
            `Built a packet of ${view.pages} pages and wrote ${written}.`,
            ...view.exhibits.map(
              (e) => `  Exhibit ${e.exhibit}: ${e.title} (pages ${e.firstPage}–${e.lastPage})`,
            ),
            ...view.skipped.map((s) => `  Left out: ${s.title} (${s.reason})`),
          ].join('\n'),
        );
      });
    });
}

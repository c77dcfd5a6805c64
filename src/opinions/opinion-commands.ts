import type { Command } from 'commander';
import { printJson, type CliIo } from '../cli/cli-io.js';
import { formatOf, linesOf, text, withFlagNames } from '../cli/flag-values.js';
import { withRuntime } from '../cli/run-command.js';
import { writeOutFile } from '../cli/write-file.js';
import { localOwner } from '../common/actor.js';
import { invalidInput } from '../common/errors.js';
import { parseInput } from '../common/validation.js';
import { presentGuidance, presentLetter } from '../letters/letter-presenter.js';
import { savedLetterText } from '../letters/letter-commands-text.js';
import { networkTypeIds } from '../cases/case-terms.js';
import {
  checkRequest,
  newSecondOpinionInput,
  opinionInput,
  opinionLetterRequest,
  recordsPacketRequest,
  referralRefusedInput,
} from './opinion-input.js';
import { opinionLetterKinds } from './opinion-letter-facts.js';
import { urgencyIds } from './opinion.js';
import {
  comparisonText,
  opinionText,
  recommendationText,
  secondOpinionListText,
  secondOpinionText,
} from './opinion-commands-text.js';
import { presentComparison, presentSecondOpinion } from './opinion-presenter.js';
import { checkAnswersOf } from './opinion-changes.js';
import {
  checkReasonIds,
  conditionKindIds,
  coverageProgramIds,
  goalIds,
  questionKindIds,
} from './second-opinion.js';
import { recommendSecondOpinion } from './should-i-get-one.js';

/** Each input field and the flag that sets it, so an error names what to type. */
const flagOf = {
  'patient.name': '--patient',
  'patient.dateOfBirth': '--date-of-birth',
  question: '--question',
  questionKind: '--kind',
  condition: '--condition',
  conditionKind: '--condition-kind',
  goals: '--goal',
  'coverage.program': '--program',
  'coverage.networkType': '--network',
  'coverage.state': '--state',
  'coverage.insurer': '--insurer',
  'coverage.memberId': '--member-id',
  'coverage.primaryDoctor': '--primary-doctor',
  doctor: '--doctor',
  institution: '--institution',
  specialty: '--specialty',
  focus: '--focus',
  date: '--date',
  diagnosis: '--diagnosis',
  diagnosisCode: '--diagnosis-code',
  treatment: '--treatment',
  alternatives: '--alternatives',
  risksAndBenefits: '--risks',
  urgency: '--urgency',
  reasoning: '--reasoning',
  testsOrdered: '--tests',
  notes: '--notes',
  reasons: '--reason',
  documentIds: '--documents',
  kind: '--kind',
  lang: '--lang',
} as const;

const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : undefined);
const collect = (value: string, previous: string[] = []) => [...previous, value];
const rating = (value: unknown) => (typeof value === 'string' ? Number(value) : undefined);
const marking = (same: unknown, differs: unknown) =>
  same === true ? 'same' : differs === true ? 'different' : undefined;
const langOf = (value: unknown) => (value === 'es' ? 'es' : 'en');

function opinionInputOf(options: Record<string, unknown>) {
  return withFlagNames(flagOf, () =>
    parseInput(opinionInput, {
      doctor: text(options.doctor) ?? '',
      institution: text(options.institution) ?? '',
      specialty: text(options.specialty),
      focus: text(options.focus),
      sameGroupAsFirst: options.sameGroupAsFirst === true,
      referredByFirst: options.referredByFirst === true,
      date: text(options.date),
      diagnosis: text(options.diagnosis),
      diagnosisCode: text(options.diagnosisCode),
      treatment: text(options.treatment),
      alternatives: text(options.alternatives),
      risksAndBenefits: text(options.risks),
      urgency: text(options.urgency),
      reasoning: text(options.reasoning),
      testsOrdered: text(options.tests),
      notes: text(options.notes),
      diagnosisMatchesFirst: marking(options.diagnosisSame, options.diagnosisDiffers),
      treatmentMatchesFirst: marking(options.treatmentSame, options.treatmentDiffers),
      ratings: {
        listened: rating(options.rateListened),
        explained: rating(options.rateExplained),
        consideredValues: rating(options.rateValues),
        confidence: rating(options.rateConfidence),
      },
    }),
  );
}

/**
 * `overturn opinions new|list|show|check|add|compare|letter|packet|questions|referral-refused`:
 * the CLI face of second opinions, over the same service as the web app.
 */
export function registerOpinionCommands(program: Command, io: CliIo): void {
  const opinions = program
    .command('opinions')
    .description('second opinions: whether to get one, coverage, records, questions, comparison');

  opinions
    .command('check')
    .description('should I get a second opinion? (nothing is stored)')
    .option('--reason <reason>', checkReasonIds.join(' | ') + ' (repeat for more)', collect)
    .option('--emergency', 'care is needed right now')
    .option('--want-one', 'I want a second opinion whatever the reasons')
    .option('--lang <lang>', 'en | es', 'en')
    .option('--json', 'print JSON')
    .action(async (options: Record<string, unknown>) => {
      const request = withFlagNames(flagOf, () =>
        parseInput(checkRequest, {
          reasons: list(options.reason),
          emergency: options.emergency === true,
          wantsOne: options.wantOne === true,
          lang: text(options.lang),
        }),
      );
      const answer = recommendSecondOpinion(checkAnswersOf(request), request.lang ?? 'en');
      if (options.json) printJson(io, answer);
      else io.out(recommendationText(answer));
      return Promise.resolve();
    });

  opinions
    .command('new')
    .description('open a second-opinion case')
    .option('--patient <name>', 'the patient’s name (required)')
    .option('--question <text>', 'the question to answer, in your words (required)')
    .option('--kind <kind>', questionKindIds.join(' | '))
    .option('--condition <text>', 'the condition, in your words')
    .option('--condition-kind <kind>', conditionKindIds.join(' | '))
    .option('--goal <goal>', goalIds.join(' | ') + ' (repeat for more)', collect)
    .option('--program <program>', coverageProgramIds.join(' | '))
    .option('--network <type>', networkTypeIds.join(' | '))
    .option('--state <code>', 'the plan’s state, e.g. CA')
    .option('--insurer <name>', 'the insurance company')
    .option('--member-id <id>', 'the member ID on the card')
    .option('--primary-doctor <name>', 'the primary care doctor (who writes HMO referrals)')
    .option('--date-of-birth <date>', 'YYYY-MM-DD')
    .option('--lang <lang>', 'the language of the guidance: en | es', 'en')
    .option('--json', 'print JSON')
    .action(async (options: Record<string, unknown>) => {
      const input = withFlagNames(flagOf, () =>
        parseInput(newSecondOpinionInput, {
          patient: { name: text(options.patient) ?? '', dateOfBirth: text(options.dateOfBirth) },
          question: text(options.question) ?? '',
          questionKind: text(options.kind),
          condition: text(options.condition),
          conditionKind: text(options.conditionKind),
          goals: list(options.goal),
          coverage: {
            program: text(options.program),
            networkType: text(options.network),
            state: text(options.state),
            insurer: text(options.insurer),
            memberId: text(options.memberId),
            primaryDoctor: text(options.primaryDoctor),
          },
        }),
      );
      await withRuntime(async ({ services }) => {
        const view = presentSecondOpinion(
          await services.opinions.create(localOwner, input),
          langOf(options.lang),
        );
        if (options.json) printJson(io, view);
        else io.out(secondOpinionText(view));
      });
    });

  opinions
    .command('list')
    .description('second-opinion cases, most recently changed first')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await withRuntime(async ({ services }) => {
        const items = await services.opinions.list(localOwner);
        if (options.json) printJson(io, { items });
        else io.out(secondOpinionListText(items));
      });
    });

  opinions
    .command('show <id>')
    .description('a second-opinion case: opinions, coverage steps, scripts, what to bring')
    .option('--lang <lang>', 'en | es', 'en')
    .option('--json', 'print JSON')
    .action(async (id: string, options: Record<string, unknown>) => {
      await withRuntime(async ({ services }) => {
        const view = presentSecondOpinion(
          await services.opinions.get(localOwner, id),
          langOf(options.lang),
        );
        if (options.json) printJson(io, view);
        else io.out(secondOpinionText(view));
      });
    });

  opinions
    .command('add <id>')
    .description('add a doctor’s opinion (the first one added is the first doctor’s)')
    .option('--doctor <name>', 'the doctor (required)')
    .option('--institution <name>', 'the hospital, practice or center (required)')
    .option('--same-group-as-first', 'works in the same group or health system as the first doctor')
    .option('--referred-by-first', 'the first doctor sent you to this one')
    .option('--specialty <text>', 'e.g. orthopedic surgery')
    .option('--focus <text>', 'what they focus on, e.g. knee replacement')
    .option('--date <date>', 'the day of the visit, YYYY-MM-DD')
    .option('--diagnosis <text>', 'what they found')
    .option('--diagnosis-code <icd10>', 'the ICD-10 code, e.g. M17.11')
    .option('--treatment <text>', 'what they advise')
    .option('--alternatives <text>', 'other options they offered')
    .option('--risks <text>', 'the risks and benefits they gave')
    .option('--urgency <urgency>', urgencyIds.join(' | '))
    .option('--reasoning <text>', 'why they advise it')
    .option('--tests <text>', 'tests they ordered')
    .option('--diagnosis-same', 'same diagnosis as the first doctor (your own judgment)')
    .option('--diagnosis-differs', 'a different diagnosis from the first doctor')
    .option('--treatment-same', 'same treatment advice as the first doctor')
    .option('--treatment-differs', 'different treatment advice from the first doctor')
    .option('--rate-listened <1-5>', 'how well they listened')
    .option('--rate-explained <1-5>', 'how clearly they explained')
    .option('--rate-values <1-5>', 'how well they considered what matters to you')
    .option('--rate-confidence <1-5>', 'how much confidence they gave you')
    .option('--notes <text>', 'your own notes')
    .option('--json', 'print JSON')
    .action(async (id: string, options: Record<string, unknown>) => {
      const input = opinionInputOf(options);
      await withRuntime(async ({ services }) => {
        const opinion = await services.opinions.addOpinion(localOwner, id, input);
        if (options.json) printJson(io, opinion);
        else io.out(opinionText(opinion));
      });
    });

  opinions
    .command('compare <id>')
    .description('compare the opinions; suggests a third opinion when they differ')
    .option('--lang <lang>', 'en | es', 'en')
    .option('--out <file>', 'also write the comparison as a printable FILE.pdf')
    .option('--json', 'print JSON')
    .action(async (id: string, options: Record<string, unknown>) => {
      const out = text(options.out);
      if (out && formatOf(out) !== 'pdf')
        throw invalidInput('--out: the comparison is a PDF; end the file name with .pdf', '--out');
      const lang = langOf(options.lang);
      await withRuntime(async ({ services }) => {
        const view = presentComparison(await services.opinions.compare(localOwner, id, lang));
        const written = out
          ? await writeOutFile(
              out,
              await services.opinions.comparisonPdf(localOwner, id, lang),
              'comparison.pdf',
            )
          : null;
        if (options.json) printJson(io, view);
        else io.out(comparisonText(view) + (written ? `\n\nWrote ${written}.` : ''));
      });
    });

  opinions
    .command('letter <id>')
    .description('write the referral request or a records request, save it, write it to a file')
    .requiredOption('--kind <kind>', opinionLetterKinds.join(' | '))
    .requiredOption('--out <file>', 'FILE.pdf, FILE.docx (Word) or FILE.txt')
    .option('--lang <lang>', 'the letter’s language: en | es', 'en')
    .option('--to <lines>', 'who it goes to, lines separated by ";"')
    .option('--specialist <name>', 'the specialist or center you want to see')
    .option('--ask <who>', 'who a referral request asks: plan | primary-doctor')
    .option('--from <name>', 'who signs, when not the patient')
    .option('--relationship <words>', 'the signer’s relation to the patient')
    .option('--address <lines>', 'the sender’s address, lines separated by ";"')
    .option('--phone <number>', 'the sender’s phone')
    .option('--email <address>', 'the sender’s email')
    .option('--json', 'also print the saved letter as JSON')
    .action(async (id: string, options: Record<string, unknown>) => {
      const out = String(options.out);
      const format = formatOf(out);
      const request = withFlagNames(flagOf, () =>
        parseInput(opinionLetterRequest, {
          kind: options.kind,
          lang: options.lang,
          recipient: linesOf(options.to),
          specialist: text(options.specialist),
          to: text(options.ask),
          sender: {
            name: text(options.from),
            relationship: text(options.relationship),
            addressLines: linesOf(options.address),
            phone: text(options.phone),
            email: text(options.email),
          },
        }),
      );
      await withRuntime(async ({ services }) => {
        const { letter, guidance, task } = await services.opinions.saveLetter(
          localOwner,
          id,
          request,
        );
        const render = { pdf: 'pdf', docx: 'docx', txt: 'text' } as const;
        const content = await services.letters[render[format]](localOwner, id, letter.id);
        const written = await writeOutFile(out, content, `letter.${format}`);
        if (options.json)
          return printJson(io, {
            letter: presentLetter(letter),
            guidance: presentGuidance(guidance),
            task,
          });
        io.out(
          savedLetterText(
            letter,
            written,
            guidance,
            task ? [`Task added: ${task.title} (due ${task.due}).`] : [],
          ),
        );
      });
    });

  opinions
    .command('packet <id>')
    .description('the records packet: a cover note, an index and the chosen documents as one PDF')
    .requiredOption('--documents <ids>', 'the documents to include, in order, separated by commas')
    .requiredOption('--out <file>', 'FILE.pdf')
    .option('--lang <lang>', 'the cover note’s language: en | es', 'en')
    .action(async (id: string, options: Record<string, unknown>) => {
      const out = String(options.out);
      if (formatOf(out) !== 'pdf')
        throw invalidInput(
          '--out: the records packet is a PDF; end the file name with .pdf',
          '--out',
        );
      const request = withFlagNames(flagOf, () =>
        parseInput(recordsPacketRequest, {
          documentIds: (text(options.documents) ?? '')
            .split(',')
            .map((d) => d.trim())
            .filter(Boolean),
          lang: text(options.lang),
        }),
      );
      await withRuntime(async ({ services }) => {
        const built = await services.opinions.recordsPacket(localOwner, id, {
          documentIds: request.documentIds,
          lang: request.lang ?? 'en',
        });
        const written = await writeOutFile(out, built.pdf, 'records.pdf');
        io.out(`Wrote the records packet (${built.pages} pages) to ${written}.`);
      });
    });

  opinions
    .command('questions <id>')
    .description('the question list for the visit; --suggest adds the ones for your situation')
    .option('--suggest', 'add the suggested questions not yet on the list')
    .option('--lang <lang>', 'en | es', 'en')
    .option('--json', 'print JSON')
    .action(async (id: string, options: Record<string, unknown>) => {
      const lang = langOf(options.lang);
      await withRuntime(async ({ services }) => {
        const read =
          options.suggest === true
            ? await services.opinions.suggestQuestions(localOwner, id, lang)
            : await services.opinions.get(localOwner, id);
        const { questions } = read.secondOpinion;
        if (options.json) printJson(io, { questions });
        else
          io.out(
            questions.length === 0
              ? 'No questions yet. Add the suggested ones with --suggest.'
              : questions
                  .map((q, i) => `${i + 1}. ${q.text}${q.answer ? `\n   Answer: ${q.answer}` : ''}`)
                  .join('\n'),
          );
      });
    });

  opinions
    .command('referral-refused <id>')
    .description('the plan refused the referral: open an appeal case for it in one step')
    .option('--reason <text>', 'the plan’s reason, in its words')
    .option('--notice-date <date>', 'the date on the refusal, YYYY-MM-DD')
    .option('--json', 'print JSON')
    .action(async (id: string, options: Record<string, unknown>) => {
      const input = parseInput(referralRefusedInput, {
        reason: text(options.reason),
        noticeDate: text(options.noticeDate),
      });
      await withRuntime(async ({ services }) => {
        const opened = await services.opinions.referralRefused(localOwner, id, input);
        if (options.json) printJson(io, opened);
        else
          io.out(
            `Opened appeal case ${opened.appealCaseId} for the refused referral. Next: overturn next ${opened.appealCaseId}`,
          );
      });
    });
}

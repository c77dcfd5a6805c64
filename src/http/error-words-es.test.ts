import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkTransition } from '../cases/appeal-ladder.js';
import { illegalTransition } from '../cases/case-service.js';
import { ladderFor } from '../cases/program-ladders.js';
import { programsEs } from '../cases/case-terms-es.js';
import { notFound, staleVersion } from '../common/errors.js';
import { migrationProblem } from '../backup/backup-format.js';
import { uploadTooLarge } from '../documents/upload-limit.js';
import { ocrTooSlow } from '../intake/read-image.js';
import { planLetterNeeds } from '../letters/letter-facts.js';
import { missingFactsError } from '../letters/letter-service.js';
import { tooFewOpinions } from '../opinions/compare-opinions.js';
import { icd10Problem } from '../opinions/icd10.js';
import { decidedOnProblem } from '../outcomes/outcome-rules.js';
import { problemWith, type DeadlineQuery } from '../deadlines/deadline-query.js';
import { parseInput } from '../common/validation.js';
import {
  reachableFiles,
  scanErrorMessages,
  type FoundMessage,
} from '../testing/scan-error-messages.js';
import { errorLangOf } from './error-handler.js';
import {
  errorWordsEs,
  factLabelsEs,
  notFoundNounsEs,
  spanishErrorMessage,
} from './error-words-es.js';
import { spanishWords, type SpanishWords } from './error-wording.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const es = (english: string) => spanishErrorMessage(english);

describe('the language of an error message', () => {
  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['ES-us;q=0.9, en;q=0.8', 'es'],
    ['es-419,es;q=0.9', 'es'],
    ['en', 'en'],
    ['en-US,es;q=0.9', 'en'],
    ['fr, es', 'en'],
    ['espanol', 'en'],
    ['*', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ] as const)('Accept-Language %j → %s', (header, lang) => {
    expect(errorLangOf(header)).toBe(lang);
  });
});

describe('the server’s error messages in Spanish', () => {
  it('keeps a field path and words the rest', () => {
    expect(es('plan.insurer: is required')).toBe('plan.insurer: es obligatorio');
    expect(es('plan.insurer: must be 200 characters or fewer')).toBe(
      'plan.insurer: debe tener 200 caracteres o menos',
    );
    expect(
      es('claim.procedureCodes.0: must be a 5-character CPT or HCPCS code, such as 97110 or J1745'),
    ).toBe(
      'claim.procedureCodes.0: debe ser un código CPT o HCPCS de 5 caracteres, como 97110 o J1745',
    );
    expect(es('If-Match: must be the case version from its ETag, such as "3"')).toBe(
      'If-Match: debe ser la versión del caso que da su ETag, como "3"',
    );
  });

  it('prefers the pattern with more fixed words', () => {
    expect(es('must be 100 or fewer')).toBe('debe ser 100 o menos');
    expect(es('must be 60 days or fewer')).toBe('debe ser de 60 días o menos');
    expect(es('must be a whole number from 1 to 5')).toBe('debe ser un número entero del 1 al 5');
  });

  it('names what was not found, and keeps the id', () => {
    expect(es(notFound('case', 'abc').message)).toBe('No se encontró ningún caso con el id "abc".');
    expect(es(notFound('letter', 'x1').message)).toBe(
      'No se encontró ninguna carta con el id "x1".',
    );
  });

  it('says a stale version in Spanish', () => {
    expect(es(staleVersion(3).message)).toBe(
      'Alguien cambió este caso después de que usted lo abrió. Vuelva a cargarlo para ver el cambio y después haga el suyo otra vez.',
    );
  });

  it('words the parts of a message that are made elsewhere', () => {
    expect(es(uploadTooLarge(25 * 2 ** 20, 30 * 2 ** 20).message)).toBe(
      'Este archivo pesa 30 MB; el límite es 25 MB. Suba un archivo más pequeño: por ejemplo, solo las páginas importantes, o una foto de menor tamaño.',
    );
    expect(es(uploadTooLarge(25 * 2 ** 20).message)).toMatch(/^Este archivo pasa de 25 MB/);
    expect(es(ocrTooSlow(1000, { kind: 'image' }).message)).toContain('(más de 1 segundo)');
    expect(es(ocrTooSlow(60_000, { kind: 'pdf-page', page: 2 }).message)).toContain(
      'la página 2 de este PDF escaneado tomó demasiado tiempo (más de 60 segundos)',
    );
    expect(es(missingFactsError(planLetterNeeds).message)).toBe(
      'Esta carta necesita datos que el caso todavía no tiene: nombre del paciente, aseguradora, número de miembro, número de reclamación o de referencia. Agréguelos al caso y después vuelva a escribir la carta.',
    );
  });

  it('words a step the ladder refuses, with the statuses in Spanish', () => {
    const ladder = ladderFor('employer-group');
    const check = checkTransition(ladder, 'denied', 'external-review-decided-upheld');
    const refused = check.ok ? undefined : illegalTransition(check.reason, check.allowed);
    expect(es(refused!.message)).toMatch(
      /^"external-review-decided-upheld" no es un paso en las apelaciones de employer-group\. Pasos permitidos: internal-appeal-drafted, /,
    );
    const wrongStep = checkTransition(ladder, 'denied', 'external-review-submitted');
    const message = wrongStep.ok
      ? ''
      : illegalTransition(wrongStep.reason, wrongStep.allowed).message;
    expect(es(message)).toMatch(
      /^Un caso que está en "Denegado, todavía sin apelar" no puede pasar ahora a "Revisión externa: .+"\. Pasos permitidos: /,
    );
  });

  it('words the messages other modules make in English', () => {
    expect(es(icd10Problem('C50-911', 'en'))).toBe(icd10Problem('C50-911', 'es'));
    expect(es(icd10Problem('x'.repeat(80), 'en'))).toBe(icd10Problem('x'.repeat(80), 'es'));
    expect(es(tooFewOpinions('en'))).toBe(tooFewOpinions('es'));
    for (const problem of [
      decidedOnProblem('2030-01-01', { today: '2026-01-01', noticeDate: null }),
      decidedOnProblem('2025-01-01', { today: '2026-01-01', noticeDate: '2025-06-01' }),
    ])
      expect(es(problem!), problem!).toMatch(
        /^decidedOn: 20\d\d-01-01 es anterior|^decidedOn: 20\d\d-01-01 está en el futuro/,
      );
    const query: DeadlineQuery = {
      program: 'medicaid-managed-care',
      state: null,
      notice: 'ire-decision',
      noticeDate: '2026-01-02',
      receivedDate: null,
      urgency: null,
      funding: null,
      networkType: null,
      appealFiledAt: null,
      reviewFiledAt: null,
      reviewerNoticeDate: null,
      timeZone: 'America/Chicago',
      sendByDays: 10,
    };
    expect(es(problemWith(query, '2026-03-01')!.message)).toBe(
      `${programsEs['medicaid-managed-care']} no tiene un aviso "ire-decision"; use uno de estos: initial-denial, final-internal-denial`,
    );
    const finalMa = {
      ...query,
      program: 'medicare-advantage',
      notice: 'final-internal-denial',
    } as const;
    expect(es(problemWith(finalMa, '2026-03-01')!.message)).toMatch(
      /^En Medicare Advantage no hay/,
    );
    for (const problem of [
      migrationProblem(['a', 'b'], ['a'], '9.9.9'),
      migrationProblem(['z'], ['a'], '0.1.0'),
    ])
      expect(es(`${problem!} Nothing was changed.`)).toMatch(
        /^Esta copia|^Este Overturn no conoce/,
      );
  });

  it('words zod’s own messages, for schemas that give none', () => {
    const messageOf = (schema: z.ZodType, input: unknown) => {
      const result = schema.safeParse(input);
      return result.success ? '' : result.error.issues[0]!.message;
    };
    const cases: [z.ZodType, unknown, string][] = [
      [
        z.strictObject({ a: z.string() }),
        { a: 'x', ssn: '1' },
        'este dato no se acepta aquí: "ssn"',
      ],
      [z.strictObject({}), { b: 1, c: 2 }, 'estos datos no se aceptan aquí: "b", "c"'],
      [z.string().max(3), 'abcd', 'debe tener 3 caracteres o menos'],
      [z.string().min(2), 'a', 'debe tener 2 caracteres o más'],
      [z.array(z.string()).max(1), ['a', 'b'], 'debe tener 1 elemento o menos'],
      [z.number().max(5), 6, 'debe ser 5 o menos'],
      [z.number().gt(0), 0, 'debe ser más de 0'],
      [z.string(), 3, 'debe ser texto, no un número'],
      [z.string(), undefined, 'es obligatorio: debe ser texto'],
      [z.enum(['a', 'b']), 'c', 'debe ser uno de estos: "a"|"b"'],
      [z.literal('a'), 'b', 'debe ser "a"'],
      [z.string().regex(/^x$/), 'y', 'no tiene la forma esperada'],
      [z.union([z.string(), z.number()]), null, 'no es válido'],
    ];
    for (const [schema, input, spanish] of cases) {
      const english = messageOf(schema, input);
      expect(es(english), english).toBe(spanish);
    }
    expect(() => parseInput(z.strictObject({ a: z.string() }), { a: 'x', b: 1 }, 'plan')).toThrow(
      /^plan: Unrecognized key: "b"$/,
    );
  });

  it('writes every Spanish wording differently from its English, inventing no values', () => {
    for (const { en, es: spanish } of errorWordsEs) {
      if (typeof spanish !== 'string') continue;
      expect(spanish, en).not.toBe(en);
      const names = (text: string) =>
        [...text.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]).sort();
      // A value may be left out (zod's regular expression), never made up.
      expect(names(en), en).toEqual(expect.arrayContaining(names(spanish)));
    }
  });

  it('answers null for a message it does not know', () => {
    expect(es('A sentence nobody wrote Spanish for.')).toBeNull();
    expect(es('plan.insurer: a sentence nobody wrote Spanish for')).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Coverage: every message the HTTP server can send has its Spanish.

/** What the HTTP server runs: the server, and the services it is given (src/app/services.ts). */
const serverFiles = reachableFiles([
  `${repo}src/http/server.ts`,
  `${repo}src/app/services.ts`,
]).filter((path) => !path.endsWith('.test.ts'));

const found: FoundMessage[] = serverFiles.flatMap((path) =>
  scanErrorMessages(relative(repo, path), readFileSync(path, 'utf8')),
);

/**
 * Message expressions the scanner cannot read as text, and why each is fine: it passes on a
 * message that is checked where it is written, or it is made by a function whose English and
 * Spanish are checked above ("words the messages other modules make in English").
 */
const knownExpressions: Readonly<Record<string, string>> = {
  'src/common/errors.ts: message': 'invalidInput and forbidden pass their message on',
  'src/http/error-handler.ts: messageIn(lang, error.message)':
    'sendError sends the message it is given (in Spanish here)',
  'src/http/error-handler.ts: first?.message': 'a schema’s message, checked where it is written',
  'src/common/validation.ts: issue?.message': 'a schema’s message, checked where it is written',
  'src/http/error-handler.ts: safeErrorFields(error)': 'a log line, not a message',
  "src/opinions/opinion-input.ts: icd10Problem(value, 'en')": 'checked above',
  'src/opinions/opinion-service.ts: tooFewOpinions(lang)': 'checked above',
  'src/outcomes/outcome-service.ts: decidedOnProblem(input.decidedOn, { today, noticeDate: c.denial.noticeDate })':
    'checked above',
};

/** `{}: {}` or `{}{}`: only pieces made elsewhere, each checked where it is written. */
const isComposition = (shape: string) => !/\p{L}/u.test(shape.replaceAll('{}', ''));

/** A message of this shape, with a stand-in for each value: what the translator is asked. */
const sampleOf = (shape: string) => {
  let n = 0;
  return shape.replaceAll('{}', () => `X${++n}`);
};

/**
 * Worded in full: a wording fits the message, and takes from it only the stand-ins and numbers —
 * not English words a looser pattern swallowed ("must be {n} or fewer" fitting "must be {}
 * characters or fewer" would leave "characters" in English).
 */
const wordedInFull = (words: SpanishWords, shape: string) =>
  words.valuesOf(sampleOf(shape))?.every((value) => !/\p{L}/u.test(value.replace(/X\d+/g, ''))) ??
  false;

/** Messages with no Spanish, as "file:line: message" lines, for a failure anyone can act on. */
function withoutSpanish(
  messages: readonly FoundMessage[],
  words: SpanishWords,
  nouns: Readonly<Record<string, string>> = notFoundNounsEs,
  labels: Readonly<Record<string, string>> = factLabelsEs,
): string[] {
  return messages.flatMap((m) => {
    const at = `${m.file}:${m.line}:`;
    switch (m.kind) {
      case 'text':
        return isComposition(m.shape) || wordedInFull(words, m.shape) ? [] : [`${at} ${m.shape}`];
      case 'not-found':
        return m.what in nouns ? [] : [`${at} notFound('${m.what}', …): add it to notFoundNounsEs`];
      case 'fact-label':
        return m.label in labels ? [] : [`${at} missing fact "${m.label}": add it to factLabelsEs`];
      case 'unresolved':
        return `${m.file}: ${m.expression}` in knownExpressions
          ? []
          : [`${at} ${m.expression}: write the message as text, or check it in this test`];
    }
  });
}

describe('every error message the server sends has Spanish (src/http/error-words-es.ts)', () => {
  it('reads the server’s source, and not the command line’s', () => {
    const names = serverFiles.map((path) => relative(repo, path));
    expect(names.length).toBeGreaterThan(150);
    expect(names).toEqual(
      expect.arrayContaining([
        'src/http/error-handler.ts',
        'src/cases/case-service.ts',
        'src/cases/case-input.ts',
        'src/common/errors.ts',
        'src/opinions/opinion-service.ts',
      ]),
    );
    expect(
      names.filter((name) => name.startsWith('src/cli/') || name.includes('-commands')),
    ).toEqual([]);
    expect(found.filter((m) => m.kind === 'text').length).toBeGreaterThan(150);
  });

  it('finds no message without Spanish', () => {
    expect(withoutSpanish(found, spanishWords(errorWordsEs))).toEqual([]);
  });

  it('would catch a Spanish wording taken out', () => {
    const without = (en: string) => spanishWords(errorWordsEs.filter((w) => w.en !== en));
    expect(withoutSpanish(found, without('is required')).join('\n')).toMatch(
      /src\/cases\/case-input\.ts:\d+: is required$/m,
    );
    expect(withoutSpanish(found, without('must be {n} characters or fewer')).join('\n')).toMatch(
      /: must be \{\} characters or fewer$/m,
    );
    expect(
      withoutSpanish(
        found,
        without('A newer version of this document exists: replace that one instead.'),
      ),
    ).toEqual([
      expect.stringMatching(/^src\/documents\/document-service\.ts:\d+: A newer version/),
      expect.stringMatching(/^src\/documents\/document-service\.ts:\d+: A newer version/),
    ]);
    const { case: _case, ...otherNouns } = notFoundNounsEs;
    expect(withoutSpanish(found, spanishWords(errorWordsEs), otherNouns)).toContainEqual(
      expect.stringMatching(/src\/cases\/case-access\.ts:\d+: notFound\('case', …\)/),
    );
    const { insurer: _insurer, ...otherLabels } = factLabelsEs;
    expect(
      withoutSpanish(found, spanishWords(errorWordsEs), notFoundNounsEs, otherLabels),
    ).toContainEqual(expect.stringMatching(/missing fact "insurer"/));
  });

  it('would catch a new message, a new field message and a message it cannot read', () => {
    const source = [
      "import { z } from 'zod';",
      "throw invalidInput(`The plan's fax ${number} did not answer.`, 'fax');",
      "throw conflict('This was already sent.');",
      "throw new AppError('unsupported-file', 'A brand-new refusal.');",
      "throw new AppError('internal', 'Our own failure, never shown as it is.');",
      "throw notFound('fax', id);",
      "const fax = z.string().max(20, 'must be a fax number').regex(/^\\d+$/, { error: 'must be digits' });",
      'const ask = z.enum(["a"], { error: (issue) => (issue.input ? "must be a or nothing" : undefined) });',
      'const bad = z.string().refine(isFax, { message: faxWords(lang) });',
      "const label = { path: 'plan.fax', label: 'fax number' };",
    ].join('\n');
    expect(withoutSpanish(scanErrorMessages('new.ts', source), spanishWords(errorWordsEs))).toEqual(
      [
        "new.ts:2: The plan's fax {} did not answer.",
        'new.ts:3: This was already sent.',
        'new.ts:4: A brand-new refusal.',
        'new.ts:7: must be a fax number',
        'new.ts:7: must be digits',
        'new.ts:8: must be a or nothing',
        'new.ts:9: faxWords(lang): write the message as text, or check it in this test',
        "new.ts:6: notFound('fax', …): add it to notFoundNounsEs",
        'new.ts:10: missing fact "fax number": add it to factLabelsEs',
      ],
    );
  });
});

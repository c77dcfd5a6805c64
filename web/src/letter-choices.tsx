import { useState, type FormEvent, type ReactNode } from 'react';
import { useDraft, versionOf } from './use-draft.js';
import type { LetterRequest } from './api.js';
import type { Lang } from './i18n/language.js';
import { useT } from './i18n/messages.js';
import { letterKindWords } from './letter-kinds.js';
import { TextField } from './text-field.js';
import { useSendOnce } from './use-send-once.js';

/** What the person chose before seeing the letter, as typed (lines of an address in one box). */
export interface LetterChoices {
  readonly kind: LetterRequest['kind'] | '';
  readonly lang: 'en' | 'es';
  /** The language of the steps for the person; null: the letter's. */
  readonly guidanceLang: 'en' | 'es' | null;
  readonly address: string;
  readonly phone: string;
  readonly email: string;
  readonly forSomeone: boolean;
  readonly name: string;
  readonly relationship: string;
  readonly appealsAddress: string;
}

export const noChoices: LetterChoices = {
  kind: '',
  lang: 'en',
  guidanceLang: null,
  address: '',
  phone: '',
  email: '',
  forSomeone: false,
  name: '',
  relationship: '',
  appealsAddress: '',
};

/**
 * Nothing chosen yet. The letter is in English by default (plans and doctors read it); when the
 * app speaks Spanish, the steps for the person are in Spanish by default.
 */
export const noChoicesIn = (appLang: Lang): LetterChoices =>
  appLang === 'es' ? { ...noChoices, guidanceLang: 'es' } : noChoices;

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The request for the server: only what the person filled in. */
export function requestOf(choices: LetterChoices & { kind: LetterRequest['kind'] }): LetterRequest {
  const addressLines = linesOf(choices.address);
  const appealsAddress = linesOf(choices.appealsAddress);
  const sender = {
    ...(choices.forSomeone && choices.name.trim() && { name: choices.name.trim() }),
    ...(choices.forSomeone &&
      choices.relationship.trim() && { relationship: choices.relationship.trim() }),
    ...(addressLines.length > 0 && { addressLines }),
    ...(choices.phone.trim() && { phone: choices.phone.trim() }),
    ...(choices.email.trim() && { email: choices.email.trim() }),
  };
  return {
    kind: choices.kind,
    lang: choices.lang,
    ...(choices.guidanceLang &&
      choices.guidanceLang !== choices.lang && { guidanceLang: choices.guidanceLang }),
    ...(Object.keys(sender).length > 0 && { sender }),
    ...(appealsAddress.length > 0 && { appealsAddress }),
  };
}

/** "Write a letter": which one, in which language, and who sends it → "See the letter". */
export function LetterChoicesForm({
  initial,
  suggested = null,
  draftKey,
  onSubmit,
  problem,
}: {
  initial: LetterChoices;
  /** The letter to show chosen until the person chooses one (the guide's next letter). */
  suggested?: LetterRequest['kind'] | null;
  /** Where the choices wait in this browser until the letter is saved (`forgetDraft` then). */
  draftKey: string;
  /** Writes the letter; an error it throws is shown by `problem`. */
  onSubmit: (choices: LetterChoices & { kind: LetterRequest['kind'] }) => Promise<void>;
  problem: (error: unknown) => ReactNode;
}) {
  const t = useT();
  const w = t.letters.choices;
  const kinds = letterKindWords(t);
  const [choices, change] = useDraft(draftKey, initial, { version: versionOf(initial) });
  const [error, setError] = useState<unknown>(null);
  const [kindMissing, setKindMissing] = useState(false);
  const { sending, send } = useSendOnce();
  const set = change;

  // The person's choice, else the one suggested to them.
  const kind = choices.kind || suggested || '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (kind === '') {
      setKindMissing(true);
      document.getElementById(`letter-kind-${kinds[0]?.kind ?? ''}`)?.focus();
      return;
    }
    setKindMissing(false);
    setError(null);
    void send(async () => {
      try {
        await onSubmit({ ...choices, kind });
      } catch (caught) {
        setError(caught);
      }
    });
  };

  return (
    <form className="letter-choices" onSubmit={submit} noValidate>
      <fieldset className={kindMissing ? 'has-error' : undefined}>
        <legend>{w.which}</legend>
        {kindMissing && (
          <p id="letter-kind-error" className="field-error" role="alert">
            <span className="visually-hidden">{w.errorPrefix}</span>
            {w.chooseOne}
          </p>
        )}
        <ul className="choice-list">
          {kinds.map((words) => {
            const id = `letter-kind-${words.kind}`;
            return (
              <li key={words.kind}>
                <input
                  type="radio"
                  id={id}
                  name="kind"
                  value={words.kind}
                  checked={kind === words.kind}
                  aria-describedby={`${id}-about${kindMissing ? ' letter-kind-error' : ''}`}
                  onChange={() => set({ kind: words.kind })}
                />
                <div>
                  <label htmlFor={id}>{words.name}</label>
                  <p id={`${id}-about`} className="hint">
                    {words.description} {words.when}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <fieldset>
        <legend>{w.letterLang}</legend>
        <LanguageRadios name="lang" value={choices.lang} onChange={(lang) => set({ lang })} />
        <p className="hint">{w.letterLangHint}</p>
      </fieldset>

      <fieldset>
        <legend>{w.stepsLang}</legend>
        <LanguageRadios
          name="guidanceLang"
          value={choices.guidanceLang ?? choices.lang}
          onChange={(guidanceLang) => set({ guidanceLang })}
        />
        <p className="hint">{w.stepsLangHint}</p>
      </fieldset>

      <fieldset>
        <legend>{w.aboutYou}</legend>
        <TextField
          id="sender-address"
          label={w.address}
          hint={w.addressHint}
          lines={3}
          autoComplete="street-address"
          value={choices.address}
          onChange={(address) => set({ address })}
        />
        <TextField
          id="sender-phone"
          label={w.phone}
          type="tel"
          autoComplete="tel"
          className="input-medium"
          value={choices.phone}
          onChange={(phone) => set({ phone })}
        />
        <TextField
          id="sender-email"
          label={w.email}
          type="email"
          autoComplete="email"
          value={choices.email}
          onChange={(email) => set({ email })}
        />
        <div className="field check-field">
          <input
            id="sender-for-someone"
            type="checkbox"
            checked={choices.forSomeone}
            onChange={(event) => set({ forSomeone: event.target.checked })}
          />
          <label htmlFor="sender-for-someone">{w.forSomeone}</label>
        </div>
        {choices.forSomeone && (
          <>
            <TextField
              id="sender-name"
              label={w.name}
              autoComplete="name"
              value={choices.name}
              onChange={(name) => set({ name })}
            />
            <TextField
              id="sender-relationship"
              label={w.relationship}
              hint={w.relationshipHint}
              value={choices.relationship}
              onChange={(relationship) => set({ relationship })}
            />
          </>
        )}
      </fieldset>

      <fieldset>
        <legend>{w.whereItGoes}</legend>
        <TextField
          id="appeals-address"
          label={w.appealsAddress}
          hint={w.appealsAddressHint}
          lines={3}
          value={choices.appealsAddress}
          onChange={(appealsAddress) => set({ appealsAddress })}
        />
      </fieldset>

      {error !== null && problem(error)}
      <div className="actions">
        <button type="submit" disabled={sending}>
          {sending ? w.writing : w.see}
        </button>
      </div>
    </form>
  );
}

/** English or Spanish, as radio buttons, each name in its own language. */
function LanguageRadios({
  name,
  value,
  onChange,
}: {
  name: string;
  value: 'en' | 'es';
  onChange: (lang: 'en' | 'es') => void;
}) {
  return (
    <ul className="choice-list inline">
      {(
        [
          ['en', 'English'],
          ['es', 'Español'],
        ] as const
      ).map(([lang, label]) => (
        <li key={lang}>
          <input
            type="radio"
            id={`${name}-${lang}`}
            name={name}
            value={lang}
            checked={value === lang}
            onChange={() => onChange(lang)}
          />
          <label htmlFor={`${name}-${lang}`} lang={lang}>
            {label}
          </label>
        </li>
      ))}
    </ul>
  );
}

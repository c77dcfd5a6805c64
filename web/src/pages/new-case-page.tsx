import { api, type NewCase } from '../api.js';
import { useT } from '../i18n/messages.js';
import { Link, navigate } from '../router.js';
import { useTitle } from '../use-title.js';
import { caseBody, CaseForm, parseField, type FormValues } from './case-form.js';

/** What a person typed, as the API wants it: empty fields are left out ("not known"). */
function toNewCase(values: FormValues): NewCase {
  const body = caseBody(values, (field, raw) => (raw ? parseField(field, raw) : undefined));
  // The API checks every field again; this shape is what it documents.
  return { claim: {}, denial: {}, ...body } as unknown as NewCase;
}

export function NewCasePage() {
  const words = useT().cases.newCase;
  useTitle(words.title);
  return (
    <>
      <h1>{words.title}</h1>
      <p className="lead">{words.lead}</p>
      <p className="notice">
        {words.fromLetter.before} <Link href="/intake">{words.fromLetter.link}</Link>
        {words.fromLetter.after}
      </p>
      <CaseForm
        initial={{}}
        draftKey="new-case"
        submitLabel={words.submit}
        sendingLabel={words.sending}
        cancelHref="/"
        onSubmit={async (values) => {
          const created = await api.createCase(toNewCase(values));
          navigate(`/cases/${encodeURIComponent(created.id)}`);
        }}
        problem={(error) => (
          <p>
            {words.notOpened} {error.message}
          </p>
        )}
      />
    </>
  );
}

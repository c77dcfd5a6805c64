import { api, type NewCase } from '../api.js';
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
  useTitle('New case');
  return (
    <>
      <h1>New case</h1>
      <p className="lead">
        Copy in what your denial letter says. Fill in what you have: only the fields marked
        “(required)” are needed to open the case.
      </p>
      <p className="notice">
        Have the letter as a file or a photo? <Link href="/intake">Add the denial letter</Link>, and
        Overturn fills in the case for you to check.
      </p>
      <CaseForm
        initial={{}}
        submitLabel="Open the case"
        sendingLabel="Opening the case…"
        cancelHref="/"
        onSubmit={async (values) => {
          const created = await api.createCase(toNewCase(values));
          navigate(`/cases/${encodeURIComponent(created.id)}`);
        }}
        problem={(error) => <p>The case was not opened. {error.message}</p>}
      />
    </>
  );
}

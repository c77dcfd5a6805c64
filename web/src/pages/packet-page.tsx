import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { api, ApiError, type Packet, type PacketRequest, type StoredDocument } from '../api.js';
import { formatDate, formatInstant } from '../format.js';
import { isAppealKind, letterKindName } from '../letter-kinds.js';
import { Link } from '../router.js';
import { TextField } from '../text-field.js';
import { useSendOnce } from '../use-send-once.js';
import { useTitle } from '../use-title.js';
import { CaseNotReady, useCaseLoad } from './case-load.js';

/**
 * The packet to mail or fax: a cover letter, an exhibit index, then the documents chosen in the
 * order chosen, every page numbered. The person ticks documents, moves them up or down, and may
 * add a fax cover page.
 */

const loadPacketChoices = async (id: string) => {
  const [c, letters, documents] = await Promise.all([
    api.getCase(id),
    api.letters(id),
    api.documents(id),
  ]);
  return { case: c, letters: letters.items, documents: documents.items };
};

interface Unreadable {
  readonly title: string;
  readonly reason: string;
}

function unreadableOf(error: unknown): Unreadable[] | null {
  if (!(error instanceof ApiError)) return null;
  const list = error.details['unreadable'];
  if (!Array.isArray(list) || list.length === 0) return null;
  return list.map((entry) => ({
    title: String((entry as Partial<Unreadable>).title ?? ''),
    reason: String((entry as Partial<Unreadable>).reason ?? ''),
  }));
}

const documentName = (document: StoredDocument) =>
  document.title ?? document.originalName ?? `Document added ${formatInstant(document.createdAt)}`;

export function PacketPage({ id }: { id: string }) {
  const [state] = useCaseLoad(id, loadPacketChoices);
  useTitle(state.kind === 'not-found' ? 'Case not found' : 'Build the packet');
  if (state.kind !== 'ready') return <CaseNotReady state={state} title="Build the packet" />;
  const c = state.case;
  const caseHref = `/cases/${encodeURIComponent(c.id)}`;
  return (
    <>
      <h1>Build the packet</h1>
      <p className="lead">
        Case of <span dir="auto">{c.patient.name}</span>, <span dir="auto">{c.plan.insurer}</span>.
        The packet is one PDF: your letter, a list of what is enclosed, then each document. Every
        page is numbered, so nothing gets lost. <Link href={caseHref}>Back to the case</Link>
      </p>
      {state.letters.length === 0 ? (
        <div className="notice">
          <p>The packet starts with a letter, and this case has none saved yet.</p>
          <p>
            <Link href={`${caseHref}/letters`}>Write a letter first</Link>
          </p>
        </div>
      ) : (
        <PacketForm caseId={c.id} letters={state.letters} documents={state.documents} />
      )}
    </>
  );
}

function PacketForm({
  caseId,
  letters,
  documents,
}: {
  caseId: string;
  letters: Awaited<ReturnType<typeof loadPacketChoices>>['letters'];
  documents: readonly StoredDocument[];
}) {
  const newestAppeal = letters.find((letter) => isAppealKind(letter.kind)) ?? letters[0];
  const [letterId, setLetterId] = useState(newestAppeal?.id ?? '');
  const [order, setOrder] = useState(() => documents.map((d) => d.id));
  const [ticked, setTicked] = useState(() => new Set(documents.map((d) => d.id)));
  const [fax, setFax] = useState({ wanted: false, to: '', fax: '', note: '' });
  const [announcement, setAnnouncement] = useState('');
  const [moveFocus, setMoveFocus] = useState<{ id: string; up: boolean } | null>(null);
  const [problem, setProblem] = useState<{ message: string; unreadable: Unreadable[] | null }>();
  const [packet, setPacket] = useState<Packet | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const { sending, send } = useSendOnce();

  const byId = new Map(documents.map((d) => [d.id, d]));

  // After a move the focus stays on the moved document's button, or its other one at an end.
  useEffect(() => {
    if (!moveFocus) return;
    const same = document.getElementById(`move-${moveFocus.up ? 'up' : 'down'}-${moveFocus.id}`);
    const other = document.getElementById(`move-${moveFocus.up ? 'down' : 'up'}-${moveFocus.id}`);
    if (same instanceof HTMLButtonElement && !same.disabled) same.focus();
    else other?.focus();
    setMoveFocus(null);
  }, [moveFocus]);

  useEffect(() => {
    if (packet) resultHeading.current?.focus();
  }, [packet]);

  const move = (index: number, up: boolean) => {
    const to = up ? index - 1 : index + 1;
    const moving = order[index];
    if (moving === undefined || to < 0 || to >= order.length) return;
    const next = [...order];
    next.splice(index, 1);
    next.splice(to, 0, moving);
    setOrder(next);
    setMoveFocus({ id: moving, up });
    const name = byId.get(moving);
    setAnnouncement(
      `${name ? documentName(name) : 'The document'} is now number ${to + 1} of ${order.length}.`,
    );
  };

  const toggle = (docId: string, on: boolean) =>
    setTicked((set) => {
      const next = new Set(set);
      if (on) next.add(docId);
      else next.delete(docId);
      return next;
    });

  const build = (skipUnreadable: boolean) => {
    const request: PacketRequest = {
      letterId,
      documentIds: order.filter((docId) => ticked.has(docId)),
      ...(skipUnreadable && { skipUnreadable }),
      ...(fax.wanted && {
        faxCover: {
          to: fax.to.trim(),
          fax: fax.fax.trim(),
          ...(fax.note.trim() && { note: fax.note.trim() }),
        },
      }),
    };
    void send(async () => {
      setProblem(undefined);
      try {
        setPacket(await api.buildPacket(caseId, request));
      } catch (error) {
        setPacket(null);
        setProblem({ message: (error as Error).message, unreadable: unreadableOf(error) });
      }
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (fax.wanted && (!fax.to.trim() || !fax.fax.trim())) {
      setProblem({
        message: 'For a fax cover page, fill in who it goes to and their fax number.',
        unreadable: null,
      });
      document.getElementById(fax.to.trim() ? 'fax-number' : 'fax-to')?.focus();
      return;
    }
    build(false);
  };

  return (
    <>
      <form onSubmit={submit} noValidate className="packet-form">
        <fieldset>
          <legend>Cover letter</legend>
          <div className="field">
            <label htmlFor="packet-letter">The letter on top</label>
            <select
              id="packet-letter"
              value={letterId}
              onChange={(event) => setLetterId(event.target.value)}
            >
              {letters.map((letter) => (
                <option key={letter.id} value={letter.id}>
                  {letterKindName(letter.kind)}, version {letter.version} (
                  {formatInstant(letter.createdAt)})
                </option>
              ))}
            </select>
          </div>
        </fieldset>

        <fieldset>
          <legend>Documents to enclose</legend>
          {documents.length === 0 ? (
            <p>
              This case has no documents yet. The packet will hold only your letter. To add your
              denial letter, use <Link href="/intake">Add a denial letter</Link>.
            </p>
          ) : (
            <>
              <p className="hint">
                Tick what to send. They go in this order, as Exhibit A, B, C… Use the buttons to
                move one up or down.
              </p>
              <ol className="exhibit-choices">
                {order.map((docId, index) => {
                  const doc = byId.get(docId);
                  if (!doc) return null;
                  const name = documentName(doc);
                  return (
                    <li key={docId}>
                      <div className="check-field">
                        <input
                          type="checkbox"
                          id={`enclose-${docId}`}
                          checked={ticked.has(docId)}
                          onChange={(event) => toggle(docId, event.target.checked)}
                        />
                        <label htmlFor={`enclose-${docId}`} dir="auto">
                          {name}
                        </label>
                      </div>
                      <div className="move-buttons">
                        <button
                          type="button"
                          id={`move-up-${docId}`}
                          className="secondary small"
                          disabled={index === 0}
                          onClick={() => move(index, true)}
                        >
                          Move up<span className="visually-hidden"> {name}</span>
                        </button>
                        <button
                          type="button"
                          id={`move-down-${docId}`}
                          className="secondary small"
                          disabled={index === order.length - 1}
                          onClick={() => move(index, false)}
                        >
                          Move down<span className="visually-hidden"> {name}</span>
                        </button>
                      </div>
                    </li>
                  );
                })}
              </ol>
              <p role="status" className="visually-hidden">
                {announcement}
              </p>
            </>
          )}
        </fieldset>

        <fieldset>
          <legend>Fax cover page (you can skip this)</legend>
          <div className="field check-field">
            <input
              type="checkbox"
              id="fax-wanted"
              checked={fax.wanted}
              onChange={(event) => setFax((f) => ({ ...f, wanted: event.target.checked }))}
            />
            <label htmlFor="fax-wanted">Add a fax cover page</label>
          </div>
          {fax.wanted && (
            <>
              <TextField
                id="fax-to"
                label="Who it goes to"
                required
                value={fax.to}
                onChange={(to) => setFax((f) => ({ ...f, to }))}
              />
              <TextField
                id="fax-number"
                label="Their fax number"
                type="tel"
                className="input-medium"
                required
                value={fax.fax}
                onChange={(number) => setFax((f) => ({ ...f, fax: number }))}
              />
              <TextField
                id="fax-note"
                label="A short note"
                value={fax.note}
                onChange={(note) => setFax((f) => ({ ...f, note }))}
              />
            </>
          )}
        </fieldset>

        {problem && (
          <div role="alert" className="problem">
            {problem.unreadable ? (
              <>
                <p>We could not read these documents, so the packet was not built:</p>
                <UnreadableList entries={problem.unreadable} />
                <p>You can build the packet without them, or untick them and try again.</p>
                <button
                  type="button"
                  className="secondary"
                  disabled={sending}
                  onClick={() => build(true)}
                >
                  Build it without them
                </button>
              </>
            ) : (
              <p>The packet was not built. {problem.message}</p>
            )}
          </div>
        )}
        <div className="actions">
          <button type="submit" disabled={sending}>
            {sending ? 'Building…' : 'Build the packet'}
          </button>
        </div>
      </form>

      {packet && <PacketResult packet={packet} headingRef={resultHeading} />}
    </>
  );
}

function PacketResult({
  packet,
  headingRef,
}: {
  packet: Packet;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  return (
    <section className="panel packet-result" aria-labelledby="packet-title">
      <h2 id="packet-title" ref={headingRef} tabIndex={-1}>
        Your packet is ready
      </h2>
      <p>
        <a href={packet.pdfUrl} download className="button">
          Download the packet ({packet.pages} {packet.pages === 1 ? 'page' : 'pages'})
        </a>
      </p>
      {packet.skipped.length > 0 && (
        <div className="notice">
          <p>Left out because we could not read them:</p>
          <UnreadableList entries={packet.skipped} />
        </div>
      )}
      <h3>Exhibit index</h3>
      {packet.exhibits.length === 0 ? (
        <p>The packet holds only your letter.</p>
      ) : (
        <table className="case-table exhibit-index">
          <caption className="visually-hidden">
            What the packet encloses, and on which pages
          </caption>
          <thead>
            <tr>
              <th scope="col">Exhibit</th>
              <th scope="col">Title</th>
              <th scope="col">Date</th>
              <th scope="col">Pages</th>
            </tr>
          </thead>
          <tbody>
            {packet.exhibits.map((entry) => (
              <tr key={entry.exhibit}>
                <th scope="row">{entry.exhibit}</th>
                <td dir="auto">{entry.title}</td>
                <td>{entry.date ? formatDate(entry.date) : 'No date'}</td>
                <td>
                  {entry.firstPage === entry.lastPage
                    ? entry.firstPage
                    : `${entry.firstPage}–${entry.lastPage}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Documents that could not be read, each with why. */
function UnreadableList({ entries }: { entries: readonly Unreadable[] }) {
  return (
    <ul>
      {entries.map((entry, i) => (
        <li key={i}>
          <span dir="auto">{entry.title}</span>: {entry.reason}
        </li>
      ))}
    </ul>
  );
}

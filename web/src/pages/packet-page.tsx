import { appealGuidePath } from '../guide/appeal-steps.js';
import { GuideReturn } from '../guide/guide-return.js';
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { api, ApiError, type Packet, type PacketRequest, type StoredDocument } from '../api.js';
import { formatDate, formatInstant } from '../format.js';
import { useT, type Messages } from '../i18n/messages.js';
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

const documentName = (t: Messages, document: StoredDocument) =>
  document.title ??
  document.originalName ??
  t.letters.packet.documentAdded(formatInstant(document.createdAt));

export function PacketPage({ id }: { id: string }) {
  const { letters: words } = useT();
  const w = words.packet;
  const [state] = useCaseLoad(id, loadPacketChoices);
  useTitle(state.kind === 'not-found' ? words.page.notFoundTitle : w.title);
  if (state.kind !== 'ready') return <CaseNotReady state={state} title={w.title} />;
  const c = state.case;
  const caseHref = `/cases/${encodeURIComponent(c.id)}`;
  return (
    <>
      <GuideReturn href={appealGuidePath(c.id, 'packet')} />
      <h1>{w.title}</h1>
      <p className="lead">
        {words.page.caseOf} <span dir="auto">{c.patient.name}</span>,{' '}
        <span dir="auto">{c.plan.insurer}</span>. {w.lead}{' '}
        <Link href={caseHref}>{words.page.back}</Link>
      </p>
      {state.letters.length === 0 ? (
        <div className="notice">
          <p>{w.noLetter}</p>
          <p>
            <Link href={`${caseHref}/letters`}>{w.writeFirst}</Link>
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
  const t = useT();
  const w = t.letters.packet;

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
    setAnnouncement(w.moved(name ? documentName(t, name) : w.theDocument, to + 1, order.length));
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
      setProblem({ message: w.fax.missing, unreadable: null });
      document.getElementById(fax.to.trim() ? 'fax-number' : 'fax-to')?.focus();
      return;
    }
    build(false);
  };

  return (
    <>
      <form onSubmit={submit} noValidate className="packet-form">
        <fieldset>
          <legend>{w.cover}</legend>
          <div className="field">
            <label htmlFor="packet-letter">{w.onTop}</label>
            <select
              id="packet-letter"
              value={letterId}
              onChange={(event) => setLetterId(event.target.value)}
            >
              {letters.map((letter) => (
                <option key={letter.id} value={letter.id}>
                  {w.letterOption(
                    letterKindName(t, letter.kind),
                    letter.version,
                    formatInstant(letter.createdAt),
                  )}
                </option>
              ))}
            </select>
          </div>
        </fieldset>

        <fieldset>
          <legend>{w.documents}</legend>
          {documents.length === 0 ? (
            <p>
              {w.noDocuments.before} <Link href="/intake">{w.noDocuments.link}</Link>.
            </p>
          ) : (
            <>
              <p className="hint">{w.orderHint}</p>
              <ol className="exhibit-choices">
                {order.map((docId, index) => {
                  const doc = byId.get(docId);
                  if (!doc) return null;
                  const name = documentName(t, doc);
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
                          {w.moveUp}
                          <span className="visually-hidden"> {name}</span>
                        </button>
                        <button
                          type="button"
                          id={`move-down-${docId}`}
                          className="secondary small"
                          disabled={index === order.length - 1}
                          onClick={() => move(index, false)}
                        >
                          {w.moveDown}
                          <span className="visually-hidden"> {name}</span>
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
          <legend>{w.fax.legend}</legend>
          <div className="field check-field">
            <input
              type="checkbox"
              id="fax-wanted"
              checked={fax.wanted}
              onChange={(event) => setFax((f) => ({ ...f, wanted: event.target.checked }))}
            />
            <label htmlFor="fax-wanted">{w.fax.wanted}</label>
          </div>
          {fax.wanted && (
            <>
              <TextField
                id="fax-to"
                label={w.fax.to}
                required
                value={fax.to}
                onChange={(to) => setFax((f) => ({ ...f, to }))}
              />
              <TextField
                id="fax-number"
                label={w.fax.number}
                type="tel"
                className="input-medium"
                required
                value={fax.fax}
                onChange={(number) => setFax((f) => ({ ...f, fax: number }))}
              />
              <TextField
                id="fax-note"
                label={w.fax.note}
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
                <p>{w.unreadable.intro}</p>
                <UnreadableList entries={problem.unreadable} />
                <p>{w.unreadable.choice}</p>
                <button
                  type="button"
                  className="secondary"
                  disabled={sending}
                  onClick={() => build(true)}
                >
                  {w.unreadable.without}
                </button>
              </>
            ) : (
              <p>{w.notBuilt(problem.message)}</p>
            )}
          </div>
        )}
        <div className="actions">
          <button type="submit" disabled={sending}>
            {sending ? w.building : w.build}
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
  const w = useT().letters.packet.result;
  return (
    <section className="panel packet-result" aria-labelledby="packet-title">
      <h2 id="packet-title" ref={headingRef} tabIndex={-1}>
        {w.title}
      </h2>
      <p>
        <a href={packet.pdfUrl} download className="button">
          {w.download(packet.pages)}
        </a>
      </p>
      {packet.skipped.length > 0 && (
        <div className="notice">
          <p>{w.skipped}</p>
          <UnreadableList entries={packet.skipped} />
        </div>
      )}
      <h3>{w.index}</h3>
      {packet.exhibits.length === 0 ? (
        <p>{w.onlyLetter}</p>
      ) : (
        <table className="case-table exhibit-index">
          <caption className="visually-hidden">{w.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{w.columns.exhibit}</th>
              <th scope="col">{w.columns.title}</th>
              <th scope="col">{w.columns.date}</th>
              <th scope="col">{w.columns.pages}</th>
            </tr>
          </thead>
          <tbody>
            {packet.exhibits.map((entry) => (
              <tr key={entry.exhibit}>
                <th scope="row">{entry.exhibit}</th>
                <td dir="auto">{entry.title}</td>
                <td>{entry.date ? formatDate(entry.date) : w.noDate}</td>
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

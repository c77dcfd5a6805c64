import { useId, useState, type FormEvent } from 'react';
import {
  documentTypeIds,
  documentTypeLabel,
  type DocumentType,
} from '../../src/documents/document-types.js';
import { api, type StoredDocument } from './api.js';
import { vaultFiles } from './evidence-checklist.js';
import { FileChoice } from './file-drop.js';
import { useLang } from './i18n/language.js';
import { useT } from './i18n/messages.js';
import { useSendOnce } from './use-send-once.js';

/** The documents grouped by type, in the order the types are listed. */
function byType(documents: readonly StoredDocument[]) {
  return documentTypeIds
    .map((type) => ({ type, documents: documents.filter((d) => d.type === type) }))
    .filter((group) => group.documents.length > 0);
}

const nameOf = (d: StoredDocument) => d.title ?? d.originalName ?? d.typeLabel;

/**
 * The evidence vault of a case: its documents by type, each with its date, how many versions it
 * has, a download link, "change" (type, title, date), "new version", and delete with a
 * confirmation and an undo. Names people typed are shown as text (React escapes them).
 */
export function DocumentVault({
  caseId,
  documents,
  onChanged,
}: {
  caseId: string;
  documents: readonly StoredDocument[];
  /** After any change: reload the list, and announce the sentence. */
  onChanged: (message: string) => Promise<void>;
}) {
  const words = useT().documents.vault;
  const lang = useLang();
  const [undo, setUndo] = useState<StoredDocument | null>(null);
  const { sending, send } = useSendOnce();
  const [problem, setProblem] = useState<string | null>(null);
  const uploadId = useId();

  const act = (action: () => Promise<string>) =>
    void send(async () => {
      setProblem(null);
      try {
        await onChanged(await action());
      } catch (error) {
        setProblem((error as Error).message);
      }
    });

  return (
    <section className="panel vault-panel" aria-labelledby="vault-title">
      <h2 id="vault-title">{words.title}</h2>
      <p id={`${uploadId}-hint`} className="hint">
        {words.hint}
      </p>
      <FileChoice
        id={`${uploadId}-file`}
        label={words.add}
        accept={vaultFiles}
        disabled={sending}
        describedBy={`${uploadId}-hint`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file)
            act(async () => {
              await api.addDocument(caseId, file);
              return words.added(file.name);
            });
        }}
      />
      {undo && (
        <p className="undo" role="status">
          {words.deleted(nameOf(undo))}{' '}
          <button
            type="button"
            className="secondary"
            disabled={sending}
            onClick={() =>
              act(async () => {
                await api.restoreDocument(caseId, undo.id);
                setUndo(null);
                return words.broughtBack(nameOf(undo));
              })
            }
          >
            {words.undo}
          </button>
        </p>
      )}
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      {documents.length === 0 && <p>{words.none}</p>}
      {byType(documents).map((group) => (
        <section key={group.type} aria-label={documentTypeLabel(group.type, lang)}>
          <h3>{documentTypeLabel(group.type, lang)}</h3>
          <ul className="vault-list">
            {group.documents.map((d) => (
              <VaultRow
                key={d.id}
                caseId={caseId}
                document={d}
                disabled={sending}
                act={act}
                onDeleted={setUndo}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function VaultRow({
  caseId,
  document: d,
  disabled,
  act,
  onDeleted,
}: {
  caseId: string;
  document: StoredDocument;
  disabled: boolean;
  act: (action: () => Promise<string>) => void;
  onDeleted: (document: StoredDocument) => void;
}) {
  const words = useT().documents.vault;
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);

  return (
    <li>
      <p>
        <a href={d.downloadUrl}>{nameOf(d)}</a>
        {d.documentDate && (
          <>
            {' · '}
            <time dateTime={d.documentDate}>{d.documentDate}</time>
          </>
        )}
        {d.versionCount > 1 && (
          <span className="hint"> · {words.version(d.version, d.versionCount)}</span>
        )}
      </p>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => setEditing(!editing)}>
          {editing ? words.close : words.change}
        </button>
        <FileChoice
          id={`${id}-version`}
          label={words.newVersion}
          accept={vaultFiles}
          secondary
          disabled={disabled}
          describedBy={`${id}-name`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file)
              act(async () => {
                await api.addDocument(caseId, file, { replaces: d.id });
                return words.keptVersion(file.name, nameOf(d));
              });
          }}
        />
        {confirming ? (
          <>
            <span id={`${id}-name`}>{words.confirmDelete(nameOf(d))}</span>
            <button
              type="button"
              disabled={disabled}
              onClick={() =>
                act(async () => {
                  await api.deleteDocument(caseId, d.id);
                  onDeleted(d);
                  return words.deletedCanUndo(nameOf(d));
                })
              }
            >
              {words.yesDelete}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {words.keep}
            </button>
          </>
        ) : (
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            <span id={`${id}-name`} className="visually-hidden">
              {nameOf(d)}:{' '}
            </span>
            {words.delete}
          </button>
        )}
      </div>
      {editing && (
        <DocumentLabelsForm
          document={d}
          disabled={disabled}
          onSave={(patch) =>
            act(async () => {
              await api.changeDocument(caseId, d.id, patch);
              setEditing(false);
              return words.saved(nameOf(d));
            })
          }
        />
      )}
    </li>
  );
}

function DocumentLabelsForm({
  document: d,
  disabled,
  onSave,
}: {
  document: StoredDocument;
  disabled: boolean;
  onSave: (patch: { type: DocumentType; title: string | null; date: string | null }) => void;
}) {
  const t = useT();
  const words = t.documents.vault;
  const lang = useLang();
  const id = useId();
  const [type, setType] = useState<DocumentType>(d.type);
  const [title, setTitle] = useState(d.title ?? '');
  const [date, setDate] = useState(d.documentDate ?? '');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSave({ type, title: title.trim() || null, date: date || null });
  };
  return (
    <form className="stack" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-type`}>{words.whatIsIt}</label>
        <select
          id={`${id}-type`}
          value={type}
          onChange={(event) => setType(event.target.value as DocumentType)}
        >
          {documentTypeIds.map((option) => (
            <option key={option} value={option}>
              {documentTypeLabel(option, lang)}
            </option>
          ))}
        </select>
        <p className="hint">{words.typeHint(type)}</p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-title`}>{words.name}</label>
        <input
          id={`${id}-title`}
          type="text"
          maxLength={200}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>{words.date}</label>
        <input
          id={`${id}-date`}
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
        />
      </div>
      <div className="actions">
        <button type="submit" disabled={disabled}>
          {t.common.save}
        </button>
      </div>
    </form>
  );
}

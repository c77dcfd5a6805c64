import { useState } from 'react';
import { api, ApiError } from '../api.js';
import { FileDrop } from '../file-drop.js';
import { Link, navigate } from '../router.js';
import { useSendOnce } from '../use-send-once.js';
import { useTitle } from '../use-title.js';
import { limits } from '../../../src/common/limits.js';

/**
 * Adding a denial letter: the person gives a file or a photo, Overturn reads it (a photo can take
 * a while), and the next page shows what was found for them to check. The size is checked here to
 * spare a long wait, but the server has the last word, and its message is shown as it says it.
 */

const maxBytes = limits.defaultMaxUploadBytes;
const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

function sizeWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function IntakePage() {
  useTitle('Add a denial letter');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** The server doubted this is a denial: the person may say it is one. */
  const [doubted, setDoubted] = useState(false);
  const { sending, send } = useSendOnce();

  const choose = (chosen: File) => {
    if (chosen.size > maxBytes) {
      setFile(null);
      setProblem(
        `This file is ${sizeWords(chosen.size)}. The limit is ${megabytes(maxBytes)} MB. Try a smaller file, for example only the pages of the letter that matter.`,
      );
      return;
    }
    setProblem(null);
    setDoubted(false);
    setFile(chosen);
  };

  const read = ({ anyway = false } = {}) => {
    if (!file) {
      setProblem('Choose a file first, or take a photo of the letter.');
      return;
    }
    void send(async () => {
      setProblem(null);
      setDoubted(false);
      try {
        const draft = await api.readDocument(file, { anyway });
        navigate(`/intake/${encodeURIComponent(draft.id)}`);
      } catch (error) {
        setProblem((error as Error).message);
        setDoubted(error instanceof ApiError && error.details.notADenial === true);
      }
    });
  };

  return (
    <>
      <h1>Add a denial letter</h1>
      <p className="lead">
        Add the letter from your health plan that says no, or the explanation of benefits (EOB).
        Overturn reads it and fills in your case. Then you check what it found.
      </p>
      <section className="panel intake-upload" aria-labelledby="upload-title">
        <h2 id="upload-title">Your letter</h2>
        <p id="intake-files-hint" className="hint">
          A PDF, a photo or scan (PNG or JPEG), a text file, or a health-record file from your
          plan’s app (FHIR JSON). Up to {megabytes(maxBytes)} MB.
        </p>
        <p className="stays-here">
          Your file stays on this computer. Overturn reads it here and does not send it anywhere.
        </p>
        <FileDrop disabled={sending} describedBy="intake-files-hint" onFile={choose} />
        <p className="chosen" aria-live="polite">
          {file ? (
            <>
              Chosen: <strong>{file.name}</strong> ({sizeWords(file.size)})
            </>
          ) : (
            'No file chosen yet.'
          )}
        </p>
        <div className="actions">
          <button type="button" onClick={() => read()} disabled={sending}>
            {sending ? 'Reading…' : 'Read the letter'}
          </button>
          <Link href="/">Cancel</Link>
        </div>
        <p role="status" className="reading">
          {sending &&
            'Reading your document… this can take up to a minute for a photo or scan. Please keep this page open.'}
        </p>
        <div role="alert" className={problem ? 'problem' : undefined}>
          {problem && <p>The letter was not read. {problem}</p>}
          {doubted && (
            <button
              type="button"
              className="secondary"
              onClick={() => read({ anyway: true })}
              disabled={sending}
            >
              It is a denial: read it anyway
            </button>
          )}
        </div>
      </section>
      <p>
        Rather type it in? <Link href="/cases/new">Open a new case</Link> and copy in what the
        letter says.
      </p>
    </>
  );
}

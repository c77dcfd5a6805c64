import { appealSteps } from '../guide/appeal-steps.js';
import { GuideStrip } from '../guide/guide-strip.js';
import { useState } from 'react';
import { api, ApiError } from '../api.js';
import { FileDrop } from '../file-drop.js';
import { Link, navigate } from '../router.js';
import { useSendOnce } from '../use-send-once.js';
import { useTitle } from '../use-title.js';
import { useT } from '../i18n/messages.js';
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
  const t = useT();
  const words = t.intake.add;
  useTitle(words.title);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** The server doubted this is a denial: the person may say it is one. */
  const [doubted, setDoubted] = useState(false);
  const { sending, send } = useSendOnce();

  const choose = (chosen: File) => {
    if (chosen.size > maxBytes) {
      setFile(null);
      setProblem(words.tooBig(sizeWords(chosen.size), megabytes(maxBytes)));
      return;
    }
    setProblem(null);
    setDoubted(false);
    setFile(chosen);
  };

  const read = ({ anyway = false } = {}) => {
    if (!file) {
      setProblem(words.chooseFirst);
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
      <GuideStrip all={appealSteps} current="letter" name={(step) => t.guide.appeal[step].name} />
      <h1>{words.title}</h1>
      <p className="lead">{words.lead}</p>
      <section className="panel intake-upload" aria-labelledby="upload-title">
        <h2 id="upload-title">{words.letterTitle}</h2>
        <p id="intake-files-hint" className="hint">
          {words.filesHint(megabytes(maxBytes))}
        </p>
        <p className="stays-here">{words.staysHere}</p>
        <FileDrop disabled={sending} describedBy="intake-files-hint" onFile={choose} />
        <p className="chosen" aria-live="polite">
          {file ? (
            <>
              {words.chosen.before} <strong>{file.name}</strong>{' '}
              {words.chosen.after(sizeWords(file.size))}
            </>
          ) : (
            words.noFile
          )}
        </p>
        <div className="actions">
          <button type="button" onClick={() => read()} disabled={sending}>
            {sending ? words.reading : words.read}
          </button>
          <Link href="/">{t.common.cancel}</Link>
        </div>
        <p role="status" className="reading">
          {sending && words.readingStatus}
        </p>
        <div role="alert" className={problem ? 'problem' : undefined}>
          {problem && <p>{words.notRead(problem)}</p>}
          {doubted && (
            <button
              type="button"
              className="secondary"
              onClick={() => read({ anyway: true })}
              disabled={sending}
            >
              {words.readAnyway}
            </button>
          )}
        </div>
      </section>
      <p>
        {words.typeInstead.before} <Link href="/cases/new">{words.typeInstead.link}</Link>{' '}
        {words.typeInstead.after}
      </p>
    </>
  );
}

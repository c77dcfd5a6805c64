import { useState } from 'react';
import { api } from './api.js';
import { useT } from './i18n/messages.js';
import { navigate } from './router.js';
import { useSendOnce } from './use-send-once.js';

/**
 * "Not the right letter?": puts a letter that was read but not yet checked aside, with its file,
 * after the person confirms. A letter already opened as a case is not shown this.
 */
export function DiscardDraft({ id }: { id: string }) {
  const words = useT().intake.check.discard;
  const { sending, send } = useSendOnce();
  const [problem, setProblem] = useState<string | null>(null);
  const discard = () => {
    if (!window.confirm(words.confirm)) return;
    void send(async () => {
      setProblem(null);
      try {
        await api.discardDraft(id);
        navigate('/');
      } catch (error) {
        setProblem((error as Error).message);
      }
    });
  };
  return (
    <div className="discard-draft">
      <p>
        {words.question}{' '}
        <button type="button" className="link-button" disabled={sending} onClick={discard}>
          {words.button}
        </button>
      </p>
      <div role="alert">{problem && <p className="problem">{problem}</p>}</div>
    </div>
  );
}

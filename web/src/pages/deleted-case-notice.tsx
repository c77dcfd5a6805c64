import { useState } from 'react';
import { api } from '../api.js';
import { useT } from '../i18n/messages.js';
import { navigate } from '../router.js';
import { useSendOnce } from '../use-send-once.js';

/** After a case is deleted, the case list says so and offers to undo it (`?deleted=ID`). */
export function DeletedCaseNotice({ onRestored }: { onRestored: () => void }) {
  const words = useT().cases.deleted;
  const deletedId = new URLSearchParams(window.location.search).get('deleted');
  const [message, setMessage] = useState<string | null>(null);
  const { sending, send } = useSendOnce();

  const undo = (id: string) =>
    send(async () => {
      try {
        const restored = await api.restoreCase(id);
        setMessage(words.restored(restored.patient.name));
        navigate('/cases', { replace: true });
        onRestored();
      } catch (error) {
        setMessage((error as Error).message);
      }
    });

  if (message)
    return (
      <p role="status" className="notice">
        {message}
      </p>
    );
  if (!deletedId) return null;
  return (
    <p role="status" className="notice">
      {words.deleted}{' '}
      <button
        type="button"
        className="link-button"
        disabled={sending}
        onClick={() => void undo(deletedId)}
      >
        {words.undo}
      </button>
    </p>
  );
}

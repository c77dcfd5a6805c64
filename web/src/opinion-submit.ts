import { useState, type FormEvent } from 'react';
import { useSendOnce } from './use-send-once.js';

/**
 * A form's "send": once at a time, the last error kept for the form to show (by field, or above
 * the button), cleared when the form is sent again. `action` is read at the moment of sending, so
 * it sees what the person typed last.
 */
export function useSubmit(action: () => Promise<void>): {
  readonly submit: (event?: FormEvent) => void;
  readonly sending: boolean;
  readonly error: unknown;
} {
  const [error, setError] = useState<unknown>(null);
  const { sending, send } = useSendOnce();
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    void send(async () => {
      setError(null);
      try {
        await action();
      } catch (caught) {
        setError(caught);
      }
    });
  };
  return { submit, sending, error };
}

import { useCallback, useRef, useState } from 'react';

/**
 * One send at a time. A second click before React has re-rendered the disabled button does nothing,
 * so a double-click never opens two cases or adds a note twice. Errors reach the caller's action.
 */
export function useSendOnce(): {
  readonly sending: boolean;
  readonly send: (action: () => Promise<void>) => Promise<void>;
} {
  const [sending, setSending] = useState(false);
  const busy = useRef(false);
  const send = useCallback(async (action: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setSending(true);
    try {
      await action();
    } finally {
      busy.current = false;
      setSending(false);
    }
  }, []);
  return { sending, send };
}

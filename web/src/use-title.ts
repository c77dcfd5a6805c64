import { useEffect } from 'react';
import { useT } from './i18n/messages.js';

/** Names the browser tab after the page, so people (and screen readers) know where they are. */
export function useTitle(title: string): void {
  const { appName } = useT().common;
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}

import { useState } from 'react';
import { chooseLang, useT } from './messages.js';

/**
 * "Español" / "English": one button, written in the language it switches to (and marked so, for
 * screen readers). Nothing typed on the page is lost: the page only shows again in the new words.
 */
export function LanguageSwitch() {
  const t = useT();
  const [switching, setSwitching] = useState(false);
  const { switchTo, switchLang, switching: switchingWords } = t.common.language;
  const change = () => {
    if (switching) return;
    setSwitching(true);
    void chooseLang(switchLang === 'es' ? 'es' : 'en').finally(() => setSwitching(false));
  };
  return (
    <button
      type="button"
      className="language-switch"
      lang={switchLang}
      onClick={change}
      aria-busy={switching}
    >
      {switching ? switchingWords : switchTo}
    </button>
  );
}

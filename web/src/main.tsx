import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { preferredLang } from './i18n/language.js';
import { chooseLang } from './i18n/messages.js';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
// The person's language is loaded before the first paint, so no page shows English first.
void chooseLang(preferredLang(), { remember: false }).finally(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

import { appealPath, type AppealStep } from './guide/appeal-steps.js';
import { isGuidedStep } from './guide/guided-path.js';
import { opinionPath, type OpinionStep } from './guide/opinion-steps.js';
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/** A tiny router over the History API: the path is the state, links push to it. */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const currentPath = () => window.location.pathname;

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

const currentHash = () => window.location.hash;

/** The address's `#part`, e.g. `#calls` after following "Log the call". */
export function useHash(): string {
  return useSyncExternalStore(subscribe, currentHash);
}

export function navigate(to: string, { replace = false } = {}): void {
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  // A link to a part of the page already shown (`/cases/ID#calls`) goes to that part; a page
  // that is still loading goes there itself once it is ready (`focusHash`).
  if (!focusHash()) window.scrollTo(0, 0);
  for (const listener of listeners) listener();
}

/**
 * Scrolls to the part of the page that the address's `#hash` names and moves the focus to it, so a
 * keyboard or screen reader user lands there too. False when there is no hash or no such part (yet).
 */
export function focusHash(hash = window.location.hash): boolean {
  const id = decodeURIComponent(hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return false;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  return true;
}

export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'cases' }
  | { readonly page: 'new-case' }
  | { readonly page: 'deadlines' }
  | { readonly page: 'case'; readonly id: string }
  | { readonly page: 'edit-case'; readonly id: string }
  | { readonly page: 'letters'; readonly id: string }
  | { readonly page: 'packet'; readonly id: string }
  | { readonly page: 'intake' }
  | { readonly page: 'check-draft'; readonly id: string }
  | { readonly page: 'opinions' }
  | { readonly page: 'new-opinion' }
  | { readonly page: 'opinion'; readonly id: string }
  | { readonly page: 'opinion-compare'; readonly id: string }
  | { readonly page: 'opinion-questions'; readonly id: string }
  | { readonly page: 'appeal-guide'; readonly id: string; readonly step: AppealStep | null }
  | { readonly page: 'opinion-guide'; readonly id: string; readonly step: OpinionStep | null }
  | { readonly page: 'glossary' }
  | { readonly page: 'not-found' };

export function routeOf(path: string): Route {
  if (path === '/') return { page: 'home' };
  if (path === '/cases' || path === '/cases/') return { page: 'cases' };
  if (path === '/words' || path === '/words/') return { page: 'glossary' };
  if (path === '/cases/new') return { page: 'new-case' };
  if (path === '/deadlines' || path === '/deadlines/') return { page: 'deadlines' };
  if (path === '/intake' || path === '/intake/') return { page: 'intake' };
  const draft = /^\/intake\/([^/]+)\/?$/.exec(path);
  if (draft?.[1]) return { page: 'check-draft', id: decodeURIComponent(draft[1]) };
  const match = /^\/cases\/([^/]+)\/?$/.exec(path);
  if (match?.[1]) return { page: 'case', id: decodeURIComponent(match[1]) };
  const edit = /^\/cases\/([^/]+)\/edit\/?$/.exec(path);
  if (edit?.[1]) return { page: 'edit-case', id: decodeURIComponent(edit[1]) };
  const letters = /^\/cases\/([^/]+)\/letters\/?$/.exec(path);
  if (letters?.[1]) return { page: 'letters', id: decodeURIComponent(letters[1]) };
  const packet = /^\/cases\/([^/]+)\/packet\/?$/.exec(path);
  if (packet?.[1]) return { page: 'packet', id: decodeURIComponent(packet[1]) };
  return opinionRouteOf(path) ?? guideRouteOf(path) ?? { page: 'not-found' };
}

/** The guided paths: `/guide/KIND/ID` (pick up where you left off) and `/guide/KIND/ID/STEP`. */
function guideRouteOf(path: string): Route | null {
  const match = /^\/guide\/(appeal|opinion)\/([^/]+)(?:\/([^/]+))?\/?$/.exec(path);
  if (!match?.[2]) return null;
  const id = decodeURIComponent(match[2]);
  const step = match[3] ?? null;
  if (match[1] === 'appeal') {
    if (step !== null && !isGuidedStep(appealPath, step)) return null;
    return { page: 'appeal-guide', id, step };
  }
  if (step !== null && !isGuidedStep(opinionPath, step)) return null;
  return { page: 'opinion-guide', id, step };
}

/** Second opinions: the list, the check and new case, a case, its questions, its comparison. */
function opinionRouteOf(path: string): Route | null {
  if (path === '/opinions' || path === '/opinions/') return { page: 'opinions' };
  if (path === '/opinions/new' || path === '/opinions/new/') return { page: 'new-opinion' };
  const match = /^\/opinions\/([^/]+)(?:\/(compare|questions))?\/?$/.exec(path);
  if (!match?.[1]) return null;
  const id = decodeURIComponent(match[1]);
  if (match[2] === 'compare') return { page: 'opinion-compare', id };
  if (match[2] === 'questions') return { page: 'opinion-questions', id };
  return { page: 'opinion', id };
}

/** An ordinary link that changes pages without a reload; modified clicks keep browser behaviour. */
export function Link({
  href,
  onClick,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={follow} {...rest} />;
}

import { Suspense, useEffect, useRef } from 'react';
import { HomePage } from './home/home-page.js';
import { LanguageSwitch } from './i18n/language-switch.js';
import { useT } from './i18n/messages.js';
import {
  AppealGuidePage,
  OpinionGuidePage,
  CheckDraftPage,
  DeadlinesPage,
  EditCasePage,
  GlossaryPage,
  IntakePage,
  LettersPage,
  NewCasePage,
  NewOpinionPage,
  OpinionComparePage,
  OpinionListPage,
  OpinionPage,
  OpinionQuestionsPage,
  PacketPage,
} from './lazy-pages.js';
import { CaseListPage } from './pages/case-list-page.js';
import { CasePage } from './pages/case-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { Link, routeOf, usePath, type Route } from './router.js';

function PageFor({ route }: { route: Route }) {
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'cases':
      return <CaseListPage />;
    case 'new-case':
      return <NewCasePage />;
    case 'deadlines':
      return <DeadlinesPage />;
    case 'case':
      return <CasePage key={route.id} id={route.id} />;
    case 'edit-case':
      return <EditCasePage key={route.id} id={route.id} />;
    case 'letters':
      return <LettersPage key={route.id} id={route.id} />;
    case 'packet':
      return <PacketPage key={route.id} id={route.id} />;
    case 'intake':
      return <IntakePage />;
    case 'check-draft':
      return <CheckDraftPage key={route.id} id={route.id} />;
    case 'opinions':
      return <OpinionListPage />;
    case 'new-opinion':
      return <NewOpinionPage />;
    case 'opinion':
      return <OpinionPage key={route.id} id={route.id} />;
    case 'opinion-compare':
      return <OpinionComparePage key={route.id} id={route.id} />;
    case 'opinion-questions':
      return <OpinionQuestionsPage key={route.id} id={route.id} />;
    case 'appeal-guide':
      return <AppealGuidePage key={route.id} id={route.id} step={route.step} />;
    case 'opinion-guide':
      return <OpinionGuidePage key={route.id} id={route.id} step={route.step} />;
    case 'glossary':
      return <GlossaryPage />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

export function App() {
  const path = usePath();
  const route = routeOf(path);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a page change, a screen reader starts reading at the new page, not at the old link.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // A page that moved the focus itself (a guided step's heading) keeps it.
    if (!main.current?.contains(document.activeElement)) main.current?.focus();
  }, [path]);

  const t = useT();
  const { nav } = t.common;
  const current = (page: Route['page']) => (route.page === page ? 'page' : undefined);

  return (
    <>
      <a className="skip-link" href="#main">
        {t.common.skipToMain}
      </a>
      <header className="site-header">
        <div className="bar">
          <Link href="/" className="brand">
            {t.common.appName}
          </Link>
          <nav aria-label={t.common.mainNav}>
            <ul>
              <li>
                <Link href="/" aria-current={current('home')}>
                  {nav.home}
                </Link>
              </li>
              <li>
                <Link href="/cases" aria-current={current('cases')}>
                  {nav.cases}
                </Link>
              </li>
              <li>
                <Link href="/deadlines" aria-current={current('deadlines')}>
                  {nav.deadlines}
                </Link>
              </li>
              <li>
                <Link href="/cases/new" aria-current={current('new-case')}>
                  {nav.newCase}
                </Link>
              </li>
              <li>
                <Link href="/opinions" aria-current={current('opinions')}>
                  {nav.opinions}
                </Link>
              </li>
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<p role="status">{t.common.loading}</p>}>
          <PageFor route={route} />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>
          {t.common.footer} <Link href="/words">{t.glossary.title}</Link>
        </p>
      </footer>
    </>
  );
}

import { useEffect, useRef } from 'react';
import { CaseListPage } from './pages/case-list-page.js';
import { CasePage } from './pages/case-page.js';
import { CheckDraftPage } from './pages/check-draft-page.js';
import { DeadlinesPage } from './pages/deadlines-page.js';
import { EditCasePage } from './pages/edit-case-page.js';
import { IntakePage } from './pages/intake-page.js';
import { NewCasePage } from './pages/new-case-page.js';
import { LettersPage } from './pages/letters-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { PacketPage } from './pages/packet-page.js';
import { NewOpinionPage } from './pages/opinion-new-page.js';
import { OpinionComparePage } from './pages/opinion-compare-page.js';
import { OpinionListPage } from './pages/opinion-list-page.js';
import { OpinionPage } from './pages/opinion-page.js';
import { OpinionQuestionsPage } from './pages/opinion-questions-page.js';
import { Link, routeOf, usePath, type Route } from './router.js';

function PageFor({ route }: { route: Route }) {
  switch (route.page) {
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
    main.current?.focus();
  }, [path]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="bar">
          <Link href="/" className="brand">
            Overturn
          </Link>
          <nav aria-label="Main">
            <ul>
              <li>
                <Link href="/" aria-current={route.page === 'cases' ? 'page' : undefined}>
                  Cases
                </Link>
              </li>
              <li>
                <Link
                  href="/deadlines"
                  aria-current={route.page === 'deadlines' ? 'page' : undefined}
                >
                  All deadlines
                </Link>
              </li>
              <li>
                <Link
                  href="/cases/new"
                  aria-current={route.page === 'new-case' ? 'page' : undefined}
                >
                  New case
                </Link>
              </li>
              <li>
                <Link
                  href="/opinions"
                  aria-current={route.page === 'opinions' ? 'page' : undefined}
                >
                  Second opinions
                </Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <PageFor route={route} />
      </main>
      <footer className="site-footer">
        <p>Overturn helps you appeal. It is not legal advice.</p>
      </footer>
    </>
  );
}

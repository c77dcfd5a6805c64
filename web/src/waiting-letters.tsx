import { useEffect, useState } from 'react';
import { api, type DraftSummaryView } from './api.js';
import { denialCategories } from '../../src/cases/case-terms.js';
import { formatInstant } from './format.js';
import { Link } from './router.js';

/**
 * Letters read but not yet checked, so none is forgotten halfway. Shows nothing while loading, when
 * there are none, or when they could not be loaded: the cases below matter more.
 */
export function WaitingLetters() {
  const [items, setItems] = useState<DraftSummaryView[]>([]);

  useEffect(() => {
    let current = true;
    api.waitingDrafts().then(
      (page) => current && setItems(page.items),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  if (items.length === 0) return null;
  return (
    <section className="panel waiting-letters" aria-labelledby="waiting-title">
      <h2 id="waiting-title">Letters waiting for you to check</h2>
      <ul>
        {items.map((d) => (
          <li key={d.id}>
            <Link href={`/intake/${encodeURIComponent(d.id)}`}>{letterName(d)}</Link>
            <span className="case-meta">
              {[
                d.insurerName,
                categoryName(d.denialCategory),
                `added ${formatInstant(d.createdAt)}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function letterName(d: DraftSummaryView): string {
  if (d.patientName) return `Letter for ${d.patientName}`;
  return d.documentName ?? 'A letter';
}

function categoryName(category: string | null): string | null {
  if (!category) return null;
  return (denialCategories as Readonly<Record<string, string>>)[category] ?? null;
}

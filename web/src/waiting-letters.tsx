import { useEffect, useState } from 'react';
import { api, type DraftSummaryView } from './api.js';
import { formatInstant } from './format.js';
import { useT, type Messages } from './i18n/messages.js';
import { Link } from './router.js';

/**
 * Letters read but not yet checked, so none is forgotten halfway. Shows nothing while loading, when
 * there are none, or when they could not be loaded: the cases below matter more.
 */
export function WaitingLetters() {
  const t = useT();
  const words = t.cases.waiting;
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
      <h2 id="waiting-title">{words.title}</h2>
      <ul>
        {items.map((d) => (
          <li key={d.id}>
            <Link href={`/intake/${encodeURIComponent(d.id)}`}>{letterName(d, words)}</Link>
            <span className="case-meta">
              {[
                d.insurerName,
                categoryName(d.denialCategory, t),
                words.added(formatInstant(d.createdAt)),
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

function letterName(d: DraftSummaryView, words: Messages['cases']['waiting']): string {
  if (d.patientName) return words.letterFor(d.patientName);
  return d.documentName ?? words.aLetter;
}

function categoryName(category: string | null, t: Messages): string | null {
  if (!category) return null;
  const labels: Readonly<Record<string, string>> = t.cases.choices.denialCategories;
  return labels[category] ?? null;
}

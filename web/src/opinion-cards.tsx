import { useState } from 'react';
import type { Opinion } from '../../src/opinions/opinion.js';
import { api } from './api.js';
import { useT } from './i18n/messages.js';
import { OpinionFacts, opinionName } from './opinion-facts.js';
import { OpinionForm } from './opinion-form.js';
import { useSendOnce } from './use-send-once.js';

/**
 * The opinions gathered, one card each, with "Change" (the form opens in the card) and "Remove"
 * (asked twice); then the form to add the next one.
 */
export function OpinionCards({
  caseId,
  opinions,
  onChanged,
}: {
  caseId: string;
  opinions: readonly Opinion[];
  onChanged: (message: string) => void;
}) {
  const t = useT();
  const w = t.opinions.cards;
  return (
    <>
      {opinions.length === 0 ? (
        <p>{w.none}</p>
      ) : (
        <ul className="opinion-cards">
          {opinions.map((opinion) => (
            <OpinionCard
              key={`${opinion.id}.${opinion.updatedAt}`}
              caseId={caseId}
              opinion={opinion}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
      <section className="panel add-opinion" aria-labelledby="add-opinion-title">
        <h3 id="add-opinion-title">{opinions.length === 0 ? w.addFirst : w.addAnother}</h3>
        <OpinionForm
          caseId={caseId}
          first={opinions.length === 0}
          onSaved={(saved) => onChanged(w.added(opinionName(t, saved)))}
        />
      </section>
    </>
  );
}

function OpinionCard({
  caseId,
  opinion,
  onChanged,
}: {
  caseId: string;
  opinion: Opinion;
  onChanged: (message: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { sending, send } = useSendOnce();
  const t = useT();
  const w = t.opinions.cards;
  const titleId = `opinion-${opinion.id}-title`;
  const remove = () =>
    void send(async () => {
      try {
        await api.opinions.removeOpinion(caseId, opinion.id);
        onChanged(w.removed(opinionName(t, opinion)));
      } catch (error) {
        setProblem((error as Error).message);
      }
    });

  return (
    <li className="panel opinion-card" aria-labelledby={titleId}>
      <h3 id={titleId} dir="auto">
        {opinionName(t, opinion)}
      </h3>
      {editing ? (
        <OpinionForm
          caseId={caseId}
          opinion={opinion}
          first={opinion.position === 1}
          onSaved={(saved) => {
            setEditing(false);
            onChanged(w.saved(opinionName(t, saved)));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <OpinionFacts opinion={opinion} />
          <div className="actions">
            <button
              type="button"
              className="secondary"
              aria-describedby={titleId}
              onClick={() => setEditing(true)}
            >
              {w.change}
            </button>
            {confirming ? (
              <>
                <span>{w.removeAsk}</span>
                <button type="button" disabled={sending} onClick={remove}>
                  {w.removeYes}
                </button>
                <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                  {w.keep}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="secondary"
                aria-describedby={titleId}
                onClick={() => setConfirming(true)}
              >
                {w.remove}
              </button>
            )}
          </div>
          {problem && (
            <p role="alert" className="problem">
              {problem}
            </p>
          )}
        </>
      )}
    </li>
  );
}

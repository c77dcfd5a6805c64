import { useReducer } from 'react';
import { api, type EvidenceChecklist, type StoredDocument } from '../api.js';
import { DocumentVault } from '../document-vault.js';
import { EvidenceChecklistPanel } from '../evidence-checklist.js';
import { useT } from '../i18n/messages.js';
import { LoadProblem } from '../load-problem.js';
import { useLoaded } from '../use-loaded.js';

interface Evidence {
  readonly checklist: EvidenceChecklist;
  readonly documents: StoredDocument[];
}

const loadEvidence = async (caseId: string): Promise<Evidence> => {
  const [checklist, { items }] = await Promise.all([api.evidence(caseId), api.documents(caseId)]);
  return { checklist, documents: items };
};

/**
 * The evidence part of the case page (`#evidence`, where "See what to gather" leads): the checklist
 * with the missing essentials first, then the documents vault. One loader for both, since a
 * document added in either place ticks the checklist and shows in the vault; each change is told to
 * the page (`onChanged`), whose next step and timeline move with it.
 */
export function CaseEvidence({
  caseId,
  version,
  onChanged,
}: {
  caseId: string;
  version: number;
  onChanged: (message: string) => void;
}) {
  const words = useT().cases.evidence;
  // Moves after each change, to load the checklist and the documents again.
  const [changes, countChange] = useReducer((n: number) => n + 1, 0);
  const [state, retry] = useLoaded(() => loadEvidence(caseId), [caseId, version, changes]);
  const changed = (message: string) => {
    countChange();
    onChanged(message);
  };
  return (
    <div
      id="evidence"
      className="case-area"
      tabIndex={-1}
      // Named by its first heading once shown, so a jump here (`#evidence`) is read out by name.
      {...(state.kind === 'ready' && { role: 'group', 'aria-labelledby': 'evidence-title' })}
    >
      {state.kind === 'loading' && <p role="status">{words.loading}</p>}
      {state.kind === 'failed' && (
        <LoadProblem what={words.what} message={state.message} onRetry={retry} />
      )}
      {state.kind === 'ready' && (
        <>
          <EvidenceChecklistPanel
            caseId={caseId}
            checklist={state.value.checklist}
            onChanged={(_checklist, message) => changed(message)}
          />
          <DocumentVault
            caseId={caseId}
            documents={state.value.documents}
            onChanged={async (message) => changed(message)}
          />
        </>
      )}
    </div>
  );
}

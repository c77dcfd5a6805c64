import { useState } from 'react';
import { api, type Draft } from './api.js';
import { useT } from './i18n/messages.js';
import { navigate } from './router.js';
import { useSendOnce } from './use-send-once.js';

type DenialRow = NonNullable<Draft['reading']['denialList']>[number];

const text = (value: unknown) => (typeof value === 'string' && value ? value : '—');
const money = (value: unknown) => (typeof value === 'number' ? `$${value.toFixed(2)}` : '—');

/**
 * A health-record file (a payer's export of Explanations of Benefits) often holds several denied
 * claims. This lists them all and reads another one on request: the same stored file, read again
 * for that claim, as a new letter to check.
 */
export function HealthRecordDenials({ draft }: { draft: Draft }) {
  const words = useT().intake.document.denials;
  const list = draft.reading.denialList ?? [];
  const current = draft.reading.denialNumber ?? 1;
  const { sending, send } = useSendOnce();
  const [problem, setProblem] = useState<string | null>(null);
  if (list.length < 2) return null;

  const readOther = (number: number) =>
    void send(async () => {
      setProblem(null);
      try {
        const other = await api.readOtherDenial(draft, number);
        navigate(`/intake/${encodeURIComponent(other.id)}`);
      } catch (error) {
        setProblem((error as Error).message);
      }
    });

  return (
    <section className="health-record-denials" aria-labelledby="denials-title">
      <h3 id="denials-title">{words.title(list.length)}</h3>
      <p>{words.checking(current)}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{words.claim}</th>
            <th scope="col">{words.serviceDate}</th>
            <th scope="col">{words.provider}</th>
            <th scope="col">{words.billed}</th>
            <th scope="col">
              <span className="visually-hidden">{words.action}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.map((row: DenialRow, index) => {
            const number = index + 1;
            return (
              <tr key={number} aria-current={number === current ? 'true' : undefined}>
                <td>{number}</td>
                <td>{text(row.claimNumber)}</td>
                <td>{text(row.serviceDate)}</td>
                <td>{text(row.providerName)}</td>
                <td>{money(row.amountBilled)}</td>
                <td>
                  {number === current ? (
                    words.checkingNow
                  ) : (
                    <button
                      type="button"
                      className="secondary"
                      disabled={sending}
                      onClick={() => readOther(number)}
                    >
                      {words.read(number)}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div role="alert">{problem && <p className="problem">{problem}</p>}</div>
    </section>
  );
}

/** What a step's page will hold, said before the person goes there: a line, then the list. */
export function StepContents({ lead, parts }: { lead: string; parts: readonly string[] }) {
  return (
    <>
      <p>{lead}</p>
      <ul>
        {parts.map((part) => (
          <li key={part}>{part}</li>
        ))}
      </ul>
    </>
  );
}

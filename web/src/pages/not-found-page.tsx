import { Link } from '../router.js';
import { useTitle } from '../use-title.js';

export function NotFoundPage({
  title = 'Page not found',
  message = 'There is no page at this address.',
}: {
  title?: string;
  message?: string;
}) {
  useTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <Link href="/">Go back to your cases</Link>
      </p>
    </>
  );
}

import { Link } from '../router.js';
import { useT } from '../i18n/messages.js';
import { useTitle } from '../use-title.js';

export function NotFoundPage({
  title: pageTitle,
  message: pageMessage,
}: {
  title?: string;
  message?: string;
}) {
  const words = useT().cases.notFound;
  const title = pageTitle ?? words.title;
  const message = pageMessage ?? words.message;
  useTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <Link href="/">{words.back}</Link>
      </p>
    </>
  );
}

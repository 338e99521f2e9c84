import { useT } from '../i18n/LocaleProvider.tsx';
import { Alert } from './Alert.tsx';
import { problemTitle } from './problem.ts';

/** The title (and detail) of a failed request, announced at once. */
export function FormProblem({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  const title = problemTitle(error, t);
  const detail =
    typeof error === 'object' && error !== null && 'problem' in error
      ? (error as { problem: { detail?: string } }).problem.detail
      : undefined;
  return (
    <Alert tone="error" title={title}>
      {detail && detail !== title ? <p>{detail}</p> : null}
    </Alert>
  );
}

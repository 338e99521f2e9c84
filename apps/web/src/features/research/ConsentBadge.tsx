import type { ConsentStatus } from '@timantti/contracts';
import { consentStatusKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Badge } from '../../ui/Badge.tsx';

const tones = {
  valid: 'success',
  expired: 'warning',
  withdrawn: 'warning',
  missing: 'neutral',
} as const;

/** Whether material may be linked to a participant: voimassa / vanhentunut / peruttu / puuttuu. */
export function ConsentBadge({
  status,
  erased = false,
  withLabel = false,
}: {
  status: ConsentStatus;
  erased?: boolean;
  /** Says "Consent:" before the status where no column header does. */
  withLabel?: boolean;
}) {
  const t = useT();
  if (erased) return <Badge>{t('participant.erased')}</Badge>;
  const text = t(consentStatusKey(status));
  return (
    <Badge tone={tones[status]}>
      {withLabel ? t('consent.statusLabel', { status: text }) : text}
    </Badge>
  );
}

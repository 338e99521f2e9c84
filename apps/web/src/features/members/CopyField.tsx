import { useState } from 'react';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { TextField } from '../../ui/TextField.tsx';

/** A read-only value with a button that copies it to the clipboard. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const t = useT();
  const [message, setMessage] = useState('');
  return (
    <div className="copy-field">
      <TextField label={label} value={value} isReadOnly className="copy-field__input" />
      <Button
        variant="secondary"
        onPress={() => {
          navigator.clipboard.writeText(value).then(
            () => setMessage(t('common.copied')),
            () => setMessage(t('common.copyFailed')),
          );
        }}
      >
        {t('common.copy')}
      </Button>
      <LiveMessage message={message} />
      {message ? (
        <p className="copy-field__message" aria-hidden="true">
          {message}
        </p>
      ) : null}
    </div>
  );
}

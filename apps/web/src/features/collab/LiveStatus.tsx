import { formatList } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Alert } from '../../ui/Alert.tsx';
import type { ConnectionState, Presence } from './useLiveDocument.ts';

/** Whether the live document is connected, and who else has it open. */
export function LiveStatus({
  connection,
  synced,
  presence,
  me,
  readOnly,
}: {
  connection: ConnectionState;
  synced: boolean;
  presence: readonly Presence[];
  me: { id: string };
  readOnly: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  if (connection === 'refused') {
    return <Alert tone="error">{t('board.connection.refused')}</Alert>;
  }
  const people = presence.map((p) =>
    p.userId === me.id ? t('board.presence.me', { name: p.name }) : p.name,
  );
  return (
    <div className="board-status">
      <p role="status" className="board-status__connection">
        {connection === 'connected' && synced
          ? t('board.connection.live')
          : connection === 'disconnected'
            ? t('board.connection.offline')
            : t('board.connection.connecting')}
        {readOnly ? ` ${t('board.readOnly')}` : ''}
      </p>
      {people.length > 0 ? (
        <p className="board-status__people">
          {t('board.presence.label', { people: formatList(locale, people) })}
        </p>
      ) : null}
    </div>
  );
}

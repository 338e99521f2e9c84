import { formatList } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import type { ConnectionState, Presence } from './useLiveDocument.ts';

/**
 * Whether the live document is connected, who else has it open, and whether a newer release
 * has taken it over (`outdated`), which only a reload undoes.
 */
export function LiveStatus({
  connection,
  synced,
  presence,
  me,
  readOnly,
  outdated,
}: {
  connection: ConnectionState;
  synced: boolean;
  presence: readonly Presence[];
  me: { id: string };
  readOnly: boolean;
  outdated: boolean;
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
      {outdated ? (
        <Alert tone="warning">
          <p>{t('live.outdated')}</p>
          <Button variant="secondary" onPress={() => window.location.reload()}>
            {t('live.reload')}
          </Button>
        </Alert>
      ) : null}
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

import { useSuspenseQuery } from '@tanstack/react-query';
import { personasQuery } from '../../api/personas.ts';
import { PersonaAvatar } from '../../features/personas/PersonaAvatar.tsx';
import { SynthesisPageHeader } from '../../features/synthesis/SynthesisPageHeader.tsx';
import { useSynthesisProject } from '../../features/synthesis/useSynthesisProject.ts';
import { formatNumber } from '../../i18n/format.ts';
import { personaKindKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Link } from '../../ui/Link.tsx';

/** The project's personas and customer stories, each with how much evidence stands behind it. */
export function PersonasPage() {
  const t = useT();
  const { locale } = useLocale();
  const { projectId, synthesis, canWrite } = useSynthesisProject();
  const personas = useSuspenseQuery(personasQuery(projectId)).data.items;
  const count = (n: number) => formatNumber(locale, n);

  return (
    <>
      <SynthesisPageHeader
        title={t('persona.list.title')}
        intro={t('persona.list.intro')}
        actions={
          canWrite ? (
            <Link appearance="button" href={synthesis.newPersona()}>
              {t('persona.new.open')}
            </Link>
          ) : null
        }
      />
      <div role="status" className="result-count">
        {t('persona.list.count', { count: personas.length })}
      </div>
      {personas.length === 0 ? (
        <div className="empty-state">
          <p>{canWrite ? t('persona.list.emptyEdit') : t('persona.list.empty')}</p>
        </div>
      ) : (
        <ul className="persona-list">
          {personas.map((persona) => {
            const headingId = `persona-${persona.id}-title`;
            return (
              <li key={persona.id}>
                <article className="card persona-card" aria-labelledby={headingId}>
                  <div className="persona-card__head">
                    <PersonaAvatar persona={persona} />
                    <div>
                      <h2 id={headingId} className="persona-card__name" lang={persona.language}>
                        <Link href={synthesis.persona(persona.id)}>{persona.name}</Link>
                      </h2>
                      <p className="persona-card__meta">
                        <Badge tone="info">{t(personaKindKey(persona.kind))}</Badge>{' '}
                        <span lang={persona.language}>{persona.segment}</span>
                      </p>
                    </div>
                  </div>
                  {persona.quote ? (
                    <p className="persona-card__quote" lang={persona.language}>
                      ”{persona.quote}”
                    </p>
                  ) : null}
                  <dl className="evidence__facts">
                    <div>
                      <dt>{t('persona.evidenceCount')}</dt>
                      <dd>{count(persona.evidenceCount)}</dd>
                    </div>
                    <div>
                      <dt>{t('persona.participantCount')}</dt>
                      <dd>{count(persona.participantCount)}</dd>
                    </div>
                  </dl>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

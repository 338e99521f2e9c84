import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { PersonaField } from '@timantti/contracts';
import { useState, type ReactNode } from 'react';
import { deletePersona, personaQuery, personasKey } from '../../api/personas.ts';
import { FieldEvidence } from '../../features/personas/FieldEvidence.tsx';
import { PersonaAvatar } from '../../features/personas/PersonaAvatar.tsx';
import { PersonaExport } from '../../features/personas/PersonaExport.tsx';
import { InsightEvidenceItem } from '../../features/synthesis/InsightEvidenceItem.tsx';
import { SynthesisPageHeader } from '../../features/synthesis/SynthesisPageHeader.tsx';
import { useSynthesisProject } from '../../features/synthesis/useSynthesisProject.ts';
import { formatDate } from '../../i18n/format.ts';
import { personaFieldKey, personaKindKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Alert } from '../../ui/Alert.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { Link } from '../../ui/Link.tsx';

const route = getRouteApi(
  '/signed-in/o/$orgSlug/projects/$projectId/synthesis/personas/$personaId',
);

/**
 * One persona or customer story: every field with the evidence behind it (participant code and
 * session, or "withdrawn" once its participant was erased), how many people stand behind it,
 * the evidence itself, and its export as SVG and PNG.
 */
export function PersonaPage() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { personaId } = route.useParams();
  const { projectId, synthesis } = useSynthesisProject();
  const persona = useSuspenseQuery(personaQuery(projectId, personaId)).data;
  const [problem, setProblem] = useState('');
  const evidence = new Map(persona.evidence.map((item) => [item.id, item]));

  const field = (name: PersonaField, content: ReactNode, isEmpty: boolean) => (
    <section className="persona-field" aria-labelledby={`persona-${name}-heading`}>
      <h2 id={`persona-${name}-heading`}>{t(personaFieldKey(name))}</h2>
      {isEmpty ? <p className="muted">{t('persona.field.empty')}</p> : content}
      <FieldEvidence ids={persona.citations[name]} evidence={evidence} />
    </section>
  );
  const list = (items: readonly string[]) => (
    <ul className="persona-field__list" lang={persona.language}>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );

  return (
    <>
      <p>
        <Link href={synthesis.personas()}>← {t('persona.backToList')}</Link>
      </p>
      <SynthesisPageHeader
        title={persona.name}
        actions={
          <>
            <PersonaExport persona={persona} onProblem={setProblem} />
            {persona.abilities.edit ? (
              <>
                <Link appearance="button-secondary" href={synthesis.editPersona(persona.id)}>
                  {t('persona.edit.open')}
                </Link>
                <ConfirmDialog
                  trigger={<Button variant="secondary">{t('persona.delete.open')}</Button>}
                  title={t('persona.delete.title', { name: persona.name })}
                  confirmLabel={t('persona.delete.confirm')}
                  onConfirm={() =>
                    deletePersona(projectId, personaId).then(() => {
                      queryClient.removeQueries({
                        queryKey: personaQuery(projectId, personaId).queryKey,
                      });
                      void queryClient.invalidateQueries({ queryKey: personasKey(projectId) });
                      void navigate({ href: synthesis.personas() });
                    })
                  }
                >
                  <p>{t('persona.delete.text')}</p>
                </ConfirmDialog>
              </>
            ) : null}
          </>
        }
      >
        <div className="persona-profile">
          <PersonaAvatar persona={persona} size="large" />
          <div>
            <p>
              <Badge tone="info">{t(personaKindKey(persona.kind))}</Badge>
            </p>
            <p className="insight__behind">
              {t('persona.behind', {
                participantCount: persona.participantCount,
                sessionCount: persona.sessionCount,
              })}
            </p>
            <dl className="evidence__facts">
              <div>
                <dt>{t('persona.createdAt')}</dt>
                <dd>{formatDate(locale, persona.createdAt)}</dd>
              </div>
            </dl>
          </div>
        </div>
      </SynthesisPageHeader>
      {problem ? <Alert tone="error">{problem}</Alert> : null}

      <div className="persona-fields">
        {field('segment', <p lang={persona.language}>{persona.segment}</p>, !persona.segment)}
        {field('needs', list(persona.needs), persona.needs.length === 0)}
        {field('goals', list(persona.goals), persona.goals.length === 0)}
        {field('frustrations', list(persona.frustrations), persona.frustrations.length === 0)}
        {field(
          'quote',
          <blockquote className="persona-field__quote" lang={persona.language}>
            {persona.quote}
          </blockquote>,
          !persona.quote,
        )}
        {field(
          'story',
          <p className="preserve-lines" lang={persona.language}>
            {persona.story}
          </p>,
          !persona.story,
        )}
      </div>

      <section aria-labelledby="persona-evidence-heading">
        <h2 id="persona-evidence-heading">
          {t('persona.evidence.title', { count: persona.evidenceCount })}
        </h2>
        {persona.evidence.length === 0 ? (
          <p>{t('persona.evidence.none')}</p>
        ) : (
          <ol className="evidence-list insight-evidence">
            {persona.evidence.map((item) => (
              <li key={item.id}>
                <InsightEvidenceItem item={item} isRemoving={false} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

import { useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { MethodCard } from '@timantti/contracts';
import { useState } from 'react';
import { isApiError } from '../api/client.ts';
import {
  deleteMethodCard,
  methodCardQuery,
  methodCardsKey,
  restoreMethodCard,
} from '../api/method-cards.ts';
import { organisationQuery, projectQuery } from '../api/queries.ts';
import { useDocumentTitle } from '../features/layout/document-title.ts';
import { MethodCardBody } from '../features/method-cards/MethodCardBody.tsx';
import { MethodCardCompare } from '../features/method-cards/MethodCardCompare.tsx';
import { MethodCardFacts } from '../features/method-cards/MethodCardFacts.tsx';
import { methodToolPath } from '../features/method-cards/tool-path.ts';
import { formatDate } from '../i18n/format.ts';
import { methodToolKey } from '../i18n/keys.ts';
import { useLocale, useT } from '../i18n/LocaleProvider.tsx';
import { paths } from '../paths.ts';
import { Badge } from '../ui/Badge.tsx';
import { Button } from '../ui/Button.tsx';
import { ConfirmDialog } from '../ui/Dialog.tsx';
import { Link } from '../ui/Link.tsx';
import { LiveMessage } from '../ui/LiveMessage.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';

const route = getRouteApi('/signed-in/o/$orgSlug/methods/$key');

/** Who last edited the organisation's copy or own card, and when. */
function EditedLine({ card }: { card: MethodCard }) {
  const t = useT();
  const { locale } = useLocale();
  if (!card.updatedAt) return null;
  const date = formatDate(locale, card.updatedAt);
  const text =
    card.origin === 'own'
      ? t('methods.ownBy', { name: card.updatedBy ?? '–', date })
      : card.updatedBy
        ? t('methods.editedBy', { name: card.updatedBy, date })
        : t('methods.editedOn', { date });
  return <p className="method-card__edited">{text}</p>;
}

/**
 * A method card: what it is for, when, how, and — opened from a project — a link to the
 * project's tool that does it. Whoever keeps the organisation's cards edits its copy here,
 * compares it with the shipped card and restores the shipped text.
 */
export function MethodCardPage() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { org } = route.useRouteContext();
  const { key } = route.useParams();
  const { project: projectId } = route.useSearch();
  const organisation = useSuspenseQuery(organisationQuery(org.id)).data;
  const card = useSuspenseQuery(methodCardQuery(org.id, key, locale)).data;
  // A project of another organisation, or one the reader cannot see, gives no tool link.
  const project = useQuery({ ...projectQuery(projectId ?? ''), enabled: Boolean(projectId) });
  const fromProject = project.data?.organisationId === org.id ? project.data : null;
  const [comparing, setComparing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  useDocumentTitle(card.content.title, t('methods.title'), organisation.name);

  const keep = (next: MethodCard) => {
    queryClient.setQueryData(methodCardQuery(org.id, key, locale).queryKey, next);
    void queryClient.invalidateQueries({ queryKey: methodCardsKey(org.id) });
  };
  const shipped = card.shipped;

  return (
    <article className="method-card" aria-labelledby="method-card-title">
      <LiveMessage message={announcement} />
      <p className="page-header__context">
        {fromProject ? (
          <Link href={paths.project(org.slug, fromProject.id)}>
            {t('methods.backToProject', { project: fromProject.name })}
          </Link>
        ) : (
          <Link href={paths.methods(org.slug)}>{t('methods.backToList')}</Link>
        )}
      </p>
      <div className="page-header">
        <div>
          <PageHeading>
            <span id="method-card-title" lang={card.language}>
              {card.content.title}
            </span>
          </PageHeading>
          {card.customised || card.origin === 'own' ? (
            <p className="method-summary__badges">
              <Badge tone="info">
                {card.origin === 'own' ? t('methods.badge.own') : t('methods.badge.customised')}
              </Badge>
            </p>
          ) : null}
          <EditedLine card={card} />
        </div>
        {card.abilities.edit ? (
          <div className="method-card__actions">
            <Link appearance="button-secondary" href={paths.editMethod(org.slug, key)}>
              {t('methods.edit.open')}
            </Link>
            {card.customised && shipped ? (
              <Button
                variant="secondary"
                aria-expanded={comparing}
                aria-controls="method-compare"
                onPress={() => setComparing((open) => !open)}
              >
                {comparing ? t('methods.compare.close') : t('methods.compare.open')}
              </Button>
            ) : null}
            {card.abilities.restore && card.version !== null ? (
              <ConfirmDialog
                trigger={<Button variant="secondary">{t('methods.restore.open')}</Button>}
                title={t('methods.restore.title')}
                confirmLabel={t('methods.restore.confirm')}
                variant="primary"
                onConfirm={async () => {
                  const version = card.version ?? 0;
                  try {
                    keep(
                      await restoreMethodCard(org.id, key, { version, language: card.language }),
                    );
                  } catch (error) {
                    // Someone changed the card meanwhile: show what is saved, and say why.
                    if (isApiError(error, 409))
                      void queryClient.invalidateQueries({ queryKey: methodCardsKey(org.id) });
                    throw error;
                  }
                  setComparing(false);
                  setAnnouncement(t('methods.restore.done'));
                }}
              >
                <p>{t('methods.restore.body')}</p>
              </ConfirmDialog>
            ) : null}
            {card.abilities.delete ? (
              <ConfirmDialog
                trigger={<Button variant="secondary">{t('methods.delete.open')}</Button>}
                title={t('methods.delete.title', { title: card.content.title })}
                confirmLabel={t('methods.delete.confirm')}
                onConfirm={async () => {
                  await deleteMethodCard(org.id, key);
                  void queryClient.invalidateQueries({ queryKey: methodCardsKey(org.id) });
                  void navigate({ href: paths.methods(org.slug) });
                }}
              >
                <p>{t('methods.delete.body')}</p>
              </ConfirmDialog>
            ) : null}
          </div>
        ) : null}
      </div>

      {comparing && shipped ? (
        <MethodCardCompare id="method-compare" card={card} shipped={shipped} />
      ) : null}

      <MethodCardFacts content={card.content} />

      <aside className="method-card__use" aria-labelledby="method-use-title">
        <h2 id="method-use-title">{t('methods.section.tool')}</h2>
        {!card.content.tool ? (
          <p>{t('methods.noTool')}</p>
        ) : fromProject ? (
          <>
            <p>{t('methods.useItIn', { project: fromProject.name })}</p>
            <Link
              appearance="button"
              href={methodToolPath(card.content.tool, org.slug, fromProject.id)}
            >
              {t('methods.useIt', { tool: t(methodToolKey(card.content.tool)) })}
            </Link>
          </>
        ) : (
          <>
            <p>{t(methodToolKey(card.content.tool))}</p>
            <p className="field__description">{t('methods.useItHint')}</p>
          </>
        )}
      </aside>

      <MethodCardBody card={card} />
    </article>
  );
}

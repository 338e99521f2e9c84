import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useRef, useState } from 'react';
import {
  evidenceQuery,
  participantsQuery,
  researchSessionsQuery,
  sourcesQuery,
  tagsQuery,
} from '../../api/research-queries.ts';
import { EvidenceCard } from '../../features/research/evidence/EvidenceCard.tsx';
import { EvidenceForm } from '../../features/research/evidence/EvidenceForm.tsx';
import { ResearchPageHeader } from '../../features/research/ResearchPageHeader.tsx';
import { useHashTarget } from '../../features/research/useHashTarget.ts';
import { useResearchProject } from '../../features/research/useResearchProject.ts';
import { validateEvidenceSearch } from '../../features/research/evidence/evidence-search.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { LoadMore } from '../../ui/LoadMore.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Select } from '../../ui/Select.tsx';

const route = getRouteApi('/signed-in/o/$orgSlug/projects/$projectId/research/evidence');
const ALL = 'all';

/** The project's evidence: filter by tag or participant, tag items, write evidence directly. */
export function EvidencePage() {
  const t = useT();
  const { projectId, canWrite } = useResearchProject();
  const address = route.useSearch();
  const search = useMemo(() => validateEvidenceSearch(address), [address]);
  const navigate = route.useNavigate();
  const evidence = useInfiniteQuery({
    ...evidenceQuery(projectId, search),
    placeholderData: keepPreviousData,
  });
  const listRef = useRef<HTMLDivElement>(null);
  const tags = useQuery(tagsQuery(projectId)).data?.items ?? [];
  const participants = useQuery(participantsQuery(projectId)).data?.items ?? [];
  const sessions = useQuery(researchSessionsQuery(projectId)).data?.items ?? [];
  const sources = useQuery(sourcesQuery(projectId)).data?.items ?? [];
  const [writing, setWriting] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const writeRef = useRef<HTMLButtonElement>(null);
  useHashTarget(evidence.data);

  const closeForm = () => {
    setWriting(false);
    requestAnimationFrame(() => writeRef.current?.focus());
  };
  const items = evidence.data?.pages.flatMap((page) => page.items) ?? [];
  const total = evidence.data?.pages[0]?.total ?? items.length;

  return (
    <>
      <ResearchPageHeader
        title={t('evidence.list.title')}
        intro={t('evidence.list.intro')}
        actions={
          canWrite && !writing ? (
            <Button
              ref={writeRef}
              onPress={() => {
                setWriting(true);
                requestAnimationFrame(() =>
                  document
                    .getElementById('write-evidence-heading')
                    ?.parentElement?.querySelector<HTMLElement>('button, input, textarea')
                    ?.focus(),
                );
              }}
            >
              {t('evidence.write.button')}
            </Button>
          ) : null
        }
      />
      <LiveMessage message={announcement} />
      {writing ? (
        <EvidenceForm
          projectId={projectId}
          participants={participants}
          sessions={sessions}
          sources={sources}
          tags={tags}
          onCreated={closeForm}
          onCancel={closeForm}
          onAnnounce={setAnnouncement}
        />
      ) : null}

      <form
        role="search"
        aria-label={t('evidence.filters')}
        className="filters research-filters"
        onSubmit={(event) => event.preventDefault()}
      >
        <Select
          label={t('evidence.filterTag')}
          options={[
            { id: ALL, label: t('evidence.allTags') },
            ...tags.map((tag) => ({ id: tag.id, label: tag.name })),
          ]}
          value={search.tagId ?? ALL}
          onChange={(id) =>
            void navigate({
              search: { ...search, tagId: id === ALL ? undefined : id },
              replace: true,
            })
          }
        />
        <Select
          label={t('evidence.filterParticipant')}
          options={[
            { id: ALL, label: t('evidence.allParticipants') },
            ...participants.map((p) => ({ id: p.id, label: p.code })),
          ]}
          value={search.participantId ?? ALL}
          onChange={(id) =>
            void navigate({
              search: { ...search, participantId: id === ALL ? undefined : id },
              replace: true,
            })
          }
        />
      </form>

      <div role="status" className="result-count">
        {evidence.data
          ? items.length < total
            ? t('evidence.list.countShown', { shownCount: items.length, count: total })
            : t('evidence.list.count', { count: total })
          : null}
      </div>
      {evidence.isPending ? (
        <Loading />
      ) : evidence.isError ? (
        <FormProblem error={evidence.error} />
      ) : items.length === 0 ? (
        <div className="empty-state">
          <p>
            {search.tagId || search.participantId
              ? t('evidence.list.noMatches')
              : t('evidence.list.empty')}
          </p>
        </div>
      ) : (
        <>
          <div className="evidence-list" aria-busy={evidence.isPlaceholderData} ref={listRef}>
            {items.map((item) => (
              <EvidenceCard
                key={item.id}
                item={item}
                tags={tags}
                sessionTitle={sessions.find((s) => s.id === item.sessionId)?.title ?? null}
                sourceTitle={sources.find((s) => s.id === item.sourceId)?.title ?? null}
                onAnnounce={setAnnouncement}
              />
            ))}
          </div>
          <LoadMore
            query={evidence}
            count={items.length}
            list={listRef}
            focusable="article.evidence"
            label={t('evidence.list.loadMore')}
          />
        </>
      )}
    </>
  );
}

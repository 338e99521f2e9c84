import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { CONCEPT_NAME_MAX, type Idea, type VotingRound } from '@timantti/contracts';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import {
  addDot,
  closeVotingRound,
  deleteIdea,
  ideasKey,
  ideasQuery,
  removeDot,
  removeSketch,
  updateIdea,
  votingRoundsQuery,
} from '../../api/ideas.ts';
import { conceptsKey, createConcept } from '../../api/concepts.ts';
import { insightsQuery } from '../../api/insights.ts';
import { IdeaForm } from '../../features/ideas/IdeaForm.tsx';
import { IdeaTextEdit } from '../../features/ideas/IdeaTextEdit.tsx';
import { VotingRoundForm } from '../../features/ideas/VotingRoundForm.tsx';
import { useHashTarget } from '../../features/research/useHashTarget.ts';
import { SynthesisPageHeader } from '../../features/synthesis/SynthesisPageHeader.tsx';
import { useSynthesisProject } from '../../features/synthesis/useSynthesisProject.ts';
import { excerpt } from '../../i18n/format.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';

const inRound = (round: VotingRound, idea: Idea) =>
  round.insightId === null || round.insightId === idea.insightId;

/**
 * The project's ideas, the dot-voting round under way (each idea's dot buttons, the dots left
 * read out after every vote) and the results of closed rounds, and picking ideas to develop.
 */
export function IdeasPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { projectId, synthesis } = useSynthesisProject();
  const ideaList = useSuspenseQuery(ideasQuery(projectId)).data;
  // A search hit links to its idea's heading.
  useHashTarget(ideaList);
  const rounds = useSuspenseQuery(votingRoundsQuery(projectId)).data.items;
  const insights = useQuery(insightsQuery(projectId)).data?.items ?? [];
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const ideas = ideaList.items;
  const active = rounds.find((round) => round.status === 'open') ?? null;
  const closed = rounds.filter((round) => round.status === 'closed');
  const textOf = (ideaId: string) => ideas.find((idea) => idea.id === ideaId)?.text ?? '';
  const questionOf = (insightId: string | null) =>
    insights.find((insight) => insight.id === insightId)?.hmw ?? '';

  const refresh = () => queryClient.invalidateQueries({ queryKey: ideasKey(projectId) });
  const act = useMutation({
    mutationFn: async (action: () => Promise<string>) => action(),
    onMutate: () => setProblem(null),
    onSuccess: (done) => setMessage(done),
    onError: (failure) => {
      setMessage('');
      setProblem(failure);
    },
    onSettled: refresh,
  });

  const vote = (round: VotingRound, idea: Idea, change: 'add' | 'remove') =>
    act.mutate(async () => {
      const next =
        change === 'add'
          ? await addDot(projectId, round.id, idea.id)
          : await removeDot(projectId, round.id, idea.id);
      // The last dot's button goes quiet: focus stays on the idea, on its add button.
      if (change === 'remove' && !next.myVotes[idea.id]) {
        document.getElementById(`add-dot-${idea.id}`)?.focus();
      }
      const done = change === 'add' ? t('round.dotAdded') : t('round.dotRemoved');
      return `${done} ${t('round.remaining', { count: next.remaining })}`;
    });

  return (
    <>
      <SynthesisPageHeader title={t('idea.list.title')} intro={t('idea.list.intro')} />
      <LiveMessage message={message} />
      <FormProblem error={problem} />

      {ideaList.abilities.add ? (
        <IdeaForm projectId={projectId} insights={insights} onDone={setMessage} />
      ) : null}

      <section className="idea-round" aria-labelledby="round-heading">
        <h2 id="round-heading">{t('round.heading')}</h2>
        {active ? (
          <div className="card idea-round__active">
            <h3>{t('round.active', { title: active.title })}</h3>
            <p>
              {t('round.budget', { count: active.budget })} ·{' '}
              {active.allowStacking ? t('round.rules.stacking') : t('round.rules.single')}{' '}
              {t('round.rules.hidden')}
            </p>
            {active.openedBy ? (
              <p className="muted">{t('round.openedBy', { name: active.openedBy.displayName })}</p>
            ) : null}
            {active.abilities.vote ? (
              <p className="idea-round__remaining" aria-hidden="true">
                {t('round.remaining', { count: active.remaining })}
              </p>
            ) : null}
            {active.abilities.close ? (
              <Button
                variant="secondary"
                isPending={act.isPending}
                onPress={() =>
                  act.mutate(async () => {
                    await closeVotingRound(projectId, active.id);
                    return t('round.closed');
                  })
                }
              >
                {t('round.close')}
              </Button>
            ) : null}
          </div>
        ) : ideaList.abilities.openRound ? (
          <VotingRoundForm projectId={projectId} insights={insights} onDone={setMessage} />
        ) : (
          <p>{t('round.none')}</p>
        )}

        {closed.length > 0 ? (
          <>
            <h3>{t('round.earlier')}</h3>
            {closed.map((round) => (
              <section
                key={round.id}
                className="card idea-results"
                aria-labelledby={`results-${round.id}`}
              >
                <h4 id={`results-${round.id}`}>{t('round.results', { title: round.title })}</h4>
                {round.results && round.results.length > 0 ? (
                  <>
                    <p>{t('round.voterCount', { count: round.voterCount ?? 0 })}</p>
                    <ol className="idea-results__list">
                      {round.results.map((result) => (
                        <li key={result.ideaId}>
                          <span className="idea-results__text">{textOf(result.ideaId)}</span>{' '}
                          <strong>{t('round.resultDots', { count: result.dots })}</strong>{' '}
                          <span className="muted">
                            {t('round.resultVoters', { count: result.voters })}
                          </span>
                        </li>
                      ))}
                    </ol>
                  </>
                ) : (
                  <p>{t('round.noVotes')}</p>
                )}
              </section>
            ))}
          </>
        ) : null}
      </section>

      <section aria-labelledby="ideas-heading">
        <h2 id="ideas-heading" tabIndex={-1}>
          {t('idea.list.heading')}
        </h2>
        <div role="status" className="result-count">
          {t('idea.list.count', { count: ideas.length })}
        </div>
        {ideas.length === 0 ? (
          <div className="empty-state">
            <p>{ideaList.abilities.add ? t('idea.list.emptyEdit') : t('idea.list.empty')}</p>
          </div>
        ) : (
          <ul className="idea-list">
            {ideas.map((idea) => {
              const headingId = `idea-${idea.id}-text`;
              const short = excerpt(idea.text, 80);
              const question = questionOf(idea.insightId);
              const mine = active?.myVotes[idea.id] ?? 0;
              const votable = active !== null && active.abilities.vote && inRound(active, idea);
              return (
                <li key={idea.id}>
                  <article className="card idea-card" aria-labelledby={headingId}>
                    <h3 id={headingId} className="idea-card__text" tabIndex={-1}>
                      {idea.text}
                    </h3>
                    {idea.status === 'picked' ? (
                      <Badge tone="success">{t('idea.status.picked')}</Badge>
                    ) : null}
                    {idea.sketch ? (
                      <img
                        className="idea-card__sketch"
                        src={idea.sketch.url}
                        alt={t('idea.sketchAlt', { text: short })}
                      />
                    ) : null}
                    <dl className="evidence__facts">
                      {question ? (
                        <div>
                          <dt>{t('idea.answers')}</dt>
                          <dd>{question}</dd>
                        </div>
                      ) : null}
                      {idea.author ? (
                        <div>
                          <dt>{t('idea.author')}</dt>
                          <dd>{idea.author.displayName}</dd>
                        </div>
                      ) : null}
                    </dl>
                    <div className="idea-card__actions">
                      {votable ? (
                        <>
                          <span className="idea-card__dots">
                            {t('round.myDots', { count: mine })}
                          </span>
                          <Button
                            id={`add-dot-${idea.id}`}
                            size="small"
                            aria-label={t('round.addDotFor', { text: short })}
                            onPress={() => vote(active, idea, 'add')}
                          >
                            {t('round.addDot')}
                          </Button>
                          {mine > 0 ? (
                            <Button
                              size="small"
                              variant="secondary"
                              aria-label={t('round.removeDotFor', { text: short })}
                              onPress={() => vote(active, idea, 'remove')}
                            >
                              {t('round.removeDot')}
                            </Button>
                          ) : null}
                        </>
                      ) : null}
                      {idea.abilities.edit ? (
                        <IdeaTextEdit
                          projectId={projectId}
                          idea={idea}
                          label={t('idea.edit.openFor', { text: short })}
                          onDone={setMessage}
                          onProblem={setProblem}
                        />
                      ) : null}
                      {idea.abilities.edit && idea.sketch ? (
                        <Button
                          size="small"
                          variant="tertiary"
                          aria-label={t('idea.sketch.removeFor', { text: short })}
                          onPress={() =>
                            act.mutate(async () => {
                              await removeSketch(projectId, idea.id);
                              document.getElementById(headingId)?.focus();
                              return t('idea.sketch.removed');
                            })
                          }
                        >
                          {t('idea.sketch.remove')}
                        </Button>
                      ) : null}
                      {idea.abilities.pick ? (
                        <Button
                          size="small"
                          variant="secondary"
                          aria-label={t(
                            idea.status === 'picked' ? 'idea.unpickFor' : 'idea.pickFor',
                            {
                              text: short,
                            },
                          )}
                          onPress={() =>
                            act.mutate(async () => {
                              const status = idea.status === 'picked' ? 'open' : 'picked';
                              await updateIdea(projectId, idea.id, {
                                version: idea.version,
                                status,
                              });
                              return t(status === 'picked' ? 'idea.picked' : 'idea.unpicked');
                            })
                          }
                        >
                          {t(idea.status === 'picked' ? 'idea.unpick' : 'idea.pick')}
                        </Button>
                      ) : null}
                      {idea.abilities.pick && idea.status === 'picked' ? (
                        <Button
                          size="small"
                          aria-label={t('idea.developFor', { text: short })}
                          onPress={() =>
                            act.mutate(async () => {
                              const concept = await createConcept(projectId, {
                                name: excerpt(idea.text, Math.min(80, CONCEPT_NAME_MAX)),
                                summary: idea.text,
                                ideaId: idea.id,
                              });
                              void queryClient.invalidateQueries({
                                queryKey: conceptsKey(projectId),
                              });
                              void navigate({ href: synthesis.concept(concept.id) });
                              return '';
                            })
                          }
                        >
                          {t('idea.develop')}
                        </Button>
                      ) : null}
                      {idea.abilities.delete ? (
                        <Button
                          size="small"
                          variant="tertiary"
                          aria-label={t('idea.deleteFor', { text: short })}
                          onPress={() =>
                            act.mutate(async () => {
                              await deleteIdea(projectId, idea.id);
                              document.getElementById('ideas-heading')?.focus();
                              return t('idea.deleted');
                            })
                          }
                        >
                          {t('idea.delete')}
                        </Button>
                      ) : null}
                    </div>
                  </article>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { conceptLinkKinds, type Concept, type ConceptLinkKind } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { conceptsKey, linkConcept, unlinkConcept } from '../../api/concepts.ts';
import { insightsQuery } from '../../api/insights.ts';
import { journeysQuery } from '../../api/journeys.ts';
import { personasQuery } from '../../api/personas.ts';
import { conceptLinkKindKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Select } from '../../ui/Select.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';

/** What the project has to link, of one kind, as options with their titles. */
function useTargets(projectId: string, kind: ConceptLinkKind) {
  const insights = useQuery({ ...insightsQuery(projectId), enabled: kind === 'insight' });
  const journeys = useQuery({ ...journeysQuery(projectId), enabled: kind === 'journey' });
  const personas = useQuery({ ...personasQuery(projectId), enabled: kind === 'persona' });
  if (kind === 'insight')
    return (insights.data?.items ?? []).map((i) => ({ id: i.id, label: i.statement }));
  if (kind === 'journey')
    return (journeys.data?.items ?? []).map((j) => ({ id: j.id, label: j.title }));
  return (personas.data?.items ?? []).map((p) => ({ id: p.id, label: p.name }));
}

/** The insights, journeys and personas the draft answers, and linking one more. */
export function ConceptLinks({ concept, projectId }: { concept: Concept; projectId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const form = useFormErrors();
  const [kind, setKind] = useState<ConceptLinkKind>('insight');
  const [targetId, setTargetId] = useState<string | null>(null);
  const linked = new Set(concept.links.map((l) => `${l.kind}:${l.id}`));
  const targets = useTargets(projectId, kind).filter((o) => !linked.has(`${kind}:${o.id}`));
  const refresh = () => queryClient.invalidateQueries({ queryKey: conceptsKey(projectId) });
  const link = useMutation({
    mutationFn: (id: string) => linkConcept(projectId, concept.id, { kind, targetId: id }),
    onSuccess: () => {
      setTargetId(null);
      void refresh();
    },
    onError: (error) => form.fail(error),
  });
  const unlink = useMutation({
    mutationFn: (target: { kind: ConceptLinkKind; id: string }) =>
      unlinkConcept(projectId, concept.id, target),
    onSuccess: () => void refresh(),
    onError: (error) => form.fail(error),
  });
  const canManage = concept.abilities.manage;
  return (
    <section className="card concept-links" aria-labelledby="concept-links-heading">
      <h2 id="concept-links-heading">{t('concept.links.title')}</h2>
      <p className="muted">{t('concept.links.intro')}</p>
      <FormProblem error={form.problem} />
      {concept.links.length === 0 ? (
        <p>{t('concept.links.empty')}</p>
      ) : (
        <ul className="concept-links__list">
          {concept.links.map((l) => (
            <li key={`${l.kind}:${l.id}`}>
              <span className="concept-links__kind">{t(conceptLinkKindKey(l.kind))}:</span>{' '}
              {l.title}{' '}
              {canManage ? (
                <Button
                  variant="tertiary"
                  size="small"
                  aria-label={t('concept.links.remove', { title: l.title })}
                  onPress={() => unlink.mutate({ kind: l.kind, id: l.id })}
                >
                  ×
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canManage ? (
        <Form
          id={form.formId}
          className="field-row"
          onSubmit={(event) => {
            event.preventDefault();
            if (targetId) link.mutate(targetId);
          }}
        >
          <Select
            label={t('concept.links.kind')}
            options={conceptLinkKinds.map((id) => ({ id, label: t(conceptLinkKindKey(id)) }))}
            value={kind}
            onChange={(value) => {
              setKind(value);
              setTargetId(null);
            }}
          />
          {targets.length === 0 ? (
            <p className="muted">{t('concept.links.noTargets')}</p>
          ) : (
            <Select
              label={t('concept.links.target')}
              options={targets}
              value={targetId}
              onChange={setTargetId}
            />
          )}
          <Button
            type="submit"
            variant="secondary"
            isDisabled={!targetId}
            isPending={link.isPending}
          >
            {t('concept.links.add')}
          </Button>
        </Form>
      ) : null}
    </section>
  );
}

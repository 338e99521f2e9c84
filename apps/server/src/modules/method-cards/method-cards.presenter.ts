import type { MethodCard, MethodCardSummary } from '@timantti/contracts';
import type { MethodCardView } from './method-card-view.ts';

const customised = (view: MethodCardView) => view.origin === 'shipped' && !!view.row?.content;

export const presentMethodCardSummary = (view: MethodCardView): MethodCardSummary => ({
  key: view.key,
  origin: view.origin,
  language: view.language,
  title: view.content.title,
  purpose: view.content.purpose,
  phases: view.content.phases,
  minutes: view.content.minutes,
  groupSize: view.content.groupSize,
  tool: view.content.tool,
  customised: customised(view),
});

/** A card with what the caller may do: whoever keeps the organisation's cards edits them. */
export function presentMethodCard(
  view: MethodCardView,
  abilities: { manage: boolean },
): MethodCard {
  // A copy restored to the shipped text keeps its row, but nobody's edit is shown any more.
  const edited = view.origin === 'own' || customised(view);
  return {
    key: view.key,
    origin: view.origin,
    language: view.language,
    content: view.content,
    customised: customised(view),
    shipped: view.shipped,
    version: view.row?.version ?? null,
    updatedAt: edited ? (view.row?.updatedAt.toISOString() ?? null) : null,
    updatedBy: edited ? (view.row?.updatedBy ?? null) : null,
    abilities: {
      edit: abilities.manage,
      restore: abilities.manage && customised(view),
      delete: abilities.manage && view.origin === 'own',
    },
  };
}

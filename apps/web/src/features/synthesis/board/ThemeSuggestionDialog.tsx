import { useMutation, useQuery } from '@tanstack/react-query';
import {
  createGroup,
  groupColours,
  moveCardsToGroup,
  type BoardSnapshot,
  type SuggestedTheme,
} from '@timantti/contracts';
import { useState } from 'react';
import { Form, Label, ProgressBar, Radio, RadioGroup } from 'react-aria-components';
import type * as Y from 'yjs';
import {
  cancelThemeSuggestion,
  startThemeSuggestion,
  themeSuggestionQuery,
} from '../../../api/themes.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Button } from '../../../ui/Button.tsx';
import { FormDialog } from '../../../ui/FormDialog.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { LiveMessage } from '../../../ui/LiveMessage.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { shorten } from './BoardCardItem.tsx';
import type { LocalOrigin } from './useBoardDocument.ts';

type Scope = 'ungrouped' | 'selected' | 'all';

/**
 * Machine-suggested themes for cards of the board, computed from their Finnish (or Swedish,
 * English) words on the server. Each proposal is accepted as a group — titled as the team
 * wishes — or discarded; nothing on the board moves until someone accepts.
 */
export function ThemeSuggestionDialog(props: {
  projectId: string;
  boardId: string;
  snapshot: BoardSnapshot;
  selection: readonly string[];
  doc: Y.Doc;
  origin: LocalOrigin;
  onAnnounce: (message: string) => void;
}) {
  const t = useT();
  return (
    <FormDialog
      title={t('board.themes.title')}
      trigger={<Button variant="secondary">{t('board.themes.open')}</Button>}
    >
      {(close) => <ThemeSuggestionFlow {...props} close={close} />}
    </FormDialog>
  );
}

function ThemeSuggestionFlow({
  projectId,
  boardId,
  snapshot,
  selection,
  doc,
  origin,
  onAnnounce,
  close,
}: {
  projectId: string;
  boardId: string;
  snapshot: BoardSnapshot;
  selection: readonly string[];
  doc: Y.Doc;
  origin: LocalOrigin;
  onAnnounce: (message: string) => void;
  close: () => void;
}) {
  const t = useT();
  const usable = snapshot.cards.filter((card) => !card.withdrawn && card.text.trim() !== '');
  const scopes: Record<Scope, typeof usable> = {
    ungrouped: usable.filter((card) => card.groupId === null),
    selected: usable.filter((card) => selection.includes(card.id)),
    all: usable,
  };
  const [scope, setScope] = useState<Scope>(
    selection.length >= 2 ? 'selected' : scopes.ungrouped.length >= 2 ? 'ungrouped' : 'all',
  );
  const [themeCount, setThemeCount] = useState('');
  const [runId, setRunId] = useState<string | null>(null);
  const [handled, setHandled] = useState<ReadonlySet<number>>(new Set());
  const [message, setMessage] = useState('');
  const start = useMutation({
    mutationFn: () =>
      startThemeSuggestion(projectId, boardId, {
        cards: scopes[scope].map((card) => ({
          cardId: card.id,
          text: card.text,
          language: card.language,
        })),
        ...(themeCount ? { themes: Number(themeCount) } : {}),
      }),
    onSuccess: (run) => setRunId(run.id),
  });
  const run = useQuery({
    ...themeSuggestionQuery(projectId, boardId, runId ?? ''),
    enabled: runId !== null,
  });
  const status = run.data?.status;
  const count = Number(themeCount);
  const countInvalid = themeCount !== '' && (!Number.isInteger(count) || count < 2 || count > 50);

  const accept = (index: number, theme: SuggestedTheme, title: string) => {
    const onBoard = new Set(doc.getMap('cards').keys());
    const cardIds = theme.cardIds.filter((id) => onBoard.has(id));
    doc.transact(() => {
      const colour = groupColours[snapshot.groups.length % groupColours.length] ?? 'blue';
      const groupId = createGroup(doc, { title, colour }, origin);
      moveCardsToGroup(doc, cardIds, groupId, origin);
    }, origin);
    setHandled((current) => new Set(current).add(index));
    const text = t('board.themes.accepted', { title, count: cardIds.length });
    setMessage(text);
    onAnnounce(text);
  };

  if (!runId) {
    return (
      <Form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!countInvalid && scopes[scope].length >= 2) start.mutate();
        }}
      >
        <p>{t('board.themes.intro')}</p>
        <RadioGroup
          className="field radio-group"
          value={scope}
          onChange={(value) => setScope(value as Scope)}
        >
          <Label className="field__label">{t('board.themes.scope')}</Label>
          {(['ungrouped', 'selected', 'all'] as const).map((value) => (
            <Radio
              key={value}
              value={value}
              className="radio"
              isDisabled={scopes[value].length < 2}
            >
              {t(`board.themes.scope.${value}`, {
                count: scopes[value].length,
              })}
            </Radio>
          ))}
        </RadioGroup>
        <TextField
          name="themes"
          label={t('board.themes.count')}
          description={t('board.themes.countHint')}
          value={themeCount}
          onChange={setThemeCount}
          inputMode="numeric"
          errorMessage={countInvalid ? t('board.themes.countInvalid') : undefined}
        />
        <FormProblem error={start.error} />
        <div className="form__actions">
          <Button type="submit" isPending={start.isPending}>
            {t('board.themes.start')}
          </Button>
          <Button variant="secondary" onPress={close}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    );
  }

  if (!run.data || status === 'running') {
    const progress = Math.round((run.data?.progress ?? 0) * 100);
    return (
      <div className="theme-run">
        <ProgressBar
          className="progress"
          value={progress}
          aria-label={t('board.themes.progress')}
          valueLabel={t(`board.themes.phase.${run.data?.phase ?? 'queued'}`, {
            percent: progress,
          })}
        >
          {({ percentage, valueText }) => (
            <>
              <span className="progress__label">{valueText}</span>
              <span className="progress__track" aria-hidden="true">
                <span className="progress__fill" style={{ width: `${percentage ?? 0}%` }} />
              </span>
            </>
          )}
        </ProgressBar>
        <div className="form__actions">
          <Button
            variant="secondary"
            onPress={() => {
              void cancelThemeSuggestion(projectId, boardId, runId);
              close();
            }}
          >
            {t('board.themes.cancel')}
          </Button>
        </div>
      </div>
    );
  }

  if (status !== 'done' || !run.data.result) {
    return (
      <div className="theme-run">
        <p role="alert">{t('board.themes.failed')}</p>
        <div className="form__actions">
          <Button onPress={() => setRunId(null)}>{t('board.themes.again')}</Button>
          <Button variant="secondary" onPress={close}>
            {t('board.themes.close')}
          </Button>
        </div>
      </div>
    );
  }

  const { themes, unassignedCardIds, finnishAnalysis } = run.data.result;
  const textOf = (id: string) => snapshot.cards.find((card) => card.id === id)?.text ?? '';
  return (
    <div className="theme-results">
      <LiveMessage message={message} />
      <p role="status">
        {t('board.themes.done', {
          count: themes.length,
          unassignedCount: unassignedCardIds.length,
        })}
        {finnishAnalysis === 'stem' ? ` ${t('board.themes.withoutVoikko')}` : ''}
      </p>
      <ol className="theme-results__list">
        {themes.map((theme, index) => (
          <li key={theme.label + index} className="theme-result card">
            {handled.has(index) ? (
              <p className="muted">{t('board.themes.handled', { label: theme.label })}</p>
            ) : (
              <SuggestedThemeItem
                theme={theme}
                textOf={textOf}
                onAccept={(title) => accept(index, theme, title)}
                onDiscard={() => {
                  setHandled((current) => new Set(current).add(index));
                  setMessage(t('board.themes.discarded', { label: theme.label }));
                }}
              />
            )}
          </li>
        ))}
      </ol>
      <div className="form__actions">
        <Button variant="secondary" onPress={close}>
          {t('board.themes.close')}
        </Button>
      </div>
    </div>
  );
}

function SuggestedThemeItem({
  theme,
  textOf,
  onAccept,
  onDiscard,
}: {
  theme: SuggestedTheme;
  textOf: (cardId: string) => string;
  onAccept: (title: string) => void;
  onDiscard: () => void;
}) {
  const t = useT();
  const [title, setTitle] = useState(theme.label);
  const shown = theme.cardIds.slice(0, 4);
  return (
    <>
      <TextField
        label={t('board.themes.groupTitle', { count: theme.cardIds.length })}
        value={title}
        onChange={setTitle}
        maxLength={200}
      />
      <ul className="theme-result__cards">
        {shown.map((id) => (
          <li key={id}>{shorten(textOf(id), 100)}</li>
        ))}
        {theme.cardIds.length > shown.length ? (
          <li className="muted">
            {t('board.themes.more', { count: theme.cardIds.length - shown.length })}
          </li>
        ) : null}
      </ul>
      <div className="button-row">
        <Button size="small" isDisabled={!title.trim()} onPress={() => onAccept(title.trim())}>
          {t('board.themes.accept')}
        </Button>
        <Button size="small" variant="secondary" onPress={onDiscard}>
          {t('board.themes.discard')}
        </Button>
      </div>
    </>
  );
}

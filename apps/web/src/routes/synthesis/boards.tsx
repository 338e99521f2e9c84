import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { boardsQuery, createBoard, synthesisKey } from '../../api/boards.ts';
import { SynthesisPageHeader } from '../../features/synthesis/SynthesisPageHeader.tsx';
import { useSynthesisProject } from '../../features/synthesis/useSynthesisProject.ts';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Link } from '../../ui/Link.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';

/** The project's affinity boards (affiniteettikaaviot), and a new one. */
export function BoardsPage() {
  const t = useT();
  const { locale } = useLocale();
  const { projectId, synthesis, canWrite } = useSynthesisProject();
  const boards = useSuspenseQuery(boardsQuery(projectId)).data.items;
  const active = boards.filter((board) => !board.archived);
  const archived = boards.filter((board) => board.archived);

  const table = (items: typeof boards, caption: string) => (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.titleField')}</th>
            <th scope="col">{t('board.cardCount')}</th>
            <th scope="col">{t('board.groupCount')}</th>
            <th scope="col">{t('board.updatedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((board) => (
            <tr key={board.id}>
              <th scope="row">
                <Link href={synthesis.board(board.id)}>{board.title}</Link>{' '}
                {board.archived ? <Badge>{t('board.archived')}</Badge> : null}
              </th>
              <td>{formatNumber(locale, board.cardCount)}</td>
              <td>{formatNumber(locale, board.groupCount)}</td>
              <td>{formatDateTime(locale, board.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <>
      <SynthesisPageHeader title={t('board.list.title')} intro={t('board.list.intro')} />
      {active.length === 0 ? (
        <div className="empty-state">
          <p>{t('board.list.empty')}</p>
        </div>
      ) : (
        table(active, t('board.list.title'))
      )}
      {canWrite ? <NewBoardForm /> : null}
      {archived.length > 0 ? (
        <section className="page-section" aria-labelledby="archived-boards-heading">
          <h2 id="archived-boards-heading">{t('board.list.archivedTitle')}</h2>
          {table(archived, t('board.list.archivedTitle'))}
        </section>
      ) : null}
    </>
  );
}

function NewBoardForm() {
  const t = useT();
  const form = useFormErrors();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { projectId, synthesis } = useSynthesisProject();
  const [title, setTitle] = useState('');
  const create = useMutation({
    mutationFn: () => createBoard(projectId, { title: title.trim() }),
    onSuccess: (board) => {
      void queryClient.invalidateQueries({ queryKey: synthesisKey(projectId) });
      void navigate({ href: synthesis.board(board.id) });
    },
    onError: (error) => form.fail(error),
  });
  return (
    <Form
      id={form.formId}
      className="form card"
      validationBehavior="aria"
      aria-labelledby="new-board-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (!form.check(title.trim() ? {} : { title: t('validation.required') })) return;
        create.mutate();
      }}
    >
      <h2 id="new-board-heading">{t('board.new.title')}</h2>
      <FormProblem error={form.problem} />
      <TextField
        name="title"
        label={t('board.titleField')}
        description={t('board.new.hint')}
        value={title}
        onChange={setTitle}
        errorMessage={form.errors.title}
        maxLength={200}
        isRequired
      />
      <FormActions submitLabel={t('board.new.submit')} isPending={create.isPending} />
    </Form>
  );
}

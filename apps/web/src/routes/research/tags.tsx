import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { createTag } from '../../api/evidence.ts';
import { tagsQuery } from '../../api/research-queries.ts';
import { ResearchPageHeader } from '../../features/research/ResearchPageHeader.tsx';
import { TagRow } from '../../features/research/tags/TagRow.tsx';
import {
  useResearchMutation,
  useResearchProject,
} from '../../features/research/useResearchProject.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';

/** The codebook: the project's tags with how much evidence carries each. */
export function TagsPage() {
  const t = useT();
  const { projectId, canWrite } = useResearchProject();
  const tags = useSuspenseQuery(tagsQuery(projectId)).data.items;
  const [announcement, setAnnouncement] = useState('');
  const [name, setName] = useState('');
  const form = useFormErrors();
  const create = useResearchMutation(projectId, (tagName: string) => createTag(projectId, tagName));

  return (
    <>
      <ResearchPageHeader title={t('tag.list.title')} intro={t('tag.list.intro')} />
      <LiveMessage message={announcement} />
      {canWrite ? (
        <section className="card page-block" aria-labelledby="new-tag-heading">
          <h2 id="new-tag-heading" tabIndex={-1}>
            {t('tag.newTitle')}
          </h2>
          <Form
            id={form.formId}
            className="inline-form"
            validationBehavior="aria"
            onSubmit={(event) => {
              event.preventDefault();
              const tagName = name.trim();
              if (!form.check(tagName ? {} : { name: t('validation.required') })) return;
              create.mutate(tagName, {
                onSuccess: (tag) => {
                  setName('');
                  setAnnouncement(t('tag.created', { name: tag.name }));
                },
                onError: (error) => form.fail(error, { conflict: 'name' }),
              });
            }}
          >
            <FormProblem error={form.problem} />
            <TextField
              name="name"
              label={t('tag.name')}
              value={name}
              onChange={setName}
              errorMessage={form.errors.name}
              maxLength={80}
              isRequired
            />
            <div className="inline-form__actions">
              <Button type="submit" isPending={create.isPending}>
                {t('tag.add')}
              </Button>
            </div>
          </Form>
        </section>
      ) : null}
      {tags.length === 0 ? (
        <div className="empty-state">
          <p>{t('tag.list.empty')}</p>
        </div>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">{t('tag.list.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tag.name')}</th>
                <th scope="col">{t('tag.evidenceCount')}</th>
                {canWrite ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {tags.map((tag) => (
                <TagRow key={tag.id} tag={tag} tags={tags} onAnnounce={setAnnouncement} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

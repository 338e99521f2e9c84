import type { Member, Perspective, Project } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { setTeamMember } from '../../api/projects.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Select } from '../../ui/Select.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';
import { PerspectiveCheckboxes } from './PerspectiveCheckboxes.tsx';
import { useProjectMutation } from './useProjectMutation.ts';

export interface AddTeamMemberProps {
  project: Project;
  members: Member[] | undefined;
  membersError: unknown;
  onAdded: (name: string) => void;
}

/** Picks a colleague of the organisation and the perspectives they bring. */
export function AddTeamMember({ project, members, membersError, onAdded }: AddTeamMemberProps) {
  const t = useT();
  const form = useFormErrors();
  const [userId, setUserId] = useState<string | null>(null);
  const [perspectives, setPerspectives] = useState<Perspective[]>([]);
  const add = useProjectMutation((input: { userId: string; perspectives: Perspective[] }) =>
    setTeamMember(project.id, input.userId, input.perspectives),
  );

  const inTeam = new Set(project.team.map((member) => member.userId));
  const candidates = (members ?? []).filter((member) => !inTeam.has(member.userId));

  return (
    <div className="add-member">
      <h3 id="add-member-heading" tabIndex={-1}>
        {t('project.team.addTitle')}
      </h3>
      <FormProblem error={membersError} />
      {members && candidates.length === 0 ? (
        <p className="muted">{t('project.team.everyoneInTeam')}</p>
      ) : (
        <Form
          id={form.formId}
          className="form form--inline-group"
          validationBehavior="aria"
          onSubmit={(event) => {
            event.preventDefault();
            const errors: Record<string, string> = {};
            if (!userId) errors.userId = t('project.team.chooseMemberError');
            if (!form.check(errors) || !userId) return;
            const name = candidates.find((m) => m.userId === userId)?.displayName ?? '';
            add.mutate(
              { userId, perspectives },
              {
                onSuccess: () => {
                  setUserId(null);
                  setPerspectives([]);
                  onAdded(name);
                },
                onError: (error) => form.fail(error),
              },
            );
          }}
        >
          <FormProblem error={form.problem} />
          <Select
            name="userId"
            label={t('project.team.member')}
            placeholder={t('project.team.chooseMember')}
            options={candidates.map((member) => ({ id: member.userId, label: member.displayName }))}
            value={userId}
            onChange={setUserId}
            errorMessage={form.errors.userId}
            isDisabled={!members}
          />
          <PerspectiveCheckboxes
            name="perspectives"
            label={t('project.team.newMemberPerspectives')}
            value={perspectives}
            onChange={setPerspectives}
            errorMessage={form.errors.perspectives}
          />
          <div className="form__actions">
            <Button type="submit" variant="secondary" isPending={add.isPending}>
              {t('project.team.add')}
            </Button>
          </div>
        </Form>
      )}
    </div>
  );
}

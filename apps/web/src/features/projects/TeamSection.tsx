import { useQuery } from '@tanstack/react-query';
import type { Perspective, Project, TeamMember } from '@timantti/contracts';
import { useRef, useState } from 'react';
import { removeTeamMember, setTeamMember } from '../../api/projects.ts';
import { membersQuery } from '../../api/queries.ts';
import { perspectiveKey } from '../../i18n/keys.ts';
import { formatList } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { AddTeamMember } from './AddTeamMember.tsx';
import { CompositionCheck } from './CompositionCheck.tsx';
import { PerspectiveCheckboxes } from './PerspectiveCheckboxes.tsx';
import { useProjectMutation } from './useProjectMutation.ts';

/** The team, each member's perspectives and the composition check. */
export function TeamSection({ project }: { project: Project }) {
  const t = useT();
  const { locale } = useLocale();
  const canManage = project.abilities.manageTeam;
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const members = useQuery({ ...membersQuery(project.organisationId), enabled: canManage });

  const setPerspectives = useProjectMutation(
    (input: { userId: string; perspectives: Perspective[] }) =>
      setTeamMember(project.id, input.userId, input.perspectives),
  );
  const remove = useProjectMutation((userId: string) => removeTeamMember(project.id, userId));
  const error = setPerspectives.error ?? remove.error;

  const shownPerspectives = (member: TeamMember) =>
    setPerspectives.isPending && setPerspectives.variables.userId === member.userId
      ? setPerspectives.variables.perspectives
      : member.perspectives;

  return (
    <section className="project-section" aria-labelledby="team-heading">
      <h2 id="team-heading">{t('project.team.title')}</h2>
      <CompositionCheck composition={project.composition} />
      <LiveMessage message={announcement} />
      <FormProblem error={error} />
      {project.team.length === 0 ? (
        <p className="muted">{t('project.team.empty')}</p>
      ) : (
        <ul className="team-list" ref={listRef}>
          {project.team.map((member, index) => (
            <li key={member.userId} className="team-member">
              <h3 className="team-member__name">{member.displayName}</h3>
              {canManage ? (
                <>
                  <PerspectiveCheckboxes
                    label={t('project.team.perspectivesOf', { name: member.displayName })}
                    value={shownPerspectives(member)}
                    onChange={(perspectives) =>
                      setPerspectives.mutate(
                        { userId: member.userId, perspectives },
                        {
                          onSuccess: () =>
                            setAnnouncement(
                              t('project.team.perspectivesSaved', { name: member.displayName }),
                            ),
                        },
                      )
                    }
                  />
                  {project.abilities.removeTeamMember ? (
                    <Button
                      variant="tertiary"
                      size="small"
                      aria-label={t('project.team.removeMember', { name: member.displayName })}
                      isPending={remove.isPending && remove.variables === member.userId}
                      onPress={() =>
                        remove.mutate(member.userId, {
                          onSuccess: () => {
                            setAnnouncement(
                              t('project.team.memberRemoved', { name: member.displayName }),
                            );
                            // Focus the next member's first checkbox, or the section heading.
                            requestAnimationFrame(() => {
                              const boxes = listRef.current?.querySelectorAll('li');
                              const next = boxes?.[Math.min(index, (boxes?.length ?? 1) - 1)];
                              (
                                next?.querySelector<HTMLElement>('input') ??
                                document.getElementById('add-member-heading') ??
                                undefined
                              )?.focus();
                            });
                          },
                        })
                      }
                    >
                      {t('common.remove')}
                    </Button>
                  ) : null}
                </>
              ) : (
                <p>
                  <span className="team-member__label">{t('project.team.perspectives')}: </span>
                  {member.perspectives.length > 0
                    ? formatList(
                        locale,
                        member.perspectives.map((p) => t(perspectiveKey(p))),
                      )
                    : t('project.team.noPerspectives')}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage ? (
        <AddTeamMember
          project={project}
          members={members.data?.items}
          membersError={members.error}
          onAdded={(name) => setAnnouncement(t('project.team.memberAdded', { name }))}
        />
      ) : null}
    </section>
  );
}

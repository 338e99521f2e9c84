import type { Phase, Project } from '@timantti/contracts';
import { useRef, useState } from 'react';
import { changePhase } from '../../api/projects.ts';
import { phaseDescriptionKey, phaseKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { cx } from '../../ui/classes.ts';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { nextPhase, phaseSteps, previousPhase } from './phase-steps.ts';
import { useProjectMutation } from './useProjectMutation.ts';

/** Discover → Define → Develop → Deliver, with the current phase marked and moved on from. */
export function PhaseStepper({
  project,
  onPhaseChanged,
}: {
  project: Project;
  onPhaseChanged: (phase: Phase) => void;
}) {
  const t = useT();
  const [announcement, setAnnouncement] = useState('');
  const backRef = useRef<HTMLButtonElement>(null);
  const forwardRef = useRef<HTMLButtonElement>(null);
  const move = useProjectMutation((phase: Phase) => changePhase(project.id, phase));
  const previous = previousPhase(project.phase);
  const next = nextPhase(project.phase);

  const go = (phase: Phase, pressed: 'back' | 'forward') =>
    move.mutate(phase, {
      onSuccess: () => {
        setAnnouncement(t('project.phase.changed', { phase: t(phaseKey(phase)) }));
        onPhaseChanged(phase);
        // The pressed button disappears at either end; keep focus on the remaining one.
        requestAnimationFrame(() => {
          const same = pressed === 'back' ? backRef.current : forwardRef.current;
          const other = pressed === 'back' ? forwardRef.current : backRef.current;
          (same ?? other)?.focus();
        });
      },
    });

  return (
    <div className="phases">
      <ol className="stepper">
        {phaseSteps(project.phase).map(({ phase, state }, index) => (
          <li
            key={phase}
            className={cx('stepper__step', `stepper__step--${state}`)}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="stepper__marker" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            <span className="stepper__text">
              <span className="stepper__name">{t(phaseKey(phase))}</span>
              <span className="stepper__state">
                {state === 'done'
                  ? t('project.phase.done')
                  : state === 'current'
                    ? t('project.phase.current')
                    : t('project.phase.upcoming')}
              </span>
              <span className="stepper__description">{t(phaseDescriptionKey(phase))}</span>
            </span>
          </li>
        ))}
      </ol>
      <LiveMessage message={announcement} />
      <FormProblem error={move.error} />
      {project.abilities.changePhase ? (
        <div className="button-row">
          {previous ? (
            <Button
              ref={backRef}
              variant="secondary"
              isPending={move.isPending && move.variables === previous}
              onPress={() => go(previous, 'back')}
            >
              ← {t('project.phase.back', { phase: t(phaseKey(previous)) })}
            </Button>
          ) : null}
          {next ? (
            <Button
              ref={forwardRef}
              isPending={move.isPending && move.variables === next}
              onPress={() => go(next, 'forward')}
            >
              {t('project.phase.forward', { phase: t(phaseKey(next)) })} →
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

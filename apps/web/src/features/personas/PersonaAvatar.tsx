import type { PersonaSummary } from '@timantti/contracts';
import { cx } from '../../ui/classes.ts';
import { personaIconShapes } from './persona-icons.ts';

/**
 * A persona's avatar: its initials or an icon on a coloured disc, never a face. Decorative:
 * the persona's name is always written beside it.
 */
export function PersonaAvatar({
  persona,
  size = 'normal',
}: {
  persona: Pick<PersonaSummary, 'avatar' | 'initials'>;
  size?: 'normal' | 'large';
}) {
  const { avatar } = persona;
  return (
    <span className={cx('persona-avatar', `persona-avatar--${size}`)} aria-hidden="true">
      {avatar.kind === 'icon' ? (
        <svg
          viewBox="0 0 48 48"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
          strokeLinecap="round"
          strokeLinejoin="round"
          focusable="false"
        >
          {personaIconShapes[avatar.icon].map((shape, i) =>
            'circle' in shape ? (
              <circle key={i} cx={shape.circle[0]} cy={shape.circle[1]} r={shape.circle[2]} />
            ) : (
              <path key={i} d={shape.path} />
            ),
          )}
        </svg>
      ) : (
        persona.initials
      )}
    </span>
  );
}

import { cellKey, EMOTION_MAX, EMOTION_MIN, type JourneySnapshot } from '@timantti/contracts';
import type { MessageKey } from '@timantti/i18n';
import { useId } from 'react';
import { useT } from '../../i18n/LocaleProvider.tsx';

const WIDTH_PER_STAGE = 100;
const HEIGHT = 80;
const PAD = 10;

/** The label of an emotion value: "+2 (erittäin hyvä)" … "−2 (erittäin huono)". */
export function emotionLabelKey(value: number): MessageKey {
  if (value >= 2) return 'journey.emotion.veryGood';
  if (value === 1) return 'journey.emotion.good';
  if (value === 0) return 'journey.emotion.neutral';
  if (value === -1) return 'journey.emotion.bad';
  return 'journey.emotion.veryBad';
}

/**
 * The emotion curve through the stages, drawn as a line; its text alternative lists each
 * stage's value, so the curve says the same to everyone.
 */
export function EmotionCurve({ map, laneId }: { map: JourneySnapshot; laneId: string }) {
  const t = useT();
  const id = useId();
  const width = Math.max(1, map.stages.length) * WIDTH_PER_STAGE;
  const points = map.stages.flatMap((stage, i) => {
    const value = map.cells[cellKey(laneId, stage.id)]?.emotion;
    if (value === null || value === undefined) return [];
    const x = i * WIDTH_PER_STAGE + WIDTH_PER_STAGE / 2;
    const y = PAD + ((EMOTION_MAX - value) / (EMOTION_MAX - EMOTION_MIN)) * (HEIGHT - 2 * PAD);
    return [{ x, y, value, stage: stage.title }];
  });
  const description =
    points.length === 0
      ? t('journey.emotion.noValues')
      : points
          .map((p) =>
            t('journey.emotion.point', {
              stage: p.stage,
              value: t(emotionLabelKey(p.value), {
                value: p.value > 0 ? `+${p.value}` : `${p.value}`,
              }),
            }),
          )
          .join('; ');
  return (
    <figure className="emotion-curve">
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        className="emotion-curve__svg"
      >
        <title id={`${id}-title`}>{t('journey.emotion.curve')}</title>
        <line
          x1="0"
          x2={width}
          y1={HEIGHT / 2}
          y2={HEIGHT / 2}
          className="emotion-curve__zero"
          vectorEffect="non-scaling-stroke"
        />
        {points.length > 1 ? (
          <polyline
            className="emotion-curve__line"
            points={points.map((p) => `${p.x},${p.y}`).join(' ')}
            vectorEffect="non-scaling-stroke"
          />
        ) : null}
        {points.map((p) => (
          <circle key={p.x} cx={p.x} cy={p.y} r="4" className="emotion-curve__point" />
        ))}
      </svg>
      <figcaption id={`${id}-desc`} className="visually-hidden">
        {description}
      </figcaption>
    </figure>
  );
}

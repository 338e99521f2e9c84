import { cellKey, type JourneySnapshot } from '@timantti/contracts';
import { laneTypeKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { emotionLabelKey } from './EmotionCurve.tsx';

/**
 * The journey map as a plain table, read stage by stage: a row per stage, a column per lane.
 * The same content as the map, in the order a screen reader reads best.
 */
export function JourneyTable({ map, title }: { map: JourneySnapshot; title: string }) {
  const t = useT();
  const caption = t('journey.table.caption', { title });
  return (
    // A wide table scrolls sideways; the region takes focus so the keyboard can scroll it.
    <div className="table-wrapper" role="region" aria-label={caption} tabIndex={0}>
      <table className="table journey-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('journey.table.stage')}</th>
            {map.lanes.map((lane) => (
              <th key={lane.id} scope="col">
                {lane.title || t(laneTypeKey(lane.type))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.stages.map((stage, index) => (
            <tr key={stage.id}>
              <th scope="row">
                {index + 1}. {stage.title}
              </th>
              {map.lanes.map((lane) => {
                const cell = map.cells[cellKey(lane.id, stage.id)];
                const text =
                  lane.type === 'emotion'
                    ? cell?.emotion === null || cell?.emotion === undefined
                      ? ''
                      : t(emotionLabelKey(cell.emotion), {
                          value: cell.emotion > 0 ? `+${cell.emotion}` : `${cell.emotion}`,
                        })
                    : (cell?.text ?? '');
                return (
                  <td key={lane.id}>
                    {text || <span className="visually-hidden">{t('journey.cell.empty')}</span>}
                    {cell && cell.citations.length > 0 ? (
                      <span className="muted">
                        {' '}
                        ({t('journey.cell.citations', { count: cell.citations.length })})
                      </span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

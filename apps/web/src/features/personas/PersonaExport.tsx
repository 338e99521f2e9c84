import type { Persona } from '@timantti/contracts';
import { useState } from 'react';
import { personaKindKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { downloadBlob, fileNameOf, svgBlob, svgToPng } from '../../ui/download.ts';
import { PERSONA_SVG_HEIGHT, PERSONA_SVG_WIDTH, personaSvg } from './persona-svg.ts';

/**
 * "Download SVG" and "Download PNG" of a persona card for a booklet page or a slide. Both are
 * made in the browser from the persona's own words; no evidence text or participant goes in.
 */
export function PersonaExport({
  persona,
  onProblem,
}: {
  persona: Persona;
  onProblem: (message: string) => void;
}) {
  const t = useT();
  const [making, setMaking] = useState(false);
  const svg = () =>
    personaSvg(
      {
        name: persona.name,
        initials: persona.initials,
        avatar: persona.avatar,
        kindLabel: t(personaKindKey(persona.kind)),
        segment: persona.segment,
        needs: persona.needs,
        goals: persona.goals,
        frustrations: persona.frustrations,
        quote: persona.quote,
        basis:
          persona.participantCount === 0
            ? ''
            : t('persona.export.basis', { count: persona.participantCount }),
        language: persona.language,
      },
      {
        needs: t('persona.needs'),
        goals: t('persona.goals'),
        frustrations: t('persona.frustrations'),
      },
    );
  const name = fileNameOf(persona.name, 'persona');

  return (
    <>
      <Button variant="secondary" onPress={() => downloadBlob(svgBlob(svg()), `${name}.svg`)}>
        {t('persona.export.svg')}
      </Button>
      <Button
        variant="secondary"
        isPending={making}
        onPress={() => {
          setMaking(true);
          // Twice the size, so the picture stays sharp on a slide or a printed page.
          svgToPng(svg(), { width: PERSONA_SVG_WIDTH, height: PERSONA_SVG_HEIGHT }, 2)
            .then((png) => downloadBlob(png, `${name}.png`))
            .catch(() => onProblem(t('persona.export.failed')))
            .finally(() => setMaking(false));
        }}
      >
        {t('persona.export.png')}
      </Button>
    </>
  );
}

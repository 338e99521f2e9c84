import { participantKinds } from '@timantti/contracts';
import { participantKindKey } from '../../../i18n/keys.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Select } from '../../../ui/Select.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import type { FieldErrors } from '../../../ui/useFormErrors.ts';
import type { AttributeRow } from './attribute-rows.ts';
import { AttributesEditor } from './AttributesEditor.tsx';

export type ParticipantKind = (typeof participantKinds)[number];

/** Who a participant is, pseudonymously: kind, segment and free attributes. */
export function ParticipantProfileFields({
  kind,
  onKindChange,
  segment,
  onSegmentChange,
  attributes,
  onAttributesChange,
  errors,
}: {
  kind: ParticipantKind;
  onKindChange: (kind: ParticipantKind) => void;
  segment: string;
  onSegmentChange: (segment: string) => void;
  attributes: AttributeRow[];
  onAttributesChange: (rows: AttributeRow[]) => void;
  errors: FieldErrors;
}) {
  const t = useT();
  return (
    <>
      <div className="field-row">
        <Select
          name="kind"
          label={t('participant.kind')}
          options={participantKinds.map((id) => ({ id, label: t(participantKindKey(id)) }))}
          value={kind}
          onChange={onKindChange}
          errorMessage={errors.kind}
        />
        <TextField
          name="segment"
          label={t('participant.segment')}
          description={t('participant.segmentHint')}
          value={segment}
          onChange={onSegmentChange}
          errorMessage={errors.segment}
          maxLength={200}
        />
      </div>
      <AttributesEditor rows={attributes} onChange={onAttributesChange} errors={errors} />
    </>
  );
}

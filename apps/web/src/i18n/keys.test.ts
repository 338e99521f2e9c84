import {
  checklistTemplate,
  consentMethods,
  consentStatuses,
  evidenceKinds,
  importColumnRoles,
  ImportPreview,
  locales,
  methodCardDurations,
  methodTools,
  participantKinds,
  perspectives,
  phases,
  researchSessionKinds,
  roles,
  SearchHit,
  sourceKinds,
} from '@timantti/contracts';
import { catalogs } from '@timantti/i18n';
import { describe, expect, it } from 'vitest';
import { checklistKey } from '../features/projects/checklist-label.ts';
import {
  consentMethodKey,
  consentStatusKey,
  evidenceKindKey,
  importDelimiterKey,
  importEncodingKey,
  importRoleKey,
  localeKey,
  methodDurationKey,
  methodToolKey,
  participantKindKey,
  perspectiveKey,
  phaseDescriptionKey,
  phaseKey,
  roleKey,
  searchTypeKey,
  sessionKindKey,
  sourceKindKey,
} from './keys.ts';

describe('keys built from domain values', () => {
  it('exist in the catalogs for every value', () => {
    const keys = [
      ...phases.flatMap((p) => [phaseKey(p), phaseDescriptionKey(p)]),
      ...perspectives.map(perspectiveKey),
      ...roles.map(roleKey),
      ...locales.map(localeKey),
      ...participantKinds.map(participantKindKey),
      ...consentStatuses.map(consentStatusKey),
      ...consentMethods.map(consentMethodKey),
      ...researchSessionKinds.map(sessionKindKey),
      ...evidenceKinds.map(evidenceKindKey),
      ...sourceKinds.map(sourceKindKey),
      ...importColumnRoles.map(importRoleKey),
      ...ImportPreview.shape.encoding.options.map(importEncodingKey),
      ...ImportPreview.shape.delimiter.options.map(importDelimiterKey),
      ...SearchHit.shape.type.options.map(searchTypeKey),
      ...methodTools.map(methodToolKey),
      ...methodCardDurations.map(methodDurationKey),
    ];
    for (const key of keys) expect(catalogs.fi).toHaveProperty([key]);
  });

  it('translate every built-in checklist step and reject unknown ones', () => {
    for (const templateKey of Object.values(checklistTemplate).flat()) {
      expect(catalogs.fi).toHaveProperty([checklistKey(templateKey) ?? '']);
    }
    expect(checklistKey('no_such_step')).toBeNull();
  });
});

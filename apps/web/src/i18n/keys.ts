import type {
  ConceptField,
  ConceptLinkKind,
  ConceptStatus,
  HypothesisResult,
  JobKind,
  JobState,
  ListItemDiff,
  ConsentMethod,
  ConsentStatus,
  EvidenceKind,
  ExerciseKind,
  GroupColour,
  LaneType,
  ImportColumnRole,
  ImportPreview,
  ImportStatus,
  Locale,
  MethodTool,
  ParticipantKind,
  PersonaField,
  PersonaIcon,
  PersonaKind,
  Perspective,
  Phase,
  ResearchSessionKind,
  Role,
  SearchHit,
  SourceKind,
  TestMethod,
} from '@timantti/contracts';
import type { MessageKey } from '@timantti/i18n/core';
import type { z } from 'zod';

// Domain enums have their labels in the domain catalogs; these helpers and `checklistKey`
// (beside the checklist) are the only places where a message key is built from a value, and
// the types prove every key exists.
export const phaseKey = (phase: Phase): MessageKey => `phase.${phase}`;
export const methodToolKey = (tool: MethodTool): MessageKey => `methodTool.${tool}`;
export const methodDurationKey = (minutes: 60 | 120 | 240 | 480): MessageKey =>
  `methods.fitsIn.${minutes}`;
export const phaseDescriptionKey = (phase: Phase): MessageKey => `phase.${phase}.description`;
export const perspectiveKey = (perspective: Perspective): MessageKey =>
  `perspective.${perspective}`;
export const roleKey = (role: Role): MessageKey => `role.${role}`;
export const jobKindKey = (kind: JobKind): MessageKey => `jobs.kind.${kind}`;
export const jobStateKey = (state: JobState): MessageKey => `jobs.state.${state}`;
export const importStateKey = (state: ImportStatus['state']): MessageKey =>
  `import.recent.state.${state}`;
export const localeKey = (locale: Locale): MessageKey => `locale.${locale}`;
export const laneTypeKey = (type: LaneType): MessageKey => `journey.laneType.${type}`;
export const groupColourKey = (colour: GroupColour): MessageKey => `board.colour.${colour}`;

// Service concepts: a field's label in a layout (the experiment card names some its own way).
export const conceptFieldKey = (
  field: ConceptField,
  layout: 'concept' | 'experiment' = 'concept',
): MessageKey =>
  layout === 'experiment' && field === 'howItWorks'
    ? 'concept.experiment.howItWorks'
    : `concept.field.${field}`;
export const conceptStatusKey = (status: ConceptStatus): MessageKey => `concept.status.${status}`;
export const conceptLinkKindKey = (kind: ConceptLinkKind): MessageKey =>
  `concept.links.kind.${kind}`;
// Prototype testing: a way of testing, and a hypothesis's result (or none yet).
export const testMethodKey = (method: TestMethod): MessageKey => `conceptTest.method.${method}`;
export const hypothesisResultKey = (result: HypothesisResult | 'open'): MessageKey =>
  `conceptTest.result.${result}`;
export const findingCountKey = (result: HypothesisResult | 'open'): MessageKey =>
  `conceptTest.count.${result}`;
export const listItemDiffKey = (op: ListItemDiff['op']): MessageKey => `concept.diff.item.${op}`;

// Research repository values (participants, consent, sessions, evidence, sources, imports).
export const participantKindKey = (kind: z.infer<typeof ParticipantKind>): MessageKey =>
  `participantKind.${kind}`;
export const consentStatusKey = (status: ConsentStatus): MessageKey => `consentStatus.${status}`;
export const consentMethodKey = (method: z.infer<typeof ConsentMethod>): MessageKey =>
  `consentMethod.${method}`;
export const sessionKindKey = (kind: z.infer<typeof ResearchSessionKind>): MessageKey =>
  `sessionKind.${kind}`;
export const evidenceKindKey = (kind: z.infer<typeof EvidenceKind>): MessageKey =>
  `evidenceKind.${kind}`;
export const sourceKindKey = (kind: z.infer<typeof SourceKind>): MessageKey => `sourceKind.${kind}`;
export const importRoleKey = (role: z.infer<typeof ImportColumnRole>): MessageKey =>
  `importRole.${role}`;
export const importEncodingKey = (encoding: ImportPreview['encoding']): MessageKey =>
  `importEncoding.${encoding}`;
const delimiterNames = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;
export const importDelimiterKey = (delimiter: ImportPreview['delimiter']): MessageKey =>
  `importDelimiter.${delimiterNames[delimiter]}`;
export const searchTypeKey = (type: SearchHit['type']): MessageKey => `searchType.${type}`;

// Personas and customer stories.
export const personaKindKey = (kind: PersonaKind): MessageKey => `personaKind.${kind}`;
export const personaIconKey = (icon: PersonaIcon): MessageKey => `personaIcon.${icon}`;
export const personaFieldKey = (field: PersonaField): MessageKey => `persona.${field}`;
export const exerciseKindKey = (kind: ExerciseKind): MessageKey => `training.kind.${kind}`;
/** When an exercise of the kind is met, for its participant to read. */
export const exerciseRuleKey = (kind: ExerciseKind): MessageKey => `training.rule.${kind}`;

import { z } from 'zod';
import { Id, Timestamp, Version, line, text } from './domain.ts';
import { TextLanguage } from './research.ts';

/*
 * Service concepts (palvelukonsepti). One set of fields serves both readings: the concept card
 * (problem, target group, value promise, how it works, channels, resources, partners, risks,
 * indicators) and the experiment card public bodies use (tiivistys, ongelma, miten idea ratkaisee
 * sen, resurssit, miten testataan, mitä halutaan oppia, toteuttaja, budjetti); the two layouts
 * pick from the same fields, never copy them. The draft is a live document (concept-document.ts,
 * apart from these schemas so that pages listing concepts load no Yjs); a version is a frozen
 * snapshot of it.
 */

export const CONCEPT_SCHEMA_VERSION = 1;

const CONCEPT_PREFIX = 'concept:';
export const conceptDocumentName = (conceptId: string) => `${CONCEPT_PREFIX}${conceptId}`;

/** The concept id in a document name, or null when the name is not a concept's. */
export function conceptIdOf(documentName: string): string | null {
  if (!documentName.startsWith(CONCEPT_PREFIX)) return null;
  const id = documentName.slice(CONCEPT_PREFIX.length);
  return Id.safeParse(id).success ? id : null;
}

/** Fields of free text, each one Y.Text in the live document. */
export const conceptTextFields = [
  'name',
  'summary',
  'problem',
  'targetGroup',
  'valuePromise',
  'howItWorks',
  'howToTest',
  'learningGoals',
  'implementer',
  'budget',
] as const;
export type ConceptTextField = (typeof conceptTextFields)[number];

/** Fields that are lists of short items, each item with an id of its own. */
export const conceptListFields = [
  'channels',
  'resources',
  'partners',
  'risks',
  'indicators',
] as const;
export type ConceptListField = (typeof conceptListFields)[number];

export const conceptFields = [...conceptTextFields, ...conceptListFields] as const;
export const ConceptField = z.enum(conceptFields);
export type ConceptField = z.infer<typeof ConceptField>;

export const isConceptListField = (field: ConceptField): field is ConceptListField =>
  (conceptListFields as readonly string[]).includes(field);

export const CONCEPT_NAME_MAX = 200;
export const CONCEPT_TEXT_MAX = 5000;
export const CONCEPT_ITEM_MAX = 500;
export const CONCEPT_LIST_MAX = 50;

/** The concept card's layout: the concept's own reading of its fields, every one of them. */
export const conceptCardFields = [
  'summary',
  'problem',
  'targetGroup',
  'valuePromise',
  'howItWorks',
  'channels',
  'resources',
  'partners',
  'risks',
  'indicators',
  'howToTest',
  'learningGoals',
  'implementer',
  'budget',
] as const satisfies readonly ConceptField[];

/** The experiment card's layout (kokeilukortti) over the same fields, in its own order. */
export const experimentCardFields = [
  'summary',
  'problem',
  'howItWorks',
  'targetGroup',
  'howToTest',
  'learningGoals',
  'indicators',
  'implementer',
  'resources',
  'budget',
] as const satisfies readonly ConceptField[];

export const ConceptListItem = z.object({ id: Id, text: z.string() });
export type ConceptListItem = z.infer<typeof ConceptListItem>;

export const ConceptSnapshot = z.object({
  name: z.string(),
  summary: z.string(),
  problem: z.string(),
  targetGroup: z.string(),
  valuePromise: z.string(),
  howItWorks: z.string(),
  howToTest: z.string(),
  learningGoals: z.string(),
  implementer: z.string(),
  budget: z.string(),
  channels: z.array(ConceptListItem),
  resources: z.array(ConceptListItem),
  partners: z.array(ConceptListItem),
  risks: z.array(ConceptListItem),
  indicators: z.array(ConceptListItem),
});
export type ConceptSnapshot = z.infer<typeof ConceptSnapshot>;

export const emptyConceptSnapshot = (): ConceptSnapshot => ({
  name: '',
  summary: '',
  problem: '',
  targetGroup: '',
  valuePromise: '',
  howItWorks: '',
  howToTest: '',
  learningGoals: '',
  implementer: '',
  budget: '',
  channels: [],
  resources: [],
  partners: [],
  risks: [],
  indicators: [],
});

export const conceptStatuses = ['draft', 'testing', 'piloting', 'adopted', 'dropped'] as const;
export const ConceptStatus = z.enum(conceptStatuses);
export type ConceptStatus = z.infer<typeof ConceptStatus>;

/** What a concept links to: the insights, journeys and personas it answers. */
export const conceptLinkKinds = ['insight', 'journey', 'persona'] as const;
export const ConceptLinkKind = z.enum(conceptLinkKinds);
export type ConceptLinkKind = z.infer<typeof ConceptLinkKind>;

// ——— REST ———

export const CreateConceptInput = z.strictObject({
  name: line(CONCEPT_NAME_MAX),
  summary: text(CONCEPT_TEXT_MAX).default(''),
  /** The language of the concept's texts in the search; the caller's locale if left out. */
  language: TextLanguage.optional(),
  /** A picked idea of the project to develop into this concept. */
  ideaId: Id.optional(),
});
export type CreateConceptInput = z.infer<typeof CreateConceptInput>;

export const UpdateConceptInput = z.strictObject({ version: Version, status: ConceptStatus });
export type UpdateConceptInput = z.infer<typeof UpdateConceptInput>;

export const ConceptLinkInput = z.strictObject({ kind: ConceptLinkKind, targetId: Id });
export type ConceptLinkInput = z.infer<typeof ConceptLinkInput>;

export const CONCEPT_MAX_FINDINGS = 50;

/** Freezing the draft: why this version differs from the last, and the findings behind it. */
export const FreezeConceptInput = z.strictObject({
  reason: line(2000),
  /** Insights (findings) that made the team change the concept. */
  findingIds: z
    .array(Id)
    .max(CONCEPT_MAX_FINDINGS)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'finding ids must be unique' })
    .default([]),
});
export type FreezeConceptInput = z.infer<typeof FreezeConceptInput>;

/** A version number, or `draft` for the live draft as last stored. */
export const ConceptVersionRef = z.union([
  z.literal('draft'),
  z.coerce.number().int().positive().max(2_147_483_647),
]);
export type ConceptVersionRef = z.infer<typeof ConceptVersionRef>;

export const ConceptDiffQuery = z.strictObject({
  from: ConceptVersionRef,
  to: ConceptVersionRef,
});
export type ConceptDiffQuery = z.infer<typeof ConceptDiffQuery>;

export const ConceptLink = z.object({ kind: ConceptLinkKind, id: Id, title: z.string() });
export type ConceptLink = z.infer<typeof ConceptLink>;

export const ConceptSummary = z.object({
  id: Id,
  projectId: Id,
  name: z.string(),
  summary: z.string(),
  status: ConceptStatus,
  language: TextLanguage,
  /** The number the draft will have when frozen: versions 1 … draftNumber − 1 are frozen. */
  draftNumber: z.number().int(),
  linkCount: z.number().int(),
  /** The picked idea it was developed from. */
  idea: z.object({ id: Id, text: z.string() }).nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type ConceptSummary = z.infer<typeof ConceptSummary>;
export const ConceptList = z.object({ items: z.array(ConceptSummary) });
export type ConceptList = z.infer<typeof ConceptList>;

/** A concept with its draft as last stored, for readers not on it live. */
export const Concept = ConceptSummary.extend({
  /** The Yjs document to connect to at `/collab`. */
  documentName: z.string(),
  draft: ConceptSnapshot,
  links: z.array(ConceptLink),
  /** `edit`: write the draft live (the customer member too); `manage`: status, links, versions. */
  abilities: z.object({ edit: z.boolean(), manage: z.boolean() }),
});
export type Concept = z.infer<typeof Concept>;

export const ConceptVersionSummary = z.object({
  number: z.number().int(),
  reason: z.string(),
  /** The findings that made the team change it. */
  findings: z.array(ConceptLink),
  frozenBy: z.string().nullable(),
  frozenAt: Timestamp,
});
export type ConceptVersionSummary = z.infer<typeof ConceptVersionSummary>;
export const ConceptVersionList = z.object({ items: z.array(ConceptVersionSummary) });
export type ConceptVersionList = z.infer<typeof ConceptVersionList>;

export const ConceptVersion = ConceptVersionSummary.extend({
  snapshot: ConceptSnapshot,
  /** What the concept answered when it was frozen. */
  links: z.array(ConceptLink),
});
export type ConceptVersion = z.infer<typeof ConceptVersion>;

// ——— Diff ———

export const DiffPart = z.object({
  op: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
});
export type DiffPart = z.infer<typeof DiffPart>;

export const ListItemDiff = z.object({
  id: Id,
  op: z.enum(['added', 'removed', 'changed', 'moved', 'unchanged']),
  /** The item's words, with what changed marked; one `equal` part when it did not. */
  parts: z.array(DiffPart),
  /** Whether it changed place among the items both versions have (besides any other change). */
  moved: z.boolean(),
});
export type ListItemDiff = z.infer<typeof ListItemDiff>;

export const ConceptFieldDiff = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), field: ConceptField, parts: z.array(DiffPart) }),
  z.object({ kind: z.literal('list'), field: ConceptField, items: z.array(ListItemDiff) }),
]);
export type ConceptFieldDiff = z.infer<typeof ConceptFieldDiff>;

const VersionNamed = z.union([z.literal('draft'), z.number().int()]);

export const ConceptDiff = z.object({
  from: VersionNamed,
  to: VersionNamed,
  /** Only the fields that changed, in the fields' own order. */
  fields: z.array(ConceptFieldDiff),
});
export type ConceptDiff = z.infer<typeof ConceptDiff>;

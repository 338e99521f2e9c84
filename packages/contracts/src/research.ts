import { z } from 'zod';
import { Id, Timestamp, Version, inputString, line, storableText, text } from './domain.ts';
import { RICH_TEXT_MAX_CHARS, RichTextDoc, StoredRichTextDoc } from './rich-text.ts';

export const participantKinds = ['customer', 'staff', 'partner'] as const;
export const ParticipantKind = z.enum(participantKinds);
export const consentMethods = ['written', 'verbal', 'electronic'] as const;
export const ConsentMethod = z.enum(consentMethods);
export const consentStatuses = ['valid', 'expired', 'withdrawn', 'missing'] as const;
export const ConsentStatus = z.enum(consentStatuses);
export type ConsentStatus = z.infer<typeof ConsentStatus>;
export const researchSessionKinds = [
  'interview',
  'workshop',
  'observation',
  'survey',
  'prototype_test',
  'desk_study',
] as const;
export const ResearchSessionKind = z.enum(researchSessionKinds);
export const evidenceKinds = ['quote', 'observation', 'fact'] as const;
export const EvidenceKind = z.enum(evidenceKinds);
export const sourceKinds = [
  'research',
  'report',
  'statistic',
  'future_trend',
  'best_practice',
  'other',
] as const;
export const SourceKind = z.enum(sourceKinds);
export const TextLanguage = z.enum(['fi', 'sv', 'en']);
export type TextLanguage = z.infer<typeof TextLanguage>;

/** A calendar date, YYYY-MM-DD. */
export const CalendarDate = z.iso.date();

const Attributes = z
  .record(line(60), text(200))
  .refine((value) => Object.keys(value).length <= 20, { message: 'at most 20 attributes' });

export const ConsentInput = z.strictObject({
  purpose: line(1000),
  givenOn: CalendarDate,
  method: ConsentMethod,
  expiresOn: CalendarDate.nullable().default(null),
});

export const Consent = z.object({
  id: Id,
  purpose: z.string(),
  givenOn: CalendarDate,
  method: ConsentMethod,
  expiresOn: CalendarDate.nullable(),
  withdrawnOn: CalendarDate.nullable(),
  recordedAt: Timestamp,
});

export const ContactInput = z.strictObject({
  name: text(200).default(''),
  phone: text(50).default(''),
  email: text(254)
    .pipe(z.union([z.literal(''), z.email()]))
    .default(''),
});
export const Contact = z.object({ name: z.string(), phone: z.string(), email: z.string() });

export const CreateParticipantInput = z.strictObject({
  kind: ParticipantKind,
  segment: text(200).default(''),
  attributes: Attributes.default({}),
  consent: ConsentInput,
  contact: ContactInput.optional(),
});

export const UpdateParticipantInput = z.strictObject({
  version: Version,
  kind: ParticipantKind.optional(),
  segment: text(200).optional(),
  attributes: Attributes.optional(),
});

export const Participant = z.object({
  id: Id,
  projectId: Id,
  code: z.string(),
  kind: ParticipantKind,
  segment: z.string(),
  /** Absent for a caller who may not read raw research (the customer member). */
  attributes: z.record(z.string(), z.string()).optional(),
  consent: Consent.nullable(),
  consentStatus: ConsentStatus,
  /** Absent, as `attributes` is, for a caller who may not read raw research. */
  hasContact: z.boolean().optional(),
  evidenceCount: z.number().int(),
  erased: z.boolean(),
  createdAt: Timestamp,
  version: Version,
});
export type Participant = z.infer<typeof Participant>;
export const ParticipantList = z.object({ items: z.array(Participant) });

export const WithdrawConsentInput = z.strictObject({ withdrawnOn: CalendarDate });

export const ResearchSessionInput = z.strictObject({
  kind: ResearchSessionKind,
  title: line(200),
  heldOn: CalendarDate,
  place: text(200).default(''),
  methodNotes: text(10_000).default(''),
  facilitatorIds: z.array(Id).max(20).default([]),
  participantIds: z.array(Id).max(200).default([]),
});

/** A whole session as the edit leaves it, on the version it was made on. */
export const UpdateResearchSessionInput = ResearchSessionInput.extend({ version: Version });

export const ResearchSession = z.object({
  id: Id,
  projectId: Id,
  kind: ResearchSessionKind,
  title: z.string(),
  heldOn: CalendarDate,
  place: z.string(),
  methodNotes: z.string(),
  facilitators: z.array(z.object({ userId: Id, displayName: z.string() })),
  participants: z.array(z.object({ id: Id, code: z.string(), consentStatus: ConsentStatus })),
  /** Absent for a caller who may not read notes (the customer member). */
  noteCount: z.number().int().optional(),
  createdAt: Timestamp,
  version: Version,
});
export type ResearchSession = z.infer<typeof ResearchSession>;
export const ResearchSessionList = z.object({ items: z.array(ResearchSession) });

const NoteFields = {
  title: text(200).default(''),
  language: TextLanguage.default('fi'),
  participantId: Id.nullable().default(null),
};

/**
 * A note as rich text (`content`), or as plain text (`body`, one paragraph a line) for clients
 * that have no editor, such as a script moving transcripts over from another tool.
 */
export const NoteInput = z.union([
  z.strictObject({ ...NoteFields, content: RichTextDoc }),
  z.strictObject({ ...NoteFields, body: inputString().max(RICH_TEXT_MAX_CHARS) }),
]);
export type NoteInput = z.input<typeof NoteInput>;

/**
 * A whole note as the edit leaves it, on the version it was made on. Passages already made
 * into evidence follow the text; one whose words are gone stays as evidence, no longer pointing
 * into the note.
 */
export const NoteUpdateInput = z.union([
  z.strictObject({ ...NoteFields, content: RichTextDoc, version: Version }),
  z.strictObject({
    ...NoteFields,
    body: inputString().max(RICH_TEXT_MAX_CHARS),
    version: Version,
  }),
]);
export type NoteUpdateInput = z.input<typeof NoteUpdateInput>;

export const Note = z.object({
  id: Id,
  sessionId: Id,
  participantId: Id.nullable(),
  title: z.string(),
  content: StoredRichTextDoc,
  /** The plain-text projection of `content`; evidence offsets point into it. */
  body: z.string(),
  language: TextLanguage,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type Note = z.infer<typeof Note>;
export const NoteList = z.object({ items: z.array(Note) });

export const SourceInput = z.strictObject({
  kind: SourceKind,
  title: line(300),
  author: text(300).default(''),
  year: z.number().int().min(1800).max(2200).nullable().default(null),
  url: z
    .union([
      z.literal(''),
      z
        .url({ protocol: /^https?$/ })
        .check(storableText)
        .max(2000),
    ])
    .default(''),
  citation: text(2000).default(''),
  summary: text(10_000).default(''),
  language: TextLanguage.default('fi'),
});
/** A whole source as the edit leaves it, on the version it was made on. */
export const UpdateSourceInput = SourceInput.extend({ version: Version });
export const Source = z.object({
  id: Id,
  projectId: Id,
  kind: SourceKind,
  title: z.string(),
  author: z.string(),
  year: z.number().int().nullable(),
  url: z.string(),
  citation: z.string(),
  summary: z.string(),
  language: TextLanguage,
  createdAt: Timestamp,
  version: Version,
});
export type Source = z.infer<typeof Source>;
export const SourceList = z.object({ items: z.array(Source) });

/** Evidence from a passage of a note (offsets into its body), or written directly. */
export const CreateEvidenceInput = z.union([
  z.strictObject({
    kind: EvidenceKind,
    noteId: Id,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    /** The passage as the client read it: when the note has changed since, it is refused. */
    text: inputString().max(RICH_TEXT_MAX_CHARS).optional(),
    tagIds: z.array(Id).max(50).default([]),
  }),
  z.strictObject({
    kind: EvidenceKind,
    text: line(10_000),
    language: TextLanguage.default('fi'),
    sessionId: Id.nullable().default(null),
    participantId: Id.nullable().default(null),
    sourceId: Id.nullable().default(null),
    tagIds: z.array(Id).max(50).default([]),
  }),
]);

export const TagRef = z.object({ id: Id, name: z.string() });

export const Evidence = z.object({
  id: Id,
  projectId: Id,
  kind: EvidenceKind,
  text: z.string(),
  language: TextLanguage,
  noteId: Id.nullable(),
  noteStart: z.number().int().nullable(),
  noteEnd: z.number().int().nullable(),
  sessionId: Id.nullable(),
  participantId: Id.nullable(),
  participantCode: z.string().nullable(),
  consentStatus: ConsentStatus.nullable(),
  sourceId: Id.nullable(),
  tags: z.array(TagRef),
  // The participant behind it was erased: the text is gone for good.
  withdrawn: z.boolean(),
  createdAt: Timestamp,
  /** Moves on when its tags are set, the one edit evidence takes. */
  version: Version,
});
export type Evidence = z.infer<typeof Evidence>;
export const EvidenceList = z.object({
  items: z.array(Evidence),
  nextCursor: z.string().nullable(),
  /** How many items the whole list has; given with the first page only. */
  total: z.number().int().nullable(),
});

/** The whole tag set, on the version of the evidence it was made on. */
export const SetEvidenceTagsInput = z.strictObject({
  tagIds: z.array(Id).max(50),
  version: Version,
});

export const Tag = z.object({
  id: Id,
  name: z.string(),
  evidenceCount: z.number().int(),
  version: Version,
});
export type Tag = z.infer<typeof Tag>;
export const TagList = z.object({ items: z.array(Tag) });
export const TagInput = z.strictObject({ name: line(80) });
export const RenameTagInput = TagInput.extend({ version: Version });
export const MergeTagInput = z.strictObject({ intoTagId: Id });

export const SearchHitType = z.enum([
  'evidence',
  'note',
  'source',
  'persona',
  'journey',
  'concept',
  'idea',
]);
export const SearchQuery = z.strictObject({
  q: line(200),
  type: SearchHitType.optional(),
  kind: EvidenceKind.optional(),
  tagId: Id.optional(),
  sessionKind: ResearchSessionKind.optional(),
  segment: text(200).optional(),
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: inputString().max(200).optional(),
});

export const SearchHit = z.object({
  type: SearchHitType,
  id: Id,
  title: z.string(),
  // Plain text with the matched words between the markers \u0002 and \u0003, so the client
  // can highlight them without trusting any HTML.
  snippet: z.string(),
  /** An evidence item's whole text, which a board card shows; null for the other types. */
  text: z.string().nullable(),
  // The language of the snippet, for the page's lang attribute; the session, to link to it.
  language: TextLanguage,
  sessionId: Id.nullable(),
  rank: z.number(),
  createdAt: Timestamp,
});
export type SearchHit = z.infer<typeof SearchHit>;
export const SearchResult = z.object({
  items: z.array(SearchHit),
  nextCursor: z.string().nullable(),
});

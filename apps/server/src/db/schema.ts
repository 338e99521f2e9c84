import type {
  ConceptSnapshot,
  ImportSettings,
  MethodCardContent,
  ProblemCode,
  RichTextDoc,
} from '@timantti/contracts';
import type { MessageParams } from '@timantti/i18n';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });
const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
};
// The version an edit names (platform/versioned-edit.ts): an edit made on an older one is refused.
const versioned = { version: integer('version').notNull().default(1) };

export const roleEnum = pgEnum('role', [
  'admin',
  'facilitator',
  'member',
  'customer_member',
  'viewer',
]);
export const phaseEnum = pgEnum('phase', ['discover', 'define', 'develop', 'deliver']);
export const perspectiveEnum = pgEnum('perspective', [
  'expert',
  'developer',
  'decision_maker',
  'customer',
]);
export const localeEnum = pgEnum('locale', ['fi', 'sv', 'en']);

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  ...timestamps,
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    // Null for people who have not set a password (e.g. single sign-on later).
    passwordHash: text('password_hash'),
    locale: localeEnum('locale').notNull().default('fi'),
    ...timestamps,
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)],
);

export const memberships = pgTable(
  'memberships',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: roleEnum('role').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.userId] }),
    index('memberships_user_idx').on(t.userId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Only a hash of the cookie's token is stored, so a leaked table opens no session.
    tokenHash: bytea('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    userAgent: text('user_agent'),
    // The single sign-on provider this session was opened through, for RP-initiated logout.
    oidcProviderId: text('oidc_provider_id'),
    ...timestamps,
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: roleEnum('role').notNull(),
    tokenHash: bytea('token_hash').notNull().unique(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('invitations_organisation_idx').on(t.organisationId)],
);

// Single sign-on providers added with the admin CLI (those from the environment are not stored).
export const oidcProviders = pgTable('oidc_providers', {
  id: text('id').primaryKey(),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  clientSecret: text('client_secret').notNull(),
  // One name, or one per language: { fi, sv, en }.
  displayName: jsonb('display_name').$type<string | Record<string, string>>().notNull(),
  // Where a person lands who signs in without an account, when the installation allows it.
  organisationId: uuid('organisation_id').references(() => organisations.id, {
    onDelete: 'cascade',
  }),
  role: roleEnum('role').notNull().default('member'),
  invitationRequired: boolean('invitation_required').notNull().default(true),
  ...timestamps,
});

// An account's link to a person at an identity provider. The link is (issuer, subject) only:
// the e-mail address seen when it was made is never used to find the account again.
export const oidcIdentities = pgTable(
  'oidc_identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    providerId: text('provider_id').notNull(),
    ...timestamps,
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('oidc_identities_issuer_subject_key').on(t.issuer, t.subject),
    index('oidc_identities_user_idx').on(t.userId),
  ],
);

// A sign-in under way at a provider: PKCE verifier, nonce and where to go after. Keyed by a
// hash of the state, and deleted when the callback takes it, so a callback works only once.
export const oidcLogins = pgTable('oidc_logins', {
  stateHash: bytea('state_hash').primaryKey(),
  providerId: text('provider_id').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  nonce: text('nonce').notNull(),
  returnTo: text('return_to').notNull(),
  ...timestamps,
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

// The login tables are keyed by HMACs under a per-installation secret (login-throttle.ts), so
// none of them holds an e-mail address or an IP address.

// Failed sign-ins to one account from one address, in a fixed window.
export const loginAttempts = pgTable('login_attempts', {
  key: text('key').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  failures: integer('failures').notNull(),
});

// Failed sign-ins to one account from anywhere, behind its progressive delay.
export const loginAccountFailures = pgTable('login_account_failures', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
});

// An address or device that signed in to an account, exempt from that account's delay.
export const loginKnownClients = pgTable('login_known_clients', {
  key: text('key').primaryKey(),
  lastSuccessAt: timestamp('last_success_at', { withTimezone: true }).notNull(),
});

export const serverSecrets = pgTable('server_secrets', {
  name: text('name').primaryKey(),
  value: bytea('value').notNull(),
  ...timestamps,
});

export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    challenge: text('challenge').notNull().default(''),
    goals: text('goals')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    targetGroup: text('target_group').notNull().default(''),
    indicators: text('indicators')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    phase: phaseEnum('phase').notNull().default('discover'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versioned,
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('projects_organisation_idx').on(t.organisationId, t.updatedAt)],
);

export const projectMembers = pgTable(
  'project_members',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    perspectives: perspectiveEnum('perspectives')
      .array()
      .notNull()
      .default(sql`'{}'::perspective[]`),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.userId] }),
    index('project_members_user_idx').on(t.userId),
  ],
);

export const checklistItems = pgTable(
  'checklist_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    phase: phaseEnum('phase').notNull(),
    templateKey: text('template_key'),
    label: text('label'),
    position: integer('position').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versioned,
  },
  (t) => [
    index('checklist_items_project_idx').on(t.projectId, t.phase, t.position),
    check('checklist_items_has_text', sql`${t.templateKey} is not null or ${t.label} is not null`),
  ],
);

// Security-relevant events. Holds ids and codes only, never names, e-mails or free text.
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organisationId: uuid('organisation_id').references(() => organisations.id, {
      onDelete: 'cascade',
    }),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    metadata: jsonb('metadata').$type<Record<string, string | number | boolean>>(),
    ...timestamps,
  },
  (t) => [index('audit_log_organisation_idx').on(t.organisationId, t.createdAt)],
);

// ——— Research repository ———

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const date = (name: string) =>
  customType<{ data: string; driverData: string }>({ dataType: () => 'date' })(name);

export const participantKindEnum = pgEnum('participant_kind', ['customer', 'staff', 'partner']);
export const consentMethodEnum = pgEnum('consent_method', ['written', 'verbal', 'electronic']);
export const researchSessionKindEnum = pgEnum('research_session_kind', [
  'interview',
  'workshop',
  'observation',
  'survey',
  'prototype_test',
  'desk_study',
]);
export const evidenceKindEnum = pgEnum('evidence_kind', ['quote', 'observation', 'fact']);
export const sourceKindEnum = pgEnum('source_kind', [
  'research',
  'report',
  'statistic',
  'future_trend',
  'best_practice',
  'other',
]);
export const textLanguageEnum = pgEnum('text_language', ['fi', 'sv', 'en']);

/** A pseudonymous research participant. Names and contact details live in participant_contacts. */
export const participants = pgTable(
  'participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    kind: participantKindEnum('kind').notNull(),
    segment: text('segment').notNull().default(''),
    attributes: jsonb('attributes').$type<Record<string, string>>().notNull().default({}),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versioned,
    // Set when the participant was erased: only the code remains, so trails show a withdrawal.
    erasedAt: timestamp('erased_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('participants_project_code_key').on(t.projectId, t.code)],
);

export const participantContacts = pgTable('participant_contacts', {
  participantId: uuid('participant_id')
    .primaryKey()
    .references(() => participants.id, { onDelete: 'cascade' }),
  name: text('name').notNull().default(''),
  phone: text('phone').notNull().default(''),
  email: text('email').notNull().default(''),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    givenOn: date('given_on').notNull(),
    method: consentMethodEnum('method').notNull(),
    expiresOn: date('expires_on'),
    withdrawnOn: date('withdrawn_on'),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('consents_participant_idx').on(t.participantId, t.createdAt)],
);

export const researchSessions = pgTable(
  'research_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    kind: researchSessionKindEnum('kind').notNull(),
    title: text('title').notNull(),
    heldOn: date('held_on').notNull(),
    place: text('place').notNull().default(''),
    methodNotes: text('method_notes').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versioned,
  },
  (t) => [index('research_sessions_project_idx').on(t.projectId, t.heldOn)],
);

export const researchSessionFacilitators = pgTable(
  'research_session_facilitators',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => researchSessions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] })],
);

export const researchSessionParticipants = pgTable(
  'research_session_participants',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => researchSessions.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.participantId] }),
    index('research_session_participants_participant_idx').on(t.participantId),
  ],
);

export const notes = pgTable(
  'notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => researchSessions.id, { onDelete: 'cascade' }),
    // The participant the note is about (an interview transcript), when there is one.
    participantId: uuid('participant_id').references(() => participants.id, {
      onDelete: 'set null',
    }),
    title: text('title').notNull().default(''),
    content: jsonb('content').$type<RichTextDoc>().notNull(),
    // The plain-text projection of `content` (see contracts' rich-text.ts): evidence offsets,
    // the search vector and exports read it, so none of them needs to understand the document.
    body: text('body').notNull(),
    language: textLanguageEnum('language').notNull().default('fi'),
    search: tsvector('search').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versioned,
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('notes_session_idx').on(t.sessionId),
    index('notes_participant_idx').on(t.participantId),
    index('notes_search_idx').using('gin', t.search),
  ],
);

export const sources = pgTable(
  'sources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    kind: sourceKindEnum('kind').notNull(),
    title: text('title').notNull(),
    author: text('author').notNull().default(''),
    year: integer('year'),
    url: text('url').notNull().default(''),
    citation: text('citation').notNull().default(''),
    summary: text('summary').notNull().default(''),
    language: textLanguageEnum('language').notNull().default('fi'),
    search: tsvector('search').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versioned,
  },
  (t) => [
    index('sources_project_idx').on(t.projectId),
    index('sources_search_idx').using('gin', t.search),
  ],
);

export const evidence = pgTable(
  'evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    kind: evidenceKindEnum('kind').notNull(),
    text: text('text').notNull(),
    // Where a highlighted passage came from: the note and its character offsets. Offsets are
    // null when an edit of the note removed the passage's words: the evidence keeps its text.
    noteId: uuid('note_id').references(() => notes.id, { onDelete: 'set null' }),
    noteStart: integer('note_start'),
    noteEnd: integer('note_end'),
    sessionId: uuid('session_id').references(() => researchSessions.id, { onDelete: 'set null' }),
    participantId: uuid('participant_id').references(() => participants.id, {
      onDelete: 'set null',
    }),
    sourceId: uuid('source_id').references(() => sources.id, { onDelete: 'set null' }),
    language: textLanguageEnum('language').notNull().default('fi'),
    search: tsvector('search').notNull(),
    // Set when the participant behind it was erased: the text is gone, the trail shows why.
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versioned,
  },
  (t) => [
    index('evidence_project_idx').on(t.projectId, t.createdAt),
    index('evidence_participant_idx').on(t.participantId),
    index('evidence_note_idx').on(t.noteId),
    index('evidence_search_idx').using('gin', t.search),
    check(
      'evidence_note_range',
      sql`(${t.noteId} is null) or (${t.noteStart} is null and ${t.noteEnd} is null) or (${t.noteStart} >= 0 and ${t.noteEnd} > ${t.noteStart})`,
    ),
  ],
);

export const tags = pgTable(
  'tags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    ...timestamps,
    ...versioned,
  },
  (t) => [uniqueIndex('tags_project_name_key').on(t.projectId, sql`lower(${t.name})`)],
);

export const evidenceTags = pgTable(
  'evidence_tags',
  {
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidence.id, { onDelete: 'cascade' }),
    tagId: uuid('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.evidenceId, t.tagId] }),
    index('evidence_tags_tag_idx').on(t.tagId),
  ],
);

/** An uploaded experience-data file waiting to be mapped and imported (kept on disk meanwhile). */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    byteSize: integer('byte_size').notNull(),
    ...timestamps,
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    committedAt: timestamp('committed_at', { withTimezone: true }),
    sessionId: uuid('session_id').references(() => researchSessions.id, { onDelete: 'set null' }),
    // Set when the import is started: its job, and what it was asked to do (the column
    // mapping, the survey and its consent — no row of the file).
    jobId: uuid('job_id').references(() => jobs.id, { onDelete: 'set null' }),
    settings: jsonb('settings').$type<ImportSettings>(),
    // What the job found: the counts written, or the problem (a code and its line) that
    // stopped it with nothing written.
    participantCount: integer('participant_count'),
    evidenceCount: integer('evidence_count'),
    problem: jsonb('problem').$type<{ code: ProblemCode; params: MessageParams }>(),
  },
  (t) => [index('imports_project_idx').on(t.projectId)],
);

// ——— Synthesis ———

export const boardCardKindEnum = pgEnum('board_card_kind', ['evidence', 'sticky', 'idea']);

/**
 * An affinity board. Its Yjs document lives in `state` (the whole document, garbage-collected,
 * as one update) beside the row it belongs to, so a board's state goes when the board or its
 * project goes, and one row lock serialises every store and erasure of it.
 */
export const boards = pgTable(
  'boards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    state: bytea('state').notNull(),
    // The board document schema version `state` was stored with (contracts' board.ts).
    schemaVersion: integer('schema_version').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versioned,
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [index('boards_project_idx').on(t.projectId, t.createdAt)],
);

// Derived from the board document on every store, in the same transaction as `state`, so
// search, traceability and exports read rows and never parse Yjs updates.
export const boardGroups = pgTable(
  'board_groups',
  {
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id').notNull(),
    title: text('title').notNull(),
    colour: text('colour').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.boardId, t.groupId] })],
);

export const boardCards = pgTable(
  'board_cards',
  {
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    cardId: uuid('card_id').notNull(),
    kind: boardCardKindEnum('kind').notNull(),
    evidenceId: uuid('evidence_id').references(() => evidence.id, { onDelete: 'set null' }),
    // Idea cards: the project's idea the card was placed from (its text copied at placement).
    ideaId: uuid('idea_id').references((): AnyPgColumn => ideas.id, { onDelete: 'set null' }),
    groupId: uuid('group_id'),
    text: text('text').notNull(),
    language: textLanguageEnum('language').notNull(),
    // The participant behind the evidence was erased: the text is gone, the card stays.
    withdrawn: boolean('withdrawn').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.boardId, t.cardId] }),
    index('board_cards_evidence_idx').on(t.evidenceId),
    index('board_cards_idea_idx').on(t.ideaId),
  ],
);

/**
 * An insight (oivallus) written by the team, usually from a group on a board, with an optional
 * "How might we…" question. It rests on evidence items, kept in `insight_evidence` in the order
 * they were cited, so the insight page can show the people and sessions behind it.
 */
export const insights = pgTable(
  'insights',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    boardId: uuid('board_id').references(() => boards.id, { onDelete: 'set null' }),
    // The board group it was written from. Groups live in the board document and their rows are
    // rewritten on every store, so this is a plain reference that may outlive the group.
    groupId: uuid('group_id'),
    statement: text('statement').notNull(),
    hmw: text('hmw').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versioned,
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('insights_project_idx').on(t.projectId, t.createdAt),
    index('insights_board_idx').on(t.boardId),
  ],
);

export const insightEvidence = pgTable(
  'insight_evidence',
  {
    insightId: uuid('insight_id')
      .notNull()
      .references(() => insights.id, { onDelete: 'cascade' }),
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidence.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.insightId, t.evidenceId] }),
    index('insight_evidence_evidence_idx').on(t.evidenceId),
  ],
);

/**
 * A persona or a customer story (asiakastarina) of the project: a photo-free avatar (initials,
 * or one of a fixed set of icons when `avatar_icon` is set), segment, needs, goals, frustrations,
 * quote and story, all written by the team. It never copies evidence text; it cites evidence
 * through `persona_citations`, so an erasure leaves it whole with the citations withdrawn.
 */
export const personas = pgTable(
  'personas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['persona', 'customer_story'] }).notNull(),
    name: text('name').notNull(),
    avatarIcon: text('avatar_icon', {
      enum: ['person', 'youth', 'senior', 'family', 'worker', 'entrepreneur'],
    }),
    segment: text('segment').notNull().default(''),
    needs: text('needs')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    goals: text('goals')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    frustrations: text('frustrations')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    quote: text('quote').notNull().default(''),
    story: text('story').notNull().default(''),
    language: textLanguageEnum('language').notNull().default('fi'),
    search: tsvector('search').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versioned,
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('personas_project_idx').on(t.projectId, t.createdAt),
    index('personas_search_idx').using('gin', t.search),
  ],
);

/**
 * The evidence a persona's field cites, in order. Deleting the evidence from the repository
 * takes it out; erasing its participant only marks it withdrawn, so the citation stays.
 */
export const personaCitations = pgTable(
  'persona_citations',
  {
    personaId: uuid('persona_id')
      .notNull()
      .references(() => personas.id, { onDelete: 'cascade' }),
    field: text('field', {
      enum: ['segment', 'needs', 'goals', 'frustrations', 'quote', 'story'],
    }).notNull(),
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidence.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personaId, t.field, t.evidenceId] }),
    index('persona_citations_evidence_idx').on(t.evidenceId),
  ],
);

// ——— Jobs ———

/**
 * A job of the queue (platform/jobs) as the organisation's admins see it: what kind, whose, in
 * which state, how far along. pg-boss keeps its own tables for delivery; this row is ours, so
 * the admin page filters by organisation and shows progress without reading pg-boss internals.
 * A failed job waits for its retry; a dead one has used its retries and waits in the
 * dead-letter queue for an admin to run it again.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    state: text('state', {
      enum: ['queued', 'running', 'failed', 'dead', 'done', 'cancelled'],
    }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    progress: real('progress').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('jobs_organisation_idx').on(t.organisationId, t.createdAt)],
);

/**
 * A run of machine theme suggestion for cards of a board: its progress while a job computes it,
 * then the proposed themes (labels and card ids; no card text is kept here). Any instance
 * answers a poll from here. Rows are short-lived: old ones are cleared when new runs
 * start, and erasing a participant clears the project's, whose labels may hold their words.
 */
export const themeSuggestions = pgTable(
  'theme_suggestions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['running', 'done', 'failed', 'cancelled'] }).notNull(),
    phase: text('phase', {
      enum: ['queued', 'terms', 'choosing-k', 'clustering', 'labelling'],
    }).notNull(),
    progress: real('progress').notNull().default(0),
    result: jsonb('result').$type<{
      themes: { label: string; terms: string[]; cardIds: string[] }[];
      unassignedCardIds: string[];
      finnishAnalysis: 'voikko' | 'stem';
    }>(),
    // The cards' texts while the run needs them, here rather than in the job's payload, so that
    // a participant's erasure (which deletes the project's runs) reaches them; gone once done
    // or cancelled, kept by a failed run for its redrive.
    input: jsonb('input').$type<{
      cards: { cardId: string; text: string; language: 'fi' | 'sv' | 'en' }[];
      themes?: number | undefined;
    }>(),
    // The job that computes it; cancelling the run cancels the job.
    jobId: uuid('job_id').references(() => jobs.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('theme_suggestions_board_idx').on(t.boardId, t.createdAt)],
);

// ——— Journey maps ———

/**
 * A service journey map (palvelupolku), as-is or to-be. Its Yjs document lives in `state`
 * beside the row, as a board's does; `language` is that of its template titles and of its
 * cells in the search. It may be linked to a persona, and remembers the journey it was copied
 * from.
 */
export const journeys = pgTable(
  'journeys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: text('kind', { enum: ['as_is', 'to_be'] }).notNull(),
    personaId: uuid('persona_id').references(() => personas.id, { onDelete: 'set null' }),
    copiedFrom: uuid('copied_from').references((): AnyPgColumn => journeys.id, {
      onDelete: 'set null',
    }),
    language: textLanguageEnum('language').notNull().default('fi'),
    state: bytea('state').notNull(),
    // The journey document schema version `state` was stored with (contracts' journey.ts).
    schemaVersion: integer('schema_version').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versioned,
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [
    index('journeys_project_idx').on(t.projectId, t.createdAt),
    index('journeys_persona_idx').on(t.personaId),
  ],
);

// Derived from the journey document on every store, in the same transaction as `state`.
export const journeyStages = pgTable(
  'journey_stages',
  {
    journeyId: uuid('journey_id')
      .notNull()
      .references(() => journeys.id, { onDelete: 'cascade' }),
    stageId: uuid('stage_id').notNull(),
    title: text('title').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.journeyId, t.stageId] })],
);

export const journeyLanes = pgTable(
  'journey_lanes',
  {
    journeyId: uuid('journey_id')
      .notNull()
      .references(() => journeys.id, { onDelete: 'cascade' }),
    laneId: uuid('lane_id').notNull(),
    title: text('title').notNull(),
    type: text('type').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.journeyId, t.laneId] })],
);

/** A cell holds the team's own words, never evidence text (it cites evidence instead). */
export const journeyCells = pgTable(
  'journey_cells',
  {
    journeyId: uuid('journey_id')
      .notNull()
      .references(() => journeys.id, { onDelete: 'cascade' }),
    laneId: uuid('lane_id').notNull(),
    stageId: uuid('stage_id').notNull(),
    text: text('text').notNull(),
    emotion: smallint('emotion'),
    // The journey's language, repeated so the search matches a cell in its own language.
    language: textLanguageEnum('language').notNull(),
    search: tsvector('search').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.journeyId, t.laneId, t.stageId] }),
    index('journey_cells_search_idx').using('gin', t.search),
  ],
);

/**
 * What a cell cites, in order. Ids the document names that are not the project's own evidence
 * or insights are left out. Erasing a participant keeps the row: the evidence row stays, marked
 * withdrawn, and so does the citation.
 */
export const journeyCitations = pgTable(
  'journey_citations',
  {
    journeyId: uuid('journey_id')
      .notNull()
      .references(() => journeys.id, { onDelete: 'cascade' }),
    laneId: uuid('lane_id').notNull(),
    stageId: uuid('stage_id').notNull(),
    position: integer('position').notNull(),
    kind: text('kind', { enum: ['evidence', 'insight'] }).notNull(),
    evidenceId: uuid('evidence_id').references(() => evidence.id, { onDelete: 'set null' }),
    insightId: uuid('insight_id').references(() => insights.id, { onDelete: 'set null' }),
  },
  (t) => [
    primaryKey({ columns: [t.journeyId, t.laneId, t.stageId, t.position] }),
    index('journey_citations_evidence_idx').on(t.evidenceId),
    index('journey_citations_insight_idx').on(t.insightId),
  ],
);

export const ideaStatusEnum = pgEnum('idea_status', ['open', 'picked']);
export const sketchTypeEnum = pgEnum('sketch_type', ['image/png', 'image/jpeg', 'image/webp']);

/**
 * An idea the team (customer members too) wrote against an insight or its "How might we…?"
 * question, or against the project's challenge when no insight is named. A sketch image is kept
 * as a file in the data directory named by `sketch_id`, a fresh id at each upload. `picked`
 * marks an idea the team chose to develop into a service concept.
 */
export const ideas = pgTable(
  'ideas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    insightId: uuid('insight_id').references(() => insights.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    status: ideaStatusEnum('status').notNull().default('open'),
    sketchId: uuid('sketch_id'),
    sketchType: sketchTypeEnum('sketch_type'),
    sketchBytes: integer('sketch_bytes'),
    // The idea form offers no language yet, so ideas are indexed as the Finnish they mostly are.
    language: textLanguageEnum('language').notNull().default('fi'),
    // The text's search vector only: the author's name is never indexed, since a voting round
    // may hide who wrote the idea.
    search: tsvector('search').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versioned,
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ideas_project_idx').on(t.projectId, t.createdAt),
    index('ideas_insight_idx').on(t.insightId),
    index('ideas_search_idx').using('gin', t.search),
    check(
      'ideas_sketch_whole',
      sql`(${t.sketchId} is null) = (${t.sketchType} is null) and (${t.sketchId} is null) = (${t.sketchBytes} is null)`,
    ),
  ],
);

export const votingRoundStatusEnum = pgEnum('voting_round_status', ['open', 'closed']);

/**
 * A dot-voting round (pisteäänestys) over the project's ideas, or over the ideas of one insight:
 * each voter has `budget` dots, may put several on one idea when `allow_stacking`, and nobody
 * sees the results until the one who opened it (or an admin) closes it.
 */
export const votingRounds = pgTable(
  'voting_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    insightId: uuid('insight_id').references(() => insights.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    budget: smallint('budget').notNull(),
    allowStacking: boolean('allow_stacking').notNull(),
    hideAuthors: boolean('hide_authors').notNull(),
    status: votingRoundStatusEnum('status').notNull().default('open'),
    openedBy: uuid('opened_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('voting_rounds_project_idx').on(t.projectId, t.createdAt),
    check('voting_rounds_budget', sql`${t.budget} between 1 and 20`),
  ],
);

/** The dots one voter put on one idea in a round. */
export const votes = pgTable(
  'votes',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => votingRounds.id, { onDelete: 'cascade' }),
    voterId: uuid('voter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => ideas.id, { onDelete: 'cascade' }),
    dots: smallint('dots').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.voterId, t.ideaId] }),
    index('votes_idea_idx').on(t.ideaId),
    check('votes_dots', sql`${t.dots} between 1 and 20`),
  ],
);

// ——— Service concepts ———

/**
 * A service concept (palvelukonsepti). Its live draft is a Yjs document in `state`, as a
 * journey's is; `name` is derived from it on every store (for lists), `status` and the
 * numbering of versions are the row's own. `draft_number` is the number the draft gets when it
 * is frozen: versions 1 … draft_number − 1 are in `concept_versions`.
 */
export const concepts = pgTable(
  'concepts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    summary: text('summary').notNull().default(''),
    status: text('status', {
      enum: ['draft', 'testing', 'piloting', 'adopted', 'dropped'],
    })
      .notNull()
      .default('draft'),
    language: textLanguageEnum('language').notNull().default('fi'),
    state: bytea('state').notNull(),
    // The concept document schema version `state` was stored with (contracts' concepts.ts).
    schemaVersion: integer('schema_version').notNull(),
    draftNumber: integer('draft_number').notNull().default(1),
    // The picked idea the concept was developed from, if any.
    ideaId: uuid('idea_id').references(() => ideas.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versioned,
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('concepts_project_idx').on(t.projectId, t.createdAt)],
);

/**
 * The draft's fields, derived from the document on every store: one row per text field that
 * is not empty and per list item, with a tsvector in the concept's language.
 */
export const conceptFields = pgTable(
  'concept_fields',
  {
    // Its own key, as every row with a search vector has one the search rebuild pages by.
    id: uuid('id').primaryKey().defaultRandom(),
    conceptId: uuid('concept_id')
      .notNull()
      .references(() => concepts.id, { onDelete: 'cascade' }),
    field: text('field').notNull(),
    position: integer('position').notNull(),
    // The list item's id in the document; null for a text field.
    itemId: uuid('item_id'),
    text: text('text').notNull(),
    language: textLanguageEnum('language').notNull(),
    search: tsvector('search').notNull(),
  },
  (t) => [
    uniqueIndex('concept_fields_position_idx').on(t.conceptId, t.field, t.position),
    index('concept_fields_search_idx').using('gin', t.search),
  ],
);

/**
 * What the draft answers: insights, journeys and personas of its own project, one row each, so
 * measures can count them. Exactly one target column is set.
 */
export const conceptLinks = pgTable(
  'concept_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conceptId: uuid('concept_id')
      .notNull()
      .references(() => concepts.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['insight', 'journey', 'persona'] }).notNull(),
    insightId: uuid('insight_id').references(() => insights.id, { onDelete: 'cascade' }),
    journeyId: uuid('journey_id').references(() => journeys.id, { onDelete: 'cascade' }),
    personaId: uuid('persona_id').references(() => personas.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('concept_links_insight_idx').on(t.conceptId, t.insightId),
    uniqueIndex('concept_links_journey_idx').on(t.conceptId, t.journeyId),
    uniqueIndex('concept_links_persona_idx').on(t.conceptId, t.personaId),
    index('concept_links_insight_target_idx').on(t.insightId),
    index('concept_links_journey_target_idx').on(t.journeyId),
    index('concept_links_persona_target_idx').on(t.personaId),
    check('concept_links_one_target', sql`num_nonnulls(insight_id, journey_id, persona_id) = 1`),
  ],
);

/** A frozen version of a concept: its fields as they were, and why it changed. */
export const conceptVersions = pgTable(
  'concept_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conceptId: uuid('concept_id')
      .notNull()
      .references(() => concepts.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    snapshot: jsonb('snapshot').$type<ConceptSnapshot>().notNull(),
    reason: text('reason').notNull(),
    frozenBy: uuid('frozen_by').references(() => users.id, { onDelete: 'set null' }),
    frozenAt: timestamp('frozen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('concept_versions_number_idx').on(t.conceptId, t.number)],
);

/**
 * A version's links as they were when it was frozen (`answers`), and the findings that made the
 * team change it (`prompted`, insights only). Copied, so the draft's links may change later.
 */
export const conceptVersionLinks = pgTable(
  'concept_version_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => conceptVersions.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['answers', 'prompted'] }).notNull(),
    kind: text('kind', { enum: ['insight', 'journey', 'persona'] }).notNull(),
    insightId: uuid('insight_id').references(() => insights.id, { onDelete: 'cascade' }),
    journeyId: uuid('journey_id').references(() => journeys.id, { onDelete: 'cascade' }),
    personaId: uuid('persona_id').references(() => personas.id, { onDelete: 'cascade' }),
  },
  (t) => [
    index('concept_version_links_version_idx').on(t.versionId),
    index('concept_version_links_insight_idx').on(t.insightId),
    index('concept_version_links_journey_idx').on(t.journeyId),
    index('concept_version_links_persona_idx').on(t.personaId),
    check(
      'concept_version_links_one_target',
      sql`num_nonnulls(insight_id, journey_id, persona_id) = 1`,
    ),
  ],
);

/**
 * A test round of a frozen concept version (prototype testing with customers): its plan — what
 * is tested and how, what the team wants to learn, where and when — and the in-person
 * `prototype_test` research session the team types answers into. `next_version_number` is set
 * when the team started the next version from the round's findings. A public feedback form may
 * later feed the same round.
 */
export const testRounds = pgTable(
  'test_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    conceptId: uuid('concept_id')
      .notNull()
      .references(() => concepts.id, { onDelete: 'cascade' }),
    // The frozen version tested; a version row is never deleted but with its concept.
    versionNumber: integer('version_number').notNull(),
    title: text('title').notNull(),
    method: text('method', {
      enum: ['paper_prototype', 'role_play', 'clickable_prototype', 'service_simulation', 'pilot'],
    }).notNull(),
    description: text('description').notNull().default(''),
    learningGoals: text('learning_goals').notNull().default(''),
    place: text('place').notNull().default(''),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    // The answers typed in by the team live in research; deleting the round keeps them.
    sessionId: uuid('session_id').references(() => researchSessions.id, { onDelete: 'set null' }),
    // The public feedback form feeding the round too.
    formId: uuid('form_id').references(() => feedbackForms.id, { onDelete: 'set null' }),
    nextVersionNumber: integer('next_version_number'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versioned,
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('test_rounds_concept_idx').on(t.conceptId, t.versionNumber, t.createdAt),
    index('test_rounds_session_idx').on(t.sessionId),
    check(
      'test_rounds_dates',
      sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`,
    ),
  ],
);

/** Who the round recruits: a segment and how many of it. */
export const testRecruitTargets = pgTable(
  'test_recruit_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => testRounds.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    segment: text('segment').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [uniqueIndex('test_recruit_targets_position_idx').on(t.roundId, t.position)],
);

/**
 * A hypothesis of the round ("we believe … we will know when …") and its finding: confirmed,
 * refuted or unclear, with a note and the evidence cited (`test_finding_evidence`). Its own
 * version, so findings of different hypotheses are written side by side.
 */
export const testHypotheses = pgTable(
  'test_hypotheses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => testRounds.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    belief: text('belief').notNull(),
    signal: text('signal').notNull(),
    result: text('result', { enum: ['confirmed', 'refuted', 'unclear'] }),
    note: text('note').notNull().default(''),
    ...versioned,
  },
  (t) => [index('test_hypotheses_round_idx').on(t.roundId, t.position)],
);

export const testFindingEvidence = pgTable(
  'test_finding_evidence',
  {
    hypothesisId: uuid('hypothesis_id')
      .notNull()
      .references(() => testHypotheses.id, { onDelete: 'cascade' }),
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidence.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.hypothesisId, t.evidenceId] }),
    index('test_finding_evidence_evidence_idx').on(t.evidenceId),
  ],
);

// A public feedback form of a project (modules/feedback-forms). Its texts are per language
// ({ fi, sv, en } for the languages it offers); its questions are one ordered JSON list whose
// ids the answers name, validated by the contracts' FeedbackQuestion on every write.
export const feedbackFormStatusEnum = pgEnum('feedback_form_status', ['draft', 'published']);

export const feedbackForms = pgTable(
  'feedback_forms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    // The short link's code (/f/<code>), random, never derived from the project.
    code: text('code').notNull(),
    status: feedbackFormStatusEnum('status').notNull().default('draft'),
    languages: text('languages').array().notNull(),
    title: jsonb('title').$type<Record<string, string>>().notNull(),
    intro: jsonb('intro').$type<Record<string, string>>().notNull(),
    questions: jsonb('questions').$type<unknown[]>().notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    // The research session its consenting respondents and their open answers belong to.
    sessionId: uuid('session_id')
      .notNull()
      .references(() => researchSessions.id, { onDelete: 'cascade' }),
    // Respondent codes (V1-001) count on this row alone, so answers never queue on the project.
    respondentPrefix: text('respondent_prefix').notNull(),
    respondentCount: integer('respondent_count').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versioned,
  },
  (t) => [
    uniqueIndex('feedback_forms_code_key').on(t.code),
    uniqueIndex('feedback_forms_project_prefix_key').on(t.projectId, t.respondentPrefix),
    index('feedback_forms_project_idx').on(t.projectId, t.createdAt),
  ],
);

// One submitted response. Ratings and choices are kept for every response; open answers only
// as evidence of a consenting respondent's participant (answers hold their evidence ids).
export const feedbackResponses = pgTable(
  'feedback_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    formId: uuid('form_id')
      .notNull()
      .references(() => feedbackForms.id, { onDelete: 'cascade' }),
    // The one-time token's nonce: a resent page stores one response.
    nonce: text('nonce').notNull(),
    language: localeEnum('language').notNull(),
    segment: text('segment').notNull().default(''),
    consent: boolean('consent').notNull(),
    participantId: uuid('participant_id').references(() => participants.id, {
      onDelete: 'cascade',
    }),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('feedback_responses_form_nonce_key').on(t.formId, t.nonce),
    index('feedback_responses_form_idx').on(t.formId, t.createdAt),
    index('feedback_responses_participant_idx').on(t.participantId),
  ],
);

// Submission counters per (form, keyed address hash) and per form, per window, in PostgreSQL so
// they hold across instances.
export const feedbackRateLimits = pgTable('feedback_rate_limits', {
  key: text('key').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  count: integer('count').notNull(),
});

// The outbox of after-commit domain events (events/relay.ts): what one instance emitted, for
// every other to read when its listening connection was away. Ids only, never text or personal
// data; kept an hour.
export const domainEvents = pgTable(
  'domain_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    // The emitting instance, which ran its own listeners already.
    origin: uuid('origin').notNull(),
    event: jsonb('event').$type<{ type: string }>().notNull(),
    ...timestamps,
  },
  (t) => [index('domain_events_created_idx').on(t.createdAt)],
);

/*
 * An organisation's method cards (modules/method-cards/). Shipped cards live in the code and
 * need no row; a row is either the organisation's copy of a shipped card in one language
 * (`shipped_key` set) or a card of its own (`shipped_key` null, written in one language).
 * Restoring a copy to the shipped text empties `content` but keeps the row, so its version only
 * ever grows and an edit made before the restore cannot land on a later copy.
 */
export const methodCards = pgTable(
  'method_cards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    shippedKey: text('shipped_key'),
    language: textLanguageEnum('language').notNull(),
    content: jsonb('content').$type<MethodCardContent>(),
    // Null exactly when `content` is: a restored copy is searched as the shipped card.
    search: tsvector('search'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versioned,
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('method_cards_copy_key').on(t.organisationId, t.shippedKey, t.language),
    index('method_cards_organisation_idx').on(t.organisationId, t.createdAt),
    index('method_cards_search_idx').using('gin', t.search),
    check(
      'method_cards_own_has_content',
      sql`${t.shippedKey} is not null or ${t.content} is not null`,
    ),
    check('method_cards_search_with_content', sql`(${t.search} is null) = (${t.content} is null)`),
  ],
);

// Articles of an organisation's article collection: drafts stay inside the organisation,
// published ones are read across the installation (modules/articles/articles.policy.ts).
export const articles = pgTable(
  'articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    content: jsonb('content').$type<RichTextDoc>().notNull(),
    // The plain-text projection of `content`, for search and exports to read.
    body: text('body').notNull().default(''),
    status: text('status', { enum: ['draft', 'published'] })
      .notNull()
      .default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versioned,
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('articles_organisation_idx').on(t.organisationId, t.updatedAt),
    index('articles_published_idx').on(t.publishedAt),
  ],
);

export const articleAuthors = pgTable(
  'article_authors',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] })],
);

export const articleProjects = pgTable(
  'article_projects',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.projectId] })],
);

// Cards are named by their stable key, so a link outlives an organisation's edit of its copy.
export const articleCards = pgTable(
  'article_cards',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    cardKey: text('card_key').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.cardKey] })],
);

export const articleImages = pgTable(
  'article_images',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    // The file's name in <data dir>/article-images/.
    fileId: uuid('file_id').notNull(),
    type: sketchTypeEnum('type').notNull(),
    bytes: integer('bytes').notNull(),
    alt: text('alt').notNull().default(''),
    decorative: boolean('decorative').notNull().default(false),
    caption: text('caption').notNull().default(''),
    position: integer('position').notNull(),
    ...timestamps,
  },
  (t) => [
    index('article_images_article_idx').on(t.articleId, t.position),
    // An image says what it shows or is explicitly decorative, never neither.
    check('article_images_alt', sql`${t.decorative} or ${t.alt} <> ''`),
  ],
);

export const exerciseKindEnum = pgEnum('exercise_kind', [
  'reflection',
  'evidence_items',
  'customers_interviewed',
  'insights',
  'journey_steps',
  'concept',
]);

// A staff-training course of an organisation, private to it (modules/training/).
export const courses = pgTable(
  'courses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versioned,
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('courses_organisation_idx').on(t.organisationId, t.createdAt)],
);

export const courseExercises = pgTable(
  'course_exercises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    cardKey: text('card_key').notNull(),
    title: text('title').notNull(),
    instructions: text('instructions').notNull().default(''),
    kind: exerciseKindEnum('kind').notNull(),
    target: integer('target').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('course_exercises_course_idx').on(t.courseId, t.position),
    check('course_exercises_target', sql`${t.target} between 1 and 100`),
  ],
);

export const courseEnrolments = pgTable(
  'course_enrolments',
  {
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // The project whose rows the self-checking exercises are met from.
    practiceProjectId: uuid('practice_project_id').references(() => projects.id, {
      onDelete: 'set null',
    }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.courseId, t.userId] }),
    index('course_enrolments_user_idx').on(t.userId),
  ],
);

// A reflection exercise marked done by its participant; self-checking ones are never stored.
export const exerciseCompletions = pgTable(
  'exercise_completions',
  {
    exerciseId: uuid('exercise_id')
      .notNull()
      .references(() => courseExercises.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reflection: text('reflection').notNull(),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.exerciseId, t.userId] })],
);

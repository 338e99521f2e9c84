import { z } from 'zod';
import { Id, Timestamp, Version, line } from './domain.ts';
import { TextLanguage } from './research.ts';

// The journey map's Yjs document and what reads and writes it: journey-document.ts, apart from
// these schemas and constants so that a page that lists or names journeys loads no Yjs.

export const JOURNEY_SCHEMA_VERSION = 3;

const JOURNEY_PREFIX = 'journey:';
export const journeyDocumentName = (journeyId: string) => `${JOURNEY_PREFIX}${journeyId}`;

/** The journey id in a document name, or null when the name is not a journey's. */
export function journeyIdOf(documentName: string): string | null {
  if (!documentName.startsWith(JOURNEY_PREFIX)) return null;
  const id = documentName.slice(JOURNEY_PREFIX.length);
  return Id.safeParse(id).success ? id : null;
}

/** Lane types; front stage, back stage and support processes make it a service blueprint. */
export const laneTypes = [
  'customer_actions',
  'touchpoints',
  'channels',
  'thoughts_feelings',
  'emotion',
  'pain_points',
  'opportunities',
  'front_stage',
  'back_stage',
  'support_processes',
] as const;
export const LaneType = z.enum(laneTypes);
export type LaneType = z.infer<typeof LaneType>;

/** The emotion curve's scale: −2 (very bad) … +2 (very good). */
export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;

export type JourneyCitation = { kind: 'evidence' | 'insight'; id: string; withdrawn?: true };
export type JourneyStage = { id: string; title: string };
export type JourneyLane = { id: string; title: string; type: LaneType };
export type JourneyCell = { text: string; emotion: number | null; citations: JourneyCitation[] };
export type JourneySnapshot = {
  stages: JourneyStage[];
  lanes: JourneyLane[];
  /** Keyed by `cellKey(laneId, stageId)`; a cell nobody wrote in is absent. */
  cells: Record<string, JourneyCell>;
};

export type JourneyOutline = { stages: string[]; lanes: { title: string; type: LaneType }[] };

export const cellKey = (laneId: string, stageId: string) => `${laneId}/${stageId}`;

// ——— Templates ———

export const journeyTemplates = ['blank', 'permit_application', 'employment_path'] as const;
export const JourneyTemplate = z.enum(journeyTemplates);
export type JourneyTemplate = z.infer<typeof JourneyTemplate>;

type Localized = { fi: string; sv: string; en: string };
const laneTitles: Record<LaneType, Localized> = {
  customer_actions: { fi: 'Asiakkaan toiminta', sv: 'Kundens handlingar', en: 'Customer actions' },
  touchpoints: { fi: 'Kohtaamispisteet', sv: 'Kontaktpunkter', en: 'Touchpoints' },
  channels: { fi: 'Kanavat', sv: 'Kanaler', en: 'Channels' },
  thoughts_feelings: {
    fi: 'Ajatukset ja tunteet',
    sv: 'Tankar och känslor',
    en: 'Thoughts and feelings',
  },
  emotion: { fi: 'Tunnekäyrä', sv: 'Känslokurva', en: 'Emotion curve' },
  pain_points: { fi: 'Kipukohdat', sv: 'Smärtpunkter', en: 'Pain points' },
  opportunities: { fi: 'Mahdollisuudet', sv: 'Möjligheter', en: 'Opportunities' },
  front_stage: { fi: 'Asiakkaalle näkyvä toiminta', sv: 'Synlig verksamhet', en: 'Front stage' },
  back_stage: { fi: 'Taustatoiminta', sv: 'Bakomliggande verksamhet', en: 'Back stage' },
  support_processes: { fi: 'Tukiprosessit', sv: 'Stödprocesser', en: 'Support processes' },
};

/** A lane type's default title in a language. */
export const laneTitle = (type: LaneType, language: keyof Localized) => laneTitles[type][language];

const standardLanes: LaneType[] = [
  'customer_actions',
  'touchpoints',
  'channels',
  'thoughts_feelings',
  'emotion',
  'pain_points',
  'opportunities',
];
const blueprintLanes: LaneType[] = [
  ...standardLanes,
  'front_stage',
  'back_stage',
  'support_processes',
];

const templateStages: Record<JourneyTemplate, Localized[]> = {
  blank: [
    { fi: 'Ennen', sv: 'Före', en: 'Before' },
    { fi: 'Aikana', sv: 'Under', en: 'During' },
    { fi: 'Jälkeen', sv: 'Efter', en: 'After' },
  ],
  // After the seed project City as a Service: an event organiser's or builder's permit.
  permit_application: [
    { fi: 'Tarve syntyy', sv: 'Behovet uppstår', en: 'The need arises' },
    { fi: 'Tiedon etsiminen', sv: 'Söka information', en: 'Finding out' },
    { fi: 'Neuvonta', sv: 'Rådgivning', en: 'Advice' },
    {
      fi: 'Hakemus (esim. Lupapiste)',
      sv: 'Ansökan (t.ex. Lupapiste)',
      en: 'Application (e.g. Lupapiste)',
    },
    { fi: 'Täydennyspyynnöt', sv: 'Begäran om komplettering', en: 'Requests for more information' },
    { fi: 'Päätös', sv: 'Beslut', en: 'Decision' },
    {
      fi: 'Toteutus ja valvonta',
      sv: 'Genomförande och tillsyn',
      en: 'Carrying out and inspection',
    },
  ],
  // After the seed project KUNTO: a young person's way to work through municipal services.
  employment_path: [
    { fi: 'Ohjautuminen palveluun', sv: 'Hänvisning till tjänsten', en: 'Referral' },
    { fi: 'Ensitapaaminen', sv: 'Första mötet', en: 'First meeting' },
    { fi: 'Tilanteen kartoitus', sv: 'Kartläggning av situationen', en: 'Assessment' },
    { fi: 'Palvelut ja tuki', sv: 'Tjänster och stöd', en: 'Services and support' },
    {
      fi: 'Työkokeilu tai koulutus',
      sv: 'Arbetsprövning eller utbildning',
      en: 'Work trial or training',
    },
    { fi: 'Työ tai opiskelu', sv: 'Arbete eller studier', en: 'Work or studies' },
  ],
};

/** The stages and lanes a template starts with, titled in the given language. */
export function templateOutline(
  template: JourneyTemplate,
  language: keyof Localized,
): JourneyOutline {
  const lanes = template === 'blank' ? standardLanes : blueprintLanes;
  return {
    stages: templateStages[template].map((stage) => stage[language]),
    lanes: lanes.map((type) => ({ title: laneTitles[type][language], type })),
  };
}

// ——— REST ———

export const journeyKinds = ['as_is', 'to_be'] as const;
export const JourneyKind = z.enum(journeyKinds);
export type JourneyKind = z.infer<typeof JourneyKind>;

/** A new journey starts from a template, or as a copy of another journey of the project. */
export const JourneyStart = z.union([
  z.strictObject({ template: JourneyTemplate }),
  z.strictObject({ copyOf: Id }),
]);

export const CreateJourneyInput = z.strictObject({
  title: line(200),
  kind: JourneyKind.default('as_is'),
  personaId: Id.nullable().default(null),
  /** The language of the template's titles and of the search; the caller's locale if left out. */
  language: TextLanguage.optional(),
  start: JourneyStart,
});
export type CreateJourneyInput = z.infer<typeof CreateJourneyInput>;

export const UpdateJourneyInput = z
  .strictObject({
    version: Version,
    title: line(200).optional(),
    kind: JourneyKind.optional(),
    personaId: Id.nullable().optional(),
    archived: z.boolean().optional(),
  })
  .refine(({ version: _, ...fields }) => Object.values(fields).some((v) => v !== undefined), {
    message: 'title, kind, personaId or archived is required',
  });
export type UpdateJourneyInput = z.infer<typeof UpdateJourneyInput>;

export const JourneySummary = z.object({
  id: Id,
  projectId: Id,
  title: z.string(),
  kind: JourneyKind,
  personaId: Id.nullable(),
  /** The journey this one was copied from (as-is → to-be), while it exists. */
  copiedFrom: Id.nullable(),
  language: TextLanguage,
  archived: z.boolean(),
  stageCount: z.number().int(),
  laneCount: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type JourneySummary = z.infer<typeof JourneySummary>;
export const JourneyList = z.object({ items: z.array(JourneySummary) });

/** A cited evidence item or insight, resolved; withdrawn evidence keeps its place, not its text. */
export const JourneyCitationRow = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('evidence'),
    id: Id,
    text: z.string(),
    participantCode: z.string().nullable(),
    withdrawn: z.boolean(),
  }),
  z.object({ kind: z.literal('insight'), id: Id, statement: z.string() }),
]);
export type JourneyCitationRow = z.infer<typeof JourneyCitationRow>;

/** A journey as last stored, from its derived rows: for readers not on the live map. */
export const Journey = JourneySummary.extend({
  /** The Yjs document to connect to at `/collab`. */
  documentName: z.string(),
  stages: z.array(z.object({ id: Id, title: z.string(), position: z.number().int() })),
  lanes: z.array(
    z.object({ id: Id, title: z.string(), type: LaneType, position: z.number().int() }),
  ),
  cells: z.array(
    z.object({
      laneId: Id,
      stageId: Id,
      text: z.string(),
      emotion: z.number().int().min(EMOTION_MIN).max(EMOTION_MAX).nullable(),
      citations: z.array(JourneyCitationRow),
    }),
  ),
  /**
   * `edit`: write what is on it, live (the customer member too); `manage`: rename, archive,
   * restore or delete it.
   */
  abilities: z.object({ edit: z.boolean(), manage: z.boolean() }),
});
export type Journey = z.infer<typeof Journey>;

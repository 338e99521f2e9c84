import { eq } from 'drizzle-orm';
import type { FeedbackFormInput } from '@timantti/contracts';
import { randomBytes } from 'node:crypto';
import { listTestRoundRows } from '../../modules/concept-tests/concept-tests.repo.ts';
import { listConceptIds } from '../../modules/concepts/concepts.repo.ts';
import { createFeedbackForm } from '../../modules/feedback-forms/commands/create-feedback-form.ts';
import { submitFeedbackResponse } from '../../modules/feedback-forms/commands/submit-feedback-response.ts';
import { publishFeedbackForm } from '../../modules/feedback-forms/commands/update-feedback-form.ts';
import { formPath } from '../../modules/feedback-forms/feedback-forms.presenter.ts';
import { findForm } from '../../modules/feedback-forms/feedback-forms.repo.ts';
import type { Db } from '../client.ts';
import { feedbackForms } from '../schema.ts';

// The KUNTO project's feedback form on its new youth guidance point, published, with answers
// from young people in Finnish and Swedish, some of whom agreed to their answers being kept.
// It is the public side of the test round of the concept's first version.

const form: FeedbackFormInput = {
  languages: ['fi', 'sv'],
  title: {
    fi: 'Ohjaamon uusi ajanvaraus – kerro kokemuksesi',
    sv: 'Navigatorns nya tidsbokning – berätta om din upplevelse',
  },
  intro: {
    fi: 'Kokeilemme uutta tapaa varata aika ohjaajalle. Vastaaminen vie pari minuuttia.',
    sv: 'Vi prövar ett nytt sätt att boka tid hos en handledare. Det tar ett par minuter att svara.',
  },
  questions: [
    {
      id: 'easy',
      kind: 'rating',
      required: true,
      label: { fi: 'Kuinka helppoa ajan varaaminen oli?', sv: 'Hur lätt var det att boka tid?' },
      scaleMax: 5,
      minLabel: { fi: 'Tosi vaikeaa', sv: 'Mycket svårt' },
      maxLabel: { fi: 'Tosi helppoa', sv: 'Mycket lätt' },
    },
    {
      id: 'channel',
      kind: 'single',
      required: false,
      label: { fi: 'Miten varasit ajan?', sv: 'Hur bokade du tiden?' },
      options: [
        { id: 'phone', label: { fi: 'Puhelimella', sv: 'Med telefonen' } },
        { id: 'computer', label: { fi: 'Tietokoneella', sv: 'Med datorn' } },
        { id: 'desk', label: { fi: 'Paikan päällä', sv: 'På plats' } },
      ],
    },
    {
      id: 'helped',
      kind: 'multiple',
      required: false,
      label: { fi: 'Mikä auttoi?', sv: 'Vad hjälpte?' },
      options: [
        { id: 'reminder', label: { fi: 'Tekstiviestimuistutus', sv: 'Påminnelse per sms' } },
        { id: 'chat', label: { fi: 'Chat', sv: 'Chatten' } },
        { id: 'friend', label: { fi: 'Kaveri', sv: 'En kompis' } },
      ],
    },
    {
      id: 'improve',
      kind: 'open',
      required: false,
      label: { fi: 'Mitä parantaisit?', sv: 'Vad skulle du förbättra?' },
    },
    {
      id: 'age',
      kind: 'segment',
      required: true,
      label: { fi: 'Ikäsi', sv: 'Din ålder' },
      options: [
        { id: 'u20', label: { fi: '15–19', sv: '15–19' } },
        { id: 'o20', label: { fi: '20–29', sv: '20–29' } },
      ],
    },
    {
      id: 'consent',
      kind: 'consent',
      required: true,
      label: {
        fi: 'Saako vastauksesi tallentaa kehittämisen tutkimusaineistoksi?',
        sv: 'Får ditt svar sparas som forskningsmaterial för utvecklingen?',
      },
    },
  ],
  opensAt: null,
  closesAt: null,
};

const ideas = {
  fi: [
    'Muistutus tuli liian myöhään, päivää ennen olisi parempi.',
    'Kalenterista ei näkynyt, kuka ohjaaja on paikalla.',
    'Toivoisin, että ajan voisi siirtää itse.',
    'Chat auttoi, kun en löytänyt oikeaa paikkaa.',
    'Sivu oli puhelimella vaikea lukea.',
    '',
  ],
  sv: [
    'Det var svårt att hitta tider på svenska.',
    'Påminnelsen var bra men kom sent.',
    'Jag vill kunna flytta tiden själv.',
    '',
  ],
};

/** Publishes the demo form and answers it 32 times through the form's own commands. */
export async function seedDemoFeedback(
  db: Db,
  input: { projectId: string; userId: string },
): Promise<void> {
  const [conceptId] = await listConceptIds(db, input.projectId);
  const [round] = conceptId ? await listTestRoundRows(db, conceptId) : [];
  if (!round) throw new Error('the KUNTO test round is missing');
  const formId = await createFeedbackForm(db, {
    actorUserId: input.userId,
    projectId: input.projectId,
    values: {
      ...form,
      closesAt: new Date(Date.now() + 60 * 86_400_000).toISOString(),
      testRoundId: round.id,
    },
  });
  await publishFeedbackForm(db, { projectId: input.projectId, formId, version: 1 });
  const row = await findForm(db, input.projectId, formId);
  if (!row) throw new Error('demo form missing');
  for (let i = 0; i < 32; i++) {
    const language = i % 3 === 2 ? 'sv' : 'fi';
    const pool = ideas[language];
    const consent = i % 4 !== 3;
    await submitFeedbackResponse(db, {
      form: row,
      nonce: randomBytes(16).toString('base64url'),
      language,
      answers: {
        easy: 1 + ((i * 7) % 5),
        channel: ['phone', 'computer', 'desk'][i % 3] ?? 'phone',
        helped: i % 2 === 0 ? ['reminder'] : ['chat', 'friend'],
        age: i % 5 < 3 ? 'u20' : 'o20',
        consent,
      },
      openTexts: { improve: pool[i % pool.length] ?? '' },
    });
  }
}

/** The demo form's public path, for the start banner; null without demo data. */
export async function demoFeedbackFormPath(db: Db): Promise<string | null> {
  const [row] = await db
    .select({ code: feedbackForms.code })
    .from(feedbackForms)
    .where(eq(feedbackForms.status, 'published'))
    .orderBy(feedbackForms.createdAt)
    .limit(1);
  return row ? formPath(row.code) : null;
}

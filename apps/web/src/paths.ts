// Addresses of the app's pages, built in one place so links and redirects agree.
const enc = encodeURIComponent;

export const paths = {
  home: () => '/',
  login: (redirect?: string) =>
    redirect && redirect !== '/' ? `/login?redirect=${enc(redirect)}` : '/login',
  invitation: (token: string) => `/invite/${enc(token)}`,
  account: () => '/account',
  projects: (orgSlug: string) => `/o/${enc(orgSlug)}/projects`,
  newProject: (orgSlug: string) => `/o/${enc(orgSlug)}/projects/new`,
  project: (orgSlug: string, projectId: string) => `/o/${enc(orgSlug)}/projects/${enc(projectId)}`,
  members: (orgSlug: string) => `/o/${enc(orgSlug)}/members`,
  jobs: (orgSlug: string) => `/o/${enc(orgSlug)}/jobs`,
  articles: (orgSlug: string) => `/o/${enc(orgSlug)}/articles`,
  article: (orgSlug: string, articleId: string) => `/o/${enc(orgSlug)}/articles/${enc(articleId)}`,
  editArticle: (orgSlug: string, articleId: string) =>
    `/o/${enc(orgSlug)}/articles/${enc(articleId)}/edit`,
  training: (orgSlug: string) => `/o/${enc(orgSlug)}/training`,
  course: (orgSlug: string, courseId: string) => `/o/${enc(orgSlug)}/training/${enc(courseId)}`,
  certificate: (orgSlug: string, courseId: string) =>
    `/o/${enc(orgSlug)}/training/${enc(courseId)}/certificate`,
  methods: (orgSlug: string) => `/o/${enc(orgSlug)}/methods`,
  newMethod: (orgSlug: string) => `/o/${enc(orgSlug)}/methods/new`,
  /** A method card; opened from a project, its "use it" link goes to that project's tool. */
  method: (orgSlug: string, key: string, projectId?: string) =>
    `/o/${enc(orgSlug)}/methods/${enc(key)}${projectId ? `?project=${enc(projectId)}` : ''}`,
  editMethod: (orgSlug: string, key: string) => `/o/${enc(orgSlug)}/methods/${enc(key)}/edit`,
};

/** The research repository of one project (tutkimusaineisto). */
export function researchPaths(orgSlug: string, projectId: string) {
  const base = `${paths.project(orgSlug, projectId)}/research`;
  return {
    participants: () => `${base}/participants`,
    newParticipant: () => `${base}/participants/new`,
    participant: (participantId: string) => `${base}/participants/${enc(participantId)}`,
    sessions: () => `${base}/sessions`,
    newSession: () => `${base}/sessions/new`,
    session: (sessionId: string) => `${base}/sessions/${enc(sessionId)}`,
    editSession: (sessionId: string) => `${base}/sessions/${enc(sessionId)}/edit`,
    note: (noteId: string) => `${base}/notes/${enc(noteId)}`,
    evidence: (filter: { tagId?: string; participantId?: string } = {}) => {
      const query = new URLSearchParams();
      if (filter.tagId) query.set('tagId', filter.tagId);
      if (filter.participantId) query.set('participantId', filter.participantId);
      const text = query.toString();
      return `${base}/evidence${text ? `?${text}` : ''}`;
    },
    sources: () => `${base}/sources`,
    newSource: () => `${base}/sources/new`,
    editSource: (sourceId: string) => `${base}/sources/${enc(sourceId)}/edit`,
    tags: () => `${base}/tags`,
    import: () => `${base}/import`,
    importRun: (importId: string) => `${base}/import/${enc(importId)}`,
    search: () => `${base}/search`,
    forms: () => `${base}/forms`,
    form: (formId: string) => `${base}/forms/${enc(formId)}`,
    formResponses: (formId: string, filter: { segment?: string; language?: string } = {}) => {
      const query = new URLSearchParams();
      if (filter.segment) query.set('segment', filter.segment);
      if (filter.language) query.set('language', filter.language);
      const text = query.toString();
      return `${base}/forms/${enc(formId)}/responses${text ? `?${text}` : ''}`;
    },
    /** The form builder for a new form, made for a test round when given its id. */
    newForm: (testRoundId?: string) =>
      `${base}/forms/new${testRoundId ? `?testRoundId=${enc(testRoundId)}` : ''}`,
    editForm: (formId: string) => `${base}/forms/${enc(formId)}/edit`,
  };
}

/**
 * Synthesis of one project (synteesi): affinity boards, the insights written from them, and
 * personas and customer stories (personat ja asiakastarinat).
 */
export function synthesisPaths(orgSlug: string, projectId: string) {
  const base = `${paths.project(orgSlug, projectId)}/synthesis`;
  return {
    boards: () => `${base}/boards`,
    board: (boardId: string) => `${base}/boards/${enc(boardId)}`,
    insights: () => `${base}/insights`,
    insight: (insightId: string) => `${base}/insights/${enc(insightId)}`,
    personas: () => `${base}/personas`,
    newPersona: () => `${base}/personas/new`,
    persona: (personaId: string) => `${base}/personas/${enc(personaId)}`,
    editPersona: (personaId: string) => `${base}/personas/${enc(personaId)}/edit`,
    journeys: () => `${base}/journeys`,
    journey: (journeyId: string) => `${base}/journeys/${enc(journeyId)}`,
    ideas: () => `${base}/ideas`,
    concepts: () => `${base}/concepts`,
    concept: (conceptId: string) => `${base}/concepts/${enc(conceptId)}`,
    conceptTests: (conceptId: string) => `${base}/concepts/${enc(conceptId)}/tests`,
    testRound: (conceptId: string, roundId: string) =>
      `${base}/concepts/${enc(conceptId)}/tests/${enc(roundId)}`,
  };
}

/**
 * A redirect target taken from the address bar, kept only when it stays inside this app:
 * `//evil.example` and `https://…` would send the user elsewhere after signing in.
 */
export function safeRedirect(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/')) return null;
  if (value.startsWith('//') || value.startsWith('/\\')) return null;
  if ([...value].some((char) => char.charCodeAt(0) < 0x20)) return null;
  return value;
}

/** The absolute address of an invitation, for the administrator to copy and send. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).href;
}

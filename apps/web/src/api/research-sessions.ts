import {
  Note,
  type NoteInput,
  type NoteUpdateInput,
  NoteList,
  ResearchSession,
  type ResearchSessionInput,
  ResearchSessionList,
  type UpdateResearchSessionInput,
} from '@timantti/contracts';
import type { z } from 'zod';
import { request, requestNoContent, seg } from './client.ts';

const base = (projectId: string) => `/projects/${seg(projectId)}/sessions`;
const one = (projectId: string, sessionId: string) => `${base(projectId)}/${seg(sessionId)}`;

export function fetchResearchSessions(projectId: string) {
  return request('GET', base(projectId), ResearchSessionList);
}

export function fetchResearchSession(
  projectId: string,
  sessionId: string,
): Promise<ResearchSession> {
  return request('GET', one(projectId, sessionId), ResearchSession);
}

export function createResearchSession(
  projectId: string,
  input: z.input<typeof ResearchSessionInput>,
): Promise<ResearchSession> {
  return request('POST', base(projectId), ResearchSession, input);
}

export function updateResearchSession(
  projectId: string,
  sessionId: string,
  input: z.input<typeof UpdateResearchSessionInput>,
): Promise<ResearchSession> {
  return request('PUT', one(projectId, sessionId), ResearchSession, input);
}

export function deleteResearchSession(projectId: string, sessionId: string): Promise<void> {
  return requestNoContent('DELETE', one(projectId, sessionId));
}

export function fetchNotes(projectId: string, sessionId: string) {
  return request('GET', `${one(projectId, sessionId)}/notes`, NoteList);
}

export function fetchNote(projectId: string, noteId: string): Promise<Note> {
  return request('GET', `/projects/${seg(projectId)}/notes/${seg(noteId)}`, Note);
}

export function createNote(
  projectId: string,
  sessionId: string,
  input: z.input<typeof NoteInput>,
): Promise<Note> {
  return request('POST', `${one(projectId, sessionId)}/notes`, Note, input);
}

export function updateNote(
  projectId: string,
  noteId: string,
  input: z.input<typeof NoteUpdateInput>,
): Promise<Note> {
  return request('PUT', `/projects/${seg(projectId)}/notes/${seg(noteId)}`, Note, input);
}

export function deleteNote(projectId: string, noteId: string): Promise<void> {
  return requestNoContent('DELETE', `/projects/${seg(projectId)}/notes/${seg(noteId)}`);
}

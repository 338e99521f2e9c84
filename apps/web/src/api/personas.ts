import {
  Persona,
  PersonaList,
  type PersonaInput,
  type UpdatePersonaInput,
} from '@timantti/contracts';
import { queryOptions } from '@tanstack/react-query';
import { request, requestNoContent, seg } from './client.ts';
import { synthesisKey } from './boards.ts';

const personas = (projectId: string) => `/projects/${seg(projectId)}/personas`;

/** Every view of the project's personas; a write to one refreshes them all. */
export const personasKey = (projectId: string) => [...synthesisKey(projectId), 'personas'] as const;

export const personasQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...personasKey(projectId), 'list'],
    queryFn: () => request('GET', personas(projectId), PersonaList),
  });

export const personaQuery = (projectId: string, personaId: string) =>
  queryOptions({
    queryKey: [...personasKey(projectId), 'one', personaId],
    queryFn: () => request('GET', `${personas(projectId)}/${seg(personaId)}`, Persona),
  });

export function createPersona(projectId: string, input: PersonaInput): Promise<Persona> {
  return request('POST', personas(projectId), Persona, input);
}

export function updatePersona(
  projectId: string,
  personaId: string,
  input: UpdatePersonaInput,
): Promise<Persona> {
  return request('PATCH', `${personas(projectId)}/${seg(personaId)}`, Persona, input);
}

export function deletePersona(projectId: string, personaId: string): Promise<void> {
  return requestNoContent('DELETE', `${personas(projectId)}/${seg(personaId)}`);
}

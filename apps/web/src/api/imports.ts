import {
  type CommitImportInput,
  ImportPreview,
  ImportStatus,
  ImportStatusList,
} from '@timantti/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { request, requestNoContent, seg, upload } from './client.ts';
import { researchKey } from './research-queries.ts';

const base = (projectId: string) => `/projects/${seg(projectId)}/imports`;
const underWay = (status: ImportStatus | undefined) =>
  status?.state === 'queued' || status?.state === 'running';

/** Uploads an experience-data CSV as it is; the server detects its encoding and delimiter. */
export function previewImport(projectId: string, file: Blob): Promise<ImportPreview> {
  return upload(base(projectId), ImportPreview, file, 'text/csv');
}

/** Starts the import as a job; its progress is polled with `importQuery`. */
export function commitImport(
  projectId: string,
  importId: string,
  input: z.input<typeof CommitImportInput>,
): Promise<ImportStatus> {
  return request('POST', `${base(projectId)}/${seg(importId)}/commit`, ImportStatus, input);
}

export function discardImport(projectId: string, importId: string): Promise<void> {
  return requestNoContent('DELETE', `${base(projectId)}/${seg(importId)}`);
}

export function cancelImport(projectId: string, importId: string): Promise<ImportStatus> {
  return request('POST', `${base(projectId)}/${seg(importId)}/cancel`, ImportStatus);
}

/** An import, polled twice a second while it is under way. */
export const importQuery = (projectId: string, importId: string) =>
  queryOptions({
    queryKey: [...researchKey(projectId), 'imports', importId],
    queryFn: () => request('GET', `${base(projectId)}/${seg(importId)}`, ImportStatus),
    refetchInterval: (query) => (underWay(query.state.data) ? 500 : false),
  });

/** The imports started lately, polled while one of them is under way. */
export const recentImportsQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...researchKey(projectId), 'imports'],
    queryFn: () => request('GET', base(projectId), ImportStatusList),
    refetchInterval: (query) => (query.state.data?.items.some(underWay) ? 2_000 : false),
  });

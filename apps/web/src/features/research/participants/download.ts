import { downloadBlob } from '../../../ui/download.ts';

/** Saves data as a JSON file through the browser's download (no navigation, no inline script). */
export function downloadJson(fileName: string, data: unknown): void {
  downloadBlob(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), fileName);
}

/** The export's file name, as the server names it in Content-Disposition. */
export const exportFileName = (code: string) => `participant-${code}.json`;

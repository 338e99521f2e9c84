import type { ImportPreview } from '@timantti/contracts';
import { formatNumber } from '../../../i18n/format.ts';
import { importDelimiterKey, importEncodingKey } from '../../../i18n/keys.ts';
import { useLocale, useT } from '../../../i18n/LocaleProvider.tsx';

/** What the server read from the file: encoding, delimiter, header and the first rows. */
export function ImportPreviewTable({
  preview,
  fileName,
}: {
  preview: ImportPreview;
  fileName: string;
}) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <>
      <dl className="facts facts--row">
        <div>
          <dt>{t('import.preview.file')}</dt>
          <dd>{fileName}</dd>
        </div>
        <div>
          <dt>{t('import.preview.encoding')}</dt>
          <dd>{t(importEncodingKey(preview.encoding))}</dd>
        </div>
        <div>
          <dt>{t('import.preview.delimiter')}</dt>
          <dd>{t(importDelimiterKey(preview.delimiter))}</dd>
        </div>
        <div>
          <dt>{t('import.preview.columns')}</dt>
          <dd>{formatNumber(locale, preview.header.length)}</dd>
        </div>
      </dl>
      {/* A wide file scrolls sideways; the region can take focus so the keyboard can scroll it. */}
      <div
        className="table-wrapper"
        role="region"
        aria-labelledby="import-preview-caption"
        tabIndex={0}
      >
        <table className="table table--compact">
          <caption id="import-preview-caption" className="table__caption">
            {t('import.preview.caption', { count: preview.rows.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('import.preview.line')}</th>
              {preview.header.map((name, index) => (
                <th scope="col" key={index}>
                  {name || t('import.preview.unnamed', { position: index + 1 })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.line}>
                <th scope="row">{formatNumber(locale, row.line)}</th>
                {preview.header.map((_name, index) => (
                  <td key={index}>{row.values[index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

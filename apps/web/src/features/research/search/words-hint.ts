import type { Me } from '@timantti/contracts';
import type { MessageKey } from '@timantti/i18n';

/**
 * The hint under the search words, true to what the installation can do: without Voikko on
 * the server, Finnish search finds only some inflected forms and no parts of compound words.
 */
export const wordsHintKey = (installation: Me['installation'] | undefined): MessageKey =>
  installation?.finnishMorphology ? 'search.wordsHint' : 'search.wordsHintWithoutMorphology';

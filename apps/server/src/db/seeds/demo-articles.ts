import { Readable } from 'node:stream';
import type { RichTextDoc } from '@timantti/contracts';
import { addArticleImage } from '../../modules/articles/commands/article-images.ts';
import { createArticle } from '../../modules/articles/commands/create-article.ts';
import { updateArticle } from '../../modules/articles/commands/update-article.ts';
import { uploadStore, type StorageConfig } from '../../platform/storage.ts';
import type { Db } from '../client.ts';
import { servicePathPng } from './demo-image.ts';

const paragraph = (text: string) => ({
  type: 'paragraph' as const,
  content: [{ type: 'text' as const, text }],
});
const heading = (text: string) => ({
  type: 'heading' as const,
  attrs: { level: 2 as const },
  content: [{ type: 'text' as const, text }],
});

const content: RichTextDoc = {
  type: 'doc',
  content: [
    paragraph(
      'Tapahtumajärjestäjä asioi luvista usean yksikön kanssa: poliisi, ympäristöpalvelut, maankäyttö ja pelastuslaitos. City as a Service -hankkeessa halusimme ymmärtää, miltä tämä näyttää järjestäjän silmin.',
    ),
    heading('Mitä teimme'),
    paragraph(
      'Haastattelimme yhdistyksen ja yrityksen tapahtumajärjestäjää ja piirsimme heidän kanssaan tapahtumaluvan palvelupolun ideasta tapahtumapäivään. Jokaisesta haastattelusta nostimme evidenssiä, joihin oivallukset nojaavat.',
    ),
    heading('Mitä opimme'),
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            paragraph('Järjestäjä ei tiedä, mitä lupia tarvitaan ja missä järjestyksessä.'),
          ],
        },
        {
          type: 'listItem',
          content: [
            paragraph('Puhelu ohjataan numerosta toiseen; kukaan ei omista kokonaisuutta.'),
          ],
        },
      ],
    },
    {
      type: 'blockquote',
      content: [paragraph('Soitin kolmeen numeroon, ja jokainen ohjasi minut eteenpäin.')],
    },
    paragraph(
      'Seuraavaksi kokeilemme yhtä verkkosivua, joka kertoo tapahtuman koon mukaan tarvittavat luvat. Toivomme, että muutkin kunnat tarttuvat samaan haasteeseen.',
    ),
  ],
};

/**
 * Lahti's published article on the event-permit project, with a picture of its service path
 * and the picture's text alternative, written by the project's developer and its facilitator.
 */
export async function seedDemoArticles(
  db: Db,
  input: {
    organisationId: string;
    projectId: string;
    authorIds: string[];
    publisherId: string;
    files: StorageConfig;
  },
) {
  const articleId = await createArticle(db, {
    actorUserId: input.publisherId,
    organisationId: input.organisationId,
    values: {
      title: 'Tapahtumaluvat yhdeltä luukulta – mitä opimme tapahtumajärjestäjiltä',
      summary:
        'Lahti haastatteli tapahtumajärjestäjiä ja piirsi tapahtumaluvan palvelupolun. Näin lupa-asioinnista voisi tehdä löydettävää.',
      content,
      authorIds: input.authorIds,
      projectIds: [input.projectId],
      cardKeys: ['customer-interview', 'service-path'],
    },
  });
  await addArticleImage(db, uploadStore(input.files, 'article-images'), {
    articleId,
    body: Readable.from([
      servicePathPng([
        [0, 53, 122],
        [42, 110, 187],
        [207, 132, 0],
        [32, 125, 78],
      ]),
    ]),
    alt: 'Tapahtumaluvan palvelupolku neljänä vaiheena: idea, lupien selvittäminen, hakemukset ja tapahtumapäivä.',
    decorative: false,
    caption: 'Tapahtumaluvan palvelupolku järjestäjän näkökulmasta',
  });
  await updateArticle(db, {
    articleId,
    organisationId: input.organisationId,
    values: { version: 1, status: 'published' },
  });
}

import type { Role } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../http/types.ts';
import {
  articleAbilities,
  canReadArticle,
  canWriteArticles,
  type ArticleFacts,
} from './articles.policy.ts';

const ORG = 'org-lahti';
const OTHER = 'org-kuopio';
const actor = (role: Role | null, organisationId = ORG, userId = 'u-1'): Actor => ({
  userId,
  email: `${userId}@test.example`,
  displayName: userId,
  locale: 'fi',
  sessionId: 's',
  csrfToken: 'c',
  roles: new Map(role ? [[organisationId, role]] : []),
});
const article = (status: ArticleFacts['status'], authorIds: string[] = []): ArticleFacts => ({
  organisationId: ORG,
  status,
  authorIds,
});

describe('canReadArticle', () => {
  it.each([
    ['an admin of the organisation', actor('admin'), true, true],
    ['a viewer of the organisation', actor('viewer'), true, true],
    ['a customer member of the organisation', actor('customer_member'), true, true],
    ['an admin of another organisation', actor('admin', OTHER), false, true],
    ['a member of no organisation', actor(null), false, true],
  ])('%s: draft %s, published %s', (_who, who, draft, published) => {
    expect(canReadArticle(who, article('draft'))).toBe(draft);
    expect(canReadArticle(who, article('published'))).toBe(published);
  });

  it('lets nobody signed out read, published or not', () => {
    expect(canReadArticle(null, article('published'))).toBe(false);
    expect(canReadArticle(null, article('draft'))).toBe(false);
  });
});

describe('articleAbilities', () => {
  it.each([
    ['admin', actor('admin'), { edit: true, publish: true, delete: true }],
    ['facilitator', actor('facilitator'), { edit: true, publish: true, delete: true }],
    ['member who wrote it', actor('member'), { edit: true, publish: false, delete: true }],
    [
      'member who did not',
      actor('member', ORG, 'u-2'),
      { edit: false, publish: false, delete: false },
    ],
    [
      'customer member who wrote it',
      actor('customer_member'),
      { edit: false, publish: false, delete: false },
    ],
    ['viewer', actor('viewer'), { edit: false, publish: false, delete: false }],
    [
      'admin of another organisation',
      actor('admin', OTHER),
      { edit: false, publish: false, delete: false },
    ],
  ])('%s', (_who, who, expected) => {
    expect(articleAbilities(who, article('published', ['u-1']))).toEqual(expected);
  });

  it('lets writers but not readers start an article', () => {
    expect(canWriteArticles(actor('member'), ORG)).toBe(true);
    expect(canWriteArticles(actor('viewer'), ORG)).toBe(false);
    expect(canWriteArticles(actor('admin', OTHER), ORG)).toBe(false);
  });
});

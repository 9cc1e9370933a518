import { LEGAL_DOCUMENTS, legalPath } from '../../../web/legal/documents';
import { type PageCase, publicPage } from './types';

/** Privacy notice, terms of use and imprint: open to everyone, signed in or not. */
export const legalCases: PageCase[] = LEGAL_DOCUMENTS.map((document) => ({
  page: legalPath(document),
  path: async () => legalPath(document),
  expect: publicPage(),
}));

import { type PageCase, publicPage } from './types';

/** The open-data page: open to everyone, signed in or not. */
export const openDataCases: PageCase[] = [{ page: '/open-data', path: async () => '/open-data', expect: publicPage() }];

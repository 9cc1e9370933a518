import { adminOnly } from '../decisions';

export const clusterRules = {
  'cluster.create': adminOnly('create clusters'),
  'cluster.moderators.manage': adminOnly('appoint or remove moderators'),
};

import { createRouter } from '../../http/router';
import { getJwks, getMe, postLogin, postLogout, postRegister } from './accounts.handlers';
import { jwks, login, logout, me, register } from './accounts.routes';
import * as apiKeys from './api-keys.handlers';
import * as apiKeyRoutes from './api-keys.routes';
import * as credentials from './credentials.handlers';
import * as credentialRoutes from './credentials.routes';
import { postDeletion } from './deletion.handlers';
import { deleteAccount } from './deletion.routes';
import { getExport } from './export.handlers';
import { exportData } from './export.routes';

export const accountsRouter = createRouter()
  .openapi(register, postRegister)
  .openapi(login, postLogin)
  .openapi(logout, postLogout)
  .openapi(me, getMe)
  .openapi(exportData, getExport)
  .openapi(jwks, getJwks)
  .openapi(credentialRoutes.sendVerification, credentials.postVerification)
  .openapi(credentialRoutes.confirmVerification, credentials.postVerificationConfirm)
  .openapi(credentialRoutes.requestPasswordReset, credentials.postPasswordReset)
  .openapi(credentialRoutes.resetPassword, credentials.postPasswordResetConfirm)
  .openapi(credentialRoutes.changePassword, credentials.postPassword)
  .openapi(credentialRoutes.revokeAllSessions, credentials.postRevokeAll)
  .openapi(credentialRoutes.changeEmail, credentials.postEmail)
  .openapi(deleteAccount, postDeletion)
  .openapi(apiKeyRoutes.listApiKeys, apiKeys.getApiKeys)
  .openapi(apiKeyRoutes.createApiKey, apiKeys.postApiKey)
  .openapi(apiKeyRoutes.revokeApiKey, apiKeys.deleteApiKey)
  .openapi(apiKeyRoutes.apiKeyUsage, apiKeys.getApiKeyUsage);

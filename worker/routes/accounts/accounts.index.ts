import { createRouter } from '../../http/router';
import { getJwks, getMe, postLogin, postLogout, postRegister } from './accounts.handlers';
import { jwks, login, logout, me, register } from './accounts.routes';

export const accountsRouter = createRouter()
  .openapi(register, postRegister)
  .openapi(login, postLogin)
  .openapi(logout, postLogout)
  .openapi(me, getMe)
  .openapi(jwks, getJwks);

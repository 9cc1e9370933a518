import { createRouter } from '../../http/router';
import { getJwks, getMe, postLogin, postLogout, postRegister } from './auth.handlers';
import { jwks, login, logout, me, register } from './auth.routes';

export const authRouter = createRouter()
  .openapi(register, postRegister)
  .openapi(login, postLogin)
  .openapi(logout, postLogout)
  .openapi(me, getMe)
  .openapi(jwks, getJwks);

import { createRouter } from '../../http/router';
import * as handlers from './events.handlers';
import * as routes from './events.routes';

export const eventsRouter = createRouter()
  .openapi(routes.listEvents, handlers.list)
  .openapi(routes.createEvent, handlers.create)
  .openapi(routes.getEvent, handlers.get)
  .openapi(routes.patchEvent, handlers.patch)
  .openapi(routes.register, handlers.register)
  .openapi(routes.acceptApplication, handlers.acceptApplication)
  .openapi(routes.declineApplication, handlers.declineApplication)
  .openapi(routes.requestMeeting, handlers.requestMeeting)
  .openapi(routes.acceptRequest, handlers.acceptRequest)
  .openapi(routes.declineRequest, handlers.declineRequest)
  .openapi(routes.getSchedule, handlers.schedule)
  .openapi(routes.runSchedule, handlers.runSchedule)
  .openapi(routes.meetingCalendar, handlers.calendar)
  .openapi(routes.followUp, handlers.followUp);

// The notifications pages' messages in English, the source language (see web/i18n/part.ts).
// Sentences of single notifications and the names of kinds and channels are `notification.*` in
// the main catalogues (emails use them too).
export const enNotifications = {
  // The page header.
  'notifications.header': 'Notifications',
  'notifications.header_unread': { one: '# unread notification', other: '# unread notifications' },
  // The pages' own navigation.
  'notifications.nav': 'Notifications and saved searches',
  'notifications.nav.inbox': 'Inbox',
  'notifications.nav.preferences': 'Preferences',
  'notifications.nav.saved': 'Saved searches',
  // Inbox.
  'notifications.inbox.title': 'Notifications',
  'notifications.inbox.intro':
    'What happened on your challenges, solutions, jury seats and saved searches, newest first. How each kind also reaches you by email is up to you: see Preferences.',
  'notifications.inbox.list': 'Your notifications, newest first',
  'notifications.inbox.empty':
    'Nothing here yet. When something happens on your challenges, solutions, jury seats or saved searches, it appears here.',
  'notifications.inbox.unread': 'Unread',
  'notifications.inbox.unread_summary': { one: '# unread notification.', other: '# unread notifications.' },
  'notifications.inbox.all_read': 'You have read everything.',
  'notifications.inbox.mark_read': 'Mark as read',
  'notifications.inbox.mark_all_read': 'Mark all as read',
  'notifications.inbox.done_read': 'Marked as read.',
  'notifications.inbox.done_all_read': 'All your notifications are marked as read.',
  'notifications.inbox.older': 'Older notifications',
  // Preferences.
  'notifications.preferences.title': 'Notification preferences',
  'notifications.preferences.intro':
    'Everything reaches your inbox here on Bedside. For each kind, choose whether it is also emailed at once, gathered in a daily or weekly digest, or stays only in Bedside.',
  'notifications.preferences.channels': 'How each kind reaches you',
  'notifications.preferences.always': 'Always emailed at once',
  'notifications.preferences.time_zone': 'Time zone',
  'notifications.preferences.time_zone_hint': 'Daily and weekly digests arrive at 07:00 in this time zone.',
  'notifications.preferences.time_zone_invalid': 'Choose a time zone from the list, such as Europe/Berlin.',
  'notifications.preferences.channel_invalid': 'Choose one of the offered ways.',
  'notifications.preferences.save': 'Save preferences',
  'notifications.preferences.saved': 'Your preferences are saved.',
  'notifications.region.Africa': 'Africa',
  'notifications.region.America': 'Americas',
  'notifications.region.Antarctica': 'Antarctica',
  'notifications.region.Arctic': 'Arctic',
  'notifications.region.Asia': 'Asia',
  'notifications.region.Atlantic': 'Atlantic Ocean',
  'notifications.region.Australia': 'Australia',
  'notifications.region.Europe': 'Europe',
  'notifications.region.Indian': 'Indian Ocean',
  'notifications.region.Pacific': 'Pacific Ocean',
  'notifications.region.other': 'Other',
  // Saved searches.
  'notifications.saved.title': 'Saved searches',
  'notifications.saved.intro':
    'A saved search keeps watching the catalogue: new challenges that match it reach you as notifications, and its Atom feed lists the public challenges that match.',
  'notifications.saved.empty': 'You have no saved searches yet.',
  'notifications.saved.start': 'Search the challenges, then choose “Save this search”.',
  'notifications.saved.list': 'Your saved searches',
  'notifications.saved.filters': 'Filters',
  'notifications.saved.no_filters': 'All challenges',
  'notifications.saved.created': 'Saved on {date}',
  'notifications.saved.feed': 'Atom feed address',
  'notifications.saved.feed_hint':
    'Copy it into a feed reader. Anyone with this address can read the feed, so share it only on purpose.',
  'notifications.saved.delete': 'Delete',
  'notifications.saved.delete_named': 'Delete the saved search “{name}”',
  'notifications.saved.delete_confirm':
    'Delete the saved search “{name}”? Its matches will no longer reach you and its feed stops working.',
  'notifications.saved.done_saved': 'Search saved. New challenges that match it will reach you as notifications.',
  'notifications.saved.done_deleted': 'The saved search is deleted.',
  'notifications.saved.full': 'You keep {max} saved searches already: delete one before saving another.',
  // The form on the catalogue.
  'notifications.save.title': 'Save this search',
  'notifications.save.intro': 'Hear about new challenges that match these filters.',
  'notifications.save.name': 'Name (optional)',
  'notifications.save.name_hint': 'Made from the filters when left empty.',
  'notifications.save.button': 'Save this search',
} as const;

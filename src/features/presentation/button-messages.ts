import { defineMessages } from '../../lib/i18n';

/** The header's button: all the presentation's words every page needs (the deck's own load with it). */
export const presentButtonMessages = defineMessages({
  it: {
    present: 'Presenta',
    presentHint: 'Presenta (tasto P)',
  },
  en: {
    present: 'Present',
    presentHint: 'Present (P key)',
  },
});

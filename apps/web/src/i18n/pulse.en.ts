import type { pulseSv } from './pulse.sv.ts';

/** English words for the meeting pulse and case follow-ups; the same shape as pulse.sv.ts. */
export const pulseEn: typeof pulseSv = {
  meetingPulse: {
    heading: 'Meeting pulse',
    intro: 'Two quick questions about how the meeting went. You can answer until {{time}} on {{date}}.',
    usefulness: 'How useful was the meeting?',
    usefulnessLow: 'Not at all',
    usefulnessHigh: 'Very',
    trust: 'How much do you trust the collaboration?',
    trustLow: 'None',
    trustHigh: 'Very much',
    anonymous:
      'Your answers are anonymous. They are shown only as totals for the forum, and only once at least five people have answered.',
    choose: 'Choose an answer from 1 to 4.',
    submit: 'Send my answers',
    thanks: 'Thank you for answering! Your answers count anonymously in the forum’s totals.',
    notYet:
      'After the meeting you can answer two short questions about how it went. They open when the meeting ends, at {{time}} on {{date}}.',
    closed: 'The questions about this meeting could be answered until {{date}} and are now closed.',
  },
  pulsesToAnswer: {
    heading: 'Answer the pulse',
    intro:
      'Meetings of the last 30 days you were invited to and have not answered. Two quick questions about how the meeting went; your answers are anonymous.',
    when: '{{date}} at {{time}}',
  },
  caseFollowUps: {
    record: 'Record follow-up',
    dialogTitle: 'Record a follow-up of {{reference}}',
    dialogIntro:
      'You record that the follow-up due on {{due}} is done, and set the date of the next one. If you leave the next date empty, no new follow-up is planned.',
    doneOn: 'Day the follow-up was done',
    doneOnHint: 'Today or earlier. Done by {{due}} counts as on time.',
    nextFollowUpOn: 'Next follow-up (optional)',
    nextFollowUpOnHint: 'A date after the day the follow-up was done.',
    errorSummary: 'The follow-up could not be recorded',
    missingDoneOn: 'Give the day the follow-up was done.',
    confirm: 'Record the follow-up',
    cancel: 'Cancel',
    recorded: 'The follow-up is recorded. The next follow-up is on {{date}}.',
    recordedWithoutNext: 'The follow-up is recorded. No new follow-up is planned.',
    heading: 'Follow-ups',
    empty: 'No follow-ups are recorded yet.',
    caption: 'Follow-ups done, the latest first',
    due: 'Due',
    done: 'Done',
    outcome: 'On time?',
    onTime: 'On time',
    late_one: '{{count}} day late',
    late_other: '{{count}} days late',
    recordedBy: 'Recorded by',
  },
};

/**
 * Swedish words for what issue 7 asks of the people who take part (items 4 and 5): the meeting
 * pulse, two questions after a meeting (and the joint view's list of those awaiting an answer),
 * and the lead's record of a case's follow-ups. Spread into `sv` (sv.ts), so `t()` knows the keys
 * and en.ts must have the same shape (pulse.en.ts).
 */
export const pulseSv = {
  meetingPulse: {
    heading: 'Mötespuls',
    intro: 'Två snabba frågor om hur mötet var. Du kan svara fram till {{date}} kl. {{time}}.',
    usefulness: 'Hur användbart var mötet?',
    usefulnessLow: 'Inte alls',
    usefulnessHigh: 'Mycket',
    trust: 'Hur stort förtroende har du för samverkan?',
    trustLow: 'Inget',
    trustHigh: 'Mycket stort',
    anonymous:
      'Svaren är anonyma. De visas bara sammanräknade för forumet, och bara när minst fem personer har svarat.',
    choose: 'Välj ett svar från 1 till 4.',
    submit: 'Skicka svaren',
    thanks: 'Tack för dina svar! De räknas in anonymt i forumets sammanställning.',
    notYet:
      'Efter mötet kan du svara på två korta frågor om hur det var. Frågorna öppnar när mötet slutar, {{date}} kl. {{time}}.',
    closed: 'Frågorna om mötet gick att besvara till {{date}} och är nu stängda.',
  },
  pulsesToAnswer: {
    heading: 'Svara på pulsen',
    intro:
      'Möten de senaste 30 dagarna som du var kallad till och inte har svarat på. Två snabba frågor om hur mötet var; svaren är anonyma.',
    when: '{{date}} kl. {{time}}',
  },
  caseFollowUps: {
    record: 'Registrera uppföljning',
    dialogTitle: 'Registrera uppföljning för {{reference}}',
    dialogIntro:
      'Du registrerar att uppföljningen som skulle göras {{due}} är gjord, och sätter datumet för nästa uppföljning. Lämnar du nästa datum tomt planeras ingen ny uppföljning.',
    doneOn: 'Dagen uppföljningen gjordes',
    doneOnHint: 'I dag eller tidigare. Gjord senast {{due}} räknas som i tid.',
    nextFollowUpOn: 'Nästa uppföljning (frivilligt)',
    nextFollowUpOnHint: 'Ett datum efter dagen uppföljningen gjordes.',
    errorSummary: 'Uppföljningen kunde inte registreras',
    missingDoneOn: 'Ange dagen uppföljningen gjordes.',
    confirm: 'Registrera uppföljningen',
    cancel: 'Avbryt',
    recorded: 'Uppföljningen är registrerad. Nästa uppföljning är {{date}}.',
    recordedWithoutNext: 'Uppföljningen är registrerad. Ingen ny uppföljning är planerad.',
    heading: 'Uppföljningar',
    empty: 'Inga uppföljningar är registrerade än.',
    caption: 'Gjorda uppföljningar, den senaste först',
    due: 'Skulle göras',
    done: 'Gjordes',
    outcome: 'I tid?',
    onTime: 'I tid',
    late_one: '{{count}} dag sen',
    late_other: '{{count}} dagar sen',
    recordedBy: 'Registrerad av',
  },
};

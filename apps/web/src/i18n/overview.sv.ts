import type { EnumValue } from '../graphql.ts';

/**
 * Swedish words for the overview (issue 7): forum load, merge candidates and proposals, the network
 * picture, whether forums deliver, case and activity figures. Spread into `sv` (sv.ts), so `t()`
 * knows the keys and en.ts must have the same shape (overview.en.ts).
 */
export const overviewSv = {
  overview: {
    nav: 'Översikt',
    title: 'Översikt',
    loadError: 'Översikten kunde inte hämtas.',
    countyLead:
      'Samverkan i {{county}}: vilka organisationer som kallas till flest forum, vilka forum som överlappar och kan slås samman, vem som sitter var och om forumen levererar. Inga personuppgifter; antal under 5 visas som ”färre än 5”.',
    countyOnly:
      'Länsstyrelsen ser sitt eget län, {{county}}. Andra läns översikter är till för deras länsstyrelser.',
    ownLead:
      'Forumbelastningen för {{organisation}}: hur många forum organisationen sitter i, hur många möten den kallades till och hur mycket tid de tog.',
    notHosting:
      'Samordnare och administratörer ser också de forum organisationen är värd för, och förslag på forum att slå samman.',
    periodShown: 'Visar {{period}}. Organisationer i {{threshold}} forum eller fler flaggas.',
    contents: 'Innehåll på sidan',
    print: 'Skriv ut',
    printWhat: '({{what}})',
    printScope: '{{scope}}, {{period}}',
    downloadCsv: 'Ladda ner CSV',
    fewerThanFive: 'färre än 5',
    noRate: 'ingen registrerad',
    cancel: 'Avbryt',
    filters: {
      label: 'Urval för översikten',
      errorSummary: 'Urvalet behöver rättas',
      from: 'Från och med',
      to: 'Till och med',
      kind: 'Typ av organisation',
      allKinds: 'Alla typer',
      threshold: 'Flagga vid antal forum',
      thresholdHint: 'Organisationer som sitter i minst så här många forum flaggas.',
      thresholdWhole: 'Skriv gränsen för flaggning som ett heltal, till exempel 8.',
      apply: 'Visa',
      reset: 'Tillbaka till standardurvalet',
    },
    load: {
      title: 'Forumbelastning',
      introCounty:
        'Hur många forum varje organisation i länet är medlem i, hur många möten den kallades till under perioden, hur många timmar mötena tog och hur många den deltog i. Organisationer i {{threshold}} forum eller fler flaggas.',
      introOwn:
        'Hur många forum organisationen är medlem i, hur många möten den kallades till under perioden, hur många timmar mötena tog och hur många den deltog i. Från {{threshold}} forum flaggas den.',
      kindShown: 'Visar bara organisationer av typen {{kind}}.',
      flaggedSummary_one:
        '{{count}} organisation sitter i {{threshold}} forum eller fler och är flaggad: {{names}}.',
      flaggedSummary_other:
        '{{count}} organisationer sitter i {{threshold}} forum eller fler och är flaggade: {{names}}.',
      noneFlagged: 'Ingen organisation sitter i {{threshold}} forum eller fler.',
      empty: 'Det finns inga organisationer att visa för urvalet.',
      caption: 'Forumbelastning per organisation. Flaggad betyder medlem i minst {{threshold}} forum.',
      sortHint: 'Sorterar tabellen efter kolumnen. Tryck igen för att vända ordningen.',
      organisation: 'Organisation',
      kind: 'Typ',
      forums: 'Forum',
      meetingsInvited: 'Möten kallad till',
      hours: 'Mötestimmar',
      attendance: 'Närvarande av registrerade',
      attended: '{{attended}} av {{recorded}} ({{rate}})',
      noAttendance: 'Ingen närvaro registrerad',
      flagged: 'Flaggad',
    },
    charts: {
      forums: 'Forum',
      actions: 'Åtgärder',
      overdue: 'Öppna, försenade',
      threshold: 'Gräns: {{threshold}}',
      loadLabel_one:
        'Stapeldiagram över antal forum för {{count}} organisation, med gränsen för flaggning vid {{threshold}} forum. {{flagged}} Samma uppgifter finns i tabellen nedanför.',
      loadLabel_other:
        'Stapeldiagram över antal forum för {{count}} organisationer, med gränsen för flaggning vid {{threshold}} forum. {{flagged}} Samma uppgifter finns i tabellen nedanför.',
      loadFlagged_one: 'Över gränsen: {{names}}.',
      loadFlagged_other: 'Över gränsen ({{count}}): {{names}}.',
      loadNoneFlagged: 'Ingen organisation når gränsen.',
      loadCaption:
        'Antal forum per organisation. Den streckade linjen är gränsen för flaggning, {{threshold}} forum.',
      loadCaptionTop:
        'De {{shown}} av {{total}} organisationer som sitter i flest forum. Den streckade linjen är gränsen för flaggning, {{threshold}} forum. Alla finns i tabellen.',
      modesLabel_one:
        'Staplat stapeldiagram över hållna möten i {{count}} forum efter form. Totalt {{inPerson}} på plats, {{digital}} digitalt och {{hybrid}} hybrid. Siffrorna per forum finns i tabellen ”Levererar forumen?”.',
      modesLabel_other:
        'Staplat stapeldiagram över hållna möten i {{count}} forum efter form. Totalt {{inPerson}} på plats, {{digital}} digitalt och {{hybrid}} hybrid. Siffrorna per forum finns i tabellen ”Levererar forumen?”.',
      modesCaption: 'Hållna möten per forum, efter hur de hölls.',
      actionsLabel:
        'Stapeldiagram över länets åtgärder: {{onTime}} klara i tid, {{late}} klara sent och {{open}} öppna, varav {{overdue}} försenade.',
      actionsCaption:
        'Länets åtgärder från forumens möten. Försenade är öppna åtgärder vars datum har passerat.',
    },
    merge: {
      title: 'Forum som kan slås samman',
      introCounty_one:
        '{{pairs}} par av länets aktiva och vilande forum har jämförts. {{count}} par liknar varandra tillräckligt för att föreslås: likheten väger samman gemensamma medlemsorganisationer och gemensamma teman.',
      introCounty_other:
        '{{pairs}} par av länets aktiva och vilande forum har jämförts. {{count}} par liknar varandra tillräckligt för att föreslås, mest lika först: likheten väger samman gemensamma medlemsorganisationer och gemensamma teman.',
      introHosted_one:
        '{{count}} forumpar där organisationen är värd för minst ett av forumen liknar varandra tillräckligt för att föreslås.',
      introHosted_other:
        '{{count}} forumpar där organisationen är värd för minst ett av forumen liknar varandra tillräckligt för att föreslås, mest lika först.',
      empty: 'Inga forum liknar varandra tillräckligt för att föreslås som sammanslagning.',
      shown: 'Visar {{shown}} av {{total}} par.',
      savingsTitle: 'besparing per organisation',
      rank: 'Nr {{rank}}',
      pair: '{{a}} och {{b}}',
      score: 'Likhet',
      scoreText: '{{score}} (medlemmar {{members}}, teman {{themes}})',
      hosts: 'Värdar',
      hostsText: '{{a}}: {{hostA}}. {{b}}: {{hostB}}.',
      sharedMembers_one: '{{count}} gemensam medlem',
      sharedMembers_other: '{{count}} gemensamma medlemmar',
      sharedThemes: 'Gemensamma teman',
      none: 'Inga',
      savingsCaption: 'Mötestimmar per år som en sammanslagning skulle spara för varje medlemsorganisation',
      hoursPerYear: 'Per år',
      total: 'Totalt',
      hours: {
        saves: 'sparar {{hours}} timmar',
        costs: 'kostar {{hours}} timmar mer',
        even: 'ingen skillnad',
      },
      costsMore:
        'Totalt skulle det sammanslagna forumet kräva mer mötestid än de två forumen gör i dag, eftersom fler organisationer skulle kallas till fler möten.',
      openProposal:
        '{{organisation}} föreslog en sammanslagning {{date}}. Förslaget väntar på värdarnas svar.',
      toProposal: 'Till förslaget',
      propose: 'Föreslå sammanslagning',
      dialogTitle: 'Föreslå sammanslagning',
      dialogIntro:
        'Förslaget att slå samman {{pair}} visas för båda forumens värdar, {{hostA}} och {{hostB}}, som svarar på det. Forumen slås inte samman förrän båda värdarna har sagt ja.',
      message: 'Motivering (frivilligt)',
      messageHint:
        'Varför forumen bör slås samman, med några meningar. Högst {{max}} tecken; värdarna ser texten.',
      messageTooLong: 'Texten får vara högst {{max}} tecken. Korta den.',
      send: 'Skicka förslaget',
      proposed: 'Förslaget att slå samman {{pair}} är skickat till värdarna.',
    },
    proposals: {
      title: 'Förslag om sammanslagning',
      intro:
        'Förslag att slå samman forum, nyaste först. Båda forumens värdar svarar; när båda har sagt ja kan en värd slå ihop forumen på forumets sida.',
      empty: 'Det finns inga förslag om sammanslagning.',
      proposedBy: 'Föreslaget av',
      proposedByText: '{{organisation}}, {{date}}',
      message: 'Motivering',
      figures: 'När det föreslogs',
      figuresText_one: 'Likhet {{score}}, {{count}} gemensam medlem, {{hours}} per år',
      figuresText_other: 'Likhet {{score}}, {{count}} gemensamma medlemmar, {{hours}} per år',
      decided: 'Avgjort',
      answers: 'Värdarnas svar',
      answerAgrees: '{{organisation}} instämmer ({{date}}).',
      answerDeclines: '{{organisation}} avböjer ({{date}}).',
      agrees: 'instämmer',
      declines: 'avböjer',
      waitingFor: '{{organisation}} har inte svarat än.',
      noAnswers: 'Inga svar.',
      agreedHint: 'Båda värdarna är överens. En värd kan nu slå ihop forumen på forumets sida:',
      ownAgrees: 'Ni har svarat att ni instämmer. Ni kan ändra svaret så länge förslaget är öppet.',
      answerLabel: 'Svara på förslaget om {{pair}}',
      comment: 'Kommentar (frivilligt)',
      commentHint:
        'Varför ni instämmer eller avböjer. Högst {{max}} tecken; alla som ser förslaget ser kommentaren.',
      agree: 'Instäm',
      decline: 'Avböj',
      agreed: 'Ni instämmer i förslaget att slå samman {{pair}}.',
      declined: 'Ni har avböjt förslaget att slå samman {{pair}}.',
      withdraw: 'Dra tillbaka förslaget',
      withdrawTitle: 'Dra tillbaka förslaget?',
      withdrawBody: 'Förslaget att slå samman {{pair}} stängs, och värdarna behöver inte svara på det.',
      withdrawConfirm: 'Dra tillbaka',
      withdrawn: 'Förslaget att slå samman {{pair}} är tillbakadraget.',
    },
    network: {
      title: 'Vem sitter var',
      intro:
        '{{organisations}} organisationer och {{forums}} aktiva eller vilande forum, med {{links}} medlemskap. Samma uppgifter finns i tabellen under bilden.',
      empty: 'Länet har inga aktiva eller vilande forum.',
      keys: 'Välj en organisation eller ett forum med tabbtangenten, och flytta med piltangenterna: upp och ned i samma kolumn, höger och vänster till den andra kolumnen. Enter eller mellanslag håller kvar markeringen.',
      chartLabel: 'Nätverksbild: {{organisations}} organisationer till vänster, {{forums}} forum till höger',
      organisationsColumn: 'Organisationer',
      forumsColumn: 'Forum',
      organisationNode_one: '{{name}}, organisation, i {{count}} forum',
      organisationNode_other: '{{name}}, organisation, i {{count}} forum',
      forumNode_one: '{{name}}, forum, {{count}} medlemsorganisation',
      forumNode_other: '{{name}}, forum, {{count}} medlemsorganisationer',
      organisationSummary_one: '{{name}} sitter i {{count}} forum: {{names}}.',
      organisationSummary_other: '{{name}} sitter i {{count}} forum: {{names}}.',
      organisationNone: '{{name}} sitter inte i något av länets forum.',
      forumSummary_one: '{{name}} har {{count}} medlemsorganisation: {{names}}.',
      forumSummary_other: '{{name}} har {{count}} medlemsorganisationer: {{names}}.',
      forumNone: '{{name}} har inga medlemsorganisationer.',
      choose: 'Peka på eller välj en organisation eller ett forum för att se dess kopplingar.',
      caption: 'Organisationer och de forum de sitter i',
      forumCount: 'Antal forum',
      forums: 'Forum',
      noForums: 'Inga',
    },
    delivery: {
      title: 'Levererar forumen?',
      hostedTitle: 'Forum vi är värd för',
      introCounty:
        'Per forum: hållna möten mot den planerade mötesfrekvensen hittills, hur mötena hölls och hur det går med åtgärderna. Öppna en rad för närvaro per organisation och pulsen per kvartal.',
      introHosted:
        'Forum som {{organisation}} är värd för: hållna möten mot den planerade mötesfrekvensen hittills, hur mötena hölls och hur det går med åtgärderna. Öppna en rad för närvaro per organisation och pulsen per kvartal.',
      empty: 'Det finns inga forum att visa.',
      caption: 'Möten, mötesformer och åtgärder per forum under perioden',
      attendanceTitle: 'närvaro per organisation',
      forum: 'Forum',
      held: 'Hållna av planerade hittills',
      upcoming: 'Kommande',
      cancelled: 'Inställda',
      digital: 'Digitalt',
      hybrid: 'Hybrid',
      showDetails: 'Visa närvaro och puls',
      hideDetails: 'Dölj närvaro och puls',
      hostAndCadence_one: 'Värd: {{host}}. {{count}} möte per år planerat.',
      hostAndCadence_other: 'Värd: {{host}}. {{count}} möten per år planerade.',
      heldOfPlanned: '{{held}} av {{planned}}',
      behind: 'Färre än planerat',
      modeShare: '{{n}} ({{share}})',
      noAttendance: 'Ingen närvaro är registrerad för forumets möten under perioden.',
      attendanceCaption: 'Närvaro per organisation i {{forum}}',
      invited: 'Kallad till',
      recorded: 'Registrerade',
      attended: 'Närvarande',
      attendanceRate: 'Närvaro',
    },
    actions: {
      onTime: 'Klara i tid',
      late: 'Klara sent',
      open: 'Öppna',
      overdue: 'Varav försenade',
      openNotOverdue: 'Öppna, i tid',
      onTimeLong: 'Åtgärder klara i tid',
      lateLong: 'Åtgärder klara efter sitt datum',
      openLong: 'Öppna åtgärder',
      overdueLong: 'Öppna åtgärder vars datum har passerat',
    },
    county: {
      title: 'Länet totalt',
      intro:
        'Länets forum har hållit {{held}} av de {{planned}} möten som deras mötesfrekvens planerar hittills ({{share}}).',
      caption: 'Länets möten och åtgärder under perioden',
      measure: 'Mått',
      count: 'Antal',
      share: 'Andel',
      plannedToDate: 'Planerade möten hittills',
      held: 'Hållna möten',
      cancelled: 'Inställda möten',
      heldMode: 'Hållna möten, {{mode}}',
    },
    pulse: {
      title: 'Mötespuls',
      titleLower: 'mötespuls per kvartal',
      intro:
        'Efter ett möte kan deltagarna svara på två frågor: hur nyttigt mötet var och hur stort förtroendet för samverkan är, båda på en skala från 1 till 4. Medelvärden visas bara när minst 5 har svarat.',
      countyCaption: 'Mötespuls per kvartal för länets forum',
      forumCaption: 'Mötespuls per kvartal i {{forum}}',
      none: 'Inga pulssvar under perioden.',
      quarter: 'Kvartal',
      answers: 'Svar',
      usefulness: 'Nytta (1–4)',
      trust: 'Förtroende (1–4)',
      withheld: 'visas inte, färre än 5 svar',
    },
    cases: {
      title: 'Samverkansärenden',
      intro:
        'Länets samverkansärenden som antal, aldrig enskilda ärenden. Antal under 5 visas som ”färre än 5”, så att ingen kan pekas ut.',
      totalText: 'Ärenden totalt: {{total}}',
      total: 'Totalt',
      byStatus: 'Ärenden efter status',
      byTheme: 'Ärenden efter tema',
      noThemes: 'Inga ärenden har teman.',
      followUpsCaption: 'Uppföljningar med datum under perioden',
      status: 'Status',
      theme: 'Tema',
      count: 'Antal',
      followUps: 'Uppföljningar',
      followUpsOnTime: 'Gjorda i tid',
      followUpsLate: 'Gjorda sent',
      followUpsOverdue: 'Inte gjorda, datumet har passerat',
    },
    activities: {
      title: 'Aktiviteter för unga per kommun',
      intro:
        'Publicerade aktiviteter för unga i länets kommuner och hur många platser de erbjuder (där antalet platser är angivet), efter åldersgrupp och säsong.',
      byAgeGroup: 'Publicerade aktiviteter per kommun och åldersgrupp',
      bySeason: 'Publicerade aktiviteter per kommun och säsong',
      municipality: 'Kommun',
      published: 'Publicerade',
      places: 'Platser',
      all: 'Alla',
      ageGroupShort: 'efter åldersgrupp',
      seasonShort: 'efter säsong',
      cell: '{{activities}} ({{places}} platser)',
      cellNoPlaces: '{{activities}}',
    },
  },
};

/** Every value of the overview's own enums needs a label. */
type OverviewEnumLabels = {
  [Name in 'MergeProposalStatus' | 'AgeGroup']: Record<EnumValue<Name>, string>;
};

export const overviewEnumsSv = {
  MergeProposalStatus: {
    OPEN: 'Väntar på svar',
    AGREED: 'Värdarna är överens',
    DECLINED: 'Avböjt',
    WITHDRAWN: 'Tillbakadraget',
  },
  AgeGroup: {
    AGE_6_12: '6–12 år',
    AGE_13_15: '13–15 år',
    AGE_16_18: '16–18 år',
    AGE_19_25: '19–25 år',
  },
} satisfies OverviewEnumLabels;

import type { TFunction } from 'i18next';
import type { VariablesOf } from '../../graphql.ts';
import { parseIsoDate, parseTime } from '../../ui/datetime.ts';
import { safeHttpUrl } from '../../ui/safe-url.ts';
import { COMMON_LANGUAGES, parseLanguageCodes } from './activity-format.ts';
import type { CreateActivityMutation } from './activity-mutations.ts';
import type { ActivityCategory, ActivitySeason } from './reference.ts';
import { buildWeeklyRule, parseWeeklyRule, type Weekday } from './weekly-times.ts';

/** What the activity form holds: text as typed, so half-written numbers survive until saved. */
export interface ActivityDraft {
  title: string;
  description: string;
  category: ActivityCategory | '';
  minAge: string;
  maxAge: string;
  municipalityCode: string;
  place: string;
  season: ActivitySeason | '';
  startsOn: string;
  endsOn: string;
  weekdays: ReadonlySet<Weekday>;
  /** A stored rule the weekday checkboxes cannot show; kept unless weekdays are chosen. */
  keptRule: string | null;
  startTime: string;
  durationMinutes: string;
  exceptionDates: readonly string[];
  costKronor: string;
  costNote: string;
  signUp: string;
  signUpUrl: string;
  capacity: string;
  placesLeft: string;
  languages: ReadonlySet<string>;
  otherLanguages: string;
  accessibility: string;
  contactEmail: string;
  contactPhone: string;
}

/** The form's fields, named as the API names them where it has them. */
export type DraftField =
  | 'title'
  | 'description'
  | 'category'
  | 'minAge'
  | 'maxAge'
  | 'municipalityCode'
  | 'place'
  | 'season'
  | 'startsOn'
  | 'endsOn'
  | 'weekdays'
  | 'startTime'
  | 'durationMinutes'
  | 'exceptionDates'
  | 'costKronor'
  | 'costNote'
  | 'signUp'
  | 'signUpUrl'
  | 'capacity'
  | 'placesLeft'
  | 'languages'
  | 'otherLanguages'
  | 'accessibility'
  | 'contactEmail'
  | 'contactPhone';

/** The form field for a field the API names in an error (`recurrence` is the weekdays). */
export function draftFieldFor(apiField: string | null | undefined): DraftField | null {
  if (!apiField) return null;
  if (apiField === 'recurrence') return 'weekdays';
  const fields: readonly string[] = [
    'title',
    'description',
    'category',
    'minAge',
    'maxAge',
    'municipalityCode',
    'place',
    'season',
    'startsOn',
    'endsOn',
    'startTime',
    'durationMinutes',
    'exceptionDates',
    'costKronor',
    'costNote',
    'signUp',
    'signUpUrl',
    'capacity',
    'placesLeft',
    'languages',
    'accessibility',
    'contactEmail',
    'contactPhone',
  ];
  return fields.includes(apiField) ? (apiField as DraftField) : null;
}

export type ActivityInput = VariablesOf<typeof CreateActivityMutation>['input'];

/** An activity as it is stored, read into the form. */
export interface StoredActivity {
  title: string;
  description: string;
  category: ActivityCategory;
  minAge: number;
  maxAge: number;
  municipality: { code: string };
  place: string;
  season: ActivitySeason;
  startsOn: string;
  endsOn: string;
  startTime: string | null;
  durationMinutes: number | null;
  recurrence: string | null;
  exceptionDates: readonly string[];
  costKronor: number;
  costNote: string | null;
  signUp: string;
  signUpUrl: string | null;
  capacity: number | null;
  placesLeft: number | null;
  languages: readonly string[];
  accessibility: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

const text = (value: number | string | null | undefined) => (value == null ? '' : String(value));

export function emptyDraft(municipalityCode: string): ActivityDraft {
  return {
    title: '',
    description: '',
    category: '',
    minAge: '',
    maxAge: '',
    municipalityCode,
    place: '',
    season: '',
    startsOn: '',
    endsOn: '',
    weekdays: new Set(),
    keptRule: null,
    startTime: '',
    durationMinutes: '',
    exceptionDates: [],
    costKronor: '0',
    costNote: '',
    signUp: '',
    signUpUrl: '',
    capacity: '',
    placesLeft: '',
    languages: new Set(['sv']),
    otherLanguages: '',
    accessibility: '',
    contactEmail: '',
    contactPhone: '',
  };
}

export function draftFrom(activity: StoredActivity): ActivityDraft {
  const days = parseWeeklyRule(activity.recurrence);
  const common = new Set<string>(COMMON_LANGUAGES);
  return {
    title: activity.title,
    description: activity.description,
    category: activity.category,
    minAge: text(activity.minAge),
    maxAge: text(activity.maxAge),
    municipalityCode: activity.municipality.code,
    place: activity.place,
    season: activity.season,
    startsOn: activity.startsOn,
    endsOn: activity.endsOn,
    weekdays: new Set(days ?? []),
    keptRule: days === null ? activity.recurrence : null,
    startTime: text(activity.startTime),
    durationMinutes: text(activity.durationMinutes),
    exceptionDates: [...activity.exceptionDates],
    costKronor: text(activity.costKronor),
    costNote: text(activity.costNote),
    signUp: activity.signUp,
    signUpUrl: text(activity.signUpUrl),
    capacity: text(activity.capacity),
    placesLeft: text(activity.placesLeft),
    languages: new Set(activity.languages.filter((code) => common.has(code))),
    otherLanguages: activity.languages.filter((code) => !common.has(code)).join(', '),
    accessibility: text(activity.accessibility),
    contactEmail: text(activity.contactEmail),
    contactPhone: text(activity.contactPhone),
  };
}

const wholeNumber = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value.trim()) : null);
const optional = (value: string) => value.trim() || null;

/**
 * The API input for a draft, or what to correct first, field by field. The API checks it all
 * again (and more: plain text, the rule giving at least one time); this catches the obvious early.
 */
export function draftInput(
  draft: ActivityDraft,
  t: TFunction,
): { input: ActivityInput } | { errors: Partial<Record<DraftField, string>> } {
  const errors: Partial<Record<DraftField, string>> = {};
  const e = 'activities.form.errors';
  if (!draft.title.trim()) errors.title = t(`${e}.title`);
  if (!draft.description.trim()) errors.description = t(`${e}.description`);
  if (!draft.category) errors.category = t(`${e}.category`);
  const minAge = wholeNumber(draft.minAge);
  const maxAge = wholeNumber(draft.maxAge);
  if (minAge === null || minAge > 30) errors.minAge = t(`${e}.age`);
  if (maxAge === null || maxAge > 30) errors.maxAge = t(`${e}.age`);
  else if (minAge !== null && maxAge < minAge) errors.maxAge = t(`${e}.ageOrder`);
  if (!draft.municipalityCode) errors.municipalityCode = t(`${e}.municipality`);
  if (!draft.place.trim()) errors.place = t(`${e}.place`);
  if (!draft.season) errors.season = t(`${e}.season`);
  if (!parseIsoDate(draft.startsOn)) errors.startsOn = t(`${e}.startsOn`);
  if (!parseIsoDate(draft.endsOn) || (parseIsoDate(draft.startsOn) && draft.endsOn < draft.startsOn))
    errors.endsOn = t(`${e}.endsOn`);
  const duration = draft.durationMinutes.trim() ? wholeNumber(draft.durationMinutes) : null;
  if (draft.durationMinutes.trim() && (duration === null || duration < 1 || duration > 1440))
    errors.durationMinutes = t(`${e}.duration`);
  if (draft.startTime && !parseTime(draft.startTime)) errors.startTime = t(`${e}.startTime`);
  else if (!draft.startTime && draft.durationMinutes.trim()) errors.startTime = t(`${e}.startTimeNeeded`);
  const exceptionDates = draft.exceptionDates.filter((date) => date.trim());
  if (
    exceptionDates.some(
      (date) =>
        !parseIsoDate(date) ||
        (draft.startsOn && date < draft.startsOn) ||
        (draft.endsOn && date > draft.endsOn),
    )
  )
    errors.exceptionDates = t(`${e}.exceptionDates`);
  const cost = wholeNumber(draft.costKronor);
  if (cost === null) errors.costKronor = t(`${e}.cost`);
  if (!draft.signUp.trim()) errors.signUp = t(`${e}.signUp`);
  if (draft.signUpUrl.trim() && !safeHttpUrl(draft.signUpUrl.trim())) errors.signUpUrl = t(`${e}.signUpUrl`);
  const capacity = draft.capacity.trim() ? wholeNumber(draft.capacity) : null;
  if (draft.capacity.trim() && capacity === null) errors.capacity = t(`${e}.capacity`);
  const placesLeft = draft.placesLeft.trim() ? wholeNumber(draft.placesLeft) : null;
  if (draft.placesLeft.trim() && (placesLeft === null || (capacity !== null && placesLeft > capacity)))
    errors.placesLeft = t(`${e}.placesLeft`);
  const others = parseLanguageCodes(draft.otherLanguages);
  if (others === null) errors.otherLanguages = t(`${e}.otherLanguages`);
  const languages = [
    ...new Set([...COMMON_LANGUAGES.filter((code) => draft.languages.has(code)), ...(others ?? [])]),
  ];
  if (others !== null && languages.length === 0) errors.languages = t(`${e}.languages`);

  if (Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      title: draft.title.trim(),
      description: draft.description.trim(),
      category: draft.category as ActivityCategory,
      minAge: minAge as number,
      maxAge: maxAge as number,
      municipalityCode: draft.municipalityCode,
      place: draft.place.trim(),
      season: draft.season as ActivitySeason,
      startsOn: draft.startsOn,
      endsOn: draft.endsOn,
      recurrence: buildWeeklyRule(draft.weekdays) ?? draft.keptRule,
      startTime: draft.startTime || null,
      durationMinutes: duration,
      exceptionDates: [...new Set(exceptionDates)].sort(),
      costKronor: cost as number,
      costNote: optional(draft.costNote),
      signUp: draft.signUp.trim(),
      signUpUrl: optional(draft.signUpUrl),
      capacity,
      placesLeft,
      languages,
      accessibility: optional(draft.accessibility),
      contactEmail: optional(draft.contactEmail),
      contactPhone: optional(draft.contactPhone),
    },
  };
}

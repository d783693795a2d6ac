/**
 * Stances: comparable policies of the Central Asian states. Each topic has its own closed set of
 * positions so the stances table compares like with like.
 */

export const STANCE_TOPICS = {
  'taliban-engagement': {
    label: 'Engagement with the Taliban',
    positions: {
      extensive: 'Engages extensively',
      pragmatic: 'Keeps working contacts',
      'open-conditional': 'Open to dealings, on conditions',
      cautious: 'Avoids antagonising, watches',
      limited: 'Engages only on essentials',
      none: 'No official dialogue',
    },
  },
  'afghan-refugees': {
    label: 'Afghan refugees',
    positions: {
      'refuses-most': 'Turns most Afghans away',
      'admits-students': 'Admits Afghan students with valid visas',
      'opposes-admission': 'Urges others not to admit refugees',
    },
  },
  'us-bases': {
    label: 'US bases',
    positions: {
      'not-advocated': 'Has not openly sought new US bases',
      expelled: 'Expelled US forces',
      opposes: 'Warns against new US bases',
    },
  },
  'ethnic-kin': {
    label: 'Ethnic kin in Afghanistan',
    positions: {
      champions: 'Speaks up for ethnic kin',
      declines: 'Declines to champion ethnic kin',
    },
  },
  'reliance-on-russia': {
    label: 'Reliance on Russia',
    positions: {
      relies: 'Relies on Russia for protection',
      'follows-lead': 'Set to follow Russia’s lead',
      'awaits-lead': 'Waits for Russia to lead',
      'moving-closer': 'Moving closer to Russia',
      'keeps-distance': 'Tries to stay outside Moscow’s security orbit',
    },
  },
} as const satisfies Record<string, { label: string; positions: Record<string, string> }>;

export type StanceTopic = keyof typeof STANCE_TOPICS;
export const STANCE_TOPIC_NAMES = Object.keys(STANCE_TOPICS) as [StanceTopic, ...StanceTopic[]];

/** Every position of every topic (zod checks the pair with {@link isPositionOf}). */
export const ALL_POSITIONS = [
  ...new Set(STANCE_TOPIC_NAMES.flatMap((t) => Object.keys(STANCE_TOPICS[t].positions))),
] as [string, ...string[]];

/** Whether `position` belongs to `topic`. */
export function isPositionOf(topic: StanceTopic, position: string): boolean {
  return Object.hasOwn(STANCE_TOPICS[topic].positions, position);
}

/** The reader-facing label of a topic's position. */
export function positionLabel(topic: StanceTopic, position: string): string {
  const positions: Record<string, string> = STANCE_TOPICS[topic].positions;
  const label = positions[position];
  if (!label) throw new RangeError(`"${position}" is not a position on ${topic}`);
  return label;
}

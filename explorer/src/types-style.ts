/**
 * How each GraphQL type looks, in the graph and in the panel: colour and
 * shape together, so the picture still reads in greyscale or for a
 * colour-blind reader. Claims of every kind share one look; their label
 * starts with the kind.
 */
export interface TypeStyle {
  label: string;
  color: string;
  shape: string;
}

/** Each entity type's look, and the prefix its keys start with (docs/model.md: `state:RUS`, `person:robert-wood`). */
export const entityStyles = {
  State: { label: 'State', plural: 'states', color: '#2f6db5', shape: 'round-rectangle', keyPrefix: 'state' },
  Person: { label: 'Person', plural: 'people', color: '#e07b00', shape: 'ellipse', keyPrefix: 'person' },
  Organization: {
    label: 'Organization',
    plural: 'organizations',
    color: '#1b9e77',
    shape: 'hexagon',
    keyPrefix: 'org',
  },
  Place: { label: 'Place', plural: 'places', color: '#8c6d46', shape: 'diamond', keyPrefix: 'place' },
  Resolution: {
    label: 'Resolution',
    plural: 'resolutions',
    color: '#7b5ea7',
    shape: 'rectangle',
    keyPrefix: 'resolution',
  },
  Event: { label: 'Event', plural: 'events', color: '#c9a227', shape: 'octagon', keyPrefix: 'event' },
  Treaty: { label: 'Treaty', plural: 'treaties', color: '#4d8f2f', shape: 'barrel', keyPrefix: 'treaty' },
  WeaponSystem: {
    label: 'Weapon system',
    plural: 'weapon systems',
    color: '#b2182b',
    shape: 'triangle',
    keyPrefix: 'weapon',
  },
  WeaponsTransfer: {
    label: 'Weapons transfer',
    plural: 'weapons transfers',
    color: '#e7298a',
    shape: 'vee',
    keyPrefix: 'transfer',
  },
} satisfies Record<string, TypeStyle & { plural: string; keyPrefix: string }>;

/** The entity types of the graph (the API's EntityType enum). */
export type EntityType = keyof typeof entityStyles;
export const ENTITY_TYPES = Object.keys(entityStyles) as EntityType[];

export function isEntityType(type: string): type is EntityType {
  return Object.hasOwn(entityStyles, type);
}

export const claimTypes = new Set([
  'Accusation',
  'Denial',
  'Criticism',
  'Demand',
  'Statement',
  'Report',
  'Warning',
  'Appeal',
]);

export const claimStyle: TypeStyle = { label: 'Claim', color: '#9aa3ad', shape: 'round-tag' };
export const otherStyle: TypeStyle = { label: 'Other', color: '#6c757d', shape: 'ellipse' };

export function isClaim(type: string): boolean {
  return claimTypes.has(type);
}

export function styleOf(type: string): TypeStyle {
  return isEntityType(type) ? entityStyles[type] : isClaim(type) ? claimStyle : otherStyle;
}

/** The word for many nodes of a type: "accusations", "weapons transfers". */
export function pluralOf(type: string): string {
  if (isEntityType(type)) return entityStyles[type].plural;
  return isClaim(type) ? `${type.toLowerCase()}s` : 'nodes';
}

/** Legend group of a type: claims collapse into one entry. */
export function groupOf(type: string): string {
  return isClaim(type) ? 'Claim' : type;
}

/** Readable kind names for claim badges, in the order of the API's ClaimKind enum. */
export const kindLabels: Record<string, string> = {
  ACCUSE: 'accuses',
  DENY: 'denies',
  CRITICIZE: 'criticizes',
  DEMAND: 'demands',
  STATE: 'states',
  REPORT: 'reports',
  WARN: 'warns',
  CALL_FOR: 'calls for',
};

/** A small coloured label naming the type (the colour set through CSSOM, which the page's CSP allows). */
export function typeBadge(type: string): HTMLSpanElement {
  const style = styleOf(type);
  const span = document.createElement('span');
  span.className = 'type-badge';
  span.textContent = style === claimStyle || style === otherStyle ? type : style.label;
  span.style.setProperty('--type-color', style.color);
  return span;
}

/** The kinds of claim (the API's ClaimKind enum). */
export const CLAIM_KINDS = Object.keys(kindLabels);

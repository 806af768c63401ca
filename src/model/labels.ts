/** The words every view uses for the model's dimensions, roles and bands (the panel, the options page, the coaching summary, the CLI). */
import type { Band, Dimension, Role } from './types';

export const DIMENSION_LABELS: Record<Dimension, string> = {
  personalization: 'Personalization',
  commitments: 'Follow-up commitments',
  research: 'Account research & listening',
  ownership: 'Ownership',
  humility: 'Humility',
  clarity: 'Clarity',
};

export const ROLE_LABELS: Record<Role, string> = {
  prospecting: 'Prospecting',
  support: 'Support',
  account: 'Account management',
};

export const ROLE_BLURBS: Record<Role, string> = {
  prospecting: 'a first email to a prospect',
  support: 'a reply to a customer’s problem',
  account: 'an update to an existing customer',
};

export const BAND_LABELS: Record<Band, string> = { low: 'Low trust', fair: 'Fair', good: 'Good', great: 'Great' };

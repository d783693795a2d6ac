/** Reader-facing labels of the small status vocabularies. */
import type { BaseStatus } from '../schemas/collections.ts';

export const STATUS_LABELS = {
  bases: { active: 'In use', proposed: 'Proposed (under discussion)', former: 'Former' } satisfies Record<
    BaseStatus,
    string
  >,
  infrastructure: {
    existing: 'In service',
    'extension-agreed': 'In service; extension agreed',
    agreed: 'Agreed, not yet built',
    'under-development': 'Under development',
  },
  membership: { member: 'Member', observer: 'Observer', applicant: 'Applicant', former: 'Former member' },
} as const;

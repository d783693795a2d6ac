/** A typed fact as one line of plain text ("Border with Afghanistan: 1,300 km"), for images and CSV. */
import type { Fact } from '../../model/schemas/shared.ts';
import { formatDate } from '../../model/dates.ts';
import { factKeyInfo } from '../../model/vocab/facts.ts';
import { formatQuantity } from '../../model/quantities.ts';

/** `title` turns a reference id into its name ("10 km west of Dushanbe"). */
export function factText(fact: Fact, title: (id: string) => string): string {
  const info = factKeyInfo(fact.key);
  let value: string;
  if (fact.none) value = info.noneText ?? 'None';
  else if (fact.quantity) {
    const reference = fact.reference ? `${fact.quantity.direction ? ' ' : ' from '}${title(fact.reference)}` : '';
    value = `${formatQuantity(fact.quantity)}${reference}`;
  } else if (fact.date) value = formatDate(fact.date);
  else value = fact.text ?? '';
  return fact.none ? value : `${info.label}: ${value}`;
}

/** How an audit event's fields and names are shown. */
import type { AuditField } from '../api/accessTypes';
import { formatMoney } from '../format';
import type { Dictionary } from './sv';

const BEFORE = '.before';

/** The translated name of a field, or the name itself for one the UI does not know. */
export function fieldName(t: Dictionary, name: string): string {
  return Object.hasOwn(t.audit.fieldNames, name) ? t.audit.fieldNames[name as keyof Dictionary['audit']['fieldNames']] : name;
}

/** A value as users read it: amounts in öre (fields named …Ore) in kronor, an empty value as a dash. */
function fieldValue(name: string, value: string): string {
  if (value === '') return '–';
  if (name.endsWith('Ore') && /^-?\d+$/.test(value)) return formatMoney(Number(value), 'kr', Number(value) % 100 === 0 ? 0 : 2);
  return value;
}

/**
 * One line per field: "Namn: värde"; a changed field "Namn: före → efter" (the server logs the earlier value as
 * the field "<name>.before" just before it); a field without value (personal data, logged by name only) is just its
 * name.
 */
export function auditFieldLines(t: Dictionary, fields: AuditField[]): string[] {
  const lines: string[] = [];
  let before: AuditField | null = null;
  for (const field of fields) {
    if (field.name.endsWith(BEFORE)) {
      before = field;
      continue;
    }
    const label = fieldName(t, field.name);
    if (field.value === null) {
      lines.push(label);
    } else if (before && before.name === field.name + BEFORE && before.value !== null) {
      lines.push(`${label}: ${fieldValue(field.name, before.value)} → ${fieldValue(field.name, field.value)}`);
    } else {
      lines.push(`${label}: ${fieldValue(field.name, field.value)}`);
    }
    before = null;
  }
  return lines;
}

/** The translated name of an action, or the code itself for one the UI does not know. */
export function actionName(t: Dictionary, action: string): string {
  return Object.hasOwn(t.audit.actions, action) ? t.audit.actions[action as keyof Dictionary['audit']['actions']] : action;
}

export function entityName(t: Dictionary, entity: string): string {
  return Object.hasOwn(t.audit.entities, entity)
    ? t.audit.entities[entity as keyof Dictionary['audit']['entities']]
    : entity;
}

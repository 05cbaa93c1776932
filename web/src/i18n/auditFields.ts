/** How an audit event's fields and names are shown. */
import type { AuditField } from '../api/accessTypes';
import type { Dictionary } from './sv';

/** "namn: värde"; a field without value (personal data, logged by name only) is just its name. */
export function formatAuditField(field: AuditField): string {
  return field.value === null ? field.name : `${field.name}: ${field.value}`;
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

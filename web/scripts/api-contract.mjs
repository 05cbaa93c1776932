// The API contract check (check-api-answers.mjs, contract.test.ts): exchanges recorded by the API tests
// (tests/api/recording_client.hpp) against openapi.json.
//  - every answer's status is documented for its operation;
//  - every JSON answer validates against the documented schema, with no undocumented properties;
//  - every request the server accepted (2xx) validates against the operation's request schema;
//  - answers of other media types (CSV, PDF, XLSX) carry a documented content type.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** A copy of a schema in which objects that list their properties allow no others (answers only). */
function closed(schema) {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === 'properties' ? mapValues(v, closed) : closed(v)]));
  if (copy.properties && copy.additionalProperties === undefined && !copy.allOf) copy.additionalProperties = false;
  return copy;
}
function mapValues(object, f) {
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, f(v)]));
}

function compiler(schemas) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'api', components: { schemas } });
  return (schema) => ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"api#/components/')));
}
/**
 * Checks `exchanges` ({method, path, request, status, contentType, answer}) against the OpenAPI `document`.
 * Returns the failures (one line each), the operations answered with success and all operations ("GET /path").
 */
export function checkExchanges(document, exchanges) {
  const answerSchema = compiler(closed(document.components.schemas));
  const requestSchema = compiler(document.components.schemas);
  // Path templates as patterns; literal segments win over parameters (/referrals/summary before /referrals/{id}).
  const operations = Object.entries(document.paths)
    .map(([template, methods]) => ({
      template,
      methods,
      pattern: new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
      literal: template.split('/').filter((s) => !s.startsWith('{')).length,
    }))
    .sort((a, b) => b.literal - a.literal);

  const failures = [];
  const answered = new Set();
  const validators = new Map();
  const validatorFor = (key, make) => {
    if (!validators.has(key)) validators.set(key, make());
    return validators.get(key);
  };
  for (const x of exchanges) {
    const path = x.path.split('?')[0];
    const method = x.method.toLowerCase();
    const operation = operations.find((o) => o.pattern.test(path) && o.methods[method]);
    if (!operation) continue; // the web app's pages and assets, or a route that does not exist (tested to be 404/405)
    const spec = operation.methods[method];
    const opKey = `${x.method} ${operation.template}`;
    const where = `${opKey} → ${x.status}`;
    const success = x.status >= 200 && x.status < 300;
    const body = spec.requestBody?.content?.['application/json']?.schema;
    if (success && body && x.request !== null && x.request !== undefined) {
      const validate = validatorFor(`request ${opKey}`, () => requestSchema(body));
      if (!validate(x.request)) {
        failures.push(`${opKey} accepted a request its schema refuses: ${JSON.stringify(validate.errors.slice(0, 3))}\n    request: ${JSON.stringify(x.request).slice(0, 400)}`);
      }
    }
    const response = spec.responses[String(x.status)];
    if (!response) {
      failures.push(`${where}: status not documented (${x.path})`);
      continue;
    }
    if (success) answered.add(opKey);
    const resolved = response.$ref ? document.components.responses[response.$ref.split('/').pop()] : response;
    const media = (x.contentType ?? '').split(';')[0].trim().toLowerCase();
    const content = resolved.content ?? {};
    if (x.status === 204 && media === '') continue;
    if (!content[media]) {
      failures.push(`${where}: answered ${media || 'without a content type'}, documented ${Object.keys(content).join(', ') || 'no body'}`);
      continue;
    }
    const schema = content[media].schema;
    if (media.endsWith('json') && schema) {
      const validate = validatorFor(`answer ${where} ${media}`, () => answerSchema(schema));
      if (!validate(x.answer)) {
        failures.push(`${where}: ${JSON.stringify(validate.errors.slice(0, 3))}\n    answer: ${JSON.stringify(x.answer).slice(0, 400)}`);
      }
    }
  }
  const all = Object.entries(document.paths).flatMap(([t, m]) => Object.keys(m).map((k) => `${k.toUpperCase()} ${t}`));
  return { failures: [...new Set(failures)], answered, all };
}

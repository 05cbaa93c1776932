/**
 * The one API client: same-origin fetch, JSON, X-CSRF-Token on unsafe methods,
 * application/problem+json turned into an ApiError carrying the machine code.
 */
import type * as A from './accessTypes';
import type * as F from './followUpTypes';
import type * as M from './moneyTypes';
import type * as P from './privacyTypes';
import type { Association, FieldError, Health, ItemList, Member, Problem, SessionInfo } from './types';
import type { paths } from './schema';

export const API_BASE = '/api/v1';

/** Codes the client itself produces when the server gave none. */
export const NETWORK_ERROR = 'network_error';
export const UNKNOWN_ERROR = 'unknown_error';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: FieldError[];
  /** On 409 version_conflict: the record as it is now. */
  current?: unknown;

  constructor(status: number, code: string, fieldErrors: FieldError[] = []) {
    super(`API error ${status} ${code}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const UNSAFE: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | null = null;
let onUnauthenticated: ((error: ApiError) => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request (other than the session endpoints) answers 401. */
export function setUnauthenticatedHandler(handler: ((error: ApiError) => void) | null): void {
  onUnauthenticated = handler;
}

const CODE_BY_STATUS: Record<number, string> = {
  400: 'malformed_json',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'validation_failed',
  429: 'too_many_attempts',
  500: 'internal_error',
  503: 'database_busy',
};

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.field === 'string' && typeof v.code === 'string';
}

/** Builds an ApiError from a failed response, reading problem+json when present. */
export async function problemFromResponse(response: Response): Promise<ApiError> {
  let problem: Problem = {};
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      problem = (await response.json()) as Problem;
    } catch {
      problem = {};
    }
  }
  const code =
    typeof problem.code === 'string' && problem.code !== ''
      ? problem.code
      : (CODE_BY_STATUS[response.status] ?? (response.status >= 500 ? 'internal_error' : UNKNOWN_ERROR));
  const errors = Array.isArray(problem.errors) ? problem.errors.filter(isFieldError) : [];
  const error = new ApiError(response.status, code, errors);
  if (typeof problem === 'object' && problem !== null && 'current' in problem) error.current = (problem as { current?: unknown }).current;
  return error;
}

interface RequestOptions {
  body?: unknown;
  /** Session endpoints handle their own 401 and must not trigger the session-ended handler. */
  ignoreUnauthenticated?: boolean;
  /** Send X-CSRF-Token on unsafe methods (default true; only the login POST goes without). */
  csrf?: boolean;
  signal?: AbortSignal;
}

/** POST /association-setups. */
export type AssociationSetupInput = NonNullable<paths['/api/v1/association-setups']['post']['requestBody']>['content']['application/json'];

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (UNSAFE.has(method) && options.csrf !== false && csrfToken !== null) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(API_BASE + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, NETWORK_ERROR);
  }

  if (!response.ok) {
    const error = await problemFromResponse(response);
    if (error.status === 401 && !options.ignoreUnauthenticated) onUnauthenticated?.(error);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export interface DownloadedFile {
  blob: Blob;
  /** From Content-Disposition; null when the server named none. */
  filename: string | null;
}

/**
 * GET a file (CSV, PDF) below API_BASE as a Blob with the server's file name. Failures are ApiErrors
 * as in request(), so that a form can show the server's 422 instead of navigating to it.
 */
export async function downloadFile(path: string, signal?: AbortSignal): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(API_BASE + path, { method: 'GET', credentials: 'same-origin', signal: signal ?? null });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, NETWORK_ERROR);
  }
  if (!response.ok) {
    const error = await problemFromResponse(response);
    if (error.status === 401) onUnauthenticated?.(error);
    throw error;
  }
  return { blob: await response.blob(), filename: dispositionFilename(response.headers.get('Content-Disposition')) };
}

/** POST a JSON body and receive a file (the register extract's PDF: the personnummer stays out of URLs). */
export async function postForFile(path: string, body: unknown): Promise<DownloadedFile> {
  let response: Response;
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (csrfToken !== null) headers['X-CSRF-Token'] = csrfToken;
  try {
    response = await fetch(API_BASE + path, { method: 'POST', credentials: 'same-origin', headers, body: JSON.stringify(body) });
  } catch {
    throw new ApiError(0, NETWORK_ERROR);
  }
  if (!response.ok) {
    const error = await problemFromResponse(response);
    if (error.status === 401) onUnauthenticated?.(error);
    throw error;
  }
  return { blob: await response.blob(), filename: dispositionFilename(response.headers.get('Content-Disposition')) };
}

/** The report of a 422 that carries one (an import refused with its problems), else undefined. */
function refusedReport<T>(status: number, text: string): T | undefined {
  if (status !== 422) return undefined;
  try {
    return (JSON.parse(text) as { report?: T }).report;
  } catch {
    return undefined;
  }
}

/** One line of an import's streamed answer (docs/import-api.md): progress, or the answer with its status. */
type ImportLine = { rowsRead?: number; status?: number; answer?: unknown };

/**
 * The lines of a streamed answer after `from` that are complete: each parsed, and where the next begins. A line
 * that is not JSON is skipped (the server writes none).
 */
export function readLines(text: string, from: number): { lines: ImportLine[]; next: number } {
  const lines: ImportLine[] = [];
  let next = from;
  for (let end = text.indexOf('\n', next); end !== -1; end = text.indexOf('\n', next)) {
    const line = text.slice(next, end).trim();
    next = end + 1;
    if (line === '') continue;
    try {
      lines.push(JSON.parse(line) as ImportLine);
    } catch {
      // Skipped.
    }
  }
  return { lines, next };
}

/**
 * POST a file (a spreadsheet to import) as the body, with upload progress (0–1) while it is sent; the JSON answer.
 * With `onRows`, the server streams its own progress (rows read so far) while it works, and the answer last.
 * A 422 whose body carries a `report` resolves with that body's report instead of failing (the import refused
 * with every problem listed); other failures are ApiErrors as in request().
 */
export function uploadFile<T>(path: string, file: Blob, contentType: string, onProgress: (sent: number) => void, onRows?: (rows: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', API_BASE + path);
    xhr.setRequestHeader('Content-Type', contentType);
    xhr.setRequestHeader('Accept', onRows ? 'application/x-ndjson, application/json' : 'application/json');
    if (csrfToken !== null) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    const streamed = () => (xhr.getResponseHeader('Content-Type') ?? '').startsWith('application/x-ndjson');
    let read = 0;
    let last: ImportLine | null = null;
    const take = () => {
      const { lines, next } = readLines(xhr.responseText, read);
      read = next;
      for (const line of lines) {
        if (typeof line.rowsRead === 'number') onRows?.(line.rowsRead);
        else if (typeof line.status === 'number') last = line;
      }
    };
    xhr.onprogress = () => {
      if (onRows && streamed()) take();
    };
    xhr.onerror = () => reject(new ApiError(0, NETWORK_ERROR));
    const settle = (status: number, text: string, type: string) => {
      if (status >= 200 && status < 300) {
        try {
          resolve(JSON.parse(text) as T);
        } catch {
          reject(new ApiError(status, UNKNOWN_ERROR));
        }
        return;
      }
      const report = refusedReport<T>(status, text);
      if (report !== undefined) {
        resolve(report);
        return;
      }
      void problemFromResponse(new Response(text, { status, headers: { 'Content-Type': type } })).then((error) => {
        if (error.status === 401) onUnauthenticated?.(error);
        reject(error);
      });
    };
    xhr.onload = () => {
      if (!streamed()) {
        settle(xhr.status, xhr.responseText, xhr.getResponseHeader('Content-Type') ?? '');
        return;
      }
      take();
      const answer: ImportLine | null = last;
      // A stream without its last line was cut short (the server stopped, or the connection went).
      if (answer === null || typeof answer.status !== 'number') {
        reject(new ApiError(0, NETWORK_ERROR));
        return;
      }
      settle(answer.status, JSON.stringify(answer.answer ?? null), answer.status >= 400 ? 'application/problem+json' : 'application/json');
    };
    xhr.send(file);
  });
}

/** The file name of a Content-Disposition header (`filename*=UTF-8''…` first, then `filename=`), or null. */
export function dispositionFilename(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // Fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(header);
  const name = (plain?.[1] ?? plain?.[2] ?? '').trim();
  return name === '' ? null : name;
}

// --- Endpoints -------------------------------------------------------------------------------

export const api = {
  health: () => request<Health>('GET', '/health'),

  getSession: () => request<SessionInfo>('GET', '/session', { ignoreUnauthenticated: true }),
  /** The session the cookie holds, or undefined (204) when there is none: asked on start, never refused. */
  currentSession: () => request<SessionInfo | undefined>('GET', '/session/current'),

  login: (username: string, password: string) =>
    request<SessionInfo>('POST', '/session', {
      body: { username, password },
      ignoreUnauthenticated: true,
      csrf: false,
    }),

  logout: () => request<void>('DELETE', '/session', { ignoreUnauthenticated: true }),

  logoutEverywhere: () => request<void>('DELETE', '/sessions', { ignoreUnauthenticated: true }),

  changePassword: (currentPassword: string, password: string) =>
    request<SessionInfo>('PUT', '/session/password', { body: { currentPassword, password } }),

  // --- Users, roles and the audit log (docs/access-api.md) ---
  users: (associationId: number, signal?: AbortSignal) =>
    request<ItemList<A.UserAccount>>('GET', `/associations/${id(associationId)}/users`, opts(signal)),

  createUser: (associationId: number, body: A.NewUser) =>
    request<A.CreatedUser>('POST', `/associations/${id(associationId)}/users`, { body }),

  /** A new one-time link for the user; earlier unused links stop working. */
  invite: (associationId: number, userId: number) =>
    request<A.Invitation>('POST', `/associations/${id(associationId)}/users/${id(userId)}/invitation`),

  /** Public: who an invitation link is for. The token goes in the body, never in a URL. */
  lookUpInvitation: (token: string) => request<A.InvitationInfo>('POST', '/invitations/lookup', { body: { token } }),

  /** Public: sets the invited user's own password and uses the link up. */
  acceptInvitation: (token: string, password: string) =>
    request<void>('POST', '/invitations/acceptance', { body: { token, password } }),

  assignRole: (associationId: number, body: A.NewAssignment) =>
    request<A.Assignment>('POST', `/associations/${id(associationId)}/assignments`, { body }),

  removeAssignment: (associationId: number, assignmentId: number) =>
    request<void>('DELETE', `/associations/${id(associationId)}/assignments/${id(assignmentId)}`),

  setDisabled: (associationId: number, userId: number, disabled: boolean) =>
    request<{ disabled: boolean }>('PUT', `/associations/${id(associationId)}/users/${id(userId)}/disabled`, {
      body: { disabled },
    }),

  /** `associationId` null: the whole installation (superuser). `query` from auditQuery(). */
  audit: (associationId: number | null, query: string, signal?: AbortSignal) =>
    request<A.AuditPage>('GET', `${auditPath(associationId)}${query}`, opts(signal)),

  associations: (signal?: AbortSignal) =>
    request<ItemList<Association>>('GET', '/associations', signal ? { signal } : {}),
  /** A förbund with its members by law and its first charter, all or nothing (superuser). */
  setUpAssociation: (body: AssociationSetupInput) => request<Association>('POST', '/association-setups', { body }),

  members: (associationId: number, signal?: AbortSignal) =>
    request<ItemList<Member>>('GET', `/associations/${encodeURIComponent(associationId)}/members`, signal ? { signal } : {}),

  // --- Members and money (docs/money-api.md) ---
  addMember: (associationId: number, body: M.NewMember) =>
    request<Member>('POST', `/associations/${id(associationId)}/members`, { body }),

  giveNotice: (memberId: number, body: M.NoticeInput) =>
    request<Member>('POST', `/members/${id(memberId)}/notice`, { body }),

  revokeNotice: (memberId: number, body: M.RevocationInput) =>
    request<Member>('POST', `/members/${id(memberId)}/notice/revocation`, { body }),

  withdrawal: (memberId: number, noticeOn: string, signal?: AbortSignal) =>
    request<M.WhatIf>('GET', `/members/${id(memberId)}/withdrawal?noticeOn=${encodeURIComponent(noticeOn)}`, opts(signal)),

  charters: (associationId: number, signal?: AbortSignal) =>
    request<ItemList<M.Charter>>('GET', `/associations/${id(associationId)}/charters`, opts(signal)),

  addCharter: (associationId: number, body: M.CharterInput) =>
    request<M.Charter>('POST', `/associations/${id(associationId)}/charters`, { body }),

  // --- The data subject's rights and the record of processing (docs/participants-api.md) ---
  registerExtract: (associationId: number, personnummer: string) =>
    request<P.RegisterExtract>('POST', `/associations/${id(associationId)}/data-subject/extract`, { body: { personnummer } }),

  registerExtractPdf: (associationId: number, personnummer: string) =>
    postForFile(`/associations/${id(associationId)}/data-subject/extract`, { personnummer, format: 'pdf' }),

  rectify: (associationId: number, body: { personnummer: string; name?: string; kommunCode?: string; reason: string }) =>
    request<void>('POST', `/associations/${id(associationId)}/data-subject/rectification`, { body }),

  restrictProcessing: (associationId: number, personnummer: string, restricted: boolean, reason: string) =>
    request<{ restricted: boolean }>('POST', `/associations/${id(associationId)}/data-subject/restriction`, {
      body: { personnummer, restricted, reason },
    }),

  eraseSubject: (associationId: number, personnummer: string, reason: string) =>
    request<void>('POST', `/associations/${id(associationId)}/data-subject/erasure`, { body: { personnummer, reason } }),

  processingRecord: (associationId: number, memberId: number, signal?: AbortSignal) =>
    request<P.ProcessingRecord>('GET', `/associations/${id(associationId)}/processing-record?memberId=${id(memberId)}`, opts(signal)),

  pendingAssignments: (associationId: number, signal?: AbortSignal) =>
    request<ItemList<A.PendingAssignment>>('GET', `/associations/${id(associationId)}/assignments/pending`, opts(signal)),

  confirmAssignment: (associationId: number, assignmentId: number) =>
    request<A.Assignment>('POST', `/associations/${id(associationId)}/assignments/${id(assignmentId)}/confirmation`, { body: {} }),

  agreements: (associationId: number, signal?: AbortSignal) =>
    request<ItemList<P.ProcessingAgreement>>('GET', `/associations/${id(associationId)}/processing-agreements`, opts(signal)),

  addAgreement: (associationId: number, body: P.ProcessingAgreementInput) =>
    request<P.ProcessingAgreement>('POST', `/associations/${id(associationId)}/processing-agreements`, { body }),

  updateAgreement: (associationId: number, agreementId: number, body: P.ProcessingAgreementInput & { version: number }) =>
    request<P.ProcessingAgreement>('PUT', `/associations/${id(associationId)}/processing-agreements/${id(agreementId)}`, { body }),

  budgets: (associationId: number, signal?: AbortSignal) =>
    request<M.BudgetOverview>('GET', `/associations/${id(associationId)}/budgets`, opts(signal)),

  budget: (associationId: number, year: number, signal?: AbortSignal) =>
    request<M.Budget>('GET', `/associations/${id(associationId)}/budgets/${id(year)}`, opts(signal)),

  putBudget: (associationId: number, year: number, body: M.BudgetInput) =>
    request<M.Budget>('PUT', `/associations/${id(associationId)}/budgets/${id(year)}`, { body }),

  /** Each member's contribution if the budget were saved so; saves nothing. */
  previewBudget: (associationId: number, year: number, body: M.BudgetPreviewInput) =>
    request<M.Budget>('POST', `/associations/${id(associationId)}/budgets/${id(year)}/preview`, { body }),

  /** Invoices past their due date and not paid in full, longest overdue first. */
  overdueInvoices: (associationId: number, signal?: AbortSignal) =>
    request<ItemList<M.OverdueInvoice>>('GET', `/associations/${id(associationId)}/invoices/overdue`, opts(signal)),

  putPayment: (associationId: number, year: number, memberId: number, body: M.PaymentInput) =>
    request<M.Payment>('PUT', `/associations/${id(associationId)}/budgets/${id(year)}/payments/${id(memberId)}`, { body }),

  equity: (associationId: number, signal?: AbortSignal) =>
    request<M.EquityList>('GET', `/associations/${id(associationId)}/equity`, opts(signal)),

  putEquity: (associationId: number, year: number, body: M.EquityInput) =>
    request<M.EquityList>('PUT', `/associations/${id(associationId)}/equity/${id(year)}`, { body }),

  allocationDefaults: (year: number, signal?: AbortSignal) =>
    request<M.AllocationDefaults>('GET', `/allocation/defaults?year=${id(year)}`, opts(signal)),

  allocate: (body: M.AllocationInput) => request<M.AllocationResult>('POST', '/allocation', { body }),

  statistics: (associationId: number, query: F.StatisticsQuery, signal?: AbortSignal) =>
    request<F.Statistics>('GET', `${statisticsPath(associationId)}?${statisticsSearch(query)}`, opts(signal)),

  finsam: (associationId: number, year: string, publish: boolean, signal?: AbortSignal) =>
    request<F.Finsam>('GET', `${finsamPath(associationId)}?${finsamSearch(year, publish)}`, opts(signal)),

  memberValue: (memberId: number, from: string, to: string, signal?: AbortSignal) =>
    request<F.MemberValue>('GET', `${memberValuePath(memberId)}?${periodSearch(from, to)}`, opts(signal)),
};

/** The statistics path below API_BASE (add `.csv` or `.xlsx` for the downloads). */
export function statisticsPath(associationId: number, format: '' | '.csv' | '.xlsx' = ''): string {
  return `/associations/${id(associationId)}/statistics${format}`;
}

/** The statistics query string (without `?`): the same for the table, the CSV and the XLSX. */
export function statisticsSearch(q: F.StatisticsQuery): string {
  const params = new URLSearchParams({ measure: q.measure, rows: q.rows, columns: q.columns, from: q.from, to: q.to });
  if (q.publish) params.set('publish', 'true');
  if (q.kommun !== '') params.set('filter.kommun', q.kommun);
  return params.toString();
}

/** Uppföljning Finsam's path below API_BASE (add `.csv` for the download). */
export function finsamPath(associationId: number, format: '' | '.csv' = ''): string {
  return `/associations/${id(associationId)}/finsam${format}`;
}

/** Uppföljning Finsam's query string (without `?`): the same for the page and the CSV. */
export function finsamSearch(year: string | number, publish: boolean): string {
  const params = new URLSearchParams({ year: String(year) });
  if (publish) params.set('publish', 'true');
  return params.toString();
}

/** The participant-level export (CSV, pseudonymised, the caller's scope) of a period, below API_BASE. */
export function participationsCsvPath(associationId: number, from: string, to: string): string {
  return `/associations/${id(associationId)}/participations.csv?${periodSearch(from, to)}`;
}

/** The yearly follow-up report (PDF, always suppressed) of a year, as a URL. */
export function followUpPdfUrl(associationId: number, year: number): string {
  return `${API_BASE}/associations/${id(associationId)}/follow-up.pdf?${new URLSearchParams({ year: String(year) }).toString()}`;
}

export function memberValuePath(memberId: number, format: '' | '.pdf' = ''): string {
  return `/members/${id(memberId)}/value${format}`;
}

export function periodSearch(from: string, to: string): string {
  return new URLSearchParams({ from, to }).toString();
}

/** The audit log's path below API_BASE: a förbund's, or the installation's when null. */
export function auditPath(associationId: number | null): string {
  return associationId === null ? '/audit' : `/associations/${id(associationId)}/audit`;
}

function id(value: number): string {
  return encodeURIComponent(value);
}

function opts(signal?: AbortSignal): RequestOptions {
  return signal ? { signal } : {};
}

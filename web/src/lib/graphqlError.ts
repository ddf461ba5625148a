import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { i18n as I18n } from 'i18next';

/** The API's `extensions`: a code, the message in both languages and details such as a QUIZ_COOLDOWN's `retryAt`. */
export interface ErrorExtensions {
  code?: string;
  messageKo?: string;
  messageEn?: string;
  [detail: string]: unknown;
}

interface ErrorBody {
  errors?: { extensions?: ErrorExtensions }[];
}

type Translator = Pick<I18n, 't' | 'exists' | 'resolvedLanguage'>;

// A non-2xx reply sent as plain application/json arrives as a ServerError; its body may still carry the code.
function serverErrorExtensions(error: ServerError): ErrorExtensions | undefined {
  try {
    return (JSON.parse(error.bodyText) as ErrorBody).errors?.[0]?.extensions;
  } catch {
    return undefined;
  }
}

export function errorExtensions(error: unknown): ErrorExtensions | undefined {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.extensions as ErrorExtensions | undefined;
  if (ServerError.is(error)) return serverErrorExtensions(error);
  return undefined;
}

// fetch() rejects with a TypeError when offline; a proxy answers 502/504 when the API is down.
export function isUnreachable(error: unknown): boolean {
  return error instanceof TypeError || ServerError.is(error);
}

export function errorCode(error: unknown): string | undefined {
  return errorExtensions(error)?.code;
}

export function isAuthError(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'UNAUTHENTICATED' || code === 'TOKEN_EXPIRED';
}

interface MessageOptions {
  /**
   * Show the server's own message first: for input errors where it says exactly what to fix (e.g. a search
   * query that is too short), which our generic text for the code cannot.
   */
  preferServerMessage?: boolean;
}

/** Our own translation of the code first, then the server's message in the current language, then a generic one. */
export function errorMessage(error: unknown, i18n: Translator, { preferServerMessage = false }: MessageOptions = {}): string {
  const extensions = errorExtensions(error);
  const serverMessage = i18n.resolvedLanguage === 'en' ? extensions?.messageEn : extensions?.messageKo;
  if (preferServerMessage && serverMessage) return serverMessage;
  const key = `errors.${extensions?.code}`;
  if (extensions?.code && i18n.exists(key)) return i18n.t(key);
  if (serverMessage) return serverMessage;
  return i18n.t(isUnreachable(error) ? 'errors.NETWORK' : 'errors.generic');
}

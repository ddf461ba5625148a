import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { Actor } from './actor';

export interface DariRequest extends Request {
  actor?: Actor;
}

/** The HTTP request behind a GraphQL or plain HTTP call. */
export function requestOf(context: ExecutionContext): DariRequest {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ req: DariRequest }>().req;
  return context.switchToHttp().getRequest<DariRequest>();
}

export function responseOf(context: ExecutionContext): Response {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ res: Response }>().res;
  return context.switchToHttp().getResponse<Response>();
}

/** The signed-in user of this request (the global guard guarantees one on non-public operations). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext) => requestOf(context).actor);

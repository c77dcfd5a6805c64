import { z } from 'zod';
import { errorCodes } from '../common/errors.js';

/** The error body every endpoint may answer with, for the OpenAPI document. */
export const errorBody = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    field: z.string().optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

export const errorResponses = {
  400: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
  413: errorBody,
  415: errorBody,
} as const;

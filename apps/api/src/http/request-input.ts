import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { z } from 'zod';

/**
 * The request body as a plain object, from JSON or a form (`application/x-www-form-urlencoded` or
 * multipart), the two shapes Laravel accepts. An unreadable body is a 400 naming the problem.
 */
export async function readBody(c: Context): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? '';
  if (type.includes('application/json')) {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new HTTPException(400, { message: 'The body is not valid JSON.' });
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new HTTPException(400, { message: 'The JSON body must be an object.' });
    }
    return body as Record<string, unknown>;
  }
  if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
    return (await c.req.parseBody()) as Record<string, unknown>;
  }
  return {};
}

/** Whether the request came from an HTML form (so the answer can be a redirect instead of JSON). */
export function isFormRequest(c: Context): boolean {
  const type = c.req.header('content-type') ?? '';
  return type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data');
}

/**
 * Validates input with a zod schema; failure is a 422 `{"error": "<field>: <problem>"}`, like Laravel's
 * validation errors but in the house's error shape.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const message = result.error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  throw new HTTPException(422, { message });
}

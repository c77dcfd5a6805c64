import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SecondOpinionView } from '../opinions/opinion-presenter.js';
import { buildSecondOpinionInput } from '../testing/opinion-factory.js';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { buildTestServer } from '../testing/test-server.js';

/**
 * The error messages follow the request's `Accept-Language` (its first tag: `es`, `es-*` →
 * Spanish); `code`, `field` and `details` stay the same, and without the header nothing changes.
 */
const newCase = {
  patient: { name: 'Ana Ruiz' },
  plan: { insurer: 'Acme Health', program: 'employer-group', state: 'TX' },
  denial: { noticeDate: '2026-10-01' },
};

interface ErrorBody {
  error: { code: string; message: string; field?: string; details?: Record<string, unknown> };
}

describeOnEachDatabase('error messages in the language asked for', (env) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestServer(env());
  });
  afterAll(async () => {
    await app.close();
  });

  const send = (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    {
      body,
      lang,
      headers = {},
    }: { body?: object | string; lang?: string; headers?: Record<string, string> } = {},
  ) =>
    app.inject({
      method,
      url,
      ...(body !== undefined && { payload: body }),
      headers: {
        host: '127.0.0.1',
        ...(typeof body === 'string' && { 'content-type': 'application/json' }),
        ...(lang !== undefined && { 'accept-language': lang }),
        ...headers,
      },
    });
  const openCase = async () => {
    const res = await send('POST', '/api/cases', { body: newCase });
    expect(res.statusCode).toBe(201);
    return res.json<{ id: string; version: number }>();
  };

  /** A case changed once, then changed again by someone still holding its first version. */
  const staleEdit = async (lang: 'en' | 'es') => {
    const { id } = await openCase();
    const first = await send('PATCH', `/api/cases/${id}`, {
      body: { claim: { claimNumber: 'C1' } },
      headers: { 'if-match': '"1"' },
    });
    expect(first.statusCode).toBe(200);
    return send('PATCH', `/api/cases/${id}`, {
      body: { claim: { claimNumber: 'C2' } },
      headers: { 'if-match': '"1"' },
      lang,
    });
  };
  const tooLong = { ...newCase, plan: { ...newCase.plan, insurer: 'A'.repeat(201) } };

  it('words a field error in Spanish, keeping the code, the field and its path', async () => {
    const res = await send('POST', '/api/cases', {
      body: tooLong,
      lang: 'es-MX,es;q=0.9,en;q=0.8',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: {
        code: 'invalid-input',
        field: 'plan.insurer',
        message: 'plan.insurer: debe tener 200 caracteres o menos',
      },
    });
    expect(res.headers.vary).toContain('Accept-Language');

    const missing = await send('POST', '/api/cases', {
      body: { ...newCase, patient: { name: '  ' } },
      lang: 'es',
    });
    expect(missing.json()).toEqual({
      error: {
        code: 'invalid-input',
        field: 'patient.name',
        message: 'patient.name: es obligatorio',
      },
    });

    // A rule across two fields, checked by the service rather than the schema.
    const early = await send('POST', '/api/cases', {
      body: { ...newCase, denial: { noticeDate: '2026-10-01', receivedDate: '2026-09-20' } },
      lang: 'es',
    });
    expect(early.json<ErrorBody>().error).toEqual({
      code: 'invalid-input',
      field: 'denial.receivedDate',
      message:
        'denial.receivedDate: la fecha en que recibió el aviso (2026-09-20) es anterior a la fecha impresa en él (2026-10-01); revise las dos fechas',
    });
  });

  it('says in Spanish that a case changed since it was read (409), with the same details', async () => {
    const stale = await staleEdit('es');
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toEqual({
      error: {
        code: 'conflict',
        message:
          'Este caso cambió después de que usted lo abrió (versión 1, ahora 2). Vuelva a cargarlo e inténtelo de nuevo.',
        details: { version: 2 },
      },
    });

    const opened = await send('POST', '/api/opinions', { body: buildSecondOpinionInput() });
    const view = opened.json<SecondOpinionView>();
    const change = { version: view.secondOpinion.version, questions: [] };
    expect(
      (await send('PUT', `/api/opinions/${view.id}/questions`, { body: change })).statusCode,
    ).toBe(200);
    const again = await send('PUT', `/api/opinions/${view.id}/questions`, {
      body: change,
      lang: 'es',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error).toMatchObject({
      code: 'conflict',
      message:
        'Alguien cambió este caso después de que usted lo abrió. Vuelva a cargarlo para ver el cambio y después haga el suyo otra vez.',
    });
  });

  it('says in Spanish what was not found (404), keeping the id in details', async () => {
    const res = await send('GET', '/api/cases/no-such-case', { lang: 'es' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: {
        code: 'not-found',
        message: 'No se encontró ningún caso con el id "no-such-case".',
        details: { id: 'no-such-case' },
      },
    });
    const endpoint = await send('GET', '/api/nothing-here', { lang: 'es' });
    expect(endpoint.json<ErrorBody>().error.message).toBe(
      'No existe la dirección GET /api/nothing-here en la API.',
    );
  });

  it('words a step the ladder refuses with the steps in Spanish, and the allowed ids unchanged', async () => {
    const { id } = await openCase();
    const res = await send('POST', `/api/cases/${id}/status`, {
      body: { to: 'external-review-submitted' },
      lang: 'es',
    });
    expect(res.statusCode).toBe(409);
    const { error } = res.json<ErrorBody>();
    expect(error.code).toBe('illegal-transition');
    expect(error.field).toBe('to');
    expect(error.details?.['allowed']).toEqual([
      'internal-appeal-drafted',
      'regulator-complaint',
      'withdrawn',
    ]);
    expect(error.message).toMatch(
      /^Un caso que está en "Denegado, todavía sin apelar" no puede pasar ahora a "Revisión externa: .+"\. Pasos permitidos: internal-appeal-drafted, regulator-complaint, withdrawn\.$/,
    );
  });

  it('words the request’s own problems (bad JSON, a broken address) in Spanish', async () => {
    const res = await send('POST', '/api/cases', { body: '{"patient":', lang: 'es' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: { code: 'invalid-input', message: 'El contenido de la solicitud no es JSON válido.' },
    });
    const broken = await send('GET', '/api/cases/%zz/overview', { lang: 'es' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toEqual({
      error: { code: 'invalid-input', message: 'Esta dirección no es válida. Revise el enlace.' },
    });
  });

  it('keeps English without the header, or when the first language is not Spanish', async () => {
    for (const lang of [undefined, 'en-US,es;q=0.9', 'fr', '*']) {
      const res = await send('POST', '/api/cases', { body: tooLong, lang });
      expect(res.json(), String(lang)).toEqual({
        error: {
          code: 'invalid-input',
          field: 'plan.insurer',
          message: 'plan.insurer: must be 200 characters or fewer',
        },
      });
    }
    const missing = await send('GET', '/api/cases/no-such-case');
    expect(missing.json<ErrorBody>().error.message).toBe(
      'No case with id "no-such-case" was found.',
    );
    const stale = await staleEdit('en');
    expect(stale.json<ErrorBody>().error.message).toBe(
      'This case has changed since you opened it (version 1, now 2). Reload it and try again.',
    );
  });
});

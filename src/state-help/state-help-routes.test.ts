import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildCaseInput } from '../testing/case-factory.js';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { buildTestServer, injector } from '../testing/test-server.js';
import type { CorrectionView, StateHelpView } from './state-help-presenter.js';

interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

describeOnEachDatabase('state help over HTTP', (env) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestServer(env());
  });
  afterAll(async () => {
    await app.close();
  });
  const http = () => injector(app);

  it('answers for a state and the facts given', async () => {
    const res = await http().get('/api/state-help/ca?network=ppo&program=individual-market');
    expect(res.statusCode).toBe(200);
    const help = res.json<StateHelpView>();
    expect(help.state).toBe('CA');
    expect(help.insuranceDepartment).toMatchObject({
      name: 'California Department of Insurance',
      source: expect.stringContaining('state_help.json'),
      asOf: '2026-08',
    });
    expect(help.forThisCase[0]?.key).toBe('regulators.insurance-department');
    expect(help.attribution).toContain('Fight Health Insurance');
  });

  it('refuses an unknown state or network with 400 and the valid choices', async () => {
    const state = await http().get('/api/state-help/ZZ');
    expect(state.statusCode).toBe(400);
    expect(state.json<ErrorBody>().error.message).toMatch(/two-letter US state code.*CA, TX or DC/);
    const network = await http().get('/api/state-help/CA?network=hmmo');
    expect(network.statusCode).toBe(400);
    expect(network.json<ErrorBody>().error.message).toContain(
      'hmo, ppo, epo, pos, indemnity, other',
    );
  });

  it('adds a correction, shows it marked, and removes it', async () => {
    const posted = await http().post('/api/state-help/wa/corrections', {
      key: 'medicaid.phone',
      value: '1 (800) 555 0100',
      note: 'from the agency’s letter',
    });
    expect(posted.statusCode).toBe(201);
    const correction = posted.json<CorrectionView>();
    expect(correction).toMatchObject({ state: 'WA', value: '800-555-0100', createdBy: 'You' });

    const help = (await http().get('/api/state-help/WA')).json<StateHelpView>();
    expect(help.medicaid?.phone).toBe('800-555-0100');
    expect(help.medicaid?.corrections[0]?.words).toMatch(
      /^Corrected locally on \d{4}-\d{2}-\d{2} by You\.$/,
    );

    const removed = await http().delete(`/api/state-help/corrections/${correction.id}`);
    expect(removed.statusCode).toBe(200);
    const after = (await http().get('/api/state-help/WA')).json<StateHelpView>();
    expect(after.medicaid?.corrections).toEqual([]);
    expect((await http().delete(`/api/state-help/corrections/${correction.id}`)).statusCode).toBe(
      404,
    );
  });

  it.each([
    [{ key: 'insuranceDepartment.url', value: 'javascript:alert(1)' }, 'https://'],
    [{ key: 'insuranceDepartment.phone', value: '555-0100' }, '10-digit'],
    [{ key: 'insuranceDepartment.fax', value: '800-555-0100' }, 'insuranceDepartment.phone'],
    [{ key: 'ship.name', value: '   ' }, 'must not be empty'],
  ])('refuses a bad correction %j with 400', async (body, words) => {
    const res = await http().post('/api/state-help/OR/corrections', body);
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error.message).toContain(words);
  });

  it('answers for a case, and 404 for a case that does not exist', async () => {
    const created = await http().post(
      '/api/cases',
      buildCaseInput({ plan: { state: 'FL', program: 'medicare-advantage' } }),
    );
    const { id } = created.json<{ id: string }>();
    const res = await http().get(`/api/cases/${id}/state-help`);
    expect(res.statusCode).toBe(200);
    const help = res.json<StateHelpView>();
    expect(help.externalReview.process).toBe('medicare-ire');
    expect(help.forThisCase.map((p) => p.key)).toEqual(['medicare', 'ship']);
    expect((await http().get('/api/cases/nope/state-help')).statusCode).toBe(404);
  });

  it('words a state’s help in Spanish with ?lang=es, and leaves names, links and law as they are', async () => {
    const path = '/api/state-help/ny?program=employer-group';
    const english = (await http().get(path)).json<StateHelpView>();
    const res = await http().get(`${path}&lang=es`);
    expect(res.statusCode).toBe(200);
    const spanish = res.json<StateHelpView>();
    expect(spanish.stateName).toBe('Nueva York');
    expect(
      spanish.forThisCase.map(({ key, name, phone, url }) => ({ key, name, phone, url })),
    ).toEqual(english.forThisCase.map(({ key, name, phone, url }) => ({ key, name, phone, url })));
    expect(spanish.forThisCase.find((p) => p.key === 'regulators.ebsa')?.why).toBe(
      'Solo si su plan del trabajo es autofinanciado. En ese caso lo supervisa el Departamento de Trabajo de EE. UU. (U.S. Department of Labor), no el estado.',
    );
    expect(spanish.externalReview).toMatchObject({
      citation: english.externalReview.citation,
      who: `La hace el estado: ${english.insuranceDepartment?.name}.`,
      note: 'Si su plan del trabajo es autofinanciado, se usa el proceso federal.',
    });
    expect(spanish.notes).toContain(
      'Estos contactos vienen de un directorio público y pueden haber cambiado. Si uno está mal, usted puede corregirlo.',
    );
    for (const [i, note] of spanish.notes.entries()) expect(note).not.toBe(english.notes[i]);
  });

  it('keeps English byte for byte without lang, and the same with lang=en', async () => {
    const path = '/api/state-help/CA?program=individual-market';
    const plain = await http().get(path);
    expect((await http().get(`${path}&lang=en`)).body).toBe(plain.body);
    const help = plain.json<StateHelpView>();
    expect(help.stateName).toBe('California');
    expect(help.notes[0]).toMatch(/^California has two offices for health plans\./);
    expect(help.forThisCase[0]?.why).toBe(
      'Oversees: HMOs and most other managed-care plans, including most Covered California plans. You can file a complaint about your plan there.',
    );
  });

  it('words a case’s help in Spanish with ?lang=es, and refuses any other language or field', async () => {
    const created = await http().post(
      '/api/cases',
      buildCaseInput({ plan: { state: 'TX', program: 'medicaid-managed-care' } }),
    );
    const { id } = created.json<{ id: string }>();
    const res = await http().get(`/api/cases/${id}/state-help?lang=es`);
    expect(res.statusCode).toBe(200);
    const help = res.json<StateHelpView>();
    expect(help.externalReview.who).toMatch(/^Una audiencia imparcial del estado\./);
    expect(help.forThisCase.find((p) => p.key === 'medicaid')?.why).toBe(
      'Maneja Medicaid en su estado. Pregúntele por una audiencia imparcial del estado.',
    );
    const english = (await http().get(`/api/cases/${id}/state-help`)).json<StateHelpView>();
    expect(english.externalReview.who).toMatch(/^A state fair hearing\./);

    for (const path of [
      `/api/cases/${id}/state-help?lang=fr`,
      `/api/cases/${id}/state-help?network=hmo`,
      '/api/state-help/TX?lang=ES-mx',
    ]) {
      const bad = await http().get(path);
      expect(bad.statusCode, path).toBe(400);
      expect(bad.json<ErrorBody>().error.code, path).toBe('invalid-input');
    }
    expect(
      (await http().get(`/api/cases/${id}/state-help?lang=fr`)).json<ErrorBody>().error.message,
    ).toContain('"en" or "es"');
  });

  it('marks a correction in Spanish when asked', async () => {
    const posted = await http().post('/api/state-help/nm/corrections', {
      key: 'ship.phone',
      value: '505-555-0100',
    });
    expect(posted.statusCode).toBe(201);
    const help = (await http().get('/api/state-help/NM?lang=es')).json<StateHelpView>();
    expect(help.stateName).toBe('Nuevo México');
    expect(help.ship.corrections[0]?.words).toMatch(
      /^Corregido localmente el \d{4}-\d{2}-\d{2} por You\.$/,
    );
  });

  it('documents its routes in OpenAPI', async () => {
    const doc = (await http().get('/api/openapi.json')).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/state-help/{state}',
        '/api/cases/{id}/state-help',
        '/api/state-help/{state}/corrections',
        '/api/state-help/corrections/{id}',
      ]),
    );
  });
});

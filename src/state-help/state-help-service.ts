import type { ServiceContext } from '../app/context.js';
import type { Actor } from '../common/actor.js';
import type { Lang } from '../common/lang.js';
import { forbidden, invalidInput, notFound } from '../common/errors.js';
import type { UsState } from '../common/us-states.js';
import { loadCaseFor } from '../cases/case-access.js';
import type { StateHelpCorrection } from './state-help-corrections.js';
import { stateHelpFor } from './state-help-for.js';
import type { CorrectionRequest } from './state-help-input.js';
import {
  findCorrection,
  insertCorrection,
  listCorrections,
  removeCorrection,
} from './state-help-repository.js';
import type { StateHelp, StateHelpFacts } from './state-help.js';

/** Is there an entry under `key` for the state to correct? (A missing ombudsman cannot be fixed.) */
function hasEntry(help: StateHelp, key: string): boolean {
  const entry = key.slice(0, key.lastIndexOf('.'));
  switch (entry) {
    case 'insuranceDepartment':
      return help.insuranceDepartment !== null;
    case 'consumerAssistance':
      return help.consumerAssistance !== null;
    case 'medicaid':
      return help.medicaid !== null;
    case 'medicaid.ombudsman':
      return help.medicaid?.ombudsman != null;
    case 'medicaid.legalHelp':
      return help.medicaid?.legalHelp != null;
    case 'regulators.dmhc':
      return help.regulators.some((r) => r.id === 'dmhc');
    default:
      return true;
  }
}

/**
 * State help: the shipped directory for a state (or a case's state), with the local corrections
 * laid over it; adding and removing corrections. Corrections belong to the installation (a
 * laptop, or an advocates' shared server), not to one case, so they change no case's timeline.
 */
export function stateHelpService(ctx: ServiceContext) {
  return {
    /** Help for a state and the facts given, worded in `lang`; anyone may read the directory. */
    async forState(
      _actor: Actor,
      state: UsState,
      facts: StateHelpFacts = {},
      lang: Lang = 'en',
    ): Promise<StateHelp> {
      return stateHelpFor(state, facts, await listCorrections(ctx.db, state), lang);
    },

    /** Help for a case, from its state, network type, program and funding, worded in `lang`. */
    async forCase(actor: Actor, caseId: string, lang: Lang = 'en'): Promise<StateHelp> {
      const c = await loadCaseFor(ctx.db, actor, caseId);
      const { state, networkType, program, funding } = c.plan;
      if (!state)
        throw invalidInput(
          'plan.state: the case has no state yet. Add the state of the plan to see who can help.',
          'plan.state',
        );
      const facts = { network: networkType, program, funding };
      return stateHelpFor(state, facts, await listCorrections(ctx.db, state), lang);
    },

    /** Lays a correction over the shipped value of one field for the state. */
    async correct(
      actor: Actor,
      state: UsState,
      request: CorrectionRequest,
    ): Promise<StateHelpCorrection> {
      const current = stateHelpFor(state, {}, []);
      if (!hasEntry(current, request.key))
        throw invalidInput(
          `key: ${current.stateName} has no entry for ${request.key.slice(0, request.key.lastIndexOf('.'))} to correct`,
          'key',
        );
      const correction: StateHelpCorrection = {
        id: ctx.newId(),
        state,
        key: request.key,
        value: request.value,
        note: request.note,
        createdAt: ctx.clock().toISOString(),
        createdBy: actor.id,
        createdByName: actor.name,
      };
      await insertCorrection(ctx.db, correction);
      return correction;
    },

    /** Removes a correction (softly): the shipped value, or an older correction, shows again. */
    async removeCorrection(actor: Actor, id: string): Promise<StateHelpCorrection> {
      const correction = await findCorrection(ctx.db, id);
      if (!correction) throw notFound('correction', id);
      // Everyone reads the corrections; only who made one, or the owner, may take it back.
      if (actor.role !== 'owner' && actor.id !== correction.createdBy)
        throw forbidden('Only the person who made this correction can remove it.');
      if (!(await removeCorrection(ctx.db, id, ctx.clock().toISOString())))
        throw notFound('correction', id);
      return correction;
    },

    /** A state's live corrections, oldest first. */
    async corrections(_actor: Actor, state: UsState): Promise<StateHelpCorrection[]> {
      return listCorrections(ctx.db, state);
    },
  };
}

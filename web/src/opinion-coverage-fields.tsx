import type { NetworkType } from '../../src/cases/case-terms.js';
import type { UsState } from '../../src/common/us-states.js';
import type { Coverage, CoverageProgram } from '../../src/opinions/second-opinion.js';
import type { NewOpinionCase } from './api.js';
import { usStateNames } from './us-state-names.js';
import { useT } from './i18n/messages.js';
import { InputField, SelectField, textOrNull } from './opinion-field.js';

/** The plan as the form holds it: what decides how a second opinion is covered. */
export interface CoverageValues {
  readonly insurer: string;
  readonly program: CoverageProgram | '';
  readonly networkType: NetworkType | '';
  readonly state: UsState | '';
  readonly memberId: string;
  readonly primaryDoctor: string;
}

export function coverageValuesOf(coverage: Coverage | null): CoverageValues {
  return {
    insurer: coverage?.insurer ?? '',
    // "Not sure" is what the server assumes when nothing was said: the form shows it as empty.
    program: coverage && coverage.program !== 'not-sure' ? coverage.program : '',
    networkType: coverage?.networkType ?? '',
    state: coverage?.state ?? '',
    memberId: coverage?.memberId ?? '',
    primaryDoctor: coverage?.primaryDoctor ?? '',
  };
}

type CoverageInput = NonNullable<NewOpinionCase['coverage']>;

/**
 * What the server is sent. A new case sends only what was filled in; a change sends every box,
 * an empty one as null so that clearing it clears it (the kind of plan falls back to "not sure").
 */
export function coverageInputOf(v: CoverageValues, mode: 'new' | 'change'): CoverageInput {
  if (mode === 'change')
    return {
      insurer: textOrNull(v.insurer),
      program: v.program || 'not-sure',
      networkType: v.networkType || null,
      state: v.state || null,
      memberId: textOrNull(v.memberId),
      primaryDoctor: textOrNull(v.primaryDoctor),
    };
  return {
    ...(v.insurer.trim() && { insurer: v.insurer.trim() }),
    ...(v.program && { program: v.program }),
    ...(v.networkType && { networkType: v.networkType }),
    ...(v.state && { state: v.state }),
    ...(v.memberId.trim() && { memberId: v.memberId.trim() }),
    ...(v.primaryDoctor.trim() && { primaryDoctor: v.primaryDoctor.trim() }),
  };
}

/** The boxes of the plan; ids are `${prefix}-${field}` (`plan-memberId`), for links to them. */
export function CoverageFields({
  prefix,
  values,
  onChange,
  errorOf,
}: {
  prefix: string;
  values: CoverageValues;
  onChange: (changes: Partial<CoverageValues>) => void;
  errorOf: (name: string) => string | undefined;
}) {
  const { plan: w, labels } = useT().opinions;
  const idOf = (name: keyof CoverageValues) => `${prefix}-${name}`;
  // The empty choice already says "Not sure": the plan's own "not sure" would say it twice.
  const { 'not-sure': _notSure, ...programs } = labels.coveragePrograms;
  return (
    <>
      <InputField
        id={idOf('insurer')}
        label={w.insurer}
        value={values.insurer}
        error={errorOf('insurer')}
        onChange={(insurer) => onChange({ insurer })}
      />
      <SelectField
        id={idOf('program')}
        label={w.program}
        choices={programs}
        value={values.program === 'not-sure' ? '' : values.program}
        error={errorOf('program')}
        onChange={(program) => onChange({ program })}
      />
      <SelectField
        id={idOf('networkType')}
        label={w.networkType}
        choices={labels.networkTypes}
        value={values.networkType}
        error={errorOf('networkType')}
        onChange={(networkType) => onChange({ networkType })}
      />
      <SelectField
        id={idOf('state')}
        label={w.state}
        choices={usStateNames()}
        value={values.state}
        error={errorOf('state')}
        onChange={(state) => onChange({ state })}
      />
      <InputField
        id={idOf('memberId')}
        label={w.memberId}
        hint={w.memberIdHint}
        className="input-medium"
        value={values.memberId}
        error={errorOf('memberId')}
        onChange={(memberId) => onChange({ memberId })}
      />
      <InputField
        id={idOf('primaryDoctor')}
        label={w.primaryDoctor}
        hint={w.primaryDoctorHint}
        value={values.primaryDoctor}
        error={errorOf('primaryDoctor')}
        onChange={(primaryDoctor) => onChange({ primaryDoctor })}
      />
    </>
  );
}

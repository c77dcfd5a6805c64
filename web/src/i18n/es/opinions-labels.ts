import { caseTermLabels } from '../../../../src/cases/case-terms-es.js';
import { comparisonWords } from '../../../../src/opinions/comparison-words.js';
import type { Messages } from '../catalog.js';

/** Las etiquetas de las listas de la segunda opinión, por sus ids estables, en español. */
export const labels: Messages['opinions']['labels'] = {
  questionKinds: {
    diagnosis: '¿Es correcto el diagnóstico?',
    treatment: '¿Es este el plan de tratamiento correcto?',
    surgery: '¿Necesito esta cirugía, o hay otra opción?',
  },
  conditionKinds: {
    cancer: 'Cáncer',
    rare: 'Una enfermedad rara',
    chronic: 'Una enfermedad de larga duración (crónica)',
    other: 'Otra cosa, o no lo sé',
  },
  checkReasons: {
    'serious-diagnosis': 'El diagnóstico es grave o me cambia la vida',
    'rare-diagnosis': 'La enfermedad es rara',
    'major-surgery': 'Me van a hacer una cirugía mayor',
    'risky-treatment': 'El tratamiento es arriesgado, largo o difícil de deshacer',
    'not-at-ease': 'No me siento a gusto con el plan o con el médico',
    'not-improving': 'Mis síntomas no mejoran con el tratamiento',
    'diagnosis-incomplete': 'El diagnóstico no me parece claro o completo',
    'want-options': 'Quiero conocer mis otras opciones',
    'tests-conflict': 'Los resultados de los exámenes no son claros o no coinciden',
  },
  coveragePrograms: {
    ...caseTermLabels('es').programs,
    'original-medicare':
      'Medicare Original (Parte A y Parte B, con la tarjeta roja, blanca y azul)',
    'not-sure': 'No sé qué tipo de plan tengo',
  },
  networkTypes: caseTermLabels('es').networkTypes,
  referralStatuses: {
    'not-needed': 'No se necesita un referido',
    'to-ask': 'Todavía tengo que pedir el referido',
    asked: 'Lo pedí y estoy esperando la respuesta',
    approved: 'Aprobaron el referido',
    refused: 'Me negaron el referido',
  },
  statuses: {
    open: 'Reuniendo opiniones',
    decided: 'Ya decidió',
  },
  levels: {
    'strongly-recommended': 'muy recomendada',
    recommended: 'recomendada',
    'your-choice': 'usted decide',
  },
  goals: comparisonWords.es.goals,
  urgencies: comparisonWords.es.urgencies,
  ratings: comparisonWords.es.ratings,
};

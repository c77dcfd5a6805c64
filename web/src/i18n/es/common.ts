import type { Messages } from '../catalog.js';

/** Palabras que se usan en toda la aplicación, en español. */
export const common: Messages['common'] = {
  appName: 'Overturn',
  skipToMain: 'Saltar al contenido principal',
  mainNav: 'Principal',
  nav: {
    home: 'Inicio',
    cases: 'Casos',
    deadlines: 'Todas las fechas límite',
    newCase: 'Caso nuevo',
    opinions: 'Segundas opiniones',
  },
  footer: 'Overturn le ayuda a apelar y a obtener una segunda opinión. No es asesoramiento legal.',
  language: {
    switchTo: 'English',
    switchLang: 'en',
    switching: 'Switching…',
    label: 'Idioma',
  },
  loading: 'Cargando…',
  save: 'Guardar',
  saving: 'Guardando…',
  cancel: 'Cancelar',
  tryAgain: 'Intentar de nuevo',
  loadProblem: (what: string, message: string) => `No pudimos cargar ${what}. ${message}`,
  offline:
    'No pudimos comunicarnos con Overturn. Revise que siga abierto y vuelva a intentarlo. Lo que escribió sigue aquí.',
  unexpected: (status: number) =>
    `El servidor dio una respuesta que no esperábamos (${status}). Vuelva a cargar la página e inténtelo de nuevo.`,
  fileGone: 'El archivo de esta carta ya no está.',
  serverError:
    'Algo salió mal de nuestro lado. Lo que escribió sigue aquí. Vuelva a intentarlo en un momento.',
};

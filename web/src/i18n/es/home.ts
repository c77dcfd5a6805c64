import type { Messages } from '../catalog.js';

/** Las palabras de la pantalla de inicio, en español. */
export const home: Messages['home'] = {
  title: '¿Qué desea hacer?',
  lead: 'Overturn le acompaña paso a paso. Lo que usted escribe se queda en esta computadora.',
  appealDoor: {
    title: 'Me negaron un reclamo o un tratamiento',
    text: 'Apele la decisión. Leemos su carta, buscamos sus fechas límite y le ayudamos a escribir su apelación.',
  },
  opinionDoor: {
    title: 'Quiero una segunda opinión',
    text: 'Averigüe si su plan la paga, qué llevar y qué preguntar, y compare lo que dicen los médicos.',
  },
  openCases: {
    title: 'Sus casos abiertos',
    what: 'sus casos',
    loading: 'Cargando sus casos…',
    none: 'Todavía no tiene casos abiertos. Elija uno de los dos caminos de arriba para empezar.',
    appeal: 'Apelación',
    opinion: 'Segunda opinión',
    appealAbout: (insurer: string, service: string | null) =>
      service ? `${insurer}: ${service}` : insurer,
    nextDeadline: (day: string) => `Próxima fecha límite: ${day}`,
    noDeadline: 'Todavía no se sabe la fecha límite',
    waiting: 'Usted no tiene nada pendiente ahora: está esperando la respuesta',
    opinionCount: (n: number) =>
      n === 0
        ? 'Todavía no ha anotado ninguna opinión'
        : n === 1
          ? '1 opinión hasta ahora'
          : `${n} opiniones hasta ahora`,
  },
  comingUp: {
    title: 'Lo que viene',
    lead: (days: number) =>
      `Lo que debe hacer en los próximos ${days} días, lo más pronto primero.`,
  },
};

import type { Messages } from '../catalog.js';

/** Las palabras de las fechas límite: el resumen, el panel de un caso y las etiquetas, en español. */
export const deadlines: Messages['deadlines'] = {
  what: 'las fechas límite',
  loading: 'Cargando las fechas límite…',
  who: {
    patient: 'Usted',
    plan: 'El plan',
    reviewer: 'El revisor',
  },
  confidence: {
    high: 'Alta: la regla es clara',
    medium: 'Media: la regla es clara, pero no es tan seguro cómo se cuentan los días',
    low: 'Baja: confirme esta fecha con su plan o con su estado',
  },
  timeLeft: {
    done: 'Cumplida',
    late: (days: number) => (days === 1 ? '1 día de retraso' : `${days} días de retraso`),
    dueToday: 'Vence hoy',
    left: (days: number) => (days === 1 ? 'Queda 1 día' : `Quedan ${days} días`),
  },
  due: 'Vence',
  page: {
    title: 'Todas las fechas límite',
    lead: 'Todo lo que hay que hacer en sus casos abiertos, lo más urgente primero. Abra un caso para ver por qué cuenta cada fecha.',
    dueTitle: 'Lo que toca hacer',
    dueHint:
      'Llamadas que hacer, cartas que enviar y sus propios recordatorios. Lo que va tarde está marcado como “Atrasado”.',
    groups: {
      missed: {
        title: 'Vencidas',
        hint: 'Estas fechas ya pasaron. Llame pronto al plan o a un defensor de pacientes: es posible que todavía tenga opciones.',
      },
      thisWeek: {
        title: 'Esta semana',
        hint: (days: number) => `Vencen en los próximos ${days} días.`,
      },
      later: {
        title: 'Más adelante',
        hint: (days: number) => `Vencen en más de ${days} días.`,
      },
    },
    caption: (group: string) => `${group}: fechas límite, la más próxima primero`,
    columns: {
      action: 'Qué debe pasar',
      timeLeft: 'Tiempo que queda',
      case: 'Caso',
    },
    mustAct: (who: string) => `${who} debe actuar`,
    sendBy: 'Enviar a más tardar el',
    claim: (claimNumber: string) => `, reclamación ${claimNumber}`,
    none: {
      title: 'No hay fechas límite pendientes por ahora',
      text: 'Un caso muestra sus fechas límite cuando tiene la fecha del aviso de denegación. No aparecen las fechas que usted ya cumplió ni los casos terminados.',
      link: 'Ir a sus casos',
    },
  },
  calendar: {
    hint: 'Ponga estas fechas en su calendario: descárguelas como archivo o, en un programa de calendario de esta computadora, suscríbase para que las fechas nuevas aparezcan solas.',
    download: 'Descargar calendario (.ics)',
    subscribe: 'Suscribirse',
    address: 'Dirección del calendario',
    addressHint:
      'En un programa de calendario de esta computadora, elija “Suscribirse a un calendario” o “Agregar calendario desde URL” y pegue esta dirección. Funciona mientras Overturn esté abierto. Los calendarios en línea, como Google Calendar, no pueden llegar a ella: para esos, descargue el archivo.',
    copy: 'Copiar',
    selected: 'La dirección está seleccionada: oprima Ctrl+C (o ⌘+C en una Mac) para copiarla.',
    copied: 'Copiada. Ahora péguela en su programa de calendario.',
  },
  panel: {
    title: 'Fechas límite',
    missing: {
      strong: 'Agregue la fecha del aviso para ver sus fechas límite.',
      after: 'Overturn cuenta sus fechas límite a partir de ella.',
      link: 'Agregar la fecha del aviso',
    },
    next: 'Próxima fecha límite',
    noneOpen: 'No hay fechas límite abiertas por ahora.',
    otherDates: 'Otras fechas',
    dates: 'Fechas',
    later: 'Después, si hace falta',
    laterHint: 'Estos plazos empiezan a contar solo cuando antes pasa algo.',
    addToCalendar: 'Agregar a mi calendario',
    whoActs: 'Quién actúa',
    sendBy: 'Enviar a más tardar',
    sendByHint: 'Envíelo a más tardar ese día, para que llegue antes de la fecha límite.',
    verifyDate: 'Confirme esta fecha con su plan o con su estado.',
    verifyStep: 'Confirme esto con su plan o con su estado.',
    why: '¿Por qué esta fecha?',
    aboutStep: 'Sobre este paso',
    timeAllowed: 'Plazo',
    countedFrom: 'Se cuenta desde',
    rule: 'Regla',
    howSure: 'Qué tan seguros estamos',
    note: 'Nota',
    source: 'Fuente',
    laterWithin: (who: string, limit: string, startsWhen: string) =>
      `${who}: dentro de ${limit} a partir de ${startsWhen}.`,
  },
};

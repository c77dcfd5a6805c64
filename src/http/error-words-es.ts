import { statusLabel, statusesOf } from '../cases/appeal-ladder.js';
import { caseTermLabels } from '../cases/case-terms-es.js';
import { programIds } from '../cases/case-terms.js';
import { ladderFor } from '../cases/program-ladders.js';
import { comparisonWords } from '../opinions/comparison-words.js';
import { icd10Problem } from '../opinions/icd10.js';
import { spanishWords, type Wording } from './error-wording.js';

/**
 * The server's error messages in Spanish, for a request whose `Accept-Language` starts with `es`
 * (the error handler asks here; `code`, `field` and `details` never change, since clients act on
 * them). Services keep writing their messages in English, in one place each; this file holds their
 * Spanish: an exact sentence, or a pattern for a message with values in it (see error-wording.ts).
 * A message that starts with a field path (`plan.insurer: is required`) keeps the path and has the
 * rest worded.
 *
 * Plain words, usted, short sentences, as in web/src/i18n/es. A test (error-words-es.test.ts)
 * reads the server's source for every message it can send and fails when one has no Spanish here.
 */

/** What `notFound(what, id)` names, with the word "no …" needs in Spanish. */
export const notFoundNounsEs: Readonly<Record<string, string>> = {
  call: 'ninguna llamada',
  case: 'ningún caso',
  correction: 'ninguna corrección',
  'document draft': 'ninguna carta leída',
  document: 'ningún documento',
  letter: 'ninguna carta',
  opinion: 'ninguna opinión',
  'packet file': 'ningún archivo de paquete',
  packet: 'ningún paquete',
  'second-opinion case': 'ningún caso de segunda opinión',
  task: 'ninguna tarea',
  'tick on checklist item': 'ninguna marca en la lista de pruebas',
};

/** The facts a letter needs, by the label a missing one is listed with. */
export const factLabelsEs: Readonly<Record<string, string>> = {
  'patient’s name': 'nombre del paciente',
  insurer: 'aseguradora',
  'member ID': 'número de miembro',
  'claim or reference number': 'número de reclamación o de referencia',
  provider: 'proveedor',
  'primary care doctor': 'médico de atención primaria',
  'first doctor’s office or hospital': 'consultorio u hospital del primer médico',
};

/** Case statuses by their English label ("Denied, not yet appealed"), from every program's ladder. */
const statusLabelsEs: ReadonlyMap<string, string> = new Map(
  programIds.flatMap((program) => {
    const ladder = ladderFor(program);
    return statusesOf(ladder).map((s) => [statusLabel(ladder, s), statusLabel(ladder, s, 'es')]);
  }),
);
const statusEs = (label: string) => statusLabelsEs.get(label) ?? label;

const programLabelsEs: ReadonlyMap<string, string> = new Map(
  programIds.map((id) => [caseTermLabels('en').programs[id], caseTermLabels('es').programs[id]]),
);

/** zod's own names for kinds of values, in its default messages. */
const kindsEs: Readonly<Record<string, string>> = {
  string: 'texto',
  number: 'un número',
  int: 'un número entero',
  boolean: 'verdadero o falso (true o false)',
  object: 'un objeto',
  array: 'una lista',
  date: 'una fecha',
  null: 'vacío (null)',
  undefined: 'nada',
  NaN: 'un número no válido',
};
const kindEs = (kind: string) => kindsEs[kind] ?? kind;

/** zod's units for sizes (`Too big: expected string to have <=5 characters`): one, and more. */
const unitsEs: Readonly<Record<string, readonly [string, string]>> = {
  characters: ['carácter', 'caracteres'],
  items: ['elemento', 'elementos'],
  entries: ['entrada', 'entradas'],
  bytes: ['byte', 'bytes'],
};
const unitEs = (unit: string, limit: string) => {
  const words = unitsEs[unit];
  if (!words) return unit;
  return /\D1$/.test(` ${limit}`) ? words[0] : words[1];
};

/** zod's `<=5`, `<5`, `exactly 5` (or `>=`, `>`) as a phrase about a number. */
function bound(limit: string, unit: string): string {
  const match = /^(<=|<|>=|>|exactly )(\S+)$/.exec(limit);
  if (!match) return `${limit} ${unit}`.trim();
  const sign = match[1] ?? '';
  const amount = `${match[2] ?? ''} ${unit}`.trim();
  switch (sign) {
    case '<=':
      return `${amount} o menos`;
    case '<':
      return `menos de ${amount}`;
    case '>=':
      return `${amount} o más`;
    case '>':
      return `más de ${amount}`;
    default:
      return `exactamente ${amount}`;
  }
}

export const errorWordsEs: readonly Wording[] = [
  // The request itself (src/http, src/common/validation.ts).
  { en: 'Invalid input.', es: 'Los datos no son válidos.' },
  { en: 'is not valid', es: 'no es válido' },
  {
    en: 'The request body is empty; send a JSON object.',
    es: 'La solicitud llegó vacía; envíe un objeto JSON.',
  },
  {
    en: 'The request body is not valid JSON.',
    es: 'El contenido de la solicitud no es JSON válido.',
  },
  {
    en: 'The request body must be a JSON object.',
    es: 'El contenido de la solicitud debe ser un objeto JSON.',
  },
  {
    en: 'The request is too large. Send less at a time.',
    es: 'La solicitud es demasiado grande. Envíe menos a la vez.',
  },
  {
    en: 'This kind of request body is not accepted here; send JSON (Content-Type: application/json).',
    es: 'Aquí no se acepta este tipo de contenido; envíe JSON (Content-Type: application/json).',
  },
  {
    en: 'Something went wrong on our side. Your last change may not have been saved: reload and check.',
    es: 'Algo salió mal de nuestro lado. Puede que su último cambio no se haya guardado: vuelva a cargar la página y revise.',
  },
  {
    en: 'There is no API endpoint {method} {path}.',
    es: 'No existe la dirección {method} {path} en la API.',
  },
  { en: 'Not found.', es: 'No se encontró.' },
  {
    en: 'This address is not valid. Check the link.',
    es: 'Esta dirección no es válida. Revise el enlace.',
  },
  {
    en: 'A part of this address is too long: an id is at most {max} characters. Check the link.',
    es: 'Una parte de esta dirección es demasiado larga: un id tiene como máximo {max} caracteres. Revise el enlace.',
  },
  {
    en: 'This Overturn server only answers on this computer (127.0.0.1 or localhost).',
    es: 'Este servidor de Overturn solo responde en esta computadora (127.0.0.1 o localhost).',
  },
  {
    en: 'Requests from other websites are refused.',
    es: 'No se aceptan solicitudes de otros sitios web.',
  },
  { en: 'You do not have access to this.', es: 'Usted no tiene acceso a esto.' },
  {
    en: 'No {what} with id "{id}" was found.',
    es: ({ what = '', id = '' }) =>
      `No se encontró ${notFoundNounsEs[what] ?? what} con el id "${id}".`,
  },

  // Uploads (src/http/read-upload.ts, documents, intake).
  {
    en: 'Attach the document in a form field named "file".',
    es: 'Adjunte el documento en un campo del formulario llamado "file".',
  },
  {
    en: 'Send one document at a time, in a form field named "file".',
    es: 'Envíe un documento a la vez, en un campo del formulario llamado "file".',
  },
  {
    en: 'Send the document as a file upload (multipart/form-data) in a field named "file".',
    es: 'Envíe el documento como archivo adjunto (multipart/form-data) en un campo llamado "file".',
  },
  {
    en: 'The upload stopped before the whole file arrived. Nothing was saved: send the file again.',
    es: 'El envío se cortó antes de que llegara todo el archivo. No se guardó nada: envíe el archivo otra vez.',
  },
  { en: 'The file is empty.', es: 'El archivo está vacío.' },
  {
    en: 'The file is empty. Choose the file again.',
    es: 'El archivo está vacío. Vuelva a elegir el archivo.',
  },
  {
    en: '{what} Upload a smaller file: for example only the pages that matter, or a photo at a lower size.',
    es: ({ what = '' }, say) =>
      `${say(what)} Suba un archivo más pequeño: por ejemplo, solo las páginas importantes, o una foto de menor tamaño.`,
  },
  {
    en: 'This file is larger than {max} MB, the limit.',
    es: 'Este archivo pasa de {max} MB, que es el límite.',
  },
  {
    en: 'This file is {size} MB; the limit is {max} MB.',
    es: 'Este archivo pesa {size} MB; el límite es {max} MB.',
  },
  {
    en: 'Overturn keeps {what}. This file is none of these. Save or scan it as a PDF and upload it again.',
    es: ({ what = '' }, say) =>
      `Overturn guarda ${say(what)}. Este archivo no es ninguno de estos. Guárdelo o escanéelo como PDF y vuelva a subirlo.`,
  },
  {
    en: 'a PDF, a photo or scan (PNG or JPEG), or a plain-text file',
    es: 'un PDF, una foto o un escaneo (PNG o JPEG), o un archivo de texto simple',
  },
  {
    en: 'This file is {size} MB; the limit is {max} MB. Upload a smaller file, for example only the pages of the letter that matter.',
    es: 'Este archivo pesa {size} MB; el límite es {max} MB. Suba un archivo más pequeño, por ejemplo solo las páginas de la carta que importan.',
  },
  {
    en: 'Overturn cannot read this kind of file. Upload the letter as a PDF, a photo (PNG or JPEG), or a plain-text (.txt) file.',
    es: 'Overturn no puede leer este tipo de archivo. Suba la carta como PDF, como foto (PNG o JPEG) o como archivo de texto simple (.txt).',
  },
  {
    en: 'This file does not look like text. Upload the letter as a PDF, a photo, or a plain-text (.txt) file.',
    es: 'Este archivo no parece ser texto. Suba la carta como PDF, como foto o como archivo de texto simple (.txt).',
  },
  {
    en: 'This file could not be read as a PDF: it may be damaged or not a PDF at all. Download it again, or print it to a new PDF, and try again.',
    es: 'No se pudo leer este archivo como PDF: puede estar dañado o no ser un PDF. Descárguelo otra vez, o imprímalo a un PDF nuevo, e inténtelo de nuevo.',
  },
  {
    en: 'This PDF is protected by a password. Open it, print it to a new PDF without a password, and try again.',
    es: 'Este PDF está protegido con contraseña. Ábralo, imprímalo a un PDF nuevo sin contraseña e inténtelo de nuevo.',
  },
  {
    en: 'This PDF took too long to read. Try printing it to a new PDF, or upload photos of its pages instead.',
    es: 'Leer este PDF tomó demasiado tiempo. Pruebe imprimirlo a un PDF nuevo, o suba fotos de sus páginas.',
  },
  {
    en: 'This scanned PDF has {pages} pages; Overturn reads at most {max} pages of a scan. Upload only the pages of the letter that matter (usually the first few, with the reason for the denial and how to appeal).',
    es: 'Este PDF escaneado tiene {pages} páginas; Overturn lee como máximo {max} páginas de un escaneo. Suba solo las páginas de la carta que importan (por lo general las primeras, con el motivo de la denegación y cómo apelar).',
  },
  {
    en: 'This image could not be read. Check that it is a PNG or JPEG photo or scan of the letter, or upload a PDF.',
    es: 'No se pudo leer esta imagen. Revise que sea una foto o un escaneo de la carta en PNG o JPEG, o suba un PDF.',
  },
  {
    en: 'Reading the text of this image took too long ({over}). Try a clearer, smaller photo, or a PDF.',
    es: ({ over = '' }, say) =>
      `Leer el texto de esta imagen tomó demasiado tiempo (${say(over)}). Pruebe con una foto más clara y más pequeña, o con un PDF.`,
  },
  {
    en: 'Reading the text of page {page} of this scanned PDF took too long ({over}). Upload only the pages of the letter that matter, or clear photos of them.',
    es: ({ page = '', over = '' }, say) =>
      `Leer el texto de la página ${page} de este PDF escaneado tomó demasiado tiempo (${say(over)}). Suba solo las páginas de la carta que importan, o fotos claras de ellas.`,
  },
  {
    en: 'over {n} second{s}',
    es: ({ n = '' }) => (n === '1' ? 'más de 1 segundo' : `más de ${n} segundos`),
  },
  {
    en: 'No text could be read in this image. Take the photo again in good light, with the whole page flat and in focus, or upload the letter as a PDF.',
    es: 'No se pudo leer ningún texto en esta imagen. Tome la foto otra vez con buena luz, con toda la página plana y enfocada, o suba la carta como PDF.',
  },
  {
    en: 'No text could be read in this scanned PDF. Scan the letter again in good light, with the pages flat and straight, or upload the letter as a PDF saved from your plan’s website.',
    es: 'No se pudo leer ningún texto en este PDF escaneado. Escanee la carta otra vez con buena luz, con las páginas planas y derechas, o suba la carta como un PDF guardado desde el sitio web de su plan.',
  },

  // Health records (FHIR) and reading a denial (src/intake).
  {
    en: 'This is a health-record (JSON) file, not a letter: read it with `overturn extract` or the upload page, which read health records.',
    es: 'Este es un archivo de expediente médico (JSON), no una carta: léalo con `overturn extract` o con la página para subir archivos, que leen expedientes médicos.',
  },
  {
    en: 'This JSON file holds no FHIR resources, so no claim could be read from it. Download your claims (Explanation of Benefits) from your plan’s patient app or website as FHIR, or upload the letter as a PDF or a text file.',
    es: 'Este archivo JSON no contiene recursos FHIR, así que no se pudo leer ninguna reclamación. Descargue sus reclamaciones (Explicación de Beneficios) como FHIR desde la aplicación o el sitio web de su plan, o suba la carta como PDF o como archivo de texto.',
  },
  {
    en: 'This FHIR file holds {types}, not an ExplanationOfBenefit. Overturn reads denied claims from ExplanationOfBenefit resources: download your claims (Explanation of Benefits) from your plan’s patient app or website, or upload the letter as a PDF or a text file.',
    es: 'Este archivo FHIR contiene {types}, no una ExplanationOfBenefit. Overturn lee las reclamaciones denegadas de los recursos ExplanationOfBenefit: descargue sus reclamaciones (Explicación de Beneficios) desde la aplicación o el sitio web de su plan, o suba la carta como PDF o como archivo de texto.',
  },
  {
    en: 'This file is not valid JSON (line {line}): {why}. Download the file again from your plan, or upload the letter as a PDF or a text file.',
    es: 'Este archivo no es JSON válido (línea {line}): {why}. Descargue el archivo otra vez de su plan, o suba la carta como PDF o como archivo de texto.',
  },
  {
    en: 'No denied claim was found in this file: every Explanation of Benefits in it was paid, or gives no reason for a denial. If a claim was denied, download it again from your plan’s patient app or website, or upload the denial letter as a PDF or a text file.',
    es: 'No encontramos ninguna reclamación denegada en este archivo: cada Explicación de Beneficios que contiene se pagó o no da un motivo de denegación. Si le negaron una reclamación, descárguela otra vez desde la aplicación o el sitio web de su plan, o suba la carta de denegación como PDF o como archivo de texto.',
  },
  {
    en: 'This file holds {n} denied claim{s}; choose a number from 1 to {max}.',
    es: ({ n = '', max = '' }) =>
      n === '1'
        ? `Este archivo tiene 1 reclamación denegada; elija un número del 1 al ${max}.`
        : `Este archivo tiene ${n} reclamaciones denegadas; elija un número del 1 al ${max}.`,
  },
  {
    en: 'This does not look like a denial letter or an Explanation of Benefits with a denied claim ({why}). Nothing was stored. Check that it is the right file; if it is a denial, read it anyway and fill in the fields yourself.',
    es: 'Esto no parece una carta de denegación ni una Explicación de Beneficios con una reclamación denegada ({why}). No se guardó nada. Revise que sea el archivo correcto; si es una denegación, léala de todos modos y llene los datos usted mismo.',
  },
  {
    en: 'This document was already confirmed, and its case is open.',
    es: 'Este documento ya se confirmó y su caso está abierto.',
  },
  {
    en: 'the document does not give {what}; add it to open the case',
    es: ({ what = '' }, say) => `el documento no dice ${say(what)}; agréguelo para abrir el caso`,
  },
  { en: 'the patient’s name', es: 'el nombre del paciente' },
  { en: 'the insurer’s name', es: 'el nombre de la aseguradora' },
  { en: 'the kind of plan ({ids})', es: 'el tipo de plan ({ids})' },

  // Cases (src/cases).
  {
    en: 'Someone changed this case since you opened it. Reload it to see the change, then make yours again.',
    es: 'Alguien cambió este caso después de que usted lo abrió. Vuelva a cargarlo para ver el cambio y después haga el suyo otra vez.',
  },
  {
    en: 'This case was changed by someone else at the same time. Reload it and try again.',
    es: 'Otra persona cambió este caso al mismo tiempo. Vuelva a cargarlo e inténtelo de nuevo.',
  },
  {
    en: 'This case has changed since you opened it (version {expected}, now {now}). Reload it and try again.',
    es: 'Este caso cambió después de que usted lo abrió (versión {expected}, ahora {now}). Vuelva a cargarlo e inténtelo de nuevo.',
  },
  {
    en: 'must be the case version from its ETag, such as "3"',
    es: 'debe ser la versión del caso que da su ETag, como "3"',
  },
  {
    en: 'Case "{id}" is a second-opinion case. This works on appeal cases only; open it under second opinions.',
    es: 'El caso "{id}" es un caso de segunda opinión. Esto funciona solo con casos de apelación; ábralo en Segundas opiniones.',
  },
  { en: '"{status}" is not a case status', es: '"{status}" no es un estado de caso' },
  {
    en: 'There is no step to undo on this case.',
    es: 'No hay ningún paso que deshacer en este caso.',
  },
  {
    en: 'The last step cannot be undone: "{status}" is not a step of this case\'s program any more.',
    es: 'No se puede deshacer el último paso: "{status}" ya no es un paso del programa de este caso.',
  },
  {
    en: 'The program cannot change to {program} now: the case is at "{status}", a step that program\'s appeals do not have. Withdraw this case and start a new one for the right program.',
    es: ({ program = '', status = '' }) =>
      `El programa no puede cambiar a ${program} ahora: el caso está en "${statusEs(status)}", un paso que las apelaciones de ese programa no tienen. Retire este caso y empiece uno nuevo con el programa correcto.`,
  },
  // A step the ladder does not allow (appeal-ladder.ts, outcome-rules.ts), and the steps it does.
  {
    en: '{reason} Allowed next: {steps}.',
    es: ({ reason = '', steps = '' }, say) => `${say(reason)} Pasos permitidos: ${steps}.`,
  },
  {
    en: '"{to}" is not a step on the {program} appeal ladder.',
    es: '"{to}" no es un paso en las apelaciones de {program}.',
  },
  {
    en: 'The case is "{from}" and cannot change any more.',
    es: ({ from = '' }) => `El caso está en "${statusEs(from)}" y ya no puede cambiar.`,
  },
  {
    en: 'A case that is "{from}" cannot go to "{to}" next.',
    es: ({ from = '', to = '' }) =>
      `Un caso que está en "${statusEs(from)}" no puede pasar ahora a "${statusEs(to)}".`,
  },
  {
    en: 'A decision can be recorded once an appeal is sent and waiting for one. This case is "{from}".',
    es: ({ from = '' }) =>
      `Se puede anotar una decisión cuando ya se envió una apelación y se espera la respuesta. Este caso está en "${statusEs(from)}".`,
  },
  {
    en: 'A payment can be recorded after a win. This case is "{from}".',
    es: ({ from = '' }) =>
      `Se puede anotar un pago después de ganar. Este caso está en "${statusEs(from)}".`,
  },
  // Rules across fields (cases/case.ts, deadlines/deadline-query.ts, outcomes/outcome-rules.ts).
  {
    en: 'the date you received the notice ({received}) is before the date printed on it ({notice}); check both dates',
    es: 'la fecha en que recibió el aviso ({received}) es anterior a la fecha impresa en él ({notice}); revise las dos fechas',
  },
  {
    en: 'the appeal ({appeal}) cannot come before the notice it answers ({notice}); check both dates',
    es: 'la apelación ({appeal}) no puede ser anterior al aviso que responde ({notice}); revise las dos fechas',
  },
  {
    en: 'the notice type says this is the final denial after an appeal, but the notice is marked as a first denial; change one of them',
    es: 'el tipo de aviso dice que es la denegación final después de una apelación, pero el aviso está marcado como primera denegación; cambie uno de los dos',
  },
  {
    en: 'the notice date {date} is in the future (today is {today}); check the date printed on the notice',
    es: 'la fecha del aviso, {date}, está en el futuro (hoy es {today}); revise la fecha impresa en el aviso',
  },
  {
    en: 'the date you received the notice ({received}) is in the future (today is {today})',
    es: 'la fecha en que recibió el aviso ({received}) está en el futuro (hoy es {today})',
  },
  {
    en: '{date} is before the notice date {notice}; check the dates',
    es: '{date} es anterior a la fecha del aviso, {notice}; revise las fechas',
  },
  {
    en: '{date} is in the future (today is {today}); check the date',
    es: '{date} está en el futuro (hoy es {today}); revise la fecha',
  },
  {
    en: 'Medicare Advantage has no final internal denial for you to act on: when the plan keeps its denial at reconsideration, it must send your case to the Independent Review Entity itself (42 CFR 422.590). Use initial-denial with the date of the plan’s first denial, or ire-decision with the date of the Independent Review Entity’s decision',
    es: 'En Medicare Advantage no hay una denegación interna final sobre la que usted deba actuar: si el plan mantiene su denegación en la reconsideración, el mismo plan debe enviar su caso a la Entidad de Revisión Independiente (42 CFR 422.590). Use initial-denial con la fecha de la primera denegación del plan, o ire-decision con la fecha de la decisión de la Entidad de Revisión Independiente',
  },
  {
    en: '{program} has no "{notice}" notice; use one of: {notices}',
    es: ({ program = '', notice = '', notices = '' }) =>
      `${programLabelsEs.get(program) ?? program} no tiene un aviso "${notice}"; use uno de estos: ${notices}`,
  },
  {
    en: '{date} is in the future; give the day it was decided',
    es: '{date} está en el futuro; ponga el día en que se decidió',
  },
  {
    en: '{date} is before the denial notice ({notice}); check the date on the decision letter',
    es: '{date} es anterior al aviso de denegación ({notice}); revise la fecha en la carta de la decisión',
  },
  {
    en: 'a decision that denies again pays nothing; leave the amount out',
    es: 'una decisión que vuelve a negar no paga nada; deje la cantidad en blanco',
  },

  // Documents, the evidence checklist, calls, tasks, state help.
  {
    en: 'A newer version of this document exists: replace that one instead.',
    es: 'Ya hay una versión más nueva de este documento: reemplace esa versión.',
  },
  { en: 'This document is not deleted.', es: 'Este documento no está borrado.' },
  {
    en: '{date} is in the future; give the date printed on the document',
    es: '{date} está en el futuro; ponga la fecha impresa en el documento',
  },
  {
    en: 'Send at least one of: type, title, date.',
    es: 'Envíe por lo menos uno de estos datos: el tipo (type), el título (title) o la fecha (date).',
  },
  {
    en: '"{item}" is not on this case’s checklist. Items: {items}.',
    es: '"{item}" no está en la lista de pruebas de este caso. Puntos de la lista: {items}.',
  },
  {
    en: 'a call cannot be logged before it happens',
    es: 'no se puede anotar una llamada antes de que ocurra',
  },
  {
    en: 'This task comes from a deadline of the case. It is done when you record that step on the case.',
    es: 'Esta tarea viene de una fecha límite del caso. Queda hecha cuando usted anota ese paso en el caso.',
  },
  {
    en: 'the case has no state yet. Add the state of the plan to see who can help.',
    es: 'el caso todavía no tiene un estado. Agregue el estado del plan para ver quién puede ayudarle.',
  },
  {
    en: '{state} has no entry for {key} to correct',
    es: '{state} no tiene ningún dato en {key} que se pueda corregir',
  },
  {
    en: 'Only the person who made this correction can remove it.',
    es: 'Solo la persona que hizo esta corrección puede quitarla.',
  },

  // Letters and packets.
  {
    en: 'This letter needs facts the case does not have yet: {facts}. Add them to the case, then write the letter again.',
    es: ({ facts = '' }) =>
      `Esta carta necesita datos que el caso todavía no tiene: ${facts
        .split(', ')
        .map((label) => factLabelsEs[label] ?? label)
        .join(', ')}. Agréguelos al caso y después vuelva a escribir la carta.`,
  },
  {
    en: 'A packet needs a letter on top. Write and save the appeal letter first, then build the packet.',
    es: 'Un paquete necesita una carta al principio. Primero escriba y guarde la carta de apelación, y después arme el paquete.',
  },
  {
    en: 'These documents cannot be put in the packet: {list}. Replace them, or build the packet without them.',
    es: 'Estos documentos no se pueden poner en el paquete: {list}. Reemplácelos o arme el paquete sin ellos.',
  },
  {
    en: 'These documents cannot be put in the packet: {list}. Replace them, or leave them out.',
    es: 'Estos documentos no se pueden poner en el paquete: {list}. Reemplácelos o déjelos fuera.',
  },
  {
    en: 'This letter was saved twice at the same moment. Reload and try again.',
    es: 'Esta carta se guardó dos veces en el mismo momento. Vuelva a cargar la página e inténtelo de nuevo.',
  },

  // Second opinions.
  { en: comparisonWords.en.tooFew, es: comparisonWords.es.tooFew },
  {
    en: icd10Problem('{code}', 'en'),
    es: ({ code = '' }) => icd10Problem(code, 'es'),
  },
  {
    en: 'Two opinions were added at the same moment. Reload and try again.',
    es: 'Se agregaron dos opiniones en el mismo momento. Vuelva a cargar la página e inténtelo de nuevo.',
  },
  {
    en: '{date} is more than a year away. Check the date of the visit.',
    es: '{date} es dentro de más de un año. Revise la fecha de la consulta.',
  },
  {
    en: 'Choose at least one document for the records packet. Add your records to the case first if they are not there.',
    es: 'Elija por lo menos un documento para el paquete de expedientes. Si sus expedientes no están en el caso, agréguelos primero.',
  },
  {
    en: 'An appeal case is already open for this refused referral.',
    es: 'Ya hay un caso de apelación abierto para esta remisión rechazada.',
  },
  {
    en: 'To open an appeal, add the name of your insurance company to this case first.',
    es: 'Para abrir una apelación, primero agregue a este caso el nombre de su compañía de seguros.',
  },
  {
    en: 'To open an appeal, say what kind of plan you have (on this case) first.',
    es: 'Para abrir una apelación, primero diga en este caso qué tipo de plan tiene.',
  },
  {
    en: 'Original Medicare does not need a referral for a second opinion, so there is no refusal to appeal. If a Medicare Advantage plan refused, change the plan type on this case first.',
    es: 'Medicare Original no necesita una remisión para una segunda opinión, así que no hay un rechazo que apelar. Si un plan Medicare Advantage la rechazó, primero cambie el tipo de plan en este caso.',
  },

  // Backups.
  {
    en: 'Only the owner of this Overturn may back up or restore all its data.',
    es: 'Solo el dueño de este Overturn puede hacer una copia de seguridad de todos sus datos o restaurarlos.',
  },
  {
    en: 'Send the backup file as the request body, with Content-Type: application/gzip.',
    es: 'Envíe el archivo de la copia de seguridad como contenido de la solicitud, con Content-Type: application/gzip.',
  },
  {
    en: 'The backup is larger than {size} GB, the most the web upload takes. Restore it with "overturn import FILE" instead.',
    es: 'La copia de seguridad pasa de {size} GB, lo más que se puede subir por la web. Restáurela con "overturn import FILE".',
  },
  {
    en: 'This is not an Overturn backup. Choose a file made by "overturn export" (overturn-backup-….ndjson.gz).',
    es: 'Esta no es una copia de seguridad de Overturn. Elija un archivo hecho con "overturn export" (overturn-backup-….ndjson.gz).',
  },
  {
    en: 'The backup is incomplete: the file ends too early (it may not have finished copying). Nothing was changed. Use the whole file, or make the backup again.',
    es: 'La copia de seguridad está incompleta: el archivo termina antes de tiempo (quizás no se terminó de copiar). No se cambió nada. Use el archivo completo o haga la copia otra vez.',
  },
  {
    en: 'The backup is damaged: {what}. Nothing was changed. Make the backup again.',
    es: ({ what = '' }, say) =>
      `La copia de seguridad está dañada: ${say(what)}. No se cambió nada. Haga la copia otra vez.`,
  },
  { en: 'its compressed data', es: 'sus datos comprimidos' },
  {
    en: 'its contents do not match its checksum',
    es: 'su contenido no coincide con su suma de verificación',
  },
  {
    en: 'line {line} comes after the end of the backup',
    es: 'la línea {line} viene después del final de la copia',
  },
  {
    en: 'line {line} is not a row of the backup',
    es: 'la línea {line} no es una fila de la copia',
  },
  {
    en: 'table {table} should have {promised} rows but has {found} (the end of the file says {said})',
    es: 'la tabla {table} debería tener {promised} filas pero tiene {found} (el final del archivo dice {said})',
  },
  {
    en: 'The backup is damaged: a file in "{table}" (id {id}) does not match its SHA-256. Nothing was changed.',
    es: 'La copia de seguridad está dañada: un archivo en "{table}" (id {id}) no coincide con su SHA-256. No se cambió nada.',
  },
  {
    en: 'The backup is damaged: line {line} puts bytes in "{table}.{column}", which holds text. Nothing was changed.',
    es: 'La copia de seguridad está dañada: la línea {line} pone bytes en "{table}.{column}", que guarda texto. No se cambió nada.',
  },
  {
    en: 'The backup could not be restored: the database refused a row of table "{table}" (line {line}: {why}). Nothing was changed.',
    es: 'No se pudo restaurar la copia de seguridad: la base de datos rechazó una fila de la tabla "{table}" (línea {line}: {why}). No se cambió nada.',
  },
  {
    en: 'This backup has a table this Overturn does not know ("{table}", line {line}). Nothing was changed.',
    es: 'Esta copia de seguridad tiene una tabla que este Overturn no conoce ("{table}", línea {line}). No se cambió nada.',
  },
  {
    en: 'This backup has a column this Overturn does not know ("{table}.{column}", line {line}). Nothing was changed.',
    es: 'Esta copia de seguridad tiene una columna que este Overturn no conoce ("{table}.{column}", línea {line}). No se cambió nada.',
  },
  {
    en: 'This Overturn already holds data, and a backup is only restored into an empty one, so nothing is overwritten. Start Overturn on a new, empty data folder (set OVERTURN_HOME to an empty folder) or a new PostgreSQL database (set DATABASE_URL), then import again.',
    es: 'Este Overturn ya tiene datos, y una copia de seguridad solo se restaura en uno vacío, para no sobrescribir nada. Abra Overturn con una carpeta de datos nueva y vacía (ponga OVERTURN_HOME en una carpeta vacía) o con una base de datos PostgreSQL nueva (ponga DATABASE_URL), y después vuelva a importar.',
  },
  {
    en: '{problem} Nothing was changed.',
    es: ({ problem = '' }, say) => `${say(problem)} No se cambió nada.`,
  },
  {
    en: 'This backup was made by a newer Overturn (version {version}, schema {schema}) than this one (schema {ours}). Update Overturn, then import it again.',
    es: 'Esta copia de seguridad se hizo con un Overturn más nuevo (versión {version}, esquema {schema}) que este (esquema {ours}). Actualice Overturn y después vuelva a importarla.',
  },
  {
    en: "This backup's database schema ({schema}) is not one this Overturn knows. It may come from another program.",
    es: 'Este Overturn no conoce el esquema de base de datos de esta copia ({schema}). Puede venir de otro programa.',
  },
  { en: 'is not a table name', es: 'no es un nombre de tabla' },
  { en: 'is not a column name', es: 'no es un nombre de columna' },

  // Field messages of the schemas: the part after "plan.insurer: ".
  { en: 'is required', es: 'es obligatorio' },
  { en: 'is required: write the note', es: 'es obligatorio: escriba la nota' },
  { en: 'must not be empty', es: 'no puede estar vacío' },
  { en: 'must not be negative', es: 'no puede ser negativo' },
  { en: 'must be {n} characters or fewer', es: 'debe tener {n} caracteres o menos' },
  { en: 'must be 1 to {n} characters', es: 'debe tener de 1 a {n} caracteres' },
  { en: 'must be {n} lines or fewer', es: 'debe tener {n} líneas o menos' },
  { en: 'must be {n} paragraphs or fewer', es: 'debe tener {n} párrafos o menos' },
  { en: 'must be {n} questions or fewer', es: 'debe tener {n} preguntas o menos' },
  { en: 'must be {n} documents or fewer', es: 'debe tener {n} documentos o menos' },
  { en: 'must be {n} days or fewer', es: 'debe ser de {n} días o menos' },
  { en: 'must list {n} codes or fewer', es: 'debe tener {n} códigos o menos' },
  { en: 'must be {n} or fewer', es: 'debe ser {n} o menos' },
  { en: 'must be {n} or more', es: 'debe ser {n} o más' },
  { en: 'must be at least {n}', es: 'debe ser {n} o más' },
  { en: 'must be at least 1 day', es: 'debe ser de 1 día o más' },
  { en: 'must be less than {amount}', es: 'debe ser menos de {amount}' },
  { en: 'must be from {low} to {high}', es: 'debe ser del {low} al {high}' },
  { en: 'must be a whole number', es: 'debe ser un número entero' },
  {
    en: 'must be a whole number from {low} to {high}',
    es: 'debe ser un número entero del {low} al {high}',
  },
  { en: 'must be a whole number of days', es: 'debe ser un número entero de días' },
  {
    en: 'must be a whole number of days, such as 30',
    es: 'debe ser un número entero de días, como 30',
  },
  {
    en: 'must be a whole number of cents, such as 12345 for $123.45',
    es: 'debe ser un número entero de centavos, como 12345 para $123.45',
  },
  { en: 'must be a number, such as 2', es: 'debe ser un número, como 2' },
  {
    en: 'must be an amount in dollars, such as 1240.00',
    es: 'debe ser una cantidad en dólares, como 1240.00',
  },
  { en: 'must have at most two decimals', es: 'puede tener como máximo dos decimales' },
  {
    en: 'is larger than any claim we can record',
    es: 'es más grande que cualquier reclamación que podemos guardar',
  },
  { en: 'must have at least one paragraph', es: 'debe tener por lo menos un párrafo' },
  { en: 'must be one of: {values}', es: 'debe ser uno de estos: {values}' },
  { en: 'must be true or false', es: 'debe ser verdadero (true) o falso (false)' },
  { en: 'must be en or es', es: 'debe ser en (inglés) o es (español)' },
  { en: 'must be "en" or "es"', es: 'debe ser "en" (inglés) o "es" (español)' },
  { en: 'must be "same" or "different"', es: 'debe ser "same" (igual) o "different" (distinto)' },
  { en: 'must be a case id', es: 'debe ser el id de un caso' },
  {
    en: 'must be the name of a step, such as internal-appeal-drafted',
    es: 'debe ser el nombre de un paso, como internal-appeal-drafted',
  },
  {
    en: 'must be a real date written YYYY-MM-DD, for example 2026-03-14',
    es: 'debe ser una fecha real escrita AAAA-MM-DD (año-mes-día), por ejemplo 2026-03-14',
  },
  {
    en: 'must be a real date written YYYY-MM-DD, or a date and time written YYYY-MM-DDTHH:MM',
    es: 'debe ser una fecha real escrita AAAA-MM-DD, o una fecha y hora escrita AAAA-MM-DDTHH:MM',
  },
  {
    en: 'must be a time zone name such as America/Chicago',
    es: 'debe ser el nombre de una zona horaria, como America/Chicago',
  },
  {
    en: 'must be a two-letter US state code, such as TX or CA',
    es: 'debe ser el código de dos letras de un estado de EE. UU., como TX o CA',
  },
  {
    en: 'must be a two-letter US state code, such as CA, TX or DC (one of {codes})',
    es: 'debe ser el código de dos letras de un estado de EE. UU., como CA, TX o DC (uno de estos: {codes})',
  },
  {
    en: 'must be a 5-character CPT or HCPCS code, such as 97110 or J1745',
    es: 'debe ser un código CPT o HCPCS de 5 caracteres, como 97110 o J1745',
  },
  {
    en: 'must be an ICD-10 diagnosis code, such as M54.16',
    es: 'debe ser un código de diagnóstico ICD-10, como M54.16',
  },
  {
    en: 'must be a 10-digit US phone number, such as 800-555-0100',
    es: 'debe ser un número de teléfono de EE. UU. de 10 dígitos, como 800-555-0100',
  },
  {
    en: 'must be a web address starting with https:// or http://',
    es: 'debe ser una dirección web que empiece con https:// o http://',
  },
  { en: 'is not a cursor this server gave out', es: 'no es un cursor que haya dado este servidor' },
  {
    en: 'is not a cursor this server gave out; start again without it',
    es: 'no es un cursor que haya dado este servidor; empiece otra vez sin él',
  },

  // zod's own words, for a schema that does not give its own message.
  {
    en: 'Invalid input: expected {expected}, received {received}',
    es: ({ expected = '', received = '' }) =>
      received === 'undefined'
        ? `es obligatorio: debe ser ${kindEs(expected)}`
        : `debe ser ${kindEs(expected)}, no ${kindEs(received)}`,
  },
  { en: 'Invalid input: expected {value}', es: 'debe ser {value}' },
  { en: 'Invalid option: expected one of {values}', es: 'debe ser uno de estos: {values}' },
  {
    en: 'Too big: expected {kind} to have {limit} {unit}',
    es: ({ limit = '', unit = '' }) => `debe tener ${bound(limit, unitEs(unit, limit))}`,
  },
  {
    en: 'Too big: expected {kind} to be {limit}',
    es: ({ limit = '' }) => `debe ser ${bound(limit, '')}`,
  },
  {
    en: 'Too small: expected {kind} to have {limit} {unit}',
    es: ({ limit = '', unit = '' }) => `debe tener ${bound(limit, unitEs(unit, limit))}`,
  },
  {
    en: 'Too small: expected {kind} to be {limit}',
    es: ({ limit = '' }) => `debe ser ${bound(limit, '')}`,
  },
  { en: 'Invalid string: must match pattern {pattern}', es: 'no tiene la forma esperada' },
  { en: 'Unrecognized key: {key}', es: 'este dato no se acepta aquí: {key}' },
  { en: 'Unrecognized keys: {keys}', es: 'estos datos no se aceptan aquí: {keys}' },
  { en: 'Invalid input', es: 'no es válido' },
  {
    en: 'Invalid input: more than one option matched',
    es: 'no es válido: coincide con más de una opción',
  },
  { en: 'Invalid number: must be a multiple of {n}', es: 'debe ser un múltiplo de {n}' },
  { en: 'Invalid ISO date', es: 'debe ser una fecha escrita AAAA-MM-DD' },
  { en: 'Invalid ISO datetime', es: 'debe ser una fecha y hora ISO 8601' },
];

/** An error message in Spanish, or null when there is no Spanish for it yet. */
export const spanishErrorMessage = spanishWords(errorWordsEs).translate;

import ts from 'typescript';

/**
 * Finds words a person would read that are written into the code instead of the message files:
 * JSX text, text-bearing attributes (`aria-label="Close"`, `label="Save case"`) and prose string
 * literals (`useTitle('Your cases')`). Run by the tests on every file of the web app, so a new
 * hard-coded sentence fails CI with its file and line. Used only by tests (it needs TypeScript).
 */

export interface HardCodedText {
  readonly line: number;
  readonly text: string;
}

/** Attributes whose values are never words for people (class names, ids, paths, enum-like props). */
const nonTextAttributes = new Set([
  'className',
  'id',
  'href',
  'type',
  'name',
  'role',
  'autoComplete',
  'inputMode',
  'rel',
  'target',
  'method',
  'htmlFor',
  'lang',
  'dateTime',
  'accept',
  'pattern',
  'encType',
  'form',
  'src',
  'key',
  'dir',
  'wrap',
]);

/** Attributes that are read out or shown even when they are one word. */
const labelAttributes =
  /^(aria-(label|description|roledescription|valuetext|placeholder)|title|alt|placeholder|label)$/;

/** Two or more words, and a capital or a sentence mark: prose, not an id or a class list. */
const looksLikeProse = (text: string): boolean =>
  /[A-Za-z]{2}/.test(text) && /\S\s+\S/.test(text) && /[A-Z]|[.?!…:]/.test(text);

/** One word or more with a letter: inside JSX, even "Save" is shown. */
const hasWords = (text: string): boolean => /\p{L}{2}/u.test(text);

function isInTypePosition(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isTypeNode(at)) return true;
    if (ts.isStatement(at) || ts.isExpression(at) || ts.isJsxAttribute(at)) return false;
  }
  return false;
}

/** Literals that are code, not words: module paths, property keys, `new Error(...)` for developers. */
function isCodeLiteral(node: ts.StringLiteralLike): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true;
  if (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.ImportKeyword)
    return true;
  if (ts.isLiteralTypeNode(parent) || isInTypePosition(node)) return true;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) return true;
  if (
    ts.isNewExpression(parent) &&
    ts.isIdentifier(parent.expression) &&
    parent.expression.text === 'Error'
  )
    return true;
  return false;
}

export function scanHardCodedText(fileName: string, source: string): HardCodedText[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: HardCodedText[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({
      line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1,
      text: text.trim().replace(/\s+/g, ' '),
    });

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (hasWords(node.text)) report(node, node.text);
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(file);
      const value = node.initializer;
      if (
        value &&
        ts.isStringLiteral(value) &&
        !nonTextAttributes.has(name) &&
        !name.startsWith('data-') &&
        (looksLikeProse(value.text) || (labelAttributes.test(name) && hasWords(value.text)))
      )
        report(value, value.text);
      if (value && ts.isStringLiteral(value)) return;
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!isCodeLiteral(node) && looksLikeProse(node.text)) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(
        '',
      );
      if (looksLikeProse(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

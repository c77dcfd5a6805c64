import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

/**
 * Finds the error messages the server can send, in its own source: what is given to
 * `invalidInput`, `conflict`, `forbidden`, `new AppError`, `notFound`, and the messages of the zod
 * schemas (`{ error: '…' }`, `{ message: '…' }`, `.min(1, 'is required')`, `.max(n, 'must be …')`,
 * `.regex(…, '…')`, `.refine(…, '…')`). Used only by the tests that check every message has its
 * Spanish (src/http/error-words-es.ts). Needs TypeScript, so it lives with the test helpers.
 *
 * A message is reported as its *shape*: the literal text with every `${…}` written `{}`, so
 * `` `must be ${max} characters or fewer` `` is `must be {} characters or fewer`.
 */

export type FoundMessage =
  | { readonly kind: 'text'; readonly file: string; readonly line: number; readonly shape: string }
  /** `notFound('case', id)`: the thing's name, which the Spanish must name too. */
  | {
      readonly kind: 'not-found';
      readonly file: string;
      readonly line: number;
      readonly what: string;
    }
  /** `{ path, label }`: a fact a letter needs, listed by its label when it is missing. */
  | {
      readonly kind: 'fact-label';
      readonly file: string;
      readonly line: number;
      readonly label: string;
    }
  /** A message the scanner cannot read as text (a call, a parameter): the test must know it. */
  | {
      readonly kind: 'unresolved';
      readonly file: string;
      readonly line: number;
      readonly expression: string;
    };

/** zod checks that take a value first and the message second: `.max(200, 'must be …')`. */
const zodValueChecks = new Set([
  'min',
  'max',
  'length',
  'gt',
  'gte',
  'lt',
  'lte',
  'multipleOf',
  'regex',
  'refine',
]);
/** zod checks whose only argument is the message: `.int('must be a whole number')`. */
const zodPlainChecks = new Set([
  'int',
  'positive',
  'negative',
  'nonnegative',
  'nonpositive',
  'finite',
  'safe',
  'nonempty',
  'email',
  'url',
  'uuid',
]);

/** Functions of src/common/errors.ts whose first argument is the message. */
const messageFirst = new Set(['invalidInput', 'conflict', 'forbidden']);

/** A text a message can be (and where it is written), or an expression the scanner cannot read. */
type Piece = { shape: string; at: ts.Node } | { unresolved: ts.Expression };

/**
 * The initializer of the `const` an identifier names, found the way the language scopes it: in
 * the nearest enclosing block (or the file) that declares it. A parameter of that name hides any
 * outer `const`, and then there is nothing to read.
 */
function constInitializer(identifier: ts.Identifier): ts.Expression | undefined {
  const name = identifier.text;
  for (let scope: ts.Node | undefined = identifier.parent; scope; scope = scope.parent) {
    if (ts.isFunctionLike(scope) && scope.parameters.some((p) => p.name.getText() === name))
      return undefined;
    if (!(ts.isBlock(scope) || ts.isSourceFile(scope) || ts.isModuleBlock(scope))) continue;
    for (const statement of scope.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      if ((statement.declarationList.flags & ts.NodeFlags.Const) === 0) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === name)
          return declaration.initializer;
      }
    }
  }
  return undefined;
}

/** The texts an expression in a message position can take, as shapes. */
function piecesOf(expression: ts.Expression, seen = new Set<string>()): Piece[] {
  const e = expression;
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e))
    return piecesOf(e.expression, seen);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e))
    return [{ shape: e.text, at: e }];
  if (ts.isTemplateExpression(e))
    return [
      {
        shape: e.head.text + e.templateSpans.map((span) => `{}${span.literal.text}`).join(''),
        at: e,
      },
    ];
  if (ts.isConditionalExpression(e))
    return [...piecesOf(e.whenTrue, seen), ...piecesOf(e.whenFalse, seen)];
  if (
    ts.isBinaryExpression(e) &&
    (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
      e.operatorToken.kind === ts.SyntaxKind.BarBarToken)
  )
    return [...piecesOf(e.left, seen), ...piecesOf(e.right, seen)];
  if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) {
    if (!ts.isBlock(e.body)) return piecesOf(e.body, seen);
    const returned: Piece[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isReturnStatement(node) && node.expression)
        returned.push(...piecesOf(node.expression, seen));
      else if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit);
    };
    visit(e.body);
    return returned;
  }
  if (ts.isIdentifier(e)) {
    if (e.text === 'undefined') return [];
    const initializer = seen.has(e.text) ? undefined : constInitializer(e);
    if (initializer) return piecesOf(initializer, new Set([...seen, e.text]));
  }
  if (ts.isObjectLiteralExpression(e)) {
    // A table of messages (`kindMessages[kind]`): every value is a message.
    return e.properties.flatMap((p) =>
      ts.isPropertyAssignment(p) ? piecesOf(p.initializer, seen) : [],
    );
  }
  if (ts.isElementAccessExpression(e) && ts.isIdentifier(e.expression)) {
    const table = constInitializer(e.expression);
    if (table) return piecesOf(table, seen);
  }
  return [{ unresolved: e }];
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** `z.object(…)`, `z.string().max(3)`: a schema, not a message. */
function isZodSchema(expression: ts.Expression): boolean {
  let at: ts.Expression = expression;
  for (;;) {
    if (ts.isCallExpression(at)) at = at.expression;
    else if (ts.isPropertyAccessExpression(at)) at = at.expression;
    else return ts.isIdentifier(at) && at.text === 'z';
  }
}

const isStringy = (node: ts.Node | undefined): node is ts.Expression =>
  node !== undefined && (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node));

/** An object literal that says why something is refused: `{ ok: false, reason, allowed }`. */
const isRefusal = (object: ts.Node): boolean =>
  ts.isObjectLiteralExpression(object) &&
  object.properties.some(
    (p) =>
      ts.isPropertyAssignment(p) &&
      ts.isIdentifier(p.name) &&
      p.name.text === 'ok' &&
      p.initializer.kind === ts.SyntaxKind.FalseKeyword,
  );

/** The message expressions of one file, with `new AppError('internal', …)` left out (never 4xx). */
function messageExpressions(file: ts.SourceFile): ts.Expression[] {
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && calleeName(node) === 'AppError' && node.arguments?.[1]) {
      const code = node.arguments[0];
      if (!(code && ts.isStringLiteral(code) && code.text === 'internal'))
        found.push(node.arguments[1]);
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const first = node.arguments[0];
      if (messageFirst.has(node.expression.text) && first) found.push(first);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const name = node.expression.name.text;
      const message = zodValueChecks.has(name)
        ? node.arguments[1]
        : zodPlainChecks.has(name)
          ? node.arguments[0]
          : undefined;
      if (isStringy(message)) found.push(message);
    }
    if (
      ts.isPropertyAssignment(node) &&
      (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) &&
      (node.name.text === 'error' || node.name.text === 'message') &&
      !ts.isObjectLiteralExpression(node.initializer) &&
      !isZodSchema(node.initializer)
    )
      found.push(node.initializer);
    // `{ field: 'notice', message }`: a message made just before, in a `const`.
    if (
      ts.isShorthandPropertyAssignment(node) &&
      (node.name.text === 'message' || node.name.text === 'error')
    )
      found.push(node.name);
    if (isRefusal(node) && ts.isObjectLiteralExpression(node)) {
      for (const p of node.properties) {
        if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'reason')
          found.push(p.initializer);
        if (ts.isShorthandPropertyAssignment(p) && p.name.text === 'reason') found.push(p.name);
      }
    }
    // `forbidden(message = 'You do not have access to this.')`: a default message.
    if (
      ts.isParameter(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'message' &&
      node.initializer
    )
      found.push(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The error messages of one source file. */
export function scanErrorMessages(fileName: string, source: string): FoundMessage[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const lineOf = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const found: FoundMessage[] = [];
  for (const expression of messageExpressions(file)) {
    for (const piece of piecesOf(expression)) {
      found.push(
        'shape' in piece
          ? { kind: 'text', file: fileName, line: lineOf(piece.at), shape: piece.shape }
          : {
              kind: 'unresolved',
              file: fileName,
              line: lineOf(piece.unresolved),
              expression: piece.unresolved.getText(file),
            },
      );
    }
  }
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'notFound' &&
      node.arguments[0]
    ) {
      const what = node.arguments[0];
      found.push(
        ts.isStringLiteralLike(what)
          ? { kind: 'not-found', file: fileName, line: lineOf(node), what: what.text }
          : {
              kind: 'unresolved',
              file: fileName,
              line: lineOf(node),
              expression: what.getText(file),
            },
      );
    }
    // `{ path: 'plan.insurer', label: 'insurer' }`: a fact a letter needs, named in a message.
    if (ts.isObjectLiteralExpression(node)) {
      const props = new Map(
        node.properties.flatMap((p) =>
          ts.isPropertyAssignment(p) && ts.isIdentifier(p.name)
            ? [[p.name.text, p.initializer]]
            : [],
        ),
      );
      const label = props.get('label');
      if (props.size === 2 && props.has('path') && label && ts.isStringLiteralLike(label))
        found.push({ kind: 'fact-label', file: fileName, line: lineOf(node), label: label.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * The source files the HTTP server can run: everything reached by value imports (not `import
 * type`) from the given roots. The CLI's commands and src/cli are not reached, so their
 * messages (which name flags, for a terminal) are not asked for in Spanish.
 */
export function reachableFiles(roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const stack = roots.map((root) => resolve(root));
  while (stack.length > 0) {
    const path = stack.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of file.statements) {
      const specifier =
        (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) ||
        (ts.isExportDeclaration(statement) && !statement.isTypeOnly)
          ? statement.moduleSpecifier
          : undefined;
      if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
      if (
        ts.isImportDeclaration(statement) &&
        statement.importClause &&
        !statement.importClause.name &&
        statement.importClause.namedBindings &&
        ts.isNamedImports(statement.importClause.namedBindings) &&
        statement.importClause.namedBindings.elements.every((element) => element.isTypeOnly)
      )
        continue;
      const target = join(dirname(path), specifier.text.replace(/\.js$/, '.ts'));
      if (existsSync(target)) stack.push(target);
      else if (existsSync(`${target}x`)) stack.push(`${target}x`);
    }
  }
  return [...seen].sort();
}

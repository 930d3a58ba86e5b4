/**
 * Every regular expression written in src/: regex literals, and `new RegExp(...)` /
 * `RegExp(...)` calls, found by parsing each source file with the TypeScript compiler, so
 * a pattern added anywhere is picked up without being registered by hand. A call whose
 * pattern is built at run time is listed as dynamic; its patterns are caught when built.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface FoundPattern { file: string; line: number; source: string; flags: string }
export interface DynamicSite { file: string; line: number; code: string }

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(?:ts|mts|cts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The string value of a constant expression, where it can be known without running code. */
function constantString(node: ts.Expression | undefined): string | null {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return constantString(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const a = constantString(node.left), b = constantString(node.right);
    return a !== null && b !== null ? a + b : null;
  }
  return null;
}

export function scanRegexes(srcDir: string): { patterns: FoundPattern[]; dynamic: DynamicSite[]; files: number } {
  const patterns: FoundPattern[] = [];
  const dynamic: DynamicSite[] = [];
  const files = sourceFiles(srcDir);
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const rel = path.relative(path.dirname(srcDir), file);
    const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    const visit = (n: ts.Node) => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = n.getText(sf);
        const cut = lit.lastIndexOf('/');
        patterns.push({ file: rel, line: lineOf(n), source: lit.slice(1, cut), flags: lit.slice(cut + 1) });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        const args = n.arguments ?? ts.factory.createNodeArray();
        const source = constantString(args[0]);
        const flags = args[1] ? constantString(args[1]) : '';
        if (source !== null && flags !== null) patterns.push({ file: rel, line: lineOf(n), source, flags });
        else dynamic.push({ file: rel, line: lineOf(n), code: n.getText(sf).slice(0, 160) });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { patterns, dynamic, files: files.length };
}

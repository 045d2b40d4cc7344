// Every regular-expression literal in a TypeScript source, found with the TypeScript parser (a regex and a
// division look alike to anything less), with its line, so a checker can name where a risky one sits.
// Patterns built at run time (new RegExp(`…${x}…`)) are not literals: they are listed separately by the
// caller's review and tested by input-size ratio instead.
import ts from "typescript";

export interface RegexLiteral { file: string; line: number; source: string; flags: string }

export function regexLiterals(file: string, code: string): RegexLiteral[] {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: RegexLiteral[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const end = text.lastIndexOf("/");
      found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, source: text.slice(1, end), flags: text.slice(end + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

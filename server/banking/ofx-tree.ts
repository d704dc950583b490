import { lineError } from "./import-error";

/**
 * A small reader for OFX bodies. OFX 1.x is SGML where leaf elements are not closed
 * (`<TRNAMT>-12.50` then a newline); OFX 2.x and QFX are XML where they are. Both reduce to one
 * rule: a tag followed by text is a leaf (its closing tag, if any, is skipped); a tag followed by
 * another tag opens an aggregate, closed by its end tag. Every node keeps its line for errors.
 */
export interface OfxNode {
  readonly name: string;
  readonly value: string | null;
  readonly children: OfxNode[];
  readonly line: number;
}

interface Token {
  readonly kind: "open" | "close" | "text";
  readonly text: string;
  readonly line: number;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith("#x") || entity.startsWith("#X")) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

function tokenize(body: string, firstLine: number): Token[] {
  const tokens: Token[] = [];
  let line = firstLine;
  let index = 0;
  while (index < body.length) {
    const open = body.indexOf("<", index);
    const textEnd = open < 0 ? body.length : open;
    if (textEnd > index) {
      const raw = body.slice(index, textEnd);
      const text = raw.trim();
      if (text !== "") tokens.push({ kind: "text", text: decodeEntities(text), line: line + countLines(raw.slice(0, raw.indexOf(text.charAt(0)))) });
      line += countLines(raw);
    }
    if (open < 0) break;
    if (body.startsWith("<!--", open) || body.startsWith("<?", open)) {
      const end = body.indexOf(body.startsWith("<!--", open) ? "-->" : "?>", open);
      if (end < 0) throw lineError(line, "unterminated comment or processing instruction", "invalid_ofx");
      line += countLines(body.slice(open, end));
      index = end + (body.startsWith("<!--", open) ? 3 : 2);
      continue;
    }
    const close = body.indexOf(">", open);
    if (close < 0) throw lineError(line, "a tag is not closed with '>'", "invalid_ofx");
    const tag = body.slice(open + 1, close).trim();
    if (!/^\/?[A-Za-z0-9._]+$/.test(tag)) throw lineError(line, `"<${tag}>" is not an OFX tag`, "invalid_ofx");
    tokens.push(tag.startsWith("/") ? { kind: "close", text: tag.slice(1).toUpperCase(), line } : { kind: "open", text: tag.toUpperCase(), line });
    line += countLines(body.slice(open, close));
    index = close + 1;
  }
  return tokens;
}

function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/** Builds the element tree under `<OFX>`; `firstLine` is the line where the body starts in the file. */
export function readOfxTree(body: string, firstLine: number): OfxNode {
  const tokens = tokenize(body, firstLine);
  const root: OfxNode = { name: "#ROOT", value: null, children: [], line: firstLine };
  const stack: OfxNode[] = [root];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const parent = stack[stack.length - 1] ?? root;
    if (token.kind === "text") throw lineError(token.line, `unexpected text "${token.text.slice(0, 30)}" outside an element`, "invalid_ofx");
    if (token.kind === "close") {
      const depth = stack.map((n) => n.name).lastIndexOf(token.text);
      if (depth <= 0) throw lineError(token.line, `</${token.text}> closes nothing that is open`, "invalid_ofx");
      stack.length = depth;
      continue;
    }
    const next = tokens[i + 1];
    if (next?.kind === "text") {
      parent.children.push({ name: token.text, value: next.text, children: [], line: token.line });
      i++;
      if (tokens[i + 1]?.kind === "close" && tokens[i + 1]?.text === token.text) i++;
    } else if (next?.kind === "close" && next.text === token.text) {
      parent.children.push({ name: token.text, value: "", children: [], line: token.line });
      i++;
    } else {
      const node: OfxNode = { name: token.text, value: null, children: [], line: token.line };
      parent.children.push(node);
      stack.push(node);
    }
  }
  return root;
}

/** All descendants named `name`, depth first. */
export function findAll(node: OfxNode, name: string): OfxNode[] {
  const found: OfxNode[] = [];
  const visit = (current: OfxNode) => {
    for (const child of current.children) {
      if (child.name === name) found.push(child);
      else visit(child);
    }
  };
  visit(node);
  return found;
}

/** The first direct child named `name`. */
export function child(node: OfxNode, name: string): OfxNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** A leaf child's text, or null when absent or empty. */
export function childValue(node: OfxNode, name: string): string | null {
  const value = child(node, name)?.value;
  return value === undefined || value === null || value === "" ? null : value;
}

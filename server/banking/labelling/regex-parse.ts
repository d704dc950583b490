/**
 * A small parser for JavaScript regular expression syntax, enough to reason about backtracking:
 * groups and alternatives, quantifiers, character sets (approximated on a sample alphabet of
 * ASCII plus a few non-ASCII characters), assertions and backreferences.
 */
const ALPHABET: readonly string[] = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), "\t", "\n", "\r", "é", "\u00a0", "中"];
export type CharSet = Uint8Array;

export type RegexNode =
  | { readonly kind: "chars"; readonly set: CharSet }
  | { readonly kind: "empty" }
  | { readonly kind: "group"; readonly alternatives: readonly (readonly RegexNode[])[]; readonly zeroWidth: boolean }
  | { readonly kind: "repeat"; readonly body: RegexNode; readonly min: number; readonly max: number }
  | { readonly kind: "backref" };

function setOf(predicate: (c: string) => boolean): CharSet {
  return Uint8Array.from(ALPHABET, (c) => (predicate(c) ? 1 : 0));
}
export const ALL = setOf(() => true);
const CLASSES: Record<string, (c: string) => boolean> = {
  d: (c) => /\d/.test(c),
  w: (c) => /\w/.test(c),
  s: (c) => /\s/.test(c),
};

/** Characters in either set. */
export function union(a: CharSet, b: CharSet): CharSet {
  return a.map((v, i) => v | (b[i] ?? 0));
}
/** Whether two sets share a character. */
export function intersects(a: CharSet, b: CharSet): boolean {
  return a.some((v, i) => v === 1 && b[i] === 1);
}

class Parser {
  private pos = 0;
  constructor(private readonly src: string, private readonly dotAll: boolean) {}

  parse(): RegexNode {
    const node = this.alternation(false);
    if (this.pos < this.src.length) throw new SyntaxError(`unexpected "${this.src[this.pos] ?? ""}"`);
    return node;
  }

  private alternation(zeroWidth: boolean): RegexNode {
    const alternatives: RegexNode[][] = [this.sequence()];
    while (this.src[this.pos] === "|") {
      this.pos++;
      alternatives.push(this.sequence());
    }
    return { kind: "group", alternatives, zeroWidth };
  }

  private sequence(): RegexNode[] {
    const nodes: RegexNode[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== "|" && this.src[this.pos] !== ")") {
      nodes.push(this.quantified(this.atom()));
    }
    return nodes;
  }

  private quantified(atom: RegexNode): RegexNode {
    const c = this.src[this.pos];
    let range: [number, number] | null = null;
    if (c === "*") range = [0, Infinity];
    else if (c === "+") range = [1, Infinity];
    else if (c === "?") range = [0, 1];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (m) {
        range = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === "" ? Infinity : Number(m[3])];
        this.pos += m[0].length - 1;
      }
    }
    if (range === null) return atom;
    this.pos++;
    if (this.src[this.pos] === "?") this.pos++;
    return { kind: "repeat", body: atom, min: range[0], max: range[1] };
  }

  private atom(): RegexNode {
    const c = this.src[this.pos++] ?? "";
    if (c === "(") {
      let zeroWidth = false;
      const rest = this.src.slice(this.pos);
      const prefix = /^\?(:|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(rest);
      if (prefix) {
        zeroWidth = ["=", "!", "<=", "<!"].includes(prefix[1] ?? "");
        this.pos += prefix[0].length;
      }
      const group = this.alternation(zeroWidth);
      if (this.src[this.pos] !== ")") throw new SyntaxError("unclosed group");
      this.pos++;
      return group;
    }
    if (c === "[") return { kind: "chars", set: this.characterClass() };
    if (c === "\\") return this.escape(false);
    if (c === ".") return { kind: "chars", set: setOf((ch) => this.dotAll || (ch !== "\n" && ch !== "\r")) };
    if (c === "^" || c === "$") return { kind: "empty" };
    return { kind: "chars", set: literal(c) };
  }

  private escape(inClass: boolean): RegexNode {
    const c = this.src[this.pos++] ?? "";
    const lower = c.toLowerCase();
    const cls = CLASSES[lower];
    if (cls) return { kind: "chars", set: setOf(c === lower ? cls : (ch) => !cls(ch)) };
    if (!inClass && (c === "b" || c === "B")) return { kind: "empty" };
    if (!inClass && (/[1-9]/.test(c) || (c === "k" && this.src[this.pos] === "<"))) return { kind: "backref" };
    if (c === "p" || c === "P") {
      const m = /^\{[^}]*\}/.exec(this.src.slice(this.pos));
      if (m) this.pos += m[0].length;
      return { kind: "chars", set: ALL };
    }
    const hex = /^(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]+\})/.exec(c + this.src.slice(this.pos));
    if (hex) {
      this.pos += hex[0].length - 1;
      const code = Number.parseInt(hex[0].replace(/[xu{}]/g, ""), 16);
      return { kind: "chars", set: literal(String.fromCodePoint(code)) };
    }
    const controls: Record<string, string> = { t: "\t", n: "\n", r: "\r", f: "\f", v: "\v", "0": "\0" };
    return { kind: "chars", set: literal(controls[c] ?? c) };
  }

  private characterClass(): CharSet {
    const negate = this.src[this.pos] === "^";
    if (negate) this.pos++;
    let set: CharSet = new Uint8Array(ALPHABET.length);
    while (this.pos < this.src.length && this.src[this.pos] !== "]") {
      const start = this.classAtom();
      if (start.single !== null && this.src[this.pos] === "-" && this.src[this.pos + 1] !== "]" && this.pos + 1 < this.src.length) {
        this.pos++;
        const end = this.classAtom();
        const [from, to] = [start.single.codePointAt(0) ?? 0, (end.single ?? "").codePointAt(0) ?? 0];
        set = union(set, setOf((ch) => inRange(ch, from, to)));
      } else {
        set = union(set, start.set);
      }
    }
    this.pos++;
    return negate ? set.map((v) => 1 - v) : set;
  }

  private classAtom(): { set: CharSet; single: string | null } {
    const c = this.src[this.pos++] ?? "";
    if (c !== "\\") return { set: literal(c), single: c };
    const node = this.escape(true);
    const set = node.kind === "chars" ? node.set : ALL;
    const members = ALPHABET.filter((_, i) => set[i] === 1);
    return { set, single: members.length <= 2 ? (members[0] ?? null) : null };
  }
}

function literal(c: string): CharSet {
  // Organisation patterns always run with the "i" flag.
  return setOf((ch) => ch.toLowerCase() === c.toLowerCase());
}

function inRange(ch: string, from: number, to: number): boolean {
  return [ch, ch.toLowerCase(), ch.toUpperCase()].some((v) => {
    const code = v.codePointAt(0) ?? -1;
    return code >= from && code <= to;
  });
}


/** Parses a pattern that `new RegExp` already accepted; throws SyntaxError on what it cannot follow. */
export function parseRegex(pattern: string, dotAll: boolean): RegexNode {
  return new Parser(pattern, dotAll).parse();
}

// The small part of Fluent the window needs: placeholders and selectors, as the
// `messages` command writes them (imr_i18n::window_text explains the subset):
//
//   Your packet will have { $pages } { $pages -> [one] page *[other] pages } ({ $size }).
//
// A variant key that is a number ([0], [1]) matches that number; a plural category
// ([one], [other]) matches a number by the language's plural rules (Intl.PluralRules);
// any other key ([yes], [decision]) matches a value with the same text. Nothing
// matches: the *[default] variant. A number written for people ("1,234") still chooses
// by its value. A placeholder without a value stays as `{ $name }`.
// No window or Tauri here, so a test can load it in Node.

const cache = new Map();

/** The parts of a message text: strings, { name } placeholders and
 *  { name, variants: [{ key, isDefault, parts }] } selectors. */
export function parse(text) {
  let parsed = cache.get(text);
  if (!parsed) {
    parsed = new Parser(text).pattern(false);
    cache.set(text, parsed);
  }
  return parsed;
}

class Parser {
  constructor(text) {
    this.s = text;
    this.i = 0;
  }

  at(str) {
    return this.s.startsWith(str, this.i);
  }

  expect(str) {
    if (!this.at(str)) throw new Error(`fluent: expected '${str}' at ${this.i} in ${this.s}`);
    this.i += str.length;
  }

  // Text and placeables up to the end, or (in a variant) up to the next variant or the
  // selector's closing brace.
  pattern(inVariant) {
    const parts = [];
    let text = "";
    while (this.i < this.s.length) {
      if (inVariant && (this.at(" [") || this.at(" *[") || this.at(" }"))) break;
      if (this.at("{")) {
        if (text) parts.push(text);
        text = "";
        parts.push(this.placeable());
      } else {
        text += this.s[this.i];
        this.i += 1;
      }
    }
    if (text) parts.push(text);
    return parts;
  }

  placeable() {
    const m = /^\{\s*\$([A-Za-z][\w-]*)\s*/.exec(this.s.slice(this.i));
    if (!m) {
      // Not a placeholder: keep the brace as text.
      this.i += 1;
      return "{";
    }
    this.i += m[0].length;
    const name = m[1];
    if (this.at("}")) {
      this.i += 1;
      return { name };
    }
    this.expect("->");
    const variants = [];
    for (;;) {
      if (this.at(" }")) {
        this.i += 2;
        break;
      }
      const isDefault = this.at(" *[");
      this.expect(isDefault ? " *[" : " [");
      const end = this.s.indexOf("]", this.i);
      if (end < 0) throw new Error(`fluent: no ']' in ${this.s}`);
      const key = this.s.slice(this.i, end);
      this.i = end + 1;
      this.expect(" ");
      variants.push({ key, isDefault, parts: this.pattern(true) });
    }
    return { name, variants };
  }
}

const pluralRules = new Map();

function category(locale, n) {
  if (!pluralRules.has(locale)) pluralRules.set(locale, new Intl.PluralRules(locale));
  return pluralRules.get(locale).select(n);
}

/** The number a value stands for (3, "3", "1,234"), or null. */
function numberOf(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "bigint") return Number(value);
  if (typeof value !== "string") return null;
  const digits = value.replace(/[\s,.\u00a0\u202f]/g, "");
  return /^-?\d+$/.test(digits) && /^-?\d/.test(value.trim()) ? Number(digits) : null;
}

function choose(variants, value, locale) {
  const has = value !== undefined && value !== null;
  const n = has ? numberOf(value) : null;
  const exact = has && variants.find((v) =>
    (/^-?\d+(\.\d+)?$/.test(v.key) ? n !== null && Number(v.key) === n : v.key === String(value)));
  if (exact) return exact;
  if (n !== null) {
    const cat = category(locale, n);
    const plural = variants.find((v) => v.key === cat);
    if (plural) return plural;
  }
  return variants.find((v) => v.isDefault) || variants[variants.length - 1];
}

function renderParts(parts, args, locale, out) {
  for (const part of parts) {
    if (typeof part === "string") {
      out.push(part);
    } else if (part.variants) {
      renderParts(choose(part.variants, args[part.name], locale).parts, args, locale, out);
    } else if (Object.prototype.hasOwnProperty.call(args, part.name)) {
      out.push(String(args[part.name]));
    } else {
      out.push(`{ $${part.name} }`);
    }
  }
  return out;
}

/** A message text with its placeholders filled from `args` and its selectors chosen,
 *  for `locale` (Messages::locale, from Rust). */
export function format(text, args, locale) {
  return renderParts(parse(text), args || {}, locale, []).join("");
}

import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern2, start) => {
      const { length } = pattern2;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern2[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern2[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern2[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern2[index + 1] !== "]") {
          index++;
          let to = pattern2[index];
          if (to === ESCAPE) {
            to = pattern2[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern2[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern2[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern2[end - 1] === ":") {
            const name = pattern2.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern2[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern2) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern2;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern2[index];
        if (char === ESCAPE) {
          const escaped = pattern2[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern2.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern2, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern2) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern2) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str2) => index + 6 < str2.length ? str2.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern2) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern2)) {
        pattern2 = "**";
      }
      const { source, sources } = extractBrackets(pattern2);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern2);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern2)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path2) => {
      const end = path2.length - 1;
      const index = path2.lastIndexOf(
        SLASH,
        path2[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path2 : path2.slice(index + 1);
    };
    var parentOf = (path2) => {
      if (path2.charCodeAt(0) === SLASH_CODE || path2.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path2.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path2.length - 1;
      const cut = path2.lastIndexOf(
        SLASH,
        path2.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path2.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern2) => pattern2 && isString(pattern2);
    var splitPattern = (pattern2) => (pattern2[pattern2.length - 1] === "\r" ? pattern2.slice(0, -1) : pattern2).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern2, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern2;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str2 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex2 = this.ignoreCase ? new RegExp(str2, "i") : new RegExp(str2);
        return define(this, key, regex2);
      }
    };
    var hasTrailingBackslash = (str2) => {
      let count = 0;
      while (str2[str2.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern2, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern2[0] === BOM ? pattern2.slice(1) : pattern2;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern2,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern2, index) {
        if (pattern2 && pattern2[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern2._rules._rules);
          this._basenameCount += pattern2._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern2);
        const raw = isStr ? pattern2 : pattern2.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern2.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern2) {
        this._added = false;
        this._split = isString(pattern2);
        this._stripBOM = !this._split || pattern2[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern2) : pattern2
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path2) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path2)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path2, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path2) : path2;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path2
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path2, originalPath, doThrow) => {
      if (!isString(path2)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path2) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path2)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path2) => {
      const first = path2.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path2.length === 1) {
        return true;
      }
      const second = path2.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path2.length === 2 || path2.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern2) {
        if (this._rules.add(pattern2)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern2) {
        return this.add(pattern2);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path2) {
        checkPath(
          path2,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path2 ? this._t(path2, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path2 = convertPath(target);
        if (!path2 || path2.charCodeAt(path2.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path2);
        }
        const dir = this._t(path2, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path2);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path2, cache) {
        if (path2 in cache) {
          return cache[path2];
        }
        const parentPath = parentOf(path2);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path2] = parent && parent.ignored ? parent : this._rules.test(path2, MODE_IGNORE);
      }
      ignores(path2) {
        return this._test(path2, this._ignoreCache, convertPath(path2)).ignored;
      }
      createFilter() {
        return (path2) => !this.ignores(path2);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path2) {
        return this._test(path2, this._testCache, convertPath(path2));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path2) => checkPath(convertPath(path2), path2, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str2) => /^\\\\\?\\/.test(str2) || /["<>|\u0000-\u001F]+/u.test(str2) ? str2 : str2.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path2) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path2) || isNotRelative(path2);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode2;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error2) {
            onError(String(error2));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error2 = new Error("Failed to resolve repeated object (this should not happen)");
              error2.source = source;
              throw error2;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str2 += json2.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str2 += json2.slice(start, i);
                const code = json2.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json2.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json2.slice(start, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json2[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json2.slice(start) : json2;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning2) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning2);
        else
          console.warn(warning2);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool2 = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool2.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error2) => {
      if (error2.pos[0] === -1)
        return;
      error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error2.linePos[0];
      error2.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error2.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error2.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error2 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error2 === -1)
            error2 = offset + i;
        }
      }
      if (error2 !== -1)
        onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error2) {
        const msg = error2 instanceof Error ? error2.message : String(error2);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error2) {
            const message = error2 instanceof Error ? error2.message : String(error2);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning2) => {
          const pos = getErrorPos(source);
          if (warning2)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning2) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning2);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error2 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error2);
            else
              this.doc.errors.push(error2);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      const parent = visit.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error2) {
        const token = error2 ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning2) => log.warn(doc.options.logLevel, warning2));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/ipaddr.js/lib/ipaddr.js
var require_ipaddr = __commonJS({
  "node_modules/ipaddr.js/lib/ipaddr.js"(exports, module) {
    (function(root) {
      "use strict";
      const ipv4Part = "(0?\\d+|0x[a-f0-9]+)";
      const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, "i"),
        longValue: new RegExp(`^${ipv4Part}$`, "i")
      };
      const octalRegex = new RegExp(`^0[0-7]+$`, "i");
      const hexRegex = new RegExp(`^0x[a-f0-9]+$`, "i");
      const zoneIndex = "%[0-9a-z]{1,}";
      const ipv6Part = "(?:[0-9a-f]+::?)+";
      const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, "i"),
        "native": new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, "i"),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, "i"),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, "i")
      };
      function expandIPv6(string, parts) {
        if (string.indexOf("::") !== string.lastIndexOf("::")) {
          return null;
        }
        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;
        if (zoneId) {
          zoneId = zoneId.substring(1);
          string = string.replace(/%.+$/, "");
        }
        while ((lastColon = string.indexOf(":", lastColon + 1)) >= 0) {
          colonCount++;
        }
        if (string.substr(0, 2) === "::") {
          colonCount--;
        }
        if (string.substr(-2, 2) === "::") {
          colonCount--;
        }
        if (colonCount >= parts) {
          return null;
        }
        replacementCount = parts - colonCount;
        replacement = ":";
        while (replacementCount--) {
          replacement += "0:";
        }
        string = string.replace("::", replacement);
        if (string[0] === ":") {
          string = string.slice(1);
        }
        if (string[string.length - 1] === ":") {
          string = string.slice(0, -1);
        }
        parts = (function() {
          const ref = string.split(":");
          const results = [];
          for (let i = 0; i < ref.length; i++) {
            results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
          }
          return results;
        })();
        return {
          parts,
          zoneId
        };
      }
      function matchCIDR(first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
          throw new Error("ipaddr: cannot match CIDR for objects with different lengths");
        }
        let part = 0;
        let shift;
        while (cidrBits > 0) {
          shift = partSize - cidrBits;
          if (shift < 0) {
            shift = 0;
          }
          if (first[part] >> shift !== second[part] >> shift) {
            return false;
          }
          cidrBits -= partSize;
          part += 1;
        }
        return true;
      }
      function parseIntAuto(string) {
        if (hexRegex.test(string)) {
          return parseInt(string, 16);
        }
        if (string[0] === "0" && !isNaN(parseInt(string[1], 10))) {
          if (octalRegex.test(string)) {
            return parseInt(string, 8);
          }
          throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        return parseInt(string, 10);
      }
      function padPart(part, length) {
        while (part.length < length) {
          part = `0${part}`;
        }
        return part;
      }
      const ipaddr2 = {};
      ipaddr2.IPv4 = (function() {
        function IPv4(octets) {
          if (octets.length !== 4) {
            throw new Error("ipaddr: ipv4 octet count should be 4");
          }
          let i, octet;
          for (i = 0; i < octets.length; i++) {
            octet = octets[i];
            if (!(0 <= octet && octet <= 255)) {
              throw new Error("ipaddr: ipv4 octet should fit in 8 bits");
            }
          }
          this.octets = octets;
        }
        IPv4.prototype.SpecialRanges = {
          unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
          broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
          // RFC3171
          multicast: [[new IPv4([224, 0, 0, 0]), 4]],
          // RFC3927
          linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
          // RFC5735
          loopback: [[new IPv4([127, 0, 0, 0]), 8]],
          // RFC6598
          carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
          // RFC1918
          "private": [
            [new IPv4([10, 0, 0, 0]), 8],
            [new IPv4([172, 16, 0, 0]), 12],
            [new IPv4([192, 168, 0, 0]), 16]
          ],
          // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
          reserved: [
            [new IPv4([192, 0, 0, 0]), 24],
            [new IPv4([192, 0, 2, 0]), 24],
            [new IPv4([192, 88, 99, 0]), 24],
            [new IPv4([198, 18, 0, 0]), 15],
            [new IPv4([198, 51, 100, 0]), 24],
            [new IPv4([203, 0, 113, 0]), 24],
            [new IPv4([240, 0, 0, 0]), 4]
          ],
          // RFC7534, RFC7535
          as112: [
            [new IPv4([192, 175, 48, 0]), 24],
            [new IPv4([192, 31, 196, 0]), 24]
          ],
          // RFC7450
          amt: [
            [new IPv4([192, 52, 193, 0]), 24]
          ]
        };
        IPv4.prototype.kind = function() {
          return "ipv4";
        };
        IPv4.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv4") {
            throw new Error("ipaddr: cannot match ipv4 address with non-ipv4 one");
          }
          return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };
        IPv4.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 8,
            128: 7,
            192: 6,
            224: 5,
            240: 4,
            248: 3,
            252: 2,
            254: 1,
            255: 0
          };
          let i, octet, zeros;
          for (i = 3; i >= 0; i -= 1) {
            octet = this.octets[i];
            if (octet in zerotable) {
              zeros = zerotable[octet];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 8) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 32 - cidr;
        };
        IPv4.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv4.prototype.toByteArray = function() {
          return this.octets.slice(0);
        };
        IPv4.prototype.toIPv4MappedAddress = function() {
          return ipaddr2.IPv6.parse(`::ffff:${this.toString()}`);
        };
        IPv4.prototype.toNormalizedString = function() {
          return this.toString();
        };
        IPv4.prototype.toString = function() {
          return this.octets.join(".");
        };
        return IPv4;
      })();
      ipaddr2.IPv4.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.isIPv4 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv4.isValid = function(string) {
        try {
          new this(this.parser(string));
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDR = function(string) {
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidFourPartDecimal = function(string) {
        if (ipaddr2.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
          return true;
        } else {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDRFourPartDecimal = function(string) {
        const match = string.match(/^(.+)\/(\d+)$/);
        if (!ipaddr2.IPv4.isValidCIDR(string) || !match) {
          return false;
        }
        return ipaddr2.IPv4.isValidFourPartDecimal(match[1]);
      };
      ipaddr2.IPv4.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.parse = function(string) {
        const parts = this.parser(string);
        if (parts === null) {
          throw new Error("ipaddr: string is not formatted like an IPv4 Address");
        }
        return new this(parts);
      };
      ipaddr2.IPv4.parseCIDR = function(string) {
        let match;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          const maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 32) {
            const parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv4 CIDR range");
      };
      ipaddr2.IPv4.parser = function(string) {
        let match, part, value;
        if (match = string.match(ipv4Regexes.fourOctet)) {
          return (function() {
            const ref = match.slice(1, 6);
            const results = [];
            for (let i = 0; i < ref.length; i++) {
              part = ref[i];
              results.push(parseIntAuto(part));
            }
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.longValue)) {
          value = parseIntAuto(match[1]);
          if (value > 4294967295 || value < 0) {
            throw new Error("ipaddr: address outside defined range");
          }
          return (function() {
            const results = [];
            let shift;
            for (shift = 0; shift <= 24; shift += 8) {
              results.push(value >> shift & 255);
            }
            return results;
          })().reverse();
        } else if (match = string.match(ipv4Regexes.twoOctet)) {
          return (function() {
            const ref = match.slice(1, 4);
            const results = [];
            value = parseIntAuto(ref[1]);
            if (value > 16777215 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(value >> 16 & 255);
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.threeOctet)) {
          return (function() {
            const ref = match.slice(1, 5);
            const results = [];
            value = parseIntAuto(ref[2]);
            if (value > 65535 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(parseIntAuto(ref[1]));
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else {
          return null;
        }
      };
      ipaddr2.IPv4.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
          throw new Error("ipaddr: invalid IPv4 prefix length");
        }
        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 4) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.IPv6 = (function() {
        function IPv6(parts, zoneId) {
          let i, part;
          if (parts.length === 16) {
            this.parts = [];
            for (i = 0; i <= 14; i += 2) {
              this.parts.push(parts[i] << 8 | parts[i + 1]);
            }
          } else if (parts.length === 8) {
            this.parts = parts;
          } else {
            throw new Error("ipaddr: ipv6 part count should be 8 or 16");
          }
          for (i = 0; i < this.parts.length; i++) {
            part = this.parts[i];
            if (!(0 <= part && part <= 65535)) {
              throw new Error("ipaddr: ipv6 part should fit in 16 bits");
            }
          }
          if (zoneId) {
            this.zoneId = zoneId;
          }
        }
        IPv6.prototype.SpecialRanges = {
          // RFC4291, here and after
          unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
          linkLocal: [new IPv6([65152, 0, 0, 0, 0, 0, 0, 0]), 10],
          multicast: [new IPv6([65280, 0, 0, 0, 0, 0, 0, 0]), 8],
          loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
          uniqueLocal: [new IPv6([64512, 0, 0, 0, 0, 0, 0, 0]), 7],
          ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 65535, 0, 0]), 96],
          // RFC3879
          deprecatedSiteLocal: [new IPv6([65216, 0, 0, 0, 0, 0, 0, 0]), 10],
          // RFC6666
          discard: [new IPv6([256, 0, 0, 0, 0, 0, 0, 0]), 64],
          // RFC6145
          rfc6145: [new IPv6([0, 0, 0, 0, 65535, 0, 0, 0]), 96],
          rfc6052: [
            // RFC6052
            [new IPv6([100, 65435, 0, 0, 0, 0, 0, 0]), 96],
            // RFC8215
            [new IPv6([100, 65435, 1, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC3056
          "6to4": [new IPv6([8194, 0, 0, 0, 0, 0, 0, 0]), 16],
          // RFC6052, RFC6146
          teredo: [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 32],
          // RFC5180
          benchmarking: [new IPv6([8193, 2, 0, 0, 0, 0, 0, 0]), 48],
          // RFC7450
          amt: [new IPv6([8193, 3, 0, 0, 0, 0, 0, 0]), 32],
          as112v6: [
            // RFC7535
            [new IPv6([8193, 4, 274, 0, 0, 0, 0, 0]), 48],
            // RFC7534
            [new IPv6([9760, 79, 32768, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC4843
          deprecatedOrchid: [new IPv6([8193, 16, 0, 0, 0, 0, 0, 0]), 28],
          // RFC7343
          orchid2: [new IPv6([8193, 32, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9374
          droneRemoteIdProtocolEntityTags: [new IPv6([8193, 48, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9602
          segmentRouting: [new IPv6([24320, 0, 0, 0, 0, 0, 0, 0]), 16],
          reserved: [
            // RFC3849
            [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 23],
            // RFC2928
            [new IPv6([8193, 3512, 0, 0, 0, 0, 0, 0]), 32],
            // RFC9637
            [new IPv6([16383, 0, 0, 0, 0, 0, 0, 0]), 20]
          ]
        };
        IPv6.prototype.isIPv4MappedAddress = function() {
          return this.range() === "ipv4Mapped";
        };
        IPv6.prototype.kind = function() {
          return "ipv6";
        };
        IPv6.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv6") {
            throw new Error("ipaddr: cannot match ipv6 address with non-ipv6 one");
          }
          return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };
        IPv6.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 16,
            32768: 15,
            49152: 14,
            57344: 13,
            61440: 12,
            63488: 11,
            64512: 10,
            65024: 9,
            65280: 8,
            65408: 7,
            65472: 6,
            65504: 5,
            65520: 4,
            65528: 3,
            65532: 2,
            65534: 1,
            65535: 0
          };
          let part, zeros;
          for (let i = 7; i >= 0; i -= 1) {
            part = this.parts[i];
            if (part in zerotable) {
              zeros = zerotable[part];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 16) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 128 - cidr;
        };
        IPv6.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv6.prototype.toByteArray = function() {
          let part;
          const bytes = [];
          const ref = this.parts;
          for (let i = 0; i < ref.length; i++) {
            part = ref[i];
            bytes.push(part >> 8);
            bytes.push(part & 255);
          }
          return bytes;
        };
        IPv6.prototype.toFixedLengthString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(padPart(this.parts[i].toString(16), 4));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toIPv4Address = function() {
          if (!this.isIPv4MappedAddress()) {
            throw new Error("ipaddr: trying to convert a generic ipv6 address to ipv4");
          }
          const ref = this.parts.slice(-2);
          const high = ref[0];
          const low = ref[1];
          return new ipaddr2.IPv4([high >> 8, high & 255, low >> 8, low & 255]);
        };
        IPv6.prototype.toNormalizedString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(this.parts[i].toString(16));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toRFC5952String = function() {
          const regex2 = /((^|:)(0(:|$)){2,})/g;
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          const normalized = this.toNormalizedString();
          const string = normalized.slice(0, normalized.length - suffix.length);
          let bestMatchIndex = 0;
          let bestMatchLength = -1;
          let bestMatchGroups = -1;
          let match;
          while (match = regex2.exec(string)) {
            const groups = (match[0].match(/0/g) || []).length;
            if (groups > bestMatchGroups) {
              bestMatchGroups = groups;
              bestMatchIndex = match.index;
              bestMatchLength = match[0].length;
            }
          }
          if (bestMatchLength < 0) {
            return string + suffix;
          }
          return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };
        IPv6.prototype.toString = function() {
          return this.toRFC5952String();
        };
        return IPv6;
      })();
      ipaddr2.IPv6.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.isIPv6 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv6.isValid = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          const addr = this.parser(string);
          new this(addr.parts, addr.zoneId);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.isValidCIDR = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.parse = function(string) {
        const addr = this.parser(string);
        if (addr === null) {
          throw new Error("ipaddr: string is not formatted like an IPv6 Address");
        }
        return new this(addr.parts, addr.zoneId);
      };
      ipaddr2.IPv6.parseCIDR = function(string) {
        let maskLength, match, parsed;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 128) {
            parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv6 CIDR range");
      };
      ipaddr2.IPv6.parser = function(string) {
        let addr, i, match, octet, octets, zoneId;
        if (match = string.match(ipv6Regexes.deprecatedTransitional)) {
          return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
          return expandIPv6(string, 8);
        }
        if (match = string.match(ipv6Regexes.transitional)) {
          zoneId = match[6] || "";
          addr = match[1];
          if (!match[1].endsWith("::")) {
            addr = addr.slice(0, -1);
          }
          addr = expandIPv6(addr + zoneId, 6);
          if (addr && addr.parts) {
            octets = [
              parseInt(match[2]),
              parseInt(match[3]),
              parseInt(match[4]),
              parseInt(match[5])
            ];
            for (i = 0; i < octets.length; i++) {
              octet = octets[i];
              if (!(0 <= octet && octet <= 255)) {
                return null;
              }
            }
            addr.parts.push(octets[0] << 8 | octets[1]);
            addr.parts.push(octets[2] << 8 | octets[3]);
            return {
              parts: addr.parts,
              zoneId: addr.zoneId
            };
          }
        }
        return null;
      };
      ipaddr2.IPv6.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
          throw new Error("ipaddr: invalid IPv6 prefix length");
        }
        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 16) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.fromByteArray = function(bytes) {
        const length = bytes.length;
        if (length === 4) {
          return new ipaddr2.IPv4(bytes);
        } else if (length === 16) {
          return new ipaddr2.IPv6(bytes);
        } else {
          throw new Error("ipaddr: the binary input is neither an IPv6 nor IPv4 address");
        }
      };
      ipaddr2.isValid = function(string) {
        return ipaddr2.IPv6.isValid(string) || ipaddr2.IPv4.isValid(string);
      };
      ipaddr2.isValidCIDR = function(string) {
        return ipaddr2.IPv6.isValidCIDR(string) || ipaddr2.IPv4.isValidCIDR(string);
      };
      ipaddr2.parse = function(string) {
        if (ipaddr2.IPv6.isValid(string)) {
          return ipaddr2.IPv6.parse(string);
        } else if (ipaddr2.IPv4.isValid(string)) {
          return ipaddr2.IPv4.parse(string);
        } else {
          throw new Error("ipaddr: the address has neither IPv6 nor IPv4 format");
        }
      };
      ipaddr2.parseCIDR = function(string) {
        try {
          return ipaddr2.IPv6.parseCIDR(string);
        } catch {
          try {
            return ipaddr2.IPv4.parseCIDR(string);
          } catch (e) {
            throw new Error("ipaddr: the address has neither IPv6 nor IPv4 CIDR format", { cause: e });
          }
        }
      };
      ipaddr2.process = function(string) {
        const addr = this.parse(string);
        if (addr.kind() === "ipv6" && addr.isIPv4MappedAddress()) {
          return addr.toIPv4Address();
        } else {
          return addr;
        }
      };
      ipaddr2.subnetMatch = function(address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;
        if (defaultName === void 0 || defaultName === null) {
          defaultName = "unicast";
        }
        for (rangeName in rangeList) {
          if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
            rangeSubnets = rangeList[rangeName];
            if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
              rangeSubnets = [rangeSubnets];
            }
            for (i = 0; i < rangeSubnets.length; i++) {
              subnet = rangeSubnets[i];
              if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                return rangeName;
              }
            }
          }
        }
        return defaultName;
      };
      if (typeof module !== "undefined" && module.exports) {
        module.exports = ipaddr2;
      } else {
        root.ipaddr = ipaddr2;
      }
    })(exports);
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str2(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str2;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str2`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error2) {
        super();
        this.error = error2;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error2) {
        super();
        this.error = error2;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error2 = this.name("e");
          this._currNode = node.catch = new Catch(error2);
          catchCode(error2);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error2) {
        return this._leafNode(new Throw(error2));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES2) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES2.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str2) {
      return unescapeJsonPointer(decodeURIComponent(str2));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str2) {
      return encodeURIComponent(escapeJsonPointer(str2));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str2) {
      if (typeof str2 == "number")
        return `${str2}`;
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str2) {
      return str2.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors2 = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error2 = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error2, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error2 = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error2, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error2, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error2, errorPaths);
    }
    function errorObject(cxt, error2, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error2, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern2) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern2, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern2}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors2();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate2 = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate2);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str2) {
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors2();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES: RULES2 } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES2))) {
        gen.block(() => keywordCode(it, "$ref", RULES2.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES2.rules)
          groupKeywords(group);
        groupKeywords(RULES2.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env3) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env3.schema == "object")
          schema = env3.schema;
        this.schema = env3.schema;
        this.schemaId = env3.schemaId;
        this.root = env3.root || this;
        this.baseId = (_a = env3.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env3.schemaId || "$id"]);
        this.schemaPath = env3.schemaPath;
        this.localRefs = env3.localRefs;
        this.meta = env3.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate2 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate2 });
        validate2.errors = null;
        validate2.schema = sch.schema;
        validate2.schemaEnv = sch;
        if (sch.$async)
          validate2.$async = true;
        if (this.opts.code.source === true) {
          validate2.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate2.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate2.source)
            validate2.source.evaluated = (0, codegen_1.stringify)(validate2.evaluated);
        }
        sch.validate = validate2;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve5.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve5(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env3;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env3 = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env3 = env3 || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env3.schema !== env3.root.schema)
        return env3;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str2, token) {
      let ind = 0;
      for (let i = 0; i < str2.length; i++) {
        if (str2[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path2) {
      let input = path2;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path2) {
      if (path2 === "" || path2[0] === "/") {
        return removeDotSegments(path2);
      }
      const segments = path2.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path2 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path2 && path2 !== "/" ? path2 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve5(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative3, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative3 = parse(serialize(relative3, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative3.scheme) {
        target.scheme = relative3.scheme;
        target.userinfo = relative3.userinfo;
        target.host = relative3.host;
        target.port = relative3.port;
        target.path = removeDotSegments(relative3.path || "");
        target.query = relative3.query;
      } else {
        if (relative3.userinfo !== void 0 || relative3.host !== void 0 || relative3.port !== void 0) {
          target.userinfo = relative3.userinfo;
          target.host = relative3.host;
          target.port = relative3.port;
          target.path = removeDotSegments(relative3.path || "");
          target.query = relative3.query;
        } else {
          if (!relative3.path) {
            target.path = base.path;
            if (relative3.query !== void 0) {
              target.query = relative3.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative3.path[0] === "/") {
              target.path = removeDotSegments(relative3.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative3.path;
              } else if (!base.path) {
                target.path = relative3.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative3.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative3.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative3.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region2 = introducerMatch[1];
        const normalizedRegion = region2.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region2.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve5,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str2, flags) => new RegExp(str2, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES: RULES2 } = this;
        delete RULES2.keywords[keyword];
        delete RULES2.all[keyword];
        for (const group of RULES2.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format2) {
        if (typeof format2 == "string")
          format2 = new RegExp(format2);
        this.formats[name] = format2;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text2, msg) => text2 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex2) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex2 || regex2.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format2 = this.opts.formats[name];
        if (format2)
          this.addFormat(name, format2);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES: RULES2 } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES2.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES: RULES2 } = this;
      let ruleGroup = post ? RULES2.post : RULES2.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES2.rules.push(ruleGroup);
      }
      RULES2.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES2.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env3, validateName, opts, self } = it;
        const { root } = env3;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env3 === root)
            return callRef(cxt, validateName, env3, env3.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env3, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env3.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error2 = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error2 = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error2 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error2 = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error2 = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error2 = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error: error2,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error2 = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error: error2,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error: error2,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error2 = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error: error2,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format2 = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format2, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format2, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format2}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format2}(${data}) : ${format2}(${data}))` : (0, codegen_1._)`${format2}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format2} == "function" ? ${callFormat} : ${format2}.test(${data}))`;
            return (0, codegen_1._)`${format2} && ${format2} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format2, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format2 == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format2 = [format_1.default];
    exports.default = format2;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error: error2,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv;
    module.exports = exports = Ajv;
    module.exports.Ajv = Ajv;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/irregular-plurals/irregular-plurals.json
var require_irregular_plurals = __commonJS({
  "node_modules/irregular-plurals/irregular-plurals.json"(exports, module) {
    module.exports = {
      addendum: "addenda",
      aircraft: "aircraft",
      alga: "algae",
      alumna: "alumnae",
      alumnus: "alumni",
      alveolus: "alveoli",
      amoeba: "amoebae",
      analysis: "analyses",
      antenna: "antennae",
      antithesis: "antitheses",
      apex: "apices",
      appendix: "appendices",
      automaton: "automata",
      axis: "axes",
      bacillus: "bacilli",
      bacterium: "bacteria",
      baculum: "bacula",
      barracks: "barracks",
      basis: "bases",
      beau: "beaux",
      bison: "bison",
      buffalo: "buffalo",
      bureau: "bureaus",
      cactus: "cacti",
      calf: "calves",
      carcinoma: "carcinomata",
      carp: "carp",
      census: "censuses",
      chassis: "chassis",
      cherub: "cherubim",
      child: "children",
      ch\u00E2teau: "ch\xE2teaus",
      cloaca: "cloacae",
      cod: "cod",
      codex: "codices",
      concerto: "concerti",
      consortium: "consortia",
      corpus: "corpora",
      crisis: "crises",
      criterion: "criteria",
      curriculum: "curricula",
      cystoma: "cystomata",
      datum: "data",
      deer: "deer",
      diagnosis: "diagnoses",
      die: "dice",
      dwarf: "dwarfs",
      echo: "echoes",
      elf: "elves",
      elk: "elk",
      ellipsis: "ellipses",
      embargo: "embargoes",
      emphasis: "emphases",
      erratum: "errata",
      "faux pas": "faux pas",
      fez: "fezes",
      firmware: "firmware",
      fish: "fish",
      focus: "foci",
      foot: "feet",
      formula: "formulae",
      fungus: "fungi",
      gallows: "gallows",
      genus: "genera",
      glomerulus: "glomeruli",
      goose: "geese",
      graffito: "graffiti",
      grouse: "grouse",
      half: "halves",
      hamulus: "hamuli",
      hero: "heroes",
      hippopotamus: "hippopotami",
      hoof: "hooves",
      hovercraft: "hovercraft",
      hypothesis: "hypotheses",
      iliac: "ilia",
      incubus: "incubi",
      index: "indices",
      interstitium: "interstitia",
      kakapo: "kakapo",
      knife: "knives",
      larva: "larvae",
      leaf: "leaves",
      libretto: "libretti",
      life: "lives",
      loaf: "loaves",
      loculus: "loculi",
      locus: "loci",
      louse: "lice",
      man: "men",
      matrix: "matrices",
      means: "means",
      measles: "measles",
      media: "media",
      medium: "media",
      memorandum: "memoranda",
      millennium: "millennia",
      minutia: "minutiae",
      moose: "moose",
      mouse: "mice",
      nebula: "nebulae",
      nemesis: "nemeses",
      neurosis: "neuroses",
      news: "news",
      nucleolus: "nucleoli",
      nucleus: "nuclei",
      oasis: "oases",
      occiput: "occipita",
      offspring: "offspring",
      omphalos: "omphaloi",
      opus: "opera",
      ovum: "ova",
      ox: "oxen",
      paralysis: "paralyses",
      parenthesis: "parentheses",
      person: "people",
      phenomenon: "phenomena",
      phylum: "phyla",
      pike: "pike",
      polyhedron: "polyhedra",
      potato: "potatoes",
      primus: "primi",
      prognosis: "prognoses",
      quiz: "quizzes",
      radius: "radii",
      referendum: "referenda",
      salmon: "salmon",
      scarf: "scarves",
      scrotum: "scrota",
      self: "selves",
      seminoma: "seminomata",
      series: "series",
      sheep: "sheep",
      shelf: "shelves",
      shrimp: "shrimp",
      simulacrum: "simulacra",
      soliloquy: "soliloquies",
      spacecraft: "spacecraft",
      species: "species",
      spectrum: "spectra",
      squid: "squid",
      stimulus: "stimuli",
      stratum: "strata",
      swine: "swine",
      syconium: "syconia",
      syllabus: "syllabi",
      symposium: "symposia",
      synopsis: "synopses",
      synthesis: "syntheses",
      tableau: "tableaus",
      testis: "testes",
      that: "those",
      thesis: "theses",
      thief: "thieves",
      this: "these",
      thrombus: "thrombi",
      tomato: "tomatoes",
      tooth: "teeth",
      torus: "tori",
      trout: "trout",
      tuna: "tuna",
      umbilicus: "umbilici",
      uterus: "uteri",
      vertebra: "vertebrae",
      vertex: "vertices",
      veto: "vetoes",
      vita: "vitae",
      vortex: "vortices",
      watercraft: "watercraft",
      wharf: "wharves",
      wife: "wives",
      wolf: "wolves",
      woman: "women"
    };
  }
});

// node_modules/irregular-plurals/index.js
var require_irregular_plurals2 = __commonJS({
  "node_modules/irregular-plurals/index.js"(exports, module) {
    "use strict";
    var irregularPlurals2 = require_irregular_plurals();
    module.exports = new Map(Object.entries(irregularPlurals2));
  }
});

// node_modules/eslint-rule-docs/plugins.json
var require_plugins = __commonJS({
  "node_modules/eslint-rule-docs/plugins.json"(exports, module) {
    module.exports = {
      "10x": {
        repository: "https://github.com/JonnyBurger/eslint-plugin-10x"
      },
      "66nao": {
        repository: "https://github.com/66nao/eslint-glugin-66nao"
      },
      "6river": {
        repository: "https://github.com/6RiverSystems/eslint-plugin-6river"
      },
      "7g": {
        repository: "https://github.com/7Geese/eslint-plugin-7g"
      },
      "@-k/eslint-plugin": {
        repository: "https://github.com/AdrieanKhisbe/my-node-libraries"
      },
      "@0x706b/eslint-plugin-align-assignments": {
        repository: "https://github.com/0x706b/eslint-plugin-align-assignments"
      },
      "@0y0/eslint-plugin-react": {
        repository: "https://github.com/o0y0o/f2e-dev-toolkit"
      },
      "@10stars/eslint-plugin-react-hooks": {
        repository: "https://github.com/facebook/react"
      },
      "@10up/eslint-plugin": {
        repository: "https://github.com/10up/10up-toolkit"
      },
      "@18f/eslint-plugin-identity": {
        repository: "https://github.com/18f/identity-idp"
      },
      "@20minutes/eslint-plugin-graphql": {
        repository: "https://github.com/20minutes/eslint-plugin-graphql"
      },
      "@2chevskii/eslint-plugin-putout": {
        repository: "https://github.com/2chevskii/eslint-plugin-putout"
      },
      "@4dvn-hieu/eslint-plugin-dollar-sign": {
        repository: "https://github.com/erikdesjardins/eslint-plugin-dollar-sign"
      },
      "@6river/eslint-plugin-6river": {
        repository: "https://github.com/6RiverSystems/eslint-plugin-6river"
      },
      "@aarondewes/wp-eslint-plugin": {
        repository: "https://github.com/AaronDewes/gutenberg"
      },
      "@acmecryptocorp/eslint-plugin": {
        repository: "https://github.com/acmecryptocorp/eslint-plugin"
      },
      "@adalo/eslint-plugin-axios": {
        repository: "https://github.com/AdaloHQ/eslint"
      },
      "@adnovum-eslint/eslint-plugin": {
        repository: "https://github.com/npm/security-holder"
      },
      "@aereal/eslint-plugin-react-type-safe-render": {
        repository: "https://github.com/aereal/react-type-safe-render"
      },
      "@aiou/eslint-plugin-analyze": {
        repository: "https://github.com/JiangWeixian/templates"
      },
      "@aiou/eslint-plugin-progress": {
        repository: "https://github.com/JiangWeixian/eslint-config"
      },
      "@akphi/eslint-plugin": {
        repository: "https://github.com/akphi/config-tester"
      },
      "@alasdair/eslint-plugin-max-len": {
        repository: "https://github.com/alasdairhurst/eslint-plugin-max-len"
      },
      "@alexrafael10/eslint-plugin-prettier-vue": {
        repository: "https://github.com/alexrafael10/eslint-plugin-prettier-vue"
      },
      "@alexreardon/eslint-plugin-react-hooks": {
        repository: "https://github.com/facebook/react"
      },
      "@alibaba-aero/eslint-plugin-json": {
        repository: "https://github.com/azeemba/eslint-plugin-json"
      },
      "@alixfachin/eslint-plugin-riotjs": {
        repository: "https://github.com/AlixFachin/eslint-plugin-riotjs"
      },
      "@alongvili/eslint-plugin-remix": {
        repository: "https://github.com/AlonGvili/eslint-plugin-remix"
      },
      "@americanexpress/eslint-plugin-one-app": {
        repository: "https://github.com/americanexpress/one-app-cli"
      },
      "@aminya/eslint-plugin-only-warn": {
        repository: "https://github.com/aminya/eslint-plugin-only-warn"
      },
      "@anansi/eslint-plugin": {
        repository: "https://github.com/ntucker/anansi"
      },
      "@andreyvolokitin/eslint-plugin-destructuring": {
        repository: "https://github.com/lukeapage/eslint-plugin-destructuring"
      },
      "@angelventura/eslint-plugin-ejs": {
        repository: "https://github.com/angelventura/eslint-plugin-ejs"
      },
      "@angular-eslint/eslint-plugin": {
        repository: "https://github.com/angular-eslint/angular-eslint"
      },
      "@angular-eslint/eslint-plugin-template": {
        repository: "https://github.com/angular-eslint/angular-eslint"
      },
      "@angular-ru/eslint-plugin-enterprise": {
        repository: "https://github.com/Angular-RU/angular-ru-sdk"
      },
      "@anireact/eslint-plugin": {
        repository: "https://github.com/anireact/zc"
      },
      "@anshulsanghi/eslint-plugin-enforce-apollo-error-handling": {
        repository: "https://github.com/anshap1719/eslint-plugin-enforce-apollo-error-handling"
      },
      "@anshulsanghi/eslint-plugin-playwright": {
        repository: "https://github.com/anshap1719/eslint-plugin-playwright"
      },
      "@aortman/eslint-plugin-import": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "@applitools/eslint-plugin-compat": {
        repository: "https://github.com/applitools/eslint-plugin-compat"
      },
      "@appruut/eslint-plugin": {
        repository: "https://github.com/appruut/eslint-plugin"
      },
      "@appulate/eslint-plugin": {
        repository: "https://github.com/appulate/eslint-plugin-appulate"
      },
      "@arnaud-barre/eslint-plugin-custom": {
        repository: "https://github.com/ArnaudBarre/eslint-config"
      },
      "@arnaud-barre/eslint-plugin-local": {
        repository: "https://github.com/ArnaudBarre/eslint-config"
      },
      "@asbjorn/eslint-plugin-groq": {
        repository: "https://github.com/asbjornh/eslint-plugin-groq"
      },
      "@atlauncher/eslint-plugin-atlauncher": {
        repository: "https://github.com/ATLauncher/javascript"
      },
      "@augustaba/eslint-plugin": {
        repository: "https://github.com/augustaba/rider"
      },
      "@authing/eslint-plugin-nestjs": {
        repository: "https://github.com/Authing/eslint-plugin-nestjs"
      },
      "@autoguru/eslint-plugin": {
        repository: "https://github.com/autoguru-au/octane"
      },
      "@automattic/eslint-plugin-wpvip": {
        repository: "https://github.com/Automattic/eslint-config-wpvip"
      },
      "@avaly/eslint-plugin-import-order": {
        repository: "https://github.com/avaly/eslint-plugin-import-order"
      },
      "@babel/eslint-plugin": {
        repository: "https://github.com/babel/babel"
      },
      "@babel/eslint-plugin-development": {
        repository: "https://github.com/babel/babel"
      },
      "@bdwain/eslint-plugin-better-mutation": {
        repository: "https://github.com/sloops77/eslint-plugin-better-mutation"
      },
      "@beequeue/eslint-plugin": {
        repository: "https://github.com/BeeeQueue/eslint-plugin"
      },
      "@bel0v/eslint-plugin-deprecate": {
        repository: "https://github.com/AlexMost/eslint-plugin-deprecate"
      },
      "@bem-react/eslint-plugin": {
        repository: "https://github.com/bem/bem-react"
      },
      "@bentley/eslint-plugin": {
        repository: "https://github.com/imodeljs/imodeljs"
      },
      "@berlysia/generator-eslint-plugin": {
        repository: "https://github.com/berlysia/generator-eslint-plugin"
      },
      "@bernardmcmanus/eslint-plugin": {
        repository: "https://github.com/bernardmcmanus/standards"
      },
      "@bigcommerce/eslint-plugin": {
        repository: "https://github.com/bigcommerce/eslint-config"
      },
      "@bigtaddy/eslint-plugin-simple-import-sort": {
        repository: "https://github.com/bigtaddy/eslint-plugin-simple-import-sort"
      },
      "@bigtest/eslint-plugin": {
        repository: "https://github.com/thefrontside/bigtest"
      },
      "@binary64/eslint-plugin": {
        repository: "https://github.com/binary64/eslint-plugin"
      },
      "@bitassembly/eslint-plugin-import-alias": {
        repository: "https://github.com/jamsuu/eslint-plugin-import-alias"
      },
      "@bjervis/eslint-plugin-redundant-stack": {
        repository: "https://github.com/benjervis/eslint-plugin-redundant-stack"
      },
      "@bjervis/eslint-plugin-scoobie": {
        repository: "https://github.com/benjervis/eslint-plugin-scoobie"
      },
      "@black_hole/eslint-plugin": {
        repository: "https://github.com/netless-io/eslint-plugin"
      },
      "@black_hole/eslint-plugin-black_hole": {
        repository: "https://github.com/netless-io/eslint-plugin-netless"
      },
      "@black_hole/eslint-plugin-netless": {
        repository: "https://github.com/netless-io/eslint-plugin-netless"
      },
      "@blackflux/eslint-plugin-rules": {
        repository: "https://github.com/blackflux/eslint-plugin-rules"
      },
      "@bluecateng/eslint-plugin": {
        repository: "https://github.com/bluecatengineering/eslint-packages"
      },
      "@bluelovers/eslint-plugin": {
        repository: "https://github.com/bluelovers/ws-node-bluelovers"
      },
      "@blueprint-modernized/eslint-plugin": {
        repository: "https://github.com/palantir/blueprint"
      },
      "@blueprintjs/eslint-plugin": {
        repository: "https://github.com/palantir/blueprint"
      },
      "@blueprintjs/eslint-plugin-blueprint": {
        repository: "https://github.com/palantir/blueprint"
      },
      "@bo2kshelf/eslint-plugin": {
        repository: "https://github.com/bo2kshelf/eslint-plugin"
      },
      "@br/eslint-plugin-laws-of-the-game": {
        repository: "https://github.com/bleacherreport/eslint-plugin-laws-of-the-game"
      },
      "@breadhead/eslint-plugin-react-hooks": {
        repository: "https://github.com/breadhead/eslint-plugin-react-hooks"
      },
      "@breautek/eslint-plugin": {
        repository: "https://github.com/breautek/eslint-plugin"
      },
      "@brettz9/eslint-plugin": {
        repository: "https://github.com/brettz9/eslint-plugin"
      },
      "@builder.io/eslint-plugin-mitosis": {
        repository: "https://github.com/BuilderIO/mitosis"
      },
      "@buildertrend/eslint-plugin-enterprise-extras": {
        repository: "https://github.com/buildertrend/eslint-plugin-enterprise-extras"
      },
      "@bullhorn/eslint-plugin-bullhorn": {
        repository: "https://github.com/bullhorn/eslint-plugin-bullhorn"
      },
      "@busybox/eslint-plugin-json": {
        repository: "https://github.com/davidNHK/busybox"
      },
      "@bve/eslint-plugin": {
        repository: "https://github.com/bvejs/bve"
      },
      "@byteever/eslint-plugin": {
        repository: "https://github.com/byteever/eslint-plugin"
      },
      "@c-hess/eslint-plugin-enterprise-extras": {
        repository: "https://github.com/C-Hess/eslint-plugin-enterprise-extras"
      },
      "@calm/eslint-plugin-react-intl": {
        repository: "https://github.com/calm/eslint-plugin-react-intl"
      },
      "@canarise/snowpack-eslint-plugin": {
        repository: "https://github.com/leebeydoun/snowpack-eslint-plugin"
      },
      "@cazoo/eslint-plugin-eslint": {
        repository: "https://github.com/Cazoo-uk/cazoo-eslint"
      },
      "@cebus/eslint-plugin": {
        repository: "https://github.com/cebus-org/cebus"
      },
      "@chainsafe/eslint-plugin-node": {
        repository: "https://github.com/mysticatea/eslint-plugin-node"
      },
      "@change-org/eslint-plugin-change": {
        repository: "https://github.com/change/javascript"
      },
      "@channel.io/eslint-plugin": {
        repository: "https://github.com/channel-io/eslint-plugin"
      },
      "@chanzuckerberg/eslint-plugin-stories": {
        repository: "https://github.com/chanzuckerberg/frontend-libs"
      },
      "@checkdigit/eslint-plugin": {
        repository: "https://github.com/checkdigit/eslint-plugin"
      },
      "@chensi-thunder/eslint-plugin-vue": {
        repository: "https://github.com/chensi-thunder/eslint-plugin-vue"
      },
      "@chialab/eslint-plugin": {
        repository: "https://github.com/chialab/eslint-config"
      },
      "@chris-zhu/eslint-plugin": {
        repository: "https://github.com/chris-zhu/eslint-config"
      },
      "@clark/eslint-plugin-import-helpers-with-package": {
        repository: "https://github.com/ClarkSource/eslint-config"
      },
      "@cloudfour/eslint-plugin": {
        repository: "https://github.com/cloudfour/eslint-config"
      },
      "@clr/eslint-plugin-clarity-adoption": {
        repository: "https://github.com/vmware-clarity/core"
      },
      "@codaco/eslint-plugin-spellcheck": {
        repository: "https://github.com/codaco/eslint-plugin-spellcheck"
      },
      "@codar/eslint-plugin": {
        repository: "https://github.com/codarme/stylelint"
      },
      "@code-atlantic/eslint-plugin": {
        repository: "https://github.com/code-atlantic/coding-standards"
      },
      "@coderscamp/eslint-plugin": {
        repository: "https://github.com/npm/security-holder"
      },
      "@codeutils/eslint-plugin-code-struct": {
        repository: "https://github.com/cssmiles/eslint-code-struct"
      },
      "@cognibox/eslint-plugin-no-super-async": {
        repository: "https://github.com/cognibox/eslint-no-super-async"
      },
      "@cognibox/eslint-plugin-vue-require-component-key": {
        repository: "https://github.com/cognibox/eslint-vue-require-component-key"
      },
      "@cometjs/eslint-plugin": {
        repository: "https://github.com/cometkim/cometjs"
      },
      "@compas/eslint-plugin": {
        repository: "https://github.com/compasjs/compas"
      },
      "@compass-aiden/eslint-plugin": {
        repository: "https://github.com/Aiden-FE/compass-eslint"
      },
      "@compiled/eslint-plugin": {
        repository: "https://github.com/atlassian-labs/compiled"
      },
      "@coorpacademy/eslint-plugin-coorpacademy": {
        repository: "https://github.com/CoorpAcademy/eslint-plugin-coorpacademy"
      },
      "@copyist/eslint-plugin": {
        repository: "https://github.com/ooooevan/copyist"
      },
      "@corbinu/eslint-plugin-typescript": {
        repository: "https://github.com/typescript-eslint/typescript-eslint"
      },
      "@corefw/eslint-plugin-corefw": {
        repository: "https://github.com/corefw/core-eslint-plugin-corefw"
      },
      "@creuna/eslint-plugin-prop-types-csharp": {
        repository: "https://github.com/Creuna-Oslo/eslint-plugin-prop-types-csharp"
      },
      "@crishellco/eslint-plugin": {
        repository: "https://github.com/crishellco/eslint-plugin"
      },
      "@croct/eslint-plugin": {
        repository: "https://github.com/croct-tech/coding-standard-js"
      },
      "@croutonn/eslint-plugin": {
        repository: "https://github.com/croutonn/eslint-plugin"
      },
      "@cspell/eslint-plugin": {
        repository: "https://github.com/streetsidesoftware/cspell"
      },
      "@cypress/eslint-plugin-dev": {
        repository: "https://github.com/cypress-io/cypress"
      },
      "@cypress/eslint-plugin-json": {
        repository: "https://github.com/cypress-io/eslint-plugin-json"
      },
      "@d-hussar/eslint-plugin": {
        repository: "https://github.com/d-hussar/eslint-plugin"
      },
      "@d0whc3r/eslint-plugin-stencil": {
        repository: "https://github.com/d0whc3r/stencil-eslint"
      },
      "@d3banking/eslint-plugin": {
        repository: "https://github.com/LodoSoftware/javascript-style-guide"
      },
      "@danifoldi/eslint-plugin-eslint-presets": {
        repository: "https://github.com/DaniFoldi/linters"
      },
      "@darkobits/eslint-plugin": {
        repository: "https://github.com/darkobits/eslint-plugin"
      },
      "@darraghor/eslint-plugin-nestjs-typed": {
        repository: "https://github.com/darraghoriordan/eslint-plugin-nestjs-typed"
      },
      "@dbenfouzari/eslint-plugin-i18n": {
        repository: "https://github.com/dbenfouzari/packages"
      },
      "@dbenfouzari/eslint-plugin-react-native": {
        repository: "https://github.com/dbenfouzari/eslint-plugin-react-native"
      },
      "@dekode/eslint-plugin": {
        repository: "https://github.com/DekodeInteraktiv/coding-standards"
      },
      "@delagen/eslint-plugin-deprecation": {
        repository: "https://github.com/delagen/eslint-plugin-deprecation"
      },
      "@demands/eslint-plugin-import": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "@denis-sokolov/eslint-plugin": {
        repository: "https://github.com/denis-sokolov/eslint-plugin"
      },
      "@devahn/eslint-plugin-compat": {
        repository: "https://github.com/panda0603/eslint-plugin-compat-mod"
      },
      "@devil7softwares/eslint-plugin-axios-swagger": {
        repository: "https://github.com/Devil7-Softwares/eslint-plugin-axios-swagger"
      },
      "@devinrhode2/eslint-plugin-node": {
        repository: "https://github.com/mysticatea/eslint-plugin-node"
      },
      "@devsisters/eslint-plugin-web": {
        repository: "https://github.com/devsisters/web-packages"
      },
      "@dhmk/eslint-plugin-atom": {
        repository: "https://github.com/dhmk083/dhmk-eslint-plugin-atom"
      },
      "@dimensiondev/eslint-plugin": {
        repository: "https://github.com/DimensionDev/eslint-plugin"
      },
      "@divyagnan/eslint-plugin-inline-styles": {
        repository: "https://github.com/divyagnan/eslint-plugin-inline-styles"
      },
      "@docusaurus/eslint-plugin": {
        repository: "https://github.com/facebook/docusaurus"
      },
      "@doochik/eslint-plugin-location": {
        repository: "https://github.com/doochik/eslint-plugin-location"
      },
      "@doodad-js/eslint-plugin-doodad": {
        repository: "https://github.com/doodadjs/eslint-plugin-doodad"
      },
      "@dr.potapoff/eslint-plugin": {
        repository: "https://github.com/typescript-eslint/typescript-eslint"
      },
      "@dreipol/eslint-plugin-export-keys": {
        repository: "https://github.com/dreipol/eslint-plugin-export-keys"
      },
      "@dword-design/eslint-plugin-import-alias": {
        repository: "https://github.com/dword-design/eslint-plugin-import-alias"
      },
      "@einride/eslint-plugin": {
        repository: "https://github.com/einride/eslint-plugin"
      },
      "@ejhammond/eslint-plugin": {
        repository: "https://github.com/ejhammond/eslint-plugin-ejhammond"
      },
      "@eladavron/eslint-plugin-jinja": {
        repository: "https://github.com/eladavron/eslint-plugin-jinja"
      },
      "@elastic/eslint-plugin-eui": {
        repository: "https://github.com/elastic/eui"
      },
      "@elastic/eslint-plugin-kibana-custom": {
        repository: "https://github.com/elastic/kibana"
      },
      "@elastic/eslint-plugin-react-intl": {
        repository: "https://github.com/elastic/eslint-plugin-react-intl"
      },
      "@elementor/eslint-plugin-editor": {
        repository: "https://github.com/elementor/elementor-editor-packages"
      },
      "@elementor/eslint-plugin-elementor": {
        repository: "https://github.com/elementor/elementor-editor-packages"
      },
      "@elfin-fe/eslint-plugin-elfin": {
        repository: "https://github.com/elfinFE/elfin-convention"
      },
      "@elfinct/eslint-plugin-elfin": {
        repository: "https://github.com/elfinFE/elfin-convention"
      },
      "@elux/eslint-plugin": {
        repository: "https://github.com/hiisea/elux/tree/master"
      },
      "@elyby/eslint-plugin": {
        repository: "https://github.com/elyby/eslint-config"
      },
      "@emotion/eslint-plugin": {
        repository: "https://github.com/emotion-js/emotion"
      },
      "@empathyco/eslint-plugin-x": {
        repository: "https://github.com/empathyco/x"
      },
      "@emrys-myrddin/eslint-plugin": {
        repository: "https://github.com/dotansimha/graphql-eslint"
      },
      "@endpass/eslint-plugin-endpass": {
        repository: "https://github.com/endpass/endpass-core"
      },
      "@episerver/eslint-plugin-cms": {
        repository: "https://github.com/seriema/eslint-plugin-episerver-cms"
      },
      "@essex/eslint-plugin": {
        repository: "https://github.com/microsoft/essex-alpha-build-infra"
      },
      "@euberdeveloper/eslint-plugin": {
        repository: "https://github.com/euberdeveloper/eslint-plugin"
      },
      "@euberdeveloper/eslint-plugin-slim": {
        repository: "https://github.com/euberdeveloper/eslint-plugin"
      },
      "@evojs/eslint-plugin": {
        repository: "https://github.com/evotool/js-eslint-plugin"
      },
      "@ezcater/eslint-plugin-recipe": {
        repository: "https://github.com/ezcater/recipe"
      },
      "@fable/eslint-plugin-implicit-dependencies": {
        repository: "https://github.com/fablestudios/eslint-plugin-implicit-dependencies"
      },
      "@fabriece/eslint-plugin-react-typescript": {
        repository: "https://github.com/sfabriece/eslint-plugin-react-typescript"
      },
      "@fasttime/eslint-plugin": {
        repository: "https://github.com/fasttime/eslint-plugin"
      },
      "@feature-driven/eslint-plugin": {
        repository: "https://github.com/feature-driven/eslint-config"
      },
      "@feature-sliced/eslint-plugin-messages": {
        repository: "https://github.com/feature-sliced/eslint-config"
      },
      "@fellow/eslint-plugin-coffee": {
        repository: "https://github.com/aminland/eslint-plugin-coffee"
      },
      "@fengyinchao/eslint-plugin-custom": {
        repository: "https://github.com/fengyinchao/eslint-plugin-custom"
      },
      "@ferocia-oss/eslint-plugin": {
        repository: "https://github.com/ferocia/eslint-plugin"
      },
      "@fezvrasta/eslint-plugin-no-iife": {
        repository: "https://github.com/FezVrasta/eslint-plugin-no-iife"
      },
      "@fictiv/eslint-plugin-import": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "@fingerartur/eslint-plugin-import": {
        repository: "https://github.com/import-js/eslint-plugin-import"
      },
      "@finos/eslint-plugin-legend-studio": {
        repository: "https://github.com/finos/legend-studio"
      },
      "@fintechstudios/eslint-plugin-chai-as-promised": {
        repository: "https://github.com/fintechstudios/eslint-plugin-chai-as-promised"
      },
      "@flowio/eslint-plugin-flowio": {
        repository: "https://github.com/flowcommerce/eslint-plugin-flowio"
      },
      "@floydspace/eslint-plugin-rules": {
        repository: "https://github.com/floydspace/eslint-plugin-rules"
      },
      "@fltri/eslint-plugin-local-rules": {
        repository: "https://github.com/idaho/fltri-eslint-plugin-local-rules"
      },
      "@fluentui/eslint-plugin": {
        repository: "https://github.com/microsoft/fluentui"
      },
      "@fluentwind/eslint-plugin-vue-i18n": {
        repository: "https://github.com/fluentwind/eslint-plugin-vue-i18n"
      },
      "@flycode-org/eslint-plugin-react-i18next": {
        repository: "https://github.com/flycode-org/eslint-plugin-react-i18next"
      },
      "@forxtu/eslint-plugin-react-native-a11y": {
        repository: "https://github.com/forxtu/fx2-eslint-plugin-react-native-a11y"
      },
      "@foxglove/eslint-plugin": {
        repository: "https://github.com/foxglove/eslint-plugin"
      },
      "@frogeducation/eslint-plugin-jquery-compat": {
        repository: "https://github.com/frogeducation/eslint-plugin-jquery-compat"
      },
      "@frux/eslint-plugin": {
        repository: "https://github.com/frux/dotfiles"
      },
      "@fuelrats/eslint-plugin": {
        repository: "https://github.com/FuelRats/eslint-config-fuelrats"
      },
      "@funboxteam/eslint-plugin-no-only-tests": {
        repository: "https://github.com/funbox/eslint-plugin-no-only-tests"
      },
      "@fundingoptions/eslint-plugin-funding-options": {
        repository: "https://github.com/FundingOptions/eslint-plugin-funding-options"
      },
      "@furugomu/eslint-plugin": {
        repository: "https://github.com/furugomu/eslint-plugin"
      },
      "@fuzeman/eslint-plugin-import": {
        repository: "https://github.com/fuzeman/eslint-plugin-import"
      },
      "@fz6m/eslint-plugin-sakina": {
        repository: "https://github.com/xn-sakina/eslint-plugin-sakina"
      },
      "@gamechanger/eslint-plugin": {
        repository: "https://github.com/gamechanger/lint"
      },
      "@geekie/eslint-plugin": {
        repository: "https://github.com/geekie/eslint-plugin"
      },
      "@genus-machina/eslint-plugin-node": {
        repository: "https://github.com/genus-machina/eslint-plugin-node"
      },
      "@getify/eslint-plugin-proper-arrows": {
        repository: "https://github.com/getify/eslint-plugin-proper-arrows"
      },
      "@getify/eslint-plugin-proper-ternary": {
        repository: "https://github.com/getify/eslint-plugin-proper-ternary"
      },
      "@getstation/eslint-plugin-markdown": {
        repository: "https://github.com/eslint/eslint-plugin-markdown"
      },
      "@glimmerx/eslint-plugin": {
        repository: "https://github.com/glimmerjs/glimmer-experimental"
      },
      "@godaddy/eslint-plugin-react-intl": {
        repository: "https://github.com/godaddy/eslint-plugin-react-intl"
      },
      "@gomarky/eslint-plugin-no-const-enum": {
        repository: "https://github.com/GoMarky/eslint-no-const-enum"
      },
      "@goodforonefare/eslint-plugin-shopify": {
        repository: "https://github.com/Shopify/eslint-plugin-shopify"
      },
      "@graphql-eslint/eslint-plugin": {
        repository: "https://github.com/B2o5T/graphql-eslint"
      },
      "@gravitywelluk/eslint-plugin": {
        repository: "https://github.com/GravitywellUK/eslint-plugin"
      },
      "@gravitywelluk/eslint-plugin-test": {
        repository: "https://github.com/GravitywellUK/eslint-plugin"
      },
      "@greguintow/eslint-plugin-nestjs-typed": {
        repository: "https://github.com/greguintow/eslint-plugin-nestjs-typed"
      },
      "@griffel/eslint-plugin": {
        repository: "https://github.com/microsoft/griffel"
      },
      "@grncdr/eslint-plugin-react-hooks": {
        repository: "https://github.com/facebook/react"
      },
      "@guardian/eslint-plugin-source-foundations": {
        repository: "https://github.com/guardian/source"
      },
      "@guardian/eslint-plugin-source-react-components": {
        repository: "https://github.com/guardian/source"
      },
      "@h4iuiuc/eslint-plugin": {
        repository: "https://github.com/hack4impact-uiuc/eslint-plugin"
      },
      "@hack4impact-uiuc/eslint-plugin": {
        repository: "https://github.com/hack4impact-uiuc/eslint-plugin"
      },
      "@hallettj/eslint-plugin-ts-graphql": {
        repository: "https://github.com/Originate/eslint-plugin-ts-graphql"
      },
      "@hannoeru/eslint-plugin": {
        repository: "https://github.com/hannoeru/eslint-config"
      },
      "@hapi/eslint-plugin": {
        repository: "https://github.com/hapijs/eslint-plugin"
      },
      "@hd-ui/eslint-plugin-hd-ui": {
        repository: "https://github.com/hd-ui/hd-ui"
      },
      "@hh.ru/eslint-plugin-import-rules": {
        repository: "https://github.com/hhru/eslint-plugin-import-rules"
      },
      "@hi18n/eslint-plugin": {
        repository: "https://github.com/wantedly/hi18n"
      },
      "@hirasaki/eslint-plugin-coding-rules": {
        repository: "https://github.com/hirasaki1985/eslint-plugin-coding-rules"
      },
      "@hn-ui/eslint-plugin-hn-ui": {
        repository: "https://github.com/hn-ui/hn-ui"
      },
      "@homer0/eslint-plugin": {
        repository: "https://github.com/homer0/packages"
      },
      "@hrax/eslint-plugin-now-best-practices": {
        repository: "https://github.com/hrax/eslint-plugin-now-best-practices"
      },
      "@html-eslint/eslint-plugin": {
        repository: "https://github.com/yeonjuan/html-eslint"
      },
      "@hypnosphi/eslint-plugin-import": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "@hypnosphi/eslint-plugin-react": {
        repository: "https://github.com/yannickcr/eslint-plugin-react"
      },
      "@iameax/eslint-plugin": {
        repository: "https://github.com/iameax/eslint-plugin-code-style"
      },
      "@iameax/eslint-plugin-code-style": {
        repository: "https://github.com/iameax/eslint-plugin-code-style"
      },
      "@iamstarkov/eslint-plugin-require-path-exists": {
        repository: "https://github.com/BohdanTkachenko/eslint-plugin-require-path-exists"
      },
      "@ianwremmel/eslint-plugin-ianwremmel": {
        repository: "https://github.com/ianwremmel/eslint-plugin-ianwremmel"
      },
      "@igneel64/eslint-plugin-dangerous": {
        repository: "https://github.com/igneel64/eslint-plugin-dangerous"
      },
      "@int-component/eslint-plugin-vue-require-id-attr": {
        repository: "https://github.com/linkerGitHub/eslint-plugin-vue-require-id-attr"
      },
      "@interactive-solutions/eslint-plugin-eslint-react": {
        repository: "https://github.com/interactive-solutions/interactive-solutions-mono"
      },
      "@intlify/eslint-plugin-svelte": {
        repository: "https://github.com/intlify/eslint-plugin-svelte"
      },
      "@intlify/eslint-plugin-vue-i18n": {
        repository: "https://github.com/intlify/eslint-plugin-vue-i18n"
      },
      "@itgenio/eslint-plugin-import": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "@itwin/eslint-plugin": {
        repository: "https://github.com/iTwin/itwinjs-core"
      },
      "@jakzo/eslint-plugin": {
        repository: "https://github.com/jakzo/things"
      },
      "@jamashita/eslint-plugin": {
        repository: "https://github.com/jamashita/eslint-plugin"
      },
      "@jambit/eslint-plugin-typed-redux-saga": {
        repository: "https://github.com/jambit/eslint-plugin-typed-redux-saga"
      },
      "@jankuca/eslint-plugin-react-usecallback": {
        repository: "https://github.com/jankuca/eslint-plugin-react-usecallback"
      },
      "@jaredmcateer/eslint-plugin-shouldjs": {
        repository: "https://github.com/jaredmcateer/eslint-plugin-shouldjs"
      },
      "@jdb8/eslint-plugin-monorepo": {
        repository: "https://github.com/jdb8/eslint-plugin-monorepo"
      },
      "@jetbrains/eslint-plugin-angular": {
        repository: "https://github.com/Gillespie59/eslint-plugin-angularjs"
      },
      "@jl917/eslint-plugin-jl": {
        repository: "https://github.com/jl917/eslint-plugin-jl"
      },
      "@joshbcondie/eslint-plugin": {
        repository: "https://github.com/joshbcondie/eslint-plugin"
      },
      "@joyeecheung/eslint-plugin-node-core": {
        repository: "https://github.com/joyeecheung/eslint-plugin-node-core"
      },
      "@jsx-lite/eslint-plugin": {
        repository: "https://github.com/BuilderIO/jsx-lite"
      },
      "@jupyterlab/eslint-plugin-jinja": {
        repository: "https://github.com/alexkuz/eslint-plugin-jinja"
      },
      "@kablamo/eslint-plugin": {
        repository: "https://github.com/KablamoOSS/kerosene"
      },
      "@kaciras/eslint-plugin": {
        repository: "https://github.com/Kaciras/eslint-config-kaciras"
      },
      "@kapouer/eslint-plugin-no-return-in-loop": {
        repository: "https://github.com/kapouer/eslint-plugin-no-return-in-loop"
      },
      "@kargotech/eslint-plugin-internal": {
        repository: "https://github.com/kargotech/web-project-configs"
      },
      "@katoid/eslint-plugin": {
        repository: "https://github.com/katoid/eslint"
      },
      "@kejistan/eslint-plugin-relay": {
        repository: "https://github.com/kejistan/eslint-plugin-relay"
      },
      "@kentcdodds/eslint-plugin-react": {
        repository: "https://github.com/yannickcr/eslint-plugin-react"
      },
      "@kfed/eslint-plugin-i18n": {
        repository: "https://github.com/Kyr/eslint-plugin-i18n"
      },
      "@khanacademy/eslint-plugin": {
        repository: "https://github.com/Khan/eslint-plugin-khan"
      },
      "@kiwi/eslint-plugin": {
        repository: "https://github.com/kaisermann/kiwi"
      },
      "@kmdavis/eslint-plugin-sort-imports": {
        repository: "https://github.com/kmdavis/eslint-plugin-sort-imports"
      },
      "@kollabit/eslint-plugin": {
        repository: "https://github.com/ionic-team/stencil-eslint"
      },
      "@kraftr/eslint-plugin": {
        repository: "https://github.com/kraftrio/kraftr"
      },
      "@kraftvaerk/eslint-plugin-guidelines": {
        repository: "https://github.com/kraftvaerk/eslint-plugin-guidelines"
      },
      "@ksjogo/eslint-plugin-import": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "@kunlunjs/eslint-plugin": {
        repository: "https://github.com/turing-fe/kunlun-eslint-plugin"
      },
      "@kusotenpa/eslint-plugin": {
        repository: "https://github.com/kusotenpa/eslint-plugin"
      },
      "@kyleshevlin/eslint-plugin": {
        repository: "https://github.com/kyleshevlin/eslint-plugin"
      },
      "@kzmat/eslint-plugin-commentout": {
        repository: "https://github.com/kzmat/eslint-plugin-commentout"
      },
      "@layout-css/eslint-plugin-styled-components": {
        repository: "https://github.com/studiosciences/layout-css"
      },
      "@lbwa/eslint-plugin": {
        repository: "https://github.com/lbwa/eslint-plugin"
      },
      "@lcooper/eslint-plugin": {
        repository: "https://github.com/luciancooper/eslint-configs"
      },
      "@lewisl9029/eslint-plugin-react-hooks": {
        repository: "https://github.com/facebook/react"
      },
      "@lewisl9029/eslint-plugin-react-hooks-for-react-anonymous": {
        repository: "https://github.com/facebook/react"
      },
      "@lifeomic/eslint-plugin-frontend": {
        repository: "https://github.com/lifeomic/eslint-plugin-frontend"
      },
      "@lifeomic/eslint-plugin-i18next": {
        repository: "https://github.com/lifeomic/eslint-plugin-i18next"
      },
      "@lifeomic/eslint-plugin-node": {
        repository: "https://github.com/lifeomic/eslint-plugin-node"
      },
      "@liferay/eslint-plugin": {
        repository: "https://github.com/liferay/liferay-frontend-projects"
      },
      "@lights-on-io/eslint-plugin": {
        repository: "https://github.com/lights-on-io/oss"
      },
      "@lightscript/eslint-plugin": {
        repository: "https://github.com/wcjohnson/lightscript-eslint"
      },
      "@limegrass/eslint-plugin-import-alias": {
        repository: "https://github.com/Limegrass/eslint-plugin-import-alias"
      },
      "@lint-md/eslint-plugin": {
        repository: "https://github.com/lint-md/eslint-plugin"
      },
      "@lint-ts-index/eslint-plugin": {
        repository: "https://github.com/bbenoist/lint-ts-index"
      },
      "@logicalhq/eslint-plugin": {
        repository: "https://github.com/logicalhq/eslint-plugin"
      },
      "@logicsoftware/eslint-plugin-ep-custom": {
        repository: "https://github.com/LogicSoftware/eslint-plugin-ep-custom"
      },
      "@lokalise/eslint-plugin": {
        repository: "https://github.com/lokalise/eslint-plugin"
      },
      "@ludus/eslint-plugin": {
        repository: "https://github.com/kredati/ludus"
      },
      "@luma-dev/eslint-plugin-svelte3": {
        repository: "https://github.com/luma-dev/luma-style-guide"
      },
      "@lwc/eslint-plugin-lwc": {
        repository: "https://github.com/salesforce/eslint-plugin-lwc"
      },
      "@m6web/eslint-plugin-i18n": {
        repository: "https://github.com/M6Web/eslint-plugin-m6web-i18n"
      },
      "@maccuaa/eslint-plugin-i18n-json": {
        repository: "https://github.com/godaddy/eslint-plugin-i18n-json"
      },
      "@magicspace/eslint-plugin": {
        repository: "https://github.com/makeflow/magicspace"
      },
      "@manu-xav/eslint-plugin-prettier-vue": {
        repository: "https://github.com/meteorlxy/eslint-plugin-prettier-vue"
      },
      "@manuth/eslint-plugin-typescript": {
        repository: "https://github.com/manuth/ESLintPresets"
      },
      "@mapbox/eslint-plugin-script-tags": {
        repository: "https://github.com/mapbox/eslint-plugin-script-tags"
      },
      "@mapbox/eslint-plugin-stickler": {
        repository: "https://github.com/mapbox/stickler"
      },
      "@mariosetenal/eslint-plugin-css-modules": {
        repository: "https://github.com/atfzl/eslint-plugin-css-modules"
      },
      "@marudor/eslint-plugin-header": {
        repository: "https://github.com/Stuk/eslint-plugin-header"
      },
      "@materya/eslint-plugin": {
        repository: "https://github.com/materya/eslint-config"
      },
      "@matsgottenbos/eslint-plugin-import-alias": {
        repository: "https://github.com/matsgottenbos/eslint-plugin-import-alias"
      },
      "@max-revops/eslint-plugin-testing-library": {
        repository: "https://github.com/max-revops/eslint-plugin-testing-library"
      },
      "@max-revops/eslint-plugin-testing-library-revops": {
        repository: "https://github.com/max-revops/eslint-plugin-testing-library-revops"
      },
      "@medflyt/eslint-plugin-graphql-type-checker": {
        repository: "https://github.com/MedFlyt/eslint-plugin-graphql-type-checker"
      },
      "@medux/eslint-plugin-recommended": {
        repository: "https://github.com/wooline/medux"
      },
      "@mesteche/eslint-plugin-neat-ternaries": {
        repository: "https://github.com/mesteche/eslint-plugin-ternary"
      },
      "@michaeljaltamirano/eslint-plugin": {
        repository: "https://github.com/michaeljaltamirano/eslint-plugin"
      },
      "@michaelkramer/eslint-plugin-facepalm": {
        repository: "https://github.com/michaelkramer/eslint-plugin-facepalm"
      },
      "@microsoft/eslint-plugin-sdl": {
        repository: "https://github.com/microsoft/eslint-plugin-sdl"
      },
      "@minar-kotonoha/eslint-plugin-react-directives": {
        repository: "https://github.com/chengzhuo5/eslint-plugin-react-directives"
      },
      "@mizdra/eslint-plugin-layout-shift": {
        repository: "https://github.com/mizdra/eslint-plugin-layout-shift"
      },
      "@mkusaka/eslint-plugin-prefer-type-annotate": {
        repository: "https://github.com/mkusaka/eslint-plugin-prefer-type-annotate"
      },
      "@mll-lab/eslint-plugin": {
        repository: "https://github.com/mll-lab/eslint-plugin"
      },
      "@moneteam/eslint-plugin-nestjs": {
        repository: "https://github.com/NarHakobyan/eslint-plugin-nestjs"
      },
      "@moneyforward/code-review-action-eslint-plugin": {
        repository: "https://github.com/moneyforward/eslint-action"
      },
      "@mongodb-js/eslint-plugin-compass": {
        repository: "https://github.com/mongodb-js/compass"
      },
      "@mparticle/eslint-plugin": {
        repository: "https://github.com/mparticle/eslint-plugin"
      },
      "@mpxjs/eslint-plugin-mpx": {
        repository: "https://github.com/mpx-ecology/eslint-plugin-mpx"
      },
      "@mufan/eslint-plugin": {
        repository: "https://github.com/makeflow/mufan-code"
      },
      "@mysticatea/eslint-plugin": {
        repository: "https://github.com/mysticatea/eslint-plugin"
      },
      "@mysticatea/eslint-plugin-vue": {
        repository: "https://github.com/mysticatea/eslint-plugin-vue-trial"
      },
      "@nacho008/eslint-plugin-dynamic-media-children": {
        repository: "https://github.com/nacho008/eslint-plugin-dynamic-media-children"
      },
      "@naturacosmeticos/eslint-plugin-i18n-checker": {
        repository: "https://github.com/natura-cosmeticos/eslint-plugin-i18n-checker"
      },
      "@nbsolutions/eslint-plugin": {
        repository: "https://github.com/nbsolutions-ca/eslint-plugin"
      },
      "@neatfreak/eslint-plugin": {
        repository: "https://github.com/freakyneat/neatfreak"
      },
      "@netless/eslint-plugin": {
        repository: "https://github.com/netless-io/eslint-plugin"
      },
      "@netless/eslint-plugin-netless": {
        repository: "https://github.com/netless-io/eslint-plugin-netless"
      },
      "@netsells/eslint-plugin-require-jsdoc-except": {
        repository: "https://github.com/netsells/eslint-plugin-require-jsdoc-except"
      },
      "@newrelic/eslint-plugin-newrelic": {
        repository: "https://github.com/NewRelic/eslint-plugin-newrelic"
      },
      "@next/eslint-plugin-next": {
        repository: "https://github.com/vercel/next.js"
      },
      "@nextcloud/eslint-plugin": {
        repository: "https://github.com/nextcloud/eslint-plugin"
      },
      "@nextnextools/nextools-eslint-plugin": {
        repository: "https://github.com/nextnextools/metarepo"
      },
      "@nexxtway/eslint-plugin-rainbow": {
        repository: "https://github.com/nexxtway/eslint-plugin-rainbow"
      },
      "@ngbasics/eslint-plugin": {
        repository: "https://github.com/fruchtzwerg/ngbasics"
      },
      "@ngneat/eslint-plugin-reactive-forms": {
        repository: "https://github.com/ngneat/reactive-forms"
      },
      "@nice-move/eslint-plugin-html": {
        repository: "https://github.com/nice-move/eslint-plugin-html"
      },
      "@nisje/eslint-plugin": {
        repository: "https://github.com/nisje/styleguide-javascript"
      },
      "@nlib/eslint-plugin": {
        repository: "https://github.com/nlibjs/eslint-plugin"
      },
      "@nod/eslint-plugin-nod": {
        repository: "https://github.com/NOD-studios/eslint-plugin-nod"
      },
      "@notarize/eslint-plugin-react-intl-ensure": {
        repository: "https://github.com/notarize/eslint-plugin-react-intl-ensure"
      },
      "@novemberborn/eslint-plugin-as-i-preach": {
        repository: "https://github.com/novemberborn/as-i-preach"
      },
      "@nozbe/eslint-plugin-nozbe": {
        repository: "https://github.com/Nozbe/eslint-plugin-nozbe"
      },
      "@nrwl/eslint-plugin-nx": {
        repository: "https://github.com/nrwl/nx"
      },
      "@numso/eslint-plugin-import": {
        repository: "https://github.com/numso/eslint-plugin-import"
      },
      "@octogonz/eslint-plugin": {
        repository: "https://github.com/typescript-eslint/typescript-eslint"
      },
      "@olsonpm/eslint-plugin-import": {
        repository: "https://github.com/import-js/eslint-plugin-import"
      },
      "@onekeyfe/eslint-plugin-literal-blacklist": {
        repository: "https://github.com/OneKeyHQ/literal-blacklist"
      },
      "@opencreek/eslint-plugin-nextjs": {
        repository: "https://github.com/opencreek/eslint-plugin-ts"
      },
      "@opencreek/eslint-plugin-storybook": {
        repository: "https://github.com/opencreek/eslint-plugin-ts"
      },
      "@opencreek/eslint-plugin-ts": {
        repository: "https://github.com/opencreek/eslint-plugin-ts"
      },
      "@openlayers/eslint-plugin": {
        repository: "https://github.com/openlayers/eslint-plugin"
      },
      "@operation_code/eslint-plugin-custom-rules": {
        repository: "https://github.com/operationcode/configs"
      },
      "@originate/eslint-plugin-ts-graphql": {
        repository: "https://github.com/Originate/eslint-plugin-ts-graphql"
      },
      "@orzechowskid/eslint-plugin-typelint": {
        repository: "https://github.com/orzechowskid/eslint-plugin-typelint"
      },
      "@ota-meshi/eslint-plugin": {
        repository: "https://github.com/ota-meshi/eslint-plugin"
      },
      "@ota-meshi/eslint-plugin-svelte": {
        repository: "https://github.com/ota-meshi/eslint-plugin-svelte"
      },
      "@ottofeller/eslint-plugin-ottofeller": {
        repository: "https://github.com/ottofeller/eslint-plugin-ottofeller"
      },
      "@pathscale/eslint-plugin-vue3": {
        repository: "https://github.com/pathscale/eslint-plugin-vue3"
      },
      "@paztis/eslint-plugin-import": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "@pdq/eslint-plugin-pdq": {
        repository: "https://github.com/pdq/eslint-plugin-pdq"
      },
      "@peeky/eslint-plugin": {
        repository: "https://github.com/Akryum/peeky"
      },
      "@percolate/eslint-plugin": {
        repository: "https://github.com/percolate/blend"
      },
      "@pgilad/eslint-plugin-react-redux": {
        repository: "https://github.com/pgilad/eslint-plugin-react-redux"
      },
      "@phaphoso/eslint-plugin-dprint": {
        repository: "https://github.com/mysticatea/eslint-plugin-dprint"
      },
      "@phryg1an/eslint-plugin-strict": {
        repository: "https://github.com/fokye/eslint-plugin-strict"
      },
      "@pixellot/eslint-plugin": {
        repository: "https://github.com/Pixellot/eslint-plugin-pixellot"
      },
      "@pob/use-eslint-plugin": {
        repository: "https://github.com/christophehurpeau/eslint-config-pob"
      },
      "@pongo-ui/eslint-plugin": {
        repository: "https://github.com/PongoAI/pongo-ui"
      },
      "@poool/eslint-plugin": {
        repository: "https://github.com/p3ol/eslint-config"
      },
      "@prodo-ai/eslint-plugin": {
        repository: "https://github.com/prodo-ai/eslint-plugin-prodo"
      },
      "@prodo-ai/eslint-plugin-prodo": {
        repository: "https://github.com/prodo-ai/eslint-plugin-prodo"
      },
      "@prodo/eslint-plugin": {
        repository: "https://github.com/prodo-ai/prodo"
      },
      "@profi.co/eslint-plugin": {
        repository: "https://github.com/profico/eslint-plugin-profico"
      },
      "@projectsophon/eslint-plugin-typescript-enum": {
        repository: "https://github.com/projectsophon/eslint-plugin-typescript-enum"
      },
      "@propelinc/eslint-plugin": {
        repository: "https://github.com/typescript-eslint/typescript-eslint"
      },
      "@public-js/eslint-plugin-node": {
        repository: "https://github.com/public-js/eslint-plugin-node"
      },
      "@public-js/eslint-plugin-react-native": {
        repository: "https://github.com/public-js/eslint-plugin-react-native"
      },
      "@qhlab/eslint-plugin": {
        repository: "https://github.com/QhlabTeam/qhlab-eslint-plugin"
      },
      "@qooxdoo/eslint-plugin-qx": {
        repository: "https://github.com/qooxdoo/eslint-plugin-qx"
      },
      "@quero/eslint-plugin-vue": {
        repository: "https://github.com/quero-edu/guidelines"
      },
      "@ranwawa/eslint-plugin": {
        repository: "https://github.com/ranwawa/configurations"
      },
      "@react-native-community/eslint-plugin": {
        repository: "https://github.com/facebook/react-native"
      },
      "@react-native/eslint-plugin-specs": {
        repository: "https://github.com/facebook/react-native"
      },
      "@redguy12/eslint-plugin": {
        repository: "https://github.com/RedGuy12/configs"
      },
      "@redwoodjs/eslint-plugin-redwood": {
        repository: "https://github.com/redwoodjs/redwood"
      },
      "@reflektor/eslint-plugin-react": {
        repository: "https://github.com/reflektor-digital-inc/eslint-plugin-react"
      },
      "@reflektor/eslint-plugin-vue": {
        repository: "https://github.com/reflektor-digital-inc/eslint-plugin-vue"
      },
      "@reggev/eslint-plugin-it-should-be-skipped": {
        repository: "https://github.com/reggev/it-should-be-skipped"
      },
      "@regru/eslint-plugin-jquery-dollar-sign-reference": {
        repository: "https://github.com/regru/eslint-plugin-jquery-dollar-sign-reference"
      },
      "@regru/eslint-plugin-one-var": {
        repository: "https://github.com/regru/eslint-plugin-one-var"
      },
      "@regru/eslint-plugin-prefer-early-return": {
        repository: "https://github.com/regru/eslint-plugin-prefer-early-return"
      },
      "@rensovargas/eslint-plugin-riot": {
        repository: "https://github.com/rensovargas/eslint-plugin-riot"
      },
      "@repo-tooling/eslint-plugin-dprint": {
        repository: "https://github.com/repo-tooling/eslint"
      },
      "@reverecre/eslint-plugin-relay": {
        repository: "https://github.com/relayjs/eslint-plugin-relay"
      },
      "@revved/eslint-plugin-immutable": {
        repository: "https://github.com/jhusain/eslint-plugin-immutable"
      },
      "@rhangai/eslint-plugin": {
        repository: "https://github.com/rhangai/config"
      },
      "@ridedott/eslint-plugin": {
        repository: "https://github.com/ridedott/eslint-plugin"
      },
      "@rimac-technology/eslint-plugin": {
        repository: "https://github.com/RimacTechnology/eslint-plugin"
      },
      "@rinfel/eslint-plugin-unicorn": {
        repository: "https://github.com/rinfeldev/eslint-plugin-unicorn"
      },
      "@rjwadley/eslint-plugin-format-gsap": {
        repository: "https://github.com/RJWadley/eslint"
      },
      "@rnx-kit/eslint-plugin": {
        repository: "https://github.com/microsoft/rnx-kit"
      },
      "@roadmunk/eslint-plugin-roadmunk-custom": {
        repository: "https://github.com/Roadmunk/eslint-plugin-roadmunk"
      },
      "@rogach/eslint-plugin": {
        repository: "https://github.com/Rogach/rogach-eslint-plugin"
      },
      "@romeovs/eslint-plugin-css-modules": {
        repository: "https://github.com/atfzl/eslint-plugin-css-modules"
      },
      "@roq/eslint-plugin": {
        repository: "https://github.com/roqtech/roq-linter"
      },
      "@rushplay/eslint-plugin-objects": {
        repository: "https://github.com/RushPlay/eslint-plugin-objects"
      },
      "@rushstack/eslint-plugin": {
        repository: "https://github.com/microsoft/rushstack"
      },
      "@rushstack/eslint-plugin-packlets": {
        repository: "https://github.com/microsoft/rushstack"
      },
      "@rushstack/eslint-plugin-security": {
        repository: "https://github.com/microsoft/rushstack"
      },
      "@rygine/eslint-plugin-import": {
        repository: "https://github.com/rygine/eslint-plugin-import"
      },
      "@saji/eslint-plugin-brace-rules": {
        repository: "https://github.com/marek-saji/eslint-plugin-brace-rules"
      },
      "@salesforce/eslint-plugin-aura": {
        repository: "https://github.com/forcedotcom/eslint-plugin-aura"
      },
      "@salesforce/eslint-plugin-lightning": {
        repository: "https://github.com/salesforce/eslint-plugin-lightning"
      },
      "@salesforce/eslint-plugin-visualforce": {
        repository: "https://github.com/forcedotcom/eslint-plugin-visualforce"
      },
      "@samual/eslint-plugin-hackmud2": {
        repository: "https://github.com/samualtnorman/eslint-plugin-hackmud2"
      },
      "@santie/eslint-plugin-scheme": {
        repository: "https://github.com/sieestaa/eslint-plugin-scheme"
      },
      "@satel/eslint-plugin": {
        repository: "https://github.com/SatelCreative/eslint-plugin"
      },
      "@sayari/eslint-plugin": {
        repository: "https://github.com/sayari-analytics/eslint-plugin-sayari"
      },
      "@scitotec/eslint-plugin-rules": {
        repository: "https://github.com/scitotec/eslint-plugin-scitotec-rules"
      },
      "@scorpionknifes/eslint-plugin-prettier-vue": {
        repository: "https://github.com/scorpionknifes/eslint-plugin-prettier-vue"
      },
      "@scottnonnenberg/eslint-plugin-thehelp": {
        repository: "https://github.com/scottnonnenberg/eslint-plugin-thehelp"
      },
      "@scrumble-nl/eslint-plugin-scrumble-rules": {
        repository: "https://github.com/scrumble-nl/eslint-plugin-scrumble-rules"
      },
      "@seatentacle/eslint-plugin": {
        repository: "https://github.com/seatentacle/eslint-plugin"
      },
      "@seedcompany/eslint-plugin": {
        repository: "https://github.com/seedcompany/eslint-plugin"
      },
      "@seiyab/eslint-plugin-react-hooks": {
        repository: "https://github.com/seiyab/react"
      },
      "@sentry-internal/eslint-plugin-sdk": {
        repository: "https://github.com/getsentry/sentry-javascript"
      },
      "@sentry-murz/eslint-plugin-sdk": {
        repository: "https://github.com/getsentry/sentry-javascript"
      },
      "@severi/eslint-plugin-sort-imports-es6-autofix": {
        repository: "https://github.com/schuchertmanagementberatung/eslint-plugin-sort-imports-es6-autofix"
      },
      "@sharegate/eslint-plugin-apricot": {
        repository: "https://github.com/gsoft-inc/sg-eslint-plugin-apricot"
      },
      "@sharkykh/eslint-plugin-vue-extra": {
        repository: "https://github.com/sharkykh/eslint-plugin-vue-extra"
      },
      "@shipwreck/eslint-plugin": {
        repository: "https://github.com/Bounty-Bay/shipwreck"
      },
      "@shopify/eslint-plugin": {
        repository: "https://github.com/Shopify/web-configs"
      },
      "@shopify/eslint-plugin-hydrogen": {
        repository: "https://github.com/Shopify/hydrogen"
      },
      "@silverhand/eslint-plugin-fp": {
        repository: "https://github.com/silverhand-io/eslint-plugin-fp"
      },
      "@silvermine/eslint-plugin-silvermine": {
        repository: "https://github.com/silvermine/eslint-plugin-silvermine"
      },
      "@simplysm/eslint-plugin": {
        repository: "https://github.com/kslhunter/simplysm7"
      },
      "@sincronia/eslint-plugin": {
        repository: "https://github.com/nuvolo/sincronia"
      },
      "@singlestore/eslint-plugin-react-hooks-disable-import": {
        repository: "https://github.com/memsql/eslint-react-hooks-disable-import"
      },
      "@sinonjs/eslint-plugin-no-prototype-methods": {
        repository: "https://github.com/sinonjs/eslint-plugin-no-prototype-methods"
      },
      "@skylib/eslint-plugin": {
        repository: "https://github.com/ilyub/eslint-plugin"
      },
      "@softvisio/eslint-plugin": {
        repository: "https://github.com/softvisio/eslint-plugin"
      },
      "@sourcegraph/eslint-plugin-sourcegraph": {
        repository: "https://github.com/sourcegraph/codemod"
      },
      "@spalger/eslint-plugin-import": {
        repository: "https://github.com/spalger/eslint-plugin-import"
      },
      "@spotify/eslint-plugin": {
        repository: "https://github.com/spotify/web-scripts"
      },
      "@sprucelabs/eslint-plugin-spruce": {
        repository: "https://github.com/sprucelabsai/workspace.sprucebot-skills-kit"
      },
      "@starryinternet/eslint-plugin-starry": {
        repository: "https://github.com/StarryInternet/eslint-plugin-starry"
      },
      "@stayradiated/eslint-plugin-prefer-arrow-functions": {
        repository: "https://github.com/stayradiated/eslint-plugin-prefer-arrow-functions"
      },
      "@steadier/eslint-plugin-node": {
        repository: "https://github.com/tavoyne/steadier"
      },
      "@steadier/eslint-plugin-typescript": {
        repository: "https://github.com/tavoyne/steadier"
      },
      "@stencil/eslint-plugin": {
        repository: "https://github.com/ionic-team/stencil-eslint"
      },
      "@storipress/eslint-plugin-block": {
        repository: "https://github.com/storipress/eslint-plugin-block"
      },
      "@straits/eslint-plugin": {
        repository: "https://github.com/peoro/straits-eslint-plugin"
      },
      "@studysync/eslint-plugin-jsx-conditionals": {
        repository: "https://github.com/julianburr/eslint-plugin-jsx-conditionals"
      },
      "@studysync/eslint-plugin-material-ui": {
        repository: "https://github.com/dkadrios/eslint-plugin-material-ui"
      },
      "@studysync/eslint-plugin-persnickety": {
        repository: "https://github.com/dkadrios/eslint-plugin-persnickety"
      },
      "@superdispatch/eslint-plugin": {
        repository: "https://github.com/superdispatch/js-tools"
      },
      "@superdispatch/eslint-plugin-ui": {
        repository: "https://github.com/superdispatch/ui"
      },
      "@susisu/eslint-plugin-safe-typescript": {
        repository: "https://github.com/susisu/eslint-plugin-safe-typescript"
      },
      "@swarmion/eslint-plugin": {
        repository: "https://github.com/swarmion/swarmion"
      },
      "@swissquote/eslint-plugin-swissquote": {
        repository: "https://github.com/swissquote/crafty"
      },
      "@swrlab/eslint-plugin-swr": {
        repository: "https://github.com/swrlab/eslint-plugin-swr"
      },
      "@tablecheck/eslint-plugin": {
        repository: "https://github.com/tablecheck/tablecheck-react-system"
      },
      "@taccolaa/eslint-plugin-typeorm": {
        repository: "https://github.com/Polyconseil/eslint-plugin-typeorm"
      },
      "@tapsellorg/eslint-plugin": {
        repository: "https://github.com/tapsellorg/eslint-plugin"
      },
      "@taskade/eslint-plugin": {
        repository: "https://github.com/taskade/eslint"
      },
      "@teazn/eslint-plugin-teazn": {
        repository: "https://github.com/teazn/eslint-plugin-teazn"
      },
      "@technote-space/eslint-plugin-strict-dependencies": {
        repository: "https://github.com/technote-space/eslint-plugin-strict-dependencies"
      },
      "@theobassan/eslint-plugin": {
        repository: "https://github.com/theobassan/eslint-plugin"
      },
      "@therealklanni/eslint-plugin": {
        repository: "https://github.com/therealklanni/eslint"
      },
      "@thibaudcolas/eslint-plugin-cookbook": {
        repository: "https://github.com/thibaudcolas/eslint-plugin-cookbook"
      },
      "@thorborn/eslint-plugin": {
        repository: "https://github.com/thorborn-dev/web-configs"
      },
      "@thundercraft5/eslint-plugin": {
        repository: "https://github.com/thundercraft5/eslint-plugin"
      },
      "@tinkoff/eslint-plugin": {
        repository: "https://github.com/TinkoffCreditSystems/linters"
      },
      "@tinkoff/eslint-plugin-tramvai": {
        repository: "https://github.com/TinkoffCreditSystems/tramvai"
      },
      "@tinymce/eslint-plugin": {
        repository: "https://github.com/tinymce/eslint-plugin"
      },
      "@tivac/eslint-plugin-svelte": {
        repository: "https://github.com/tivac/eslint-plugin-svelte"
      },
      "@trevorblades/eslint-plugin": {
        repository: "https://github.com/trevorblades/eslint-plugin"
      },
      "@tripphamm/eslint-plugin": {
        repository: "https://github.com/tripphamm/eslint-plugin-tripphamm"
      },
      "@ts-gql/eslint-plugin": {
        repository: "https://github.com/Thinkmill/ts-gql"
      },
      "@twist/eslint-plugin-core": {
        repository: "https://github.com/adobe/eslint-plugin-twist"
      },
      "@tyankatsu0105/eslint-plugin": {
        repository: "https://github.com/tyankatsu0105/eslint-plugin"
      },
      "@tyankatsu0105/eslint-plugin-with-typescript": {
        repository: "https://github.com/tyankatsu0105/eslint-plugin-with-typescript"
      },
      "@typeofweb/eslint-plugin": {
        repository: "https://github.com/typeofweb/eslint-plugin"
      },
      "@types/eslint-plugin-markdown": {
        repository: "https://github.com/DefinitelyTyped/DefinitelyTyped"
      },
      "@types/eslint-plugin-prettier": {
        repository: "https://github.com/DefinitelyTyped/DefinitelyTyped"
      },
      "@typescript-eslint/eslint-plugin": {
        repository: "https://github.com/typescript-eslint/typescript-eslint"
      },
      "@typescript-eslint/eslint-plugin-tslint": {
        repository: "https://github.com/typescript-eslint/typescript-eslint"
      },
      "@ueno/eslint-plugin-internal": {
        repository: "https://github.com/ueno-llc/styleguide"
      },
      "@unemati/eslint-plugin-sort-imports": {
        repository: "https://github.com/unematiii/eslint-plugin-sort-imports"
      },
      "@untitled-engineer/eslint-plugin-lit-a11y": {
        repository: "https://github.com/open-wc/open-wc"
      },
      "@untitled-engineer/eslint-plugin-wc": {
        repository: "https://github.com/43081j/eslint-plugin-wc"
      },
      "@upleveled/eslint-plugin-upleveled": {
        repository: "https://github.com/upleveled/eslint-plugin-upleveled"
      },
      "@uwatch/eslint-plugin": {
        repository: "https://github.com/uwatch-live/eslint-plugin"
      },
      "@vanta-inc/eslint-plugin-vanta": {
        repository: "https://github.com/VantaInc/eslint-plugin-vanta"
      },
      "@versett/eslint-plugin-versett": {
        repository: "https://github.com/versett/eslint-plugin-versett"
      },
      "@vertical-made/eslint-plugin-no-arithmetic": {
        repository: "https://github.com/vertical-made/eslint-plugin-no-arithmetic"
      },
      "@vinsea/eslint-plugin-custom": {
        repository: "https://github.com/Vinsea/toolkit"
      },
      "@vovkasm/eslint-plugin-std": {
        repository: "https://github.com/vovkasm/eslint-plugin-std"
      },
      "@vtex/eslint-plugin-admin-ui": {
        repository: "https://github.com/vtex/admin-ui"
      },
      "@vue/eslint-plugin": {
        repository: "https://github.com/vuejs/eslint-plugin-vue"
      },
      "@waltari/eslint-plugin-ban-realm-spread": {
        repository: "https://github.com/Waltari10/eslint-plugin-ban-realm-spread"
      },
      "@washingtonpost/eslint-plugin-wpds": {
        repository: "https://github.com/washingtonpost/wpds-ui-kit"
      },
      "@web-bee-ru/eslint-plugin": {
        repository: "https://github.com/web-bee-ru/eslint-plugin"
      },
      "@web-configs/eslint-plugin": {
        repository: "https://github.com/thundermiracle/web-configs"
      },
      "@weex-project/eslint-plugin-weex-bundle": {
        repository: "https://github.com/Hanks10100/eslint-plugin-weex-bundle"
      },
      "@weiran.zsd/eslint-plugin-node": {
        repository: "https://github.com/weiran-zsd/eslint-plugin-node"
      },
      "@welldone-software/eslint-plugin": {
        repository: "https://github.com/welldone-software/eslint-plugin-welldone"
      },
      "@wikimedia/eslint-plugin-jquery": {
        repository: "https://github.com/wikimedia/eslint-plugin-jquery"
      },
      "@withbluedot/eslint-plugin-ghost": {
        repository: "https://github.com/TryGhost/eslint-plugin-ghost"
      },
      "@wogns3623/eslint-plugin-better-exhaustive-deps": {
        repository: "https://github.com/wogns3623/eslint-plugin-better-exhaustive-deps"
      },
      "@woocommerce/eslint-plugin": {
        repository: "https://github.com/woocommerce/woocommerce-admin"
      },
      "@wordpress/eslint-plugin": {
        repository: "https://github.com/WordPress/gutenberg"
      },
      "@xcritical/eslint-plugin-xcritical": {
        repository: "https://github.com/xcritical-software/xc-front-presets"
      },
      "@xianzhengquan/vite-eslint-plugin": {
        repository: "https://github.com/XianZhengquan/vite-plugin-eslint"
      },
      "@xtrctio/eslint-plugin-disallow-date": {
        repository: "https://github.com/xtrctio/eslint-plugin-disallow-date"
      },
      "@yolkai/eslint-plugin-nx": {
        repository: "https://github.com/nrwl/nx"
      },
      "@yonycalsin/eslint-plugin-import-sort": {
        repository: "https://github.com/yonycalsin/eslint-config"
      },
      "@younho9/eslint-plugin": {
        repository: "https://github.com/younho9/eslint-plugin"
      },
      "@z-brain/eslint-plugin-z-brain": {
        repository: "https://github.com/z-brain/eslint-plugin-z-brain"
      },
      "@zamiell/eslint-plugin-comment-length": {
        repository: "https://github.com/lasselupe33/eslint-plugin-comment-length"
      },
      "@zhike/eslint-plugin": {
        repository: "https://github.com/zhike-team/eslint-plugin-zhike"
      },
      "@znemz/eslint-plugin-nem": {
        repository: "https://github.com/nmccready/eslint-plugin-nem"
      },
      "@zsoltszavo/eslint-plugin-import-lines": {
        repository: "https://github.com/zsoltszavo/eslint-plugin-import-lines"
      },
      "@zstark/eslint-plugin-zstark": {
        repository: "https://github.com/PinghuaZhuang/zstark"
      },
      abbyy: {
        repository: "https://github.com/jim-y/eslint-plugin-abbyy"
      },
      "absolute-imports": {
        repository: "https://github.com/jchen1/eslint-plugin-absolute-imports"
      },
      "absolute-imports-only": {
        repository: "https://github.com/fr0stf0x/eslint-plugin-absolute-imports"
      },
      "absolute-only": {
        repository: "https://github.com/jpwallace22/eslint-plugin-absolute-only"
      },
      actano: {
        repository: "https://github.com/actano/eslint-plugin-actano"
      },
      actions: {
        repository: "https://github.com/ylemkimon/eslint-plugin-actions"
      },
      actool: {
        repository: "https://github.com/actool/eslint-plugin-actool"
      },
      "ad-hok": {
        repository: "https://github.com/helixbass/eslint-plugin-ad-hok"
      },
      adeira: {
        repository: "https://github.com/adeira/universe"
      },
      adonis: {
        repository: "https://github.com/AdonisCommunity/eslint-plugin-adonis"
      },
      "adventure-land": {
        repository: "https://github.com/davidtimmons/eslint-plugin-adventure-land"
      },
      "agoda-compat": {
        repository: "https://github.com/amilajack/eslint-plugin-compat"
      },
      agpl: {
        repository: "https://github.com/ArekZc/eslint-plugin-agpl"
      },
      agree: {
        repository: "https://github.com/ast2018/eslint-plugin-agree"
      },
      "ahaha-miniprogram": {
        repository: "https://github.com/littleprincewdk/eslint-plugin-ahaha-miniprogram"
      },
      airbnb: {
        repository: "https://github.com/npm/security-holder"
      },
      "airbnb-base": {
        repository: "https://github.com/npm/security-holder"
      },
      "airbnb-react": {
        repository: "https://github.com/algesthesiah/eslint-plugin-airbnb-react"
      },
      airtight: {
        repository: "https://github.com/snyk/eslint-plugin-airtight"
      },
      ala: {
        repository: "https://github.com/alaameddeb/ESLint-plugin"
      },
      algolia: {
        repository: "https://github.com/algolia/eslint-plugin-algolia"
      },
      ali: {
        repository: "https://github.com/alibaba/f2e-spec"
      },
      "alias-paths": {
        repository: "https://github.com/mkusaka/eslint-plugin-alias-paths"
      },
      align: {
        repository: "https://github.com/akluball/eslint-plugin-align"
      },
      alint: {
        repository: "https://github.com/AlanFoster/eslint-plugin-alint"
      },
      alloy: {
        repository: "https://github.com/appcelerator/eslint-plugin-alloy"
      },
      alphabetize: {
        repository: "https://github.com/NickHeiner/eslint-plugin-alphabetize"
      },
      altair: {
        repository: "https://github.com/altairtv/eslint-plugin-altair"
      },
      always: {
        repository: "https://github.com/jenssimon/eslint-plugin-always"
      },
      "amd-imports": {
        repository: "https://github.com/jkieboom/eslint-plugin-amd-imports"
      },
      ami: {
        repository: "https://github.com/ami-team/eslint-plugin-ami"
      },
      "amphtml-internal": {
        repository: "https://github.com/npm/security-holder"
      },
      analyze: {
        repository: "https://github.com/th317erd/eslint-plugin-analyze"
      },
      angular: {
        docs: "https://github.com/Gillespie59/eslint-plugin-angularjs/blob/master/docs/rules/",
        repository: "https://github.com/Gillespie59/eslint-plugin-angularjs"
      },
      "angular-data-test-id": {
        repository: "https://github.com/danielstevenberger/eslint-plugin-angular-data-test-id"
      },
      "angular-file-naming": {
        repository: "https://github.com/takuya-nakayasu/eslint-plugin-angular-file-naming"
      },
      "angular-hobbicloud": {
        repository: "https://github.com/caglarcem/eslint-plugin-angular"
      },
      "angular-template-consistent-this": {
        repository: "https://github.com/jerone/eslint-plugin-angular-template-consistent-this"
      },
      angularjs: {
        repository: "https://github.com/sahibinden/eslint-plugin-angularjs"
      },
      ante: {
        repository: "https://github.com/twuni/eslint-plugin-ante"
      },
      "anti-trojan-source": {
        repository: "https://github.com/lirantal/eslint-plugin-anti-trojan-source"
      },
      antony: {
        repository: "https://github.com/antony1060/lint"
      },
      apa: {
        repository: "https://github.com/lekrans/eslint-plugin-apa"
      },
      "apklab-frida": {
        repository: "https://github.com/avast/eslint-plugin-apklab-frida"
      },
      appjson: {
        repository: "https://github.com/unfold/eslint-config-appjson"
      },
      aqsc: {
        repository: "https://github.com/qdhuadi/eslint-plugin-aqsc"
      },
      arcadia: {
        repository: "https://github.com/salesmessage/javascript"
      },
      arguments: {
        repository: "https://github.com/ronapelbaum/eslint-plugin-arguments"
      },
      arista: {
        repository: "https://github.com/aristanetworks/cloudvision-frontend-config"
      },
      arithmetic: {
        repository: "https://github.com/JonnyBurger/eslint-plugin-arithmetic"
      },
      "array-func": {
        repository: "https://github.com/freaktechnik/eslint-plugin-array-func"
      },
      "arrow-function-brace": {
        repository: "https://github.com/hayawata3626/eslint-plugin-arrow-function-brace"
      },
      artistco: {
        repository: "https://github.com/svengau/eslint-plugin-artistco"
      },
      ascii: {
        repository: "https://github.com/jsus1/eslint-plugin-ascii"
      },
      aspida: {
        repository: "https://github.com/ibuki2003/eslint-plugin-aspida"
      },
      asrt: {
        repository: "https://github.com/pzapalski/asrt"
      },
      assignment: {
        repository: "https://github.com/Chamion/eslint-plugin-assignment"
      },
      astro: {
        repository: "https://github.com/ota-meshi/eslint-plugin-astro"
      },
      "async-await": {
        repository: "https://github.com/59naga/eslint-plugin-async-await"
      },
      "atlassian-webapis": {
        repository: "https://github.com/samhh/eslint-plugin-atlassian-webapis"
      },
      "atomic-design": {
        repository: "https://github.com/RyoNkmr/eslint-plugin-atomic-design"
      },
      "atomic-design-hierarchy": {
        repository: "https://github.com/robinalaerts1/eslint-plugin-atomic-design-hierarchy"
      },
      "atomic-redesign": {
        repository: "https://github.com/recruit-tech/eslint-plugin-atomic-redesign"
      },
      attributes: {
        repository: "https://github.com/xjmforweb/eslint-plugin-attributes"
      },
      aurelia: {
        repository: "https://github.com/bryanrsmith/eslint-plugin-aurelia"
      },
      "authing-nestjs": {
        repository: "https://github.com/Authing/eslint-plugin-nestjs"
      },
      "auto-import-ts": {
        repository: "https://github.com/abstractball/eslint-plugin-auto-import-ts"
      },
      autofix: {
        repository: "https://github.com/aladdin-add/eslint-plugin/tree/master"
      },
      automatic: {
        repository: "https://github.com/gaoxiaosong/eslint-plugin-automatic"
      },
      ava: {
        docs: "https://github.com/avajs/eslint-plugin-ava/blob/main/docs/rules/",
        repository: "https://github.com/avajs/eslint-plugin-ava"
      },
      "avoid-explicit-extension": {
        repository: "https://github.com/rchougule/eslint-plugin-avoid-explicit-extension"
      },
      avol: {
        repository: "https://github.com/Avol-V/eslint-plugin-avol"
      },
      "await-in-async": {
        repository: "https://github.com/gzzhanghao/eslint-plugin-await-in-async"
      },
      "await-require-catch": {
        repository: "https://github.com/Learn-form-Zakas/eslint-plugin-await-require-catch"
      },
      "awesome-lint": {
        repository: "https://github.com/L1114/eslint-plugin-awesome-lint"
      },
      awscdk: {
        repository: "https://github.com/corymhall/eslint-plugin-awscdk"
      },
      axe: {
        repository: "https://github.com/dequelabs/axe-core"
      },
      azumuta: {
        repository: "https://github.com/Azumuta/eslint-plugin-azumuta"
      },
      "azure-sdk": {
        repository: "https://github.com/npm/security-holder"
      },
      babel: {
        repository: "https://github.com/babel/eslint-plugin-babel"
      },
      backk: {
        repository: "https://github.com/backk-node/eslint-plugin-backk"
      },
      backpack: {
        repository: "https://github.com/Skyscanner/eslint-plugin-backpack"
      },
      "bad-smells": {
        repository: "https://github.com/lucas-paiva98/eslint-plugin-bad-smells"
      },
      "baitshop-hooks": {
        repository: "https://github.com/aarongoin/eslint-plugin-baitshop-hooks"
      },
      bam: {
        repository: "https://github.com/bamlab/eslint-plugin-bam"
      },
      ban: {
        docs: "https://github.com/remithomas/eslint-plugin-ban/blob/master/docs/rules/",
        repository: "https://github.com/remithomas/eslint-plugin-ban"
      },
      "ban-package-import": {
        repository: "https://github.com/AlexandrKrivosheev/eslint-plugin-ban-package-import"
      },
      banno: {
        repository: "https://github.com/Banno/eslint-plugin-banno"
      },
      barm: {
        repository: "https://github.com/BARMPlus/eslint-plugin-barm"
      },
      basad: {
        repository: "https://github.com/EdenGottlieb/eslint-plugin-basad"
      },
      "base-style-config": {
        repository: "https://github.com/gmullerb/base-style-config"
      },
      baseui: {
        repository: "https://github.com/uber/baseweb"
      },
      "basic-kiva": {
        repository: "https://github.com/SystemLight/eslint-kiva"
      },
      bbva: {
        repository: "https://github.com/BBVAEngineering/javascript"
      },
      "be-consistent": {
        repository: "https://github.com/designfrontier/eslint-consistent"
      },
      "beautiful-imports": {
        repository: "https://github.com/sergeyshpadyrev/eslint-plugin-beautiful-imports"
      },
      "beautiful-sort": {
        repository: "https://github.com/allohamora/eslint-plugin-beautiful-sort"
      },
      belgradian: {
        repository: "https://github.com/proctorio/eslint-plugin-belgradian.js"
      },
      "bem-xjst": {
        repository: "https://github.com/bem/eslint-plugin-bem-xjst"
      },
      benderthecrime: {
        repository: "https://github.com/benderTheCrime/eslint-plugin-benderthecrime"
      },
      bes: {
        repository: "https://github.com/ykshang/eslint-custom-rule"
      },
      bestpractice: {
        repository: "https://github.com/strawlion/eslint-plugin-bestpractice"
      },
      "better-align": {
        repository: "https://github.com/CGQAQ/eslint-rule-import-align"
      },
      "better-dates": {
        repository: "https://github.com/chdsbd/eslint-plugin-better-dates"
      },
      "better-mutation": {
        repository: "https://github.com/sloops77/eslint-plugin-better-mutation"
      },
      "better-styled-components": {
        repository: "https://github.com/siffogh/eslint-plugin-better-styled-components"
      },
      "big-number-rules": {
        repository: "https://github.com/shuckster/eslint-plugin-big-number-rules"
      },
      bitrefill: {
        repository: "https://github.com/bitrefill/eslint-plugin-bitrefill"
      },
      "blank-line": {
        repository: "https://github.com/xbdtb/eslint-plugin-blank-line"
      },
      "block-function-spacing": {
        repository: "https://github.com/mgeraci/eslint-plugin-block-function-spacing"
      },
      "bof-newline": {
        repository: "https://github.com/lucastaliberti/eslint-plugin-bof-newline"
      },
      bonk2: {
        repository: "https://github.com/escorponox/eslint-plugin-bonk2"
      },
      botland: {
        repository: "https://github.com/freaktechnik/eslint-plugin-botland"
      },
      boundaries: {
        repository: "https://github.com/javierbrea/eslint-plugin-boundaries"
      },
      boyscout: {
        repository: "https://github.com/nicolaslt/eslint-plugin-boyscout"
      },
      "bpmn-io": {
        repository: "https://github.com/bpmn-io/eslint-plugin-bpmn-io"
      },
      brackets: {
        repository: "https://github.com/kentor/eslint-plugin-brackets"
      },
      "breakaway-eslint-plugin-patternfly-react": {
        repository: "https://github.com/pfbreakaway/breakaway-patternfly-react"
      },
      brlt: {
        repository: "https://github.com/nberlette/eslint-config"
      },
      "bs-eslint-rules": {
        repository: "https://github.com/Ticalie/bs-eslint"
      },
      bud: {
        repository: "https://github.com/samAroundGitHub/eslint-plugin-bud"
      },
      budapestian: {
        repository: "https://github.com/sverweij/eslint-plugin-budapestian"
      },
      "build-app": {
        repository: "https://github.com/gwmccull/eslint-plugin-build-app"
      },
      buildium: {
        repository: "https://github.com/buildium/eslint-plugin-buildium"
      },
      "builtin-compat": {
        repository: "https://github.com/instea/eslint-plugin-builtin-compat"
      },
      bullhorn: {
        repository: "https://github.com/bullhorn/eslint-plugin-bullhorn"
      },
      "bus-stuff": {
        repository: "https://github.com/erikmaday/eslint-config-bus-stuff"
      },
      cake: {
        repository: "https://github.com/sbdchd/eslint-plugin-cake"
      },
      caleb: {
        repository: "https://github.com/calebeby/eslint-config"
      },
      "call-func-with-return": {
        repository: "https://github.com/elvinn/eslint-plugin-call-func-with-return"
      },
      callback: {
        repository: "https://github.com/andreysm/eslint-plugin-callback"
      },
      "camelcase-ohm": {
        repository: "https://github.com/ohmlang/eslint-plugin-camelcase-ohm"
      },
      "camunda-licensed": {
        repository: "https://github.com/camunda/eslint-plugin-camunda-licensed"
      },
      caniuse: {
        repository: "https://github.com/amilajack/eslint-plugin-caniuse"
      },
      canonical: {
        repository: "https://github.com/gajus/eslint-plugin-canonical"
      },
      "capital-case": {
        repository: "https://github.com/tcorley/eslint-plugin-capital-case"
      },
      "caps-on": {
        repository: "https://github.com/or109/eslint-plugin-caps-on"
      },
      capture: {
        repository: "https://github.com/edgarinvillegas/eslint-plugin-capture"
      },
      careaxiom: {
        repository: "https://github.com/umar-muneer/eslint-plugin-careaxiom"
      },
      "cascading-imports": {
        repository: "https://github.com/cheap-glitch/eslint-plugin-cascading-imports"
      },
      "cde-ejs-html": {
        repository: "https://github.com/clubedaentrega/eslint-plugin-cde-ejs-html"
      },
      cdk: {
        repository: "https://github.com/hupe1980/cdkdx"
      },
      censor: {
        repository: "https://github.com/pustovitDmytro/eslint-plugin-censor"
      },
      "chai-assert-bdd": {
        repository: "https://github.com/t-huth/eslint-plugin-chai-assert-bdd"
      },
      "chai-asserts": {
        repository: "https://github.com/orloffv/eslint-plugin-chai-asserts"
      },
      "chai-expect": {
        repository: "https://github.com/turbo87/eslint-plugin-chai-expect"
      },
      "chai-expect-keywords": {
        repository: "https://github.com/gavinaiken/eslint-plugin-chai-expect-keywords"
      },
      "chai-friendly": {
        repository: "https://github.com/ihordiachenko/eslint-plugin-chai-friendly"
      },
      chain: {
        repository: "https://github.com/cenfun/eslint-plugin-chain"
      },
      "chakra-ui": {
        repository: "https://github.com/Monchi/eslint-plugin-chakra-ui"
      },
      chalk: {
        repository: "https://github.com/xuqingkuang/eslint-plugin-chalk"
      },
      chameleon: {
        repository: "https://github.com/vuejs/eslint-plugin-vue"
      },
      "chamion-typescript": {
        repository: "https://github.com/Chamion/eslint-plugin-chamion-typescript"
      },
      "change-detection-strategy": {
        repository: "https://github.com/num13ru/eslint-plugin-change-detection-strategy"
      },
      chartjs: {
        repository: "https://github.com/Manu1400/eslint-plugin-chartjs"
      },
      "check-class-name": {
        repository: "https://github.com/SkyblueWZZQ/eslint-plugin-check-class-name"
      },
      "check-diff-chinese": {
        repository: "https://github.com/pandaCure/lerna"
      },
      "check-file": {
        repository: "https://github.com/DukeLuo/eslint-plugin-check-file"
      },
      "check-umi-import": {
        repository: "https://github.com/ETRick/eslint-plugin-check-umi-import"
      },
      chotot: {
        repository: "https://github.com/chototoss/chotot-web-standards"
      },
      "chowa-standard": {
        repository: "https://github.com/chowa/eslint-plugin-chowa-standard"
      },
      cjk: {
        repository: "https://github.com/bluelovers/ws-eslint"
      },
      "ckeditor5-rules": {
        repository: "https://github.com/ckeditor/ckeditor5-linters-config"
      },
      ckhtml: {
        repository: "https://github.com/BenoitZugmeyer/eslint-plugin-html"
      },
      "class-extends": {
        repository: "https://github.com/wesbaker/eslint-plugin-class-extends"
      },
      "class-method-newlines": {
        repository: "https://github.com/kondi/eslint-plugin-class-method-newlines"
      },
      "class-methods-use-this-regex": {
        repository: "https://github.com/Donov4n/eslint-plugin-class-methods-use-this-regex"
      },
      "class-methods-use-this-regexp": {
        repository: "https://github.com/teryaew/eslint-plugin-class-methods-use-this-regexp"
      },
      "class-prefer-methods": {
        repository: "https://github.com/buildo/eslint-plugin-class-prefer-methods"
      },
      "class-types": {
        repository: "https://github.com/fleck/eslint-plugin-class-types"
      },
      classnames: {
        repository: "https://github.com/fsubal/eslint-plugin-classnames"
      },
      "clean-code": {
        repository: "https://github.com/pksilen/eslint-plugin-clean-code"
      },
      "clean-codestyle": {
        repository: "https://github.com/jsaguet/eslint-plugin-clean-codestyle"
      },
      "clean-testing": {
        repository: "https://github.com/Mjtlittle/eslint-plugin-clean-testing"
      },
      "clean-timer": {
        repository: "https://github.com/littlee/eslint-plugin-clean-timer"
      },
      cleanjs: {
        repository: "https://github.com/eslint-plugin-cleanjs/eslint-plugin-cleanjs"
      },
      closure: {
        repository: "https://github.com/google/eslint-closure"
      },
      "closure-library": {
        repository: "https://github.com/koba04/eslint-plugin-closure-library"
      },
      clutter: {
        repository: "https://github.com/43081j/notneeded"
      },
      "code-import-patterns": {
        repository: "https://github.com/pkerschbaum/eslint-plugin-code-import-patterns"
      },
      "code-struct": {
        repository: "https://github.com/cssmiles/eslint-code-struct"
      },
      codebox: {
        repository: "https://github.com/asn007/eslint-plugin-codebox"
      },
      "codebox-jh": {
        repository: "https://github.com/judithhartmann/eslint-plugin-codebox"
      },
      codeceptjs: {
        repository: "https://github.com/poenneby/eslint-plugin-codeceptjs"
      },
      codeceptjs2: {
        repository: "https://github.com/APshenkin/eslint-plugin-codeceptjs"
      },
      codegen: {
        repository: "https://github.com/mmkal/ts"
      },
      coffee: {
        repository: "https://github.com/helixbass/eslint-plugin-coffee"
      },
      "coffee-scope": {
        repository: "https://github.com/apaleslimghost/eslint-plugin-coffee-scope"
      },
      coffeescript: {
        repository: "https://github.com/a-x-/eslint-plugin-coffeescript"
      },
      "coffeescript-es7": {
        repository: "https://github.com/ovikholt/eslint-plugin-coffeescript"
      },
      coherence: {
        repository: "https://github.com/leonardodino/eslint-plugin-coherence"
      },
      coinbase: {
        repository: "https://github.com/npm/security-holder"
      },
      "comment-annotations": {
        repository: "https://github.com/102/eslint-plugin-comment-annotations"
      },
      "comment-length": {
        repository: "https://github.com/lasselupe33/eslint-plugin-comment-length"
      },
      "comment-length-2": {
        repository: "https://github.com/lasselupe33/eslint-plugin-comment-length"
      },
      "comment-reflow": {
        repository: "https://github.com/jfroelich/eslint-plugin-comment-reflow"
      },
      comments: {
        repository: "https://github.com/lo1tuma/eslint-plugin-comments"
      },
      "comments-key": {
        repository: "https://github.com/ATQQ/eslint-plugin-comments-key"
      },
      commonjs: {
        repository: "https://github.com/d-band/eslint-plugin-commonjs"
      },
      "commonjs-require-case": {
        repository: "https://github.com/charlesbjohnson/eslint-module-plugins"
      },
      "commonjs-require-name": {
        repository: "https://github.com/charlesbjohnson/eslint-module-plugins"
      },
      "communist-spelling": {
        repository: "https://github.com/dprgarner/eslint-plugin-communist-spelling"
      },
      community: {
        repository: "https://github.com/tzellman/eslint-plugin-community"
      },
      compat: {
        docs: "https://github.com/amilajack/eslint-plugin-compat/blob/main/docs/rules/",
        repository: "https://github.com/amilajack/eslint-plugin-compat"
      },
      compfest: {
        repository: "https://github.com/COMPFEST/eslint-plugin-compfest"
      },
      "config-files": {
        repository: "https://github.com/tyankatsu0105/eslint-plugin-config-files"
      },
      "consistent-modules-import": {
        repository: "https://github.com/kiwi-code/eslint-plugin-consistent-import"
      },
      "consistent-subscribe": {
        repository: "https://github.com/Gvozd/eslint-plugin-consistent-subscribe"
      },
      "const-case": {
        repository: "https://github.com/k03mad/eslint-plugin-const-case"
      },
      "const-immutable": {
        repository: "https://github.com/zeronone/eslint-plugin-const-immutable"
      },
      "cookie-often": {
        repository: "https://github.com/fortune-cook1e/eslint-plugin-cookie-often"
      },
      core: {
        repository: "https://github.com/Braised-Cakes/eslint-plugin-core"
      },
      coremail: {
        repository: "https://github.com/Mailtech/eslint-config-coremail"
      },
      couchdb: {
        repository: "https://github.com/scdf/eslint-plugin-couchdb"
      },
      coursera: {
        repository: "https://github.com/coursera/eslint-plugin-coursera"
      },
      crb: {
        repository: "https://github.com/chrisbreiding/eslint-plugin-crb"
      },
      criteo: {
        repository: "https://github.com/criteo/eslint-plugin-criteo"
      },
      css: {
        repository: "https://github.com/ota-meshi/eslint-plugin-css"
      },
      "css-in-js": {
        repository: "https://github.com/jackyho112/eslint-plugin-css-in-js"
      },
      "css-modules": {
        repository: "https://github.com/atfzl/eslint-plugin-css-modules"
      },
      "css-modules-amannn-fork": {
        repository: "https://github.com/atfzl/eslint-plugin-css-modules"
      },
      "css-modules-es": {
        repository: "https://github.com/csu-feizao/eslint-plugin-css-modules-es"
      },
      "css-modules-mariosetenal": {
        repository: "https://github.com/atfzl/eslint-plugin-css-modules"
      },
      "css-reorder": {
        repository: "https://github.com/myuon/eslint-plugin-css-reorder"
      },
      "ct.macro": {
        repository: "https://github.com/fleck/eslint-plugin-ct.macro"
      },
      cucumber: {
        docs: "https://github.com/darrinholst/eslint-plugin-cucumber/blob/master/docs/rules/",
        repository: "https://github.com/darrinholst/eslint-plugin-cucumber"
      },
      cup: {
        repository: "https://github.com/rtsao/create-universal-package"
      },
      "curly-quotes": {
        repository: "https://github.com/younesaassila/eslint-plugin-curly-quotes"
      },
      curology: {
        repository: "https://github.com/PocketDerm/eslint-plugin-curology"
      },
      "custom-display-name": {
        repository: "https://github.com/nissy-dev/eslint-plugin-custom-display-name"
      },
      "custom-elements": {
        repository: "https://github.com/github/eslint-plugin-custom-elements"
      },
      "custom-jsx-props-order": {
        repository: "https://github.com/fenbka/eslint-plugin-custom-jsx-props-order"
      },
      "custom-prettier": {
        repository: "https://github.com/shaneu/eslint-plugin-custom-prettier"
      },
      "custom-rule": {
        repository: "https://github.com/imiklos/eslint-plugin-custom-rule"
      },
      cwkr: {
        repository: "https://github.com/cwkr/coding-guidelines"
      },
      cx: {
        repository: "https://github.com/artemdudkin/eslint-plugin-cx"
      },
      cxweb: {
        repository: "https://github.com/metreniuk/eslint-plugin-cxweb"
      },
      cypress: {
        docs: "https://github.com/cypress-io/eslint-plugin-cypress/blob/master/docs/rules/",
        repository: "https://github.com/cypress-io/eslint-plugin-cypress"
      },
      "cypress-dev": {
        repository: "https://github.com/cypress-io/eslint-plugin-cypress-dev"
      },
      "cypress-parallelize": {
        repository: "https://github.com/vtex/eslint-plugin-cypress-parallelize"
      },
      "cypress-test-best-practices": {
        repository: "https://github.com/lewis-prescott-cruk/eslint-plugin-cypress-test-best-practices"
      },
      date: {
        repository: "https://github.com/HeavenSky/eslint-plugin-date"
      },
      "date-timezone": {
        repository: "https://github.com/msobas/eslint-plugin-date-timezone"
      },
      deckgl: {
        repository: "https://github.com/jstaab/eslint-plugin-deckgl"
      },
      "declaration-quotes": {
        repository: "https://github.com/726b/eslint-plugin-declaration-quotes"
      },
      "decorator-position": {
        repository: "https://github.com/NullVoxPopuli/eslint-plugin-decorator-position"
      },
      "define-script": {
        repository: "https://github.com/eslift/eslint-plugin-define-script"
      },
      deku: {
        repository: "https://github.com/deku-scrubs/eslint-plugin-deku"
      },
      "delegated-events": {
        repository: "https://github.com/dgraham/eslint-plugin-delegated-events"
      },
      "deny-some-modules-full-import": {
        repository: "https://github.com/ZWkang/eslint-plugin-deny-some-modules-full-import"
      },
      deoxxa: {
        repository: "https://github.com/deoxxa/eslint-plugin-deoxxa"
      },
      dependencies: {
        repository: "https://github.com/zertosh/eslint-plugin-dependencies"
      },
      "dependency-relation": {
        repository: "https://github.com/YutamaKotaro/eslint-plugin-dependencies-relation"
      },
      deprecate: {
        repository: "https://github.com/AlexMost/eslint-plugin-deprecate"
      },
      "deprecate-import": {
        repository: "https://github.com/findmypast-oss/eslint-plugin-deprecate-import"
      },
      deprecated: {
        repository: "https://github.com/ayqy/eslint-plugin-deprecated"
      },
      deprecation: {
        repository: "https://github.com/gund/eslint-plugin-deprecation"
      },
      "design-system": {
        repository: "https://github.com/dslounge/eslint-plugin-design-system"
      },
      destructuring: {
        repository: "https://github.com/lukeapage/eslint-plugin-destructuring"
      },
      "destructuring-newline": {
        repository: "https://github.com/kusotenpa/eslint-plugin-destructuring-newline"
      },
      "detect-bad-words": {
        repository: "https://github.com/darwintantuco/eslint-plugin-detect-bad-words"
      },
      "detect-haiku": {
        repository: "https://github.com/sadnessOjisan/eslint-plugin-detect-haiku"
      },
      "detect-hard-code": {
        repository: "https://github.com/felipebruce/detect-hard-code"
      },
      "detect-headers-without-current-year": {
        repository: "https://github.com/felipebruce/detect-headers-without-current-year"
      },
      "detect-no-assignment": {
        repository: "https://github.com/felipebruce/detect-no-assignment"
      },
      "detox-bcp": {
        repository: "https://github.com/wix-incubator/eslint-plugin-detox-bcp"
      },
      dfsx: {
        repository: "https://github.com/dfsxdev/eslint-plugin-dfsx"
      },
      diff: {
        repository: "https://github.com/paleite/eslint-plugin-diff"
      },
      dirs: {
        repository: "https://github.com/Xooone47/eslint-plugin-dirs"
      },
      disable: {
        repository: "https://github.com/mradionov/eslint-plugin-disable"
      },
      "disable-autofix": {
        repository: "https://github.com/chiefmikey/eslint-plugin-disable-autofix"
      },
      "disable-features": {
        repository: "https://github.com/brendenpalmer/eslint-plugin-disable-features"
      },
      "disallow-literals-as-jsxelement-children": {
        repository: "https://github.com/dominiczaq/eslint-plugin-disallow-literals-as-jsxelement-children"
      },
      "diversity-inclusion": {
        repository: "https://github.com/manij89/eslint-plugin-diversity-inclusion"
      },
      django: {
        repository: "https://github.com/benspaulding/eslint-plugin-django"
      },
      "document-write": {
        repository: "https://github.com/phanect/eslint-plugin-no-document-write"
      },
      "dollar-sign": {
        repository: "https://github.com/erikdesjardins/eslint-plugin-dollar-sign"
      },
      dollarshaveclub: {
        repository: "https://github.com/dollarshaveclub/eslint-plugin-dollarshaveclub"
      },
      dom: {
        repository: "https://github.com/amilajack/eslint-plugin-dom"
      },
      "double-semi": {
        repository: "https://github.com/flet/eslint-plugin-double-semi"
      },
      "dp-taro-eslint-plugin-taro": {
        repository: "https://github.com/NervJS/taro"
      },
      dprint: {
        repository: "https://github.com/mysticatea/eslint-plugin-dprint"
      },
      drupal: {
        repository: "https://github.com/theodoreb/eslint-plugin-drupal"
      },
      "drupal-contrib": {
        repository: "https://github.com/coldfrontlabs/eslint-plugin-drupal-contrib"
      },
      dtslint: {
        repository: "https://github.com/cartant/eslint-plugin-dtslint"
      },
      duck: {
        repository: "https://github.com/enkidevs/eslint-plugin-duck"
      },
      dulcet: {
        repository: "https://github.com/khanhduy1407/eslint-plugin-dulcet"
      },
      "dynamic-jest-global": {
        repository: "https://github.com/nickshevr/eslint-plugin-dynamic-jest-global"
      },
      "easy-loops": {
        repository: "https://github.com/bennypowers/eslint-plugin-easy-loops"
      },
      ebdd: {
        repository: "https://github.com/fasttime/eslint-plugin-ebdd"
      },
      ecmalist: {
        repository: "https://github.com/ivangeorgiew/eslint-plugin-ecmalist"
      },
      "ecmascript-compat": {
        repository: "https://github.com/robatwilliams/es-compat"
      },
      editorconfig: {
        repository: "https://github.com/phanect/eslint-plugin-editorconfig"
      },
      effector: {
        repository: "https://github.com/effector/eslint-plugin"
      },
      eggache: {
        repository: "https://github.com/eggjs/eslint-plugin-eggache"
      },
      "egrand-vue": {
        repository: "https://github.com/wuyuweixin/eslint-plugin-egrand-vue"
      },
      "ejs-js": {
        repository: "https://github.com/overlookmotel/eslint-plugin-ejs-js"
      },
      ekimlinger: {
        repository: "https://github.com/ekimlinger/eslint-plugin-ekimlinger"
      },
      "elastic-charts": {
        repository: "https://github.com/npm/security-holder"
      },
      "elrond-childapp-bound": {
        repository: "https://github.com/abeet/eslint-plugin-elrond-childapp-bound"
      },
      "email-css-rules": {
        repository: "https://github.com/taskworld/eslint-plugin-email-css-rules"
      },
      ember: {
        docs: "https://github.com/ember-cli/eslint-plugin-ember/blob/master/docs/rules/",
        repository: "https://github.com/ember-cli/eslint-plugin-ember"
      },
      "ember-cleanup": {
        docs: "https://github.com/onechiporenko/eslint-plugin-ember-cleanup/blob/master/docs/rules/",
        repository: "https://github.com/onechiporenko/eslint-plugin-ember-cleanup"
      },
      "ember-concurrency": {
        repository: "https://github.com/simplabs/eslint-plugin-ember-concurrency"
      },
      "ember-data": {
        repository: "https://github.com/npm/security-holder"
      },
      "ember-es6-class": {
        repository: "https://github.com/scalvert/eslint-plugin-ember-es6-class"
      },
      "ember-internal": {
        repository: "https://github.com/Turbo87/eslint-plugin-ember-internal"
      },
      "ember-later-lint-rules": {
        repository: "https://github.com/blb451/ember-later-lint-rules"
      },
      "ember-rules-twitch": {
        repository: "https://github.com/npm/security-holder"
      },
      "ember-standard": {
        repository: "https://github.com/ciena-blueplanet/eslint-plugin-ember-standard"
      },
      emmanuel: {
        repository: "https://github.com/Manu1400/eslint-plugin-emmanuel"
      },
      "emotion-utils": {
        repository: "https://github.com/danielhusar/eslint-plugin-emotion-utils"
      },
      "empty-returns": {
        repository: "https://github.com/aero31aero/eslint-plugin-empty-returns"
      },
      enact: {
        repository: "https://github.com/enactjs/eslint-plugin-enact"
      },
      "enchanted-curly": {
        repository: "https://github.com/kobezzza/eslint-plugin-enchanted-curly"
      },
      endpass: {
        repository: "https://github.com/endpass/endpass-core"
      },
      "enforce-test-id-jsx": {
        repository: "https://github.com/xblurx/eslint-jsx-enforce-test-id"
      },
      "engelhorn-sfcc": {
        repository: "https://github.com/t-huth/eslint-plugin-engelhorn-sfcc"
      },
      "enterprise-extras": {
        repository: "https://github.com/buildertrend/eslint-plugin-enterprise-extras"
      },
      env: {
        repository: "https://github.com/rtsao/eslint-plugin-env"
      },
      enzyme: {
        repository: "https://github.com/giamir/eslint-plugin-enzyme"
      },
      "eqeqeq-fix": {
        repository: "https://github.com/Zamiell/eslint-plugin-eqeqeq-fix"
      },
      es: {
        docs: "https://github.com/mysticatea/eslint-plugin-es/blob/master/docs/rules/",
        repository: "https://github.com/mysticatea/eslint-plugin-es"
      },
      "es-beautifier": {
        repository: "https://github.com/dai-shi/es-beautifier"
      },
      "es-roikoren": {
        repository: "https://github.com/roikoren755/eslint-plugin-es"
      },
      "es-x": {
        repository: "https://github.com/ota-meshi/eslint-plugin-es-x"
      },
      es5: {
        repository: "https://github.com/nkt/eslint-plugin-es5"
      },
      "es5-jquery-lodash": {
        repository: "https://github.com/NicolasReibnitz/eslint-plugin-es5-jquery-lodash"
      },
      es6: {
        repository: "https://github.com/nadongguri/eslint-plugin-es6"
      },
      "es6-recommended": {
        repository: "https://github.com/mgtitimoli/eslint-plugin-es6-recommended"
      },
      escompat: {
        repository: "https://github.com/keithamus/eslint-plugin-escompat"
      },
      "eslint-comments": {
        docs: "https://github.com/mysticatea/eslint-plugin-eslint-comments/blob/master/docs/rules/",
        repository: "https://github.com/mysticatea/eslint-plugin-eslint-comments"
      },
      "eslint-config": {
        repository: "https://github.com/g-rath/eslint-plugin-eslint-config"
      },
      "eslint-plugin": {
        docs: "https://github.com/not-an-aardvark/eslint-plugin-eslint-plugin/blob/main/docs/rules/",
        repository: "https://github.com/not-an-aardvark/eslint-plugin-eslint-plugin"
      },
      "eslint-vertical-import": {
        repository: "https://github.com/eydrian/eslint-vertical-import"
      },
      esquery: {
        repository: "https://github.com/suchipi/eslint-plugin-esquery"
      },
      etc: {
        repository: "https://github.com/cartant/eslint-plugin-etc"
      },
      etiqa: {
        repository: "https://github.com/Etiqa/eslint-plugin-etiqa"
      },
      evelyn: {
        repository: "https://github.com/evelynhathaway/eslint-plugin-evelyn"
      },
      "event-listener": {
        repository: "https://github.com/SinLucifer/eslint-plugin-event-listeners"
      },
      evernote: {
        repository: "https://github.com/evernote/eslint-plugin-evernote"
      },
      "excel-custom-functions": {
        repository: "https://github.com/OfficeDev/Office-Addin-Scripts"
      },
      "exclude-nunjuck-tags": {
        repository: "https://github.com/ibrahim12/eslint-plugin-exclude-nunjuck-tags"
      },
      "exclude-php-tags": {
        repository: "https://github.com/Alexnder/eslint-plugin-exclude-php-tags"
      },
      "expect-type": {
        repository: "https://github.com/JoshuaKGoldberg/eslint-plugin-expect-type"
      },
      expires: {
        repository: "https://github.com/digencer/eslint-plugin-expires"
      },
      "explicit-comparator": {
        repository: "https://github.com/sam-parsons/eslint-plugin-explicit-comparator"
      },
      "exports-order": {
        repository: "https://github.com/simonprod/eslint-plugin-exports-order"
      },
      ext: {
        repository: "https://github.com/jiangfengming/eslint-plugin-ext"
      },
      extend: {
        repository: "https://github.com/bregenspan/eslint-plugin-extend"
      },
      extended: {
        repository: "https://github.com/thenativeweb/eslint-plugin-extended"
      },
      extendscript: {
        repository: "https://github.com/adambrgmn/eslint-plugin-extendscript"
      },
      extjs: {
        repository: "https://github.com/burnnat/eslint-plugin-extjs"
      },
      extra: {
        repository: "https://github.com/gevgeny/eslint-plugin-extra"
      },
      "extra-syntax": {
        repository: "https://github.com/th317erd/eslint-plugin-extra-syntax"
      },
      fabmanager: {
        repository: "https://github.com/sleede/fabmanager-rules"
      },
      faltest: {
        repository: "https://github.com/CrowdStrike/faltest"
      },
      "fastify-security-rules": {
        repository: "https://github.com/lirantal/eslint-plugin-security"
      },
      "fat-arrow-same-line": {
        repository: "https://github.com/pzuraq/eslint-plugin-fat-arrow-same-line"
      },
      "fb-www": {
        repository: "https://github.com/aaronabramov/eslint-plugin-fb-www"
      },
      fbi: {
        repository: "https://github.com/fbi-js/eslint-plugin-fbi"
      },
      fda: {
        repository: "https://github.com/meetromb/eslint-plugin-fda"
      },
      fest: {
        repository: "https://github.com/Angmor23/eslint-plugin-fest"
      },
      "fetch-options": {
        repository: "https://github.com/piatra/eslint-plugin-fetch"
      },
      "file-header": {
        repository: "https://github.com/Sekhmet/eslint-plugin-file-header"
      },
      "file-layout": {
        repository: "https://github.com/keik/eslint-plugin-file-layout"
      },
      "file-path-comment": {
        repository: "https://github.com/samelliottdlt/eslint-plugin-file-path-comment"
      },
      "file-progress": {
        repository: "https://github.com/sibiraj-s/eslint-plugin-file-progress"
      },
      filename: {
        repository: "https://github.com/benyasin/eslint-plugin-filename"
      },
      "filename-checker": {
        repository: "https://github.com/amirzenoozi/eslint-plugin-filename-checker"
      },
      "filename-consistency": {
        repository: "https://github.com/wmdanor/eslint-plugin-filename-consistency"
      },
      "filename-rules": {
        repository: "https://github.com/dolsem/eslint-plugin-filename-rules"
      },
      filenames: {
        repository: "https://github.com/selaux/eslint-plugin-filenames"
      },
      "filenames-simple": {
        repository: "https://github.com/epaew/eslint-plugin-filenames-simple"
      },
      filesize: {
        repository: "https://github.com/voltrevo/eslint-plugin-filesize"
      },
      "firebase-functions": {
        repository: "https://github.com/alii/eslint-plugin-firebase-functions"
      },
      "fix-deps": {
        repository: "https://github.com/mitchellhamilton/eslint-plugin-fix-deps"
      },
      flipper: {
        repository: "https://github.com/npm/security-holder"
      },
      flow: {
        repository: "https://github.com/gajus/eslint-plugin-flowtype"
      },
      "flow-check": {
        repository: "https://github.com/marionebl/eslint-plugin-flow-check"
      },
      "flow-header": {
        repository: "https://github.com/eirikurn/eslint-plugin-flow-header"
      },
      "flow-missing": {
        repository: "https://github.com/alburkerk/eslint-plugin-flow-missing"
      },
      "flow-typed": {
        repository: "https://github.com/marudor/eslint-plugin-flow-typed"
      },
      "flowspace-es5": {
        repository: "https://github.com/Flowspace-Team/eslint-plugin-es5"
      },
      flowtype: {
        repository: "https://github.com/gajus/eslint-plugin-flowtype"
      },
      "flowtype-comment": {
        repository: "https://github.com/hczhcz/eslint-plugin-flowtype-comment"
      },
      "flowtype-errors": {
        repository: "https://github.com/amilajack/eslint-plugin-flowtype-errors"
      },
      "flowtype-esm": {
        repository: "https://github.com/ganesankv/eslint-plugin-flowtype"
      },
      "flux-standard-actions": {
        repository: "https://github.com/aosyatnik/eslint-plugin-flux-standard-actions"
      },
      fly: {
        repository: "https://github.com/Hzy0913/eslint-plugin-fly"
      },
      folders: {
        repository: "https://github.com/christopherbradleybanks/eslint-plugin-folders"
      },
      "folders-rules": {
        repository: "https://github.com/yoobic/eslint-plugin-folders-rules"
      },
      folders2: {
        repository: "https://github.com/pajarraco/eslint-plugin-folders2"
      },
      foo: {
        repository: "https://github.com/Time-coding/eslint-plugin-foo"
      },
      "for-wtools": {
        repository: "https://github.com/Wandalen/EslintPluginForWtools"
      },
      "forbidden-package": {
        repository: "https://github.com/Krosantos/eslint-plugin-forbidden-package"
      },
      "force-theme-colors": {
        repository: "https://github.com/martini97/eslint-plugin-force-theme-colors"
      },
      "force-void": {
        repository: "https://github.com/pat841/eslint-plugin-force-void"
      },
      "format-message": {
        repository: "https://github.com/format-message/format-message"
      },
      formatjs: {
        repository: "https://github.com/formatjs/formatjs"
      },
      "formatjs-no-id-duplication": {
        repository: "https://github.com/gopollock/eslint-plugin-formatjs-no-id-duplication"
      },
      formatting: {
        repository: "https://github.com/dugokontov/eslint-plugin-formatting"
      },
      "fp-jxl": {
        repository: "https://github.com/jesterxl/eslint-plugin-fp-jxl"
      },
      "fp-ts": {
        repository: "https://github.com/buildo/eslint-plugin-fp-ts"
      },
      "fp-ts-strict": {
        repository: "https://github.com/SandroMaglione/eslint-plugin-fp-ts-strict"
      },
      fpcs: {
        repository: "https://github.com/flowerpress/eslint-plugin-fpcs"
      },
      "frank-eslint-plugin-i18n-json": {
        repository: "https://github.com/godaddy/eslint-plugin-i18n-json"
      },
      freaking: {
        repository: "https://github.com/iandarling/eslint-plugin-freaking"
      },
      "front-require-in-package": {
        repository: "https://github.com/frontapp/eslint-plugin-require-in-package"
      },
      frontend: {
        repository: "https://github.com/obartra/eslint-plugin-frontend"
      },
      fsa: {
        repository: "https://github.com/joseph-galindo/eslint-plugin-fsa"
      },
      "ft-flow": {
        repository: "https://github.com/flow-typed/eslint-plugin-ft-flow"
      },
      ftgp: {
        repository: "https://github.com/foretagsplatsen/ftgp-eslint"
      },
      "full-import": {
        repository: "https://github.com/mdebbar/eslint-plugin-full-import"
      },
      fullfilename: {
        repository: "https://github.com/litelite/eslint-plugin-fullfilename"
      },
      "func-call": {
        repository: "https://github.com/titarenko/eslint-plugin-func-call"
      },
      "func-params-args": {
        repository: "https://github.com/abdusabri/eslint-plugin-func-params-args"
      },
      "function-call-context": {
        repository: "https://github.com/Glinkis/eslint-plugin-function-call-context"
      },
      "function-name": {
        repository: "https://github.com/legend80s/eslint-plugin-function-name"
      },
      "function-return-assigned-name": {
        repository: "https://github.com/Jephuff/eslint-plugin-function-return-assigned-name"
      },
      functional: {
        repository: "https://github.com/jonaskello/eslint-plugin-functional"
      },
      "functional-noshiro-fixed": {
        repository: "https://github.com/jonaskello/eslint-plugin-functional"
      },
      funfp: {
        repository: "https://github.com/twilson63/eslint-plugin-funfp"
      },
      "fuse-box-eslint-plugin": {
        repository: "https://github.com/DoumanAsh/fuse-box-eslint-plugin"
      },
      fxa: {
        repository: "https://github.com/mozilla/eslint-plugin-fxa"
      },
      galaxy: {
        repository: "https://github.com/CyanSalt/eslint-plugin-galaxy"
      },
      gamut: {
        repository: "https://github.com/Codecademy/gamut"
      },
      gatsby: {
        repository: "https://github.com/SSouik/eslint-plugin-gatsby"
      },
      "gatsby-no-static-queries": {
        repository: "https://github.com/larowlan/eslint-plugin-gatsby-no-static-queries"
      },
      gb: {
        repository: "https://github.com/garyb432/eslint-plugin-gb"
      },
      "gcp-samples": {
        repository: "https://github.com/googleapis/eslint-plugin-gcp-samples"
      },
      geekie: {
        repository: "https://github.com/geekie/eslint-plugin"
      },
      geojson: {
        repository: "https://github.com/arlyn-bones/eslint-plugin-json"
      },
      gerhut: {
        repository: "https://github.com/Gerhut/eslint-plugin-gerhut"
      },
      "get-off-my-lawn": {
        repository: "https://github.com/manovotny/eslint-plugin-get-off-my-lawn"
      },
      getsentry: {
        repository: "https://github.com/getsentry/eslint-plugin-getsentry"
      },
      getsize: {
        repository: "https://github.com/timqha/eslint-plugin-getsize"
      },
      gettext: {
        repository: "https://github.com/appannie/eslint-plugin-gettext"
      },
      ghost: {
        repository: "https://github.com/TryGhost/eslint-plugin-ghost"
      },
      github: {
        repository: "https://github.com/github/eslint-plugin-github"
      },
      glip: {
        repository: "https://github.com/brettpaden/eslint-plugin-glip"
      },
      "glob-in-npm-script": {
        repository: "https://github.com/m-sureshraj/eslint-plugin-glob-in-npm-script"
      },
      gm: {
        repository: "https://github.com/gmfe/eslint-plugin-gm"
      },
      gmfe: {
        repository: "https://github.com/gmfe/eslint-plugin-gmfe"
      },
      "good-practices": {
        repository: "https://github.com/Rahul9046/eslint-plugin-good-practices"
      },
      goodeggs: {
        repository: "https://github.com/goodeggs/eslint-plugin-goodeggs"
      },
      "google-camelcase": {
        repository: "https://github.com/greggman/eslint-plugin-google-camelcase"
      },
      googleappsscript: {
        repository: "https://github.com/selectnull/eslint-plugin-googleappsscript"
      },
      googlemaps: {
        repository: "https://github.com/googlemaps/eslint-plugin-googlemaps"
      },
      googshift: {
        repository: "https://github.com/gberaudo/eslint-plugin-googshift"
      },
      grailed: {
        repository: "https://github.com/npm/security-holder"
      },
      grapes: {
        repository: "https://github.com/Krosantos/eslint-plugin-grapes"
      },
      graphql: {
        repository: "https://github.com/apollostack/eslint-plugin-graphql"
      },
      "graphql-next": {
        repository: "https://github.com/apollostack/eslint-plugin-graphql"
      },
      "graphql-optimistic-response": {
        repository: "https://github.com/bl42/eslint-plugin-graphql-optimistic-response"
      },
      "graphql-schema": {
        repository: "https://github.com/joshuaNathaniel/eslint-plugin-graphql-schema"
      },
      gridsome: {
        repository: "https://github.com/gridsome/eslint-plugin-gridsome"
      },
      grind: {
        repository: "https://github.com/grindjs/eslint-plugin-grind"
      },
      grommet: {
        repository: "https://github.com/grommet/eslint-plugin-grommet"
      },
      "grouped-import": {
        repository: "https://github.com/kairome/eslint-plugin-grouped-import"
      },
      "grouped-imports": {
        repository: "https://github.com/gohabereg/eslint-plugin-grouped-imports"
      },
      hackmud: {
        repository: "https://github.com/apazzolini/eslint-hackmud"
      },
      hackmud2: {
        repository: "https://github.com/KuroTsuto/eslint-plugin-hackmud"
      },
      hammerhead: {
        repository: "https://github.com/LavrovArtem/eslint-plugin-hammerhead"
      },
      haraka: {
        repository: "https://github.com/haraka/haraka-eslint"
      },
      harmony: {
        repository: "https://github.com/unional/eslint-plugin-harmony"
      },
      "hash-exempt": {
        repository: "https://github.com/ckarper/eslint-plugin-hash-exempt"
      },
      hbs: {
        repository: "https://github.com/psbanka/eslint-plugin-hbs"
      },
      header: {
        repository: "https://github.com/Stuk/eslint-plugin-header"
      },
      healthier: {
        repository: "https://github.com/KidkArolis/eslint-plugin-healthier"
      },
      "helix-structure": {
        repository: "https://github.com/jeppeskovsen/eslint-plugin-helix-structure"
      },
      hijup: {
        repository: "https://github.com/hijup/eslint-plugin-hijup"
      },
      "hook-break-line": {
        repository: "https://github.com/meerkat-morecats/eslint-plugin-hook-break-line"
      },
      hooks: {
        repository: "https://github.com/hiukky/eslint-plugin-hooks"
      },
      hsl: {
        repository: "https://github.com/hsl947/eslint-plugin-hsl"
      },
      htm: {
        repository: "https://github.com/rx-ts/eslint"
      },
      html: {
        repository: "https://github.com/BenoitZugmeyer/eslint-plugin-html"
      },
      "html-erb": {
        repository: "https://github.com/pmrotule/eslint-plugin-html-erb"
      },
      hydrogen: {
        repository: "https://github.com/Shopify/hydrogen"
      },
      "hydrogen-matt": {
        repository: "https://github.com/Shopify/hydrogen"
      },
      "i-bem-js": {
        repository: "https://github.com/Realetive/eslint-plugin-i-bem-js"
      },
      i18n: {
        repository: "https://github.com/chejen/eslint-plugin-i18n"
      },
      "i18n-checker": {
        repository: "https://github.com/LuciNyan/eslint-plugin-i18n-checker"
      },
      "i18n-json": {
        repository: "https://github.com/godaddy/eslint-plugin-i18n-json"
      },
      "i18n-lingui": {
        repository: "https://github.com/OkCupid/eslint-plugin-i18n-lingui"
      },
      "i18n-plus": {
        repository: "https://github.com/alandre/eslint-plugin-i18n-plus"
      },
      "i18n-text": {
        repository: "https://github.com/dgraham/eslint-plugin-i18n-text"
      },
      "i18n-text-localize": {
        repository: "https://github.com/dgraham/eslint-plugin-i18n-text"
      },
      "i18n-validator": {
        repository: "https://github.com/OvalMoney/eslint-plugin-i18n-validator"
      },
      i18n2: {
        repository: "https://github.com/imhele/eslint-plugin-i18n2"
      },
      i18next: {
        repository: "https://github.com/edvardchen/eslint-plugin-i18next"
      },
      i18nlint: {
        repository: "https://github.com/B1gF4ceC4t/eslint-plugin-i18nlint"
      },
      "icon-button": {
        repository: "https://github.com/SmallImprovements-OpenSource/eslint-plugin-icon-button"
      },
      ideal: {
        repository: "https://github.com/gyandeeps/eslint-plugin-ideal"
      },
      "idiomatic-jsx-u": {
        repository: "https://github.com/Jgaona/eslint-plugin-idiomatic-jsx"
      },
      "ie-jsapi": {
        repository: "https://github.com/rainAgain/eslint-plugin-ie-jsapi"
      },
      "ie-static-methods": {
        repository: "https://github.com/rfeie/eslint-plugin-ie-static-methods"
      },
      ie11: {
        repository: "https://github.com/Volox/eslint-plugin-ie11"
      },
      "ignore-erb-mogix": {
        repository: "https://github.com/mogix/eslint-plugin-ignore-erb"
      },
      "ignore-generated": {
        repository: "https://github.com/zertosh/eslint-plugin-ignore-generated"
      },
      "ignore-generated-and-nolint": {
        repository: "https://github.com/zertosh/eslint-plugin-ignore-generated-and-nolint"
      },
      "ignore-native-decl": {
        repository: "https://github.com/darahak/eslint-plugin-ignore-native-decl"
      },
      ignoreuglify: {
        repository: "https://github.com/ruanyf/eslint-plugin-ignoreuglify"
      },
      immer: {
        repository: "https://github.com/supremebeing7/eslint-plugin-immer"
      },
      "immer-reducer": {
        repository: "https://github.com/skoshy/eslint-plugin-immer-reducer"
      },
      immutable: {
        repository: "https://github.com/jhusain/eslint-plugin-immutable"
      },
      "immutable-class": {
        repository: "https://github.com/implydata/immutable-class"
      },
      immutablefork: {
        repository: "https://github.com/raphaelbadia/eslint-plugin-immutable"
      },
      imperative: {
        repository: "https://github.com/guidesmiths/eslint-plugin-imperative"
      },
      "implicit-dependencies": {
        repository: "https://github.com/lennym/eslint-plugin-implicit-dependencies"
      },
      import: {
        docs: "https://github.com/import-js/eslint-plugin-import/blob/main/docs/rules/",
        repository: "https://github.com/import-js/eslint-plugin-import"
      },
      "import-1nd": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "import-access": {
        repository: "https://github.com/uhyo/eslint-plugin-import-access"
      },
      "import-alias": {
        repository: "https://github.com/steelsojka/eslint-import-alias"
      },
      "import-auto-name": {
        repository: "https://github.com/shnhrrsn/eslint-plugin-import-auto-name"
      },
      "import-b5a962": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "import-fix-is-scoped": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "import-force-abbr": {
        repository: "https://github.com/deser/eslint-plugin-import-force-abbr"
      },
      "import-helpers": {
        repository: "https://github.com/Tibfib/eslint-plugin-import-helpers"
      },
      "import-length": {
        repository: "https://github.com/steelsojka/eslint-import-length"
      },
      "import-monorepo": {
        repository: "https://github.com/igogo5yo/eslint-plugin-import-monorepo"
      },
      "import-name": {
        repository: "https://github.com/R1ON/eslint-plugin-import-name"
      },
      "import-newlines": {
        repository: "https://github.com/SeinopSys/eslint-plugin-import-newlines"
      },
      "import-only-from-index": {
        repository: "https://github.com/fourside/eslint-plugin-import-only-from-index"
      },
      "import-order-aesthetic": {
        repository: "https://github.com/Recidvst/eslint-plugin-import-order-aesthetic"
      },
      "import-order-all": {
        repository: "https://github.com/electrovir/eslint-plugin-import-order-all"
      },
      "import-order-alphabetical": {
        repository: "https://github.com/janpaul123/eslint-plugin-import-order-alphabetical"
      },
      "import-order-autofix": {
        repository: "https://github.com/AlexJuarez/eslint-plugin-import-order-autofix"
      },
      "import-order-autosorter": {
        repository: "https://github.com/AlexJuarez/eslint-plugin-import-order-autofix"
      },
      "import-order-emotion": {
        repository: "https://github.com/jfrej/eslint-plugin-import-order-emotion"
      },
      "import-path": {
        repository: "https://github.com/andrienko/eslint-plugin-import-path"
      },
      "import-quotes": {
        repository: "https://github.com/xneek/eslint-plugin-import-quotes"
      },
      "import-restrictions": {
        repository: "https://github.com/sfrieson/eslint-plugin-import-restrictions"
      },
      "import-root": {
        repository: "https://github.com/freckstergit/eslint-plugin-import-root"
      },
      "import-sorter": {
        repository: "https://github.com/fengkfengk/eslint-plugin-import-sorter"
      },
      "import-splitnsort": {
        repository: "https://github.com/mflorence99/eslint-plugin-import-splitnsort"
      },
      "import-updated": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "import-userlike": {
        repository: "https://github.com/anilanar/eslint-plugin-import-userlike"
      },
      impress: {
        repository: "https://github.com/aqrln/eslint-plugin-impress"
      },
      inclusive: {
        repository: "https://github.com/shibulijack/eslint-plugin-inclusive"
      },
      "inclusive-language": {
        repository: "https://github.com/muenzpraeger/eslint-plugin-inclusive-language"
      },
      "indent-class-properties": {
        repository: "https://github.com/larsmunkholm/eslint-plugin-indent-class-properties"
      },
      "indent-empty-lines": {
        repository: "https://github.com/funmaker/eslint-plugin-indent-empty-lines"
      },
      index: {
        repository: "https://github.com/artlaman/eslint-plugin-index"
      },
      infermedica: {
        repository: "https://github.com/infermedica/eslint-plugin-infermedica"
      },
      inferno: {
        repository: "https://github.com/infernojs/eslint-plugin-inferno"
      },
      "injected-proptypes": {
        repository: "https://github.com/ammaraskar/eslint-injected-proptypes"
      },
      instawork: {
        repository: "https://github.com/Instawork/eslint-plugin-instawork"
      },
      "instructure-ui": {
        repository: "https://github.com/instructure/instructure-ui"
      },
      interfaced: {
        repository: "https://github.com/interfaced/eslint-plugin-interfaced"
      },
      ioc: {
        repository: "https://github.com/amaro0/eslint-plugin-ioc"
      },
      "ionic-tappable": {
        repository: "https://github.com/takuya-nakayasu/eslint-plugin-ionic-tappable"
      },
      irm: {
        repository: "https://github.com/hadeshe93/eslint-plugin-irm"
      },
      iruhl: {
        repository: "https://github.com/LeadingLight/eslint-plugin-iruhl"
      },
      isaacscript: {
        repository: "https://github.com/IsaacScript/isaacscript"
      },
      isml: {
        repository: "https://github.com/Neskromny/eslint-plugin-isml"
      },
      isotropic: {
        repository: "https://github.com/ibi-group/eslint-plugin-isotropic"
      },
      istanbul: {
        repository: "https://github.com/istanbuljs/eslint-plugin-istanbul"
      },
      itgalaxy: {
        repository: "https://github.com/itgalaxy/eslint-plugin-itgalaxy"
      },
      ja: {
        repository: "https://github.com/mysticatea/eslint-plugin-ja"
      },
      "jacobsmith-custom": {
        repository: "https://github.com/jacobsmith/jacobsmith-eslint-plugins"
      },
      jam3: {
        repository: "https://github.com/Jam3/eslint-plugin-jam3"
      },
      jane: {
        repository: "https://github.com/jane/eslint-plugin-jane"
      },
      jasmine: {
        docs: "https://github.com/tlvince/eslint-plugin-jasmine/blob/master/docs/rules/",
        repository: "https://github.com/tlvince/eslint-plugin-jasmine"
      },
      "jasmine-jquery": {
        repository: "https://github.com/xxnatc/eslint-plugin-jasmine-jquery"
      },
      jest: {
        docs: "https://github.com/jest-community/eslint-plugin-jest/blob/main/docs/rules/",
        repository: "https://github.com/jest-community/eslint-plugin-jest"
      },
      "jest-dom": {
        docs: "https://github.com/testing-library/eslint-plugin-jest-dom/blob/main/docs/rules/",
        repository: "https://github.com/testing-library/eslint-plugin-jest-dom"
      },
      "jest-extended": {
        repository: "https://github.com/mattphillips/eslint-plugin-jest-extended"
      },
      "jest-formatting": {
        docs: "https://github.com/dangreenisrael/eslint-plugin-jest-formatting/blob/master/docs/rules/",
        repository: "https://github.com/dangreenisrael/eslint-plugin-jest-formatting"
      },
      "jest-playwright": {
        repository: "https://github.com/mxschmitt/eslint-plugin-playwright"
      },
      "jest-react": {
        repository: "https://github.com/Codecademy/eslint-plugin-jest-react"
      },
      jestx: {
        repository: "https://github.com/benmonro/eslint-plugin-jest"
      },
      jinja: {
        repository: "https://github.com/alexkuz/eslint-plugin-jinja"
      },
      jinja2: {
        repository: "https://github.com/alexkuz/eslint-plugin-jinja"
      },
      "jinja2-processor": {
        repository: "https://github.com/paulhfischer/eslint-plugin-jinja2-processor"
      },
      "jira-ticket-todo-comment": {
        repository: "https://github.com/bamboechop/eslint-plugin-jira-ticket-todo-comment"
      },
      "jira-ticket-todos": {
        repository: "https://github.com/Adam-Schlichtmann/jira-ticket-todos"
      },
      jmacs: {
        repository: "https://github.com/blake-regalia/jmacs.js"
      },
      joyent: {
        repository: "https://github.com/joyent/node-eslint-plugin-joyent"
      },
      jquery: {
        repository: "https://github.com/dgraham/eslint-plugin-jquery"
      },
      "jquery-selectors": {
        repository: "https://github.com/rardoz/eslint-plugin-jquery-selectors"
      },
      "jquery-unsafe": {
        repository: "https://github.com/cdd/eslint-plugin-jquery-unsafe"
      },
      jsapps: {
        repository: "https://github.com/ideadapt/eslint-plugin-jsapps"
      },
      jsbox: {
        repository: "https://github.com/EqualMa/eslint-plugin-jsbox"
      },
      jsdoc: {
        repository: "https://github.com/gajus/eslint-plugin-jsdoc"
      },
      "jsdoc-ex": {
        repository: "https://github.com/gajus/eslint-plugin-jsdoc"
      },
      "jsdom-internal": {
        repository: "https://github.com/npm/security-holder"
      },
      jsfix: {
        repository: "https://github.com/Digyter/eslint-plugin-jsfix"
      },
      jshow: {
        repository: "https://github.com/j-show/eslint-plugin-jshow"
      },
      json: {
        repository: "https://github.com/azeemba/eslint-plugin-json"
      },
      "json-beta": {
        repository: "https://github.com/azeemba/eslint-plugin-json"
      },
      "json-es": {
        repository: "https://github.com/zeitport/eslint-plugin-json-es"
      },
      "json-files": {
        repository: "https://github.com/kellyselden/eslint-plugin-json-files"
      },
      "json-format": {
        repository: "https://github.com/bkucera/eslint-plugin-json-format"
      },
      "json-light-pmb": {
        repository: "https://github.com/mk-pmb/eslint-plugin-json-light-pmb"
      },
      "json-lite": {
        repository: "https://github.com/jacob-israel-turner/eslint-plugin-json-lite"
      },
      "json-processor": {
        repository: "https://github.com/doochik/eslint-plugin-json-processor"
      },
      "json-schema-validator": {
        docs: "https://github.com/ota-meshi/eslint-plugin-json-schema-validator/blob/main/docs/rules/",
        repository: "https://github.com/ota-meshi/eslint-plugin-json-schema-validator"
      },
      json5: {
        repository: "https://github.com/bayesimpact/eslint-plugin-json5"
      },
      jsonc: {
        repository: "https://github.com/ota-meshi/eslint-plugin-jsonc"
      },
      jsort: {
        repository: "https://github.com/nate-wilkins/eslint-plugin-jsort"
      },
      jsspec: {
        repository: "https://github.com/JSSpec/eslint-plugin-jsspec"
      },
      jsx: {
        repository: "https://github.com/jkroso/eslint-plugin-jsx"
      },
      "jsx-a11y": {
        docs: "https://github.com/jsx-eslint/eslint-plugin-jsx-a11y/blob/main/docs/rules/",
        repository: "https://github.com/jsx-eslint/eslint-plugin-jsx-a11y"
      },
      "jsx-conditional": {
        repository: "https://github.com/luisadame/eslint-plugin-jsx-conditional"
      },
      "jsx-conditionals": {
        repository: "https://github.com/julianburr/eslint-plugin-jsx-conditionals"
      },
      "jsx-control-statements": {
        repository: "https://github.com/vkbansal/eslint-plugin-jsx-control-statements"
      },
      "jsx-dollar": {
        repository: "https://github.com/kyoncy/eslint-plugin-jsx-dollar"
      },
      "jsx-expressions": {
        repository: "https://github.com/hpersson/eslint-plugin-jsx-expressions"
      },
      "jsx-falsy": {
        repository: "https://github.com/jeremy-deutsch/eslint-plugin-jsx-falsy"
      },
      "jsx-helpers": {
        repository: "https://github.com/DmitriyNikolenko/eslint-plugin-jsx-helpers"
      },
      "jsx-img-no-referrer": {
        repository: "https://github.com/darwintantuco/eslint-plugin-jsx-img-no-referrer"
      },
      jsxspacing: {
        repository: "https://github.com/alexbird/eslint-plugin-jsxspacing"
      },
      julius: {
        repository: "https://github.com/ncaq/eslint-plugin-julius"
      },
      k4ntin: {
        repository: "https://github.com/k4ntin/eslint-plugin-k4ntin"
      },
      kaola: {
        repository: "https://github.com/Deol/eslint-plugin-kaola"
      },
      kavak: {
        repository: "https://github.com/npm/security-holder"
      },
      "kdu-libs": {
        repository: "https://github.com/khanhduy1407/eslint-plugin-kdu-libs"
      },
      kengoldfarb: {
        repository: "https://github.com/kengoldfarb/lint"
      },
      kiwicom: {
        repository: "https://github.com/kiwicom/eslint-plugin-kiwicom"
      },
      knex: {
        repository: "https://github.com/antonniklasson/eslint-plugin-knex"
      },
      koot: {
        repository: "https://github.com/cmux/koot-eslint"
      },
      korolint: {
        repository: "https://github.com/OBKoro1/eslint-plugin-koro-create"
      },
      kyt: {
        repository: "https://github.com/nytimes/kyt"
      },
      lab: {
        repository: "https://github.com/rankida/eslint-plugin-lab"
      },
      "lambda-calculus": {
        repository: "https://github.com/david-davidson/eslint-plugin-lambda-calculus"
      },
      langs: {
        repository: "https://github.com/infodusha/eslint-plugin-langs"
      },
      "lazy-load": {
        repository: "https://github.com/frankie0917/eslint-plugin-lazy-load"
      },
      "lcb-mini": {
        repository: "https://github.com/douzi8/eslint-plugin-lcb-mini"
      },
      lcom: {
        repository: "https://github.com/FujiHaruka/eslint-plugin-lcom"
      },
      "lean-imports": {
        repository: "https://github.com/eslint-plugins/eslint-plugin-lean-imports"
      },
      leboncoin: {
        repository: "https://github.com/leboncoin/frontend-web-tools/tree/master"
      },
      letemplate: {
        repository: "https://github.com/vuejs/eslint-plugin-vue"
      },
      levitate: {
        repository: "https://github.com/ThisIsManta/eslint-plugin-levitate"
      },
      "license-header": {
        repository: "https://github.com/nikku/eslint-plugin-license-header"
      },
      "lightning-components": {
        repository: "https://github.com/reiniergs/eslint-plugin-lightning-components"
      },
      "link-slash-end": {
        repository: "https://github.com/HaganHan/eslint-plugin-link-slash-end"
      },
      linklink: {
        repository: "https://github.com/Java-http/eslint-plugin-linklink"
      },
      lint: {
        repository: "https://github.com/zertosh/eslint-plugin-lint"
      },
      "lint-md": {
        repository: "https://github.com/lint-md/eslint-plugin-lint-md"
      },
      listeners: {
        repository: "https://github.com/foad/eslint-plugin-listeners"
      },
      lit: {
        repository: "https://github.com/43081j/eslint-plugin-lit"
      },
      "lit-a11y": {
        repository: "https://github.com/open-wc/open-wc"
      },
      "literal-blacklist": {
        repository: "https://github.com/kyaido/eslint-plugin-literal-blacklist"
      },
      "literal-check": {
        repository: "https://github.com/youngjuning/eslint-plugin-literal-check"
      },
      "literal-checker": {
        repository: "https://github.com/youngjuning/eslint-plugin-literal-checker"
      },
      "loadable-component": {
        repository: "https://github.com/miqdadfwz/eslint-plugin-loadable-component"
      },
      local: {
        repository: "https://github.com/taskworld/eslint-plugin-local"
      },
      "local-rules": {
        repository: "https://github.com/cletusw/eslint-plugin-local-rules"
      },
      lodash: {
        docs: "https://github.com/wix/eslint-plugin-lodash/blob/master/docs/rules/",
        repository: "https://github.com/wix/eslint-plugin-lodash"
      },
      "lodash-f": {
        repository: "https://github.com/AndreaPontrandolfo/eslint-plugin-lodash"
      },
      "lodash-fp": {
        repository: "https://github.com/jfmengels/eslint-plugin-lodash-fp"
      },
      "lodash-magic-import": {
        repository: "https://github.com/bitsnap/eslint-plugin-lodash-magic-import"
      },
      "lodash-restrictions": {
        repository: "https://github.com/idesi/eslint-plugin-lodash-restrictions"
      },
      "lodash-template": {
        repository: "https://github.com/ota-meshi/eslint-plugin-lodash-template"
      },
      "lodash-tree-shakeable-import": {
        repository: "https://github.com/natterstefan/eslint-plugin-lodash-tree-shakeable-import"
      },
      loft: {
        repository: "https://github.com/Loft-Brasil/eslint-plugin-loft"
      },
      log: {
        repository: "https://github.com/omrilotan/eslint-plugin-log"
      },
      "log-filenames": {
        repository: "https://github.com/justlep/eslint-plugin-log-filenames"
      },
      "log-linter": {
        repository: "https://github.com/michael5891/eslint-plugin-log-linter"
      },
      logdna: {
        repository: "https://github.com/logdna/eslint-plugin-logdna"
      },
      lola: {
        repository: "https://github.com/lolatravel/eslint-plugin-lola"
      },
      "lookbehind-assertions": {
        repository: "https://github.com/takuya-nakayasu/eslint-plugin-lookbehind-assertions"
      },
      loyaltylion: {
        repository: "https://github.com/loyaltylion/eslint-plugin-loyaltylion"
      },
      "lucky-monkey": {
        repository: "https://github.com/borenXue/eslint-plugin-lucky-monkey"
      },
      lvksh: {
        repository: "https://github.com/lvkdotsh/javascript"
      },
      lwc: {
        repository: "https://github.com/npm/security-holder"
      },
      "lwintch-wyze": {
        repository: "https://github.com/lwintch/eslint-plugin-wyze"
      },
      m99coder: {
        repository: "https://github.com/m99coder/eslint-plugin-m99coder"
      },
      magicdawn: {
        repository: "https://github.com/magicdawn/eslint-plugin-magicdawn"
      },
      makestyles: {
        repository: "https://github.com/madflanderz/eslint-plugin-makestyles"
      },
      markdown: {
        repository: "https://github.com/eslint/eslint-plugin-markdown"
      },
      "markdown-antd": {
        repository: "https://github.com/eslint/eslint-plugin-markdown"
      },
      "markdown-runkit": {
        repository: "https://github.com/eslint/eslint-plugin-markdown"
      },
      markup: {
        repository: "https://github.com/rx-ts/eslint"
      },
      "markup-replace": {
        repository: "https://github.com/xsjohn0306/eslint-plugin-markup-replace"
      },
      maru: {
        repository: "https://github.com/jshan2017/eslint-plugin-maru"
      },
      "material-ui-dkadrios": {
        repository: "https://github.com/mui-org/material-ui"
      },
      "material-ui-unused-classes": {
        repository: "https://github.com/jens-ox/eslint-plugin-material-ui-unused-classes"
      },
      "matrix-org": {
        repository: "https://github.com/matrix-org/eslint-config-matrix-org"
      },
      mattermost: {
        repository: "https://github.com/npm/security-holder"
      },
      mavenlint: {
        repository: "https://github.com/mavenlink/mavenlint"
      },
      "max-comments-per-function": {
        repository: "https://github.com/miangraham/eslint-plugin-max-comments-per-function"
      },
      "max-len-2": {
        repository: "https://github.com/andreineculau/eslint-plugin-max-len-2"
      },
      "max-methods-per-class": {
        repository: "https://github.com/mawrkus/eslint-plugin-max-methods-per-class"
      },
      "max-params-no-constructor": {
        repository: "https://github.com/paulomenezes/max-params-no-constructor"
      },
      mayaka: {
        repository: "https://github.com/g-plane/eslint-plugin-mayaka"
      },
      md: {
        repository: "https://github.com/leo-buneev/eslint-plugin-md"
      },
      mdx: {
        repository: "https://github.com/mdx-js/eslint-mdx"
      },
      "mdx-patch": {
        repository: "https://github.com/ianlet/eslint-plugin-mdx-patch"
      },
      mediawiki: {
        repository: "https://github.com/wikimedia/eslint-plugin-mediawiki"
      },
      meetup: {
        repository: "https://github.com/meetup/eslint-plugin-meetup"
      },
      meow: {
        repository: "https://github.com/coderzhaoziwei/eslint-plugin-meow"
      },
      metafizzy: {
        repository: "https://github.com/metafizzy/eslint-plugin-metafizzy"
      },
      meteor: {
        repository: "https://github.com/dferber90/eslint-plugin-meteor"
      },
      miniprogram: {
        repository: "https://github.com/airbnb/eslint-plugin-miniprogram"
      },
      minxing: {
        repository: "https://github.com/stuartZhang/eslint-plugin-minxing"
      },
      mirego: {
        repository: "https://github.com/mirego/eslint-plugin-mirego"
      },
      mishguru: {
        repository: "https://github.com/mishguruorg/eslint-plugin-mishguru"
      },
      mistertemp: {
        repository: "https://github.com/lzientek/eslint-plugin-mistertemp"
      },
      "mix-lang": {
        repository: "https://github.com/Jogyly/mix-lang"
      },
      mizyind: {
        repository: "https://github.com/miZyind/eslint-plugin-mizyind"
      },
      mobx: {
        repository: "https://github.com/mobxjs/mobx"
      },
      "mobx-computed-getters": {
        repository: "https://github.com/kubk/eslint-plugin-mobx-computed-getters"
      },
      "mobx-observer-checker": {
        repository: "https://github.com/mkupriichuk/eslint-plugin-mobx-observer-checker"
      },
      mocha: {
        docs: "https://github.com/lo1tuma/eslint-plugin-mocha/blob/master/docs/rules/",
        repository: "https://github.com/lo1tuma/eslint-plugin-mocha"
      },
      "mocha-cleanup": {
        repository: "https://github.com/onechiporenko/eslint-plugin-mocha-cleanup"
      },
      "mocha-no-only": {
        repository: "https://github.com/lewazo/eslint-mocha-no-only"
      },
      modulajs: {
        repository: "https://github.com/freewheel/eslint-plugin-modulajs"
      },
      module: {
        repository: "https://github.com/raxjs/rax-scripts"
      },
      "module-name": {
        repository: "https://github.com/iambrandonn/eslint-plugin-module-name"
      },
      "module-resolver": {
        repository: "https://github.com/HeroProtagonist/eslint-plugin-module-resolver"
      },
      "modules-newline": {
        repository: "https://github.com/gmsorrow/eslint-plugin-modules-newline"
      },
      "modules-newline-fixed": {
        repository: "https://github.com/CyberWalrus/eslint-plugin-modules-newline"
      },
      "modules-newline2": {
        repository: "https://github.com/gmsorrow/eslint-plugin-modules-newline"
      },
      "modules-newlines": {
        repository: "https://github.com/ruudandriessen/eslint-plugin-modules-newline"
      },
      moment: {
        repository: "https://github.com/geranton93/eslint-plugin-moment"
      },
      "moment-timezone": {
        repository: "https://github.com/hollandmatt/eslint-plugin-moment-timezone"
      },
      momentjs: {
        repository: "https://github.com/schnaser/eslint-plugin-momentjs"
      },
      "mongo-projection": {
        repository: "https://github.com/kaizendorks/eslint-plugin-mongo-projection"
      },
      mongodb: {
        repository: "https://github.com/nfroidure/eslint-plugin-mongodb"
      },
      "mongodb-server": {
        repository: "https://github.com/visemet/eslint-plugin-mongodb-server"
      },
      monorepo: {
        repository: "https://github.com/azz/eslint-plugin-monorepo"
      },
      "monorepo-cop": {
        repository: "https://github.com/sterlingwes/eslint-plugin-monorepo-cop"
      },
      more: {
        repository: "https://github.com/WebbyLab/eslint-plugin-more"
      },
      "more-naming-conventions": {
        repository: "https://github.com/TheKoopaKingdom/eslint-plugin-more-naming-conventions"
      },
      "more-naming-conventions-leading-underscore": {
        repository: "https://github.com/alex-zissis/eslint-plugin-more-naming-conventions"
      },
      "move-files": {
        repository: "https://github.com/JamieMason/eslint-plugin-move-files"
      },
      moxio: {
        repository: "https://github.com/Moxio/eslint-plugin-moxio"
      },
      mp: {
        repository: "https://github.com/mp-components/eslint-plugin-mp"
      },
      mpirik: {
        repository: "https://github.com/mpirik/eslint-plugin-mpirik"
      },
      mpx: {
        repository: "https://github.com/mpx-ecology/eslint-plugin-mpx"
      },
      mui: {
        repository: "https://github.com/rafaelgomesxyz/eslint-plugin-mui"
      },
      "mui-unused-classes": {
        repository: "https://github.com/jens-ox/eslint-plugin-material-ui-unused-classes"
      },
      muralco: {
        repository: "https://github.com/muralco/eslint-plugin-muralco"
      },
      muriki: {
        repository: "https://github.com/Moeriki/eslint-plugin-muriki"
      },
      "must-use-await": {
        repository: "https://github.com/mikemaccana/eslint-plugin-must-use-await"
      },
      myself: {
        repository: "https://github.com/kangkai124/eslint-plugin-myself"
      },
      mysticatea: {
        repository: "https://github.com/mysticatea/eslint-plugin"
      },
      n: {
        repository: "https://github.com/weiran-zsd/eslint-plugin-node"
      },
      "n8n-nodes-base": {
        repository: "https://github.com/ivov/eslint-plugin-n8n-nodes-base"
      },
      nada: {
        repository: "https://github.com/leonardoanalista/eslint-plugin-nada"
      },
      "named-unassigned-functions": {
        repository: "https://github.com/ValYouW/eslint-plugin-named-unassigned-functions"
      },
      nanachi: {
        repository: "https://github.com/shaoyudong/eslint-plugin-nanachi"
      },
      "native-ie": {
        repository: "https://github.com/yskszk63/eslint-plugin-native-ie"
      },
      "native-over-lodash": {
        repository: "https://github.com/Coobaha/eslint-plugin-native-over-lodash"
      },
      "nebulas-contract": {
        repository: "https://github.com/xingyunwork/eslint-plugin-nebulas-contract"
      },
      nestjs: {
        repository: "https://github.com/unlight/eslint-plugin-nestjs"
      },
      "nestjs-framework": {
        repository: "https://github.com/wisedog/eslint-plugin-nestjs-framework"
      },
      neverthrow: {
        repository: "https://github.com/mdbetancourt/eslint-plugin-nevethrow"
      },
      "new-line-before-if": {
        repository: "https://github.com/nisshii0313/eslint-plugin-new-line-before-if"
      },
      "new-with-error": {
        repository: "https://github.com/Trott/eslint-plugin-new-with-error"
      },
      newline: {
        repository: "https://github.com/Joon1313/eslint-plugin-newline"
      },
      "newline-after-if-condition": {
        repository: "https://github.com/marcosc90/eslint-plugin-newline-after-if-condition"
      },
      "newline-before-paren": {
        repository: "https://github.com/pat841/eslint-plugin-newline-before-paren"
      },
      "newline-destructuring": {
        repository: "https://github.com/urielvan/eslint-plugin-newline-destructuring"
      },
      "ng-test-identifier": {
        repository: "https://github.com/MindesignGCV/test-identifier"
      },
      ngrx: {
        repository: "https://github.com/timdeschryver/eslint-plugin-ngrx"
      },
      "ngx-eslint": {
        repository: "https://github.com/phhien203/eslint-plugin-ngx-eslint"
      },
      "ngxs-style-guide": {
        repository: "https://github.com/unlight/eslint-plugin-ngxs-style-guide"
      },
      "nkgrnkgr-react": {
        repository: "https://github.com/nkgrnkgr/eslint-plugin-nkgrnkgr-react"
      },
      nnimetz: {
        repository: "https://github.com/NicolasNimetz/eslint-plugin-nnimetz"
      },
      "no-allow-react-context": {
        repository: "https://github.com/azu/eslint-plugin-no-allow-react-context"
      },
      "no-ambiguous": {
        repository: "https://github.com/eight04/eslint-plugin-no-ambiguous"
      },
      "no-anonymous-functions": {
        repository: "https://github.com/preacherxp/eslint-plugin-no-anonymous-functions"
      },
      "no-array-any": {
        repository: "https://github.com/Zamiell/eslint-plugin-no-array-any"
      },
      "no-array-concat": {
        repository: "https://github.com/mkpoli/eslint-plugin-no-array-concat"
      },
      "no-array-reduce": {
        repository: "https://github.com/mkosir/eslint-plugin-no-array-reduce"
      },
      "no-arrow-labels": {
        repository: "https://github.com/bryanrsmith/eslint-plugin-no-arrow-labels"
      },
      "no-arrow-this": {
        repository: "https://github.com/wentout/eslint-plugin-no-arrow-this"
      },
      "no-async": {
        repository: "https://github.com/yoavniran/eslint-plugin-no-async"
      },
      "no-async-without-await": {
        repository: "https://github.com/zertosh/eslint-plugin-no-async-without-await"
      },
      "no-autofix": {
        repository: "https://github.com/aladdin-add/eslint-plugin/tree/master"
      },
      "no-await-async-call": {
        repository: "https://github.com/christensson/eslint-plugin-no-await-async-call"
      },
      "no-bad-naming-variables": {
        repository: "https://github.com/kovboyjder/eslint-no-bad-naming"
      },
      "no-block-comments": {
        repository: "https://github.com/alex-shnayder/eslint-plugin-no-empty-blocks"
      },
      "no-call": {
        repository: "https://github.com/igat64/eslint-plugin-no-call"
      },
      "no-catch-all": {
        repository: "https://github.com/MrLoh/eslint-plugin-no-catch-all"
      },
      "no-catch-destructuring": {
        repository: "https://github.com/tizmagik/eslint-plugin-no-catch-destructuring"
      },
      "no-class": {
        repository: "https://github.com/emmenko/eslint-plugin-no-class"
      },
      "no-classname-with-stylename": {
        repository: "https://github.com/bendtherules/eslint-plugin-no-classname-with-stylename"
      },
      "no-comments": {
        repository: "https://github.com/wisniewski94/eslint-plugin-no-comments"
      },
      "no-compound-assigned-await": {
        repository: "https://github.com/PJWalker/eslint-plugin-no-compound-assigned-await"
      },
      "no-confusing-arrow": {
        repository: "https://github.com/jasperck/eslint-plugin-no-confusing-arrow"
      },
      "no-constructor-bind": {
        docs: "https://github.com/markalfred/eslint-plugin-no-constructor-bind/blob/master/docs/rules/",
        repository: "https://github.com/markalfred/eslint-plugin-no-constructor-bind"
      },
      "no-constructor-bind-no-fix": {
        repository: "https://github.com/Hastaroth1/eslint-plugin-no-constructor-bind"
      },
      "no-copy-paste-default-export": {
        repository: "https://github.com/buildo/eslint-plugin-no-copy-paste-default-export"
      },
      "no-credentials": {
        repository: "https://github.com/oprogramador/eslint-plugin-no-credentials"
      },
      "no-cyrillic-string": {
        repository: "https://github.com/eprincev-egor/no-cyrillic-string"
      },
      "no-dangerous": {
        repository: "https://github.com/arx-8/eslint-plugin-no-dangerous"
      },
      "no-date-parsing": {
        repository: "https://github.com/amzn/eslint-plugin-no-date-parsing"
      },
      "no-deprecated-variable": {
        repository: "https://github.com/frichti/eslint-plugin-no-deprecated-variable"
      },
      "no-dupe-class-fields": {
        repository: "https://github.com/Macil/eslint-plugin-no-dupe-class-fields"
      },
      "no-editor-code": {
        repository: "https://github.com/lukebelliveau/eslint-plugin-no-editor-code"
      },
      "no-empty-disable": {
        repository: "https://github.com/edwardpayton/eslint-plugin-no-empty-disable"
      },
      "no-empty-statement": {
        repository: "https://github.com/zhanzhenzhen/eslint-plugin-no-empty-statement"
      },
      "no-es2015": {
        repository: "https://github.com/NatureFeng/eslint-plugin-no-es2015"
      },
      "no-eslint-disable": {
        repository: "https://github.com/unlight/eslint-plugin-no-eslint-disable"
      },
      "no-except": {
        repository: "https://github.com/ryan-rushton/eslint-plugin-no-except"
      },
      "no-expectsaga-without-return": {
        repository: "https://github.com/mmakarin/eslint-plugin-no-expectSaga-without-return"
      },
      "no-explicit-type-exports": {
        repository: "https://github.com/intuit/eslint-plugin-no-explicit-type-exports"
      },
      "no-extension-in-require": {
        repository: "https://github.com/pdubroy/eslint-plugin-no-extension-in-require"
      },
      "no-floating-promise": {
        repository: "https://github.com/SebastienGllmt/eslint-plugin-no-floating-promise"
      },
      "no-for-loop": {
        repository: "https://github.com/AkifumiSato/eslint-plugin-no-for-loop"
      },
      "no-for-of-loops": {
        repository: "https://github.com/dharFr/eslint-plugin-no-for-of-loops"
      },
      "no-foreach": {
        repository: "https://github.com/flying-sheep/eslint-plugin-no-foreach"
      },
      "no-func-space": {
        repository: "https://github.com/Jxck/eslint-plugin-no-func-space"
      },
      "no-function-declare-after-return": {
        repository: "https://github.com/bhumijgupta/eslint-plugin-no-function-declare-after-return"
      },
      "no-generic-identifier": {
        repository: "https://github.com/d7my11/eslint-plugin-no-generic-identifier"
      },
      "no-global-lodash": {
        repository: "https://github.com/adalbertoteixeira/eslint-plugin-no-global-lodash"
      },
      "no-http-protocol": {
        repository: "https://github.com/pstephenwille/no-http-protocol"
      },
      "no-hyogo-police": {
        repository: "https://github.com/pipboy3000/eslint-plugin-no-hyogo-police"
      },
      "no-if-not": {
        repository: "https://github.com/bakkot/eslint-plugin-no-if-not"
      },
      "no-implicit-map-set-loops": {
        repository: "https://github.com/Zamiell/eslint-plugin-no-implicit-map-set-loops"
      },
      "no-implicit-side-effects": {
        repository: "https://github.com/jussi-kalliokoski/eslint-plugin-no-implicit-side-effects"
      },
      "no-inferred-method-name": {
        repository: "https://github.com/johnstonbl01/eslint-no-inferred-method-name"
      },
      "no-inline-styles": {
        repository: "https://github.com/nmanthena18/eslint-no-inline-styles"
      },
      "no-jp": {
        repository: "https://github.com/K-Sato1995/eslint-plugin-no-jp"
      },
      "no-jquery": {
        repository: "https://github.com/wikimedia/eslint-plugin-no-jquery"
      },
      "no-js": {
        repository: "https://github.com/chicoxyzzy/eslint-plugin-no-js"
      },
      "no-kebab-case-props": {
        repository: "https://github.com/JofArnold/eslint-plugin-no-kebab-case-props"
      },
      "no-let-any": {
        repository: "https://github.com/Zamiell/eslint-plugin-no-let-any"
      },
      "no-link-component": {
        repository: "https://github.com/julienben/eslint-plugin-no-link-component"
      },
      "no-lookahead-lookbehind-regexp": {
        repository: "https://github.com/JonasBa/eslint-plugin-no-lookahead-lookbehind-regexp"
      },
      "no-loops": {
        repository: "https://github.com/buildo/eslint-plugin-no-loops"
      },
      "no-memo-displayname": {
        repository: "https://github.com/patrykkopycinski/eslint-plugin-no-memo-displayname"
      },
      "no-mixed-operators": {
        repository: "https://github.com/kevin940726/eslint-plugin-no-mixed-operators"
      },
      "no-named-imports": {
        repository: "https://github.com/gabemeola/eslint-plugin-no-named-imports"
      },
      "no-named-test-function": {
        repository: "https://github.com/sglord/eslint-plugin-no-named-test-function"
      },
      "no-named-test-functions": {
        repository: "https://github.com/sglord/eslint-plugin-no-named-test-functions"
      },
      "no-not-accumulator-reassign": {
        repository: "https://github.com/mathieudutour/eslint-plugin-no-not-accumulator-reassign"
      },
      "no-null": {
        repository: "https://github.com/nene/eslint-plugin-no-null"
      },
      "no-one-time-vars": {
        repository: "https://github.com/Bas950/eslint-plugin-no-one-time-vars"
      },
      "no-only-tests": {
        repository: "https://github.com/levibuzolic/eslint-plugin-no-only-tests"
      },
      "no-process-lint": {
        repository: "https://github.com/xyl66/eslint-plugin-no-process"
      },
      "no-react-component-snapshots": {
        repository: "https://github.com/rileygowan/eslint-plugin-no-react-component-snapshots"
      },
      "no-react-scope-bound-assignment": {
        repository: "https://github.com/betaorbust/eslint-plugin-no-react-scope-bound-assignment"
      },
      "no-recursion": {
        repository: "https://github.com/simon-andrews/eslint-plugin-no-recursion"
      },
      "no-regex-dot": {
        repository: "https://github.com/vitalif/eslint-plugin-no-regex-dot"
      },
      "no-relative-import-paths": {
        repository: "https://github.com/MelvinVermeer/eslint-plugin-no-relative-import-paths"
      },
      "no-relative-parent-require": {
        repository: "https://github.com/ersel/eslint-plugin-no-relative-parent-require"
      },
      "no-require-self-ref": {
        repository: "https://github.com/austinkelleher/eslint-plugin-no-require-self-ref"
      },
      "no-return": {
        repository: "https://github.com/boiyaa/eslint-plugin-no-return"
      },
      "no-secrets": {
        repository: "https://github.com/nickdeis/eslint-plugin-no-secrets"
      },
      "no-shit": {
        repository: "https://github.com/jakubsadura/eslint-plugin-no-shit"
      },
      "no-skip-tests": {
        repository: "https://github.com/romaingaillardjs/eslint-plugin-no-skip-tests"
      },
      "no-smart-quotes": {
        repository: "https://github.com/seleb/eslint-plugin-no-smart-quotes"
      },
      "no-snapshot-testing": {
        repository: "https://github.com/VicJer/eslint-plugin-no-snapshot-testing"
      },
      "no-snapshots": {
        repository: "https://github.com/Johannesklint/eslint-plugin-snapshots"
      },
      "no-string": {
        repository: "https://github.com/yangjiagongzi/eslint-plugin-no-string"
      },
      "no-string-in-jsx": {
        repository: "https://github.com/kdnk/eslint-plugin-no-string-in-jsx"
      },
      "no-template-curly-in-string-fix": {
        repository: "https://github.com/Zamiell/eslint-plugin-no-template-curly-in-string-fix"
      },
      "no-this-in-jsx-component-name": {
        repository: "https://github.com/julienben/eslint-plugin-no-this-in-jsx-component-name"
      },
      "no-type-assertion": {
        repository: "https://github.com/Dremora/eslint-plugin-no-type-assertion"
      },
      "no-undef-class-this": {
        repository: "https://github.com/langdonx/eslint-plugin-no-undef-class-this"
      },
      "no-unsafe-chars": {
        repository: "https://github.com/DerZyklop/eslint-plugin-no-unsafe-chars"
      },
      "no-unused-code": {
        repository: "https://github.com/oaltman/eslint-plugin-no-unused-code"
      },
      "no-unused-expressions": {
        repository: "https://github.com/clark800/eslint-plugin-no-unused-expressions"
      },
      "no-unused-vars-rest": {
        repository: "https://github.com/bryanrsmith/eslint-plugin-no-unused-vars-rest"
      },
      "no-use-extend-native": {
        repository: "https://github.com/dustinspecker/eslint-plugin-no-use-extend-native"
      },
      "no-useless-assign": {
        repository: "https://github.com/erikdesjardins/eslint-plugin-no-useless-assign"
      },
      "no-useless-const": {
        repository: "https://github.com/p7g/eslint-plugin-no-useless-const"
      },
      "no-var-reassign": {
        repository: "https://github.com/jacksonrayhamilton/eslint-plugin-no-var-reassign"
      },
      "no-void-return-type": {
        repository: "https://github.com/Zamiell/eslint-plugin-no-void-return-type"
      },
      "no-vue": {
        repository: "https://github.com/avdeev/eslint-plugin-no-vue"
      },
      node: {
        docs: "https://github.com/mysticatea/eslint-plugin-node/blob/master/docs/rules/",
        repository: "https://github.com/mysticatea/eslint-plugin-node"
      },
      "node-dependencies": {
        repository: "https://github.com/ota-meshi/eslint-plugin-node-dependencies"
      },
      "node-devinrhode2": {
        repository: "https://github.com/mysticatea/eslint-plugin-node"
      },
      "node-papandreou": {
        repository: "https://github.com/mysticatea/eslint-plugin-node"
      },
      "node-roikoren": {
        repository: "https://github.com/roikoren755/eslint-plugin-node"
      },
      "node-security-rules": {
        repository: "https://github.com/lirantal/eslint-plugin-security"
      },
      nodejs: {
        repository: "https://github.com/geek/eslint-plugin-nodejs"
      },
      noko: {
        repository: "https://github.com/doronwix/eslint-plugin-noko"
      },
      nolint: {
        repository: "https://github.com/HaoChuan9421/eslint-plugin-nolint"
      },
      nommon: {
        repository: "https://github.com/doochik/eslint-plugin-nommon"
      },
      "nonoptimal-innerhtml": {
        repository: "https://github.com/oxfist/eslint-plugin-nonoptimal-innerhtml"
      },
      nop: {
        repository: "https://github.com/pasaran/eslint-plugin-nop"
      },
      nosettimeout: {
        repository: "https://github.com/eva1963/eslint-plugin-noSetimeoutTime"
      },
      notice: {
        repository: "https://github.com/nickdeis/eslint-plugin-notice"
      },
      nova: {
        repository: "https://github.com/panicinc/eslint-plugin-nova"
      },
      "number-literal-case": {
        repository: "https://github.com/kyriacos/eslint-plugin-number-literal-case"
      },
      nuxt: {
        docs: "https://github.com/nuxt/eslint-plugin-nuxt/blob/master/docs/rules/",
        repository: "https://github.com/nuxt/eslint-plugin-nuxt"
      },
      nwronski: {
        repository: "https://github.com/nwronski/eslint-plugin"
      },
      ocd: {
        repository: "https://github.com/ciena-blueplanet/eslint-plugin-ocd"
      },
      "office-addins": {
        repository: "https://github.com/OfficeDev/Office-Addin-Scripts"
      },
      "old-c-programmer": {
        repository: "https://github.com/apowers313/eslint-plugin-old-c-programmer"
      },
      "only-error": {
        repository: "https://github.com/davidjbradshaw/eslint-plugin-only-error"
      },
      "only-var": {
        repository: "https://github.com/deecewan/eslint-plugin-only-var"
      },
      "only-warn": {
        repository: "https://github.com/bfanger/eslint-plugin-only-warn"
      },
      opensphere: {
        repository: "https://github.com/ngageoint/eslint-plugin-opensphere"
      },
      opinionated: {
        repository: "https://github.com/dogma-io/eslint-plugin-opinionated"
      },
      opipe: {
        repository: "https://github.com/peoro/eslint-plugin-opipe"
      },
      optimics: {
        repository: "https://github.com/optimics/eslint-config"
      },
      "optimize-regex": {
        docs: "https://github.com/BrainMaestro/eslint-plugin-optimize-regex/blob/master/docs/rules/",
        repository: "https://github.com/BrainMaestro/eslint-plugin-optimize-regex"
      },
      "optional-comma-spacing": {
        repository: "https://github.com/greggman/eslint-plugin-optional-comma-spacing"
      },
      "orbit-components": {
        repository: "https://github.com/kiwicom/orbit"
      },
      "orbit-internal": {
        repository: "https://github.com/npm/security-holder"
      },
      "orbit-kotko": {
        repository: "https://github.com/npm/security-holder"
      },
      "ordered-grouped-import": {
        repository: "https://github.com/catchfashion/eslint-plugin-grouped-import"
      },
      "ordered-imports": {
        repository: "https://github.com/KyleMayes/eslint-plugin-ordered-imports"
      },
      "organize-imports": {
        repository: "https://github.com/sagiavinash/eslint-plugin-organize-imports"
      },
      oro: {
        repository: "https://github.com/laboro/eslint-plugin-oro"
      },
      p5js: {
        repository: "https://github.com/marksherman/eslint-plugin-p5js"
      },
      pabigot: {
        repository: "https://github.com/pabigot/eslint-plugin-pabigot"
      },
      "package-json-dependencies": {
        repository: "https://github.com/idan-at/eslint-plugin-package-json-dependencies"
      },
      "package-lock": {
        repository: "https://github.com/lucavb/eslint-plugin-package-lock"
      },
      padding: {
        repository: "https://github.com/mu-io/eslint-plugin-padding"
      },
      "parentheses-around-await": {
        repository: "https://github.com/yakovenkodenis/eslint-plugin-parentheses-around-await"
      },
      "parentheses-single-line-jsx": {
        repository: "https://github.com/lukasgjetting/eslint-plugin-parentheses-single-line-jsx"
      },
      path: {
        repository: "https://github.com/qDanik/eslint-plugin-path"
      },
      "path-alias": {
        repository: "https://github.com/msfragala/eslint-plugin-path-alias"
      },
      pathnames: {
        repository: "https://github.com/dvpnt/eslint-plugin-pathnames"
      },
      "patternfly-react": {
        repository: "https://github.com/patternfly/patternfly-react"
      },
      "patternfly-test": {
        repository: "https://github.com/patternfly/patternfly-react"
      },
      patternplate: {
        repository: "https://github.com/marionebl/eslint-plugin-patternplate"
      },
      pb: {
        repository: "https://github.com/npm/security-holder"
      },
      peace: {
        repository: "https://github.com/thoamsy/eslint-plugin-peace"
      },
      pedantor: {
        repository: "https://github.com/jnvm/eslint-plugin-pedantor"
      },
      peopleai: {
        repository: "https://github.com/behind-the-moon/eslint-plugin-peopleai"
      },
      "pep8-blank-lines": {
        repository: "https://github.com/othree/eslint-plugin-pep8-blank-lines"
      },
      perf: {
        repository: "https://github.com/amilajack/eslint-plugin-perf"
      },
      "perf-standard": {
        repository: "https://github.com/Raynos/eslint-plugin-perf-standard"
      },
      "personalized-recommended": {
        repository: "https://github.com/robint-liu/eslint-plugin-personalized-recommended"
      },
      "pg-sql": {
        repository: "https://github.com/benjie/eslint-plugin-pg-sql"
      },
      "php-markup": {
        repository: "https://github.com/tengattack/eslint-plugin-php-markup"
      },
      pii: {
        repository: "https://github.com/shiva-hack/eslint-plugin-pii"
      },
      plantain: {
        repository: "https://github.com/plantain-00/eslint-plugin-plantain"
      },
      playlyfe: {
        repository: "https://github.com/Mayank1791989/eslint-plugin-playlyfe"
      },
      playwright: {
        repository: "https://github.com/playwright-community/eslint-plugin-playwright"
      },
      plugintutorial: {
        repository: "https://github.com/allan2coder/eslint-plugin-plugintutorial"
      },
      "pocket-fluff": {
        repository: "https://github.com/betaorbust/eslint-plugin-pocket-fluff"
      },
      pokemon: {
        repository: "https://github.com/alessio-libardi/eslint-plugin-pokemon"
      },
      polymer: {
        repository: "https://github.com/stramel/eslint-plugin-polymer"
      },
      "polymer-components": {
        repository: "https://github.com/Comcast/eslint-plugin-polymer-components"
      },
      "pony-comments": {
        repository: "https://github.com/Revelation2019/eslint-plugin-pony-comments"
      },
      "postcss-modules": {
        repository: "https://github.com/bmatcuk/eslint-plugin-postcss-modules"
      },
      postro4no: {
        repository: "https://github.com/frontstall/eslint-plugin-postro4no"
      },
      "pragmatic-deprecate": {
        repository: "https://github.com/bhaskar20/pragmatic-deprecate"
      },
      "preact-i18n": {
        repository: "https://github.com/synacor/eslint-plugin-preact-i18n"
      },
      prebid: {
        repository: "https://github.com/npm/security-holder"
      },
      "prefer-arrow": {
        repository: "https://github.com/TristonJ/eslint-plugin-prefer-arrow"
      },
      "prefer-arrow-functions": {
        repository: "https://github.com/JamieMason/eslint-plugin-prefer-arrow-functions"
      },
      "prefer-import": {
        repository: "https://github.com/dferrazm/eslint-plugin-prefer-import"
      },
      "prefer-let": {
        repository: "https://github.com/thefrontside/javascript"
      },
      "prefer-number-isnan": {
        repository: "https://github.com/Chamion/eslint-plugin-prefer-number-isnan"
      },
      "prefer-smart-quotes": {
        repository: "https://github.com/totallymoney/eslint-plugin-prefer-smart-quotes"
      },
      "prefer-type-alias": {
        repository: "https://github.com/otofu-square/eslint-plugin-prefer-type-alias"
      },
      "preferred-import-path": {
        repository: "https://github.com/luisadame/eslint-plugin-preferred-import-path"
      },
      "prefix-types": {
        repository: "https://github.com/kwaimind/eslint-plugin-prefix-types"
      },
      prettier: {
        repository: "https://github.com/prettier/eslint-plugin-prettier"
      },
      "prettier-doc": {
        repository: "https://github.com/fisker/eslint-plugin-prettier-doc"
      },
      "prettier-eslint-plugin": {
        repository: "https://github.com/dmacdnld/prettier-eslint-webpack-plugin"
      },
      "prettier-internal-rules": {
        repository: "https://github.com/prettier/eslint-plugin-prettier-internal-rules"
      },
      "prettier-rules": {
        repository: "https://github.com/iambrandonn/eslint-plugin-prettier-rules"
      },
      "prettier-vue": {
        repository: "https://github.com/meteorlxy/eslint-plugin-prettier-vue"
      },
      "prettier-vue-scorpionknifes": {
        repository: "https://github.com/scorpionknifes/eslint-plugin-prettier-vue"
      },
      prettierx: {
        repository: "https://github.com/aMarCruz/eslint-plugin-prettierx"
      },
      prettiest: {
        repository: "https://github.com/eamodio/eslint-plugin-prettiest"
      },
      "primer-react": {
        repository: "https://github.com/primer/eslint-plugin-primer-react"
      },
      "private-variables": {
        repository: "https://github.com/shovon/javascript-private-variables"
      },
      progress: {
        repository: "https://github.com/zero-t4/eslint-plugin-progress"
      },
      promise: {
        docs: "https://github.com/xjamundx/eslint-plugin-promise/blob/master/docs/rules/",
        repository: "https://github.com/xjamundx/eslint-plugin-promise"
      },
      "promise-catch": {
        repository: "https://github.com/jakwuh/eslint-plugin-promise-catch"
      },
      promiseparams: {
        repository: "https://github.com/jden/eslint-plugin-promiseparams"
      },
      "prop-has-no-shadow-declaration": {
        repository: "https://github.com/tknysh/eslint-plugin-prop-has-no-shadow-declaration"
      },
      "prop-types-shorthand": {
        repository: "https://github.com/helixbass/eslint-plugin-prop-types-shorthand"
      },
      proposal: {
        repository: "https://github.com/peakchen90/eslint-plugin-proposal"
      },
      prototype: {
        repository: "https://github.com/noyobo/eslint-plugin-prototype"
      },
      "prototype-pollution-security-rules": {
        repository: "https://github.com/LewisArdern/eslint-plugin-prototype-pollution-security-rules"
      },
      protractor: {
        docs: "https://github.com/alecxe/eslint-plugin-protractor/blob/master/docs/rules/",
        repository: "https://github.com/alecxe/eslint-plugin-protractor"
      },
      pug: {
        repository: "https://github.com/myfreeweb/eslint-plugin-pug"
      },
      pulsovi: {
        repository: "https://github.com/pulsovi/eslint-config-pulsovi"
      },
      punctuation: {
        repository: "https://github.com/smanwaring/eslint-plugin-punctuation"
      },
      pureness: {
        repository: "https://github.com/rom-melnyk/eslint-plugin-pureness"
      },
      putout: {
        repository: "https://github.com/coderaiser/putout"
      },
      quasar: {
        repository: "https://github.com/quasarframework/eslint-plugin-quasar"
      },
      query: {
        repository: "https://github.com/brettz9/eslint-plugin-query"
      },
      "quick-prettier": {
        repository: "https://github.com/SalvatorePreviti/eslint-plugin-quick-prettier"
      },
      quintoandar: {
        repository: "https://github.com/quintoandar/eslint-config-quintoandar"
      },
      qunar: {
        repository: "https://github.com/zhongzhi107/eslint-plugin-qunar"
      },
      qunit: {
        docs: "https://github.com/platinumazure/eslint-plugin-qunit/blob/master/docs/rules/",
        repository: "https://github.com/platinumazure/eslint-plugin-qunit"
      },
      "qunit-dom": {
        repository: "https://github.com/simplabs/eslint-plugin-qunit-dom"
      },
      qwik: {
        repository: "https://github.com/BuilderIO/qwik"
      },
      radar: {
        repository: "https://github.com/es-joy/eslint-plugin-radar"
      },
      radargun: {
        repository: "https://github.com/dsfields/eslint-plugin-radargun"
      },
      rainbow: {
        repository: "https://github.com/nexxtway/eslint-plugin-rainbow"
      },
      ramda: {
        repository: "https://github.com/ramda/eslint-plugin-ramda"
      },
      rapid7: {
        repository: "https://github.com/rapid7/eslint-plugin-rapid7"
      },
      rax: {
        repository: "https://github.com/raxjs/rax-scripts"
      },
      razzle: {
        repository: "https://github.com/grasilife/eslint-plugin-razzle"
      },
      react: {
        docs: "https://github.com/jsx-eslint/eslint-plugin-react/blob/master/docs/rules/",
        repository: "https://github.com/jsx-eslint/eslint-plugin-react"
      },
      "react-app": {
        repository: "https://github.com/mmazzarolo/eslint-plugin-react-app"
      },
      "react-classname-sort": {
        repository: "https://github.com/agumy/eslint-plugin-react-classname-sort"
      },
      "react-compat": {
        repository: "https://github.com/dogma-io/eslint-plugin-react-compat"
      },
      "react-css-module-hints": {
        repository: "https://github.com/Bwca/eslint-plugin-react-css-modules"
      },
      "react-custom-rules": {
        repository: "https://github.com/adalbertoteixeira/eslint-plugin-react-custom-rules"
      },
      "react-data-attr": {
        repository: "https://github.com/recruit-tech/eslint-plugin-react-data-attr"
      },
      "react-directives": {
        repository: "https://github.com/peakchen90/eslint-plugin-react-directives"
      },
      "react-ep": {
        repository: "https://github.com/yannickcr/eslint-plugin-react"
      },
      "react-etc": {
        repository: "https://github.com/cartant/eslint-plugin-react-etc"
      },
      "react-extended": {
        repository: "https://github.com/pustovalov/eslint-plugin-react-extended"
      },
      "react-extra": {
        repository: "https://github.com/buythewhale/eslint-plugin-react-extra"
      },
      "react-filename-matches-class": {
        repository: "https://github.com/mapbox/eslint-plugin-react-filenames"
      },
      "react-filenames": {
        repository: "https://github.com/mapbox/eslint-plugin-react-filenames"
      },
      "react-flow": {
        repository: "https://github.com/Kiwka/eslint-plugin-react-flow"
      },
      "react-form-fields": {
        repository: "https://github.com/kotarella1110/eslint-plugin-react-form-fields"
      },
      "react-func": {
        repository: "https://github.com/TomScavo/eslint-plugin-react-func"
      },
      "react-functional-set-state": {
        repository: "https://github.com/BE-Webdesign/eslint-plugin-react-functional-set-state"
      },
      "react-hook-form": {
        repository: "https://github.com/andykao1213/eslint-plugin-react-hook-form"
      },
      "react-hooks": {
        repository: "https://github.com/facebook/react"
      },
      "react-hooks-addons": {
        repository: "https://github.com/szhsin/eslint-plugin-react-hooks-addons"
      },
      "react-hooks-breadhead": {
        repository: "https://github.com/breadhead/eslint-plugin-react-hooks-breadhead"
      },
      "react-hooks-fix-via-todo-comment": {
        repository: "https://github.com/lab-yue/react"
      },
      "react-hooks-ssr": {
        repository: "https://github.com/correttojs/eslint-plugin-react-hooks-ssr"
      },
      "react-hooks-static-deps": {
        repository: "https://github.com/stoikio/eslint-plugin-react-hooks-static-deps"
      },
      "react-hooks2": {
        repository: "https://github.com/imhele/eslint-plugin-react-hooks2"
      },
      "react-html-invalid-prop-test": {
        repository: "https://github.com/sai6855/eslint-plugin-react-html-invalid-prop"
      },
      "react-html-prop-validator": {
        repository: "https://github.com/Roxiler/eslint-plugin-react-html-props"
      },
      "react-html-spellcheck": {
        repository: "https://github.com/sai6855/eslint-plugin-react-html-spellcheck"
      },
      "react-html-svg-invalid": {
        repository: "https://github.com/sai6855/eslint-plugin-react-html-svg-invalid"
      },
      "react-i18n": {
        repository: "https://github.com/lolatravel/eslint-plugin-react-i18n"
      },
      "react-internal": {
        repository: "https://github.com/npm/security-holder"
      },
      "react-intl-extractor": {
        repository: "https://github.com/kesko-dev/eslint-plugin-react-intl-extractor"
      },
      "react-intl-format": {
        repository: "https://github.com/calm/eslint-plugin-react-intl-format"
      },
      "react-intl-sammy": {
        repository: "https://github.com/calm/eslint-plugin-react-intl"
      },
      "react-intl-static": {
        repository: "https://github.com/leonardodino/eslint-plugin-react-intl-static"
      },
      "react-jss": {
        repository: "https://github.com/dashxhq/eslint-plugin-react-jss"
      },
      "react-kiva": {
        repository: "https://github.com/SystemLight/eslint-kiva"
      },
      "react-lazy-notation": {
        repository: "https://github.com/vgulaev/eslint-plugin-react-lazy-notation"
      },
      "react-memo": {
        repository: "https://github.com/steadicat/eslint-plugin-react-memo"
      },
      "react-native": {
        docs: "https://github.com/intellicode/eslint-plugin-react-native/blob/master/docs/rules/",
        repository: "https://github.com/intellicode/eslint-plugin-react-native"
      },
      "react-native-a11y": {
        repository: "https://github.com/FormidableLabs/eslint-plugin-react-native-a11y"
      },
      "react-native-animation-linter": {
        repository: "https://github.com/khan/eslint-plugin-react-native-animation-linter"
      },
      "react-native-globals": {
        repository: "https://github.com/satya164/eslint-plugin-react-native-globals"
      },
      "react-native-no-get-item-layout-prop-on-virtualized-list": {
        repository: "https://github.com/yannickcr/eslint-plugin-react"
      },
      "react-native-normalized": {
        repository: "https://github.com/JonnyBurger/eslint-plugin-react-native-normalized"
      },
      "react-native-wix": {
        repository: "https://github.com/wix/eslint-config-wix"
      },
      "react-percy": {
        repository: "https://github.com/percy/react-percy"
      },
      "react-perf": {
        docs: "https://github.com/cvazac/eslint-plugin-react-perf/blob/master/docs/rules/",
        repository: "https://github.com/cvazac/eslint-plugin-react-perf"
      },
      "react-performance-check": {
        repository: "https://github.com/siling1990/ESLintRule"
      },
      "react-prefer-function-component": {
        repository: "https://github.com/tatethurston/eslint-plugin-react-prefer-function-component"
      },
      "react-project": {
        repository: "https://github.com/gilfoylehuang/eslint-plugin-react-project"
      },
      "react-props": {
        repository: "https://github.com/craigbilner/eslint-plugin-react-props"
      },
      "react-pug": {
        repository: "https://github.com/ezhlobo/eslint-plugin-react-pug"
      },
      "react-query": {
        repository: "https://github.com/KubaJastrz/eslint-plugin-react-query"
      },
      "react-redux": {
        repository: "https://github.com/DianaSuvorova/eslint-plugin-react-redux"
      },
      "react-refresh": {
        repository: "https://github.com/ArnaudBarre/eslint-plugin-react-refresh"
      },
      "react-ssr": {
        repository: "https://github.com/ytanruengsri/eslint-plugin-react-ssr"
      },
      "react-svg": {
        repository: "https://github.com/raix/eslint-plugin-react-svg"
      },
      "react-use-props": {
        repository: "https://github.com/docccdev/eslint-plugin-react-use-props"
      },
      "react-with-classes": {
        repository: "https://github.com/jameswomack/eslint-plugin-react-with-classes"
      },
      "react-with-styles": {
        repository: "https://github.com/airbnb/eslint-plugin-react-with-styles"
      },
      "react-xhooks": {
        repository: "https://github.com/xsjohn0306/eslint-plugin-react-xhooks"
      },
      reactxp: {
        repository: "https://github.com/a-tarasyuk/eslint-plugin-reactxp"
      },
      readable: {
        repository: "https://github.com/YounGoat/eslint-plugin-readable"
      },
      reanimated: {
        repository: "https://github.com/wcandillon/eslint-plugin-reanimated"
      },
      rebase: {
        repository: "https://github.com/AndersDJohnson/eslint-plugin-rebase"
      },
      redos: {
        repository: "https://github.com/makenowjust-labs/recheck"
      },
      "redos-detector": {
        repository: "https://github.com/tjenkinson/eslint-plugin-redos-detector"
      },
      "redundant-undefined": {
        repository: "https://github.com/a-tarasyuk/eslint-plugin-redundant-undefined"
      },
      redux: {
        repository: "https://github.com/Intellicode/eslint-plugin-redux"
      },
      "redux-reselect": {
        repository: "https://github.com/viktor-ku/eslint-plugin-redux-reselect"
      },
      "redux-saga": {
        repository: "https://github.com/pke/eslint-plugin-redux-saga"
      },
      regex: {
        repository: "https://github.com/gmullerb/eslint-plugin-regex"
      },
      regexp: {
        docs: "https://github.com/ota-meshi/eslint-plugin-regexp/blob/master/docs/rules/",
        repository: "https://github.com/ota-meshi/eslint-plugin-regexp"
      },
      "regexp-header": {
        repository: "https://github.com/b4rd/eslint-plugin-regexp-header"
      },
      regru: {
        repository: "https://github.com/regru/eslint-plugin-regru"
      },
      "regularjs-beautify": {
        repository: "https://github.com/hsiaosiyuan0/regularjs-beautify"
      },
      reiwa: {
        repository: "https://github.com/otofu-square/eslint-plugin-reiwa"
      },
      relations: {
        repository: "https://github.com/theKashey/eslint-plugin-relations"
      },
      relay: {
        repository: "https://github.com/relayjs/eslint-plugin-relay"
      },
      reload: {
        repository: "https://github.com/reload/eslint"
      },
      remix: {
        repository: "https://github.com/alii/eslint-plugin-remix"
      },
      "remove-test-urls": {
        repository: "https://github.com/fuadpashayev/eslint-plugin-remove-test-urls"
      },
      replyguy: {
        repository: "https://github.com/jlengstorf/eslint-plugin-replyguy"
      },
      require: {
        repository: "https://github.com/bregenspan/eslint-plugin-require"
      },
      "require-call": {
        repository: "https://github.com/NelsonFrancisco/eslint-plugin-require-call"
      },
      "require-decorator": {
        repository: "https://github.com/ipekmuhammet/eslint-plugin-require-decorator"
      },
      "require-docs": {
        repository: "https://github.com/findmypast-oss/eslint-plugin-require-docs"
      },
      "require-duplicate": {
        repository: "https://github.com/LukaPrebil/eslint-plugin-require-duplicate"
      },
      "require-exact-proptypes": {
        repository: "https://github.com/patrick-addepar/eslint-plugin-require-exact-proptypes"
      },
      "require-explicit-generics": {
        repository: "https://github.com/mattorchard/eslint-plugin-require-explicit-generics"
      },
      "require-jsdoc-except": {
        repository: "https://github.com/MaienM/eslint-plugin-require-jsdoc-except"
      },
      "require-jsdoc-focus": {
        repository: "https://github.com/Bernardstanislas/eslint-plugin-require-jsdoc"
      },
      "require-path-exists": {
        repository: "https://github.com/BohdanTkachenko/eslint-plugin-require-path-exists"
      },
      "require-sort": {
        repository: "https://github.com/zcuric/eslint-plugin-require-sort"
      },
      "require-trailing-comma": {
        repository: "https://github.com/greggman/eslint-plugin-require-trailing-comma"
      },
      requirejs: {
        repository: "https://github.com/cvisco/eslint-plugin-requirejs"
      },
      "reselect-utils": {
        repository: "https://github.com/sgrishchenko/reselect-utils"
      },
      ressurectit: {
        repository: "https://github.com/ressurectit/eslint-plugin-ressurectit"
      },
      "restify-use-next": {
        repository: "https://github.com/rajatkumar/eslint-plugin-restify-use-next"
      },
      "restrict-named-import": {
        repository: "https://github.com/ozaki25/eslint-plugin-restrict-named-import"
      },
      resub: {
        repository: "https://github.com/a-tarasyuk/eslint-plugin-resub"
      },
      "return-early-dont-assign": {
        repository: "https://github.com/deadbeef404/eslint-plugin-return-early-dont-assign"
      },
      "return-types-object-literals": {
        repository: "https://github.com/upload-io/eslint-plugin-return-types-object-literals"
      },
      revizto: {
        repository: "https://github.com/revizto/eslint-rules"
      },
      "richtext-cp": {
        repository: "https://github.com/dmonego/eslint-plugin-richtext-cp"
      },
      riot: {
        repository: "https://github.com/txchen/eslint-plugin-riot"
      },
      risxss: {
        repository: "https://github.com/theodo/RisXSS"
      },
      "rn-a11y": {
        repository: "https://github.com/grgr-dkrk/eslint-plugin-rn-a11y"
      },
      "robber-language": {
        repository: "https://github.com/santi/eslint-plugin-robber-language"
      },
      roku: {
        repository: "https://github.com/RokuRoad/eslint-plugin-roku"
      },
      "row-num": {
        repository: "https://github.com/codsen/eslint-plugin-row-num"
      },
      rpgmaker: {
        repository: "https://github.com/waynee95/eslint-plugin-rpgmaker"
      },
      rs: {
        repository: "https://github.com/skyRoma/eslint-plugin-rs"
      },
      rtaro: {
        repository: "https://github.com/NervJS/taro"
      },
      "ru-typography": {
        repository: "https://github.com/doochik/eslint-plugin-ru-typography"
      },
      rulesdir: {
        repository: "https://github.com/not-an-aardvark/eslint-plugin-rulesdir"
      },
      rut: {
        repository: "https://github.com/milesj/rut"
      },
      "rwell-camelcase": {
        repository: "https://github.com/RoundingWellOS/eslint-plugin-rwell-camelcase"
      },
      rxjs: {
        repository: "https://github.com/cartant/eslint-plugin-rxjs"
      },
      "rxjs-angular": {
        repository: "https://github.com/cartant/eslint-plugin-rxjs-angular"
      },
      "rxjs-traits": {
        repository: "https://github.com/cartant/eslint-plugin-rxjs-traits"
      },
      ryanair: {
        repository: "https://github.com/ryanair/linters"
      },
      "salesforce-commercecloud": {
        repository: "https://github.com/t-huth/eslint-plugin-salesforce-commercecloud"
      },
      saxo: {
        repository: "https://github.com/saxobank/eslint-plugin-saxo"
      },
      "sbnc-rules": {
        repository: "https://github.com/BenceSzalai/eslint-plugin-sbnc-rules"
      },
      "scanjs-rules": {
        repository: "https://github.com/mozfreddyb/eslint-plugin-scanjs-rules"
      },
      scd: {
        repository: "https://github.com/uttk/eslint-plugin-scd"
      },
      scissors: {
        repository: "https://github.com/Colafornia/eslint-plugin-scissors"
      },
      screeps: {
        repository: "https://github.com/postcrafter/eslint-plugin-screeps"
      },
      "sdwvit-eslint-plugin-svelte3": {
        repository: "https://github.com/sveltejs/eslint-plugin-svelte3"
      },
      security: {
        repository: "https://github.com/nodesecurity/eslint-plugin-security"
      },
      "security-node": {
        repository: "https://github.com/gkouziik/eslint-plugin-security-node"
      },
      "security-rules": {
        repository: "https://github.com/lasselupe33/eslint-plugin-security-rules"
      },
      "segment-ember-actions": {
        repository: "https://github.com/authmaker/segment-ember-actions"
      },
      self: {
        repository: "https://github.com/not-an-aardvark/eslint-plugin-self"
      },
      "self-dir": {
        repository: "https://github.com/not-an-aardvark/eslint-plugin-self"
      },
      "seller-ui-eslint-plugin": {
        repository: "https://github.com/npm/security-holder"
      },
      "semantic-naming": {
        repository: "https://github.com/Moncader/eslint-plugin-semantic-naming"
      },
      sensible: {
        repository: "https://github.com/esatterwhite/eslint-plugin-sensible"
      },
      "sentry-csii-internal-eslint-plugin-sdk": {
        repository: "https://github.com/getsentry/sentry-javascript"
      },
      sequel: {
        repository: "https://github.com/5app/eslint-plugin-sequel"
      },
      "sequelize-node": {
        repository: "https://github.com/loomhq/eslint-plugin-sequelize-node"
      },
      sequence: {
        repository: "https://github.com/adashrod/eslint-plugin-sequence"
      },
      "serverless-eslint-plugin": {
        repository: "https://github.com/nishantjain91/serverless-eslint-plugin"
      },
      servicenow: {
        repository: "https://github.com/arnoudkooi/eslint-plugin-servicenow"
      },
      "set-iterable": {
        repository: "https://github.com/fernap3/eslint-plugin-set-iterable"
      },
      settimeout: {
        repository: "https://github.com/udemy/eslint-udemy"
      },
      "sfdx-typegen": {
        repository: "https://github.com/aheber/eslint-plugin-sfdx-typegen"
      },
      shitsurei: {
        repository: "https://github.com/yoidea/eslint-plugin-shitsurei"
      },
      shopify: {
        repository: "https://github.com/Shopify/eslint-plugin-shopify"
      },
      "shopify-lean": {
        repository: "https://github.com/sebastian-software/eslint-plugin-shopify-lean"
      },
      "should-promised": {
        repository: "https://github.com/dbrockman/eslint-plugin-should-promised"
      },
      "should-skip-update": {
        repository: "https://github.com/joeyparis/eslint-plugin-should-skip-update"
      },
      "sickle-eslint": {
        repository: "https://github.com/wffe-team/eslint"
      },
      "simple-import-sort": {
        repository: "https://github.com/lydell/eslint-plugin-simple-import-sort"
      },
      "simple-jsx": {
        repository: "https://github.com/putan/eslint-plugin-simple-jsx"
      },
      sinful: {
        repository: "https://github.com/FauxFaux/eslint-plugin-sinful"
      },
      "skip-adobe-directives": {
        repository: "https://github.com/KisoYuki/eslint-plugin-skip-adobe-directives"
      },
      "skip-nolint-lines": {
        repository: "https://github.com/gregsabo/eslint-plugin-skip-nolint-lines"
      },
      "skyscanner-dates": {
        repository: "https://github.com/Skyscanner/eslint-plugin-skyscanner-dates"
      },
      slite: {
        repository: "https://github.com/sliteteam/eslint-plugin-slite"
      },
      "slonik-safe-json": {
        repository: "https://github.com/Nilithus/eslint-plugin-slonik-safe-json"
      },
      "small-import": {
        repository: "https://github.com/JonnyBurger/eslint-plugin-react-native-normalized"
      },
      "smart-quotes": {
        repository: "https://github.com/jmont/eslint-plugin-smart-quotes"
      },
      "smart-sort": {
        repository: "https://github.com/MoonW1nd/eslint-plugin-smart-sort"
      },
      "smarter-tabs": {
        repository: "https://github.com/cheap-glitch/eslint-plugin-smarter-tabs"
      },
      smarthr: {
        repository: "https://github.com/kufu/eslint-plugin-smarthr"
      },
      smartprocure: {
        repository: "https://github.com/smartprocure/eslint-plugin-smartprocure"
      },
      smells: {
        repository: "https://github.com/elijahmanor/eslint-plugin-smells"
      },
      smelly: {
        repository: "https://github.com/qix-/eslint-plugin-smelly"
      },
      "smile-ember": {
        repository: "https://github.com/smile-io/eslint-plugin-smile-ember"
      },
      smtxt: {
        repository: "https://github.com/sematext/eslint-plugin-smtxt"
      },
      snakecasejs: {
        repository: "https://github.com/ptkdev/eslint-plugin-snakecasejs"
      },
      "so-jah-seh": {
        repository: "https://github.com/independentgeorge/eslint-plugin-so-jah-seh"
      },
      solfege: {
        repository: "https://github.com/neolao/eslint-plugin-solfege"
      },
      solfegejs: {
        repository: "https://github.com/solfegejs/eslint-plugin"
      },
      solid: {
        repository: "https://github.com/joshwilsonvu/eslint-plugin-solid"
      },
      sonar: {
        repository: "https://github.com/rx-ts/eslint-plugin-sonar"
      },
      sonarjs: {
        repository: "https://github.com/SonarSource/eslint-plugin-sonarjs"
      },
      "sonarjs-6": {
        repository: "https://github.com/SonarSource/eslint-plugin-sonarjs"
      },
      sort: {
        repository: "https://github.com/mskelton/eslint-plugin-sort"
      },
      "sort-class-members": {
        repository: "https://github.com/bryanrsmith/eslint-plugin-sort-class-members"
      },
      "sort-class-members-allow-null": {
        repository: "https://github.com/haxxxton/eslint-plugin-sort-class-members"
      },
      "sort-destructure-keys": {
        repository: "https://github.com/mthadley/eslint-plugin-sort-destructure-keys"
      },
      "sort-export-all": {
        repository: "https://github.com/nirtamir2/eslint-plugin-sort-export-all"
      },
      "sort-exports": {
        repository: "https://github.com/jrdrg/eslint-plugin-sort-exports"
      },
      "sort-import": {
        repository: "https://github.com/mistertemp/eslint-plugin-sort-import"
      },
      "sort-imports-es6-autofix": {
        repository: "https://github.com/schuchertmanagementberatung/eslint-plugin-sort-imports-es6-autofix"
      },
      "sort-keys": {
        repository: "https://github.com/namnm/eslint-plugin-sort-keys"
      },
      "sort-keys-custom": {
        repository: "https://github.com/elliesec/eslint-plugin-sort-keys-custom"
      },
      "sort-keys-custom-order": {
        repository: "https://github.com/hugoattal/eslint-plugin-sort-keys-custom-order"
      },
      "sort-keys-custom-order-fix": {
        repository: "https://github.com/brenopolanski/eslint-plugin-sort-keys-custom-order-fix"
      },
      "sort-keys-fix": {
        repository: "https://github.com/leo-buneev/eslint-plugin-sort-keys-fix"
      },
      "sort-keys-shorthand": {
        repository: "https://github.com/fxOne/eslint-plugin-sort-keys-shorthand"
      },
      "sort-requires-by-path": {
        repository: "https://github.com/oaltman/eslint-plugin-sort-requires-by-path"
      },
      sorting: {
        repository: "https://github.com/jacobrask/eslint-plugin-sorting"
      },
      "sowing-machine": {
        repository: "https://github.com/harrysolovay/sowing-machine"
      },
      spellcheck: {
        repository: "https://github.com/aotaduy/eslint-plugin-spellcheck"
      },
      speller: {
        repository: "https://github.com/itlci/eslint-plugin-speller"
      },
      spellingbee: {
        repository: "https://github.com/eschaefer/eslint-plugin-spellingbee"
      },
      "split-classnames": {
        repository: "https://github.com/remorses/split-classnames"
      },
      springload: {
        repository: "https://github.com/springload/eslint-plugin-springload"
      },
      springworks: {
        repository: "https://github.com/Springworks/eslint-plugin-springworks"
      },
      spruce: {
        repository: "https://github.com/sprucelabsai/workspace.sprucebot-skills-kit"
      },
      sql: {
        repository: "https://github.com/gajus/eslint-plugin-sql"
      },
      "sql-injection": {
        repository: "https://github.com/gavinaiken/eslint-plugin-sql-injection"
      },
      "sql-pretty": {
        repository: "https://github.com/devthejo/eslint-plugin-sql-pretty"
      },
      square: {
        repository: "https://github.com/square/eslint-plugin-square"
      },
      "srp-hints": {
        repository: "https://github.com/eliasm307/eslint-plugin-srp-hints"
      },
      "ssr-friendly": {
        repository: "https://github.com/kopiro/eslint-plugin-ssr-friendly"
      },
      "ssr-vue": {
        repository: "https://github.com/jy0529/eslint-plugin-ssr-vue"
      },
      "standard-cra": {
        repository: "https://github.com/kegi/eslint-plugin-standard-cra"
      },
      standard2: {
        repository: "https://github.com/aeharding/eslint-plugin-standard2"
      },
      starry: {
        repository: "https://github.com/StarryInternet/eslint-plugin-starry"
      },
      starscraper: {
        repository: "https://github.com/star-scraper/eslint-plugin-starscraper"
      },
      state: {
        repository: "https://github.com/JackFei/eslint-plugin-state"
      },
      stencil: {
        repository: "https://github.com/addtoevent/stencil-eslint"
      },
      "step-functions": {
        repository: "https://github.com/bdgamble/eslint-plugin-step-functions"
      },
      storage: {
        repository: "https://github.com/mrjones2014/eslint-plugin-storage"
      },
      "stormtrooper-eslint-plugin-css-modules": {
        repository: "https://github.com/atfzl/eslint-plugin-css-modules"
      },
      storybook: {
        repository: "https://github.com/storybookjs/eslint-plugin-storybook"
      },
      "strict-booleans": {
        repository: "https://github.com/vinceau/eslint-plugin-strict-booleans"
      },
      "strict-cast": {
        repository: "https://github.com/TrySound/strict-cast"
      },
      "strict-dependencies": {
        repository: "https://github.com/knowledge-work/eslint-plugin-strict-dependencies"
      },
      "strict-null-checks": {
        repository: "https://github.com/JaroslawPokropinski/eslint-plugin-strict-null-check"
      },
      "strict-vue": {
        repository: "https://github.com/GlebkaF/eslint-plugin-strict-vue"
      },
      strudel: {
        repository: "https://github.com/strudeljs/eslint-plugin-strudel"
      },
      style: {
        repository: "https://github.com/tao-cumplido/eslint-plugin-style"
      },
      styled: {
        repository: "https://github.com/andrienko/eslint-plugin-styled"
      },
      "styled-components-sort": {
        repository: "https://github.com/siffogh/eslint-plugin-better-styled-components"
      },
      "styled-components-varname": {
        repository: "https://github.com/macinjoke/eslint-plugin-styled-components-varname"
      },
      "styled-no-color-value": {
        repository: "https://github.com/phobal/eslint-plugin-styled-no-color-value"
      },
      styles: {
        repository: "https://github.com/eslift/eslint-plugin-styles"
      },
      "styles-object": {
        repository: "https://github.com/helixbass/eslint-plugin-styles-object"
      },
      stzhang: {
        repository: "https://github.com/stuartZhang/eslint-plugin-amo"
      },
      "suitcss-classnames": {
        repository: "https://github.com/azu/eslint-plugin-suitcss-classnames"
      },
      suitescript: {
        repository: "https://github.com/acdvs/eslint-plugin-suitescript"
      },
      summer: {
        repository: "https://github.com/1natsu172/eslint-summer"
      },
      superstition: {
        repository: "https://github.com/gurov/eslint-plugin-superstition"
      },
      supfiger: {
        repository: "https://github.com/supfiger/eslint-plugin-supfiger"
      },
      svelte: {
        repository: "https://github.com/JounQin/eslint-plugin-svelte"
      },
      "svelte-inline-compile": {
        repository: "https://github.com/DockYard/svelte-inline-compile"
      },
      svelte3: {
        repository: "https://github.com/sveltejs/eslint-plugin-svelte3"
      },
      "svelte3-new": {
        repository: "https://github.com/sveltejs/eslint-plugin-svelte3"
      },
      "svelte3-patch": {
        repository: "https://github.com/sveltejs/eslint-plugin-svelte3"
      },
      "svelte3-preprocess": {
        repository: "https://github.com/sveltejs/eslint-plugin-svelte3"
      },
      "svg-import-helper": {
        repository: "https://github.com/mkupriichuk/eslint-plugin-svg-import-helper"
      },
      "swarmia-dev": {
        repository: "https://github.com/swarmia/eslint"
      },
      "switch-error-warn": {
        repository: "https://github.com/finnmerlett/eslint-plugin-switch-error-warn"
      },
      "system-import-strings": {
        repository: "https://github.com/pwmckenna/eslint-plugin-system-import-strings"
      },
      t: {
        repository: "https://github.com/eslift/eslint-plugin-t"
      },
      tachecker: {
        repository: "https://github.com/linshaolie/eslint-plugin-tachecker"
      },
      "tachyons-jsx": {
        repository: "https://github.com/Bebersohl/eslint-plugin-tachyons-jsx"
      },
      tailwind: {
        repository: "https://github.com/Idered/eslint-plugin-tailwind"
      },
      tailwindcss: {
        repository: "https://github.com/francoismassart/eslint-plugin-tailwindcss"
      },
      "tailwindcss-jit-restrict": {
        repository: "https://github.com/nju33/eslint-plugin-tailwindcss-jit-restrict"
      },
      talentpair: {
        repository: "https://github.com/talentpair/eslint-plugin-talentpair"
      },
      talltotal: {
        repository: "https://github.com/talltotal/eslint-plugin-talltotal"
      },
      tanda: {
        repository: "https://github.com/deecewan/eslint-plugin-tanda"
      },
      tanok: {
        repository: "https://github.com/kindritskyiMax/eslint-plugin-tanok"
      },
      tap: {
        repository: "https://github.com/getoslash/eslint-plugin-tap"
      },
      "tap-given": {
        repository: "https://github.com/dex4er/js-eslint-plugin-tap-given"
      },
      taro: {
        repository: "https://github.com/NervJS/taro"
      },
      tdd: {
        repository: "https://github.com/Fox-n-Rabbit/fxnrbt"
      },
      "team-vals": {
        repository: "https://github.com/team-vals/eslint-config-team-vals"
      },
      template: {
        repository: "https://github.com/gramener/eslint-plugin-template"
      },
      "template-template": {
        repository: "https://github.com/sam-parsons/eslint-plugin-template"
      },
      ternaries: {
        repository: "https://github.com/divyagnan/eslint-plugin-ternaries"
      },
      ternary: {
        repository: "https://github.com/grayedfox/eslint-plugin-ternary"
      },
      "test-eslint-plugin-sdk": {
        repository: "https://github.com/getsentry/sentry-javascript"
      },
      "test-filenames": {
        repository: "https://github.com/spalger/eslint-plugin-test-filenames"
      },
      "test-id": {
        repository: "https://github.com/prashantswami/eslint-plugin-test-id"
      },
      "test-import-paths": {
        repository: "https://github.com/jeyj0/eslint-plugin-test-import-paths"
      },
      "test-names": {
        repository: "https://github.com/DanielMSchmidt/eslint-plugin-test-names"
      },
      "test-num": {
        repository: "https://github.com/codsen/eslint-plugin-test-num"
      },
      "test-project-eslint-plugin-clarity-adoption": {
        repository: "https://github.com/vmware-clarity/core"
      },
      test91: {
        repository: "https://github.com/netless-io/eslint-plugin-netless"
      },
      "testcafe-community": {
        repository: "https://github.com/testcafe-community/eslint-plugin-testcafe-community"
      },
      "testcafe-extended": {
        repository: "https://github.com/stefanschenk/eslint-plugin-testcafe-extended"
      },
      "testing-library": {
        docs: "https://github.com/testing-library/eslint-plugin-testing-library/blob/main/docs/rules/",
        repository: "https://github.com/testing-library/eslint-plugin-testing-library"
      },
      tests: {
        repository: "https://github.com/matthizou/eslint-plugin-tests"
      },
      tgandrews: {
        repository: "https://github.com/tgandrews/eslint-plugin-tgandrews"
      },
      "the-step-down-rule": {
        repository: "https://github.com/skabbi/eslint-plugin-the-step-down-rule"
      },
      this: {
        repository: "https://github.com/matijs/eslint-plugin-this"
      },
      "throws-on-load": {
        repository: "https://github.com/not-an-aardvark/eslint-plugin-throws-on-load"
      },
      thunderball: {
        repository: "https://github.com/angieslist/thunderball.io"
      },
      "tick-tock-jsdoc": {
        repository: "https://github.com/ewandennis/eslint-plugin-tick-tock-jsdoc"
      },
      "tilted-react": {
        repository: "https://github.com/tilted-tm/eslint-plugin-tilted-react"
      },
      tinkoff: {
        repository: "https://github.com/npm/security-holder"
      },
      "todo-comments": {
        repository: "https://github.com/fXy-during/eslint-plugin-todo-comments"
      },
      "todo-ddl": {
        repository: "https://github.com/ATQQ/eslint-plugin-todo-ddl"
      },
      "todo-errors": {
        repository: "https://github.com/KollegOFF/eslint-plugin-todo-errors"
      },
      "todo-format": {
        repository: "https://github.com/YekaiZ/eslint-plugin-todo-format"
      },
      "todo-plz": {
        repository: "https://github.com/sawyerh/eslint-plugin-todo-plz"
      },
      todos: {
        repository: "https://github.com/auhau/eslint-plugin-todos"
      },
      toml: {
        repository: "https://github.com/ota-meshi/eslint-plugin-toml"
      },
      tools: {
        repository: "https://github.com/fengyinchao/eslint-plugin-custom"
      },
      toplevel: {
        repository: "https://github.com/HKalbasi/eslint-plugin-toplevel"
      },
      "total-functions": {
        repository: "https://github.com/danielnixon/eslint-plugin-total-functions"
      },
      "tree-shaking": {
        repository: "https://github.com/lukastaegert/eslint-plugin-tree-shaking"
      },
      tribou: {
        repository: "https://github.com/tribou/eslint-plugin-tribou"
      },
      trim: {
        repository: "https://github.com/doinki/eslint-plugin-trim"
      },
      ts: {
        repository: "https://github.com/ovidiubute/eslint-plugin-ts"
      },
      "ts-ban-snippets": {
        repository: "https://github.com/mrseanryan/eslint-plugin-ts-ban-snippets"
      },
      "ts-expect": {
        repository: "https://github.com/4Catalyzer/eslint-plugin-ts-expect"
      },
      "ts-exports": {
        repository: "https://github.com/wcandillon/eslint-plugin-ts-exports"
      },
      "ts-import": {
        repository: "https://github.com/bradennapier/eslint-plugin-ts-import"
      },
      "ts-wasmify": {
        repository: "https://github.com/JaroslawPokropinski/eslint-plugin-ts-wasmify"
      },
      tsc: {
        repository: "https://github.com/unlight/eslint-plugin-tsc"
      },
      tsday: {
        repository: "https://github.com/dmeneses/eslint-plugin-tsday"
      },
      tsdoc: {
        repository: "https://github.com/microsoft/tsdoc"
      },
      tsex: {
        repository: "https://github.com/wiinuk/eslint-plugin-tsex"
      },
      "tshirt-sizes": {
        repository: "https://github.com/Naoto-Ida/eslint-plugin-tshirt-sizes"
      },
      "tslint-comments": {
        repository: "https://github.com/drewwyatt/eslint-plugin-tslint-comments"
      },
      "tss-unused-classes": {
        repository: "https://github.com/garronej/eslint-plugin-tss-unused-classes"
      },
      ttag: {
        repository: "https://github.com/ttag-org/eslint-plugin-ttag"
      },
      turbopatent: {
        repository: "https://github.com/PatentNavigation/eslint-plugin-turbopatent"
      },
      "type-graphql": {
        repository: "https://github.com/borremosch/eslint-plugin-type-graphql"
      },
      types: {
        repository: "https://github.com/dissimulate/eslint-plugin-types"
      },
      "typescript-custom-sort-keys": {
        repository: "https://github.com/prash471/eslint-plugin-typescript-sort-keys"
      },
      "typescript-enum": {
        repository: "https://github.com/shian15810/eslint-plugin-typescript-enum"
      },
      "typescript-eslint-jsx-conditionals": {
        repository: "https://github.com/ColeWalker/typescript-eslint-jsx-conditionals"
      },
      "typescript-kiva": {
        repository: "https://github.com/SystemLight/eslint-kiva"
      },
      "typescript-names": {
        repository: "https://github.com/rejifald/eslint-plugin-typescript-names"
      },
      "typescript-react-kiva": {
        repository: "https://github.com/SystemLight/eslint-kiva"
      },
      "typescript-require-readonly": {
        repository: "https://github.com/krailler/eslint-plugin-typescript-require-readonly"
      },
      "typescript-sort-keys": {
        repository: "https://github.com/infctr/eslint-plugin-typescript-sort-keys"
      },
      typling: {
        repository: "https://github.com/jamen/eslint-plugin-typling"
      },
      udemy: {
        repository: "https://github.com/udemy/js-tooling"
      },
      "ui-testing": {
        repository: "https://github.com/kwoding/eslint-plugin-ui-testing"
      },
      ui5depchk: {
        repository: "https://github.com/kennyzhangdev/ui5depchk"
      },
      unar: {
        repository: "https://github.com/lkdghzh/eslint-plugin-unar-extends"
      },
      "uncalled-iife": {
        repository: "https://github.com/romainmenke/eslint-plugin-uncalled-iife"
      },
      "undef-init": {
        repository: "https://github.com/bendtherules/eslint-plugin-undef-init"
      },
      underscore_case: {
        repository: "https://github.com/tylerlong/eslint-plugin-underscore_case"
      },
      "undocumented-env": {
        repository: "https://github.com/lennym/eslint-plugin-implicit-dependencies"
      },
      unicorn: {
        docs: "https://github.com/sindresorhus/eslint-plugin-unicorn/blob/main/docs/rules/",
        repository: "https://github.com/sindresorhus/eslint-plugin-unicorn"
      },
      "unnecessary-filename-in-import": {
        repository: "https://github.com/ska-kialo/eslint-plugin-unnecessary-filename-in-import"
      },
      "unsafe-property-assignment": {
        repository: "https://github.com/jonathanKingston/eslint-plugin-unsafe-property-assignment"
      },
      "unused-imports": {
        docs: "https://github.com/sweepline/eslint-plugin-unused-imports/blob/master/docs/rules/",
        repository: "https://github.com/sweepline/eslint-plugin-unused-imports"
      },
      url: {
        repository: "https://github.com/keyfoxth/eslint-plugin-url"
      },
      usagisah: {
        repository: "https://github.com/gxs114/eslint-plugin-usagisah"
      },
      "use-decorator": {
        repository: "https://github.com/team-parallax/eslint-plugin-use-decorator"
      },
      "use-encapsulation": {
        repository: "https://github.com/kyleshevlin/eslint-plugin-use-encapsulation"
      },
      "use-macros": {
        repository: "https://github.com/wantedly/frolint"
      },
      "use-numeric-separator": {
        repository: "https://github.com/RateGravity/eslint-plugin-use-numeric-separator"
      },
      "use-optional-annotation": {
        repository: "https://github.com/Akagire/eslint-plugin-use-optional-annotation"
      },
      "use-selector-with": {
        repository: "https://github.com/Codecademy/use-selector-with"
      },
      "use-storeon": {
        repository: "https://github.com/Minyens/eslint-plugin-use-storeon"
      },
      userscripts: {
        repository: "https://github.com/Yash-Singh1/eslint-plugin-userscripts"
      },
      utils: {
        repository: "https://github.com/rx-ts/eslint"
      },
      uuapp: {
        repository: "https://github.com/jiridudekusy/eslint-plugin-uuapp"
      },
      uvu: {
        repository: "https://github.com/yudai-nkt/eslint-plugin-uvu"
      },
      "validate-declared-imports": {
        repository: "https://github.com/yardenporat/eslint-plugin-validate-declared-imports"
      },
      valtech: {
        repository: "https://github.com/valtech-nyc/eslint-plugin-valtech"
      },
      valtio: {
        repository: "https://github.com/pmndrs/eslint-plugin-valtio"
      },
      "var-length": {
        repository: "https://github.com/uhyo/eslint-plugin-var-length"
      },
      variablenamecheck: {
        repository: "https://github.com/npm/npm"
      },
      variablenamecheck1: {
        repository: "https://github.com/npm/npm"
      },
      variables: {
        repository: "https://github.com/frsv/eslint-plugin-variables"
      },
      various: {
        repository: "https://github.com/oculus42/eslint-plugin-various"
      },
      verdaccio: {
        repository: "https://github.com/verdaccio/monorepo"
      },
      videoamp: {
        repository: "https://github.com/VideoAmp/eslint-plugin-videoamp"
      },
      "view-models": {
        repository: "https://github.com/asbjornh/eslint-plugin-view-models"
      },
      "viper-v2": {
        repository: "https://github.com/Nigiss/eslint-plugin-viper"
      },
      "viper-v3": {
        repository: "https://github.com/Nigiss/eslint-plugin-viper-v3"
      },
      "virtru-lint": {
        repository: "https://github.com/npm/security-holder"
      },
      "vitest-globals": {
        repository: "https://github.com/saqqdy/eslint-plugin-vitest-globals"
      },
      vitsaus: {
        repository: "https://github.com/Vitsaus/eslint-plugin-vitsaus"
      },
      void: {
        repository: "https://github.com/Chamion/eslint-plugin-void"
      },
      "void-only-side-effects": {
        repository: "https://github.com/Chamion/eslint-plugin-void-only-side-effects"
      },
      vtex: {
        repository: "https://github.com/vtex/typescript"
      },
      vue: {
        docs: "https://github.com/vuejs/eslint-plugin-vue/blob/master/docs/rules/",
        repository: "https://github.com/vuejs/eslint-plugin-vue"
      },
      "vue-2-object-reactivity": {
        repository: "https://github.com/Maxim-Mazurok/eslint-plugin-vue-2-object-reactivity"
      },
      "vue-crooks-nits": {
        repository: "https://github.com/idlethumbs/eslint-plugin-vue-crooks-nits"
      },
      "vue-enhanced": {
        repository: "https://github.com/fisker/eslint-plugin-vue-enhanced"
      },
      "vue-extras": {
        repository: "https://github.com/przemyslawjanpietrzak/eslint-plugin-vue-extras"
      },
      "vue-i18nstring": {
        repository: "https://github.com/FlyDreame/eslint-plugin-vue-i18n"
      },
      "vue-lang": {
        repository: "https://github.com/FuckingUsername/eslint-plugin-vue-lang"
      },
      "vue-libs": {
        repository: "https://github.com/vuejs/eslint-plugin-vue-libs"
      },
      "vue-oboi": {
        repository: "https://github.com/maxming2333/eslint-plugin-vue-oboi"
      },
      "vue-property-precheck": {
        repository: "https://github.com/CooLNuanfeng/eslint-plugin-vue-property-precheck"
      },
      "vue-pug": {
        repository: "https://github.com/rashfael/eslint-plugin-vue-pug"
      },
      "vue-root-class": {
        repository: "https://github.com/wiese/eslint-plugin-vue-root-class"
      },
      "vue-scoped-css": {
        repository: "https://github.com/future-architect/eslint-plugin-vue-scoped-css"
      },
      "vue-split-by-script-lang": {
        repository: "https://github.com/kmathmann/eslint-plugin-vue-split-by-script-lang"
      },
      "vue-style-tag": {
        repository: "https://github.com/talltotal/eslint-plugin-vue-style-tag"
      },
      "vue-types": {
        repository: "https://github.com/dwightjack/eslint-plugin-vue-types"
      },
      "vue3-jsx": {
        repository: "https://github.com/lk0606/lint"
      },
      vuefix: {
        repository: "https://github.com/lkiarest/eslint-plugin-vuefix"
      },
      "vuejs-accessibility": {
        repository: "https://github.com/vue-a11y/eslint-plugin-vuejs-accessibility"
      },
      vuetify: {
        repository: "https://github.com/vuetifyjs/eslint-plugin-vuetify"
      },
      "wang_eslint-plugin-vue": {
        repository: "https://github.com/vuejs/eslint-plugin-vue"
      },
      wantedly: {
        repository: "https://github.com/wantedly/frolint"
      },
      wc: {
        repository: "https://github.com/43081j/eslint-plugin-wc"
      },
      wdio: {
        repository: "https://github.com/webdriverio/webdriverio"
      },
      web: {
        repository: "https://github.com/aladdin-add/eslint-plugin"
      },
      webassembly: {
        repository: "https://github.com/xtuc/webassemblyjs"
      },
      webgl: {
        repository: "https://github.com/amilajack/eslint-plugin-webgl"
      },
      "webgl-logic": {
        repository: "https://github.com/peteward44/eslint-plugin-webgl-logic"
      },
      "webpack-eslint-plugin": {
        repository: "https://github.com/eyasliu/webpack-eslint-plugin"
      },
      weex: {
        repository: "https://github.com/erha19/eslint-plugin-weex"
      },
      "weex-vue": {
        repository: "https://github.com/erha19/eslint-plugin-weex-vue"
      },
      weiyi: {
        repository: "https://github.com/borenXue/front-packages"
      },
      wemlion: {
        repository: "https://github.com/AngusFu/wemlion-frontend-conf"
      },
      whitespace: {
        repository: "https://github.com/willklein/eslint-plugin-whitespace"
      },
      why: {
        repository: "https://github.com/coleturner/eslint-plugin-why"
      },
      widen: {
        repository: "https://github.com/Widen/eslint-config"
      },
      "winniepukki-guidelines": {
        repository: "https://github.com/winniepukki/guidelines"
      },
      "with-tsc-error": {
        repository: "https://github.com/mkusaka/eslint-plugin-with-tsc-error"
      },
      "wix-custom-rules": {
        repository: "https://github.com/wix-incubator/wix-eslint-custom-rules"
      },
      "wix-editor": {
        repository: "https://github.com/wix/eslint-plugin-wix-editor"
      },
      "wix-style-react": {
        repository: "https://github.com/wix/wix-ui"
      },
      wkovacs64: {
        repository: "https://github.com/wKovacs64/eslint-plugin-wkovacs64"
      },
      woke: {
        repository: "https://github.com/amwmedia/eslint-plugin-woke"
      },
      wolkenkit: {
        repository: "https://github.com/thenativeweb/eslint-plugin-wolkenkit"
      },
      workspaces: {
        repository: "https://github.com/joshuajaco/eslint-plugin-workspaces"
      },
      wpcalypso: {
        repository: "https://github.com/Automattic/wp-calypso"
      },
      wpy: {
        repository: "https://github.com/romoo/eslint-plugin-wpy"
      },
      wrapper: {
        repository: "https://github.com/mmkal/eslint-plugin-wrapper"
      },
      "write-good-comments": {
        repository: "https://github.com/kantord/eslint-plugin-write-good-comments"
      },
      wtf: {
        repository: "https://github.com/qix-/eslint-plugin-wtf"
      },
      wtlin: {
        repository: "https://github.com/wtlin1228/eslint-plugin-wtlin"
      },
      wxml: {
        repository: "https://github.com/wxmlfile/eslint-plugin-wxml"
      },
      xgh: {
        repository: "https://github.com/fabioemoutinho/xgh"
      },
      "xod-fp": {
        repository: "https://github.com/xodio/eslint-plugin-xod-fp"
      },
      xogroup: {
        repository: "https://github.com/xogroup/eslint-plugin-xogroup"
      },
      xss: {
        repository: "https://github.com/Rantanen/eslint-plugin-xss"
      },
      xstate: {
        repository: "https://github.com/rlaffers/eslint-plugin-xstate"
      },
      xunit: {
        repository: "https://github.com/rochejul/eslint-plugin-xunit"
      },
      xurei: {
        repository: "https://github.com/xurei/eslint-plugin"
      },
      "xxx-eslint": {
        repository: "https://github.com/SaiRS/eslint-plugin-xxx-eslint"
      },
      yaml: {
        repository: "https://github.com/aminya/eslint-plugin-yaml"
      },
      "yandex-maps": {
        repository: "https://github.com/npm/security-holder"
      },
      yaypay: {
        repository: "https://github.com/SergiiKudriashov/eslint-plugin-yaypay"
      },
      "yen-symbol-check": {
        repository: "https://github.com/yaofangchao/eslint-plugin-yen-symbol-check"
      },
      yml: {
        repository: "https://github.com/ota-meshi/eslint-plugin-yml"
      },
      yola: {
        repository: "https://github.com/yola/eslint-plugin-yola"
      },
      "you-dont-need-lodash-underscore": {
        repository: "https://github.com/you-dont-need/You-Dont-Need-Lodash-Underscore"
      },
      "you-dont-need-momentjs": {
        repository: "https://github.com/you-dont-need/You-Dont-Need-Momentjs"
      },
      "you-dont-need-recompose": {
        repository: "https://github.com/icrosil/eslint-plugin-you-dont-need-recompose"
      },
      zero: {
        repository: "https://github.com/zero-config/eslint-plugin-zero"
      },
      "zero-config": {
        repository: "https://github.com/exelord/eslint-plugin-zero-config"
      },
      zflow: {
        repository: "https://github.com/tzstone/eslint-plugin-flow"
      },
      zillow: {
        repository: "https://github.com/zillow/javascript"
      },
      zob: {
        repository: "https://github.com/xovel/zob"
      },
      zoelint: {
        repository: "https://github.com/bombbombbeng/eslint-plugin-zoelint"
      },
      zooshgroup: {
        repository: "https://github.com/zooshgroup/eslint-plugin-zooshgroup"
      },
      "zving-specifications": {
        repository: "https://github.com/abeet/eslint-plugin-zving-specifications"
      }
    };
  }
});

// node_modules/eslint-rule-docs/index.js
var require_eslint_rule_docs = __commonJS({
  "node_modules/eslint-rule-docs/index.js"(exports, module) {
    var plugins = require_plugins();
    module.exports = function(ruleKey) {
      const [pluginName, ruleName2] = ruleKey.split("/");
      if (!ruleName2) {
        return {
          exactMatch: true,
          url: "https://eslint.org/docs/rules/" + ruleKey
        };
      }
      const found = plugins[pluginName];
      if (!found) {
        throw new Error("No documentation found for rule");
      }
      if (found.docs) {
        return {
          exactMatch: true,
          url: `${found.docs}${ruleName2}.md`
        };
      }
      if (found.repository) {
        return {
          exactMatch: false,
          url: found.repository
        };
      }
      throw new Error("No documentation found for rule");
    };
  }
});

// src/load/files.ts
var import_ignore = __toESM(require_ignore(), 1);
import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";

// src/load/parse.ts
var import_yaml = __toESM(require_dist(), 1);
var STYLES = {
  PLAIN: "plain",
  QUOTE_SINGLE: "single",
  QUOTE_DOUBLE: "double",
  BLOCK_LITERAL: "literal",
  BLOCK_FOLDED: "folded"
};
var PARSE_OPTIONS = { merge: true, prettyErrors: false, uniqueKeys: true, strict: true };
function parseSource(path2, text2, contextOnly = false) {
  try {
    const docs = (0, import_yaml.parseAllDocuments)(text2, PARSE_OPTIONS);
    const list = Array.isArray(docs) ? docs : [];
    const documents = list.map((doc, index) => convertDocument(path2, text2, doc, index));
    return { path: path2, text: text2, documents, problems: [], contextOnly };
  } catch (err) {
    const message = err instanceof RangeError ? "the document is nested too deeply to parse" : String(err);
    return {
      path: path2,
      text: text2,
      documents: [],
      problems: [{ code: "PARSE_FAILED", message, span: { file: path2, start: 0, end: 0 } }],
      contextOnly
    };
  }
}
function unreadableSource(path2, message, contextOnly = false) {
  return {
    path: path2,
    text: "",
    documents: [],
    problems: [{ code: "UNREADABLE", message, span: { file: path2, start: 0, end: 0 } }],
    contextOnly
  };
}
function convertDocument(path2, text2, doc, index) {
  const problems = doc.errors.map((e) => ({
    code: e.code,
    message: firstLine(e.message),
    // The parser may point one past the end of the text (an unexpected end of input).
    span: { file: path2, start: Math.min(e.pos[0], text2.length), end: Math.min(Math.max(e.pos[0], e.pos[1]), text2.length) }
  }));
  if (problems.length > 0) return { index, root: null, problems };
  try {
    const memo2 = /* @__PURE__ */ new Map();
    const root = doc.contents ? convertNode(path2, text2, doc, doc.contents, memo2, void 0) : null;
    return { index, root, problems };
  } catch (err) {
    const start = doc.range[0];
    const message = err instanceof RangeError ? "the document is nested too deeply to read" : String(err);
    return { index, root: null, problems: [{ code: "PARSE_FAILED", message, span: { file: path2, start, end: start } }] };
  }
}
function firstLine(message) {
  const i = message.indexOf(" at line ");
  return (i > 0 ? message.slice(0, i) : message.split("\n")[0] ?? message).trim();
}
function spanOf(path2, node) {
  const r = node.range;
  return r ? { file: path2, start: r[0], end: r[1] } : { file: path2, start: 0, end: 0 };
}
function convertNode(path2, text2, doc, node, memo2, commentBefore) {
  if ((0, import_yaml.isAlias)(node)) {
    const target = node.resolve(doc);
    if (!target) return { kind: "scalar", value: null, style: "plain", span: spanOf(path2, node) };
    return convertNode(path2, text2, doc, target, memo2, commentBefore);
  }
  const seen = memo2.get(node);
  if (seen) return seen;
  const comment = commentBefore ?? node.commentBefore ?? void 0;
  let out;
  if ((0, import_yaml.isMap)(node)) {
    const entries = [];
    const keys = /* @__PURE__ */ new Set();
    const merged = [];
    for (const pair of node.items) {
      if (!(0, import_yaml.isPair)(pair)) continue;
      const k = pair.key;
      const v = pair.value;
      const keyText = k && (0, import_yaml.isScalar)(k) ? keyString(k.value) : null;
      const keyComment = (k && k.commentBefore) ?? void 0;
      if (keyText === "<<" && v) {
        const sources = (0, import_yaml.isSeq)(v) ? v.items : [v];
        for (const s of sources) {
          const m = convertNode(path2, text2, doc, s, memo2, void 0);
          if (m.kind === "map") merged.push(...m.entries);
        }
        continue;
      }
      if (keyText === null || !k) continue;
      const value = v ? convertNode(path2, text2, doc, v, memo2, void 0) : { kind: "scalar", value: null, style: "plain", span: emptyAfter(path2, k) };
      keys.add(keyText);
      entries.push(keyComment ? { key: keyText, keySpan: spanOf(path2, k), value, commentBefore: keyComment } : { key: keyText, keySpan: spanOf(path2, k), value });
    }
    for (const e of merged) {
      if (!keys.has(e.key)) {
        keys.add(e.key);
        entries.push(e);
      }
    }
    out = comment ? { kind: "map", entries, span: spanOf(path2, node), commentBefore: comment } : { kind: "map", entries, span: spanOf(path2, node) };
  } else if ((0, import_yaml.isSeq)(node)) {
    const items = node.items.map(
      (it) => it ? convertNode(path2, text2, doc, it, memo2, void 0) : { kind: "scalar", value: null, style: "plain", span: spanOf(path2, node) }
    );
    out = comment ? { kind: "seq", items, span: spanOf(path2, node), commentBefore: comment } : { kind: "seq", items, span: spanOf(path2, node) };
  } else if ((0, import_yaml.isScalar)(node)) {
    const style = STYLES[node.type ?? "PLAIN"] ?? "plain";
    const span = spanOf(path2, node);
    const raw = node.value;
    const value = typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean" || typeof raw === "bigint" || raw === null ? raw : String(raw);
    const base = { kind: "scalar", value, style, span };
    const withSource = style === "plain" || style === "single" || style === "double" ? { ...base, source: text2.slice(span.start, span.end) } : base;
    out = comment ? { ...withSource, commentBefore: comment } : withSource;
  } else {
    out = { kind: "scalar", value: null, style: "plain", span: spanOf(path2, node) };
  }
  memo2.set(node, out);
  return out;
}
function keyString(v) {
  if (typeof v === "string") return v;
  if (typeof v === "symbol") return v.description ?? null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  if (v === null) return "null";
  return null;
}
function emptyAfter(path2, key) {
  const r = key.range;
  const at = r ? r[1] : 0;
  return { file: path2, start: at, end: at };
}

// src/load/files.ts
var MANIFEST_EXTENSIONS = [".yaml", ".yml", ".json"];
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
async function expandPaths(paths, cwd) {
  const files = [];
  const missing = [];
  const seen = /* @__PURE__ */ new Set();
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = await stat(abs);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) {
      const visited = /* @__PURE__ */ new Set();
      await walk(abs, abs, [], files, seen, visited, cwd);
    } else if (!seen.has(abs)) {
      seen.add(abs);
      files.push(displayPath(abs, cwd));
    }
  }
  return { files, missing };
}
async function walk(root, dir, scopes, out, seen, visited, cwd) {
  let real;
  try {
    real = await realpath(dir);
  } catch {
    return;
  }
  if (visited.has(real)) return;
  visited.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  const local = await readGitignore(dir);
  const active = local ? [...scopes, { dir, ig: local }] : scopes;
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry2 of entries) {
    const full = join(dir, entry2.name);
    let isDir = entry2.isDirectory();
    let isFile = entry2.isFile();
    if (entry2.isSymbolicLink()) {
      try {
        const st = await stat(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue;
      }
    }
    if (isDir && SKIPPED_DIRS.has(entry2.name)) continue;
    if (isIgnored(active, full, isDir)) continue;
    if (isDir) {
      await walk(root, full, active, out, seen, visited, cwd);
    } else if (isFile && MANIFEST_EXTENSIONS.some((e) => entry2.name.toLowerCase().endsWith(e))) {
      if (seen.has(full)) continue;
      seen.add(full);
      out.push(displayPath(full, cwd));
    }
  }
}
async function readGitignore(dir) {
  try {
    const text2 = await readFile(join(dir, ".gitignore"), "utf8");
    return (0, import_ignore.default)().add(text2);
  } catch {
    return null;
  }
}
function isIgnored(scopes, full, isDir) {
  for (const { dir, ig } of scopes) {
    const rel = relative(dir, full).split(sep).join("/");
    if (!rel || rel.startsWith("..")) continue;
    if (ig.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}
function displayPath(abs, cwd) {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith("..") && !resolve(rel).startsWith("..") ? rel.split(sep).join("/") : abs;
}
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeText(bytes) {
  if (bytes.includes(0)) return { error: "the file is not text (it contains NUL bytes)" };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { error: "the file is not valid UTF-8" };
  }
}
async function loadFile(path2, cwd, contextOnly = false) {
  let bytes;
  try {
    const st = await lstat(resolve(cwd, path2));
    if (st.isDirectory()) return unreadableSource(path2, "is a directory", contextOnly);
    bytes = await readFile(resolve(cwd, path2));
  } catch (err) {
    const code = err.code;
    const why = code === "EACCES" ? "permission denied" : code === "ENOENT" ? "no such file" : `cannot be read (${code ?? String(err)})`;
    return unreadableSource(path2, why, contextOnly);
  }
  const decoded = decodeText(bytes);
  if ("error" in decoded) return unreadableSource(path2, decoded.error, contextOnly);
  return parseSource(path2, decoded.text, contextOnly);
}

// src/load/span.ts
var LineIndex = class {
  constructor(text2) {
    this.text = text2;
    for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  text;
  starts = [0];
  /** 1-based line and column (UTF-16 units) of an offset. */
  position(offset) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((this.starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (this.starts[lo] ?? 0) + 1 };
  }
  location(span) {
    const s = this.position(span.start);
    const e = this.position(Math.max(span.start, span.end));
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  }
};
function innerSpan(node, from, to) {
  const map = valueOffsets(node);
  if (!map) return node.span;
  const a = map[from];
  const b = map[Math.max(from, to)];
  if (a === void 0 || b === void 0) return node.span;
  return { file: node.span.file, start: a, end: b };
}
var mapCache = /* @__PURE__ */ new WeakMap();
function valueOffsets(node) {
  const cached = mapCache.get(node);
  if (cached !== void 0) return cached;
  const result = computeOffsets(node);
  mapCache.set(node, result);
  return result;
}
function computeOffsets(node) {
  const src = node.source;
  const value = node.value;
  if (src === void 0 || typeof value !== "string") return null;
  const base = node.span.start;
  const out = [];
  if (node.style === "plain") {
    if (src !== value) return null;
    for (let i = 0; i <= value.length; i++) out.push(base + i);
    return out;
  }
  if (node.style === "single") {
    for (let i = 1; i < src.length - 1; i++) {
      const c = src[i];
      if (c === "\n" || c === "\r") return null;
      out.push(base + i);
      if (c === "'") i++;
    }
    out.push(base + src.length - 1);
    return out.length === value.length + 1 ? out : null;
  }
  if (node.style === "double") {
    for (let i = 1; i < src.length - 1; i++) {
      const c = src[i];
      if (c === "\n" || c === "\r") return null;
      if (c === "\\") {
        const n = src[i + 1];
        if (n === void 0 || !'"\\/'.includes(n)) return null;
        out.push(base + i);
        i++;
        continue;
      }
      out.push(base + i);
    }
    out.push(base + src.length - 1);
    return out.length === value.length + 1 ? out : null;
  }
  return null;
}

// src/model/gojson.ts
var WS = /* @__PURE__ */ new Set([" ", "	", "\r", "\n"]);
var GO_ESCAPES = { 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r", 92: "\\\\" };
function quoteChar(c) {
  if (c === "'") return "'\\''";
  if (c === '"') return `'"'`;
  const code = c.codePointAt(0) ?? 0;
  const byte = code < 128 ? code : new TextEncoder().encode(c)[0] ?? 0;
  const named = GO_ESCAPES[byte];
  if (named) return `'${named}'`;
  if (byte < 32 || byte === 127) return `'\\x${byte.toString(16).padStart(2, "0")}'`;
  if (byte >= 128 && byte <= 160 || byte === 173) return `'\\u00${byte.toString(16).padStart(2, "0")}'`;
  return `'${String.fromCharCode(byte)}'`;
}
var SyntaxErr = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var Scanner = class {
  constructor(s) {
    this.s = s;
  }
  s;
  i = 0;
  fail(context) {
    if (this.i >= this.s.length) throw new SyntaxErr("unexpected end of JSON input", this.s.length);
    const c = String.fromCodePoint(this.s.codePointAt(this.i) ?? 0);
    throw new SyntaxErr(`invalid character ${quoteChar(c)} ${context}`, this.i);
  }
  ws() {
    while (this.i < this.s.length && WS.has(this.s[this.i])) this.i++;
  }
  value() {
    this.ws();
    const c = this.s[this.i];
    const start = this.i;
    if (c === "[") return this.array();
    if (c === "{") {
      this.object();
      return { t: "object", start };
    }
    if (c === '"') return this.string();
    if (c === "-" || c !== void 0 && c >= "0" && c <= "9") {
      this.number();
      return { t: "number", start };
    }
    if (c === "t") return this.literal("true", "bool");
    if (c === "f") return this.literal("false", "bool");
    if (c === "n") return this.literal("null", "null");
    return this.fail("looking for beginning of value");
  }
  literal(word, t) {
    const start = this.i;
    for (let k = 0; k < word.length; k++, this.i++) {
      if (this.s[this.i] !== word[k]) this.fail(`in literal ${word} (expecting '${word[k]}')`);
    }
    return { t, start };
  }
  number() {
    if (this.s[this.i] === "-") this.i++;
    const d = () => this.i < this.s.length && this.s[this.i] >= "0" && this.s[this.i] <= "9";
    if (this.s[this.i] === "0") this.i++;
    else if (d()) while (d()) this.i++;
    else this.fail("in numeric literal");
    if (this.s[this.i] === ".") {
      this.i++;
      if (!d()) this.fail("after decimal point in numeric literal");
      while (d()) this.i++;
    }
    if (this.s[this.i] === "e" || this.s[this.i] === "E") {
      this.i++;
      if (this.s[this.i] === "+" || this.s[this.i] === "-") this.i++;
      if (!d()) this.fail("in exponent of numeric literal");
      while (d()) this.i++;
    }
  }
  string() {
    const open = this.i;
    this.i++;
    for (; ; ) {
      if (this.i >= this.s.length) this.fail("in string literal");
      const c = this.s[this.i];
      if (c === '"') break;
      if (c === "\\") {
        this.i++;
        const e = this.s[this.i];
        if (e === void 0) this.fail("in string escape code");
        if ('"\\/bfnrt'.includes(e)) this.i++;
        else if (e === "u") {
          this.i++;
          for (let k = 0; k < 4; k++, this.i++) {
            if (!/[0-9a-fA-F]/.test(this.s[this.i] ?? "")) this.fail("in \\u hexadecimal character escape");
          }
        } else this.fail("in string escape code");
        continue;
      }
      if (c.charCodeAt(0) < 32) this.fail("in string literal");
      this.i++;
    }
    const raw = this.s.slice(open, this.i + 1);
    this.i++;
    return { t: "string", v: JSON.parse(raw), start: open + 1, end: this.i - 1 };
  }
  array() {
    const start = this.i;
    this.i++;
    const items = [];
    this.ws();
    if (this.s[this.i] === "]") {
      this.i++;
      return { t: "array", items, start };
    }
    for (; ; ) {
      items.push(this.value());
      this.ws();
      const c = this.s[this.i];
      if (c === ",") {
        this.i++;
        continue;
      }
      if (c === "]") {
        this.i++;
        return { t: "array", items, start };
      }
      this.fail("after array element");
    }
  }
  object() {
    this.i++;
    this.ws();
    if (this.s[this.i] === "}") {
      this.i++;
      return;
    }
    for (; ; ) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail("looking for beginning of object key string");
      this.string();
      this.ws();
      if (this.s[this.i] !== ":") this.fail("after object key");
      this.i++;
      this.value();
      this.ws();
      const c = this.s[this.i];
      if (c === ",") {
        this.i++;
        continue;
      }
      if (c === "}") {
        this.i++;
        return;
      }
      this.fail("after object key:value pair");
    }
  }
};
var GO_TYPE = { number: "number", bool: "bool", object: "object", array: "array", string: "string" };
function goUnmarshalStringList(s) {
  const sc = new Scanner(s);
  let top;
  try {
    top = sc.value();
    sc.ws();
    if (sc.i < s.length) sc.fail("after top-level value");
  } catch (e) {
    if (e instanceof SyntaxErr) return { ok: false, error: e.message, offset: e.offset, kind: "syntax" };
    throw e;
  }
  if (top.t === "null") return { ok: true, items: null };
  if (top.t !== "array") {
    return { ok: false, error: `json: cannot unmarshal ${GO_TYPE[top.t] ?? top.t} into Go value of type []string`, offset: top.start, kind: "type" };
  }
  const items = [];
  let typeErr = null;
  for (const it of top.items) {
    if (it.t === "string") items.push({ value: it.v, start: it.start, end: it.end });
    else if (it.t === "null") items.push({ value: "", start: it.start, end: it.start + 4 });
    else typeErr ??= { error: `json: cannot unmarshal ${GO_TYPE[it.t] ?? it.t} into Go value of type string`, offset: it.start };
  }
  if (typeErr) return { ok: false, error: typeErr.error, offset: typeErr.offset, kind: "type" };
  return { ok: true, items };
}

// src/model/ip.ts
var import_ipaddr = __toESM(require_ipaddr(), 1);
var bitsOf = (f) => f === 4 ? 32 : 128;
function parseIPv4Fields(s) {
  const parts = s.split(".");
  if (parts.length !== 4) return null;
  let v = 0n;
  for (const p of parts) {
    if (!/^[0-9]{1,3}$/.test(p)) return null;
    if (p.length > 1 && p.startsWith("0")) return null;
    const n = Number(p);
    if (n > 255) return null;
    v = v << 8n | BigInt(n);
  }
  return v;
}
function parseIPv6(s) {
  if (s.length === 0 || s.includes("%")) return null;
  let head = s;
  let v4tail = null;
  const lastColon = s.lastIndexOf(":");
  if (s.includes(".")) {
    v4tail = parseIPv4Fields(s.slice(lastColon + 1));
    if (v4tail === null) return null;
    head = s.slice(0, lastColon + 1);
    if (head.endsWith(":") && !head.endsWith("::")) head = head.slice(0, -1);
  }
  const groupsNeeded = v4tail === null ? 8 : 6;
  const dbl = head.indexOf("::");
  if (dbl !== -1 && head.indexOf("::", dbl + 1) !== -1) return null;
  const parseGroups = (part) => {
    if (part === "") return [];
    const gs = part.split(":");
    const out = [];
    for (const g of gs) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  let groups;
  if (dbl === -1) {
    const g = parseGroups(head);
    if (!g || g.length !== groupsNeeded) return null;
    groups = g;
  } else {
    const left = parseGroups(head.slice(0, dbl));
    const right = parseGroups(head.slice(dbl + 2));
    if (!left || !right) return null;
    const fill = groupsNeeded - left.length - right.length;
    if (fill < 1) return null;
    groups = [...left, ...new Array(fill).fill(0), ...right];
  }
  let v = 0n;
  for (const g of groups) v = v << 16n | BigInt(g);
  if (v4tail !== null) v = v << 32n | v4tail;
  return v;
}
var MAPPED_PREFIX = 0xffffn << 32n;
function parseIP(s) {
  if (s.includes(":")) {
    const v2 = parseIPv6(s);
    if (v2 === null) return null;
    if (v2 >> 32n === 0xffffn) return { family: 4, value: v2 & 0xffffffffn };
    return { family: 6, value: v2 };
  }
  const v = parseIPv4Fields(s);
  return v === null ? null : { family: 4, value: v };
}
function parseCIDR(s) {
  const slash = s.indexOf("/");
  if (slash === -1) return null;
  const addr = s.slice(0, slash);
  const mask = s.slice(slash + 1);
  if (!/^[0-9]+$/.test(mask) || mask.length > 3) return null;
  const prefix = Number(mask);
  let family;
  let value;
  if (addr.includes(":")) {
    family = 6;
    value = parseIPv6(addr);
  } else {
    family = 4;
    value = parseIPv4Fields(addr);
  }
  if (value === null || prefix > bitsOf(family)) return null;
  if (family === 6 && value >> 32n === 0xffffn && prefix >= 96) {
    family = 4;
    value = value & 0xffffffffn;
    return mk(4, value, prefix - 96);
  }
  return mk(family, value, prefix);
}
function mk(family, value, prefix) {
  const network = value & maskOf(family, prefix);
  return { family, network, prefix, hadHostBits: network !== value };
}
function parseCIDROrIP(s) {
  if (s.includes("/")) return parseCIDR(s);
  const ip = parseIP(s);
  return ip ? { family: ip.family, network: ip.value, prefix: bitsOf(ip.family), hadHostBits: false } : null;
}
function maskOf(family, prefix) {
  const bits = BigInt(bitsOf(family));
  const all = (1n << bits) - 1n;
  return prefix === 0 ? 0n : all >> bits - BigInt(prefix) << bits - BigInt(prefix);
}
var sizeOf = (c) => 1n << BigInt(bitsOf(c.family) - c.prefix);
var lastOf = (c) => c.network + sizeOf(c) - 1n;
function contains(c, ip) {
  return c.family === ip.family && ip.value >= c.network && ip.value <= lastOf(c);
}
function overlaps(a, b) {
  return a.family === b.family && a.network <= lastOf(b) && b.network <= lastOf(a);
}
function within(a, b) {
  return a.family === b.family && a.prefix >= b.prefix && (a.network & maskOf(b.family, b.prefix)) === b.network;
}
var sameCIDR = (a, b) => a.family === b.family && a.prefix === b.prefix && a.network === b.network;
function toBytes(family, v) {
  const n = family === 4 ? 4 : 16;
  const out = new Array(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}
function formatIP(family, value) {
  const addr = import_ipaddr.default.fromByteArray(toBytes(family, value));
  return addr instanceof import_ipaddr.default.IPv6 ? addr.toRFC5952String() : addr.toString();
}
var ipString = (ip) => formatIP(ip.family, ip.value);
var cidrString = (c) => `${formatIP(c.family, c.network)}/${c.prefix}`;
var LINK_LOCAL = {
  4: parseCIDR("169.254.0.0/16"),
  6: parseCIDR("fe80::/10")
};

// src/model/annotations.ts
var CALICO_PREFIX = "cni.projectcalico.org/";
var LIST_KEYS = ["ipAddrs", "ipAddrsNoIpam", "ipv4pools", "ipv6pools", "ipFamilies", "floatingIPs", "allowedSourcePrefixes"];
var OUTPUT_KEYS = ["podIP", "podIPs", "containerID"];
var KNOWN_KEYS = [...LIST_KEYS, "hwAddr", ...OUTPUT_KEYS];
var shortKey = (key) => key.slice(CALICO_PREFIX.length);
function decodeList(key, e) {
  const node = e.node;
  if (node.kind !== "scalar" || typeof node.value !== "string") {
    return { key, entry: e, raw: null, items: null };
  }
  const raw = node.value;
  const r = goUnmarshalStringList(raw);
  if (!r.ok) {
    const span = r.offset < raw.length ? innerSpan(node, r.offset, r.offset + 1) : node.span;
    return { key, entry: e, raw, items: null, error: { message: r.error, span, kind: r.kind } };
  }
  const items = r.items ? r.items.map((it) => ({ value: it.value, span: innerSpan(node, it.start, it.end) })) : null;
  return { key, entry: e, raw, items };
}
function decodeCalico(entries) {
  const lists = {};
  const outputs = [];
  const unknown = [];
  const all = [];
  let hwAddr;
  for (const e of entries) {
    if (!e.key.startsWith(CALICO_PREFIX)) continue;
    all.push(e);
    const k = shortKey(e.key);
    if (LIST_KEYS.includes(k)) lists[k] = decodeList(k, e);
    else if (k === "hwAddr") hwAddr = e;
    else if (OUTPUT_KEYS.includes(k)) outputs.push(e);
    else unknown.push(e);
  }
  return { lists, outputs, unknown, all, ...hwAddr ? { hwAddr } : {} };
}
function isSet(d) {
  return d !== void 0 && d.raw !== "";
}
function staticIPs(c, key) {
  const d = c.lists[key];
  if (!isSet(d) || !d.items || d.error) return [];
  const out = [];
  for (const it of d.items) {
    const ip = parseIP(it.value);
    if (ip) out.push({ key, text: it.value, ip, span: it.span });
  }
  return out;
}
function poolRequests(d) {
  if (!d || d.error || d.raw === null) return null;
  return (d.items ?? []).map((it) => ({ text: it.value, span: it.span, cidr: parseCIDR(it.value) }));
}

// src/model/kinds.ts
var WORKLOAD_KINDS = [
  { kind: "Pod", groups: [""], template: [], scale: "single" },
  { kind: "Deployment", groups: ["apps", "extensions", "apps/v1beta1", "apps/v1beta2"], template: ["spec", "template"], scale: "replicas" },
  { kind: "ReplicaSet", groups: ["apps", "extensions"], template: ["spec", "template"], scale: "replicas" },
  { kind: "StatefulSet", groups: ["apps"], template: ["spec", "template"], scale: "replicas" },
  { kind: "DaemonSet", groups: ["apps", "extensions"], template: ["spec", "template"], scale: "per-node" },
  { kind: "Job", groups: ["batch"], template: ["spec", "template"], scale: "parallelism" },
  { kind: "CronJob", groups: ["batch"], template: ["spec", "jobTemplate", "spec", "template"], scale: "parallelism" },
  { kind: "ReplicationController", groups: [""], template: ["spec", "template"], scale: "replicas" },
  { kind: "PodTemplate", groups: [""], template: ["template"], scale: "template" },
  { kind: "Rollout", groups: ["argoproj.io"], template: ["spec", "template"], scale: "replicas" }
];
function workloadKind(apiGroup2, kind) {
  return WORKLOAD_KINDS.find((w) => w.kind === kind && (w.groups.includes(apiGroup2) || apiGroup2 === "extensions" && w.groups.includes("extensions")));
}

// src/model/tree.ts
function entry(map, key) {
  if (!map || map.kind !== "map") return void 0;
  for (const e of map.entries) if (e.key === key) return e;
  return void 0;
}
function get(node, ...path2) {
  let cur = node;
  for (const k of path2) {
    cur = entry(cur, k)?.value;
    if (!cur) return void 0;
  }
  return cur ?? void 0;
}
var asMap = (n) => n?.kind === "map" ? n : void 0;
var asSeq = (n) => n?.kind === "seq" ? n : void 0;
var asScalar = (n) => n?.kind === "scalar" ? n : void 0;
function str(n) {
  const s = asScalar(n);
  return s && typeof s.value === "string" ? s.value : void 0;
}
function text(n) {
  const s = asScalar(n);
  if (!s || s.value === null) return void 0;
  return typeof s.value === "string" ? s.value : String(s.value);
}
function num(n) {
  const s = asScalar(n);
  if (!s) return void 0;
  if (typeof s.value === "number" && Number.isFinite(s.value)) return s.value;
  if (typeof s.value === "bigint") return Number(s.value);
  return void 0;
}
function bool(n) {
  const s = asScalar(n);
  return s && typeof s.value === "boolean" ? s.value : void 0;
}
function toPlain(n) {
  if (!n) return void 0;
  if (n.kind === "scalar") return typeof n.value === "bigint" ? Number(n.value) : n.value;
  if (n.kind === "seq") return n.items.map((i) => toPlain(i));
  const out = {};
  for (const e of n.entries) out[e.key] = toPlain(e.value);
  return out;
}
function atPointer(root, pointer) {
  const parts = pointer === "" ? [] : pointer.slice(1).split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  let cur = root;
  let keySpan;
  for (const p of parts) {
    if (cur.kind === "map") {
      const e = cur.entries.find((x) => x.key === p);
      if (!e) return { node: cur, found: false };
      keySpan = e.keySpan;
      cur = e.value;
    } else if (cur.kind === "seq") {
      const item = /^\d+$/.test(p) ? cur.items[Number(p)] : void 0;
      if (!item) return { node: cur, found: false };
      keySpan = void 0;
      cur = item;
    } else {
      return { node: cur, found: false };
    }
  }
  return { node: cur, ...keySpan ? { keySpan } : {}, found: true };
}

// src/model/objects.ts
function annotationsOf(meta) {
  const node = asMap(get(meta, "annotations"));
  if (!node) return { list: [] };
  return { list: node.entries.map((e) => ({ key: e.key, keySpan: e.keySpan, node: e.value })), node };
}
function labelsOf(meta) {
  const out = /* @__PURE__ */ Object.create(null);
  const m = asMap(get(meta, "labels"));
  if (m) for (const e of m.entries) {
    const v = e.value.kind === "scalar" && e.value.value !== null ? String(e.value.value) : "";
    out[e.key] = v;
  }
  return out;
}
function toObject(node, file) {
  const apiVersion = str(get(node, "apiVersion"));
  const kind = str(get(node, "kind"));
  if (!apiVersion || !kind) return null;
  const meta = get(node, "metadata");
  const name = str(get(meta, "name"));
  const namespace = str(get(meta, "namespace"));
  const ann = annotationsOf(meta);
  const ref = {
    apiVersion,
    kind,
    ...name !== void 0 ? { name } : {},
    ...namespace !== void 0 ? { namespace } : {},
    file: file.path,
    span: node.span
  };
  return {
    ref,
    node,
    contextOnly: file.contextOnly,
    annotations: ann.list,
    ...ann.node ? { annotationsNode: ann.node } : {},
    labels: labelsOf(meta)
  };
}
function collectObjects(files) {
  const out = [];
  for (const file of files) {
    for (const doc of file.documents) {
      const root = asMap(doc.root ?? void 0);
      if (!root) continue;
      const obj = toObject(root, file);
      if (!obj) continue;
      const items = asSeq(get(root, "items"));
      if (obj.ref.kind.endsWith("List") && items && entry(root, "items")) {
        for (const it of items.items) {
          const m = asMap(it);
          const o = m && toObject(m, file);
          if (o) out.push(o);
        }
        continue;
      }
      out.push(obj);
    }
  }
  return out;
}
var apiGroup = (apiVersion) => apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.lastIndexOf("/")) : "";

// src/model/extract.ts
var CALICO_GROUPS = /* @__PURE__ */ new Set(["projectcalico.org", "crd.projectcalico.org"]);
function buildModel(files, options = {}) {
  const defaultNamespace = options.defaultNamespace ?? "default";
  const objects = collectObjects(files);
  const hpas = [];
  const namespaceList = [];
  const pools = [];
  const reservations = [];
  const ipamConfigs = [];
  const podCidrs = [];
  const installations = [];
  const workloads = [];
  for (const o of objects) {
    const group = apiGroup(o.ref.apiVersion);
    const kind = o.ref.kind;
    const w = workloadKind(group, kind);
    if (w) {
      workloads.push({ o, w });
      continue;
    }
    if (kind === "HorizontalPodAutoscaler" && group === "autoscaling") {
      const target = get(o.node, "spec", "scaleTargetRef");
      const targetKind = str(get(target, "kind"));
      const targetName = str(get(target, "name"));
      if (targetKind && targetName) {
        const mr = get(o.node, "spec", "maxReplicas");
        const maxN = num(mr);
        hpas.push({
          object: o,
          targetKind,
          targetName,
          namespace: o.ref.namespace ?? defaultNamespace,
          ...mr && maxN !== void 0 ? { maxReplicas: { value: maxN, span: mr.span } } : {}
        });
      }
    } else if (kind === "Namespace" && group === "" && o.ref.name) {
      namespaceList.push({ object: o, name: o.ref.name, calico: decodeCalico(o.annotations) });
    } else if (kind === "IPPool" && CALICO_GROUPS.has(group)) {
      const p = ipPoolFromObject(o);
      if (p) pools.push(p);
    } else if (kind === "IPReservation" && CALICO_GROUPS.has(group)) {
      reservations.push(reservationFrom(o));
    } else if ((kind === "IPAMConfiguration" || kind === "IPAMConfig") && CALICO_GROUPS.has(group)) {
      ipamConfigs.push(ipamConfigFrom(o));
    } else if (kind === "Installation" && group === "operator.tigera.io") {
      installations.push(o);
    } else {
      podCidrs.push(...podCidrsFrom(o, group));
    }
  }
  for (const c of options.podCidrs ?? []) {
    for (const part of c.split(",")) {
      const t = part.trim();
      if (t) podCidrs.push({ text: t, cidr: parseCIDR(t), source: "--pod-cidr" });
    }
  }
  for (const o of installations) pools.push(...installationPools(o, podCidrs));
  const podSources = workloads.map(({ o, w }) => podSourceFrom(o, w, defaultNamespace, hpas)).filter((p) => p !== null);
  const namespaces = /* @__PURE__ */ new Map();
  for (const n of namespaceList) if (!namespaces.has(n.name)) namespaces.set(n.name, n);
  return { files, objects, podSources, namespaces, namespaceList, pools, reservations, ipamConfigs, podCidrs, hpas, defaultNamespace };
}
function loc(n, v) {
  return n && v !== void 0 ? { value: v, span: n.span } : void 0;
}
function podSourceFrom(o, w, defaultNamespace, hpas) {
  const template = w.template.length === 0 ? o.node : asMap(get(o.node, ...w.template));
  if (!template) return null;
  const isPod = w.template.length === 0;
  const meta = get(template, "metadata");
  const ann = isPod ? { list: [...o.annotations], node: o.annotationsNode } : annotationsOf(meta);
  const podSpec = get(template, "spec");
  const namespace = o.ref.namespace ?? defaultNamespace;
  const spec = get(o.node, "spec");
  let replicas;
  let parallelism;
  if (w.scale === "replicas") replicas = loc(get(spec, "replicas"), num(get(spec, "replicas")));
  if (w.kind === "Job") parallelism = loc(get(spec, "parallelism"), num(get(spec, "parallelism")));
  if (w.kind === "CronJob") {
    const js = get(spec, "jobTemplate", "spec");
    parallelism = loc(get(js, "parallelism"), num(get(js, "parallelism")));
  }
  const strategyNode = w.kind === "Deployment" ? get(spec, "strategy", "type") : void 0;
  const strategyType = loc(strategyNode, str(strategyNode));
  const hn = get(podSpec, "hostNetwork");
  const hostNetwork = loc(hn, bool(hn));
  const name = o.ref.name;
  const myHpas = name ? hpas.filter((h) => h.targetKind === w.kind && h.targetName === name && h.namespace === namespace) : [];
  const controllerCalico = isPod ? void 0 : decodeCalico(o.annotations);
  return {
    object: o,
    workload: w,
    namespace,
    template,
    templateSpan: template.span,
    podAnnotations: ann.list,
    ...ann.node ? { podAnnotationsNode: ann.node } : {},
    calico: decodeCalico(ann.list),
    ...controllerCalico && controllerCalico.all.length > 0 ? { controllerCalico } : {},
    podLabels: labelsOf(meta),
    ...replicas ? { replicas } : {},
    ...parallelism ? { parallelism } : {},
    ...strategyType ? { strategyType } : {},
    ...hostNetwork ? { hostNetwork } : {},
    hpas: myHpas
  };
}
var DEFAULT_USES = ["Workload", "Tunnel"];
function readUses(n) {
  const s = asSeq(n);
  const list = s ? s.items.map((i) => text(i) ?? "") : [];
  return list.length > 0 ? list : DEFAULT_USES;
}
function ipPoolFromObject(o) {
  const spec = asMap(get(o.node, "spec"));
  const cidrNode = get(spec, "cidr");
  const cidrText = str(cidrNode);
  const cidr = cidrText !== void 0 ? parseCIDR(cidrText) : null;
  const family = cidr?.family ?? null;
  const bs = num(get(spec, "blockSize"));
  const conditions = asSeq(get(o.node, "status", "conditions"));
  const allocatable = !(conditions?.items.some((c) => str(get(c, "type")) === "Allocatable" && text(get(c, "status")) === "False") ?? false);
  const ct = loc(cidrNode, cidrText);
  return {
    object: o,
    origin: "IPPool",
    ...spec ? { spec } : {},
    span: o.ref.span,
    name: o.ref.name ?? "",
    ...ct ? { cidrText: ct } : {},
    cidr,
    family,
    blockSize: bs && bs !== 0 ? bs : family === 6 ? 122 : 26,
    disabled: bool(get(spec, "disabled")) ?? false,
    ipipMode: str(get(spec, "ipipMode")) ?? "Never",
    vxlanMode: str(get(spec, "vxlanMode")) ?? "Never",
    allowedUses: readUses(get(spec, "allowedUses")),
    nodeSelector: str(get(spec, "nodeSelector")) || "all()",
    namespaceSelector: str(get(spec, "namespaceSelector")) ?? "",
    assignmentMode: str(get(spec, "assignmentMode")) ?? "Automatic",
    allocatable,
    implicit: false
  };
}
function cidrToName(cidr) {
  return cidr.replace(/[/:]/g, "-");
}
function installationPools(o, podCidrs) {
  const calicoNetwork = get(o.node, "spec", "calicoNetwork");
  const cni = str(get(o.node, "spec", "cni", "type")) ?? "Calico";
  const ipam = str(get(o.node, "spec", "cni", "ipam", "type")) ?? (cni === "Calico" ? "Calico" : "HostLocal");
  const poolsEntry = entry(calicoNetwork, "ipPools");
  const list = asSeq(poolsEntry?.value);
  const out = [];
  if (!poolsEntry && ipam === "Calico") {
    const platform2 = podCidrs.filter((p) => p.cidr && (p.source === "ClusterConfiguration" || p.source === "kubeadm-config" || p.source === "Network"));
    const cidrs = platform2.length > 0 ? platform2.map((p) => p.text) : ["192.168.0.0/16"];
    const span = calicoNetwork?.span ?? o.ref.span;
    for (const c of cidrs) {
      const cidr = parseCIDR(c);
      const family = cidr?.family ?? 4;
      out.push(installationPool(o, void 0, span, family === 6 ? "default-ipv6-ippool" : "default-ipv4-ippool", c, cidr, void 0, cni, true));
    }
    return out;
  }
  if (!list) return out;
  const parsed = list.items.map((item) => {
    const m = asMap(item);
    const ct = str(get(m, "cidr"));
    return { m, item, ct, cidr: ct !== void 0 ? parseCIDR(ct) : null };
  });
  const v4 = parsed.filter((p) => p.cidr?.family === 4).length;
  const v6 = parsed.filter((p) => p.cidr?.family === 6).length;
  const defaultNames = parsed.length === 1 || parsed.length === 2 && v4 === 1 && v6 === 1;
  for (const p of parsed) {
    if (!p.m) continue;
    const given = str(get(p.m, "name"));
    const name = given ?? (defaultNames ? p.cidr?.family === 6 ? "default-ipv6-ippool" : "default-ipv4-ippool" : cidrToName(p.ct ?? ""));
    out.push(installationPool(o, p.m, p.m.span, name, p.ct, p.cidr, get(p.m, "cidr"), cni, false));
  }
  return out;
}
function installationPool(o, m, span, name, cidrText, cidr, cidrNode, cni, implicit) {
  const family = cidr?.family ?? null;
  const encap = str(get(m, "encapsulation")) ?? (family === 6 || cni !== "Calico" ? "None" : "IPIP");
  const bs = num(get(m, "blockSize"));
  const ct = cidrNode ? loc(cidrNode, cidrText) : void 0;
  return {
    object: o,
    origin: "Installation",
    ...m ? { spec: m } : {},
    span,
    name,
    ...ct ? { cidrText: ct } : cidrText !== void 0 ? { cidrText: { value: cidrText, span } } : {},
    cidr,
    family,
    blockSize: bs && bs !== 0 ? bs : family === 6 ? 122 : 26,
    disabled: bool(get(m, "disableNewAllocations")) ?? false,
    ipipMode: encap === "IPIP" ? "Always" : encap === "IPIPCrossSubnet" ? "CrossSubnet" : "Never",
    vxlanMode: encap === "VXLAN" ? "Always" : encap === "VXLANCrossSubnet" ? "CrossSubnet" : "Never",
    allowedUses: readUses(get(m, "allowedUses")),
    nodeSelector: str(get(m, "nodeSelector")) ?? "all()",
    namespaceSelector: "",
    assignmentMode: str(get(m, "assignmentMode")) ?? "Automatic",
    allocatable: true,
    implicit
  };
}
function reservationFrom(o) {
  const list = asSeq(get(o.node, "spec", "reservedCIDRs"));
  const entries = (list?.items ?? []).map((n) => {
    const t = text(n) ?? "";
    return { text: t, span: n.span, cidr: parseCIDROrIP(t) };
  });
  return { object: o, entries };
}
function ipamConfigFrom(o) {
  const spec = get(o.node, "spec");
  const sa = get(spec, "strictAffinity");
  const mb = get(spec, "maxBlocksPerHost");
  const strictAffinity = loc(sa, bool(sa));
  const maxBlocksPerHost = loc(mb, num(mb));
  return { object: o, ...strictAffinity ? { strictAffinity } : {}, ...maxBlocksPerHost ? { maxBlocksPerHost } : {} };
}
function splitCidrs(n, source, o) {
  const t = str(n);
  if (!n || t === void 0) return [];
  const out = [];
  for (const part of t.split(",")) {
    const trimmed = part.trim();
    if (trimmed) out.push({ text: trimmed, cidr: parseCIDR(trimmed), source, span: n.span, object: o });
  }
  return out;
}
function podCidrsFrom(o, group) {
  const kind = o.ref.kind;
  if (kind === "ClusterConfiguration" && group === "kubeadm.k8s.io") {
    return splitCidrs(get(o.node, "networking", "podSubnet"), "ClusterConfiguration", o);
  }
  if (kind === "ConfigMap" && o.ref.name === "kubeadm-config") {
    const data = get(o.node, "data", "ClusterConfiguration");
    const t = str(data);
    const m = t ? /podSubnet:\s*"?([^"\n]+)"?/.exec(t) : null;
    if (data && m?.[1]) {
      return m[1].split(",").map((s) => s.trim()).filter(Boolean).map((s) => ({ text: s, cidr: parseCIDR(s), source: "kubeadm-config", span: data.span, object: o }));
    }
    return [];
  }
  if (kind === "Cluster" && group === "kind.x-k8s.io") {
    const networking = get(o.node, "networking");
    const sub = get(networking, "podSubnet");
    if (sub) return splitCidrs(sub, "kind Cluster", o);
    const fam = str(get(networking, "ipFamily")) ?? "ipv4";
    const defaults = fam === "ipv6" ? ["fd00:10:244::/56"] : fam === "dual" ? ["10.244.0.0/16", "fd00:10:244::/56"] : ["10.244.0.0/16"];
    return defaults.map((d) => ({ text: d, cidr: parseCIDR(d), source: "kind Cluster (default)", span: o.ref.span, object: o }));
  }
  if (kind === "KubeProxyConfiguration" && group === "kubeproxy.config.k8s.io") {
    return splitCidrs(get(o.node, "clusterCIDR"), "KubeProxyConfiguration", o);
  }
  if (kind === "Cluster" && group === "cluster.x-k8s.io") {
    const blocks = asSeq(get(o.node, "spec", "clusterNetwork", "pods", "cidrBlocks"));
    return (blocks?.items ?? []).flatMap((b) => splitCidrs(b, "Cluster API Cluster", o));
  }
  if (kind === "Network" && group === "config.openshift.io") {
    const nets = asSeq(get(o.node, "spec", "clusterNetwork"));
    return (nets?.items ?? []).flatMap((n) => splitCidrs(get(n, "cidr"), "Network", o));
  }
  return [];
}

// src/model/settings.ts
var DEFAULT_SETTINGS = {
  featureFlags: {},
  calicoVersion: "v3.32",
  poolsComplete: false
};

// src/rules/define-rule.ts
function defineRule(rule) {
  return rule;
}
function renderMessage(template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => {
    const v = data[name];
    if (v === void 0) throw new Error(`message placeholder {{${name}}} has no value`);
    return String(v);
  });
}

// src/allocator/resolve.ts
var isEnabled = (p) => !p.disabled && p.allocatable && p.cidr !== null;
function namespaceOf(model, pod) {
  return model.namespaces.get(pod.namespace);
}
function effectivePoolList(model, pod, key) {
  const own = pod.calico.lists[key];
  const ns = namespaceOf(model, pod)?.calico.lists[key];
  if (isSet(own)) return ns ? { from: "pod", list: own, overridden: ns } : { from: "pod", list: own };
  if (ns) return { from: "namespace", list: ns };
  return null;
}
var familyOfKey = (key) => key === "ipv4pools" ? 4 : 6;
function resolveRequest(model, key, req) {
  const family = familyOfKey(key);
  let cidr = req.cidr;
  let named;
  if (!cidr) {
    named = model.pools.find((p) => p.name === req.text);
    if (!named || !named.cidr) {
      return { request: req, error: { code: "P1", message: `error parsing pool "${req.text}": invalid CIDR address: ${req.text}` } };
    }
    cidr = named.cidr;
  }
  const netText = cidrString(cidr).split("/")[0] ?? "";
  if (cidr.family !== family) {
    return { request: req, error: { code: "P2", message: `"${netText}" isn't a IPv${family} address` } };
  }
  const match = model.pools.find((p) => isEnabled(p) && p.cidr !== null && sameCIDR(p.cidr, cidr));
  if (!match) {
    return { request: req, ...named ? { pool: named } : {}, error: { code: "P3", message: `the given pool (${cidrString(cidr)}) does not exist, or is not enabled` } };
  }
  return { request: req, pool: match };
}
function effectivePools(model, pod, key) {
  const chosen = effectivePoolList(model, pod, key);
  if (!chosen) return null;
  const requests = poolRequests(chosen.list) ?? [];
  const entries = requests.map((r) => resolveRequest(model, key, r));
  return { key, ...chosen, entries };
}

// src/allocator/flow.ts
function solveFlow(capacity, sets) {
  const residual = [...capacity];
  const assigned = sets.map((s) => s.pools.map(() => 0n));
  const unmet = sets.map((s) => s.demand);
  const users = capacity.map(() => []);
  sets.forEach((s, i) => s.pools.forEach((p, k) => users[p]?.push({ set: i, k })));
  sets.forEach((s, i) => {
    s.pools.forEach((p, k) => {
      const need = unmet[i];
      const room = residual[p];
      if (need <= 0n || room <= 0n) return;
      const take = need < room ? need : room;
      assigned[i][k] = assigned[i][k] + take;
      residual[p] = room - take;
      unmet[i] = need - take;
    });
  });
  for (; ; ) {
    const starts = unmet.map((u, i) => u > 0n ? i : -1).filter((i) => i >= 0);
    if (starts.length === 0) break;
    const setPrev = /* @__PURE__ */ new Map();
    const poolPrev = /* @__PURE__ */ new Map();
    const queue2 = [];
    for (const s of starts) {
      setPrev.set(s, null);
      queue2.push(s);
    }
    let found;
    while (queue2.length > 0 && found === void 0) {
      const s = queue2.shift();
      const set = sets[s];
      for (let k = 0; k < set.pools.length; k++) {
        const p2 = set.pools[k];
        if (poolPrev.has(p2)) continue;
        poolPrev.set(p2, { set: s, k });
        if (residual[p2] > 0n) {
          found = p2;
          break;
        }
        for (const u of users[p2] ?? []) {
          if (setPrev.has(u.set)) continue;
          if (assigned[u.set][u.k] <= 0n) continue;
          setPrev.set(u.set, { pool: p2 });
          queue2.push(u.set);
        }
      }
    }
    if (found === void 0) break;
    let amount = residual[found];
    const steps = [];
    let p = found;
    for (; ; ) {
      const into = poolPrev.get(p);
      const prev = setPrev.get(into.set);
      if (prev === null || prev === void 0) {
        steps.push({ set: into.set, k: into.k });
        const u = unmet[into.set];
        if (u < amount) amount = u;
        break;
      }
      const backK = sets[into.set].pools.indexOf(prev.pool);
      const have = assigned[into.set][backK];
      if (have < amount) amount = have;
      steps.push({ set: into.set, k: into.k, back: { set: into.set, k: backK } });
      p = prev.pool;
    }
    for (const st of steps) {
      const row = assigned[st.set];
      row[st.k] = row[st.k] + amount;
      if (st.back) row[st.back.k] = row[st.back.k] - amount;
      else unmet[st.set] = unmet[st.set] - amount;
    }
    residual[found] = residual[found] - amount;
  }
  const reachSets = /* @__PURE__ */ new Set();
  const reachPools = /* @__PURE__ */ new Set();
  const queue = unmet.map((u, i) => u > 0n ? i : -1).filter((i) => i >= 0);
  for (const s of queue) reachSets.add(s);
  while (queue.length > 0) {
    const s = queue.shift();
    for (const p of sets[s].pools) {
      if (reachPools.has(p)) continue;
      reachPools.add(p);
      for (const u of users[p] ?? []) {
        if (reachSets.has(u.set) || assigned[u.set][u.k] <= 0n) continue;
        reachSets.add(u.set);
        queue.push(u.set);
      }
    }
  }
  const groups = [];
  const seen = /* @__PURE__ */ new Set();
  for (const start of [...reachSets].sort((a, b) => a - b)) {
    if (seen.has(start)) continue;
    const gSets = [];
    const gPools = /* @__PURE__ */ new Set();
    const q = [start];
    seen.add(start);
    while (q.length > 0) {
      const s = q.shift();
      gSets.push(s);
      for (const p of sets[s].pools) {
        gPools.add(p);
        for (const u of users[p] ?? []) {
          if (reachSets.has(u.set) && !seen.has(u.set)) {
            seen.add(u.set);
            q.push(u.set);
          }
        }
      }
    }
    groups.push({ sets: gSets.sort((a, b) => a - b), pools: [...gPools].sort((a, b) => a - b) });
  }
  return { assigned, shortfall: unmet, groups };
}

// src/allocator/intervals.ts
function union(list) {
  const sorted = [...list].sort((a, b) => a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0);
  const out = [];
  for (const iv of sorted) {
    const last = out[out.length - 1];
    if (last && iv.lo <= last.hi + 1n) {
      if (iv.hi > last.hi) out[out.length - 1] = { lo: last.lo, hi: iv.hi };
    } else {
      out.push(iv);
    }
  }
  return out;
}
function clip(list, lo, hi) {
  const out = [];
  for (const iv of list) {
    if (iv.hi < lo || iv.lo > hi) continue;
    out.push({ lo: iv.lo < lo ? lo : iv.lo, hi: iv.hi > hi ? hi : iv.hi });
  }
  return out;
}
function total(merged) {
  let n = 0n;
  for (const iv of merged) n += iv.hi - iv.lo + 1n;
  return n;
}
function covers(merged, v) {
  let lo = 0;
  let hi = merged.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const iv = merged[mid];
    if (v < iv.lo) hi = mid - 1;
    else if (v > iv.hi) lo = mid + 1;
    else return true;
  }
  return false;
}

// src/allocator/allocate.ts
var FAMILY_KEY = { 4: "ipv4pools", 6: "ipv6pools" };
var allowsUse = (p, use) => p.allowedUses.includes(use);
var selectsNoNode = (p) => p.nodeSelector.replace(/\s+/g, "") === "!all()";
var isManual = (p) => p.assignmentMode === "Manual";
var encapOn = (mode) => mode === "Always" || mode === "CrossSubnet";
function poolsInPlay(model) {
  const anyIPPool = model.pools.some((p) => p.origin === "IPPool");
  const rank = (p) => (p.cidr !== null ? 0 : 2) + (p.origin === "IPPool" ? 0 : 1);
  const chosen = /* @__PURE__ */ new Map();
  for (const p of model.pools) {
    if (p.name === "" || p.implicit && anyIPPool) continue;
    const have = chosen.get(p.name);
    if (!have || rank(p) < rank(have)) chosen.set(p.name, p);
  }
  return model.pools.filter((p) => !(p.implicit && anyIPPool) && (p.name === "" || chosen.get(p.name) === p));
}
function defaultPools(pools, family) {
  const enabled = pools.filter((p) => isEnabled(p) && p.family === family);
  if (enabled.length === 0) return { pools: [], failure: { code: "P4", message: "cannot find a qualified ippool" } };
  const selected = enabled.filter((p) => !isManual(p) && !selectsNoNode(p));
  if (selected.length === 0) return { pools: [], failure: { code: "P6", message: "no configured Calico pools for node <node>" } };
  const workload = selected.filter((p) => allowsUse(p, "Workload")).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  if (workload.length === 0) {
    return { pools: [], failure: { code: "P5", message: "cannot find a qualified ippool, no pools match the required use (Workload)" } };
  }
  return { pools: workload };
}
function tunnelPools(pools) {
  const out = [];
  for (const p of pools) {
    if (!isEnabled(p) || !allowsUse(p, "Tunnel") || selectsNoNode(p)) continue;
    if (p.family === 4 && encapOn(p.ipipMode)) out.push({ pool: p, encapsulation: "IPIP" });
    if (encapOn(p.vxlanMode)) out.push({ pool: p, encapsulation: "VXLAN" });
  }
  return out;
}
var posInt = (n) => Number.isInteger(n) && n >= 0;
function podCount(pod, settings) {
  const w = pod.workload;
  if (w.scale === "single") return { count: 1n, from: "single" };
  if (w.scale === "template") return { count: 0n, from: "template" };
  if (w.scale === "per-node") {
    if (settings.nodes !== void 0 && posInt(settings.nodes)) return { count: BigInt(settings.nodes), from: "nodes" };
    return { count: null, from: "unknown", unknown: "a DaemonSet runs one pod per node and the node count is not known" };
  }
  const spec = pod.object.node.entries.find((e) => e.key === "spec")?.value;
  const raw = (path2) => {
    let n = spec;
    for (const k of path2) n = n?.kind === "map" ? n.entries.find((e) => e.key === k)?.value : void 0;
    return n !== void 0 && !(n.kind === "scalar" && n.value === null);
  };
  if (w.scale === "replicas") {
    const hpa = pod.hpas.find((h) => h.maxReplicas !== void 0);
    if (hpa?.maxReplicas && posInt(hpa.maxReplicas.value)) return { count: BigInt(hpa.maxReplicas.value), from: "hpa", span: hpa.maxReplicas.span };
    if (pod.replicas) {
      if (!posInt(pod.replicas.value)) return { count: null, from: "unknown", span: pod.replicas.span, unknown: "replicas is not a whole number" };
      return { count: BigInt(pod.replicas.value), from: "replicas", span: pod.replicas.span };
    }
    if (raw(["replicas"])) return { count: null, from: "unknown", unknown: "replicas is not a number" };
    return { count: 1n, from: "default" };
  }
  const jobSpec = w.kind === "CronJob" ? ["jobTemplate", "spec"] : [];
  if (pod.parallelism) {
    if (!posInt(pod.parallelism.value)) return { count: null, from: "unknown", span: pod.parallelism.span, unknown: "parallelism is not a whole number" };
    let completions;
    let n = spec;
    for (const k of [...jobSpec, "completions"]) n = n?.kind === "map" ? n.entries.find((e) => e.key === k)?.value : void 0;
    if (n?.kind === "scalar" && typeof n.value === "number" && posInt(n.value)) completions = n.value;
    const count = completions !== void 0 && completions < pod.parallelism.value ? completions : pod.parallelism.value;
    return { count: BigInt(count), from: "parallelism", span: pod.parallelism.span };
  }
  if (raw([...jobSpec, "parallelism"])) return { count: null, from: "unknown", unknown: "parallelism is not a number" };
  return { count: 1n, from: "default" };
}
function familiesOf(model, pod) {
  const own = pod.calico.lists.ipFamilies;
  const d = isSet(own) ? own : namespaceOf(model, pod)?.calico.lists.ipFamilies;
  if (!d || !isSet(d)) return null;
  if (d.error || d.raw === null) return { error: "its ipFamilies annotation is not a JSON list of strings" };
  const items = d.items ?? [];
  const out = [];
  for (const it of items) {
    if (it.value === "IPv4") out.push(4);
    else if (it.value === "IPv6") out.push(6);
    else return { error: `Calico rejects its ipFamilies (error parsing ipFamilies: ${d.raw})` };
  }
  if (out.length === 0) return { error: "ipFamilies [] asks for no address (IPAM plugin returned missing IP config)" };
  return { families: [...new Set(out)].sort() };
}
var byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
function allocate(model, settings) {
  const pools = poolsInPlay(model).filter((p) => p.cidr !== null && p.family !== null);
  const canonical = new Map(pools.filter((p) => p.name !== "").map((p) => [p.name, p]));
  const canon = (p) => p.name !== "" ? canonical.get(p.name) ?? p : p;
  const index = new Map(pools.map((p, i) => [p, i]));
  const nodes = settings.nodes !== void 0 && posInt(settings.nodes) ? settings.nodes : null;
  const families = [4, 6].filter((f) => pools.some((p) => p.family === f && (f === 4 || isEnabled(p))));
  const defaults = { 4: defaultPools(pools, 4), 6: defaultPools(pools, 6) };
  const defaultFailure = {};
  for (const f of families) {
    const fail = defaults[f].failure;
    if (fail) defaultFailure[f] = fail;
  }
  const sets = /* @__PURE__ */ new Map();
  const setFor = (key, mk2) => {
    let s = sets.get(key);
    if (!s) {
      s = mk2();
      sets.set(key, s);
    }
    return s;
  };
  const automaticPools = /* @__PURE__ */ new Map();
  for (const f of families) for (const p of defaults[f].pools) automaticPools.set(p, { kind: "default" });
  const tPools = tunnelPools(pools);
  for (const t of tPools) if (!automaticPools.has(t.pool)) automaticPools.set(t.pool, { kind: "tunnel", encapsulation: t.encapsulation });
  if (nodes !== null && nodes > 0) {
    for (const f of [4, 6]) {
      for (const enc of ["IPIP", "VXLAN"]) {
        const ps = tPools.filter((t) => t.pool.family === f && t.encapsulation === enc).map((t) => t.pool).sort(byName);
        if (ps.length === 0) continue;
        setFor(`tunnel:${enc}:v${f}`, () => ({ key: `tunnel:${enc}:v${f}`, kind: "tunnel", family: f, pools: ps, encapsulation: enc, consumers: [] }));
      }
    }
  }
  const statics = [];
  const demands = [];
  const blocked = [];
  const reservations = reservationIntervals(model);
  for (const pod of model.podSources) {
    if (pod.hostNetwork?.value === true) continue;
    const count = podCount(pod, settings);
    const runs = count.count !== 0n;
    const noIpam = isSet(pod.calico.lists.ipAddrsNoIpam);
    const ipAddrs = isSet(pod.calico.lists.ipAddrs);
    for (const key of ["ipAddrs", "ipAddrsNoIpam"]) {
      for (const s of staticIPs(pod.calico, key)) statics.push(claim(pools, pod, s, reservations, runs && key === "ipAddrs" && !noIpam));
    }
    if (!runs) continue;
    if (ipAddrs || noIpam) continue;
    const fam = familiesOf(model, pod);
    if (fam && "error" in fam) {
      blocked.push({ pod, reason: fam.error });
      continue;
    }
    const wanted = fam ? fam.families : families;
    const resolved = [4, 6].map((f) => ({ f, eff: effectivePools(model, pod, FAMILY_KEY[f]) }));
    let failed;
    for (const { f, eff } of resolved) {
      if (!eff) continue;
      if (eff.list.error || eff.list.raw === null) failed ??= `its ${FAMILY_KEY[f]} annotation does not decode`;
      for (const e of eff.entries) {
        if (!e.error) continue;
        if (e.error.code !== "P3" || wanted.includes(f)) failed ??= e.error.message;
      }
    }
    if (failed !== void 0) {
      blocked.push({ pod, reason: failed });
      continue;
    }
    for (const f of wanted) {
      const eff = resolved.find((r) => r.f === f)?.eff ?? null;
      const requested = eff ? dedupe(eff.entries.map((e) => e.pool ? canon(e.pool) : void 0).filter((p) => p !== void 0)) : [];
      const base = { pod, family: f, count };
      const listInfo = eff ? { list: eff.list, listFrom: eff.from } : {};
      if (requested.length > 0) {
        const usable = requested.filter((p) => allowsUse(p, "Workload"));
        if (usable.length === 0) {
          blocked.push({ pod, reason: "cannot find a qualified ippool, no pools match the required use (Workload)" });
          continue;
        }
        for (const p of usable) if (!automaticPools.has(p) && eff) automaticPools.set(p, { kind: "requested", by: pod, list: eff.list });
        const key2 = `requested:v${f}:${usable.map((p) => index.get(p)).join(",")}`;
        const set2 = setFor(key2, () => ({ key: key2, kind: "requested", family: f, pools: usable, consumers: [] }));
        set2.consumers.push({ ...base, ...listInfo });
        continue;
      }
      const def = defaults[f];
      if (def.pools.length === 0) {
        demands.push({ ...base, ...listInfo });
        continue;
      }
      const key = `default:v${f}`;
      const set = setFor(key, () => ({ key, kind: "default", family: f, pools: def.pools, consumers: [] }));
      set.consumers.push({ ...base, ...listInfo });
    }
  }
  const usage = pools.map((p) => capacityOf(p, reservations, statics));
  const order = { tunnel: 0, requested: 1, default: 2 };
  const builders = [...sets.values()].sort((a, b) => order[a.kind] - order[b.kind] || a.pools.length - b.pools.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const demandOf = (s) => s.kind === "tunnel" ? BigInt(nodes ?? 0) : s.consumers.reduce((n, c) => n + (c.count.count ?? 0n), 0n);
  const flowSets = builders.map((s) => ({ demand: demandOf(s), pools: s.pools.map((p) => index.get(p)) }));
  const flow = solveFlow(
    usage.map((u) => u.enabled ? u.capacity : 0n),
    flowSets
  );
  const tunnelBy = pools.map(() => 0n);
  const demandBy = pools.map(() => 0n);
  const shortBy = pools.map(() => 0n);
  const finalSets = builders.map((b, i) => {
    const assigned = flow.assigned[i] ?? [];
    const shortfall = flow.shortfall[i] ?? 0n;
    b.pools.forEach((p, k) => {
      const at = index.get(p);
      const a = assigned[k] ?? 0n;
      if (b.kind === "tunnel") tunnelBy[at] = tunnelBy[at] + a;
      else demandBy[at] = demandBy[at] + a;
    });
    const last = b.pools[b.pools.length - 1];
    if (shortfall > 0n && last) {
      const at = index.get(last);
      shortBy[at] = shortBy[at] + shortfall;
    }
    const consumers = [];
    const unknown = [];
    const set = {
      key: b.key,
      kind: b.kind,
      family: b.family,
      pools: b.pools,
      ...b.encapsulation ? { encapsulation: b.encapsulation } : {},
      consumers,
      demand: flowSets[i]?.demand ?? 0n,
      unknown,
      assigned,
      shortfall
    };
    for (const c of b.consumers) {
      const d = { ...c, set };
      consumers.push(d);
      if (c.count.count === null) unknown.push(d);
    }
    return set;
  });
  for (const s of finalSets) demands.push(...s.consumers);
  const poolUsage = usage.map((u, i) => {
    const tunnel = tunnelBy[i];
    const demand = demandBy[i];
    const left = u.capacity - tunnel - demand;
    return { ...u, tunnel, demand, shortfall: shortBy[i], free: u.enabled && left > 0n ? left : 0n };
  });
  const exhausted = flow.groups.map((g) => {
    const gSets = g.sets.map((i) => finalSets[i]);
    const gPools = g.pools.map((i) => poolUsage[i]);
    const demand = gSets.reduce((n, s) => n + s.demand, 0n);
    const capacity = gPools.reduce((n, p) => n + (p.enabled ? p.capacity : 0n), 0n);
    return { family: gSets[0]?.family ?? 4, pools: gPools, sets: gSets, demand, capacity, shortfall: demand - capacity };
  });
  return {
    pools: poolUsage,
    sets: finalSets,
    demands,
    statics,
    exhausted,
    defaultFailure,
    blocked,
    families,
    nodes,
    tunnelPools: tPools,
    automaticPools
  };
}
function dedupe(list) {
  const seen = /* @__PURE__ */ new Set();
  return list.filter((p) => seen.has(p) ? false : (seen.add(p), true));
}
function reservationIntervals(model) {
  const raw = { 4: [], 6: [] };
  for (const r of model.reservations) {
    for (const e of r.entries) if (e.cidr) raw[e.cidr.family].push({ lo: e.cidr.network, hi: lastOf(e.cidr) });
  }
  return { 4: union(raw[4]), 6: union(raw[6]) };
}
function claim(pools, pod, s, reservations, counted) {
  const pool = pools.find((p) => isEnabled(p) && p.cidr !== null && contains(p.cidr, s.ip));
  return {
    pod,
    key: s.key,
    text: s.text,
    ip: s.ip,
    span: s.span,
    ...pool ? { pool } : {},
    reserved: covers(reservations[s.ip.family], s.ip.value),
    counted
  };
}
function capacityOf(p, reservations, statics) {
  const cidr = p.cidr;
  const family = cidr.family;
  const size = sizeOf(cidr);
  const hi = lastOf(cidr);
  const reservedIv = clip(reservations[family], cidr.network, hi);
  const reserved = total(reservedIv);
  const held = /* @__PURE__ */ new Set();
  for (const c of statics) if (c.counted && c.pool === p) held.add(c.ip.value);
  let unreserved = 0n;
  for (const v of held) if (!covers(reservedIv, v)) unreserved++;
  const enabled = isEnabled(p);
  const capacity = size - reserved - unreserved;
  const blocks = p.blockSize >= cidr.prefix && p.blockSize <= bitsOf(family) ? 1n << BigInt(p.blockSize - cidr.prefix) : 0n;
  return {
    pool: p,
    cidr: cidrString(cidr),
    family,
    size,
    blocks,
    enabled,
    automatic: enabled && !isManual(p) && !selectsNoNode(p) && allowsUse(p, "Workload"),
    reserved,
    statics: BigInt(held.size),
    staticsUnreserved: unreserved,
    capacity: capacity > 0n ? capacity : 0n
  };
}
var poolsKnown = (model) => model.pools.some((p) => p.cidr !== null);
var memo = /* @__PURE__ */ new WeakMap();
function allocation(model, settings) {
  let bySettings = memo.get(model);
  if (!bySettings) {
    bySettings = /* @__PURE__ */ new WeakMap();
    memo.set(model, bySettings);
  }
  let a = bySettings.get(settings);
  if (!a) {
    a = allocate(model, settings);
    bySettings.set(settings, a);
  }
  return a;
}

// src/rules/_shared/pools.ts
function who(o, namespace) {
  const name = o.ref.name ?? "(unnamed)";
  return namespace !== void 0 ? `${o.ref.kind} ${namespace}/${name}` : `${o.ref.kind} ${name}`;
}
var podWho = (pod) => who(pod.object, pod.namespace);
function nameSpan(o) {
  return get(o.node, "metadata", "name")?.span ?? o.ref.span;
}
var poolSpan = (p) => p.cidrText?.span ?? p.span;
function poolLabel(p) {
  const cidr = p.cidrText?.value ?? "";
  return p.name ? `${p.name} (${cidr})` : cidr;
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 || n === 1n ? one : many}`;
}
function listText(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// src/rules/no-usable-pool.ts
var no_usable_pool_default = defineRule({
  id: "no-usable-pool",
  meta: {
    description: "Report pods that draw from the default pools when no pool of their family qualifies",
    defaultSeverity: "error",
    scope: "repository",
    messages: {
      P4: "{{who}} takes its IPv{{v}} address from the default pools{{via}}, but no enabled IPv{{v}} pool exists: Calico fails the pod with `cannot find a qualified ippool`. Add an enabled IPv{{v}} IPPool{{familyFix}}",
      P6: '{{who}} takes its IPv{{v}} address from the default pools{{via}}, but every enabled IPv{{v}} pool has `assignmentMode: Manual` or `nodeSelector: "!all()"`: Calico fails the pod with `no configured Calico pools for node <node>`. Name a pool in `cni.projectcalico.org/ipv{{v}}pools`, or make one pool Automatic with a nodeSelector that matches the nodes',
      P5: "{{who}} takes its IPv{{v}} address from the default pools{{via}}, but no enabled automatic IPv{{v}} pool allows Workload: Calico fails the pod with `cannot find a qualified ippool, no pools match the required use (Workload)`. Add Workload to a pool's allowedUses, or name a Workload pool in `cni.projectcalico.org/ipv{{v}}pools`"
    },
    calico: "A pod without `ipv4pools`/`ipv6pools` gets its address from the enabled pools of its family with `assignmentMode: Automatic` whose nodeSelector matches its node, then only those allowing `Workload`. When none is left, CNI ADD fails (P4, P6 or P5) and the pod never starts. Checked only when the configuration says the pools in view are the cluster's complete set.",
    remediation: "Add an enabled, Automatic IPPool that allows Workload for the family (or set `allowedUses`/`assignmentMode` on an existing one), or name a pool in the pod's pool annotation."
  },
  check(ctx) {
    if (!ctx.settings.poolsComplete || !poolsKnown(ctx.model)) return;
    const pools = poolsInPlay(ctx.model);
    const a = allocation(ctx.model, ctx.settings);
    for (const d of a.demands) {
      if (d.set) continue;
      const failure = defaultPools(pools, d.family).failure;
      if (!failure) continue;
      const fromPod = d.list && d.listFrom === "pod";
      const at = fromPod && d.list ? d.list.entry.node.span : nameSpan(d.pod.object);
      const asked = d.pod.calico.lists.ipFamilies !== void 0;
      ctx.report({
        messageId: failure.code,
        at,
        object: d.pod.object.ref,
        value: `IPv${d.family}`,
        data: {
          who: podWho(d.pod),
          v: d.family,
          via: d.list ? ` (its ${d.listFrom === "pod" ? "" : "namespace's "}\`${d.list.raw ?? ""}\` lifts any restriction)` : "",
          familyFix: asked ? `, or drop IPv${d.family} from \`cni.projectcalico.org/ipFamilies\`` : ""
        }
      });
    }
  }
});

// src/rules/pool-exhausted.ts
function breakdown(g) {
  const sum = (f) => g.pools.reduce((n, p) => n + f(p), 0n);
  const size = sum((p) => p.size);
  const parts = [`${size} in ${g.pools.length === 1 ? "the pool" : "the pools"}`];
  const reserved = sum((p) => p.reserved);
  const statics = sum((p) => p.staticsUnreserved);
  const tunnel = sum((p) => p.tunnel);
  if (reserved > 0n) parts.push(`${reserved} reserved by IPReservations`);
  if (statics > 0n) parts.push(`${plural(statics, "static address", "static addresses")} held`);
  if (tunnel > 0n) parts.push(`${plural(tunnel, "node tunnel address", "node tunnel addresses")}`);
  return parts.join(", ");
}
function unknownNote(g) {
  const n = g.sets.reduce((k, s) => k + s.unknown.length, 0);
  return n > 0 ? `; ${plural(n, "pod source")} of unknown size not counted` : "";
}
var FIX_REQUESTED = "Enlarge the pool, add another pool to the list in the annotation, or run fewer replicas";
var FIX_DEFAULT = "Enlarge the pool or add another automatic IPPool, or run fewer replicas";
var pool_exhausted_default = defineRule({
  id: "pool-exhausted",
  meta: {
    description: "Report pool sets whose pods need more addresses than the pools hold (dry-run allocation)",
    defaultSeverity: "error",
    scope: "repository",
    messages: {
      pods: "{{who}} draws {{addresses}} from {{pools}}{{others}}: {{demand}} are needed and {{capacity}} can be assigned ({{breakdown}}{{unknown}}). Calico fails the pods that start last with `failed to request IPv{{v}} addresses: Assigned 0 out of 1 requested IPv{{v}} addresses; No IPs available in pools: [{{cidrs}}]`. {{fix}}",
      pool: "Pool {{pool}} is too small for the pods drawing from it{{shared}}: {{demand}} IPv{{v}} addresses are needed by {{sources}} and {{capacity}} can be assigned ({{breakdown}}{{unknown}}). Calico fails the pods that start last with `failed to request IPv{{v}} addresses: Assigned 0 out of 1 requested IPv{{v}} addresses; No IPs available in pools: [{{cidrs}}]`. {{fix}}"
    },
    calico: "Calico IPAM hands out every address of a pool (network and broadcast included) except those in IPReservations, static `ipAddrs` addresses and node tunnel addresses; a pod that finds no free address in the pools it may use fails with P7 and kubelet keeps retrying its sandbox.",
    remediation: "Enlarge the pool (a shorter prefix), add a pool to the pod's `cni.projectcalico.org/ipv4pools` / `ipv6pools` list (Calico spills over in list order), free reserved addresses, or lower the replica count."
  },
  check(ctx) {
    if (!poolsKnown(ctx.model)) return;
    const a = allocation(ctx.model, ctx.settings);
    for (const g of a.exhausted) {
      const workloadSets = g.sets.filter((s) => s.kind !== "tunnel");
      const consumers = workloadSets.flatMap((s) => s.consumers).filter((c) => c.count.count !== null && c.count.count > 0n);
      if (consumers.length === 0) continue;
      const common = {
        v: g.family,
        demand: String(g.demand),
        capacity: String(g.capacity),
        breakdown: breakdown(g),
        unknown: unknownNote(g)
      };
      const fix = workloadSets.some((s) => s.kind === "requested") ? FIX_REQUESTED : FIX_DEFAULT;
      const sources = new Set(consumers.map((c) => c.pod));
      for (const c of consumers) {
        const set = c.set;
        if (!set) continue;
        const cidrs2 = set.pools.map((p) => p.cidr ? cidrString(p.cidr) : "").join(" ");
        const others = sources.size - 1;
        const at = c.count.span ?? (c.listFrom === "pod" && c.list ? c.list.entry.node.span : void 0) ?? nameSpan(c.pod.object);
        ctx.report({
          messageId: "pods",
          at,
          object: c.pod.object.ref,
          value: cidrs2,
          data: {
            ...common,
            who: podWho(c.pod),
            addresses: plural(c.count.count ?? 0n, `IPv${g.family} address`, `IPv${g.family} addresses`),
            pools: `${set.pools.length === 1 ? "pool" : "pools"} ${listText(set.pools.map(poolLabel))}`,
            others: others > 0 ? ` together with ${plural(others, "other pod source")}` : "",
            cidrs: cidrs2,
            fix: set.kind === "requested" ? FIX_REQUESTED : FIX_DEFAULT
          },
          related: set.pools.map((p) => ({ span: poolSpan(p), message: `pool ${poolLabel(p)}` }))
        });
      }
      const cidrs = g.pools.map((p) => p.cidr).join(" ");
      for (const u of g.pools) {
        const others = g.pools.filter((p) => p !== u).map((p) => poolLabel(p.pool));
        ctx.report({
          messageId: "pool",
          at: poolSpan(u.pool),
          object: u.pool.object.ref,
          value: u.cidr,
          data: {
            ...common,
            pool: poolLabel(u.pool),
            shared: others.length > 0 ? ` and ${listText(others)}` : "",
            sources: plural(sources.size, "pod source"),
            cidrs,
            fix
          }
        });
      }
    }
  }
});

// src/rules/pool-invalid.ts
var import_ajv = __toESM(require_ajv(), 1);

// src/model/schemas/calico.ts
var MODES = ["", "Never", "Always", "CrossSubnet"];
var IPPOOL_SPEC_SCHEMA = {
  $id: "calico-ipam-lint/ippool-spec",
  type: "object",
  required: ["cidr"],
  additionalProperties: false,
  properties: {
    cidr: { type: "string", maxLength: 48 },
    // The CRD also bounds it to 0–128; the rule checks the tighter per-family range itself.
    blockSize: { type: "integer" },
    ipipMode: { type: "string", enum: MODES },
    vxlanMode: { type: "string", enum: MODES },
    natOutgoing: { type: "boolean" },
    disabled: { type: "boolean" },
    disableBGPExport: { type: "boolean" },
    nodeSelector: { type: "string", maxLength: 1024 },
    namespaceSelector: { type: "string", maxLength: 1024 },
    // Items are checked by the rule, to quote Calico's `unknown use: <x>`.
    allowedUses: { type: "array", maxItems: 10, items: { type: "string" } },
    assignmentMode: { type: "string", enum: ["Automatic", "Manual"] },
    // Deprecated fields that old crd.projectcalico.org/v1 schemas still carry.
    ipip: { type: "object" },
    "nat-outgoing": { type: "boolean" }
  }
};
var INSTALLATION_POOL_SCHEMA = {
  $id: "calico-ipam-lint/installation-pool",
  type: "object",
  required: ["cidr"],
  additionalProperties: false,
  properties: {
    name: { type: "string" },
    cidr: { type: "string" },
    encapsulation: { type: "string", enum: ["IPIPCrossSubnet", "IPIP", "VXLAN", "VXLANCrossSubnet", "None"] },
    natOutgoing: { type: "string", enum: ["Enabled", "Disabled"] },
    nodeSelector: { type: "string" },
    blockSize: { type: "integer" },
    disableBGPExport: { type: "boolean" },
    disableNewAllocations: { type: "boolean" },
    allowedUses: { type: "array", items: { type: "string", enum: ["Workload", "Tunnel", "LoadBalancer"] } },
    assignmentMode: { type: "string", enum: ["Automatic", "Manual"] }
  }
};
var IPRESERVATION_SPEC_SCHEMA = {
  $id: "calico-ipam-lint/ipreservation-spec",
  type: "object",
  additionalProperties: false,
  properties: {
    reservedCIDRs: { type: "array", items: { type: "string" } }
  }
};

// src/rules/pool-invalid.ts
var compiled;
function validators() {
  if (!compiled) {
    const ajv = new import_ajv.default.default({ allErrors: true, strict: false });
    compiled = {
      ippool: ajv.compile(IPPOOL_SPEC_SCHEMA),
      installation: ajv.compile(INSTALLATION_POOL_SCHEMA),
      reservation: ajv.compile(IPRESERVATION_SPEC_SCHEMA)
    };
  }
  return compiled;
}
function fieldPath(prefix, pointer) {
  let out = prefix;
  for (const part of pointer === "" ? [] : pointer.slice(1).split("/")) out += /^\d+$/.test(part) ? `[${part}]` : `.${part}`;
  return out;
}
var YAML11_BOOL = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
var goType = (v) => v === null ? "null" : Array.isArray(v) ? "array" : typeof v === "number" ? Number.isInteger(v) ? "integer" : "number" : typeof v;
var OPERATOR_ENUMS = {
  encapsulation: (v) => `${v} is invalid for ipPool.encapsulation, should be one of IPIPCrossSubnet,IPIP,VXLAN,VXLANCrossSubnet,None`,
  natOutgoing: (v) => `${v} is invalid for natOutgoing, should be one of Enabled,Disabled`
};
function schemaProblems(root, prefix, validate2, kind, installation) {
  const value = toPlain(root);
  if (validate2(value)) return [];
  const out = [];
  const by = installation ? "the Kubernetes API server rejects the Installation" : `the Kubernetes API server rejects the ${kind} (Calico's CRD schema)`;
  const errors = validate2.errors ?? [];
  const typeErrors = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  for (const err of errors) {
    if (err.keyword === "enum" && typeErrors.has(err.instancePath)) continue;
    const { node, found } = atPointer(root, err.instancePath);
    const path2 = fieldPath(prefix, err.instancePath);
    const v = found ? toPlain(node) : void 0;
    if (err.keyword === "additionalProperties") {
      const field = String(err.params.additionalProperty);
      const e = entry(node, field);
      out.push({
        messageId: "unknownField",
        severity: "warning",
        at: e?.keySpan ?? node.span,
        data: { field, kind, path: `${path2}.${field}` }
      });
      continue;
    }
    if (err.keyword === "required") continue;
    if (err.keyword === "enum") {
      const allowed = (err.params.allowedValues ?? []).filter((a) => a !== "");
      const last = err.instancePath.split("/").pop() ?? "";
      const op = installation ? OPERATOR_ENUMS[last] : void 0;
      out.push({
        messageId: "schema",
        at: node.span,
        data: {
          what: `${JSON.stringify(v)} is not a valid ${path2} (values are case-sensitive)`,
          by: op ? "the operator rejects the Installation" : by,
          error: op ? op(String(v)) : `${path2}: Unsupported value: ${JSON.stringify(v)}: supported values: ${allowed.map((a) => JSON.stringify(a)).join(", ")}`,
          fix: `Use one of ${allowed.map((a) => `\`${String(a)}\``).join(", ")}`
        }
      });
      continue;
    }
    if (err.keyword === "type") {
      const expected = String(err.params.type);
      if (expected === "boolean" && typeof v === "string" && YAML11_BOOL.test(v)) continue;
      out.push({
        messageId: "schema",
        at: node.span,
        data: {
          what: `${path2} must be ${expected === "integer" ? "an" : "a"} ${expected}`,
          by,
          error: `${path2}: Invalid value: "${goType(v)}": ${path2} in body must be of type ${expected}: "${goType(v)}"`,
          fix: `Write ${path2.split(".").pop() ?? path2} as ${expected === "integer" ? "an" : "a"} ${expected}${typeof v === "string" ? " without quotes" : ""}`
        }
      });
      continue;
    }
    const limit = String(err.params.limit ?? "");
    const error2 = err.keyword === "maxLength" ? `${path2}: Too long: may not be longer than ${limit}` : err.keyword === "maxItems" ? `${path2}: Too many: ${Array.isArray(v) ? v.length : "?"}: must have at most ${limit} items` : `${path2} ${err.message ?? "is invalid"}`;
    out.push({ messageId: "schema", at: node.span, data: { what: `${path2} is out of bounds`, by, error: error2, fix: "Shorten the value" } });
  }
  return out;
}
var encapOn2 = (mode) => mode === "Always" || mode === "CrossSubnet";
var TEXT = {
  noCidr: { v332: "IPPool CIDR must be specified", head: "IPPool CIDR must be specified" },
  badCidr: { v332: "IPPool CIDR must be a valid subnet", head: "IPPool CIDR must be a valid subnet" },
  unmasked: { v332: "IPPool CIDR is not strictly masked", head: "IPPool CIDR must be strictly masked" },
  linkLocal4: { v332: "IPPool CIDR overlaps with IPv4 Link Local range 169.254.0.0/16", head: "IPPool CIDR overlaps with IPv4 link local range 169.254.0.0/16" },
  linkLocal6: { v332: "IPPool CIDR overlaps with IPv6 Link Local range fe80::/10", head: "IPPool CIDR overlaps with IPv6 link local range fe80::/10" },
  block4: { v332: "IPv4 block size must be between 20 and 32", head: "blockSize must be between 20 and 32 for IPv4 pools, and between 116 and 128 for IPv6 pools" },
  block6: { v332: "IPv6 block size must be between 116 and 128", head: "blockSize must be between 20 and 32 for IPv4 pools, and between 116 and 128 for IPv6 pools" },
  tooSmall: {
    v332: "IP pool size is too small for use with Calico IPAM. It must be equal to or greater than the block size.",
    head: "IP pool size is too small for use with Calico IPAM. It must be equal to or greater than the block size."
  },
  ipip6: { v332: "IPIP is not supported on an IPv6 IP pool", head: "IPIP is not supported on IPv6 pools" },
  bothEncap: { v332: "Cannot enable both VXLAN and IPIP on the same IPPool", head: "ipipMode and vxlanMode cannot both be enabled" },
  lbEncap: { v332: "Neither IPIPMode nor VXLANMode can be enabled on AllowedUses LoadBalancer IP pool", head: "LoadBalancer IP pool cannot have IPIP or VXLAN enabled" },
  lbBgp: { v332: "IP Pool with AllowedUse LoadBalancer must have DisableBGPExport set to true", head: "LoadBalancer IP pools cannot disable BGP export" },
  lbSelector: { v332: "IP Pool with AllowedUse LoadBalancer must have node selector set to all()", head: "IP Pool with AllowedUse LoadBalancer must have nodeSelector set to all()" },
  tunnelNs: {
    v332: "IP Pool with AllowedUse Tunnel cannot have namespaceSelector specified - tunnel IPs are not namespaced resources",
    head: "IP Pool with AllowedUse Tunnel cannot have namespaceSelector"
  }
};
function globalText(field, head) {
  return head ? `global() selector is not valid for IPPool ${field}` : `global() selector is not valid for IPPool ${field} - use all() instead`;
}
function reject(c, at, by, error2, what, fix) {
  c.problems.push({ messageId: "rejected", at, data: { what, by, error: error2, fix } });
}
function checkIPPool(c, pool, spec) {
  const head = c.head;
  const t = (k) => head ? TEXT[k].head : TEXT[k].v332;
  const by = head ? "the IPPool CRD rejects the pool" : "calicoctl and the Calico API server reject the pool";
  const cidrNode = get(spec, "cidr");
  const cidrText = text(cidrNode);
  if (!spec || cidrText === void 0 || cidrText === "") {
    reject(c, cidrNode?.span ?? spec?.span ?? pool.object.ref.span, by, t("noCidr"), "The pool has no cidr", "Set `spec.cidr` to the pool's range, such as `10.0.0.0/16`");
    return;
  }
  const at = cidrNode?.span ?? spec.span;
  const cidr = pool.cidr;
  if (!cidr) {
    reject(c, at, by, t("badCidr"), `\`${cidrText}\` is not a CIDR`, "Write the range as a CIDR, such as `10.0.0.0/16` (a bare address is not accepted)");
    return;
  }
  if (cidr.hadHostBits) {
    reject(c, at, by, t("unmasked"), `\`${cidrText}\` has host bits set`, `Write \`cidr: ${cidrString(cidr)}\``);
  }
  if (overlaps(cidr, LINK_LOCAL[cidr.family])) {
    reject(c, at, by, t(cidr.family === 4 ? "linkLocal4" : "linkLocal6"), `${cidrString(cidr)} overlaps the link-local range`, "Choose a range outside 169.254.0.0/16 and fe80::/10");
  }
  checkBlockSize(c, pool, spec, by, t);
  const ipipNode = get(spec, "ipipMode");
  const vxlanNode = get(spec, "vxlanMode");
  const ipip = str(ipipNode);
  const vxlan = str(vxlanNode);
  if (cidr.family === 6 && encapOn2(ipip) && ipipNode) {
    reject(c, ipipNode.span, by, t("ipip6"), `ipipMode ${ipip} on an IPv6 pool`, "Set `ipipMode: Never` (use `vxlanMode` for IPv6 encapsulation)");
  }
  if (encapOn2(ipip) && encapOn2(vxlan) && vxlanNode) {
    reject(c, vxlanNode.span, by, t("bothEncap"), "IPIP and VXLAN are both enabled", "Set one of `ipipMode` and `vxlanMode` to `Never`");
  }
  const usesSeq = asSeq(get(spec, "allowedUses"));
  const uses = usesSeq?.items.map((n) => ({ value: text(n) ?? "", span: n.span })) ?? [];
  const lb = uses.some((u) => u.value === "LoadBalancer");
  let lbMixReported = false;
  for (const u of uses) {
    if (u.value === "LoadBalancer") continue;
    if (u.value === "Workload" || u.value === "Tunnel") {
      if (lb && (!head || !lbMixReported)) {
        lbMixReported = true;
        reject(
          c,
          head ? usesSeq?.span ?? u.span : u.span,
          head ? "the IPPool CRD rejects the pool" : "Calico's validator rejects the pool",
          head ? "LoadBalancer cannot be combined with Workload or Tunnel allowed uses" : `LoadBalancer cannot be used at the same time as: ${u.value}`,
          `${u.value} together with LoadBalancer`,
          "Keep LoadBalancer pools separate: one pool with `allowedUses: [LoadBalancer]`, another for Workload and Tunnel"
        );
      }
      continue;
    }
    reject(c, u.span, head ? "the IPPool CRD rejects the pool" : "Calico's validator rejects the pool", head ? `spec.allowedUses: Unsupported value: "${u.value}": supported values: "Workload", "Tunnel", "LoadBalancer"` : `unknown use: ${u.value}`, `\`${u.value}\` is not a use`, "Use `Workload`, `Tunnel` or `LoadBalancer` (case-sensitive)");
  }
  if (lb) {
    for (const [mode, node] of [[ipip, ipipNode], [vxlan, vxlanNode]]) {
      if (encapOn2(mode) && node) reject(c, node.span, by, t("lbEncap"), "Encapsulation on a LoadBalancer pool", "Set `ipipMode: Never` and `vxlanMode: Never` on LoadBalancer pools");
    }
    const bgp = get(spec, "disableBGPExport");
    if (bgp?.kind === "scalar" && bgp.value === true) {
      reject(c, bgp.span, by, t("lbBgp"), "disableBGPExport on a LoadBalancer pool", "Remove `disableBGPExport` (the check rejects `true`, whatever its message says)");
    }
    const sel = get(spec, "nodeSelector");
    const selText = str(sel);
    if (sel && selText !== void 0 && selText !== "" && selText !== "all()") {
      reject(c, sel.span, by, t("lbSelector"), `nodeSelector \`${selText}\` on a LoadBalancer pool`, 'Set `nodeSelector: "all()"` or remove it');
    }
  }
  const ns = get(spec, "namespaceSelector");
  const nsText = str(ns);
  if (ns && nsText) {
    const defaulted = uses.length === 0;
    if (defaulted || uses.some((u) => u.value === "Tunnel")) {
      reject(
        c,
        ns.span,
        by,
        t("tunnelNs"),
        defaulted ? "A namespaceSelector on a pool whose allowedUses default to [Workload, Tunnel]" : "A namespaceSelector on a pool that allows Tunnel",
        defaulted ? "Add `allowedUses: [Workload]` to the pool" : "Remove Tunnel from allowedUses, or drop the namespaceSelector"
      );
    }
  }
  for (const field of ["nodeSelector", "namespaceSelector"]) {
    const n = get(spec, field);
    const s = str(n);
    if (n && s?.includes("global(")) {
      reject(c, n.span, head ? "the IPPool CRD rejects the pool" : "Calico's validator rejects the pool", globalText(field, head), `\`global()\` in ${field}`, "Use `all()` to select every node or namespace");
    }
  }
}
function checkBlockSize(c, pool, spec, by, t) {
  const cidr = pool.cidr;
  if (!cidr) return;
  const node = get(spec, "blockSize");
  const raw = num(node);
  const [lo, hi] = cidr.family === 4 ? [20, 32] : [116, 128];
  if (node && raw !== void 0 && raw !== 0 && (raw < lo || raw > hi)) {
    reject(c, node.span, by, t(cidr.family === 4 ? "block4" : "block6"), `blockSize ${raw} is out of range for an IPv${cidr.family} pool`, `Use a blockSize from ${lo} to ${hi}, or leave it out (default ${cidr.family === 4 ? 26 : 122})`);
    return;
  }
  const bs = raw && raw !== 0 ? raw : cidr.family === 4 ? 26 : 122;
  if (!pool.disabled && cidr.prefix > bs && bs <= bitsOf(cidr.family)) {
    reject(
      c,
      get(spec, "cidr")?.span ?? spec.span,
      by,
      t("tooSmall"),
      `A /${cidr.prefix} pool is smaller than its /${bs} blocks`,
      `Widen the pool to /${bs} or shorter, set blockSize to ${cidr.prefix} or more, or disable the pool`
    );
  }
}
function checkInstallationPool(c, pool, item) {
  const by = "the operator rejects the Installation";
  const apiBy = "the Calico API server rejects the pool the operator creates";
  const cidrNode = get(item, "cidr");
  const cidrText = str(cidrNode);
  if (cidrText === void 0) return;
  const cidr = pool.cidr;
  const at = cidrNode?.span ?? item.span;
  if (!cidr) {
    reject(c, at, by, `IP pool CIDR (${cidrText}) is invalid: invalid CIDR address: ${cidrText}`, `\`${cidrText}\` is not a CIDR`, "Write the range as a CIDR, such as `10.0.0.0/16`");
    return;
  }
  if (overlaps(cidr, LINK_LOCAL[cidr.family])) {
    reject(c, at, apiBy, cidr.family === 4 ? TEXT.linkLocal4.v332 : TEXT.linkLocal6.v332, `${cidrString(cidr)} overlaps the link-local range`, "Choose a range outside 169.254.0.0/16 and fe80::/10");
  }
  const bsNode = get(item, "blockSize");
  const raw = num(bsNode);
  const [lo, hi] = cidr.family === 4 ? [20, 32] : [116, 128];
  if (bsNode && raw !== void 0 && raw !== 0 && (raw < lo || raw > hi)) {
    reject(c, bsNode.span, by, `IPv${cidr.family} pool block size must be greater than ${lo - 1} and less than or equal to ${hi}`, `blockSize ${raw} is out of range for an IPv${cidr.family} pool`, `Use a blockSize from ${lo} to ${hi}`);
  } else {
    const bs = raw && raw !== 0 ? raw : cidr.family === 4 ? 26 : 122;
    if (!pool.disabled && cidr.prefix > bs) {
      reject(c, at, by, "IP pool size is too small. It must be equal to or greater than the block size", `A /${cidr.prefix} pool is smaller than its /${bs} blocks`, `Widen the pool to /${bs} or shorter, or set blockSize to ${cidr.prefix} or more`);
    }
  }
  const encNode = get(item, "encapsulation");
  const enc = str(encNode);
  if (cidr.family === 6 && encNode && (enc === "IPIP" || enc === "IPIPCrossSubnet")) {
    reject(c, encNode.span, by, `IPIP encapsulation is not supported by IPv6 pools, but it is set for ${cidrText}`, `encapsulation ${enc} on an IPv6 pool`, "Use `VXLAN`, `VXLANCrossSubnet` or `None` for IPv6 pools");
  }
  const uses = asSeq(get(item, "allowedUses"))?.items.map((n) => text(n) ?? "") ?? [];
  if (uses.includes("LoadBalancer")) {
    const usesNode = get(item, "allowedUses");
    if (usesNode && uses.some((u) => u === "Workload" || u === "Tunnel")) {
      reject(c, usesNode.span, by, `IP pool ${pool.name} AllowedUse LoadBalancer cannot be used with Workload/Tunnel`, "LoadBalancer together with Workload or Tunnel", "Give LoadBalancer its own pool");
    }
    if (encNode && enc !== void 0 && enc !== "None") {
      reject(c, encNode.span, by, "IP pool encapsulation must be none if allowedUse is LoadBalancer", `encapsulation ${enc} on a LoadBalancer pool`, "Set `encapsulation: None`");
    }
    const bgp = get(item, "disableBGPExport");
    if (bgp?.kind === "scalar" && bgp.value === true) {
      reject(c, bgp.span, by, "IP pool disable bgp export must be false when AllowedUse is LoadBalancer", "disableBGPExport on a LoadBalancer pool", "Remove `disableBGPExport`");
    }
    const sel2 = get(item, "nodeSelector");
    const s = str(sel2);
    if (sel2 && s !== void 0 && s !== "all()") {
      reject(c, sel2.span, by, "IP pool nodeSelector should be set to all() if allowedUse is LoadBalancer", `nodeSelector \`${s}\` on a LoadBalancer pool`, 'Set `nodeSelector: "all()"`');
    }
  }
  const sel = get(item, "nodeSelector");
  if (sel && str(sel)?.includes("global(")) {
    reject(c, sel.span, apiBy, globalText("nodeSelector", false), "`global()` in nodeSelector", "Use `all()`");
  }
}
function checkReservation(c, r, settings) {
  const spec = get(r.object.node, "spec");
  if (spec?.kind === "map") c.problems.push(...schemaProblems(spec, "spec", validators().reservation, "IPReservation", false));
  for (const e of r.entries) {
    if (e.text === "" && e.cidr === null) {
      c.problems.push({ messageId: "reservation", at: e.span, data: { entry: e.text, problem: "empty", by: "Calico's validator rejects the IPReservation", fix: "Write a CIDR such as `10.0.0.0/28` or remove the entry" } });
    } else if (!e.cidr) {
      c.problems.push({
        messageId: "reservation",
        at: e.span,
        data: { entry: e.text, problem: "neither a CIDR nor an IP address", by: "Calico's validator rejects the IPReservation", fix: "Write a CIDR such as `10.0.0.0/28`, or a single address" }
      });
    } else if (settings.calicoVersion === "head" && !e.text.includes("/")) {
      c.problems.push({
        messageId: "reservation",
        at: e.span,
        data: { entry: e.text, problem: "a bare address, not a CIDR", by: "the HEAD IPReservation CRD (`format: cidr`) rejects the IPReservation", fix: `Write \`${e.text}/${e.cidr.family === 4 ? 32 : 128}\`` }
      });
    }
  }
}
var pool_invalid_default = defineRule({
  id: "pool-invalid",
  meta: {
    description: "Disallow IPPool, Installation pool and IPReservation specs that Calico rejects",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "object",
    messages: {
      rejected: "{{what}}: {{by}} with `{{error}}`, so it is never applied. {{fix}}",
      schema: "{{what}}: {{by}} with `{{error}}`, so it is never applied. {{fix}}",
      unknownField: '{{field}} is not a field of {{kind}}: kubectl refuses the object with `unknown field "{{path}}"` (strict field validation), and where validation is lax the setting is silently dropped. Check the spelling (field names are case-sensitive) or remove it',
      reservation: "`{{entry}}` is {{problem}}: {{by}}, and IPAM would skip the entry, so these addresses stay assignable. {{fix}}"
    },
    calico: "calicoctl and the Calico API server validate IPPools in clientv3 and the validator (v3.32), and HEAD's CRDs carry the same rules as CEL; the operator validates Installation pools itself; the validator rejects IPReservation entries that are neither CIDRs nor addresses. Calico does not reject loopback, multicast or other special ranges.",
    remediation: "Fix the field the finding points at: a strictly masked CIDR outside link-local, a blockSize of 20\u201332 (IPv4) or 116\u2013128 (IPv6) no longer than the pool's prefix, at most one encapsulation, exact enum values, and LoadBalancer pools kept apart."
  },
  check(ctx) {
    const c = { head: ctx.settings.calicoVersion === "head", problems: [] };
    const flush = (object) => {
      for (const p of c.problems) {
        ctx.report({ messageId: p.messageId, at: p.at, data: p.data, object, ...p.severity ? { severity: p.severity } : {} });
      }
      c.problems.length = 0;
    };
    const seen = /* @__PURE__ */ new Map();
    for (const pool of ctx.model.pools) {
      if (pool.implicit) continue;
      if (pool.origin === "IPPool") {
        if (pool.spec) c.problems.push(...schemaProblems(pool.spec, "spec", validators().ippool, "IPPool", false));
        const patch = !str(get(pool.spec, "cidr")) && ctx.model.pools.some((o) => o !== pool && o.name === pool.name && o.cidr !== null);
        if (!patch) checkIPPool(c, pool, pool.spec);
        flush(pool.object.ref);
        continue;
      }
      const item = pool.spec;
      if (!item) continue;
      const list = get(pool.object.node, "spec", "calicoNetwork", "ipPools");
      const idx = list?.kind === "seq" ? list.items.indexOf(item) : -1;
      const path2 = `spec.calicoNetwork.ipPools[${idx}]`;
      c.problems.push(...schemaProblems(item, path2, validators().installation, "Installation", true));
      if (get(item, "cidr") === void 0) {
        reject(c, item.span, "the Kubernetes API server rejects the Installation", `${path2}.cidr: Required value`, "The pool has no cidr", "Set `cidr` to the pool's range, such as `10.0.0.0/16`");
      }
      checkInstallationPool(c, pool, item);
      const parent = list?.kind === "seq" ? pool.object.node : void 0;
      if (parent) {
        let s = seen.get(parent);
        if (!s) {
          s = { names: /* @__PURE__ */ new Map(), cidrs: /* @__PURE__ */ new Map() };
          seen.set(parent, s);
        }
        const name = str(get(item, "name"));
        const cidrNode = get(item, "cidr");
        const cidr = str(cidrNode);
        if (cidr !== void 0 && cidrNode) {
          if (s.cidrs.has(cidr)) reject(c, cidrNode.span, "the operator rejects the Installation", `IP pool ${cidr} is specified more than once`, `${cidr} appears twice in ipPools`, "Remove the duplicate entry");
          else s.cidrs.set(cidr, cidrNode.span);
        }
        const nameNode = get(item, "name");
        if (name !== void 0 && nameNode) {
          if (s.names.has(name)) reject(c, nameNode.span, "the operator rejects the Installation", `IP pool ${name} is specified more than once`, `The name ${name} appears twice in ipPools`, "Give every pool its own name");
          else s.names.set(name, nameNode.span);
        }
      }
      flush(pool.object.ref);
    }
    for (const r of ctx.model.reservations) {
      checkReservation(c, r, ctx.settings);
      flush(r.object.ref);
    }
  }
});

// src/rules/pool-outside-pod-cidr.ts
var PLATFORM_SOURCES = /* @__PURE__ */ new Set(["ClusterConfiguration", "kubeadm-config", "Network"]);
var describeCidrs = (list) => [...new Set(list.map((c) => c.text))].join(", ");
var pool_outside_pod_cidr_default = defineRule({
  id: "pool-outside-pod-cidr",
  meta: {
    description: "Warn about enabled IP pools outside the cluster's pod CIDR",
    defaultSeverity: "warning",
    mixedSeverity: true,
    scope: "repository",
    messages: {
      outside: "Pool {{pool}} lies outside the cluster's pod CIDR {{podCidrs}}, declared by {{source}}: Calico accepts it, but kube-proxy takes traffic from these pod addresses for traffic from outside the cluster and masquerades it by its clusterCIDR. Move the pool inside {{podCidrs}}, or widen the cluster's pod CIDR",
      operator: "Installation pool {{cidr}} lies outside the platform's pod CIDR: the operator refuses it with `IPPool {{cidr}} is not within the platform's configured pod network CIDR(s) [{{list}}]` and creates no pools. Choose a cidr inside {{podCidrs}}, or leave `ipPools` out so the operator uses the platform's CIDR"
    },
    calico: "Calico does not require pools to lie inside the Kubernetes pod CIDR; the documentation asks for it because kube-proxy decides masquerading by `clusterCIDR`. The operator checks it itself (and then fails) for Installation pools when it defaults pools: no IPPool exists yet and kubeadm's or OpenShift's pod CIDR is known.",
    remediation: "Keep every enabled pool inside a pod CIDR of its family, or widen the pod CIDR (kubeadm `podSubnet`, kube-proxy `clusterCIDR`) to cover it."
  },
  check(ctx) {
    const anyIPPool = ctx.model.pools.some((p) => p.origin === "IPPool");
    for (const pool of poolsInPlay(ctx.model)) {
      if (pool.disabled || !pool.cidr || pool.implicit) continue;
      const cidr = pool.cidr;
      const family = ctx.model.podCidrs.filter((c) => c.cidr !== null && c.cidr.family === cidr.family);
      if (family.length === 0) continue;
      if (family.some((c) => c.cidr !== null && within(cidr, c.cidr))) continue;
      const platform2 = ctx.model.podCidrs.filter((c) => c.cidr !== null && PLATFORM_SOURCES.has(c.source));
      const operatorChecks = pool.origin === "Installation" && !anyIPPool && platform2.some((c) => c.cidr?.family === cidr.family);
      if (operatorChecks) {
        ctx.report({
          messageId: "operator",
          severity: "error",
          at: poolSpan(pool),
          object: pool.object.ref,
          value: pool.cidrText?.value ?? "",
          data: {
            cidr: pool.cidrText?.value ?? "",
            list: [...new Set(platform2.map((c) => c.text))].join(" "),
            podCidrs: describeCidrs(platform2.filter((c) => c.cidr?.family === cidr.family))
          },
          related: platform2.flatMap((c) => c.span ? [{ span: c.span, message: `pod CIDR ${c.text} (${c.source})` }] : [])
        });
        continue;
      }
      ctx.report({
        messageId: "outside",
        severity: "warning",
        at: poolSpan(pool),
        object: pool.object.ref,
        value: pool.cidrText?.value ?? "",
        data: {
          pool: poolLabel(pool),
          podCidrs: describeCidrs(family),
          source: [...new Set(family.map((c) => c.source))].join(", ")
        },
        related: family.flatMap((c) => c.span ? [{ span: c.span, message: `pod CIDR ${c.text} (${c.source})` }] : [])
      });
    }
  }
});

// src/rules/pool-overlap.ts
var nameOf = (p) => p.name || (p.cidr ? cidrString(p.cidr) : "");
var pool_overlap_default = defineRule({
  id: "pool-overlap",
  meta: {
    description: "Disallow enabled IP pools of one family whose CIDRs overlap",
    defaultSeverity: "error",
    scope: "repository",
    messages: {
      overlap: "Pool {{pool}} overlaps pool {{other}}: calicoctl and the Calico API server refuse the second one with `IPPool({{second}}) CIDR overlaps with IPPool({{first}}) CIDR {{firstCidr}}`, and applied as CRDs Calico v3.32+ marks one `Allocatable=False` (CIDROverlap) so IPAM skips it. Make the CIDRs disjoint, or disable one of the pools"
    },
    calico: "clientv3 rejects, on create, any pool whose CIDR overlaps an existing pool (identical, larger or smaller). Writing the CRDs directly skips that check; from v3.32 the kube-controllers pool controller keeps one pool per overlapping range active and marks the others `Allocatable=False`. Disabled pools take no part.",
    remediation: "Give every enabled pool of a family a disjoint CIDR, or set `disabled: true` on the pool that is being retired."
  },
  check(ctx) {
    const pools = poolsInPlay(ctx.model).filter((p) => !p.disabled && p.cidr !== null);
    for (let i = 0; i < pools.length; i++) {
      for (let j = i + 1; j < pools.length; j++) {
        const a = pools[i];
        const b = pools[j];
        if (!a.cidr || !b.cidr || !overlaps(a.cidr, b.cidr)) continue;
        const data = { first: nameOf(a), second: nameOf(b), firstCidr: cidrString(a.cidr) };
        ctx.report({
          messageId: "overlap",
          at: poolSpan(a),
          object: a.object.ref,
          value: cidrString(a.cidr),
          data: { ...data, pool: poolLabel(a), other: poolLabel(b) },
          related: [{ span: poolSpan(b), message: `pool ${poolLabel(b)}` }]
        });
        ctx.report({
          messageId: "overlap",
          at: poolSpan(b),
          object: b.object.ref,
          value: cidrString(b.cidr),
          data: { ...data, pool: poolLabel(b), other: poolLabel(a) },
          related: [{ span: poolSpan(a), message: `pool ${poolLabel(a)}` }]
        });
      }
    }
  }
});

// src/rules/static-ip-auto-pool.ts
function useText(u) {
  if (u.kind === "default") return "automatic assignment hands out addresses to pods without a pool annotation";
  if (u.kind === "tunnel") return `nodes take their ${u.encapsulation} tunnel addresses`;
  return `${podWho(u.by)} draws addresses automatically (its \`${shortKey(u.list.entry.key)}\`)`;
}
var static_ip_auto_pool_default = defineRule({
  id: "static-ip-auto-pool",
  meta: {
    description: "Warn about static addresses in pools that automatic assignment draws from, outside every IPReservation",
    defaultSeverity: "warning",
    scope: "repository",
    messages: {
      ipAddrs: '{{ip}} lies in pool {{pool}}, from which {{use}}, and no IPReservation covers it: another pod or node may be given it first, and Calico then fails this pod with `resource already exists: {{ip}} with error: Address already assigned in block`. Cover {{ip}} with an IPReservation, or take it from a pool with `assignmentMode: Manual` or `nodeSelector: "!all()"`',
      ipAddrsNoIpam: "{{ip}} (ipAddrsNoIpam) lies in pool {{pool}}, from which {{use}}, and no IPReservation covers it: Calico IPAM keeps no record of this address and may give it to another pod, which then shares it with this one. Cover {{ip}} with an IPReservation, or use an address outside the Calico pools"
    },
    calico: "`ipAddrs` takes its address through IPAM only when the pod starts; until then automatic assignment (and node tunnel allocation) may hand the same address to someone else, and the static pod then fails with P12. `ipAddrsNoIpam` is never recorded, so IPAM can hand it out at any time. Addresses inside an IPReservation, a `Manual` pool or a `!all()` pool are never handed out automatically.",
    remediation: 'Reserve static addresses with an IPReservation, or keep them in a pool with `assignmentMode: Manual` or `nodeSelector: "!all()"` that no pod names in its pool annotation.'
  },
  check(ctx) {
    const a = allocation(ctx.model, ctx.settings);
    const pools = poolsInPlay(ctx.model);
    for (const c of a.statics) {
      if (c.reserved) continue;
      const pool = c.pool ?? pools.find((p) => isEnabled(p) && p.cidr !== null && contains(p.cidr, c.ip));
      if (!pool) continue;
      const use = a.automaticPools.get(pool);
      if (!use) continue;
      const ip = ipString(c.ip);
      ctx.report({
        messageId: c.key,
        at: c.span,
        object: c.pod.object.ref,
        value: ip,
        data: { ip, pool: poolLabel(pool), use: useText(use) },
        related: [{ span: poolSpan(pool), message: `pool ${poolLabel(pool)}` }]
      });
    }
  }
});

// src/rules/yaml-syntax.ts
var yaml_syntax_default = defineRule({
  id: "yaml-syntax",
  meta: {
    description: "Disallow files that are not valid YAML or JSON",
    defaultSeverity: "error",
    scope: "object",
    messages: {
      syntax: "{{message}}: kubectl and Argo CD refuse the whole file, so none of its objects are applied. Fix the syntax at this position",
      unreadable: "File {{message}}: it cannot be linted or applied. Make it a UTF-8 text file, or remove it from the paths given"
    },
    calico: "Calico never sees these objects: the Kubernetes API client rejects the file before anything is applied.",
    remediation: "Fix the YAML syntax at the reported line and column; the rest of the repository is still linted."
  },
  check(ctx) {
    for (const file of ctx.model.files) {
      for (const p of file.problems) {
        ctx.report({ messageId: p.code === "UNREADABLE" ? "unreadable" : "syntax", data: { message: p.message }, at: p.span });
      }
      for (const doc of file.documents) {
        for (const p of doc.problems) ctx.report({ messageId: "syntax", data: { message: p.message }, at: p.span });
      }
    }
  }
});

// src/rules/index.ts
var RULES = [
  no_usable_pool_default,
  pool_exhausted_default,
  pool_invalid_default,
  pool_outside_pod_cidr_default,
  pool_overlap_default,
  static_ip_auto_pool_default,
  yaml_syntax_default
];

// package.json
var package_default = {
  name: "calico-ipam-lint",
  version: "0.1.0",
  description: "Lint Kubernetes manifests and Calico IP pools for IPAM mistakes before they reach the cluster",
  type: "module",
  license: "Apache-2.0",
  bin: {
    "calico-ipam-lint": "bin/calico-ipam-lint.js"
  },
  main: "./dist/index.js",
  types: "./dist/types/index.d.ts",
  exports: {
    ".": {
      types: "./dist/types/index.d.ts",
      default: "./dist/index.js"
    },
    "./package.json": "./package.json"
  },
  files: [
    "bin",
    "dist",
    "schema",
    "docs"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint .",
    test: "tsc --noEmit && eslint . && vitest run",
    "test:unit": "vitest run",
    bench: "node scripts/bench.mjs"
  },
  repository: {
    type: "git",
    url: "https://github.com/calico-ipam-lint/calico-ipam-lint"
  },
  keywords: [
    "calico",
    "ipam",
    "kubernetes",
    "linter",
    "gitops",
    "ippool"
  ],
  dependencies: {
    "@actions/core": "^3.0.1",
    ajv: "^8.20.0",
    commander: "^14.0.3",
    "eslint-formatter-pretty": "^7.1.0",
    ignore: "^7.0.16",
    "ipaddr.js": "^2.5.0",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@microsoft/sarif-multitool": "^5.7.0",
    "@types/node": "^20.19.43",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    "fast-check": "^4.10.2",
    typescript: "6.0",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12"
  }
};

// src/version.ts
var VERSION = package_default.version;
var REPOSITORY = "https://github.com/calico-ipam-lint/calico-ipam-lint";
var docsUrl = (ruleId) => `${REPOSITORY}/blob/main/docs/rules/${ruleId}.md`;

// src/engine/run.ts
function ruleInfo(rules = RULES) {
  return new Map(
    rules.map((r) => [
      r.id,
      { id: r.id, description: r.meta.description, defaultSeverity: r.meta.defaultSeverity, docsUrl: docsUrl(r.id), calico: r.meta.calico, remediation: r.meta.remediation }
    ])
  );
}
function severityFor(setting, reported, rule) {
  if (setting === "off") return null;
  if (setting === "error") return "error";
  if (setting === "warn" || setting === "warning") return "warning";
  return reported ?? rule.meta.defaultSeverity;
}
function lintSources(files, options = {}) {
  const model = buildModel(files, options);
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const byPath = new Map(files.map((f) => [f.path, f]));
  const indexes = /* @__PURE__ */ new Map();
  const indexFor = (file) => {
    let idx = indexes.get(file);
    if (!idx) {
      idx = new LineIndex(byPath.get(file)?.text ?? "");
      indexes.set(file, idx);
    }
    return idx;
  };
  const checkSpan = (rule, s) => {
    const f = byPath.get(s.file);
    if (!f || s.start < 0 || s.end < s.start || s.end > f.text.length) {
      if (options.strict || !f) throw new Error(`rule ${rule.id} reported an invalid position ${s.file}:${s.start}-${s.end}`);
      const start = Math.max(0, Math.min(s.start, f.text.length));
      return { file: s.file, start, end: Math.max(start, Math.min(s.end, f.text.length)) };
    }
    return s;
  };
  const findings = [];
  for (const rule of RULES) {
    if (options.only && !options.only.includes(rule.id)) continue;
    const setting = options.rules?.[rule.id];
    if (setting === "off") continue;
    rule.check({
      model,
      settings,
      sourceText: (file) => byPath.get(file)?.text ?? "",
      report: (r) => {
        const severity = severityFor(setting, r.severity, rule);
        if (!severity) return;
        const at = checkSpan(rule, r.at);
        const template = rule.meta.messages[r.messageId];
        if (template === void 0) throw new Error(`rule ${rule.id} reported unknown messageId ${r.messageId}`);
        const related = (r.related ?? []).map((rel) => {
          const span = checkSpan(rule, rel.span);
          return { file: span.file, ...indexFor(span.file).location(span), message: rel.message };
        });
        const o = r.object;
        findings.push({
          ruleId: rule.id,
          severity,
          message: renderMessage(template, r.data),
          messageId: r.messageId,
          file: at.file,
          ...indexFor(at.file).location(at),
          ...related.length > 0 ? { related } : {},
          ...o ? { object: { kind: o.kind, ...o.namespace !== void 0 ? { namespace: o.namespace } : {}, ...o.name !== void 0 ? { name: o.name } : {} } } : {},
          ...r.value !== void 0 ? { value: r.value } : {}
        });
      }
    });
  }
  return { results: groupResults(files, findings), model };
}
function compareFindings(a, b) {
  return cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message) || a.endLine - b.endLine || a.endColumn - b.endColumn;
}
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function groupResults(files, findings) {
  const reported = /* @__PURE__ */ new Map();
  for (const f of files) if (!f.contextOnly && !reported.has(f.path)) reported.set(f.path, []);
  const sorted = [...findings].sort(compareFindings);
  let prev;
  for (const f of sorted) {
    if (prev && compareFindings(prev, f) === 0) continue;
    prev = f;
    reported.get(f.file)?.push(f);
  }
  return [...reported.entries()].sort(([a], [b]) => cmp(a, b)).map(([file, list]) => ({
    file,
    findings: list,
    errorCount: list.filter((f) => f.severity === "error").length,
    warningCount: list.filter((f) => f.severity === "warning").length
  }));
}

// src/api.ts
async function lintPaths(paths, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const main = await expandPaths(paths, cwd);
  const ctx = await expandPaths(options.context ?? [], cwd);
  const mainSet = new Set(main.files);
  const files = [...options.extraSources ?? []];
  for (const f of main.files) files.push(await loadFile(f, cwd, false));
  for (const f of ctx.files) if (!mainSet.has(f)) files.push(await loadFile(f, cwd, true));
  const unreadable = files.filter((f) => f.problems.some((p) => p.code === "UNREADABLE" && /permission|cannot be read/.test(p.message))).map((f) => f.path);
  const out = lintSources(files, options);
  return { ...out, files, missing: [...main.missing, ...ctx.missing], unreadable };
}
function lintText(text2, filePath = "<text>", options = {}) {
  return lintSources([parseSource(filePath, text2)], options);
}

// src/report/formatters/paths.ts
import { isAbsolute, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
function repoPath(file, ctx) {
  if (file.startsWith("<") && file.endsWith(">")) return { relative: file };
  const abs = isAbsolute(file) ? file : resolve2(ctx.cwd, file);
  const rel = relative2(ctx.sourceRoot ?? ctx.cwd, abs);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return { absolute: abs };
  return { relative: rel.split(sep2).join("/") };
}
var displayRepoPath = (file, ctx) => {
  const p = repoPath(file, ctx);
  return "relative" in p ? p.relative : p.absolute;
};
var utf8 = new TextEncoder();
function encodeUriPath(path2) {
  let out = "";
  for (const ch of path2) {
    if (/^[A-Za-z0-9\-._~!$&'()*+,;=@/]$/.test(ch)) out += ch;
    else for (const b of utf8.encode(ch)) out += `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
function fileUri(abs, directory = false) {
  const posix = abs.split(sep2).join("/");
  const withRoot = posix.startsWith("/") ? posix : `/${posix}`;
  const uri = `file://${encodeUriPath(withRoot).replace(/^\/([A-Za-z])%3A/, "/$1:")}`;
  return directory && !uri.endsWith("/") ? `${uri}/` : uri;
}

// src/report/formatters/github.ts
var ANNOTATIONS_PER_STEP = 10;
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function annotationPosition(f, ctx) {
  const file = displayRepoPath(f.file, ctx);
  let endLine = Math.max(f.line, f.endLine);
  let endColumn = f.endColumn - 1;
  if (endLine > f.line && f.endColumn === 1) {
    endLine -= 1;
    endColumn = void 0;
  }
  if (endLine !== f.line) return { file, startLine: f.line, endLine };
  return { file, startLine: f.line, endLine, startColumn: f.column, ...endColumn !== void 0 ? { endColumn: Math.max(f.column, endColumn) } : {} };
}
function annotationCommand(f, ctx) {
  const p = annotationPosition(f, ctx);
  const props = [
    ["file", p.file],
    ["line", p.startLine],
    ["col", p.startColumn],
    ["endLine", p.endLine],
    ["endColumn", p.endColumn],
    ["title", f.ruleId]
  ];
  const list = props.filter(([, v]) => v !== void 0).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${f.severity} ${list.join(",")}::${escapeData(f.message)}`;
}
function plainLine(f, ctx) {
  const text2 = `${displayRepoPath(f.file, ctx)}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.ruleId}]`;
  return `  ${text2.replace(/[\r\n]+/g, " ")}`;
}
var plural2 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var github = (results, ctx) => {
  const all = results.flatMap((r) => r.findings);
  const shown = [];
  const hidden2 = [];
  const used = { error: 0, warning: 0 };
  for (const f of all) {
    if (used[f.severity] < ANNOTATIONS_PER_STEP) {
      used[f.severity]++;
      shown.push(f);
    } else hidden2.push(f);
  }
  const lines = shown.map((f) => annotationCommand(f, ctx));
  if (hidden2.length > 0) {
    const errors = hidden2.filter((f) => f.severity === "error").length;
    const warnings = hidden2.length - errors;
    const what = [errors ? plural2(errors, "error") : "", warnings ? plural2(warnings, "warning") : ""].filter(Boolean).join(" and ");
    lines.push(`::group::calico-ipam-lint: ${what} more (not shown as annotations)`);
    for (const f of hidden2) lines.push(plainLine(f, ctx));
    lines.push("::endgroup::");
    lines.push(
      `::notice title=calico-ipam-lint::${escapeData(
        `${what} more than GitHub shows as annotations (${ANNOTATIONS_PER_STEP} errors and ${ANNOTATIONS_PER_STEP} warnings per step): see the group "calico-ipam-lint: ${what} more" in this step's log, and the job summary`
      )}`
    );
  }
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
};

// src/report/formatters/json.ts
import { isAbsolute as isAbsolute2, resolve as resolve3 } from "node:path";
var json = (results, ctx) => JSON.stringify(
  results.map((r) => ({
    filePath: isAbsolute2(r.file) ? r.file : resolve3(ctx.cwd, r.file),
    messages: r.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity === "error" ? 2 : 1,
      message: f.message,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn
    })),
    errorCount: r.errorCount,
    warningCount: r.warningCount
  }))
);

// src/report/formatters/junit.ts
var INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function xmlEscape(s, attribute = false) {
  const out = s.replace(INVALID_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
  return attribute ? out.replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;") : out.replace(/\r/g, "&#13;");
}
var junit = (results) => {
  const a = (s) => xmlEscape(String(s), true);
  const t = (s) => xmlEscape(s);
  const total2 = results.reduce((n, r) => n + Math.max(1, r.findings.length), 0);
  const failures = results.reduce((n, r) => n + r.findings.length, 0);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="calico-ipam-lint" tests="${total2}" failures="${failures}" errors="0">`];
  for (const r of results) {
    const file = r.file;
    const tests = Math.max(1, r.findings.length);
    lines.push(`  <testsuite name="${a(file)}" tests="${tests}" failures="${r.findings.length}" errors="0" skipped="0">`);
    if (r.findings.length === 0) lines.push(`    <testcase name="calico-ipam-lint" classname="${a(file)}" time="0"/>`);
    for (const f of r.findings) {
      const where = `${file}:${f.line}:${f.column}`;
      lines.push(`    <testcase name="${a(`${f.ruleId} at ${f.line}:${f.column}`)}" classname="${a(file)}" time="0">`);
      lines.push(`      <failure message="${a(f.message)}" type="${a(f.severity)}">${t(`${where}: ${f.severity}: ${f.message} [${f.ruleId}]`)}</failure>`);
      lines.push("    </testcase>");
    }
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>");
  return `${lines.join("\n")}
`;
};

// src/report/formatters/sarif.ts
var SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var MAX_TEXT = 1024;
var ruleName = (id) => id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]?.toUpperCase() + w.slice(1)).join("");
var clip2 = (s) => s.length <= MAX_TEXT ? s : `${s.slice(0, MAX_TEXT - 1)}\u2026`;
function reportingDescriptor(rule) {
  const full = [rule.calico, rule.remediation].filter((s) => Boolean(s)).join(" ");
  const helpText = [rule.description, rule.remediation, `Documentation: ${rule.docsUrl}`].filter(Boolean).join("\n\n");
  const helpMarkdown = [rule.description, rule.remediation, `[Documentation of \`${rule.id}\`](${rule.docsUrl})`].filter(Boolean).join("\n\n");
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: clip2(rule.description) },
    fullDescription: { text: clip2(full || rule.description) },
    helpUri: rule.docsUrl,
    help: { text: helpText, markdown: helpMarkdown },
    defaultConfiguration: { level: rule.defaultSeverity },
    properties: { tags: ["calico", "ipam", "kubernetes"], precision: "very-high", "problem.severity": rule.defaultSeverity === "error" ? "error" : "warning" }
  };
}
function artifactLocation(file, ctx) {
  const p = repoPath(file, ctx);
  return "relative" in p ? { uri: encodeUriPath(p.relative), uriBaseId: SRCROOT } : { uri: fileUri(p.absolute) };
}
function region(f) {
  const endLine = Math.max(f.line, f.endLine);
  const endColumn = endLine === f.line ? Math.max(f.column, f.endColumn) : Math.max(1, f.endColumn);
  return { startLine: f.line, startColumn: f.column, endLine, endColumn };
}
function physicalLocation(f, ctx) {
  return { physicalLocation: { artifactLocation: artifactLocation(f.file, ctx), region: region(f) } };
}
var sarif = (results, ctx) => {
  const rules = [...ctx.rules.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const known = new Set(rules.map((r) => r.id));
  for (const r of results)
    for (const f of r.findings)
      if (!known.has(f.ruleId)) {
        known.add(f.ruleId);
        rules.push({ id: f.ruleId, description: f.ruleId, defaultSeverity: f.severity, docsUrl: docsUrl(f.ruleId) });
      }
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap(
    (r) => r.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? 0,
      level: f.severity,
      message: { text: f.message },
      locations: [physicalLocation(f, ctx)],
      ...f.related && f.related.length > 0 ? { relatedLocations: f.related.map((rel, i) => ({ id: i + 1, ...physicalLocation(rel, ctx), message: { text: rel.message } })) } : {}
    }))
  );
  const root = ctx.sourceRoot ?? ctx.cwd;
  const log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "calico-ipam-lint",
            informationUri: REPOSITORY,
            version: VERSION,
            semanticVersion: VERSION,
            rules: rules.map(reportingDescriptor)
          }
        },
        invocations: [{ executionSuccessful: true, workingDirectory: { uri: fileUri(ctx.cwd, true) } }],
        originalUriBaseIds: { [SRCROOT]: { uri: fileUri(root, true) } },
        columnKind: "utf16CodeUnits",
        results: sarifResults
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
};

// src/report/formatters/stylish.ts
import { isAbsolute as isAbsolute3, resolve as resolve4 } from "node:path";
import { stripVTControlCharacters } from "node:util";

// node_modules/eslint-formatter-pretty/index.js
import process8 from "node:process";
import path from "node:path";

// node_modules/chalk/source/vendor/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m = (offset = 0) => (red2, green2, blue2) => `\x1B[${38 + offset};2;${red2};${green2};${blue2}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red2, green2, blue2) {
        if (red2 === green2 && green2 === blue2) {
          if (red2 < 8) {
            return 16;
          }
          if (red2 > 248) {
            return 231;
          }
          return Math.round((red2 - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red2 / 255 * 5) + 6 * Math.round(green2 / 255 * 5) + Math.round(blue2 / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red2;
        let green2;
        let blue2;
        if (code >= 232) {
          red2 = ((code - 232) * 10 + 8) / 255;
          green2 = red2;
          blue2 = red2;
        } else {
          code -= 16;
          const remainder = code % 36;
          red2 = Math.floor(code / 36) / 5;
          green2 = Math.floor(remainder / 6) / 5;
          blue2 = remainder % 6 / 5;
        }
        const value = Math.max(red2, green2, blue2) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue2) << 2 | Math.round(green2) << 1 | Math.round(red2));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red2, green2, blue2) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red2, green2, blue2)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// node_modules/chalk/source/vendor/supports-color/index.js
import process2 from "node:process";
import os from "node:os";
import tty from "node:tty";
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process2.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
var { env } = process2;
var flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
  flagForceColor = 0;
} else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
  flagForceColor = 1;
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process2.platform === "win32") {
    const osRelease = os.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key) => key in env)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if (env.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var supportsColor = {
  stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
  stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
var supports_color_default = supportsColor;

// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
  let index = string.indexOf(substring);
  if (index === -1) {
    return string;
  }
  const substringLength = substring.length;
  let endIndex = 0;
  let returnValue = "";
  do {
    returnValue += string.slice(endIndex, index) + substring + replacer;
    endIndex = index + substringLength;
    index = string.indexOf(substring, endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}

// node_modules/chalk/source/index.js
var { stdout: stdoutColor, stderr: stderrColor } = supports_color_default;
var GENERATOR = /* @__PURE__ */ Symbol("GENERATOR");
var STYLER = /* @__PURE__ */ Symbol("STYLER");
var IS_EMPTY = /* @__PURE__ */ Symbol("IS_EMPTY");
var levelMapping = [
  "ansi",
  "ansi",
  "ansi256",
  "ansi16m"
];
var styles2 = /* @__PURE__ */ Object.create(null);
var applyOptions = (object, options = {}) => {
  if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
    throw new Error("The `level` option should be an integer from 0 to 3");
  }
  const colorLevel = stdoutColor ? stdoutColor.level : 0;
  object.level = options.level === void 0 ? colorLevel : options.level;
};
var chalkFactory = (options) => {
  const chalk2 = (...strings) => strings.join(" ");
  applyOptions(chalk2, options);
  Object.setPrototypeOf(chalk2, createChalk.prototype);
  return chalk2;
};
function createChalk(options) {
  return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansi_styles_default)) {
  styles2[styleName] = {
    get() {
      const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
      Object.defineProperty(this, styleName, { value: builder });
      return builder;
    }
  };
}
styles2.visible = {
  get() {
    const builder = createBuilder(this, this[STYLER], true);
    Object.defineProperty(this, "visible", { value: builder });
    return builder;
  }
};
var getModelAnsi = (model, level, type, ...arguments_) => {
  if (model === "rgb") {
    if (level === "ansi16m") {
      return ansi_styles_default[type].ansi16m(...arguments_);
    }
    if (level === "ansi256") {
      return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
    }
    return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
  }
  if (model === "hex") {
    return getModelAnsi("rgb", level, type, ...ansi_styles_default.hexToRgb(...arguments_));
  }
  return ansi_styles_default[type][model](...arguments_);
};
var usedModels = ["rgb", "hex", "ansi256"];
for (const model of usedModels) {
  styles2[model] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
  const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
  styles2[bgModel] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
}
var proto = Object.defineProperties(() => {
}, {
  ...styles2,
  level: {
    enumerable: true,
    get() {
      return this[GENERATOR].level;
    },
    set(level) {
      this[GENERATOR].level = level;
    }
  }
});
var createStyler = (open, close, parent) => {
  let openAll;
  let closeAll;
  if (parent === void 0) {
    openAll = open;
    closeAll = close;
  } else {
    openAll = parent.openAll + open;
    closeAll = close + parent.closeAll;
  }
  return {
    open,
    close,
    openAll,
    closeAll,
    parent
  };
};
var createBuilder = (self, _styler, _isEmpty) => {
  const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
  Object.setPrototypeOf(builder, proto);
  builder[GENERATOR] = self;
  builder[STYLER] = _styler;
  builder[IS_EMPTY] = _isEmpty;
  return builder;
};
var applyStyle = (self, string) => {
  if (self.level <= 0 || !string) {
    return self[IS_EMPTY] ? "" : string;
  }
  let styler = self[STYLER];
  if (styler === void 0) {
    return string;
  }
  const { openAll, closeAll } = styler;
  if (string.includes("\x1B")) {
    while (styler !== void 0) {
      string = stringReplaceAll(string, styler.close, styler.open);
      styler = styler.parent;
    }
  }
  const lfIndex = string.indexOf("\n");
  if (lfIndex !== -1) {
    string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
  }
  return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles2);
var chalk = createChalk();
var chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });
var source_default = chalk;

// node_modules/log-symbols/symbols.js
var symbols_exports = {};
__export(symbols_exports, {
  error: () => error,
  info: () => info,
  success: () => success,
  warning: () => warning
});

// node_modules/yoctocolors/base.js
import tty2 from "node:tty";
var hasColors = tty2?.WriteStream?.prototype?.hasColors?.() ?? false;
var format = (open, close) => {
  if (!hasColors) {
    return (input) => input;
  }
  const openCode = `\x1B[${open}m`;
  const closeCode = `\x1B[${close}m`;
  return (input) => {
    const string = input + "";
    let index = string.indexOf(closeCode);
    if (index === -1) {
      return openCode + string + closeCode;
    }
    let result = openCode;
    let lastIndex = 0;
    const reopenOnNestedClose = close === 22;
    const replaceCode = (reopenOnNestedClose ? closeCode : "") + openCode;
    while (index !== -1) {
      result += string.slice(lastIndex, index) + replaceCode;
      lastIndex = index + closeCode.length;
      index = string.indexOf(closeCode, lastIndex);
    }
    result += string.slice(lastIndex) + closeCode;
    return result;
  };
};
var reset = format(0, 0);
var bold = format(1, 22);
var dim = format(2, 22);
var italic = format(3, 23);
var underline = format(4, 24);
var underlineDouble = format("4:2", 24);
var underlineCurly = format("4:3", 24);
var underlineDotted = format("4:4", 24);
var underlineDashed = format("4:5", 24);
var overline = format(53, 55);
var inverse = format(7, 27);
var hidden = format(8, 28);
var strikethrough = format(9, 29);
var black = format(30, 39);
var red = format(31, 39);
var green = format(32, 39);
var yellow = format(33, 39);
var blue = format(34, 39);
var magenta = format(35, 39);
var cyan = format(36, 39);
var white = format(37, 39);
var gray = format(90, 39);
var bgBlack = format(40, 49);
var bgRed = format(41, 49);
var bgGreen = format(42, 49);
var bgYellow = format(43, 49);
var bgBlue = format(44, 49);
var bgMagenta = format(45, 49);
var bgCyan = format(46, 49);
var bgWhite = format(47, 49);
var bgGray = format(100, 49);
var redBright = format(91, 39);
var greenBright = format(92, 39);
var yellowBright = format(93, 39);
var blueBright = format(94, 39);
var magentaBright = format(95, 39);
var cyanBright = format(96, 39);
var whiteBright = format(97, 39);
var bgRedBright = format(101, 49);
var bgGreenBright = format(102, 49);
var bgYellowBright = format(103, 49);
var bgBlueBright = format(104, 49);
var bgMagentaBright = format(105, 49);
var bgCyanBright = format(106, 49);
var bgWhiteBright = format(107, 49);
var underlineBlack = format("58;5;0", 59);
var underlineRed = format("58;5;1", 59);
var underlineGreen = format("58;5;2", 59);
var underlineYellow = format("58;5;3", 59);
var underlineBlue = format("58;5;4", 59);
var underlineMagenta = format("58;5;5", 59);
var underlineCyan = format("58;5;6", 59);
var underlineWhite = format("58;5;7", 59);
var underlineGray = format("58;5;8", 59);
var underlineRedBright = format("58;5;9", 59);
var underlineGreenBright = format("58;5;10", 59);
var underlineYellowBright = format("58;5;11", 59);
var underlineBlueBright = format("58;5;12", 59);
var underlineMagentaBright = format("58;5;13", 59);
var underlineCyanBright = format("58;5;14", 59);
var underlineWhiteBright = format("58;5;15", 59);

// node_modules/is-unicode-supported/index.js
import process3 from "node:process";
function isUnicodeSupported() {
  const { env: env3 } = process3;
  const { TERM, TERM_PROGRAM } = env3;
  if (process3.platform !== "win32") {
    return TERM !== "linux";
  }
  return Boolean(env3.WT_SESSION) || Boolean(env3.TERMINUS_SUBLIME) || env3.ConEmuTask === "{cmd::Cmder}" || TERM_PROGRAM === "Terminus-Sublime" || TERM_PROGRAM === "vscode" || TERM === "xterm-256color" || TERM === "alacritty" || TERM === "rxvt-unicode" || TERM === "rxvt-unicode-256color" || env3.TERMINAL_EMULATOR === "JetBrains-JediTerm";
}

// node_modules/log-symbols/symbols.js
var _isUnicodeSupported = isUnicodeSupported();
var info = blue(_isUnicodeSupported ? "\u2139" : "i");
var success = green(_isUnicodeSupported ? "\u2714" : "\u221A");
var warning = yellow(_isUnicodeSupported ? "\u26A0" : "\u203C");
var error = red(_isUnicodeSupported ? "\u2716" : "\xD7");

// node_modules/plur/index.js
var import_irregular_plurals = __toESM(require_irregular_plurals2(), 1);
function plur(word, plural3, count) {
  if (typeof plural3 === "number") {
    count = plural3;
  }
  if (import_irregular_plurals.default.has(word.toLowerCase())) {
    plural3 = import_irregular_plurals.default.get(word.toLowerCase());
    const firstLetter = word.charAt(0);
    const isFirstLetterUpperCase = firstLetter === firstLetter.toUpperCase();
    if (isFirstLetterUpperCase) {
      plural3 = firstLetter + plural3.slice(1);
    }
    const isWholeWordUpperCase = word === word.toUpperCase();
    if (isWholeWordUpperCase) {
      plural3 = plural3.toUpperCase();
    }
  } else if (typeof plural3 !== "string") {
    plural3 = (word.replace(/(?:s|x|z|ch|sh)$/i, "$&e").replace(/([^aeiou])y$/i, "$1ie") + "s").replace(/i?e?s$/i, (match) => {
      const isTailLowerCase = word.slice(-1) === word.slice(-1).toLowerCase();
      return isTailLowerCase ? match.toLowerCase() : match.toUpperCase();
    });
  }
  return Math.abs(count) === 1 ? word : plural3;
}

// node_modules/ansi-regex/index.js
var ST = String.raw`(?:\u001B\u005C|\u009C)`;
var stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
var osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
var controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
var linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
var csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
var escape2 = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
var pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape2}`;
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}

// node_modules/strip-ansi/index.js
var regex = ansiRegex();
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("\x9B")) {
    return string;
  }
  return string.replace(regex, "");
}

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint = 161;
var ambiguousMaximumCodePoint = 1114109;
var ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
var fullwidthMinimalCodePoint = 12288;
var fullwidthMaximumCodePoint = 65510;
var fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
var wideMinimalCodePoint = 4352;
var wideMaximumCodePoint = 262141;
var wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

// node_modules/get-east-asian-width/utilities.js
var isInRange = (ranges, codePoint) => {
  let low = 0;
  let high = Math.floor(ranges.length / 2) - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const i = mid * 2;
    if (codePoint < ranges[i]) {
      high = mid - 1;
    } else if (codePoint > ranges[i + 1]) {
      low = mid + 1;
    } else {
      return true;
    }
  }
  return false;
};

// node_modules/get-east-asian-width/lookup.js
var commonCjkCodePoint = 19968;
var [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var isAmbiguous = (codePoint) => {
  if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
    return false;
  }
  return isInRange(ambiguousRanges, codePoint);
};
var isFullwidth = (codePoint) => {
  if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
    return false;
  }
  return isInRange(fullwidthRanges, codePoint);
};
var isWide = (codePoint) => {
  if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
    return true;
  }
  if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
    return false;
  }
  return isInRange(wideRanges, codePoint);
};

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}

// node_modules/string-width/index.js
var segmenter = new Intl.Segmenter();
var visibleCharacterRegex = new RegExp("[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]", "v");
var spacingMarkRegex = new RegExp("\\p{Spacing_Mark}", "v");
var rgiEmojiRegex = new RegExp("^\\p{RGI_Emoji}$", "v");
var unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
var extendedPictographicRegex = new RegExp("\\p{Extended_Pictographic}", "gu");
function isDoubleWidthNonRgiEmojiSequence(segment) {
  if (segment.length > 50) {
    return false;
  }
  if (unqualifiedKeycapRegex.test(segment)) {
    return true;
  }
  if (segment.includes("\u200D")) {
    const pictographics = segment.match(extendedPictographicRegex);
    return pictographics !== null && pictographics.length >= 2;
  }
  return false;
}
function baseVisible(segment) {
  const index = segment.search(visibleCharacterRegex);
  return index === -1 ? void 0 : segment.slice(index);
}
function isHangulLeadingJamo(codePoint) {
  return codePoint >= 4352 && codePoint <= 4447 || codePoint >= 43360 && codePoint <= 43388;
}
function isHangulVowelJamo(codePoint) {
  return codePoint >= 4448 && codePoint <= 4519 || codePoint >= 55216 && codePoint <= 55238;
}
function isHangulTrailingJamo(codePoint) {
  return codePoint >= 4520 && codePoint <= 4607 || codePoint >= 55243 && codePoint <= 55291;
}
function isHangulJamo(codePoint) {
  return isHangulLeadingJamo(codePoint) || isHangulVowelJamo(codePoint) || isHangulTrailingJamo(codePoint);
}
function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
  const codePoints = [];
  for (const character of visibleSegment) {
    if (!visibleCharacterRegex.test(character)) {
      continue;
    }
    codePoints.push(character.codePointAt(0));
  }
  if (codePoints.length === 0) {
    return void 0;
  }
  let width = 0;
  for (let index = 0; index < codePoints.length; index++) {
    const codePoint = codePoints[index];
    if (!isHangulJamo(codePoint)) {
      if (width === 0) {
        return void 0;
      }
      for (let remaining = index; remaining < codePoints.length; remaining++) {
        width += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
      }
      return width;
    }
    if (isHangulLeadingJamo(codePoint) && isHangulVowelJamo(codePoints[index + 1])) {
      width += 2;
      index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
      continue;
    }
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width;
}
function trailingWidth(visibleSegment, eastAsianWidthOptions) {
  let extra = 0;
  let first = true;
  for (const character of visibleSegment) {
    if (first) {
      first = false;
      continue;
    }
    if (spacingMarkRegex.test(character) || character >= "\uFF00" && character <= "\uFFEF") {
      extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
    }
  }
  return extra;
}
function stringWidth(input, options = {}) {
  if (typeof input !== "string" || input.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  let string = input;
  if (!countAnsiEscapeCodes && (string.includes("\x1B") || string.includes("\x9B"))) {
    string = stripAnsi(string);
  }
  if (string.length === 0) {
    return 0;
  }
  if (/^[\u0020-\u007E]*$/.test(string)) {
    return string.length;
  }
  let width = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment } of segmenter.segment(string)) {
    const visibleSegment = baseVisible(segment);
    if (visibleSegment === void 0) {
      continue;
    }
    if (rgiEmojiRegex.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
      width += 2;
      continue;
    }
    const hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
    if (hangulWidth !== void 0) {
      width += hangulWidth;
      continue;
    }
    const codePoint = visibleSegment.codePointAt(0);
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
    width += trailingWidth(visibleSegment, eastAsianWidthOptions);
  }
  return width;
}

// node_modules/ansi-escapes/base.js
var base_exports = {};
__export(base_exports, {
  ConEmu: () => ConEmu,
  beep: () => beep,
  beginSynchronizedOutput: () => beginSynchronizedOutput,
  clearScreen: () => clearScreen,
  clearTerminal: () => clearTerminal,
  clearViewport: () => clearViewport,
  cursorBackward: () => cursorBackward,
  cursorDown: () => cursorDown,
  cursorForward: () => cursorForward,
  cursorGetPosition: () => cursorGetPosition,
  cursorHide: () => cursorHide,
  cursorLeft: () => cursorLeft,
  cursorMove: () => cursorMove,
  cursorNextLine: () => cursorNextLine,
  cursorPrevLine: () => cursorPrevLine,
  cursorRestorePosition: () => cursorRestorePosition,
  cursorSavePosition: () => cursorSavePosition,
  cursorShow: () => cursorShow,
  cursorTo: () => cursorTo,
  cursorUp: () => cursorUp,
  endSynchronizedOutput: () => endSynchronizedOutput,
  enterAlternativeScreen: () => enterAlternativeScreen,
  eraseDown: () => eraseDown,
  eraseEndLine: () => eraseEndLine,
  eraseLine: () => eraseLine,
  eraseLines: () => eraseLines,
  eraseScreen: () => eraseScreen,
  eraseStartLine: () => eraseStartLine,
  eraseUp: () => eraseUp,
  exitAlternativeScreen: () => exitAlternativeScreen,
  iTerm: () => iTerm,
  image: () => image,
  link: () => link,
  scrollDown: () => scrollDown,
  scrollUp: () => scrollUp,
  setCwd: () => setCwd,
  synchronizedOutput: () => synchronizedOutput
});
import process4 from "node:process";
import os2 from "node:os";

// node_modules/environment/index.js
var isBrowser = globalThis.window?.document !== void 0;
var isNode = globalThis.process?.versions?.node !== void 0;
var isBun = globalThis.process?.versions?.bun !== void 0;
var isDeno = globalThis.Deno?.version?.deno !== void 0;
var isElectron = globalThis.process?.versions?.electron !== void 0;
var isJsDom = globalThis.navigator?.userAgent?.includes("jsdom") === true;
var isWebWorker = typeof WorkerGlobalScope !== "undefined" && globalThis instanceof WorkerGlobalScope;
var isDedicatedWorker = typeof DedicatedWorkerGlobalScope !== "undefined" && globalThis instanceof DedicatedWorkerGlobalScope;
var isSharedWorker = typeof SharedWorkerGlobalScope !== "undefined" && globalThis instanceof SharedWorkerGlobalScope;
var isServiceWorker = typeof ServiceWorkerGlobalScope !== "undefined" && globalThis instanceof ServiceWorkerGlobalScope;
var platform = globalThis.navigator?.userAgentData?.platform;
var isMacOs = platform === "macOS" || globalThis.navigator?.platform === "MacIntel" || globalThis.navigator?.userAgent?.includes(" Mac ") === true || globalThis.process?.platform === "darwin";
var isWindows = platform === "Windows" || globalThis.navigator?.platform === "Win32" || globalThis.process?.platform === "win32";
var isLinux = platform === "Linux" || globalThis.navigator?.platform?.startsWith("Linux") === true || globalThis.navigator?.userAgent?.includes(" Linux ") === true || globalThis.process?.platform === "linux";
var isIos = platform === "iOS" || globalThis.navigator?.platform === "MacIntel" && globalThis.navigator?.maxTouchPoints > 1 || /iPad|iPhone|iPod/.test(globalThis.navigator?.platform);
var isAndroid = platform === "Android" || globalThis.navigator?.platform === "Android" || globalThis.navigator?.userAgent?.includes(" Android ") === true || globalThis.process?.platform === "android";

// node_modules/ansi-escapes/base.js
var ESC = "\x1B[";
var OSC = "\x1B]";
var BEL = "\x07";
var SEP = ";";
var isTerminalApp = !isBrowser && process4.env.TERM_PROGRAM === "Apple_Terminal";
var isWindows2 = !isBrowser && process4.platform === "win32";
var isTmux = !isBrowser && (process4.env.TERM?.startsWith("screen") || process4.env.TERM?.startsWith("tmux") || process4.env.TMUX !== void 0);
var cwdFunction = isBrowser ? () => {
  throw new Error("`process.cwd()` only works in Node.js, not the browser.");
} : process4.cwd;
var wrapOsc = (sequence) => {
  if (isTmux) {
    return "\x1BPtmux;" + sequence.replaceAll("\x1B", "\x1B\x1B") + "\x1B\\";
  }
  return sequence;
};
var cursorTo = (x, y) => {
  if (typeof x !== "number") {
    throw new TypeError("The `x` argument is required");
  }
  if (typeof y !== "number") {
    return ESC + (x + 1) + "G";
  }
  return ESC + (y + 1) + SEP + (x + 1) + "H";
};
var cursorMove = (x, y) => {
  if (typeof x !== "number") {
    throw new TypeError("The `x` argument is required");
  }
  let returnValue = "";
  if (x < 0) {
    returnValue += ESC + -x + "D";
  } else if (x > 0) {
    returnValue += ESC + x + "C";
  }
  if (y < 0) {
    returnValue += ESC + -y + "A";
  } else if (y > 0) {
    returnValue += ESC + y + "B";
  }
  return returnValue;
};
var cursorUp = (count = 1) => ESC + count + "A";
var cursorDown = (count = 1) => ESC + count + "B";
var cursorForward = (count = 1) => ESC + count + "C";
var cursorBackward = (count = 1) => ESC + count + "D";
var cursorLeft = ESC + "G";
var cursorSavePosition = isTerminalApp ? "\x1B7" : ESC + "s";
var cursorRestorePosition = isTerminalApp ? "\x1B8" : ESC + "u";
var cursorGetPosition = ESC + "6n";
var cursorNextLine = ESC + "E";
var cursorPrevLine = ESC + "F";
var cursorHide = ESC + "?25l";
var cursorShow = ESC + "?25h";
var eraseLines = (count) => {
  let clear = "";
  for (let i = 0; i < count; i++) {
    clear += eraseLine + (i < count - 1 ? cursorUp() : "");
  }
  if (count) {
    clear += cursorLeft;
  }
  return clear;
};
var eraseEndLine = ESC + "K";
var eraseStartLine = ESC + "1K";
var eraseLine = ESC + "2K";
var eraseDown = ESC + "J";
var eraseUp = ESC + "1J";
var eraseScreen = ESC + "2J";
var scrollUp = ESC + "S";
var scrollDown = ESC + "T";
var clearScreen = "\x1Bc";
var clearViewport = `${eraseScreen}${ESC}H`;
var isOldWindows = () => {
  if (isBrowser || !isWindows2) {
    return false;
  }
  const parts = os2.release().split(".");
  const major = Number(parts[0]);
  const build = Number(parts[2] ?? 0);
  if (major < 10) {
    return true;
  }
  if (major === 10 && build < 10586) {
    return true;
  }
  return false;
};
var clearTerminal = isOldWindows() ? `${eraseScreen}${ESC}0f` : `${eraseScreen}${ESC}3J${ESC}H`;
var enterAlternativeScreen = ESC + "?1049h";
var exitAlternativeScreen = ESC + "?1049l";
var beginSynchronizedOutput = ESC + "?2026h";
var endSynchronizedOutput = ESC + "?2026l";
var synchronizedOutput = (text2) => beginSynchronizedOutput + text2 + endSynchronizedOutput;
var beep = BEL;
var link = (text2, url) => {
  const openLink = wrapOsc(`${OSC}8${SEP}${SEP}${url}${BEL}`);
  const closeLink = wrapOsc(`${OSC}8${SEP}${SEP}${BEL}`);
  return openLink + text2 + closeLink;
};
var image = (data, options = {}) => {
  let returnValue = `${OSC}1337;File=inline=1`;
  if (options.width) {
    returnValue += `;width=${options.width}`;
  }
  if (options.height) {
    returnValue += `;height=${options.height}`;
  }
  if (options.preserveAspectRatio === false) {
    returnValue += ";preserveAspectRatio=0";
  }
  const imageBuffer = Buffer.from(data);
  return wrapOsc(returnValue + `;size=${imageBuffer.byteLength}:` + imageBuffer.toString("base64") + BEL);
};
var iTerm = {
  setCwd: (cwd = cwdFunction()) => wrapOsc(`${OSC}50;CurrentDir=${cwd}${BEL}`),
  annotation(message, options = {}) {
    let returnValue = `${OSC}1337;`;
    const hasX = options.x !== void 0;
    const hasY = options.y !== void 0;
    if ((hasX || hasY) && !(hasX && hasY && options.length !== void 0)) {
      throw new Error("`x`, `y` and `length` must be defined when `x` or `y` is defined");
    }
    message = message.replaceAll("|", "");
    returnValue += options.isHidden ? "AddHiddenAnnotation=" : "AddAnnotation=";
    if (options.length > 0) {
      returnValue += (hasX ? [message, options.length, options.x, options.y] : [options.length, message]).join("|");
    } else {
      returnValue += message;
    }
    return wrapOsc(returnValue + BEL);
  }
};
var ConEmu = {
  setCwd: (cwd = cwdFunction()) => wrapOsc(`${OSC}9;9;${cwd}${BEL}`)
};
var setCwd = (cwd = cwdFunction()) => iTerm.setCwd(cwd) + ConEmu.setCwd(cwd);

// node_modules/supports-hyperlinks/index.js
import process7 from "node:process";

// node_modules/supports-color/index.js
import process5 from "node:process";
import os3 from "node:os";
import tty3 from "node:tty";
function hasFlag2(flag, argv = globalThis.Deno ? globalThis.Deno.args : process5.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
var { env: env2 } = process5;
var flagForceColor2;
if (hasFlag2("no-color") || hasFlag2("no-colors") || hasFlag2("color=false") || hasFlag2("color=never")) {
  flagForceColor2 = 0;
} else if (hasFlag2("color") || hasFlag2("colors") || hasFlag2("color=true") || hasFlag2("color=always")) {
  flagForceColor2 = 1;
}
function envForceColor2() {
  if (!("FORCE_COLOR" in env2)) {
    return;
  }
  if (env2.FORCE_COLOR === "true") {
    return 1;
  }
  if (env2.FORCE_COLOR === "false") {
    return 0;
  }
  if (env2.FORCE_COLOR.length === 0) {
    return 1;
  }
  const level = Math.min(Number.parseInt(env2.FORCE_COLOR, 10), 3);
  if (![0, 1, 2, 3].includes(level)) {
    return;
  }
  return level;
}
function translateLevel2(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor2(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor2();
  if (noFlagForceColor !== void 0) {
    flagForceColor2 = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor2 : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag2("color=16m") || hasFlag2("color=full") || hasFlag2("color=truecolor")) {
      return 3;
    }
    if (hasFlag2("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env2 && "AGENT_NAME" in env2) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env2.TERM === "dumb") {
    return min;
  }
  if (process5.platform === "win32") {
    const osRelease = os3.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env2) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key) => key in env2)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env2) || env2.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env2) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env2.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env2.COLORTERM === "truecolor") {
    return 3;
  }
  if (env2.TERM === "xterm-kitty") {
    return 3;
  }
  if (env2.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env2.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env2) {
    const version = Number.parseInt((env2.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env2.TERM_PROGRAM) {
      case "iTerm.app": {
        return version >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env2.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env2.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env2) {
    return 1;
  }
  return min;
}
function createSupportsColor2(stream, options = {}) {
  const level = _supportsColor2(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel2(level);
}
var supportsColor2 = {
  stdout: createSupportsColor2({ isTTY: tty3.isatty(1) }),
  stderr: createSupportsColor2({ isTTY: tty3.isatty(2) })
};

// node_modules/has-flag/index.js
import process6 from "process";
function hasFlag3(flag, argv = process6.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}

// node_modules/supports-hyperlinks/index.js
function parseVersion(versionString = "") {
  if (/^\d{3,4}$/.test(versionString)) {
    const match = /(\d{1,2})(\d{2})/.exec(versionString) ?? [];
    return {
      major: 0,
      minor: Number.parseInt(match[1], 10),
      patch: Number.parseInt(match[2], 10)
    };
  }
  const versions = (versionString ?? "").split(".").map((n) => Number.parseInt(n, 10));
  return {
    major: versions[0],
    minor: versions[1],
    patch: versions[2]
  };
}
function createSupportsHyperlinks(stream) {
  const {
    CI,
    CURSOR_TRACE_ID,
    FORCE_HYPERLINK,
    NETLIFY,
    TEAMCITY_VERSION,
    TERM_PROGRAM,
    TERM_PROGRAM_VERSION,
    VTE_VERSION,
    TERM
  } = process7.env;
  if (FORCE_HYPERLINK) {
    return !(FORCE_HYPERLINK.length > 0 && Number.parseInt(FORCE_HYPERLINK, 10) === 0);
  }
  if (hasFlag3("no-hyperlink") || hasFlag3("no-hyperlinks") || hasFlag3("hyperlink=false") || hasFlag3("hyperlink=never")) {
    return false;
  }
  if (hasFlag3("hyperlink=true") || hasFlag3("hyperlink=always")) {
    return true;
  }
  if (NETLIFY) {
    return true;
  }
  if (!createSupportsColor2(stream)) {
    return false;
  }
  if (stream && !stream.isTTY) {
    return false;
  }
  if ("WT_SESSION" in process7.env) {
    return true;
  }
  if (process7.platform === "win32") {
    return false;
  }
  if (CI) {
    return false;
  }
  if (TEAMCITY_VERSION) {
    return false;
  }
  if (TERM_PROGRAM) {
    const version = parseVersion(TERM_PROGRAM_VERSION);
    switch (TERM_PROGRAM) {
      case "iTerm.app": {
        if (version.major === 3) {
          return version.minor >= 1;
        }
        return version.major > 3;
      }
      case "WezTerm": {
        if (/^0-unstable-\d{4}-\d{2}-\d{2}$/.test(TERM_PROGRAM_VERSION)) {
          const date = TERM_PROGRAM_VERSION.slice("0-unstable-".length);
          return date >= "2020-06-20";
        }
        return version.major >= 20200620;
      }
      case "vscode": {
        if (CURSOR_TRACE_ID) {
          return true;
        }
        return version.major > 1 || version.major === 1 && version.minor >= 72;
      }
      case "ghostty": {
        return true;
      }
      case "zed": {
        return true;
      }
      case "Orca": {
        return true;
      }
      case "WarpTerminal": {
        return true;
      }
    }
  }
  if (VTE_VERSION) {
    if (VTE_VERSION === "0.50.0") {
      return false;
    }
    const version = parseVersion(VTE_VERSION);
    return version.major > 0 || version.minor >= 50;
  }
  switch (TERM) {
    case "alacritty": {
      return true;
    }
    case "xterm-kitty": {
      return true;
    }
  }
  return false;
}
var supportsHyperlinks = {
  stdout: createSupportsHyperlinks(process7.stdout),
  stderr: createSupportsHyperlinks(process7.stderr)
};

// node_modules/eslint-formatter-pretty/index.js
var import_eslint_rule_docs = __toESM(require_eslint_rule_docs(), 1);
function sortResults(results) {
  return results.sort((a, b) => {
    if (a.errorCount === b.errorCount) {
      return b.warningCount - a.warningCount;
    }
    if (a.errorCount === 0) {
      return -1;
    }
    if (b.errorCount === 0) {
      return 1;
    }
    return b.errorCount - a.errorCount;
  });
}
function sortMessages(messages) {
  return messages.sort((a, b) => {
    if (a.fatal === b.fatal && a.severity === b.severity) {
      if (a.line === b.line) {
        return a.column < b.column ? -1 : 1;
      }
      return a.line < b.line ? -1 : 1;
    }
    if ((a.fatal || a.severity === 2) && (!b.fatal || b.severity !== 2)) {
      return 1;
    }
    return -1;
  });
}
function formatMessage(message) {
  return message.replaceAll(/\B`(.*?)`\B|\B'(.*?)'\B/g, (m, p1, p2) => source_default.bold(p1 ?? p2));
}
function getRuleUrl(ruleId, data) {
  try {
    return data.rulesMeta[ruleId].docs.url;
  } catch {
    try {
      return (0, import_eslint_rule_docs.default)(ruleId).url;
    } catch {
      return void 0;
    }
  }
}
function formatHeader(filePath, firstErrorOrWarning) {
  return {
    type: "header",
    filePath,
    relativeFilePath: path.relative(".", filePath),
    firstLineCol: firstErrorOrWarning.line && firstErrorOrWarning.column ? firstErrorOrWarning.line + ":" + firstErrorOrWarning.column : ""
  };
}
function formatOutputLine(line, options) {
  const { maxLineWidth, maxColumnWidth, maxMessageWidth, showLineNumbers, data } = options;
  if (line.type === "header") {
    if (createSupportsHyperlinks(process8.stdout) && process8.env.TERM_PROGRAM !== "iTerm.app" && process8.env.TERM_PROGRAM !== "vscode") {
      const fileName2 = source_default.underline(line.relativeFilePath);
      const encodedPath = encodeURI(line.filePath);
      const fileUrl = `file://${encodedPath}`;
      return "  " + base_exports.link(fileName2, fileUrl);
    }
    const fileName = source_default.underline(line.relativeFilePath);
    const position = line.firstLineCol ? source_default.hidden.dim.gray(`:${line.firstLineCol}`) : "";
    return "  " + fileName + position;
  }
  if (line.type === "message") {
    const ruleUrl = getRuleUrl(line.ruleId, data);
    const outputLine = [
      "",
      line.severity === "warning" ? symbols_exports.warning : symbols_exports.error,
      " ".repeat(maxLineWidth - line.lineWidth) + source_default.dim(line.line + source_default.gray(":") + line.column),
      " ".repeat(maxColumnWidth - line.columnWidth) + line.message,
      " ".repeat(maxMessageWidth - line.messageWidth) + (ruleUrl && createSupportsHyperlinks(process8.stdout) ? base_exports.link(source_default.dim(line.ruleId), ruleUrl) : source_default.dim(line.ruleId))
    ];
    if (!showLineNumbers) {
      outputLine.splice(2, 1);
    }
    return outputLine.join("  ");
  }
  return "";
}
function eslintFormatterPretty(results, data) {
  const lines = [];
  let errorCount = 0;
  let warningCount = 0;
  let maxLineWidth = 0;
  let maxColumnWidth = 0;
  let maxMessageWidth = 0;
  let showLineNumbers = false;
  for (const result of sortResults(results)) {
    const { messages, filePath } = result;
    if (messages.length === 0) {
      continue;
    }
    errorCount += result.errorCount;
    warningCount += result.warningCount;
    if (lines.length > 0) {
      lines.push({ type: "separator" });
    }
    const firstErrorOrWarning = messages.find(({ severity }) => severity === 2) ?? messages[0];
    lines.push(formatHeader(filePath, firstErrorOrWarning));
    for (const x of sortMessages(messages)) {
      let { message } = x;
      message = formatMessage(message);
      const line = String(x.line ?? 0);
      const column = String(x.column ?? 0);
      const lineWidth = stringWidth(line);
      const columnWidth = stringWidth(column);
      const messageWidth = stringWidth(message);
      maxLineWidth = Math.max(lineWidth, maxLineWidth);
      maxColumnWidth = Math.max(columnWidth, maxColumnWidth);
      maxMessageWidth = Math.max(messageWidth, maxMessageWidth);
      showLineNumbers ||= x.line || x.column;
      lines.push({
        type: "message",
        severity: x.fatal || x.severity === 2 || x.severity === "error" ? "error" : "warning",
        line,
        lineWidth,
        column,
        columnWidth,
        message,
        messageWidth,
        ruleId: x.ruleId ?? ""
      });
    }
  }
  let output = "\n";
  if (process8.stdout.isTTY && !process8.env.CI && process8.env.TERM_PROGRAM === "iTerm.app") {
    output += base_exports.iTerm.setCwd();
  }
  output += lines.map((x) => formatOutputLine(x, {
    maxLineWidth,
    maxColumnWidth,
    maxMessageWidth,
    showLineNumbers,
    data
  })).join("\n") + "\n\n";
  if (warningCount > 0) {
    output += "  " + source_default.yellow(`${warningCount} ${plur("warning", warningCount)}`) + "\n";
  }
  if (errorCount > 0) {
    output += "  " + source_default.red(`${errorCount} ${plur("error", errorCount)}`) + "\n";
  }
  return errorCount + warningCount > 0 ? output : "";
}

// src/report/formatters/stylish.ts
var stylish = (results, ctx) => {
  const withFindings = results.filter((r) => r.findings.length > 0);
  const rulesMeta = {};
  for (const [id, info2] of ctx.rules) rulesMeta[id] = { docs: { url: info2.docsUrl } };
  const eslintResults = withFindings.map((r) => ({
    filePath: isAbsolute3(r.file) ? r.file : resolve4(ctx.cwd, r.file),
    messages: r.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity === "error" ? 2 : 1,
      message: f.message,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn
    })),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    suppressedMessages: [],
    usedDeprecatedRules: []
  }));
  const out = eslintFormatterPretty(eslintResults, { cwd: ctx.cwd, rulesMeta });
  return ctx.color ? out : stripVTControlCharacters(out);
};

// src/report/formatters/index.ts
var FORMATTERS = { stylish, json, sarif, github, junit };

// src/report/summary.ts
var SUMMARY_LIMIT = 1024 * 1024;
export {
  FORMATTERS,
  RULES,
  VERSION,
  lintPaths,
  lintSources,
  lintText,
  parseSource,
  ruleInfo
};

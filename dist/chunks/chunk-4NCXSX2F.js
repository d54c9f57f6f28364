import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import {
  BLOCK_SIZE_RANGE,
  CALICO_PREFIX,
  CNI_ONLY,
  DEFAULT_BLOCK_SIZE,
  DEFAULT_SETTINGS,
  KNOWN_KEYS,
  LINK_LOCAL,
  LIST_KEYS,
  LineIndex,
  NAMESPACE_KEYS,
  OPERATOR_DEFAULT_POOL_NAME,
  OUTPUT_KEYS,
  apiGroup,
  asSeq,
  atPointer,
  bitsOf,
  buildModel,
  calicoIpamRuns,
  cidrString,
  collectObjects,
  contains,
  effectiveBlockSize,
  entry,
  evaluate,
  get,
  goUnmarshalStringList,
  innerSpan,
  installationCniType,
  ipPoolsIn,
  ipString,
  isSet,
  kindNodeCount,
  lastOf,
  maskOf,
  overlaps,
  parseCIDR,
  parseCIDROrIP,
  parseIP,
  parseSelector,
  parseSource,
  poolRequests,
  sameCIDR,
  sameWorkload,
  shortKey,
  sizeOf,
  staticIPs,
  str,
  toPlain,
  unreadableSource,
  within,
  workloadKind
} from "./chunk-PJOHWLWG.js";
import {
  VERSION,
  docsUrl
} from "./chunk-KFKEVZ4F.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-UZMCNIHN.js";

// lazy-package:ajv
var require_ajv = __commonJS({
  "lazy-package:ajv"(exports, module) {
    var real;
    var load = () => real ??= (0, __require)("./ajv.cjs");
    var KEYS = ['{"$id":"calico-ipam-lint/installation-pool","type":"object","required":["cidr"],"additionalProperties":false,"properties":{"name":{"type":"string"},"cidr":{"type":"string"},"encapsulation":{"type":"string","enum":["IPIPCrossSubnet","IPIP","VXLAN","VXLANCrossSubnet","None"]},"natOutgoing":{"type":"string","enum":["Enabled","Disabled"]},"nodeSelector":{"type":"string"},"blockSize":{"type":"integer"},"disableBGPExport":{"type":"boolean"},"disableNewAllocations":{"type":"boolean"},"allowedUses":{"type":"array","items":{"type":"string","enum":["Workload","Tunnel","LoadBalancer"]}},"assignmentMode":{"type":"string","enum":["Automatic","Manual"]}}}', '{"$id":"calico-ipam-lint/ippool-spec","type":"object","required":["cidr"],"additionalProperties":false,"properties":{"allowedUses":{"items":{"type":"string"},"maxItems":10,"type":"array"},"assignmentMode":{"enum":["Automatic","Manual"],"type":"string"},"blockSize":{"type":"integer"},"cidr":{"maxLength":48,"type":"string"},"disableBGPExport":{"type":"boolean"},"disabled":{"type":"boolean"},"ipipMode":{"enum":["","Never","Always","CrossSubnet"],"type":"string"},"namespaceSelector":{"type":"string","maxLength":1024},"natOutgoing":{"type":"boolean"},"nodeSelector":{"type":"string","maxLength":1024},"vxlanMode":{"enum":["","Never","Always","CrossSubnet"],"type":"string"},"ipip":{"type":"object"},"nat-outgoing":{"type":"boolean"}}}', '{"$id":"calico-ipam-lint/ippool-spec-enterprise","type":"object","required":["cidr"],"additionalProperties":false,"properties":{"allowedUses":{"items":{"type":"string"},"maxItems":10,"type":"array"},"assignmentMode":{"enum":["Automatic","Manual"],"type":"string"},"blockSize":{"type":"integer"},"cidr":{"maxLength":48,"type":"string"},"disableBGPExport":{"type":"boolean"},"disabled":{"type":"boolean"},"ipipMode":{"enum":["","Never","Always","CrossSubnet"],"type":"string"},"namespaceSelector":{"type":"string","maxLength":1024},"natOutgoing":{"type":"boolean"},"nodeSelector":{"type":"string","maxLength":1024},"vxlanMode":{"enum":["","Never","Always","CrossSubnet"],"type":"string"},"ipip":{"type":"object"},"nat-outgoing":{"type":"boolean"},"awsSubnetID":{"type":"string"}}}', '{"$id":"calico-ipam-lint/ipreservation-spec","type":"object","additionalProperties":false,"properties":{"reservedCIDRs":{"items":{"type":"string"},"type":"array"}}}'];
    var OPTIONS = '{"allErrors":true,"strict":false,"validateSchema":false}';
    var validators2;
    var Ajv = class {
      constructor(options) {
        this.options = options;
      }
      compile(schema) {
        const i = JSON.stringify(this.options ?? {}) === OPTIONS ? KEYS.indexOf(JSON.stringify(schema)) : -1;
        if (i !== -1) return (validators2 ??= (0, __require)("./ajv-validators.cjs"))[i];
        this.real ??= new (load()).default(this.options);
        return this.real.compile(schema);
      }
    };
    module.exports.default = Ajv;
    for (const name of ["Ajv", "KeywordCxt", "_", "str", "stringify", "nil", "Name", "CodeGen", "ValidationError", "MissingRefError"]) Object.defineProperty(module.exports, name, { enumerable: true, get: () => load()[name] });
  }
});

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
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
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
        if (pattern[index] === "]") {
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
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
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
          const scanned = scanBracket(pattern, index);
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
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
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
    var separatorAfter = (run, at2) => {
      let separator = EMPTY;
      for (let index = at2 + 1; index < run.length && !run[index].wildcard; index++) {
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
        run.forEach((token, at2) => {
          if (token.wildcard) {
            lastWildcard = at2;
          }
        });
        run.forEach((token, at2) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at2 === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at2)})[^\\/])*`;
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
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher2, replacer, required]) => {
          if (matcher2 === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher2.test(prev) ? prev.replace(matcher2, replacer.bind(pattern)) : prev;
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
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
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
        const regex = this.ignoreCase ? new RegExp(str2, "i") : new RegExp(str2);
        return define(this, key, regex);
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
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
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
        pattern,
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
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
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
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
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
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path
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
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
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
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache2, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache2) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal2 = this._rules.testLiteral(path);
        return literal2.ignored || literal2.unignored ? literal2 : dir;
      }
      _t(path, cache2) {
        if (path in cache2) {
          return cache2[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache2) : UNDEFINED;
        return cache2[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str2) => /^\\\\\?\\/.test(str2) || /["<>|\u0000-\u001F]+/u.test(str2) ? str2 : str2.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
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

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal2 = normalizeSimpleBranch(branch);
        if (literal2 && literal2.length === 1) {
          safeChars.push(literal2);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal2 = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal2;
          open2.output = safeOutput || utils.escapeRegex(literal2);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before2 = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before2 && (before2.type === "star" || before2.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored2 = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored2 = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher2 = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored2(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher2.state = state;
      }
      return matcher2;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str2, patterns, options) => picomatch2(patterns, options)(str2);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/fix/types.ts
var isEditFix = (f) => f !== void 0 && "edits" in f;

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
var OMIT_HEADERS = {
  includeIndex: false,
  includeUnderline: false,
  includeFileHeaders: false
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry2) {
        return " " + entry2;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/fix/diff.ts
function unifiedDiff(before2, after, oldName, newName, context = 3) {
  if (before2 === after) return "";
  const patch = structuredPatch(oldName, newName, before2, after, void 0, void 0, { context });
  return `--- ${oldName}
+++ ${newName}
${formatPatch(patch, OMIT_HEADERS)}`;
}

// src/fix/apply.ts
var byPosition = (a, b) => a.span.start - b.span.start || a.span.end - b.span.end;
function fixProblem(fix, file, length) {
  if (fix.edits.length === 0) return "a fix without edits";
  let prevEnd = -1;
  for (const e of [...fix.edits].sort(byPosition)) {
    const { start, end } = e.span;
    if (e.span.file !== file) return `an edit in ${e.span.file}, not in ${file}`;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) return `an edit at ${start}-${end}, outside the text`;
    if (start < prevEnd) return `edits that overlap at ${start}`;
    prevEnd = end;
  }
  return null;
}
function applyFixes(text, fixes) {
  const order = fixes.map((fix) => ({ fix, edits: [...fix.edits].sort(byPosition) })).filter((f) => f.edits.length > 0).sort((a, b) => byPosition(a.edits[0], b.edits[0]));
  const taken = [];
  const applied = [];
  const deferred = [];
  const conflicts = (e) => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (taken[mid].span.start <= e.span.start) lo = mid + 1;
      else hi = mid;
    }
    const before2 = taken[lo - 1];
    const after = taken[lo];
    return before2 !== void 0 && before2.span.end >= e.span.start || after !== void 0 && after.span.start <= e.span.end;
  };
  for (const { fix, edits } of order) {
    if (edits.some(conflicts)) {
      deferred.push(fix);
      continue;
    }
    for (const e of edits) {
      let i = taken.length;
      while (i > 0 && byPosition(taken[i - 1], e) > 0) i--;
      taken.splice(i, 0, e);
    }
    applied.push(fix);
  }
  if (applied.length === 0) return { text, applied, deferred };
  let out = "";
  let at2 = 0;
  for (const e of taken) {
    out += text.slice(at2, e.span.start) + e.text;
    at2 = e.span.end;
  }
  out += text.slice(at2);
  return { text: out, applied, deferred };
}

// src/fix/loop.ts
var MAX_FIX_PASSES = 10;
var syntaxProblems = (f) => f.problems.length + f.documents.reduce((n, d) => n + d.problems.length, 0);
async function fixSources(files, lint, maxPasses = MAX_FIX_PASSES) {
  const original = new Map(files.map((f) => [f.path, f.text]));
  const broken = /* @__PURE__ */ new Set();
  let current = files;
  let results = await lint(current);
  let fixed = 0;
  const fixedIn = /* @__PURE__ */ new Map();
  let passes = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const byFile = /* @__PURE__ */ new Map();
    for (const r of results) {
      for (const f of r.findings) {
        if (!isEditFix(f.fix)) continue;
        const list = byFile.get(r.file) ?? [];
        list.push(f.fix);
        byFile.set(r.file, list);
      }
    }
    let changedAny = false;
    const next = current.map((f) => {
      const fixes = byFile.get(f.path);
      if (!fixes || f.contextOnly || broken.has(f.path)) return f;
      const applied = applyFixes(f.text, fixes);
      if (applied.text === f.text) return f;
      const parsed = parseSource(f.path, applied.text, f.contextOnly);
      if (syntaxProblems(parsed) > syntaxProblems(f)) {
        broken.add(f.path);
        return f;
      }
      fixed += applied.applied.length;
      fixedIn.set(f.path, (fixedIn.get(f.path) ?? 0) + applied.applied.length);
      changedAny = true;
      return parsed;
    });
    if (!changedAny) break;
    current = next;
    results = await lint(current);
    passes++;
  }
  const changed = current.filter((f) => original.get(f.path) !== f.text).map((f) => ({ path: f.path, before: original.get(f.path) ?? "", after: f.text, fixed: fixedIn.get(f.path) ?? 0 }));
  return { files: current, results, changed, fixed, passes, broken: [...broken] };
}

// src/fix/shared.ts
var cache = /* @__PURE__ */ new WeakMap();
function sharedIn(root) {
  const hit = cache.get(root);
  if (hit) return hit;
  const seen = /* @__PURE__ */ new Set();
  const again = /* @__PURE__ */ new Set();
  const stack = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (seen.has(n)) {
      again.add(n);
      continue;
    }
    seen.add(n);
    if (n.kind === "map") for (const e of n.entries) stack.push(e.value);
    else if (n.kind === "seq") for (const i of n.items) stack.push(i);
  }
  const shared = /* @__PURE__ */ new Set();
  const inner = [...again];
  while (inner.length > 0) {
    const n = inner.pop();
    if (shared.has(n)) continue;
    shared.add(n);
    if (n.kind === "map") for (const e of n.entries) inner.push(e.value);
    else if (n.kind === "seq") for (const i of n.items) inner.push(i);
  }
  cache.set(root, shared);
  return shared;
}
function sharedNodes(files) {
  const roots = /* @__PURE__ */ new Map();
  const rootsOf = (path) => {
    let list = roots.get(path);
    if (!list) {
      list = [];
      for (const f of files) if (f.path === path) {
        for (const d of f.documents) if (d.root) list.push(d.root);
      }
      roots.set(path, list);
    }
    return list;
  };
  return (node) => {
    const list = rootsOf(node.span.file);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (list[mid].span.start <= node.span.start) lo = mid + 1;
      else hi = mid;
    }
    const root = list[lo - 1];
    return root ? sharedIn(root).has(node) : true;
  };
}

// src/fix/text.ts
var lineStart = (text, pos) => text.lastIndexOf("\n", pos - 1) + 1;
function nextLineStart(text, pos) {
  const i = text.indexOf("\n", pos);
  return i === -1 ? text.length : i + 1;
}
function indentBefore(text, pos) {
  const start = lineStart(text, pos);
  return /^ *$/.test(text.slice(start, pos)) ? pos - start : null;
}
function eolAt(text, pos) {
  if (pos > 0 && text[pos - 1] === "\n") return text[pos - 2] === "\r" ? "\r\n" : "\n";
  const i = text.indexOf("\n");
  return i > 0 && text[i - 1] === "\r" ? "\r\n" : "\n";
}
var isBlock = (text, n) => n.kind !== "scalar" && text[n.span.start] !== "{" && text[n.span.start] !== "[";
function contentEnd(text, n) {
  if (n.kind === "scalar" || !isBlock(text, n)) return n.span.end;
  let end = n.span.start;
  if (n.kind === "map") {
    for (const e of n.entries) end = Math.max(end, e.keySpan.end, contentEnd(text, e.value));
  } else {
    for (const i of n.items) if (i.span !== n.span && !(i.span.start === n.span.start && i.span.end === n.span.end)) end = Math.max(end, contentEnd(text, i));
  }
  return end;
}
function afterContent(text, n) {
  const end = contentEnd(text, n);
  return end > 0 && text[end - 1] === "\n" ? end : nextLineStart(text, end);
}
var CORE_NON_STRING = [
  /^(?:null|Null|NULL|~|true|True|TRUE|false|False|FALSE)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^[-+]?\.(?:inf|Inf|INF)$/,
  /^\.(?:nan|NaN|NAN)$/
];
function isPlainSafe(v) {
  if (v === "" || v !== v.trim() || /[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(v)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(v) && !/^[-?:][^\s,[\]{}]/.test(v)) return false;
  if (/[,[\]{}]/.test(v) || /:(\s|$)/.test(v) || /\s#/.test(v)) return false;
  return !CORE_NON_STRING.some((r) => r.test(v));
}
var UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
var doubleQuoted = (v) => JSON.stringify(v).replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
var singleQuoted = (v) => new RegExp(UNPRINTABLE.source).test(v) ? doubleQuoted(v) : `'${v.replace(/'/g, "''")}'`;
function writeScalar(style, v) {
  switch (style) {
    case "single":
      return singleQuoted(v);
    case "double":
      return doubleQuoted(v);
    case "plain":
      return isPlainSafe(v) ? v : singleQuoted(v);
    default:
      return null;
  }
}
function keyStyle(text, start) {
  const c = text[start];
  return c === "'" ? "single" : c === '"' ? "double" : "plain";
}

// src/fix/edits.ts
var SHARED = "the value is repeated elsewhere through a YAML anchor and alias (or a merge key), so editing it here would change the other places too";
var edit = (span, text) => ({ span, text });
var at = (file, start, end = start) => ({ file, start, end });
function replaceScalar(c, node, value) {
  if (c.shared(node)) return { refused: SHARED };
  const written = c.json ? doubleQuoted(value) : writeScalar(node.style, value);
  if (written === null) return { refused: `the value is a block scalar (${node.style === "literal" ? "|" : ">"}); rewrite it by hand as a quoted string` };
  return { edits: [edit(node.span, written)] };
}
function replaceListWithString(c, keySpan, node, value) {
  if (node.kind !== "seq") return { refused: "the value is not a list" };
  if (c.shared(node) || node.items.some((i) => c.shared(i))) return { refused: SHARED };
  const { text } = c;
  const written = c.json ? doubleQuoted(value) : singleQuoted(value);
  let rest = "";
  let from = node.span.start;
  for (const i of node.items) {
    if (i.kind !== "scalar" || i.span.start < from) return { refused: "the list holds more than plain values" };
    rest += text.slice(from, i.span.start);
    from = i.span.end;
  }
  if (isBlock(text, node)) {
    const end = node.items.length > 0 ? from : node.span.start;
    if (!/^[\s-]*$/.test(rest)) return { refused: "the list has comments or anchors between its items" };
    const between = text.slice(keySpan.end, node.span.start);
    const colon = /^([ \t]*:)[ \t]*\r?\n[ \t]*$/.exec(between);
    if (!colon) return { refused: "the list does not start on the line after its key" };
    return { edits: [edit(at(keySpan.file, keySpan.end + (colon[1] ?? "").length, end), ` ${written}`)] };
  }
  rest += text.slice(from, node.span.end);
  if (!/^[\s[\],]*$/.test(rest)) return { refused: "the list has comments or anchors between its items" };
  return { edits: [edit(node.span, written)] };
}
function renameKey(c, map, entry2, to) {
  if (c.shared(entry2.value) || !within2(entry2.keySpan, map.span)) return { refused: SHARED };
  if (map.entries.some((e) => e.key === to)) return { refused: `the annotations already have ${to}; remove one of the two by hand` };
  const style = keyStyle(c.text, entry2.keySpan.start);
  const written = c.json || style === "double" ? doubleQuoted(to) : style === "single" ? singleQuoted(to) : writeScalar("plain", to);
  return { edits: [edit(entry2.keySpan, written ?? singleQuoted(to))] };
}
var within2 = (s, outer) => s.file === outer.file && s.start >= outer.start && s.end <= outer.end;
var entryOf = (m, key) => m?.kind === "map" ? m.entries.find((e) => e.key === key) : void 0;
function mapAt(root, path) {
  let n = root;
  for (const k of path) n = entryOf(n, k)?.value;
  return n;
}
function keyColumn(text, m) {
  const first = m.entries[0];
  return first ? indentBefore(text, first.keySpan.start) : null;
}
function entryLines(text, entry2) {
  const indent = indentBefore(text, entry2.keySpan.start);
  if (indent === null) return null;
  let start = lineStart(text, entry2.keySpan.start);
  for (; ; ) {
    if (start === 0) break;
    const prev = lineStart(text, start - 1);
    const line = text.slice(prev, start);
    if (!new RegExp(`^ {${indent}}#`).test(line)) break;
    start = prev;
  }
  return { start, end: Math.max(afterContent(text, entry2.value), nextLineStart(text, entry2.keySpan.end)), indent };
}
function reindent(lines, from, to) {
  const out = [];
  for (const line of lines.split(/(?<=\n)/)) {
    if (line.trim() === "") {
      out.push(line);
      continue;
    }
    if (!line.startsWith(" ".repeat(from))) return null;
    out.push(" ".repeat(to) + line.slice(from));
  }
  return out.join("");
}
function removeFromMetadata(c, object, key) {
  const { text } = c;
  const file = object.span.file;
  const metaEntry = entryOf(object, "metadata");
  const meta = metaEntry?.value;
  const annEntry = entryOf(meta, "annotations");
  const ann = annEntry?.value;
  if (!metaEntry || !meta || meta.kind !== "map" || !annEntry || !ann || ann.kind !== "map") return { refused: "the object's metadata.annotations is not a mapping" };
  if (!isBlock(text, meta) || !isBlock(text, ann)) return { refused: "the object's metadata or annotations are written as a flow mapping ({\u2026}); move the annotation by hand" };
  if (c.shared(meta) || c.shared(ann)) return { refused: SHARED };
  const entry2 = ann.entries.find((e) => e.key === key);
  if (!entry2 || c.shared(entry2.value) || !within2(entry2.keySpan, ann.span)) return { refused: SHARED };
  const lines = entryLines(text, entry2);
  const metaCol = indentBefore(text, metaEntry.keySpan.start);
  const metaKeys = keyColumn(text, meta);
  if (!lines || metaCol === null || metaKeys === null || metaKeys <= metaCol) return { refused: "the annotation does not start its own line" };
  const own = text.slice(lines.start, lines.end);
  const step = metaKeys - metaCol;
  if (ann.entries.length > 1) return { edits: [edit(at(file, lines.start, lines.end), "")], lines: own, indent: lines.indent, step };
  const annLine = lineStart(text, annEntry.keySpan.start);
  if (indentBefore(text, annEntry.keySpan.start) !== null && /^[ \t]*:[ \t]*(\r?\n[ \t]*)*\r?\n$/.test(text.slice(annEntry.keySpan.end, lines.start))) {
    return { edits: [edit(at(file, annLine, lines.end), "")], lines: own, indent: lines.indent, step };
  }
  const colon = /^[ \t]*:(?=[ \t]*(#[^\n]*)?\r?\n)/.exec(text.slice(annEntry.keySpan.end, nextLineStart(text, annEntry.keySpan.end)));
  if (!colon) return { refused: "the annotations key is written in an unusual way (an anchor or a tag on it)" };
  const afterColon = annEntry.keySpan.end + colon[0].length;
  return { edits: [edit(at(file, afterColon), " {}"), edit(at(file, lines.start, lines.end), "")], lines: own, indent: lines.indent, step };
}
function moveAnnotation(c, object, templatePath, key) {
  const { text } = c;
  const file = object.span.file;
  if (c.json) return { refused: "JSON manifests are not restructured; move the annotation by hand" };
  const removal = removeFromMetadata(c, object, key);
  if ("refused" in removal) return removal;
  const template = mapAt(object, templatePath);
  if (!template || template.kind !== "map" || template.entries.length === 0) return { refused: "the pod template is not a mapping" };
  if (!isBlock(text, template)) return { refused: "the pod template is written as a flow mapping ({\u2026}); move the annotation by hand" };
  if (c.shared(template)) return { refused: SHARED };
  let moved = removal.lines;
  let insertAt;
  let head = "";
  let indent;
  const metaEntry = entryOf(template, "metadata");
  if (metaEntry) {
    const meta = metaEntry.value;
    if (meta.kind !== "map" || meta.entries.length === 0 || !isBlock(text, meta)) return { refused: "the pod template's metadata is empty or written as a flow mapping ({\u2026}); move the annotation by hand" };
    const annEntry = entryOf(meta, "annotations");
    const metaKeys = keyColumn(text, meta);
    if (metaKeys === null) return { refused: "the pod template's metadata is written in an unusual way" };
    if (annEntry) {
      const ann = annEntry.value;
      if (ann.kind !== "map" || ann.entries.length === 0 || !isBlock(text, ann)) return { refused: "the pod template's annotations are empty or written as a flow mapping ({\u2026}); move the annotation by hand" };
      if (c.shared(ann)) return { refused: SHARED };
      const col = keyColumn(text, ann);
      if (col === null) return { refused: "the pod template's annotations are written in an unusual way" };
      insertAt = afterContent(text, ann);
      indent = col;
    } else {
      if (c.shared(meta)) return { refused: SHARED };
      const metaCol = indentBefore(text, metaEntry.keySpan.start);
      const step = metaCol === null ? 0 : metaKeys - metaCol;
      if (step <= 0) return { refused: "the pod template's metadata is written in an unusual way" };
      insertAt = afterContent(text, meta);
      head = `${" ".repeat(metaKeys)}annotations:{EOL}`;
      indent = metaKeys + step;
    }
  } else {
    const col = keyColumn(text, template);
    if (col === null) return { refused: "the pod template is written in an unusual way" };
    insertAt = lineStart(text, template.entries[0].keySpan.start);
    while (insertAt > 0) {
      const prev = lineStart(text, insertAt - 1);
      if (!new RegExp(`^ {${col}}#`).test(text.slice(prev, insertAt))) break;
      insertAt = prev;
    }
    head = `${" ".repeat(col)}metadata:{EOL}${" ".repeat(col + removal.step)}annotations:{EOL}`;
    indent = col + 2 * removal.step;
  }
  const re = reindent(moved, removal.indent, indent);
  if (re === null) return { refused: "the annotation's lines are indented in an unusual way" };
  moved = re;
  const eol = eolAt(text, insertAt);
  let insert = head.replace(/\{EOL\}/g, eol) + (moved.endsWith("\n") ? moved : `${moved}${eol}`);
  if (insertAt === text.length && text.length > 0 && !text.endsWith("\n")) insert = eol + insert.slice(0, -eol.length);
  return { edits: [...removal.edits, edit(at(file, insertAt), insert)] };
}
function removeAnnotation(c, object, key) {
  if (c.json) return { refused: "JSON manifests are not restructured; remove the annotation by hand" };
  const removal = removeFromMetadata(c, object, key);
  return "refused" in removal ? removal : { edits: removal.edits };
}

// src/rules/define-rule.ts
function defineRule(rule) {
  return rule;
}
var MAX_PLACEHOLDER_LENGTH = 1e3;
function capped(v) {
  if (v.length <= MAX_PLACEHOLDER_LENGTH) return v;
  const cut = v.length - MAX_PLACEHOLDER_LENGTH + 40;
  const head = v.slice(0, 720).replace(/[\ud800-\udbff]$/, "");
  const tail = v.slice(720 + cut).replace(/^[\udc00-\udfff]/, "");
  return `${head} \u2026 [${cut} characters left out] \u2026 ${tail}`;
}
var compiled = /* @__PURE__ */ new Map();
function partsOf(template) {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{\{\s*(\w+)\s*\}\}/);
    if (compiled.size > 1e3) compiled.clear();
    compiled.set(template, parts);
  }
  return parts;
}
function renderMessage(template, data = {}) {
  const parts = partsOf(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    const v = data[name];
    if (v === void 0) throw new Error(`message placeholder {{${name}}} has no value`);
    out += capped(String(v)) + parts[i + 1];
  }
  return out;
}

// src/rules/_shared/once.ts
function oncePer(f) {
  const known = /* @__PURE__ */ new WeakMap();
  return (key) => {
    let v = known.get(key);
    if (v === void 0) {
      v = f(key);
      known.set(key, v);
    }
    return v;
  };
}

// src/rules/_shared/calico.ts
var isHostNetwork = (p) => p.hostNetwork?.value === true;
function readsKey(site, key) {
  return site.kind === "pod" || NAMESPACE_KEYS.includes(key);
}
var annotatedSites = oncePer((model) => {
  const sites = [];
  const pods = model.podSources;
  for (let i = 0; i < pods.length; i++) {
    const pod = pods[i];
    if ((pod.calico.all.length > 0 || pod.cniUnread) && !isHostNetwork(pod)) sites.push({ kind: "pod", object: pod.object, calico: pod.calico, pod });
  }
  for (const ns of model.namespaceList) if (ns.calico.all.length > 0 || ns.cniUnread) sites.push({ kind: "namespace", object: ns.object, calico: ns.calico, namespace: ns });
  return sites;
});
function victims(site, key) {
  if (site.kind === "pod") return "the pod";
  return `every pod in namespace ${site.namespace?.name ?? "(unnamed)"} that does not set its own ${key}`;
}
var fullKey = (key) => `${CALICO_PREFIX}${key}`;
function isJsonSource(file, text) {
  return /\.json$/i.test(file) || /^\uFEFF?\s*[{[]/.test(text);
}
function pasteLine(json, key, value) {
  const k = fullKey(key);
  return json ? `${JSON.stringify(k)}: ${JSON.stringify(value)}` : `${k}: '${value.replace(/'/g, "''")}'`;
}
var jsonList = (items) => `[${items.map((i) => JSON.stringify(i)).join(", ")}]`;
function shown(s) {
  return s.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
}
var EXAMPLE_VALUES = {
  ipAddrs: '["10.0.0.1"]',
  ipAddrsNoIpam: '["10.0.0.1"]',
  ipv4pools: '["default-ipv4-ippool"]',
  ipv6pools: '["default-ipv6-ippool"]',
  ipFamilies: '["IPv4", "IPv6"]',
  floatingIPs: '["203.0.113.10"]',
  allowedSourcePrefixes: '["10.0.0.0/24"]'
};
function templateAnnotationsPath(pod) {
  const t = pod.workload.template;
  return t.length === 0 ? "metadata.annotations" : `${t.join(".")}.metadata.annotations`;
}

// src/rules/annotation-json.ts
function calicoJsonError(key, raw, goError) {
  const r = shown(raw);
  switch (key) {
    case "ipAddrs":
    case "ipAddrsNoIpam":
      return `failed to parse IPs ${r} for annotation "${fullKey(key)}": failed to parse '${r}' as JSON: ${goError}`;
    case "floatingIPs":
    case "allowedSourcePrefixes":
      return `failed to parse '${r}' as JSON: ${goError}`;
    default:
      return goError;
  }
}
function entryCheck(key) {
  switch (key) {
    case "ipFamilies":
      return (t) => /^ipv4$/i.test(t) ? "IPv4" : /^ipv6$/i.test(t) ? "IPv6" : null;
    case "ipv4pools":
    case "ipv6pools":
      return (t) => /^[A-Za-z0-9._:/-]+$/.test(t) ? t : null;
    default:
      return (t) => /^[0-9A-Fa-f.:/]+(%[\w.-]+)?$/.test(t) && /[0-9]/.test(t) && /[.:]/.test(t) ? t : null;
  }
}
function finish(key, entries) {
  const check = entryCheck(key);
  const list = entries.filter((e) => e !== "").map(check);
  if (list.length === 0 || list.some((e) => e === null)) return null;
  const out = jsonList(list);
  return goUnmarshalStringList(out).ok ? out : null;
}
var isSep = (c) => c === void 0 || c === "," || /\s/.test(c);
function looseEntries(body) {
  const out = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (isSep(c)) {
      i++;
      continue;
    }
    const escapedQuote = c === "\\" && (body[i + 1] === '"' || body[i + 1] === "'");
    if (c === '"' || c === "'" || escapedQuote) {
      const q = escapedQuote ? body[i + 1] : c;
      const close = escapedQuote ? `\\${q}` : q;
      let j2 = i + (escapedQuote ? 2 : 1);
      let segment = "";
      for (; ; ) {
        if (j2 >= body.length) return null;
        if (body.startsWith(close, j2)) break;
        if (!escapedQuote && q === '"' && body[j2] === "\\") {
          segment += body.slice(j2, j2 + 2);
          j2 += 2;
          continue;
        }
        segment += body[j2];
        j2++;
      }
      j2 += close.length;
      if (!isSep(body[j2])) return null;
      let value = segment;
      if (q === '"' && !escapedQuote) {
        try {
          value = JSON.parse(`"${segment}"`);
        } catch {
          return null;
        }
      }
      out.push(value.trim());
      i = j2;
      continue;
    }
    let j = i;
    while (!isSep(body[j])) j++;
    const bare = body.slice(i, j);
    if (/["'\\]/.test(bare)) return null;
    out.push(bare);
    i = j;
  }
  return out;
}
function repairText(key, text) {
  let s = text.trim().replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'");
  if (s.length >= 2 && s.startsWith("'") && s.endsWith("'") && /^'\s*\[/.test(s)) s = s.slice(1, -1).trim();
  let body = s;
  if (body.startsWith("[")) body = body.slice(1);
  if (body.endsWith("]")) body = body.slice(0, -1);
  if (/[[\]{}]/.test(body)) return null;
  const entries = looseEntries(body);
  return entries ? finish(key, entries) : null;
}
function repairList(key, raw) {
  const s = raw.trim();
  if (s === "") return null;
  let parsed;
  try {
    parsed = JSON.parse(s);
  } catch {
    return repairText(key, s);
  }
  if (typeof parsed !== "string") return null;
  const inner = parsed.trim();
  if (inner.startsWith("[")) {
    const r = goUnmarshalStringList(inner);
    if (r.ok && r.items && r.items.length > 0) return finish(key, r.items.map((i) => i.value));
  }
  return repairText(key, inner);
}
function repairNode(key, node) {
  if (node.kind !== "seq") return null;
  const entries = [];
  for (const item of node.items) {
    if (item.kind !== "scalar") return null;
    if (item.value === null) continue;
    entries.push(String(item.value).trim());
  }
  return finish(key, entries);
}
function example(json, key) {
  return { form: json ? "a JSON string" : "a quoted YAML string", example: pasteLine(json, key, EXAMPLE_VALUES[key]) };
}
function yamlType(node) {
  if (node.kind === "seq") return "list";
  if (node.kind === "map") return "mapping";
  if (typeof node.value === "boolean") return "boolean";
  return "number";
}
var annotation_json_default = defineRule({
  id: "annotation-json",
  meta: {
    description: "Require Calico list annotations to be JSON arrays of strings, as Go's json.Unmarshal decodes them",
    defaultSeverity: "error",
    scope: "object",
    fixable: true,
    messages: {
      badJson: "{{key}} is not a JSON array of strings: Calico fails {{victim}} with `{{calico}}`. Write it as `{{fix}}`",
      badJsonNoFix: "{{key}} is not a JSON array of strings: Calico fails {{victim}} with `{{calico}}`. Write a JSON array of strings in {{form}}, such as `{{example}}`",
      notString: "{{key}} is a YAML {{type}}, but annotation values must be strings: kubectl and the API server reject the whole object, so nothing is applied. Write it as `{{fix}}`",
      notStringNoFix: "{{key}} is a YAML {{type}}, but annotation values must be strings: kubectl and the API server reject the whole object, so nothing is applied. Write a JSON array of strings in {{form}}, such as `{{example}}`"
    },
    calico: "Calico decodes these annotations with Go's json.Unmarshal into a list of strings and fails the pod's network setup on any error: `ipAddrs`/`ipAddrsNoIpam` with `failed to parse IPs <raw> for annotation \"<key>\": failed to parse '<raw>' as JSON: <error>`, `ipv4pools`/`ipv6pools`/`ipFamilies` with the bare Go error (a namespace's value fails every pod in it that does not set its own), `floatingIPs` and `allowedSourcePrefixes` with `failed to parse '<raw>' as JSON: <error>`. A value that is not a YAML string is rejected by Kubernetes before Calico sees it. `[]` and `null` are valid JSON (other rules judge them).",
    remediation: "Write the value as a JSON array of double-quoted strings inside a single-quoted YAML string, for example `cni.projectcalico.org/ipAddrs: '[\"10.0.0.1\"]'`; the message gives the corrected line where the intent is clear."
  },
  check(ctx) {
    const jsonFiles = /* @__PURE__ */ new Map();
    const inJson = (file) => {
      let v = jsonFiles.get(file);
      if (v === void 0) {
        v = isJsonSource(file, ctx.sourceText(file));
        jsonFiles.set(file, v);
      }
      return v;
    };
    const shared = sharedNodes(ctx.model.files);
    const editing = (file) => ({ text: ctx.sourceText(file), shared, json: inJson(file) });
    const sites = annotatedSites(ctx.model);
    for (let n = 0; n < sites.length; n++) {
      const site = sites[n];
      for (let k = 0; k < LIST_KEYS.length; k++) {
        const key = LIST_KEYS[k];
        const d = site.calico.lists[key];
        if (!isSet(d) || d.raw === null || !d.error || !readsKey(site, key)) continue;
        const json = inJson(d.entry.node.span.file);
        const fixed = repairList(key, d.raw);
        const common = { key: fullKey(key), victim: victims(site, key), calico: calicoJsonError(key, d.raw, d.error.message) };
        ctx.report(
          fixed ? {
            messageId: "badJson",
            data: { ...common, fix: pasteLine(json, key, fixed) },
            at: d.error.span,
            object: site.object.ref,
            value: d.raw,
            ...d.entry.node.kind === "scalar" ? { fix: replaceScalar(editing(d.entry.node.span.file), d.entry.node, fixed) } : {}
          } : { messageId: "badJsonNoFix", data: { ...common, ...example(json, key) }, at: d.error.span, object: site.object.ref, value: d.raw }
        );
      }
    }
    const notStrings = (calico, ref) => {
      if (calico.all.length === 0) return;
      for (let k = 0; k < LIST_KEYS.length; k++) {
        const key = LIST_KEYS[k];
        const d = calico.lists[key];
        if (!d || d.raw !== null) continue;
        const node = d.entry.node;
        if (node.kind === "scalar" && node.value === null) continue;
        const json = inJson(node.span.file);
        const fixed = repairNode(key, node);
        const common = { key: fullKey(key), type: yamlType(node) };
        ctx.report(
          fixed ? { messageId: "notString", data: { ...common, fix: pasteLine(json, key, fixed) }, at: node.span, object: ref, fix: replaceListWithString(editing(node.span.file), d.entry.keySpan, node, fixed) } : { messageId: "notStringNoFix", data: { ...common, ...example(json, key) }, at: node.span, object: ref }
        );
      }
    };
    const { podSources } = ctx.model;
    for (let i = 0; i < podSources.length; i++) {
      const pod = podSources[i];
      notStrings(pod.calico, pod.object.ref);
      if (pod.controllerCalico) notStrings(pod.controllerCalico, pod.object.ref);
    }
    for (const ns of ctx.model.namespaceList) notStrings(ns.calico, ns.object.ref);
  }
});

// src/rules/annotation-on-existing-pod.ts
var READ_KEYS = new Set(KNOWN_KEYS.filter((k) => !OUTPUT_KEYS.includes(k)).map((k) => `${CALICO_PREFIX}${k}`));
var valueOf = (n) => JSON.stringify(toPlain(n));
function calicoValues(list) {
  const out = /* @__PURE__ */ new Map();
  for (const a of list) if (READ_KEYS.has(a.key)) out.set(a.key, { entry: a, value: valueOf(a.node) });
  return out;
}
var isCorePod = (o) => o.ref.kind === "Pod" && apiGroup(o.ref.apiVersion) === "";
var annotation_on_existing_pod_default = defineRule({
  id: "annotation-on-existing-pod",
  meta: {
    description: "Warn about Calico annotations changed on a bare Pod that already exists at the --changed-since revision",
    defaultSeverity: "warning",
    scope: "object",
    messages: {
      changed: "Pod {{pod}} already exists at {{ref}}, and Calico reads {{key}} only when it creates the pod's network (CNI ADD): applying this change updates the annotation, not the running pod. Delete and recreate the pod (kubectl delete, then apply) for it to take effect",
      added: "Pod {{pod}} already exists at {{ref}} without {{key}}, and Calico reads it only when it creates the pod's network (CNI ADD): applying this adds the annotation but changes nothing on the running pod. Delete and recreate the pod (kubectl delete, then apply) for it to take effect",
      removed: "Pod {{pod}} had {{key}} at {{ref}}; removing it changes nothing on the running pod, because Calico reads it only when it creates the pod's network (CNI ADD). Delete and recreate the pod (kubectl delete, then apply) for the removal to take effect"
    },
    calico: "The CNI plugin reads a pod's `cni.projectcalico.org/*` annotations once, when it creates the pod's sandbox (CNI ADD). Editing them on a running Pod is accepted by the API server but has no effect on its address or pools until the pod is created again. Controllers (Deployments, StatefulSets, \u2026) roll their pods when the template changes, so only bare Pods are affected.",
    remediation: "Delete the Pod and apply the manifest again (or use a Deployment, whose pods are replaced when the template changes)."
  },
  check(ctx) {
    const since = ctx.model.changedSince;
    if (!since) return;
    const previousObjects = /* @__PURE__ */ new Map();
    const objectsAt = (file) => {
      let list = previousObjects.get(file.path);
      if (!list) {
        list = collectObjects([file]).filter(isCorePod);
        previousObjects.set(file.path, list);
      }
      return list;
    };
    for (const pod of ctx.model.podSources) {
      const o = pod.object;
      if (o.contextOnly || !isCorePod(o) || isHostNetwork(pod) || o.ref.name === void 0) continue;
      const before2 = since.previous.get(o.ref.file);
      if (!before2) continue;
      const old = objectsAt(before2).find((p) => p.ref.name === o.ref.name && (p.ref.namespace ?? ctx.model.defaultNamespace) === pod.namespace);
      if (!old) continue;
      const was = calicoValues(old.annotations);
      const now = calicoValues(pod.podAnnotations);
      const data = (key) => ({ pod: `${pod.namespace}/${o.ref.name ?? ""}`, ref: since.ref, key });
      for (const [key, cur] of now) {
        const prev = was.get(key);
        if (prev?.value === cur.value) continue;
        ctx.report({ messageId: prev ? "changed" : "added", data: data(key), at: cur.entry.node.span, object: o.ref, value: `${key}=${cur.value}` });
      }
      for (const key of was.keys()) {
        if (now.has(key)) continue;
        ctx.report({ messageId: "removed", data: data(key), at: o.annotationsAt, object: o.ref, value: `-${key}` });
      }
    }
  }
});

// src/rules/annotation-placement.ts
var POD_KEYS = [...LIST_KEYS, "hwAddr"];
var BUILTIN_GROUPS = /* @__PURE__ */ new Set([
  "",
  "apps",
  "batch",
  "extensions",
  "policy",
  "networking.k8s.io",
  "rbac.authorization.k8s.io",
  "storage.k8s.io",
  "apiextensions.k8s.io",
  "admissionregistration.k8s.io",
  "scheduling.k8s.io",
  "coordination.k8s.io",
  "discovery.k8s.io",
  "node.k8s.io",
  "certificates.k8s.io",
  "gateway.networking.k8s.io",
  "apiregistration.k8s.io",
  "flowcontrol.apiserver.k8s.io",
  "resource.k8s.io",
  "events.k8s.io"
]);
function article(kind, start = false) {
  const a = /^[AEIOU]/.test(kind) ? "an" : "a";
  return `${start ? a[0]?.toUpperCase() + a.slice(1) : a} ${kind}`;
}
function runsNoPods(o) {
  const group = apiGroup(o.ref.apiVersion);
  if (!BUILTIN_GROUPS.has(group)) return false;
  if (o.ref.kind === "Namespace" || workloadKind(group, o.ref.kind)) return false;
  return true;
}
var annotation_placement_default = defineRule({
  id: "annotation-placement",
  meta: {
    description: "Disallow Calico pod annotations where Calico never reads them",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "object",
    fixable: true,
    messages: {
      controller: "Calico reads {{key}} only from pods, and {{aKind}} does not copy its own annotations onto the pods it creates: here it has no effect. Move it to {{path}}",
      controllerDuplicate: "{{key}} on the {{kind}}'s own metadata has no effect: Calico reads the copy in {{path}}{{differs}}. Remove this one",
      namespace: "Calico reads only ipv4pools, ipv6pools and ipFamilies from a Namespace, so {{key}} has no effect here. Set it in the annotations of the pods (or pod templates) that need it",
      noPods: "{{aKind}} runs no pods, so Calico never reads {{key}} on it: the annotation has no effect. Put it in the pod template of the workload it is meant for",
      servicePools: "Calico's CNI plugin reads {{key}} only on pods, never on a Service. To choose the pool of a LoadBalancer Service's address, use `projectcalico.org/{{name}}` (without cni.); for the Service's pods, set it in their pod template",
      ipamIgnored: "Calico's CNI config uses {{ipam}} IPAM, not calico-ipam ({{source}}), and Calico reads {{key}} only under Calico IPAM: it ignores the annotation{{who}}. Remove it, or switch the cluster to Calico IPAM",
      cniNotCalico: "Pods here get their network from the {{plugin}} CNI plugin ({{source}}): Calico is installed for policy only, its CNI plugin never runs, and {{key}} is ignored. Remove the annotation",
      hostNetwork: "The pod uses hostNetwork: true, so the CNI plugin never runs for it and Calico ignores {{key}}: the pod gets the node's addresses. Remove the annotation, or drop hostNetwork"
    },
    calico: "The CNI plugin reads `cni.projectcalico.org/*` annotations from the pod being created (and only `ipv4pools`, `ipv6pools` and `ipFamilies` from its Namespace). Annotations on a controller's own metadata are not copied onto its pods, annotations on kinds that run no pods are never read, and the CNI plugin does not run at all for `hostNetwork: true` pods. The pool and family keys (`ipv4pools`, `ipv6pools`, `ipFamilies`) are read only when the CNI config's IPAM is `calico-ipam`: when the configuration's `cni` or the files show another (an operator Installation with `spec.cni.ipam.type: HostLocal`, or a `calico-config` / `canal-config` ConfigMap whose `cni_network_config` sets `host-local`), Calico ignores them, on pods and on Namespaces alike. When an Installation's `spec.cni.type` is not Calico (AmazonVPC, AzureVNET, GKE: Calico for policy only), Calico's CNI plugin never runs and its pod annotations (`ipAddrs`, `ipAddrsNoIpam`, `ipv4pools`, `ipv6pools`, `ipFamilies`, `hwAddr`) are ignored.",
    remediation: "Put pod annotations under the pod template's `metadata.annotations` (for a CronJob: `spec.jobTemplate.spec.template.metadata.annotations`), keep only the pool and family keys on Namespaces, and remove Calico annotations from host-network pods and from pods that Calico's CNI plugin or Calico IPAM does not serve."
  },
  check(ctx) {
    const cni = ctx.model.cni;
    const reportCni = (e, object, who2) => {
      if (!cni) return;
      const related = cni.span ? [{ span: cni.span, message: cni.ipam === null ? `the CNI plugin: ${cni.plugin}` : `the CNI config's IPAM: ${cni.ipam}` }] : [];
      const k = shortKey(e.key);
      if (cni.plugin !== "Calico") {
        ctx.report({ messageId: "cniNotCalico", severity: "warning", data: { key: e.key, plugin: cni.plugin, source: cni.source }, at: e.keySpan, related, object });
      } else if (cni.ipam !== null && NAMESPACE_KEYS.includes(k)) {
        ctx.report({ messageId: "ipamIgnored", severity: "warning", data: { key: e.key, ipam: cni.ipam, source: cni.source, who: who2 }, at: e.keySpan, related, object });
      }
    };
    const shared = sharedNodes(ctx.model.files);
    const editing = (file) => {
      const text = ctx.sourceText(file);
      return { text, shared, json: isJsonSource(file, text) };
    };
    const { podSources, objects } = ctx.model;
    for (let i = 0; i < podSources.length; i++) {
      const pod = podSources[i];
      const ref = pod.object.ref;
      const controller = pod.controllerCalico?.all;
      if (controller) {
        const path = templateAnnotationsPath(pod);
        for (const e of controller) {
          if (!POD_KEYS.includes(shortKey(e.key))) continue;
          if (cni && cni.plugin !== "Calico" && CNI_ONLY.includes(shortKey(e.key))) {
            reportCni(e, ref, "");
            continue;
          }
          const twin = pod.calico.all.find((t) => t.key === e.key);
          if (twin) {
            const same = twin.node.kind === "scalar" && e.node.kind === "scalar" && twin.node.value === e.node.value;
            ctx.report({
              messageId: "controllerDuplicate",
              severity: "warning",
              data: { key: e.key, kind: ref.kind, path, differs: same ? "" : " (with a different value)" },
              at: e.keySpan,
              related: [{ span: twin.keySpan, message: "the pod template's value, which Calico reads" }],
              object: ref,
              fix: same ? removeAnnotation(editing(e.keySpan.file), pod.object.node, e.key) : { refused: "the two values differ: keep the one meant in the pod template and remove the other by hand" }
            });
          } else {
            ctx.report({
              messageId: "controller",
              severity: "error",
              data: { key: e.key, aKind: article(ref.kind), path },
              at: e.keySpan,
              object: ref,
              fix: moveAnnotation(editing(e.keySpan.file), pod.object.node, pod.workload.template, e.key)
            });
          }
        }
      }
      if (isHostNetwork(pod)) {
        for (const e of [...pod.calico.all, ...pod.cniUnread?.all ?? []]) {
          if (!KNOWN_KEYS.includes(shortKey(e.key))) continue;
          ctx.report({
            messageId: "hostNetwork",
            severity: "warning",
            data: { key: e.key },
            at: e.keySpan,
            ...pod.hostNetwork ? { related: [{ span: pod.hostNetwork.span, message: "hostNetwork: true" }] } : {},
            object: ref
          });
        }
      } else if (pod.cniUnread) {
        for (const e of pod.cniUnread.all) reportCni(e, ref, "");
      }
    }
    for (const ns of ctx.model.namespaceList) {
      for (const e of ns.cniUnread?.all ?? []) reportCni(e, ns.object.ref, ` for every pod in namespace ${ns.name}`);
      for (const e of ns.calico.all) {
        const k = shortKey(e.key);
        if (!POD_KEYS.includes(k) || NAMESPACE_KEYS.includes(k)) continue;
        if (cni && cni.plugin !== "Calico" && CNI_ONLY.includes(k)) {
          reportCni(e, ns.object.ref, "");
          continue;
        }
        ctx.report({ messageId: "namespace", severity: "error", data: { key: e.key }, at: e.keySpan, object: ns.object.ref });
      }
    }
    for (let i = 0; i < objects.length; i++) {
      const o = objects[i];
      if (o.annotations.length === 0 || !runsNoPods(o)) continue;
      for (const e of o.annotations) {
        if (!e.key.startsWith(CALICO_PREFIX)) continue;
        const k = shortKey(e.key);
        if (!POD_KEYS.includes(k)) continue;
        const service = o.ref.kind === "Service" && (k === "ipv4pools" || k === "ipv6pools");
        ctx.report(
          service ? { messageId: "servicePools", severity: "error", data: { key: e.key, name: k }, at: e.keySpan, object: o.ref } : { messageId: "noPods", severity: "error", data: { key: e.key, aKind: article(o.ref.kind, true) }, at: e.keySpan, object: o.ref }
        );
      }
    }
  }
});

// src/rules/annotation-unknown.ts
var INPUT_KEYS = [...LIST_KEYS, "hwAddr"];
var ENTERPRISE_KEYS = ["networks"];
var VPP_KEYS = ["vppExtraMemifPorts", "vppVcl", "vppInterfacesSpec", "vppExtraMemifSpec", "vppKeepOriginalPacket", "vppHashConfig", "vppLBType"];
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i];
      const prev = d[i - 1];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      row[j] = v;
    }
  }
  return d[a.length][b.length];
}
function nearestKeys(name) {
  const n = name.toLowerCase().replace(/[-_\s]/g, "");
  let best;
  for (const key of INPUT_KEYS) {
    const k = key.toLowerCase();
    const d = n.includes(k) || n.length >= 5 && k.includes(n) ? Math.min(1, editDistance(n, k)) : editDistance(n, k);
    if (d > Math.max(2, Math.floor(k.length / 3))) continue;
    if (!best || d < best.d) best = { keys: [key], d };
    else if (d === best.d) best.keys.push(key);
  }
  return best?.keys ?? [];
}
function meantKey(name, nearest2 = nearestKeys(name)) {
  if (nearest2.length <= 1) return nearest2[0];
  const n = name.toLowerCase();
  const scored = nearest2.map((key) => ({ key, d: editDistance(n, key.toLowerCase()) }));
  const best = Math.min(...scored.map((s) => s.d));
  const at2 = scored.filter((s) => s.d === best);
  return at2.length === 1 ? at2[0]?.key : void 0;
}
var CALICO_HOST = CALICO_PREFIX.slice(0, -1);
function nearMissPrefix(key) {
  let meant = nearMisses.get(key);
  if (meant === void 0 && !nearMisses.has(key)) {
    meant = judgeNearMiss(key);
    if (nearMisses.size < 1e4) nearMisses.set(key, meant);
  }
  return meant;
}
var nearMisses = /* @__PURE__ */ new Map();
function judgeNearMiss(key) {
  if (key.startsWith(CALICO_PREFIX)) return void 0;
  const slash = key.lastIndexOf("/");
  let prefix;
  let name;
  if (slash === -1) {
    if (!key.toLowerCase().startsWith(CALICO_HOST) || key.length <= CALICO_HOST.length + 1) return void 0;
    prefix = key.slice(0, CALICO_HOST.length);
    name = key.slice(CALICO_HOST.length + 1);
  } else {
    prefix = key.slice(0, slash);
    name = key.slice(slash + 1);
  }
  const p = prefix.toLowerCase();
  if (!p.includes("calico") && editDistance(p, CALICO_HOST) > 3) return void 0;
  return INPUT_KEYS.find((k) => k.toLowerCase() === name.toLowerCase());
}
var knownList = INPUT_KEYS.join(", ");
var annotation_unknown_default = defineRule({
  id: "annotation-unknown",
  meta: {
    description: "Warn about cni.projectcalico.org annotations that Calico does not read, such as misspelled keys",
    defaultSeverity: "warning",
    scope: "object",
    fixable: true,
    messages: {
      didYouMean: "Calico ignores {{key}}: it reads no such annotation{{note}}. Did you mean `{{suggestion}}`? Rename the key",
      unknown: "Calico ignores {{key}}: it reads no such annotation (it reads {{known}}). Rename or remove it",
      prefix: "Calico's CNI plugin ignores {{key}}: it reads only `{{suggestion}}`{{note}}. Rename the key"
    },
    calico: "The CNI plugin reads `cni.projectcalico.org/` + `ipAddrs`, `ipAddrsNoIpam`, `ipv4pools`, `ipv6pools`, `ipFamilies`, `floatingIPs`, `allowedSourcePrefixes` and `hwAddr` (and writes `podIP`, `podIPs`, `containerID` itself); the VPP dataplane reads its own `vpp*` keys (`vppExtraMemifPorts`, `vppVcl`, `vppInterfacesSpec`, `vppExtraMemifSpec` on pods, `vppLBType`, `vppHashConfig`, `vppKeepOriginalPacket` on Services), which are not reported. Keys are case-sensitive; any other key, or a near miss of the prefix, is silently ignored, so the pod runs without what the author asked for.",
    remediation: "Rename the key to the one Calico reads (the message suggests the nearest), or remove it."
  },
  check(ctx) {
    const seen = /* @__PURE__ */ new Set();
    const shared = sharedNodes(ctx.model.files);
    const rename = (map, e, to) => {
      if (!map) return { refused: "the annotations are not a mapping" };
      const file = e.keySpan.file;
      const text = ctx.sourceText(file);
      return renameKey({ text, shared, json: isJsonSource(file, text) }, map, { key: e.key, keySpan: e.keySpan, value: e.node }, to);
    };
    const visit = (entries, map, ref, podOrNamespace) => {
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i];
        if (e.key.startsWith(CALICO_PREFIX)) {
          const name = e.key.slice(CALICO_PREFIX.length);
          if (KNOWN_KEYS.includes(name) || ENTERPRISE_KEYS.includes(name) || VPP_KEYS.includes(name)) continue;
          const id2 = `${e.keySpan.file}:${e.keySpan.start}`;
          if (seen.has(id2)) continue;
          seen.add(id2);
          const nearest2 = nearestKeys(name);
          const near = nearest2[0];
          if (near) {
            const note2 = near.toLowerCase() === name.toLowerCase() ? " (annotation keys are case-sensitive)" : "";
            const fix = meantKey(name, nearest2) === near ? rename(map, e, fullKey(near)) : { refused: `${nearest2.map(fullKey).join(" and ")} are as near as each other; rename the key by hand` };
            ctx.report({ messageId: "didYouMean", data: { key: e.key, suggestion: fullKey(near), note: note2 }, at: e.keySpan, object: ref, value: e.key, fix });
          } else {
            ctx.report({ messageId: "unknown", data: { key: e.key, known: knownList }, at: e.keySpan, object: ref, value: e.key });
          }
          continue;
        }
        if (!podOrNamespace) continue;
        const meant = nearMissPrefix(e.key);
        if (!meant) continue;
        const id = `${e.keySpan.file}:${e.keySpan.start}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const lb = e.key.toLowerCase().startsWith("projectcalico.org/") && /^ipv[46]pools$/i.test(meant);
        const note = lb ? ` (${e.key} is read only on LoadBalancer Services, to pick their pool)` : "";
        ctx.report({ messageId: "prefix", data: { key: e.key, suggestion: fullKey(meant), note }, at: e.keySpan, object: ref, value: e.key, fix: rename(map, e, fullKey(meant)) });
      }
    };
    const { podSources, namespaceList, objects } = ctx.model;
    for (let i = 0; i < podSources.length; i++) {
      const pod = podSources[i];
      visit(pod.podAnnotations, pod.podAnnotationsNode, pod.object.ref, true);
    }
    for (const ns of namespaceList) visit(ns.object.annotations, ns.object.annotationsNode, ns.object.ref, true);
    for (let i = 0; i < objects.length; i++) {
      const o = objects[i];
      if (o.annotations.length > 0) visit(o.annotations, o.annotationsNode, o.ref, false);
    }
  }
});

// src/allocator/copies.ts
var copyRank = (p) => (p.cidr !== null ? 0 : 8) + (p.origin === "IPPool" ? 0 : 4) + (p.disabled ? 2 : 0) + (p.allocatable ? 0 : 1);
function definedTwice(model) {
  const cached = twice.get(model);
  if (cached) return cached;
  const byName2 = /* @__PURE__ */ new Map();
  for (const p of model.pools) {
    if (p.origin !== "IPPool" || p.cidr === null || p.name === "") continue;
    const list = byName2.get(p.name);
    if (list) list.push(p);
    else byName2.set(p.name, [p]);
  }
  const out = /* @__PURE__ */ new Map();
  for (const [name, list] of byName2) {
    if (list.length < 2 || new Set(list.map((p) => p.object.ref.file)).size < 2) continue;
    const specs = new Set(list.map((p) => JSON.stringify(toPlain(p.spec) ?? null)));
    if (specs.size > 1) out.set(name, list);
  }
  twice.set(model, out);
  return out;
}
var twice = /* @__PURE__ */ new WeakMap();

// src/allocator/resolve.ts
var isEnabled = (p) => !p.disabled && p.allocatable && p.cidr !== null;
var familyOfKey = (key) => key === "ipv4pools" ? 4 : 6;
var keyOfFamily = (family) => family === 4 ? "ipv4pools" : "ipv6pools";
var views = /* @__PURE__ */ new WeakMap();
function poolsInPlay(model) {
  const cached = views.get(model);
  if (cached) return cached;
  const anyIPPool = model.pools.some((p) => p.origin === "IPPool");
  const rank = copyRank;
  const chosen = /* @__PURE__ */ new Map();
  for (const p of model.pools) {
    if (p.name === "" || p.implicit && anyIPPool) continue;
    const have = chosen.get(p.name);
    if (!have || rank(p) < rank(have)) chosen.set(p.name, p);
  }
  const out = model.pools.filter((p) => !(p.implicit && anyIPPool) && (p.name === "" || chosen.get(p.name) === p));
  views.set(model, out);
  return out;
}
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
function poolNamed(name, pools) {
  return pools.find((p) => p.name === name && p.cidr !== null) ?? pools.find((p) => p.name === name);
}
function enabledPoolWithCIDR(cidr, pools) {
  return pools.find((p) => isEnabled(p) && p.cidr !== null && sameCIDR(p.cidr, cidr));
}
function resolveRequest(model, key, req, pools = poolsInPlay(model)) {
  const family = familyOfKey(key);
  let cidr = req.cidr;
  let named;
  if (!cidr) {
    named = poolNamed(req.text, pools);
    if (!named?.cidr) {
      const elsewhere = named ?? model.pools.find((p) => p.name === req.text);
      if (elsewhere) {
        const why = elsewhere.cidr === null ? `the manifest of pool ${req.text} gives no cidr` : `pool ${req.text} is the operator's default pool, which exists only if the operator created it before any other pool`;
        return { request: req, undetermined: why };
      }
      return { request: req, error: { code: "P1", message: `error parsing pool "${req.text}": invalid CIDR address: ${req.text}` } };
    }
    cidr = named.cidr;
  }
  if (cidr.family !== family) {
    const netText = cidrString(cidr).split("/")[0] ?? "";
    return { request: req, ...named ? { pool: named } : {}, error: { code: "P2", message: `"${netText}" isn't a IPv${family} address` } };
  }
  const match = enabledPoolWithCIDR(cidr, pools);
  if (!match) {
    return { request: req, ...named ? { pool: named } : {}, error: { code: "P3", message: `the given pool (${cidrString(cidr)}) does not exist, or is not enabled` } };
  }
  return { request: req, pool: match };
}
function effectivePools(model, pod, key, pools = poolsInPlay(model)) {
  const chosen = effectivePoolList(model, pod, key);
  if (!chosen) return null;
  const entries = chosen.list.key === key ? resolveList(model, chosen.list, pools) ?? [] : (poolRequests(chosen.list) ?? []).map((r) => resolveRequest(model, key, r, pools));
  return { key, ...chosen, entries };
}
var resolvedLists = /* @__PURE__ */ new WeakMap();
function resolveList(model, list, pools = poolsInPlay(model)) {
  return resolveIn(memoFor(model, pools), model, list, pools);
}
function listResolver(model, pools = poolsInPlay(model)) {
  const memo2 = memoFor(model, pools);
  return (list) => resolveIn(memo2, model, list, pools);
}
function memoFor(model, pools) {
  let byPools = resolvedLists.get(model);
  if (!byPools) resolvedLists.set(model, byPools = /* @__PURE__ */ new WeakMap());
  let memo2 = byPools.get(pools);
  if (!memo2) byPools.set(pools, memo2 = { lists: /* @__PURE__ */ new Map(), texts: { ipv4pools: /* @__PURE__ */ new Map(), ipv6pools: /* @__PURE__ */ new Map() } });
  return memo2;
}
function resolveIn(memo2, model, list, pools) {
  const known = memo2.lists.get(list);
  if (known !== void 0) return known;
  let out = null;
  if (list.key === "ipv4pools" || list.key === "ipv6pools") {
    const key = list.key;
    const texts = memo2.texts[key];
    out = poolRequests(list)?.map((r) => {
      const seen = texts.get(r.text);
      if (!seen) {
        const e = resolveRequest(model, key, r, pools);
        texts.set(r.text, e);
        return e;
      }
      return withRequest(seen, r);
    }) ?? null;
  }
  memo2.lists.set(list, out);
  return out;
}
function withRequest(e, request) {
  if (e.undetermined !== void 0) return { request, undetermined: e.undetermined };
  if (e.error) return e.pool ? { request, pool: e.pool, error: e.error } : { request, error: e.error };
  return e.pool ? { request, pool: e.pool } : { request };
}
function poolContaining(model, ip, pools = poolsInPlay(model)) {
  return pools.find((p) => isEnabled(p) && p.cidr !== null && contains(p.cidr, ip));
}
function nearPools(cidr, pools) {
  const enabled = pools.filter((p) => isEnabled(p) && p.cidr !== null && p.cidr.family === cidr.family);
  const inside2 = enabled.find((p) => p.cidr !== null && within(cidr, p.cidr));
  const covers2 = enabled.filter((p) => p.cidr !== null && within(p.cidr, cidr) && !sameCIDR(p.cidr, cidr));
  const inactive = pools.find((p) => !isEnabled(p) && p.cidr !== null && sameCIDR(p.cidr, cidr));
  return { ...inside2 ? { inside: inside2 } : {}, covers: covers2, ...inactive ? { inactive } : {} };
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
var NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";
var namespacesByName = /* @__PURE__ */ new WeakMap();
function namespacesNamed(model, name) {
  let index = namespacesByName.get(model.namespaceList);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const n of model.namespaceList) {
      const list = index.get(n.name);
      if (list) list.push(n);
      else index.set(n.name, [n]);
    }
    namespacesByName.set(model.namespaceList, index);
  }
  return index.get(name) ?? [];
}
var labelsByName = /* @__PURE__ */ new WeakMap();
function namespaceLabels(model, name) {
  let known = labelsByName.get(model.namespaceList);
  if (!known) labelsByName.set(model.namespaceList, known = /* @__PURE__ */ new Map());
  let out = known.get(name);
  if (!out) {
    out = labelsOf(model, name);
    known.set(name, out);
  }
  return out;
}
function labelsOf(model, name) {
  const objects = namespacesNamed(model, name);
  if (objects.length === 0) return { name, labelSets: null };
  if (objects.some((n) => !n.labelsKnown)) return { name, labelSets: null };
  return { name, labelSets: objects.map((n) => ({ ...n.labels, [NAMESPACE_NAME_LABEL]: name })) };
}
var selectorCache = /* @__PURE__ */ new Map();
function parsedSelector(text) {
  let r = selectorCache.get(text);
  if (!r) {
    r = parseSelector(text);
    if (selectorCache.size > 1e4) selectorCache.clear();
    selectorCache.set(text, r);
  }
  return r;
}
function mayServeNamespace(p, ns) {
  if (p.namespaceSelector.trim() === "" || !ns?.labelSets) return true;
  const sel = parsedSelector(p.namespaceSelector);
  if (!sel.ok) return true;
  const selector = sel.ok;
  return ns.labelSets.some((l) => evaluate(selector, l));
}
function defaultPools(pools, family, ns) {
  const enabled = pools.filter((p) => isEnabled(p) && p.family === family);
  if (enabled.length === 0) return { pools: [], failure: { code: "P4", message: "cannot find a qualified ippool" }, excluded: [] };
  const excluded = [];
  const selected = enabled.filter((p) => {
    const why = isManual(p) ? "manual" : selectsNoNode(p) ? "noNode" : !mayServeNamespace(p, ns) ? "namespace" : null;
    if (why) excluded.push({ pool: p, why });
    return why === null;
  });
  if (selected.length === 0) return { pools: [], failure: { code: "P6", message: "no configured Calico pools for node <node>" }, excluded };
  const workload = selected.filter((p) => allowsUse(p, "Workload")).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const p of selected) if (!allowsUse(p, "Workload")) excluded.push({ pool: p, why: "use" });
  if (workload.length === 0) {
    return { pools: [], failure: { code: "P5", message: "cannot find a qualified ippool, no pools match the required use (Workload)" }, excluded };
  }
  return { pools: workload, excluded };
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
  const raw = (path) => {
    const n = get(pod.object.node, "spec", ...path);
    return n !== void 0 && !(n.kind === "scalar" && n.value === null);
  };
  if (w.scale === "replicas") {
    const hpa = pod.hpas.length === 0 ? void 0 : pod.hpas.find((h) => h.maxReplicas !== void 0);
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
    const n = get(pod.object.node, "spec", ...jobSpec, "completions");
    if (n?.kind === "scalar" && typeof n.value === "number" && posInt(n.value)) completions = n.value;
    const count = completions !== void 0 && completions < pod.parallelism.value ? completions : pod.parallelism.value;
    return { count: BigInt(count), from: "parallelism", span: pod.parallelism.span };
  }
  if (raw([...jobSpec, "parallelism"])) return { count: null, from: "unknown", unknown: "parallelism is not a number" };
  return { count: 1n, from: "default" };
}
function familiesOf(lists, nsLists) {
  const own = lists.ipFamilies;
  const d = isSet(own) ? own : nsLists?.ipFamilies;
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
function podDemand(pod, family, count, list, listFrom, set) {
  const d = { pod, family, count };
  if (list && listFrom) {
    d.list = list;
    d.listFrom = listFrom;
  }
  if (set) d.set = set;
  return d;
}
function listFailure(eff, f, wanted) {
  if (!eff) return void 0;
  let failed;
  if (eff.list.error || eff.list.raw === null) failed = `its ${FAMILY_KEY[f]} annotation does not decode`;
  for (const e of eff.entries) {
    if (!e.error) continue;
    if (e.error.code !== "P3" || wanted.includes(f)) failed ??= e.error.message;
  }
  return failed;
}
var byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
function allocate(model, settings) {
  const collected = collect(model, settings);
  const built = buildPoolSets(model, settings, collected);
  const solved = solve(collected, built);
  return account(collected, built, solved);
}
function collect(model, settings) {
  const pools = poolsInPlay(model).filter((p) => p.cidr !== null && p.family !== null);
  const canonical = new Map(pools.filter((p) => p.name !== "").map((p) => [p.name, p]));
  const canon = (p) => p.name !== "" ? canonical.get(p.name) ?? p : p;
  const index = new Map(pools.map((p, i) => [p, i]));
  const nodes = settings.nodes !== void 0 && posInt(settings.nodes) ? settings.nodes : null;
  const families = [4, 6].filter((f) => pools.some((p) => p.family === f && (f === 4 || isEnabled(p))));
  const defaults = { 4: defaultPools(pools, 4), 6: defaultPools(pools, 6) };
  const byNamespace = /* @__PURE__ */ new Map();
  const selectorPools = pools.some((p) => p.namespaceSelector.trim() !== "");
  const defaultsFor = (f, namespace) => {
    if (!selectorPools) return defaults[f];
    const key = `${f}:${namespace}`;
    let d = byNamespace.get(key);
    if (!d) {
      d = defaultPools(pools, f, namespaceLabels(model, namespace));
      byNamespace.set(key, d);
    }
    return d;
  };
  const defaultFailure = {};
  for (const f of families) {
    const fail = defaults[f].failure;
    if (fail) defaultFailure[f] = fail;
  }
  return { pools, canon, index, nodes, families, defaults, defaultsFor, defaultFailure };
}
function buildPoolSets(model, settings, collected) {
  const { pools, canon, index, nodes, families, defaults, defaultsFor } = collected;
  const sets = /* @__PURE__ */ new Map();
  const setFor = (key, mk) => {
    let s = sets.get(key);
    if (!s) {
      s = mk();
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
  const holders = holdersOf(pools);
  const requestedMemo = { 4: /* @__PURE__ */ new Map(), 6: /* @__PURE__ */ new Map() };
  const requestedOf = (eff, f) => {
    const memo2 = requestedMemo[f];
    const text = eff.list.raw ?? "";
    let r = memo2.get(text);
    if (r === void 0) {
      const requested = dedupe(eff.entries.map((e) => e.pool ? canon(e.pool) : void 0).filter((p) => p !== void 0));
      const usable = requested.filter((p) => allowsUse(p, "Workload"));
      r = requested.length === 0 ? null : { usable, key: `requested:v${f}:${usable.map((p) => index.get(p)).join(",")}`, marked: false };
      memo2.set(text, r);
    }
    return r;
  };
  const defaultKeys = /* @__PURE__ */ new Map();
  const defaultKey = (def, f) => {
    let key = defaultKeys.get(def);
    if (key === void 0) {
      const ids = def.pools.map((p) => index.get(p)).join(",");
      key = def === defaults[f] || ids === defaults[f].pools.map((p) => index.get(p)).join(",") ? `default:v${f}` : `default:v${f}:${ids}`;
      defaultKeys.set(def, key);
    }
    return key;
  };
  const resolve3 = listResolver(model);
  const effective = (lists, nsLists, key) => {
    const own = lists[key];
    if (isSet(own)) return { from: "pod", list: own, entries: resolve3(own) ?? [] };
    const ns = nsLists?.[key];
    return ns ? { from: "namespace", list: ns, entries: resolve3(ns) ?? [] } : null;
  };
  const podsUseCalicoIpam = calicoIpamRuns(model.cni);
  const { podSources } = model;
  for (let i = 0; podsUseCalicoIpam && i < podSources.length; i++) {
    const pod = podSources[i];
    if (pod.hostNetwork?.value === true) continue;
    const count = podCount(pod, settings);
    const runs = count.count !== 0n;
    const lists = pod.calico.lists;
    const noIpam = isSet(lists.ipAddrsNoIpam);
    const ipAddrs = isSet(lists.ipAddrs);
    if (ipAddrs) {
      const ips = staticIPs(pod.calico, "ipAddrs");
      for (let k = 0; k < ips.length; k++) statics.push(claim(holders, pod, ips[k], reservations, runs && !noIpam));
    }
    if (noIpam) {
      const ips = staticIPs(pod.calico, "ipAddrsNoIpam");
      for (let k = 0; k < ips.length; k++) statics.push(claim(holders, pod, ips[k], reservations, false));
    }
    if (!runs) continue;
    if (ipAddrs || noIpam) continue;
    const nsLists = namespaceOf(model, pod)?.calico.lists;
    const fam = familiesOf(lists, nsLists);
    if (fam && "error" in fam) {
      blocked.push({ pod, reason: fam.error });
      continue;
    }
    const wanted = fam ? fam.families : families;
    const eff4 = effective(lists, nsLists, "ipv4pools");
    const eff6 = effective(lists, nsLists, "ipv6pools");
    const failed = listFailure(eff4, 4, wanted) ?? listFailure(eff6, 6, wanted);
    if (failed !== void 0) {
      blocked.push({ pod, reason: failed });
      continue;
    }
    for (let w = 0; w < wanted.length; w++) {
      const f = wanted[w];
      const eff = f === 4 ? eff4 : eff6;
      const req = eff ? requestedOf(eff, f) : null;
      if (req) {
        if (req.usable.length === 0) {
          blocked.push({ pod, reason: "cannot find a qualified ippool, no pools match the required use (Workload)" });
          continue;
        }
        if (!req.marked && eff) {
          for (const p of req.usable) if (!automaticPools.has(p)) automaticPools.set(p, { kind: "requested", by: pod, list: eff.list });
          req.marked = true;
        }
        const set2 = req.set ??= sets.get(req.key) ?? setFor(req.key, () => ({ key: req.key, kind: "requested", family: f, pools: req.usable, consumers: [] }));
        set2.consumers.push(podDemand(pod, f, count, eff?.list, eff?.from));
        continue;
      }
      const def = defaultsFor(f, pod.namespace);
      if (def.pools.length === 0) {
        const d = podDemand(pod, f, count, eff?.list, eff?.from);
        demands.push(def.failure ? { ...d, noPool: def.failure } : d);
        continue;
      }
      const key = defaultKey(def, f);
      const set = sets.get(key) ?? setFor(key, () => ({ key, kind: "default", family: f, pools: def.pools, consumers: [] }));
      set.consumers.push(podDemand(pod, f, count, eff?.list, eff?.from));
    }
  }
  return { sets, automaticPools, tPools, statics, demands, blocked, reservations };
}
function solve(collected, built) {
  const { pools, index, nodes } = collected;
  const { sets, statics, reservations } = built;
  const usage = pools.map((p) => capacityOf(p, reservations, statics));
  const order = { tunnel: 0, requested: 1, default: 2 };
  const builders = [...sets.values()].sort((a, b) => order[a.kind] - order[b.kind] || a.pools.length - b.pools.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const demandOf = (s) => s.kind === "tunnel" ? BigInt(nodes ?? 0) : s.consumers.reduce((n, c) => n + (c.count.count ?? 0n), 0n);
  const flowSets = builders.map((s) => ({ demand: demandOf(s), pools: s.pools.map((p) => index.get(p)) }));
  const flow = solveFlow(
    usage.map((u) => u.enabled ? u.capacity : 0n),
    flowSets
  );
  return { usage, builders, flowSets, flow };
}
function account(collected, built, solved) {
  const { pools, index, nodes, families, defaultFailure } = collected;
  const { automaticPools, tPools, statics, demands, blocked } = built;
  const { usage, builders, flowSets, flow } = solved;
  const tunnelBy = pools.map(() => 0n);
  const demandBy = pools.map(() => 0n);
  const shortBy = pools.map(() => 0n);
  const finalSets = builders.map((b, i) => {
    const assigned = flow.assigned[i] ?? [];
    const shortfall = flow.shortfall[i] ?? 0n;
    b.pools.forEach((p, k) => {
      const at2 = index.get(p);
      const a = assigned[k] ?? 0n;
      if (b.kind === "tunnel") tunnelBy[at2] = tunnelBy[at2] + a;
      else demandBy[at2] = demandBy[at2] + a;
    });
    const last = b.pools[b.pools.length - 1];
    if (shortfall > 0n && last) {
      const at2 = index.get(last);
      shortBy[at2] = shortBy[at2] + shortfall;
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
      const d = podDemand(c.pod, c.family, c.count, c.list, c.listFrom, set);
      consumers.push(d);
      if (c.count.count === null) unknown.push(d);
    }
    return set;
  });
  for (const s of finalSets) for (const c of s.consumers) demands.push(c);
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
function holdersOf(pools) {
  const out = [];
  for (const p of pools) if (isEnabled(p) && p.cidr !== null) out.push({ pool: p, family: p.cidr.family, lo: p.cidr.network, hi: lastOf(p.cidr) });
  return out;
}
var Claim = class {
  constructor(pod, address, pool, reserved, counted) {
    this.pod = pod;
    this.address = address;
    this.reserved = reserved;
    this.counted = counted;
    this.pool = pool || void 0;
  }
  pod;
  address;
  reserved;
  counted;
  get key() {
    return this.address.key;
  }
  get text() {
    return this.address.text;
  }
  get ip() {
    return this.address.ip;
  }
  get span() {
    return this.address.span;
  }
};
function claim(holders, pod, s, reservations, counted) {
  const { family, value } = s.ip;
  let pool;
  for (let i = 0; i < holders.length; i++) {
    const h = holders[i];
    if (h.family === family && value >= h.lo && value <= h.hi) {
      pool = h.pool;
      break;
    }
  }
  return new Claim(pod, s, pool, covers(reservations[family], value), counted);
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
  const blocks = Number.isInteger(p.blockSize) && p.blockSize >= cidr.prefix && p.blockSize <= bitsOf(family) ? 1n << BigInt(p.blockSize - cidr.prefix) : 0n;
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

// src/allocator/pool-index.ts
function poolLookup(pools) {
  const enabled = { 4: /* @__PURE__ */ new Map(), 6: /* @__PURE__ */ new Map() };
  const inactive = { 4: /* @__PURE__ */ new Map(), 6: /* @__PURE__ */ new Map() };
  const masks = { 4: /* @__PURE__ */ new Map(), 6: /* @__PURE__ */ new Map() };
  pools.forEach((p, i) => {
    if (!p.cidr) return;
    const { family, prefix, network } = p.cidr;
    const into = (isEnabled(p) ? enabled : inactive)[family];
    let networks = into.get(prefix);
    if (!networks) into.set(prefix, networks = /* @__PURE__ */ new Map());
    if (!networks.has(network)) networks.set(network, i);
    if (!masks[family].has(prefix)) masks[family].set(prefix, maskOf(family, prefix));
  });
  const first = (into, ip) => {
    let best;
    for (const [prefix, networks] of into[ip.family]) {
      const i = networks.get(ip.value & masks[ip.family].get(prefix));
      if (i !== void 0 && (best === void 0 || i < best)) best = i;
    }
    return best === void 0 ? void 0 : pools[best];
  };
  return { enabled: (ip) => first(enabled, ip), inactive: (ip) => first(inactive, ip) };
}

// src/allocator/block-limit.ts
var DEFAULT_MAX_BLOCKS_PER_HOST = 20;
function blockLimit(model, settings) {
  const cfg = model.ipamConfigs.find((c) => c.maxBlocksPerHost !== void 0 && (c.object.ref.name ?? "default") === "default");
  const mb = cfg?.maxBlocksPerHost;
  if (cfg && mb && Number.isInteger(mb.value) && mb.value >= 0) {
    return { limit: mb.value > 0 ? mb.value : DEFAULT_MAX_BLOCKS_PER_HOST, span: mb.span, object: cfg.object, from: "files" };
  }
  const given = settings.maxBlocksPerHost;
  if (given !== void 0 && Number.isInteger(given) && given > 0) return { limit: given, from: "configuration" };
  return { limit: DEFAULT_MAX_BLOCKS_PER_HOST, from: "default" };
}
function blockAddresses(p) {
  const bits = bitsOf(p.family ?? 4);
  const prefix = p.cidr?.prefix ?? 0;
  return Number.isInteger(p.blockSize) && p.blockSize <= bits && p.blockSize >= prefix ? 1n << BigInt(bits - p.blockSize) : 0n;
}
var perNode = (pools, limit) => pools.reduce((n, p) => n + BigInt(limit) * blockAddresses(p), 0n);
var KUBELET_DEFAULT_MAX_PODS = 110n;
function familyBlockLimits(a, limit) {
  const out = [];
  for (const family of [4, 6]) {
    const sets = a.sets.filter((s) => s.family === family && s.kind !== "tunnel");
    const pools = [...new Set(sets.flatMap((s) => s.pools))];
    const consumers = sets.flatMap((s) => s.consumers).filter((c) => c.count.count !== null && c.count.count > 0n);
    const demand = sets.reduce((n, s) => n + s.demand, 0n);
    if (pools.length === 0 || demand === 0n) continue;
    out.push({ family, pools, demand, consumers, perNode: perNode(pools, limit) });
  }
  return out;
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

// src/rules/_shared/static.ts
var STATIC_KEYS = ["ipAddrs", "ipAddrsNoIpam"];
var NO_STATICS = [];
var factsOf = oncePer((model) => {
  const pods = cniPods(model);
  const all = [];
  const withStatics = [];
  const listedOrStatic = [];
  for (let i = 0; i < pods.length; i++) {
    const pod = pods[i];
    const lists = pod.calico.lists;
    const staticPath = isSet(lists.ipAddrs) || isSet(lists.ipAddrsNoIpam);
    const facts = staticPath ? { pod, statics: staticsOf(pod), staticPath, ownPoolList: false } : { pod, statics: NO_STATICS, staticPath, ownPoolList: isSet(lists.ipv4pools) || isSet(lists.ipv6pools) };
    all.push(facts);
    if (facts.statics.length > 0) withStatics.push(facts);
    if (facts.ownPoolList || facts.statics.length > 0) listedOrStatic.push(facts);
  }
  return { all, withStatics, listedOrStatic };
});
function staticPods(model) {
  return factsOf(model).withStatics;
}
function listedOrStaticPods(model) {
  return factsOf(model).listedOrStatic;
}
var ipText = oncePer((ip) => ip.family === 4 ? ipv4Text(Number(ip.value)) : ipString(ip));
var ipv4Text = (v) => `${Math.floor(v / 16777216) % 256}.${Math.floor(v / 65536) % 256}.${Math.floor(v / 256) % 256}.${v % 256}`;
var cidrText = oncePer((c) => cidrString(c));
var cniPods = oncePer((model) => model.podSources.filter((p) => !isHostNetwork(p)));
function staticsOf(pod) {
  const own = staticIPs(pod.calico, "ipAddrs");
  const noIpam = staticIPs(pod.calico, "ipAddrsNoIpam");
  if (noIpam.length === 0) return own;
  if (own.length === 0) return noIpam;
  return [...own, ...noIpam];
}
var viewPools = (model) => poolsInPlay(model);
var anyPoolKnown = (pools) => pools.some((p) => p.cidr !== null);
function poolText(p) {
  const cidr = p.cidr ? cidrText(p.cidr) : p.cidrText?.value ?? "";
  return p.name ? `${p.name} (${cidr})` : cidr;
}
function someOf(items, max = 4) {
  if (items.length <= max) return listText(items);
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}
function entryRange(e) {
  return e.pool?.cidr ?? e.request.cidr ?? null;
}
function entryText(e) {
  if (e.pool && e.pool.name === e.request.text) return poolText(e.pool);
  return e.request.text;
}
function insideEntries(ip, entries) {
  const host = { family: ip.family, network: ip.value, prefix: ip.family === 4 ? 32 : 128, hadHostBits: false };
  let unknown = false;
  for (const e of entries) {
    const r = entryRange(e);
    if (!r) unknown = true;
    else if (within(host, r)) return true;
  }
  return unknown ? null : false;
}
function anyOf(items, max = 4) {
  const shown2 = items.slice(0, max);
  const rest = items.length - shown2.length;
  if (rest > 0) return `${shown2.join(", ")} or one of ${rest} more`;
  if (shown2.length <= 1) return shown2.join("");
  return `${shown2.slice(0, -1).join(", ")} or ${shown2[shown2.length - 1]}`;
}
function editDistance2(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}
function nearestName(name, names) {
  let best;
  let bestD = Infinity;
  const lower = name.toLowerCase();
  for (const n of names) {
    const d = editDistance2(lower, n.toLowerCase());
    if (d < bestD) {
      best = n;
      bestD = d;
    }
  }
  return best !== void 0 && bestD <= Math.max(2, Math.floor(name.length / 4)) ? best : void 0;
}
var familyPools = (pools, family) => pools.filter((p) => p.cidr !== null && p.cidr.family === family);
var poolListSites = oncePer((model) => {
  const out = [];
  const facts = listedOrStaticPods(model);
  for (let i = 0; i < facts.length; i++) {
    const { pod, ownPoolList } = facts[i];
    if (!ownPoolList) continue;
    const nsFamilies = model.namespaces.get(pod.namespace)?.calico.lists.ipFamilies;
    const own = pod.calico.lists.ipFamilies;
    const ipFamilies = isSet(own) ? own : nsFamilies;
    for (let k = 0; k < 2; k++) {
      const key = k === 0 ? "ipv4pools" : "ipv6pools";
      const list = pod.calico.lists[key];
      if (!isSet(list)) continue;
      out.push({ list, key, object: pod.object, pod, ...ipFamilies ? { ipFamilies } : {} });
    }
  }
  for (const ns of model.namespaceList) {
    const ipFamilies = ns.calico.lists.ipFamilies;
    for (let k = 0; k < 2; k++) {
      const key = k === 0 ? "ipv4pools" : "ipv6pools";
      const list = ns.calico.lists[key];
      if (!isSet(list)) continue;
      out.push({ list, key, object: ns.object, namespace: ns, ...ipFamilies ? { ipFamilies } : {} });
    }
  }
  return out;
});
function victimsOf(site) {
  if (site.namespace) return `every pod in namespace ${site.namespace.name} that does not set its own ${site.key}`;
  return "the pod";
}
function familyAssigned(site, family, pools) {
  const d = site.ipFamilies;
  if (isSet(d) && !d.error && d.raw !== null) {
    const items = (d.items ?? []).map((i) => i.value);
    if (items.length > 0 && items.every((i) => i === "IPv4" || i === "IPv6")) return items.includes(`IPv${family}`);
  }
  return anyPoolOf(pools, family);
}
var familiesIn = oncePer((pools) => ({ 4: familyPools(pools, 4).length > 0, 6: familyPools(pools, 6).length > 0 }));
var anyPoolOf = (pools, family) => familiesIn(pools)[family];
var disabledField = (p) => p.origin === "Installation" ? "`disableNewAllocations: true` from the Installation pool" : "`disabled: true` from the pool";

// src/rules/duplicate-static-ip.ts
var identityOf = (pod) => {
  const r = pod.object.ref;
  return r.name !== void 0 ? `${apiGroup(r.apiVersion)}/${r.kind}/${pod.namespace}/${r.name}` : `${r.file}:${r.span.start}`;
};
var duplicate_static_ip_default = defineRule({
  id: "duplicate-static-ip",
  meta: {
    description: "Disallow one static address claimed by two pod sources",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "repository",
    messages: {
      taken: "{{shown}} is also claimed by {{others}}{{more}}: Calico gives the address to whichever pod starts first and fails the others with `resource already exists: {{ip}} with error: Address already assigned in block`. Give each pod source its own address",
      notConcurrent: "{{shown}} is also claimed by {{others}}; {{why}}, so they may not hold it at the same time, but whenever they do Calico fails the later pod with `resource already exists: {{ip}} with error: Address already assigned in block`. Give each pod source its own address",
      noIpam: "{{shown}} is also claimed by {{others}}, and {{bypass}} ipAddrsNoIpam, which bypasses Calico IPAM: Calico cannot see the clash and starts the pods with the same address, so traffic for it reaches either pod. Give each pod source its own address"
    },
    calico: "`ipAddrs` takes the address through IPAM (`AssignIP`): the first pod to start holds it and every other pod that asks for it fails with `resource already exists: <ip> with error: Address already assigned in block` until the first one is gone. `ipAddrsNoIpam` is not recorded anywhere, so Calico starts every pod that claims the address and the network delivers its traffic to either. Addresses are compared as addresses (`fd00::1` and `fd00:0::0001` are one), across files and namespaces; context files count as claims. The same object (kind, namespace and name) written twice, as in per-cluster directories, is not a clash. A source that runs no pod (`replicas: 0`), or two Jobs/CronJobs that may run at different times, give a warning.",
    remediation: "Give each pod source its own static address, or drop the static address and let Calico assign one from a pool."
  },
  check(ctx) {
    const groups = /* @__PURE__ */ new Map();
    const ids = /* @__PURE__ */ new Map();
    const idOf = (p) => {
      let id = ids.get(p);
      if (id === void 0) {
        id = identityOf(p);
        ids.set(p, id);
      }
      return id;
    };
    const withStatics = staticPods(ctx.model);
    for (let n = 0; n < withStatics.length; n++) {
      const { pod, statics } = withStatics[n];
      const count = podCount(pod, ctx.settings);
      if (count.from === "template") continue;
      const kind = pod.workload.kind;
      for (let k = 0; k < statics.length; k++) {
        const s = statics[k];
        const key = `${s.ip.family}:${ipText(s.ip)}`;
        const claim2 = { pod, s, idle: count.count === 0n || suspended(pod), finite: kind === "Job" || kind === "CronJob" };
        const list = groups.get(key);
        if (!list) {
          groups.set(key, [claim2]);
          continue;
        }
        if (list.some((c) => c.pod === pod || idOf(c.pod) === idOf(pod))) continue;
        list.push(claim2);
      }
    }
    for (const claims of groups.values()) {
      if (claims.length < 2) continue;
      const ipamAll = claims.filter((o) => o.s.key === "ipAddrs");
      const noIpamAll = claims.filter((o) => o.s.key === "ipAddrsNoIpam");
      const activeIpam = ipamAll.filter((o) => !o.idle).length;
      const activeIpamInfinite = ipamAll.filter((o) => !o.idle && !o.finite).length;
      for (const c of claims) {
        const others = excluding(claims, c);
        const ip = ipText(c.s.ip);
        const shown2 = c.s.text === ip ? ip : `${c.s.text} (${ip})`;
        const whoOf = (list) => someCount(list.head.map((o) => o.s.text !== c.s.text ? `${podWho(o.pod)} (written ${o.s.text})` : podWho(o.pod)), list.length);
        const base = {
          at: c.s.span,
          object: c.pod.object.ref,
          value: ip,
          related: others.head.map((o) => ({ span: o.s.span, message: `${ip} is also claimed by ${podWho(o.pod)} (${o.s.key})` }))
        };
        const ipam = excluding(ipamAll, c, c.s.key === "ipAddrs");
        if (c.s.key === "ipAddrs" && ipam.length > 0) {
          const activeOthers = activeIpam - (c.idle ? 0 : 1);
          const infiniteOthers = activeIpamInfinite - (!c.idle && !c.finite ? 1 : 0);
          let why;
          if (c.idle) why = `this ${c.pod.workload.kind} runs no pod now (${idleField(c.pod)})`;
          else if (activeOthers === 0) why = ipam.length === 1 ? `${podWho(ipam.head[0].pod)} runs no pod now (${idleField(ipam.head[0].pod)})` : "the others run no pod now";
          else if (c.finite && infiniteOthers === 0) why = "Jobs and CronJobs release the address when they finish";
          const severity = why === void 0 ? "error" : "warning";
          const bypassing = excluding(noIpamAll, c, false);
          const more = bypassing.length === 0 ? "" : ` (and by ${whoOf(bypassing)} through ipAddrsNoIpam, which Calico cannot see)`;
          if (why === void 0) ctx.report({ ...base, messageId: "taken", severity, data: { ip, shown: shown2, others: whoOf(ipam), more } });
          else ctx.report({ ...base, messageId: "notConcurrent", severity, data: { ip, shown: shown2, others: whoOf(others), why } });
          continue;
        }
        const selfBypasses = c.s.key === "ipAddrsNoIpam";
        const bypassCount = noIpamAll.length;
        const bypass = selfBypasses ? bypassCount === 1 ? "this pod uses" : "these pods use" : bypassCount === 1 ? "it uses" : "they use";
        ctx.report({ ...base, messageId: "noIpam", severity: "warning", data: { shown: shown2, others: whoOf(others), bypass } });
      }
    }
  }
});
var HEAD = 50;
function excluding(list, c, holds = true) {
  const head = list.slice(0, HEAD + 1).filter((o) => o !== c).slice(0, HEAD);
  return { head, length: list.length - (holds ? 1 : 0) };
}
function someCount(names, total2, max = 3) {
  if (total2 <= max) return someOf(names, max);
  return `${names.slice(0, max).join(", ")} and ${total2 - max} more`;
}
var suspended = (pod) => pod.suspend?.value === true;
function idleField(pod) {
  if (suspended(pod)) return "suspend: true";
  if (pod.replicas?.value === 0) return "replicas: 0";
  if (pod.parallelism?.value === 0) return "parallelism: 0";
  return "no replica";
}

// src/rules/feature-flag-required.ts
function operatorInstallation(objects) {
  return objects.find(
    (o) => o.ref.kind === "Installation" && apiGroup(o.ref.apiVersion) === "operator.tigera.io" && (str(get(o.node, "spec", "cni", "type")) ?? "Calico") === "Calico"
  );
}
var feature_flag_required_default = defineRule({
  id: "feature-flag-required",
  meta: {
    description: "Warn about ipAddrsNoIpam and floatingIPs, which need a CNI feature flag that standard installs do not set",
    defaultSeverity: "warning",
    mixedSeverity: true,
    scope: "object",
    messages: {
      noIpamUnknown: "Unless the Calico CNI config sets `feature_control.ip_addrs_no_ipam: true`, Calico fails the pod with `requested feature is not enabled: ip_addrs_no_ipam`; the operator, the stock manifests and the Helm chart never set it. Use cni.projectcalico.org/ipAddrs, or enable the flag in the CNI config and set featureFlags.ipAddrsNoIpam: true in .calico-ipam-lint.yaml",
      noIpamOff: "The ip_addrs_no_ipam feature flag is off (featureFlags.ipAddrsNoIpam in the lint config), so Calico fails the pod with `requested feature is not enabled: ip_addrs_no_ipam`. Use cni.projectcalico.org/ipAddrs, or enable `feature_control.ip_addrs_no_ipam` in the CNI config",
      floatingUnknown: "Unless the Calico CNI config sets `feature_control.floating_ips: true`, Calico fails the pod with `requested feature is not enabled: floating_ips` (after assigning its address, which it then releases); the operator cannot set it and the stock manifests and Helm chart do not. Remove the annotation, or enable the flag in the CNI config and set featureFlags.floatingIPs: true in .calico-ipam-lint.yaml",
      floatingOff: "The floating_ips feature flag is off (featureFlags.floatingIPs in the lint config), so Calico fails the pod with `requested feature is not enabled: floating_ips`. Remove the annotation, or enable `feature_control.floating_ips` in the CNI config (not possible on operator-managed clusters)",
      noIpamOperator: "The operator manages Calico here ({{installation}}), and it never sets `feature_control.ip_addrs_no_ipam` in the CNI config: Calico fails the pod with `requested feature is not enabled: ip_addrs_no_ipam`. Use cni.projectcalico.org/ipAddrs instead",
      ipamIncompatible: "Calico's CNI config uses {{ipam}} IPAM, not calico-ipam ({{source}}), so Calico fails the pod with `{{name}} is not compatible with configured IPAM: {{ipam}}`. Remove {{key}} (the pod then gets an address from {{ipam}}), or switch the cluster to Calico IPAM to keep a fixed address",
      floatingOperator: "The operator manages Calico here ({{installation}}), and it cannot set `feature_control.floating_ips` in the CNI config: Calico fails the pod with `requested feature is not enabled: floating_ips` (after assigning its address, which it then releases). Remove the annotation: floating IPs are not supported on operator-managed clusters"
    },
    calico: '`ipAddrsNoIpam` needs `feature_control.ip_addrs_no_ipam: true` and `floatingIPs` needs `feature_control.floating_ips: true` in the CNI config; both default to false, and neither the operator nor the stock manifests or Helm chart set them. Without the flag the pod fails with `requested feature is not enabled: ip_addrs_no_ipam` or `requested feature is not enabled: floating_ips`. The rule warns when the lint config does not say, errs when it says the flag is off or when an operator Installation in the files shows the flags cannot be on, and is silent when the config says the flag is on. Both static-address annotations also need Calico IPAM: when the configuration\'s `cni.ipam` or the files show a CNI config with another IPAM (an Installation with `spec.cni.ipam.type: HostLocal`, or a `calico-config` / `canal-config` ConfigMap whose `cni_network_config` sets `"ipam": {"type": "host-local"}`), Calico fails the pod with `ipAddrs is not compatible with configured IPAM: host-local` (or the same with ipAddrsNoIpam), before it looks at the feature flag. When Calico is installed for policy only (`spec.cni.type` AmazonVPC, AzureVNET, GKE), its CNI plugin does not run and none of this applies.',
    remediation: "Use `ipAddrs` instead of `ipAddrsNoIpam` and drop `floatingIPs`, or enable the flag in the CNI config (manifest installs only) and record it under `featureFlags` in `.calico-ipam-lint.yaml`. Under host-local (or any IPAM other than calico-ipam), remove `ipAddrs` and `ipAddrsNoIpam`, or move the cluster to Calico IPAM."
  },
  check(ctx) {
    const flags = ctx.settings.featureFlags;
    const operator = operatorInstallation(ctx.model.objects);
    const related = operator ? [{ span: operator.ref.span, message: "the operator's Installation" }] : [];
    const installation = operator ? `Installation ${operator.ref.name ?? "(unnamed)"}` : "";
    const cni = ctx.model.cni;
    const otherIpam = cni && !calicoIpamRuns(cni) && cni.plugin === "Calico" ? cni : void 0;
    if (cni && cni.plugin !== "Calico") return;
    const sites = annotatedSites(ctx.model);
    for (let n = 0; n < sites.length; n++) {
      const site = sites[n];
      if (site.kind !== "pod") continue;
      if (otherIpam && otherIpam.ipam !== null) {
        for (let k = 0; k < 2; k++) {
          const key = k === 0 ? "ipAddrs" : "ipAddrsNoIpam";
          const d = site.pod?.cniUnread?.lists[key];
          if (!d?.raw) continue;
          ctx.report({
            messageId: "ipamIncompatible",
            severity: "error",
            data: { ipam: otherIpam.ipam, source: otherIpam.source, name: key, key: d.entry.key },
            at: d.entry.keySpan,
            related: otherIpam.span ? [{ span: otherIpam.span, message: `the CNI config's IPAM: ${otherIpam.ipam}` }] : [],
            object: site.object.ref
          });
        }
      }
      const noIpam = site.calico.lists.ipAddrsNoIpam;
      if (noIpam?.raw && flags.ipAddrsNoIpam !== true) {
        const off = flags.ipAddrsNoIpam === false;
        if (!off && operator) ctx.report({ messageId: "noIpamOperator", severity: "error", data: { installation }, related, at: noIpam.entry.keySpan, object: site.object.ref });
        else ctx.report({ messageId: off ? "noIpamOff" : "noIpamUnknown", severity: off ? "error" : "warning", at: noIpam.entry.keySpan, object: site.object.ref });
      }
      const floating = site.calico.lists.floatingIPs;
      if (floating?.raw && flags.floatingIPs !== true) {
        const off = flags.floatingIPs === false;
        if (!off && operator) ctx.report({ messageId: "floatingOperator", severity: "error", data: { installation }, related, at: floating.entry.keySpan, object: site.object.ref });
        else ctx.report({ messageId: off ? "floatingOff" : "floatingUnknown", severity: off ? "error" : "warning", at: floating.entry.keySpan, object: site.object.ref });
      }
    }
  }
});

// src/rules/invalid-annotation-value.ts
var HEX = /^[0-9A-Fa-f]{2}$/;
function parseMAC(s) {
  if (s.length < 14) return false;
  let groups;
  if (s[2] === ":" || s[2] === "-") {
    if ((s.length + 1) % 3 !== 0) return false;
    groups = s.split(s[2]);
    if (groups.some((g) => g.length !== 2)) return false;
  } else if (s[4] === ".") {
    if ((s.length + 1) % 5 !== 0) return false;
    const quads = s.split(".");
    if (quads.some((q) => q.length !== 4)) return false;
    groups = quads.flatMap((q) => [q.slice(0, 2), q.slice(2)]);
  } else {
    return false;
  }
  return [6, 8, 20].includes(groups.length) && groups.every((g) => HEX.test(g));
}
function repairMAC(s) {
  const t = s.trim();
  let octets = null;
  if (/^[0-9A-Fa-f]{12}$/.test(t)) octets = t.match(/../g);
  else if (/^[0-9A-Fa-f]{1,2}([:-][0-9A-Fa-f]{1,2}){5}$/.test(t)) octets = t.split(/[:-]/).map((o) => o.padStart(2, "0"));
  if (!octets) return null;
  const out = octets.join(":").toLowerCase();
  return parseMAC(out) && out !== s ? out : null;
}
var FAMILY_FIX = { ipv4: "IPv4", v4: "IPv4", "4": "IPv4", inet: "IPv4", ipv6: "IPv6", v6: "IPv6", "6": "IPv6", inet6: "IPv6" };
var invalid_annotation_value_default = defineRule({
  id: "invalid-annotation-value",
  meta: {
    description: "Disallow Calico annotation values that decode but that Calico rejects",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "object",
    messages: {
      emptyStatic: 'Calico fails the pod with `annotation "{{key}}" specified but empty`. Name the address (`\'["10.0.0.1"]\'`), or remove the annotation to let Calico choose one',
      badFamily: "Calico fails {{victim}} with `error parsing ipFamilies: {{raw}}`: the entries must be exactly IPv4 or IPv6 (case-sensitive). {{fix}}",
      emptyFamilies: 'With no IP family, Calico\'s IPAM assigns no address and Calico fails {{victim}} with `IPAM plugin returned missing IP config`. List the families (`\'["IPv4"]\'`, `\'["IPv4", "IPv6"]\'`), or remove the annotation',
      badMac: "Calico fails the pod with `failed to parse MAC address {{value}} provided via cni.projectcalico.org/hwAddr: address {{value}}: invalid MAC address`. {{fix}}",
      notString: "{{key}} is a YAML {{type}}, but annotation values must be strings: kubectl and the API server reject the whole object. Quote the value",
      badOutput: "Calico writes {{key}} itself; until the pod has IPs it reads the pod's addresses from it, and `{{value}}` does not parse (`invalid CIDR address: {{bad}}`), so pod conversion and network setup fail. Remove the annotation",
      fakeOutput: "Calico writes {{key}} itself and rewrites it when it sets up the pod's network (CNI ADD), so the pod gets its own addresses; until then, once the pod is scheduled, Calico reads the pod's addresses from it and policy briefly treats the pod as owning {{value}}. Typical of a `kubectl get -o yaml` export; remove the annotation from manifests you keep",
      containerId: "Calico writes {{key}} itself when it sets up the pod's network (CNI ADD), overwriting this value, and uses it to tell the pod's sandboxes apart: the value from the manifest has no lasting effect. Typical of a `kubectl get -o yaml` export; remove the annotation from manifests you keep"
    },
    calico: "`ipAddrs`/`ipAddrsNoIpam` set to `[]` or `null` fail with `annotation \"<key>\" specified but empty` (an empty string counts as absent). `ipFamilies` entries other than exactly `IPv4`/`IPv6` fail with `error parsing ipFamilies: <raw>`, and `[]` leaves IPAM nothing to assign (`IPAM plugin returned missing IP config`). `hwAddr` goes through Go's `net.ParseMAC`; a bad or empty value fails with `failed to parse MAC address <v> provided via cni.projectcalico.org/hwAddr: address <v>: invalid MAC address`. `podIP`, `podIPs` and `containerID` are written by Calico and rewritten at CNI ADD; before that, a scheduled pod's addresses are read from `podIP`/`podIPs`, so a value that does not parse fails the pod's conversion (an error), and a valid one (as in a `kubectl get -o yaml` export) makes the pod appear to own an address until its network is set up (a warning).",
    remediation: 'Give `ipAddrs`/`ipAddrsNoIpam` an address or remove them, write `ipFamilies` as `["IPv4"]`, `["IPv6"]` or both, write `hwAddr` as six colon-separated hex octets, and delete `podIP`, `podIPs` and `containerID` from manifests.'
  },
  check(ctx) {
    const yamlType2 = (n) => n.kind === "seq" ? "list" : n.kind === "map" ? "mapping" : typeof n.value === "boolean" ? "boolean" : "number";
    const textOf = (n) => n.kind !== "scalar" ? void 0 : n.value === null ? "" : typeof n.value === "string" ? n.value : void 0;
    const reportMac = (e, ref) => {
      const n = e.node;
      const v = textOf(n);
      if (v === void 0) {
        ctx.report({ messageId: "notString", data: { key: e.key, type: yamlType2(n) }, at: n.span, object: ref });
        return;
      }
      if (parseMAC(v)) return;
      const fixed = repairMAC(v);
      const fix = v === "" ? "Give a MAC address such as `ca:fe:ca:fe:ca:fe`, or remove the annotation" : fixed ? `Write \`${fixed}\`` : "Write six colon-separated hex octets, such as `ca:fe:ca:fe:ca:fe`";
      ctx.report({ messageId: "badMac", data: { value: shown(v), fix }, at: n.span, object: ref, value: v });
    };
    const reportOutput = (e, ref) => {
      const n = e.node;
      if (shortKey(e.key) === "containerID") {
        if (textOf(n) === "") return;
        ctx.report({ messageId: "containerId", data: { key: e.key }, at: e.keySpan, object: ref, severity: "warning" });
        return;
      }
      const v = textOf(n);
      if (v === void 0) {
        ctx.report({ messageId: "notString", data: { key: e.key, type: yamlType2(n) }, at: n.span, object: ref });
        return;
      }
      if (v === "") return;
      const parts = shortKey(e.key) === "podIPs" ? v.split(",") : [v];
      const bad = parts.find((p) => !parseCIDROrIP(p));
      ctx.report(
        bad !== void 0 ? { messageId: "badOutput", data: { key: e.key, value: shown(v), bad: shown(bad) }, at: n.span, object: ref, value: v } : (
          // A valid address is read only until CNI ADD rewrites it (conversion.go getPodIPs, calcCNIAnnotations): a warning.
          { messageId: "fakeOutput", data: { key: e.key, value: shown(v) }, at: n.span, object: ref, value: v, severity: "warning" }
        )
      );
    };
    const sites = annotatedSites(ctx.model);
    for (let n = 0; n < sites.length; n++) {
      const site = sites[n];
      const ref = site.object.ref;
      if (site.kind === "pod") {
        for (let k = 0; k < 2; k++) {
          const key = k === 0 ? "ipAddrs" : "ipAddrsNoIpam";
          const d = site.calico.lists[key];
          if (!isSet(d) || d.raw === null || d.error || d.items && d.items.length > 0) continue;
          ctx.report({ messageId: "emptyStatic", data: { key: fullKey(key) }, at: d.entry.node.span, object: ref, value: d.raw });
        }
      }
      const fam = site.calico.lists.ipFamilies;
      if (isSet(fam) && fam.raw !== null && !fam.error) {
        const victim = victims(site, "ipFamilies");
        const items = fam.items ?? [];
        const staticPath = site.kind === "pod" && (isSet(site.calico.lists.ipAddrs) || isSet(site.calico.lists.ipAddrsNoIpam));
        if (items.length === 0 && !staticPath) {
          ctx.report({ messageId: "emptyFamilies", data: { victim }, at: fam.entry.node.span, object: ref, value: fam.raw });
        }
        for (const it of items) {
          if (it.value === "IPv4" || it.value === "IPv6") continue;
          const meant = FAMILY_FIX[it.value.trim().toLowerCase()];
          const fix = meant ? `Write "${meant}"` : "Remove the entry, or write IPv4 or IPv6";
          ctx.report({ messageId: "badFamily", data: { victim, raw: shown(fam.raw), fix }, at: it.span, object: ref, value: it.value });
        }
      }
      if (site.kind !== "pod") continue;
      if (site.calico.hwAddr) reportMac(site.calico.hwAddr, ref);
      for (const out of site.calico.outputs) reportOutput(out, ref);
    }
  }
});

// src/rules/invalid-ip.ts
var IP_KEYS = ["ipAddrs", "ipAddrsNoIpam", "floatingIPs"];
var CHECKED_KEYS = [...IP_KEYS, "allowedSourcePrefixes"];
function dropLeadingZeros(s) {
  if (!s.includes(".")) return s;
  const cut = s.lastIndexOf(":") + 1;
  const v4 = s.slice(cut).replace(/(^|\.)0+(\d+)(?=\.|\/|$)/g, "$1$2");
  return s.slice(0, cut) + v4;
}
function explainIP(s) {
  if (s === "") return { reason: "Remove the empty entry" };
  const reasons = [];
  let t = s;
  if (t.trim() !== t) {
    t = t.trim();
    reasons.push("remove the spaces");
  }
  const bracketed = /^\[([^\]]*)\](?::\d+)?$/.exec(t);
  if (bracketed?.[1] !== void 0) {
    t = bracketed[1];
    reasons.push(bracketed[0] === `[${t}]` ? "drop the brackets" : "drop the brackets and the port");
  } else if (/^[\d.]+:\d+$/.test(t)) {
    t = t.slice(0, t.lastIndexOf(":"));
    reasons.push("drop the port");
  }
  const zone = t.indexOf("%");
  if (zone !== -1) {
    reasons.push(`drop the zone ${t.slice(zone)}`);
    t = t.slice(0, zone);
  }
  const slash = t.indexOf("/");
  if (slash !== -1) {
    const c = parseCIDR(dropLeadingZeros(t));
    if (c && c.prefix < bitsOf(c.family) && !c.hadHostBits) {
      return {
        reason: `Name one address: ${t} is a range and the annotation takes single addresses (to draw from a range, use cni.projectcalico.org/ipv${c.family}pools)`
      };
    }
    reasons.push(`drop the ${t.slice(slash)}`);
    t = t.slice(0, slash);
  }
  const unzeroed = dropLeadingZeros(t);
  if (unzeroed !== t && parseIP(unzeroed)) {
    t = unzeroed;
    reasons.push("remove the leading zeros, which Go rejects");
  }
  const ip = parseIP(t);
  if (ip && reasons.length > 0) return { fixed: t, reason: reasons.join(", ") };
  if (/^\d+(\.\d+){0,2}$/.test(t)) return { reason: "Write all four fields of the address: Go accepts no short forms" };
  if (/^\d+(\.\d+){3}$/.test(t)) return { reason: "Keep each IPv4 field within 0 to 255" };
  return { reason: "Write a plain IPv4 or IPv6 address such as 10.0.0.1 or fd00::1" };
}
function explainCIDR(s) {
  if (s === "") return { reason: "Remove the empty entry" };
  const reasons = [];
  let t = s;
  if (t.trim() !== t) {
    t = t.trim();
    reasons.push("remove the spaces");
  }
  const slash = t.indexOf("/");
  let addr = slash === -1 ? t : t.slice(0, slash);
  const suffix = slash === -1 ? null : t.slice(slash + 1);
  const unzeroed = dropLeadingZeros(addr);
  if (unzeroed !== addr && parseIP(unzeroed)) {
    addr = unzeroed;
    reasons.push("remove the leading zeros");
  }
  const ip = parseIP(addr);
  if (suffix === null) {
    if (ip) {
      const full = `${addr}/${bitsOf(ip.family)}`;
      return { fixed: full, reason: [...reasons, `a single address needs /${bitsOf(ip.family)}`].join(", ") };
    }
    return { reason: "Write a CIDR such as 10.0.0.0/24" };
  }
  const candidate = `${addr}/${suffix.replace(/^0+(\d)/, "$1")}`;
  if (candidate !== `${addr}/${suffix}` && parseCIDR(candidate)) reasons.push("remove the leading zeros of the prefix length");
  if (parseCIDR(candidate)) return { fixed: candidate, reason: reasons.join(", ") };
  if (ip && /^\d+$/.test(suffix)) return { reason: `Use a prefix length from 0 to ${bitsOf(ip.family)}` };
  return { reason: "Write a CIDR such as 10.0.0.0/24" };
}
function fixText(f) {
  return f.fixed !== void 0 ? `Write \`${f.fixed}\` instead (${f.reason})` : f.reason;
}
var invalid_ip_default = defineRule({
  id: "invalid-ip",
  meta: {
    description: "Disallow entries that Calico's parser rejects as an IP address or CIDR",
    defaultSeverity: "error",
    scope: "object",
    messages: {
      badIp: "Calico fails the pod with `invalid IP format: {{item}}` ({{key}} takes addresses as Go's net.ParseIP reads them). {{fix}}",
      badFloatingIp: "{{item}} in {{key}} is not an IP address: Calico's WorkloadEndpoint validator rejects it when the CNI plugin writes the endpoint, so the pod's network setup fails. {{fix}}",
      badCidr: "Calico cannot convert the pod and fails it with `failed to parse '{{item}}' as a CIDR: invalid CIDR address: {{item}}`. {{fix}}"
    },
    calico: "`ipAddrs` and `ipAddrsNoIpam` entries go through Go's `net.ParseIP` (no prefix length, zone, leading zeros, spaces or short forms); any failure fails the pod with `invalid IP format: <item>`. `floatingIPs` entries are checked by the WorkloadEndpoint validator when the endpoint is written. `allowedSourcePrefixes` entries go through `net.ParseCIDR` during pod conversion, so a bare address fails with `failed to parse '<item>' as a CIDR: invalid CIDR address: <item>` (host bits are fine: Calico masks them).",
    remediation: "Write each address in plain form (`10.0.0.1`, `fd00::1`) and each source prefix as a CIDR (`10.0.0.0/24`, `10.0.0.1/32`); the message gives the corrected entry where the intent is clear."
  },
  check(ctx) {
    const sites = annotatedSites(ctx.model);
    for (let n = 0; n < sites.length; n++) {
      const site = sites[n];
      if (site.kind !== "pod") continue;
      for (let k = 0; k < CHECKED_KEYS.length; k++) {
        const key = CHECKED_KEYS[k];
        const d = site.calico.lists[key];
        if (!isSet(d) || d.error || !d.items) continue;
        if ((key === "ipAddrs" || key === "ipAddrsNoIpam") && staticIPs(site.calico, key).length === d.items.length) continue;
        for (const it of d.items) {
          if (key === "allowedSourcePrefixes") {
            if (parseCIDR(it.value)) continue;
            const common2 = { item: shown(it.value), key: fullKey(key) };
            ctx.report({ messageId: "badCidr", data: { ...common2, fix: fixText(explainCIDR(it.value)) }, at: it.span, object: site.object.ref, value: it.value });
            continue;
          }
          if (parseIP(it.value)) continue;
          const common = { item: shown(it.value), key: fullKey(key) };
          const fix = fixText(explainIP(it.value));
          ctx.report({
            messageId: key === "floatingIPs" ? "badFloatingIp" : "badIp",
            data: { ...common, fix },
            at: it.span,
            object: site.object.ref,
            value: it.value
          });
        }
      }
    }
  }
});

// src/rules/ip-in-use.ts
var podName = (p) => `${p.namespace}/${p.name}`;
var ip_in_use_default = defineRule({
  id: "ip-in-use",
  meta: {
    description: "Disallow a static address that a live pod of another workload already holds (--in-use)",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "repository",
    messages: {
      held: "The live pod {{holder}} already holds {{ip}} (according to {{source}}), so Calico fails this pod with `error getting IP from IPAM: resource already exists: {{ip}} with error: Address already assigned in block` for as long as that pod exists. Pick a free address, or delete {{holder}} before applying this manifest",
      heldOutsideIpam: "The live pod {{holder}} already uses {{ip}} (according to {{source}}) through {{noIpamKey}}, which Calico IPAM does not record: Calico gives the address to this pod too, and two pods share it. Pick another address, or move {{holder}} off it first",
      noIpamHeld: "The live pod {{holder}} already holds {{ip}} (according to {{source}}). Calico does not check {{noIpamKey}} against IPAM, so this pod starts with the same address and traffic to both breaks. Pick a free address, or delete {{holder}} before applying this manifest"
    },
    calico: "A static `ipAddrs` address goes through Calico IPAM's `AssignIP`, which refuses an address that is already allocated: the pod fails with `resource already exists: <ip> with error: Address already assigned in block`, wrapped as `error getting IP from IPAM: \u2026`. Pods of the same workload (the same bare Pod, or a pod the same Deployment, StatefulSet, DaemonSet, Job or CronJob made) are no conflict: the address is released when the old pod goes. `ipAddrsNoIpam` addresses bypass IPAM, so Calico never refuses them, and the network ends up with two pods on one address.",
    remediation: "Choose an address no live pod holds (see the `--in-use` file), or delete the pod that holds it before applying the manifest."
  },
  check(ctx) {
    const live = ctx.model.live;
    if (!live || live.pods.length === 0) return;
    const holders = /* @__PURE__ */ new Map();
    for (const p of live.pods) for (const ip of p.ips) holders.set(ip, [...holders.get(ip) ?? [], p]);
    for (const pod of ctx.model.podSources) {
      if (isHostNetwork(pod) || pod.workload.scale === "template") continue;
      for (const key of ["ipAddrs", "ipAddrsNoIpam"]) {
        for (const sip of staticIPs(pod.calico, key)) {
          const ip = ipString(sip.ip);
          const other = (holders.get(ip) ?? []).find((h) => !isSelf(h, pod));
          if (!other) continue;
          const outsideIpam = key === "ipAddrs" && other.noIpam.includes(ip);
          const messageId = key === "ipAddrsNoIpam" ? "noIpamHeld" : outsideIpam ? "heldOutsideIpam" : "held";
          ctx.report({
            messageId,
            severity: messageId === "held" ? "error" : "warning",
            data: { holder: podName(other), ip, source: live.source, noIpamKey: fullKey("ipAddrsNoIpam") },
            at: sip.span,
            object: pod.object.ref,
            value: ip
          });
        }
      }
    }
  }
});
function isSelf(live, pod) {
  const name = pod.object.ref.name;
  return name !== void 0 && sameWorkload(live, pod.workload.kind, pod.namespace, name);
}

// src/rules/ip-outside-pod-cidr.ts
var ip_outside_pod_cidr_default = defineRule({
  id: "ip-outside-pod-cidr",
  meta: {
    description: "Warn about static addresses outside the cluster's pod CIDR",
    // Calico gives the pod the address; what goes wrong is kube-proxy's masquerading: a warning,
    // as for pool-outside-pod-cidr.
    defaultSeverity: "warning",
    scope: "repository",
    messages: {
      outside: "{{ip}} lies outside the cluster's {{cidrs}} (declared by {{sources}}): Calico does not check this and gives the pod the address{{poolNote}}, but kube-proxy treats traffic from addresses outside its clusterCIDR as coming from outside the cluster and masquerades it on the way to Services. Pick an address inside {{inside}}, or widen the pod CIDR to cover it"
    },
    calico: "Calico never compares addresses with the Kubernetes pod CIDR: `ipAddrs` only needs an enabled pool that holds the address, and `ipAddrsNoIpam` needs nothing. The pod CIDR (kubeadm `podSubnet`, kube-proxy `clusterCIDR`, kind, Cluster API, OpenShift, `--pod-cidr`) is what kube-proxy uses to tell pod traffic from outside traffic, so a pod address outside it is treated as external. Silent when no pod CIDR of the address's family is known.",
    remediation: "Pick static addresses inside the cluster's pod CIDR (and inside a Calico pool within it), or widen the pod CIDR to cover them."
  },
  check(ctx) {
    const byFamily = (f) => ctx.model.podCidrs.filter((c) => c.cidr !== null && c.cidr.family === f);
    const withStatics = staticPods(ctx.model);
    for (let n = 0; n < withStatics.length; n++) {
      const { pod, statics } = withStatics[n];
      for (const s of statics) {
        const cidrs = byFamily(s.ip.family);
        if (cidrs.length === 0) continue;
        if (cidrs.some((c) => c.cidr !== null && contains(c.cidr, s.ip))) continue;
        const ip = ipText(s.ip);
        const texts = [...new Set(cidrs.map((c) => c.text))];
        ctx.report({
          messageId: "outside",
          at: s.span,
          object: pod.object.ref,
          value: ip,
          data: {
            ip,
            cidrs: texts.length === 1 ? `pod CIDR ${texts[0] ?? ""}` : `pod CIDRs ${someOf(texts)}`,
            inside: texts.length === 1 ? texts[0] ?? "" : "one of them",
            sources: someOf([...new Set(cidrs.map((c) => c.source))]),
            poolNote: s.key === "ipAddrs" ? " when a pool holds it" : ""
          },
          related: cidrs.flatMap((c) => c.span ? [{ span: c.span, message: `pod CIDR ${c.text} (${c.source})` }] : [])
        });
      }
    }
  }
});

// src/rules/ip-outside-pool.ts
var P11 = "The provided IP address is not in a configured pool";
var ip_outside_pool_default = defineRule({
  id: "ip-outside-pool",
  meta: {
    description: "Disallow ipAddrs addresses that lie in no enabled IP pool of their family",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "repository",
    messages: {
      outside: `{{ip}} lies in no enabled IPv{{v}} pool: Calico fails the pod with \`${P11}\`. Pick an address inside {{pools}}, or add an IPPool that covers it`,
      inactive: `{{ip}} lies in pool {{pool}}, which {{state}}: Calico takes static addresses only from enabled pools and fails the pod with \`${P11}\`. {{fix}}`,
      noFamilyPool: `{{ip}} is an IPv{{v}} address and no IPv{{v}} pool is in view: if the cluster has none that covers it, Calico fails the pod with \`${P11}\`. Add an IPv{{v}} IPPool that covers {{ip}} to the files (or pass the cluster's pools with --pools)`,
      dependsOnCopy: "{{ip}} lies in pool {{name}} as {{inFile}} defines it ({{inCidr}}), but not as {{outFile}} defines it ({{outCidr}}{{outState}}): the pool is defined twice with different specs, and the copy applied last wins, so whether Calico takes the address or fails the pod with `The provided IP address is not in a configured pool` depends on which definition is applied. Keep one definition of {{name}}, or pick an address that every definition covers",
      notWorkload: '{{ip}} lies in pool {{pool}}, whose allowedUses ({{uses}}) lack Workload: Calico after v3.32 fails the pod with `IP address {{ip}} is in IP pool "{{name}}", which is not allowed for use "Workload" (allowedUses: [{{goUses}}])` (v3.32 and earlier accept it). Add Workload to the pool\'s allowedUses, or pick an address in a pool that allows Workload'
    },
    calico: "`ipAddrs` goes through `AssignIP`, which looks for the enabled pool of the address's family that holds it (`getPoolForIP`); disabled pools and pools marked `Allocatable=False` do not count. With none the pod fails with `The provided IP address is not in a configured pool`. Reservations, node and namespace selectors and `assignmentMode` are not checked. Calico after v3.32 (settings.calicoVersion `head`) also refuses a pool whose allowedUses lack Workload. `ipAddrsNoIpam` bypasses IPAM and is not checked. Silent when the files hold no pool; a warning when they hold none of the address's family (unless the configuration says the pools in view are complete). A pool defined twice with different specs in two files is whichever copy is applied last: an address inside one copy but not the other is a warning.",
    remediation: "Pick static addresses inside an enabled IPPool of their family, or add (or re-enable) a pool that covers them."
  },
  check(ctx) {
    const pools = viewPools(ctx.model);
    if (!anyPoolKnown(pools)) return;
    const lookup = poolLookup(pools);
    const enabledOf = { 4: familyPools(pools, 4).filter(isEnabled), 6: familyPools(pools, 6).filter(isEnabled) };
    const shown2 = {};
    const shownPools = (v) => shown2[v] ??= anyOf(enabledOf[v].map(poolText));
    const inFamily = { 4: familyPools(pools, 4).length, 6: familyPools(pools, 6).length };
    const twice2 = definedTwice(ctx.model);
    const holds = (p, ip) => isEnabled(p) && p.cidr !== null && contains(p.cidr, ip);
    const undecided = (ip, holder) => {
      if (holder) {
        const copies = twice2.get(holder.name);
        const no = copies?.find((p) => !holds(p, ip));
        if (!no || pools.some((p) => p.name !== holder.name && holds(p, ip))) return void 0;
        return { yes: holder, no };
      }
      for (const copies of twice2.values()) {
        const yes = copies.find((p) => holds(p, ip));
        const no = copies.find((p) => !holds(p, ip));
        if (yes && no) return { yes, no };
      }
      return void 0;
    };
    const withStatics = staticPods(ctx.model);
    for (let n = 0; n < withStatics.length; n++) {
      const { pod, statics } = withStatics[n];
      for (const s of statics) {
        if (s.key !== "ipAddrs") continue;
        const ip = ipText(s.ip);
        const v = s.ip.family;
        const base = () => ({ at: s.span, object: pod.object.ref, value: ip });
        const holder = lookup.enabled(s.ip);
        const open2 = twice2.size > 0 ? undecided(s.ip, holder) : void 0;
        if (open2) {
          const { yes, no } = open2;
          ctx.report({
            ...base(),
            messageId: "dependsOnCopy",
            severity: "warning",
            related: [
              { span: poolSpan(yes), message: `pool ${poolText(yes)}` },
              { span: poolSpan(no), message: `pool ${poolText(no)}` }
            ],
            data: {
              ip,
              name: yes.name,
              inFile: yes.object.ref.file,
              inCidr: yes.cidr ? cidrString(yes.cidr) : "",
              outFile: no.object.ref.file,
              outCidr: no.cidr ? cidrString(no.cidr) : "",
              outState: no.disabled ? ", disabled" : !no.allocatable ? ", Allocatable=False" : ""
            }
          });
          continue;
        }
        if (holder) {
          if (ctx.settings.calicoVersion === "head" && !holder.allowedUses.includes("Workload")) {
            ctx.report({
              ...base(),
              messageId: "notWorkload",
              severity: "error",
              related: [{ span: poolSpan(holder), message: `pool ${poolText(holder)}` }],
              data: { ip, pool: poolText(holder), name: holder.name, uses: holder.allowedUses.join(", "), goUses: holder.allowedUses.join(" ") }
            });
          }
          continue;
        }
        const enabled = enabledOf[v];
        const inactive = lookup.inactive(s.ip);
        if (inactive) {
          const state = inactive.disabled ? "is disabled" : "is marked Allocatable=False (Calico v3.32+ does that to a pool whose CIDR overlaps another)";
          const fix = inactive.disabled ? enabled.length > 0 ? `Remove ${disabledField(inactive)}, or pick an address inside ${shownPools(v)}` : `Remove ${disabledField(inactive)}` : "Make the pool's CIDR disjoint from the other pools, or pick an address in an enabled pool";
          ctx.report({
            ...base(),
            messageId: "inactive",
            severity: "error",
            related: [{ span: poolSpan(inactive), message: `pool ${poolText(inactive)}` }],
            data: { ip, pool: poolText(inactive), state, fix }
          });
          continue;
        }
        if (inFamily[v] === 0) {
          ctx.report({ ...base(), messageId: "noFamilyPool", severity: ctx.settings.poolsComplete ? "error" : "warning", data: { ip, v } });
          continue;
        }
        ctx.report({
          ...base(),
          messageId: "outside",
          severity: "error",
          data: { ip, v, pools: enabled.length > 0 ? shownPools(v) : `an enabled IPv${v} pool (every IPv${v} pool in view is disabled)` }
        });
      }
    }
  }
});

// src/rules/multiple-ip-addrs.ts
var multiple_ip_addrs_default = defineRule({
  id: "multiple-ip-addrs",
  meta: {
    description: "Disallow more than one IPv4 or more than one IPv6 address in ipAddrs or ipAddrsNoIpam",
    defaultSeverity: "error",
    scope: "object",
    messages: {
      tooMany: 'Calico fails the pod with `cannot have more than one IPv{{family}} address for "{{key}}" annotation`: {{detail}}. A pod takes at most one IPv4 and one IPv6 address from this annotation; keep one IPv{{family}} address, and give each further address its own pod',
      duplicate: 'Calico fails the pod with `cannot have more than one IPv{{family}} address for "{{key}}" annotation`: {{detail}}. Remove the duplicate'
    },
    calico: '`ipAddrs` and `ipAddrsNoIpam` take at most one IPv4 and at most one IPv6 address (a dual-stack pair is fine). A second address of one family, a repeated address, or an IPv4-mapped IPv6 address next to an IPv4 one fails the pod with `cannot have more than one IPv4 address for "<key>" annotation` (or IPv6).',
    remediation: "Keep one address per family in the annotation; pods that need more addresses of one family are not supported by Calico's static-IP annotations, so split the workload into one pod per address."
  },
  check(ctx) {
    const sites = annotatedSites(ctx.model);
    for (let n = 0; n < sites.length; n++) {
      const site = sites[n];
      if (site.kind !== "pod") continue;
      for (let k = 0; k < STATIC_KEYS.length; k++) {
        const key = STATIC_KEYS[k];
        const ips = staticIPs(site.calico, key);
        if (ips.length < 2) continue;
        for (const family of [4, 6]) {
          const same = ips.filter((i) => i.ip.family === family);
          const first = same[0];
          const second = same[1];
          if (!first || !second) continue;
          const duplicate = same.length === 2 && first.ip.value === second.ip.value;
          ctx.report({
            messageId: duplicate ? "duplicate" : "tooMany",
            data: { family, key: fullKey(key), detail: detail(family, same) },
            at: second.span,
            related: same.filter((i) => i !== second).map((i) => ({ span: i.span, message: `IPv${family} address ${i.text}` })),
            object: site.object.ref,
            value: second.text
          });
        }
      }
    }
  }
});
var isMapped = (i) => i.ip.family === 4 && i.text.includes(":");
function detail(family, same) {
  const [first, second] = same;
  if (!first || !second) return "";
  let text;
  if (same.length === 2 && first.ip.value === second.ip.value) {
    text = first.text === second.text ? `${second.text} is listed twice` : `${second.text} is the same address as ${first.text}`;
  } else if (same.length === 2) {
    text = `${second.text} is a second IPv${family} address after ${first.text}`;
  } else {
    text = `it lists ${same.length} IPv${family} addresses: ${listText2(same.map((i) => i.text))}`;
  }
  const mapped = same.filter(isMapped);
  if (mapped.length > 0) text += ` (${listText2(mapped.map((i) => i.text))} ${mapped.length === 1 ? "is" : "are"} IPv4-mapped, which Calico counts as IPv4)`;
  return text;
}
function listText2(items) {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// src/rules/no-usable-pool.ts
var shorten = (t) => {
  const one = t.replace(/\s+/g, " ").replace(/`/g, "'");
  return one.length > 80 ? `${one.slice(0, 77)}...` : one;
};
function unselected(excluded, ns, family) {
  const reasons = [];
  for (const e of excluded) {
    if (e.why === "manual") reasons.push(`${poolText(e.pool)} has \`assignmentMode: Manual\``);
    else if (e.why === "noNode") reasons.push(`${poolText(e.pool)} has \`nodeSelector: "!all()"\``);
    else if (e.why === "namespace") reasons.push(`the namespaceSelector \`${shorten(e.pool.namespaceSelector)}\` of ${poolText(e.pool)} does not select namespace ${ns.name}`);
  }
  const byNamespace = excluded.some((e) => e.why === "namespace");
  const first = ns.labelSets?.[0];
  const labels = first ? Object.keys(first).sort().map((k) => `\`${shorten(k)}: ${shorten(first[k] ?? "")}\``) : [];
  const why = `${someOf(reasons)}${byNamespace ? `; the labels of namespace ${ns.name} are ${listText(labels)}` : ""}`;
  const policyLabel = excluded.some((e) => e.why === "namespace" && e.pool.namespaceSelector.includes("projectcalico.org/name"));
  const fix = byNamespace ? `Label namespace ${ns.name} so that a pool's namespaceSelector selects it, add an automatic pool without a namespaceSelector, or name a pool in \`cni.projectcalico.org/ipv${family}pools\` (requested pools bypass selectors)${policyLabel ? ". Calico IPAM reads the Namespace's own labels, and Calico does not add `projectcalico.org/name` to them (that label exists on Calico's policy profiles only): select on `kubernetes.io/metadata.name` instead" : ""}` : `Name a pool in \`cni.projectcalico.org/ipv${family}pools\`, or make one pool Automatic with a nodeSelector that matches the nodes`;
  return { why, fix, byNamespace };
}
var no_usable_pool_default = defineRule({
  id: "no-usable-pool",
  meta: {
    description: "Report pods left with no pool that may give them a workload address: none of the default pools, or none of the pools they name",
    defaultSeverity: "error",
    scope: "repository",
    messages: {
      P4: "{{who}} takes its IPv{{v}} address from the default pools{{via}}, but no enabled IPv{{v}} pool exists: Calico fails the pod with `cannot find a qualified ippool`. Add an enabled IPv{{v}} IPPool{{familyFix}}",
      P6: "{{who}} takes its IPv{{v}} address from the default pools{{via}}, but no enabled IPv{{v}} pool selects it ({{why}}): Calico fails the pod with `no configured Calico pools for node <node>`. {{fix}}",
      P5: "{{who}} takes its IPv{{v}} address from the default pools{{via}}, but no enabled automatic IPv{{v}} pool allows Workload: Calico fails the pod with `cannot find a qualified ippool, no pools match the required use (Workload)`. Add Workload to a pool's allowedUses, or name a Workload pool in `cni.projectcalico.org/ipv{{v}}pools`",
      requestedNoWorkload: "{{key}} `{{raw}}` names only pools whose allowedUses lack Workload ({{pools}}): Calico takes the requested pools as they are, keeps those that allow Workload, and fails {{victims}} with `cannot find a qualified ippool, no pools match the required use (Workload)`. Name a pool that allows Workload{{others}}, or add Workload to the pool's allowedUses"
    },
    calico: "A pod without `ipv4pools`/`ipv6pools` gets its address from the enabled pools of its family with `assignmentMode: Automatic` whose nodeSelector matches its node and whose namespaceSelector (v3.31+) matches its namespace's labels, then only those allowing `Workload`. When none is left, CNI ADD fails (P4, P6 or P5) and the pod never starts. Node labels are not in the files, so only `nodeSelector: \"!all()\"` counts as selecting no node. A namespace's labels are known when its Namespace object is in the files: its own labels plus `kubernetes.io/metadata.name`, which Kubernetes sets on every namespace (Calico adds none); a namespace not in the files, or one below a kustomization that adds labels (`commonLabels`, `labels`), is taken to match every namespaceSelector. Checked only when the configuration says the pools in view are the cluster's complete set. A pod (or namespace) that names its pools gets exactly those, selectors ignored, and then also only those allowing `Workload` (`filterPoolsByUse`): when every pool it names lacks Workload (a Tunnel or LoadBalancer pool) it fails with P5 whatever else the cluster holds, so that is reported without the completeness setting.",
    remediation: "Add an enabled, Automatic IPPool that allows Workload for the family (or set `allowedUses`/`assignmentMode` on an existing one), or name a pool in the pod's pool annotation."
  },
  check(ctx) {
    const view = viewPools(ctx.model);
    const listSites = poolListSites(ctx.model);
    for (let n = 0; n < listSites.length; n++) {
      const site = listSites[n];
      if (!familyAssigned(site, familyOfKey(site.key), view)) continue;
      const entries = resolveList(ctx.model, site.list, view) ?? [];
      if (entries.length === 0 || !entries.every((e) => e.pool && !e.error && !e.pool.allowedUses.includes("Workload"))) continue;
      const named = entries.map((e) => e.pool);
      const workload = view.filter((p) => isEnabled(p) && p.family === familyOfKey(site.key) && p.allowedUses.includes("Workload"));
      ctx.report({
        messageId: "requestedNoWorkload",
        at: site.list.entry.node.span,
        object: site.object.ref,
        value: site.list.raw ?? "",
        related: named.map((p) => ({ span: poolSpan(p), message: `pool ${poolText(p)} (allowedUses: ${p.allowedUses.join(", ")})` })),
        data: {
          key: site.key,
          raw: site.list.raw ?? "",
          pools: someOf([...new Set(named)].map((p) => `${poolText(p)} allows ${listText(p.allowedUses)}`)),
          victims: victimsOf(site),
          others: workload.length > 0 ? ` (${someOf(workload.map(poolText))})` : ""
        }
      });
    }
    if (!ctx.settings.poolsComplete || !poolsKnown(ctx.model)) return;
    const pools = poolsInPlay(ctx.model);
    const a = allocation(ctx.model, ctx.settings);
    const { demands } = a;
    for (let i = 0; i < demands.length; i++) {
      const d = demands[i];
      if (d.set) continue;
      const ns = namespaceLabels(ctx.model, d.pod.namespace);
      const { failure, excluded } = defaultPools(pools, d.family, ns);
      if (!failure) continue;
      const fromPod = d.list && d.listFrom === "pod";
      const at2 = fromPod && d.list ? d.list.entry.node.span : nameSpan(d.pod.object);
      const asked = d.pod.calico.lists.ipFamilies !== void 0;
      const p6 = failure.code === "P6" ? unselected(excluded, ns, d.family) : void 0;
      const nsObject = ctx.model.namespaces.get(d.pod.namespace)?.object;
      ctx.report({
        messageId: failure.code,
        at: at2,
        object: d.pod.object.ref,
        value: `IPv${d.family}`,
        ...p6 ? {
          related: [
            ...excluded.filter((e) => e.why !== "use").map((e) => ({ span: poolSpan(e.pool), message: `pool ${poolText(e.pool)}` })),
            ...p6.byNamespace && nsObject ? [{ span: nameSpan(nsObject), message: `Namespace ${d.pod.namespace}` }] : []
          ]
        } : {},
        data: {
          who: podWho(d.pod),
          v: d.family,
          via: d.list ? ` (its ${d.listFrom === "pod" ? "" : "namespace's "}\`${d.list.raw ?? ""}\` lifts any restriction)` : "",
          familyFix: asked ? `, or drop IPv${d.family} from \`cni.projectcalico.org/ipFamilies\`` : "",
          ...p6 ? { why: p6.why, fix: p6.fix } : {}
        }
      });
    }
  }
});

// src/rules/pod-namespace-conflict.ts
var POOL_KEYS = ["ipv4pools", "ipv6pools"];
var restricts = (d) => isSet(d) && !d.error && d.raw !== null && (d.items?.length ?? 0) > 0;
function among(e, list) {
  const r = entryRange(e);
  for (const n of list) {
    if (n.request.text === e.request.text) return true;
    const nr = entryRange(n);
    if (r && nr && sameCIDR(r, nr)) return true;
  }
  return r === null || list.some((n) => entryRange(n) === null) ? null : false;
}
var labelText = (ns) => Object.entries(ns.labelSets?.[0] ?? {}).map(([k, v]) => `${k}=${v}`).join(", ");
var pod_namespace_conflict_default = defineRule({
  id: "pod-namespace-conflict",
  meta: {
    description: "Warn about pods that escape the IP pools their namespace's annotation requires",
    defaultSeverity: "warning",
    scope: "repository",
    messages: {
      lifted: "The pod's {{key}} `{{raw}}` overrides the `{{nsRaw}}` of namespace {{ns}}: Calico takes the pod's value whenever it is a non-empty string, so this empty list lifts the namespace's restriction and the pod draws from any pool that selects its node. Remove the pod's annotation, or list pools of the namespace ({{nsPools}})",
      outside: "{{entry}} is not one of the pools of namespace {{ns}} ({{nsPools}}): Calico takes the pod's {{key}} instead of the namespace's, so this pod draws addresses from {{entry}}. Remove it, or add it to the namespace's annotation if the namespace may use it",
      selectorBypassed: "{{entry}} has namespaceSelector `{{selector}}`, which does not select namespace {{ns}} (labels: {{labels}}): Calico ignores a pool's selectors when an annotation names the pool, so {{who}} still draw addresses from it, against the pool's intent. Name a pool that selects the namespace, or label namespace {{ns}} so that the selector matches it",
      staticOutside: "{{ip}} lies outside the pools namespace {{ns}} requires ({{nsPools}}): Calico ignores pool annotations for a static address, so this pod escapes the namespace's pools. Pick an address inside {{nsChoice}}, or move the pod to a namespace that allows it"
    },
    calico: "A Namespace's `ipv4pools`/`ipv6pools` is only a default: Calico replaces it, per key, with the pod's own value whenever that is a non-empty string, including `[]`, which then removes any restriction. A static address (`ipAddrs`, `ipAddrsNoIpam`) ignores pool annotations altogether. Pools that a pod or namespace names are used as they are, their `nodeSelector` and `namespaceSelector` bypassed (`determinePools`), so a named pool whose namespaceSelector does not select the namespace (known when its Namespace object is in the files) still serves it. None of this fails the pod, so these are warnings: the namespace's or the pool's policy is not enforced.",
    remediation: "Let pods inherit their namespace's pool annotation (or narrow it to pools from the namespace's list), and pick static addresses inside the namespace's pools."
  },
  check(ctx) {
    const pools = viewPools(ctx.model);
    const listed = /* @__PURE__ */ new Map();
    const poolsText = (entries) => {
      let t = listed.get(entries);
      if (t === void 0) {
        t = someOf(entries.map(entryText));
        listed.set(entries, t);
      }
      return t;
    };
    const bypassed = (e, ns, object, who2) => {
      if (!e.pool || e.error || mayServeNamespace(e.pool, ns)) return;
      ctx.report({
        messageId: "selectorBypassed",
        // Read only for a finding: an entry's span is made from the list's text when asked.
        at: e.request.span,
        object,
        value: e.request.text,
        data: { entry: entryText(e), selector: e.pool.namespaceSelector, ns: ns.name, labels: labelText(ns), who: who2 }
      });
    };
    for (const ns of ctx.model.namespaceList) {
      for (let k = 0; k < POOL_KEYS.length; k++) {
        const key = POOL_KEYS[k];
        const list = ns.calico.lists[key];
        if (!restricts(list)) continue;
        const labels = namespaceLabels(ctx.model, ns.name);
        for (const e of resolveList(ctx.model, list, pools) ?? []) bypassed(e, labels, ns.object.ref, `the pods of namespace ${ns.name} that do not name pools of their own`);
      }
    }
    const facts = listedOrStaticPods(ctx.model);
    for (let i = 0; i < facts.length; i++) {
      const { pod, statics, staticPath } = facts[i];
      if (!staticPath) {
        for (let k = 0; k < POOL_KEYS.length; k++) {
          const key = POOL_KEYS[k];
          const own = pod.calico.lists[key];
          if (!restricts(own)) continue;
          const labels = namespaceLabels(ctx.model, pod.namespace);
          const entries = resolveList(ctx.model, own, pools);
          if (entries) for (let j = 0; j < entries.length; j++) bypassed(entries[j], labels, pod.object.ref, "its pods");
        }
      }
      const ns = namespaceOf(ctx.model, pod);
      if (!ns) continue;
      const nsLabel = ns.name;
      if (!staticPath) {
        for (let k = 0; k < POOL_KEYS.length; k++) {
          const key = POOL_KEYS[k];
          const nsList = ns.calico.lists[key];
          const own = pod.calico.lists[key];
          if (!restricts(nsList) || !isSet(own) || own.error || own.raw === null) continue;
          const nsEntries = resolveList(ctx.model, nsList, pools) ?? [];
          const nsPools = poolsText(nsEntries);
          const related = [{ span: nsList.entry.node.span, message: `namespace ${nsLabel} sets ${key} ${nsList.raw ?? ""}` }];
          if ((own.items?.length ?? 0) === 0) {
            ctx.report({
              messageId: "lifted",
              at: own.entry.node.span,
              object: pod.object.ref,
              value: own.raw,
              related,
              data: { key, raw: own.raw, ns: nsLabel, nsRaw: nsList.raw ?? "", nsPools }
            });
            continue;
          }
          for (const e of resolveList(ctx.model, own, pools) ?? []) {
            if (e.error || among(e, nsEntries) !== false) continue;
            ctx.report({
              messageId: "outside",
              at: e.request.span,
              object: pod.object.ref,
              value: e.request.text,
              related,
              data: { entry: entryText(e), ns: nsLabel, nsPools, key }
            });
          }
        }
      }
      for (const s of statics) {
        const key = keyOfFamily(s.ip.family);
        const nsList = ns.calico.lists[key];
        if (!restricts(nsList)) continue;
        const nsEntries = resolveList(ctx.model, nsList, pools) ?? [];
        if (insideEntries(s.ip, nsEntries) !== false) continue;
        const ip = ipText(s.ip);
        ctx.report({
          messageId: "staticOutside",
          at: s.span,
          object: pod.object.ref,
          value: ip,
          related: [{ span: nsList.entry.node.span, message: `namespace ${nsLabel} sets ${key} ${nsList.raw ?? ""}` }],
          data: { ip, ns: nsLabel, nsPools: poolsText(nsEntries), nsChoice: anyOf(nsEntries.map(entryText)) }
        });
      }
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
function shortfallText(strict, cidrs) {
  return strict ? "No more free affine blocks and strict affinity enabled" : `No IPs available in pools: [${cidrs}]`;
}
function limitText(l) {
  if (l.from === "files") return `${l.limit} (maxBlocksPerHost in IPAMConfiguration ${l.object?.ref.name ?? ""}${l.limit === 20 ? ", 0 meaning Calico's default of 20" : ""})`;
  if (l.from === "configuration") return `${l.limit} (the configuration's ipam.maxBlocksPerHost)`;
  return `${l.limit} (Calico's default when no IPAMConfiguration sets maxBlocksPerHost)`;
}
function perNodeText(pools, limit) {
  return listText(pools.filter((p) => blockAddresses(p) > 0n).map((p) => `${limit} \xD7 ${blockAddresses(p)} from ${poolLabel(p)} (/${p.blockSize} blocks)`));
}
var FIX_BLOCKS = "Raise maxBlocksPerHost in the IPAMConfiguration, give the pool larger blocks (a smaller blockSize, on a new pool: an existing pool's blockSize cannot change)";
function copyNote(model, g) {
  const twice2 = definedTwice(model);
  for (const u of g.pools) {
    const fits = (c) => 2n ** BigInt(bitsOf(c.family) - c.prefix) >= g.demand;
    const other = twice2.get(u.pool.name)?.find((p) => p !== u.pool && p.cidr !== null && u.pool.cidr !== null && !sameCIDR(p.cidr, u.pool.cidr) && !p.disabled && fits(p.cidr));
    if (other?.cidr) {
      return `, counting pool ${u.pool.name} as ${u.pool.object.ref.file} defines it; ${other.object.ref.file} defines it as ${cidrString(other.cidr)}, and the copy applied last wins, so whether the pool runs short depends on which definition is applied`;
    }
  }
  return "";
}
var FIX_REQUESTED = "Enlarge the pool, add another pool to the list in the annotation, or run fewer replicas";
var FIX_DEFAULT = "Enlarge the pool or add another automatic IPPool, or run fewer replicas";
var pool_exhausted_default = defineRule({
  id: "pool-exhausted",
  meta: {
    description: "Report pool sets whose pods need more addresses than the pools hold (dry-run allocation)",
    defaultSeverity: "error",
    scope: "repository",
    mixedSeverity: true,
    messages: {
      blockLimitCluster: "{{demand}} pods draw IPv{{v}} addresses from {{pools}} on {{nodes}} nodes, but a node may own at most {{limit}} blocks of a pool, so it holds at most {{perNode}} of their addresses ({{detail}}), {{total}} on all nodes. Calico fails the pods a full node cannot hold with `cannot allocate new block due to per host block limit` (IPAM logs `Need to allocate an IPAM block but could not - limit of {{limitN}} blocks reached for this node`): at the limit it does not borrow from other nodes' blocks. {{fix}}, or add nodes",
      blockLimitNodes: "{{demand}} pods draw IPv{{v}} addresses from {{pools}}, and a node may own at most {{limit}} blocks of a pool, so it holds at most {{perNode}} of their addresses ({{detail}}), fewer than kubelet's default of 110 pods: they need at least {{minNodes}} nodes running Calico, and whether a node runs past the limit depends on how many nodes there are and how the scheduler spreads the pods. There Calico fails the pod with `cannot allocate new block due to per host block limit` (IPAM logs `Need to allocate an IPAM block but could not - limit of {{limitN}} blocks reached for this node`). {{fix}}, or set `nodes` in the configuration to have the count checked",
      blockLimitPinned: "{{who}} runs {{count}} pods on one node ({{pin}}), but a node may own at most {{limit}} blocks of a pool, so it holds at most {{perNode}} of their addresses ({{detail}}). Calico fails the pods past that with `cannot allocate new block due to per host block limit` (IPAM logs `Need to allocate an IPAM block but could not - limit of {{limitN}} blocks reached for this node`). {{fix}}, or spread the pods over several nodes",
      pods: "{{who}} draws {{addresses}} from {{pools}}{{others}}: {{demand}} are needed and {{capacity}} can be assigned ({{breakdown}}{{unknown}}){{depends}}. Calico fails the pods that start last with `failed to request IPv{{v}} addresses: Assigned 0 out of 1 requested IPv{{v}} addresses; {{shortfall}}`. {{fix}}",
      pool: "Pool {{pool}} is too small for the pods drawing from it{{shared}}: {{demand}} IPv{{v}} addresses are needed by {{sources}} and {{capacity}} can be assigned ({{breakdown}}{{unknown}}){{depends}}. Calico fails the pods that start last with `failed to request IPv{{v}} addresses: Assigned 0 out of 1 requested IPv{{v}} addresses; {{shortfall}}`. {{fix}}"
    },
    calico: "Calico IPAM hands out every address of a pool (network and broadcast included) except those in IPReservations, static `ipAddrs` addresses and node tunnel addresses; pods without a pool annotation draw only from the automatic pools whose namespaceSelector selects their namespace (known when its Namespace object is in the files); a pod that finds no free address in the pools it may use fails with P7 and kubelet keeps retrying its sandbox. With `strictAffinity` (an IPAMConfiguration in the files, else the configuration's `ipam.strictAffinity`) the message quotes P8 instead, `No more free affine blocks and strict affinity enabled`; the count still takes the whole pool, so it does not see a shortfall of affine blocks on one node. A node owns at most `maxBlocksPerHost` blocks of a pool (20 when the IPAMConfiguration `default` sets 0 or nothing); at the limit IPAM fails the pod with `cannot allocate new block due to per host block limit` instead of borrowing another node's addresses. With the node count known (`nodes`, `--nodes`, a kind Cluster), more pods than the nodes can hold is an error, and so are pods pinned to one node past the limit; with it unknown, a warning names the nodes needed when a node holds fewer than kubelet's default 110 pods. When a pool in the count is defined twice with another CIDR that could hold the demand, the shortfall depends on which copy is applied: a warning.",
    remediation: "Enlarge the pool (a shorter prefix), add a pool to the pod's `cni.projectcalico.org/ipv4pools` / `ipv6pools` list (Calico spills over in list order), free reserved addresses, or lower the replica count. For the block limit: raise `maxBlocksPerHost`, give pods a pool with larger blocks, or spread them over more nodes."
  },
  check(ctx) {
    if (!poolsKnown(ctx.model)) return;
    const a = allocation(ctx.model, ctx.settings);
    const lim = blockLimit(ctx.model, ctx.settings);
    for (const fam of familyBlockLimits(a, lim.limit)) {
      if (fam.perNode === 0n) continue;
      const first = fam.pools[0];
      const at2 = lim.span ?? first.written.blockSize?.span ?? poolSpan(first);
      const object = lim.object?.ref ?? first.object.ref;
      const common = {
        v: fam.family,
        demand: String(fam.demand),
        pools: `${fam.pools.length === 1 ? "pool" : "pools"} ${listText(fam.pools.map(poolLabel))}`,
        limit: limitText(lim),
        limitN: lim.limit,
        perNode: String(fam.perNode),
        detail: perNodeText(fam.pools, lim.limit),
        fix: FIX_BLOCKS
      };
      let pinnedOver = false;
      for (const c of fam.consumers) {
        const n = c.count.count ?? 0n;
        if (!c.pod.pinnedToOneNode || c.pod.workload.scale === "per-node" || !c.set) continue;
        const cap = perNode(c.set.pools, lim.limit);
        if (cap === 0n || n <= cap) continue;
        pinnedOver = true;
        ctx.report({
          messageId: "blockLimitPinned",
          severity: "error",
          at: c.count.span ?? nameSpan(c.pod.object),
          object: c.pod.object.ref,
          data: { ...common, who: podWho(c.pod), count: String(n), pin: "its node selector or required affinity names one hostname", perNode: String(cap), detail: perNodeText(c.set.pools, lim.limit) },
          related: lim.span ? [{ span: lim.span, message: "maxBlocksPerHost" }] : []
        });
      }
      const related = fam.pools.map((p) => ({ span: poolSpan(p), message: `pool ${poolLabel(p)}` }));
      if (a.nodes !== null && a.nodes > 0 && fam.demand > BigInt(a.nodes) * fam.perNode) {
        ctx.report({ messageId: "blockLimitCluster", severity: "error", at: at2, object, data: { ...common, nodes: a.nodes, total: String(BigInt(a.nodes) * fam.perNode) }, related });
      } else if (a.nodes === null && !pinnedOver && fam.perNode < KUBELET_DEFAULT_MAX_PODS && fam.demand > fam.perNode) {
        const minNodes = (fam.demand + fam.perNode - 1n) / fam.perNode;
        ctx.report({ messageId: "blockLimitNodes", severity: "warning", at: at2, object, data: { ...common, minNodes: String(minNodes) }, related });
      }
    }
    const inFiles = ctx.model.ipamConfigs.find((c) => c.strictAffinity !== void 0)?.strictAffinity?.value;
    const strict = inFiles ?? ctx.settings.strictAffinity ?? false;
    const inPlay = poolsInPlay(ctx.model);
    const setTexts = /* @__PURE__ */ new Map();
    const textsOf = (set) => {
      let t = setTexts.get(set);
      if (!t) {
        const cidrs = set.pools.map((p) => p.cidr ? cidrString(p.cidr) : "").join(" ");
        const left = set.kind === "default" ? defaultPools(inPlay, set.family).pools.filter((p) => !set.pools.includes(p)) : [];
        t = {
          cidrs,
          pools: `${set.pools.length === 1 ? "pool" : "pools"} ${listText(set.pools.map(poolLabel))}`,
          shortfall: shortfallText(strict, cidrs),
          related: set.pools.map((p) => ({ span: poolSpan(p), message: `pool ${poolLabel(p)}` })),
          unselected: left.length === 0 ? "" : `; the namespaceSelector${left.length === 1 ? "" : "s"} of ${listText(left.map(poolLabel))} ${left.length === 1 ? "does" : "do"} not select namespace `
        };
        setTexts.set(set, t);
      }
      return t;
    };
    for (const g of a.exhausted) {
      const workloadSets = g.sets.filter((s) => s.kind !== "tunnel");
      const consumers = workloadSets.flatMap((s) => s.consumers).filter((c) => c.count.count !== null && c.count.count > 0n);
      if (consumers.length === 0) continue;
      const depends = copyNote(ctx.model, g);
      const severity = depends ? { severity: "warning" } : {};
      const common = {
        depends,
        v: g.family,
        demand: String(g.demand),
        capacity: String(g.capacity),
        breakdown: breakdown(g),
        unknown: unknownNote(g)
      };
      const fix = workloadSets.some((s) => s.kind === "requested") ? FIX_REQUESTED : FIX_DEFAULT;
      const sources = new Set(consumers.map((c) => c.pod));
      const others = sources.size > 1 ? ` together with ${plural(sources.size - 1, "other pod source")}` : "";
      for (const c of consumers) {
        const set = c.set;
        if (!set) continue;
        const texts = textsOf(set);
        const at2 = c.count.span ?? (c.listFrom === "pod" && c.list ? c.list.entry.node.span : void 0) ?? nameSpan(c.pod.object);
        ctx.report({
          messageId: "pods",
          ...severity,
          at: at2,
          object: c.pod.object.ref,
          value: texts.cidrs,
          // Written out, not spread from `common`: once per finding (1,867 on f20).
          data: {
            depends: common.depends,
            v: common.v,
            demand: common.demand,
            capacity: common.capacity,
            breakdown: common.breakdown,
            unknown: common.unknown,
            who: podWho(c.pod),
            addresses: plural(c.count.count ?? 0n, `IPv${g.family} address`, `IPv${g.family} addresses`),
            pools: texts.pools,
            others,
            shortfall: texts.shortfall,
            fix: set.kind === "requested" ? FIX_REQUESTED : texts.unselected === "" ? FIX_DEFAULT : `${FIX_DEFAULT}${texts.unselected}${c.pod.namespace}`
          },
          related: texts.related
        });
      }
      const cidrs = g.pools.map((p) => p.cidr).join(" ");
      for (const u of g.pools) {
        const others2 = g.pools.filter((p) => p !== u).map((p) => poolLabel(p.pool));
        ctx.report({
          messageId: "pool",
          ...severity,
          at: poolSpan(u.pool),
          object: u.pool.object.ref,
          value: u.cidr,
          data: {
            ...common,
            pool: poolLabel(u.pool),
            shared: others2.length > 0 ? ` and ${listText(others2)}` : "",
            sources: plural(sources.size, "pod source"),
            shortfall: shortfallText(strict, cidrs),
            fix
          }
        });
      }
    }
  }
});

// src/rules/pool-family-mismatch.ts
var pool_family_mismatch_default = defineRule({
  id: "pool-family-mismatch",
  meta: {
    description: "Disallow IPv6 pools in ipv4pools and IPv4 pools in ipv6pools",
    defaultSeverity: "error",
    scope: "repository",
    messages: {
      mismatch: "Calico fails {{victims}} with `{{error}}`: {{entry}} is an IPv{{actual}} {{what}}, and {{key}} takes IPv{{want}} pools only. Move it to cni.projectcalico.org/ipv{{actual}}pools"
    },
    calico: 'The CNI plugin resolves `ipv4pools` and `ipv6pools` before assigning anything (`ResolvePools`), whether or not the family is assigned: an entry of the other family, by CIDR or by the name of a pool of that family, fails the pod with `"<network address>" isn\'t a IPv4 address` (or IPv6). Lists of pods with `ipAddrs`/`ipAddrsNoIpam` are never resolved.',
    remediation: "List IPv4 pools in `cni.projectcalico.org/ipv4pools` and IPv6 pools in `cni.projectcalico.org/ipv6pools`."
  },
  check(ctx) {
    const pools = viewPools(ctx.model);
    const listSites = poolListSites(ctx.model);
    for (let n = 0; n < listSites.length; n++) {
      const site = listSites[n];
      const entries = resolveList(ctx.model, site.list, pools);
      for (const e of entries ?? []) {
        if (e.error?.code !== "P2") continue;
        const want = familyOfKey(site.key);
        const named = e.pool && !e.request.cidr ? e.pool : void 0;
        ctx.report({
          messageId: "mismatch",
          at: e.request.span,
          object: site.object.ref,
          value: e.request.text,
          ...named ? { related: [{ span: poolSpan(named), message: `pool ${poolText(named)}` }] } : {},
          data: {
            victims: victimsOf(site),
            error: e.error.message,
            entry: e.request.text,
            actual: want === 4 ? 6 : 4,
            want,
            what: named ? `pool (${named.cidrText?.value ?? ""})` : "CIDR",
            key: site.key
          }
        });
      }
    }
  }
});

// src/rules/pool-invalid/defined-twice.ts
var DEFAULT_POOL_NAMES = new Set(Object.values(OPERATOR_DEFAULT_POOL_NAME));
var specJson = (p) => JSON.stringify(toPlain(p.spec) ?? null);
function checkDefinedTwice(c, pool, model) {
  if (!pool.name || pool.cidr === null) return;
  const other = model.pools.find(
    (o) => o !== pool && o.origin === "IPPool" && o.name === pool.name && o.cidr !== null && o.object.ref.file !== pool.object.ref.file && specJson(o) !== specJson(pool)
  );
  if (!other) return;
  const mine = toPlain(pool.spec) ?? {};
  const theirs = toPlain(other.spec) ?? {};
  const fields = [.../* @__PURE__ */ new Set([...Object.keys(mine), ...Object.keys(theirs)])].filter((k) => JSON.stringify(mine[k]) !== JSON.stringify(theirs[k]));
  c.problems.push({
    messageId: "definedTwice",
    at: pool.object.ref.span,
    severity: "warning",
    data: { name: pool.name, where: other.object.ref.file, fields: fields.map((f) => `\`${f}\``).join(", ") }
  });
}

// src/rules/pool-invalid/problems.ts
function reject(c, messageId, at2, data = {}) {
  c.problems.push({ messageId, at: at2, data });
}
var plain = (t) => t.replace(/[\r\n]+/g, " ").replace(/`/g, "'");

// src/rules/pool-invalid/selector.ts
function globalText(field, head) {
  return head ? `global() selector is not valid for IPPool ${field}` : `global() selector is not valid for IPPool ${field} - use all() instead`;
}
function checkSelectorSyntax(c, w, field, by, crd, dormant) {
  const n = w?.node;
  if (n?.kind !== "scalar" || typeof n.value !== "string" || n.value === "") return;
  const value = n.value;
  const r = parseSelector(value);
  if (!r.error) return;
  const e = r.error;
  const from = Math.min(e.offset, value.length - 1);
  const at2 = innerSpan(n, from, Math.max(Math.min(e.end, value.length), from + 1));
  const goField = field === "nodeSelector" ? "NodeSelector" : "NamespaceSelector";
  const shown2 = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  const fix = /[\r\n]/.test(value) ? `Write the selector on one line: Calico separates tokens only by spaces and tabs, so a line break (the last one a \`|\` block keeps) is an error; use \`|-\`, \`>-\` or a quoted string` : e.message.startsWith("expected string") ? 'Quote the value, as in `region == "east"`; Calico selectors compare labels with quoted strings' : e.message === "expected ==" ? 'Compare with `==` (or `!=`), as in `region == "east"`' : e.message === "expected &&" || e.message === "expected ||" ? "Combine terms with `&&` or `||`" : 'Write a valid Calico selector, such as `region == "east"`, `region in {"east", "west"}`, `has(team)` or `all()`, combined with `&&`, `||`, `!` and parentheses';
  c.problems.push({
    messageId: crd ? "selectorSyntaxCrd" : "selectorSyntax",
    at: at2,
    data: {
      field,
      selector: plain(shown2),
      reason: plain(e.message),
      character: e.offset + 1,
      by,
      goField,
      fix,
      dormant: crd && dormant ? `; the pool is ${dormant} now, so nothing evaluates it until that changes` : ""
    },
    ...crd && dormant ? { severity: "warning" } : {}
  });
}
function checkTaggedSelector(c, w, field) {
  const n = w?.node;
  if (n?.kind !== "scalar" || !n.tag?.startsWith("!") || n.tag.startsWith("!!") || n.value !== null && n.value !== "") return;
  const what = field === "nodeSelector" ? "every node" : "every namespace";
  c.problems.push({ messageId: "taggedSelector", at: n.span, data: { field, tag: n.tag, what } });
}

// src/rules/pool-invalid/ippool.ts
var encapOn2 = (mode) => mode === "Always" || mode === "CrossSubnet";
var TEXT = {
  unmasked: { v332: "IPPool CIDR is not strictly masked", head: "IPPool CIDR must be strictly masked" },
  linkLocal4: { v332: "IPPool CIDR overlaps with IPv4 Link Local range 169.254.0.0/16", head: "IPPool CIDR overlaps with IPv4 link local range 169.254.0.0/16" },
  linkLocal6: { v332: "IPPool CIDR overlaps with IPv6 Link Local range fe80::/10", head: "IPPool CIDR overlaps with IPv6 link local range fe80::/10" },
  block4: { v332: "IPv4 block size must be between 20 and 32", head: "blockSize must be between 20 and 32 for IPv4 pools, and between 116 and 128 for IPv6 pools" },
  block6: { v332: "IPv6 block size must be between 116 and 128", head: "blockSize must be between 20 and 32 for IPv4 pools, and between 116 and 128 for IPv6 pools" },
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
var CRD_BY = "the crd.projectcalico.org/v1 IPPool CRD refuses the pool at kubectl apply";
var USES = ["Workload", "Tunnel", "LoadBalancer"];
function checkIPPool(c, pool) {
  const head = c.head;
  const stored = !head && apiGroup(pool.object.ref.apiVersion) === "crd.projectcalico.org";
  const cel = head || stored;
  const t = (k) => cel ? TEXT[k].head : TEXT[k].v332;
  const by = stored ? CRD_BY : head ? "the IPPool CRD rejects the pool" : "calicoctl and the Calico API server reject the pool";
  const spec = pool.spec;
  const w = pool.written;
  const cidrText2 = w.cidr?.value;
  if (!spec || cidrText2 === void 0 || cidrText2 === "") {
    reject(c, "cidrRequired", w.cidr?.span ?? spec?.span ?? pool.object.ref.span, { by, error: stored ? "spec.cidr: Required value" : "IPPool CIDR must be specified" });
    return;
  }
  const at2 = w.cidr?.span ?? spec.span;
  const cidr = pool.cidr;
  if (!cidr) {
    const error = stored ? `spec.cidr: Invalid value: "${cidrText2}": spec.cidr in body must be of type cidr: "${cidrText2}"` : "IPPool CIDR must be a valid subnet";
    reject(c, "cidrInvalid", at2, { by, error, cidr: cidrText2 });
    return;
  }
  if (cidr.hadHostBits) {
    if (stored) warnStored(c, "cidrNotMaskedStored", at2, { cidr: cidrText2, masked: cidrString(cidr) });
    else reject(c, "cidrNotMasked", at2, { by, error: t("unmasked"), cidr: cidrText2, masked: cidrString(cidr) });
  }
  if (overlaps(cidr, LINK_LOCAL[cidr.family])) {
    if (stored) warnStored(c, "cidrLinkLocalStored", at2, { cidr: cidrString(cidr), range: cidrString(LINK_LOCAL[cidr.family]), gateway: cidr.family === 4 ? "169.254.1.1" : "fe80::ecee:eeff:feee:eeee" });
    else reject(c, "cidrLinkLocal", at2, { by, error: t(cidr.family === 4 ? "linkLocal4" : "linkLocal6"), cidr: cidrString(cidr) });
  }
  checkBlockSize(c, pool, by, t, stored);
  const ipip = w.ipipMode?.value;
  const vxlan = w.vxlanMode?.value;
  if (cidr.family === 6 && encapOn2(ipip) && w.ipipMode) {
    reject(c, "ipipOnIpv6", w.ipipMode.span, { by, error: t("ipip6"), mode: ipip ?? "" });
  }
  if (encapOn2(ipip) && encapOn2(vxlan) && w.vxlanMode) {
    reject(c, "ipipWithVxlan", w.vxlanMode.span, { by, error: t("bothEncap") });
  }
  checkUses(c, pool, by, t, stored);
  for (const field of ["nodeSelector", "namespaceSelector"]) {
    const sel = w[field];
    checkTaggedSelector(c, sel, field);
    const dormant = pool.disabled ? "disabled" : pool.assignmentMode !== "Automatic" ? `assignmentMode ${pool.assignmentMode}` : void 0;
    checkSelectorSyntax(c, sel, field, "Calico's validator rejects the pool", apiGroup(pool.object.ref.apiVersion) === "crd.projectcalico.org", dormant);
    if (sel && sel.value?.includes("global(")) {
      if (stored) warnStored(c, "selectorGlobalStored", sel.span, { field, what: field === "nodeSelector" ? "node" : "namespace" });
      else reject(c, "selectorGlobal", sel.span, { by: head ? "the IPPool CRD rejects the pool" : "Calico's validator rejects the pool", error: globalText(field, head), field });
    }
  }
}
function warnStored(c, messageId, at2, data, severity = "warning") {
  c.problems.push({ messageId, at: at2, data, severity });
}
function checkUses(c, pool, by, t, stored) {
  const head = c.head;
  const cel = head || stored;
  const crdBy = stored ? CRD_BY : "the IPPool CRD rejects the pool";
  const w = pool.written;
  const uses = w.allowedUses?.value ?? [];
  const lb = uses.some((u) => u.value === "LoadBalancer");
  let lbMixReported = false;
  for (const u of uses) {
    if (u.value === "LoadBalancer") continue;
    if (u.value === "Workload" || u.value === "Tunnel") {
      if (lb && (!cel || !lbMixReported)) {
        lbMixReported = true;
        reject(c, "allowedUsesCombination", cel ? w.allowedUses?.span ?? u.span : u.span, {
          by: cel ? crdBy : "Calico's validator rejects the pool",
          error: cel ? "LoadBalancer cannot be combined with Workload or Tunnel allowed uses" : `LoadBalancer cannot be used at the same time as: ${u.value}`,
          use: u.value
        });
      }
      continue;
    }
    if (c.enterprise && u.value === "HostSecondaryInterface") continue;
    const supported = [...USES, ...c.enterprise ? ["HostSecondaryInterface"] : []];
    reject(c, "allowedUsesUnknown", u.span, {
      by: cel ? crdBy : "Calico's validator rejects the pool",
      error: cel ? `spec.allowedUses${stored ? `[${uses.indexOf(u)}]` : ""}: Unsupported value: "${u.value}": supported values: ${supported.map((x) => `"${x}"`).join(", ")}` : `unknown use: ${u.value}`,
      use: u.value,
      uses: supported.map((x) => `\`${x}\``).join(", ")
    });
  }
  if (lb) {
    for (const mode of [w.ipipMode, w.vxlanMode]) {
      if (mode && encapOn2(mode.value)) reject(c, "loadBalancerEncapsulation", mode.span, { by, error: t("lbEncap") });
    }
    const bgp = w.disableBGPExport;
    if (bgp?.value === true) {
      if (stored) warnStored(c, "loadBalancerBgpExportStored", bgp.span, {});
      else reject(c, "loadBalancerBgpExport", bgp.span, { by, error: t("lbBgp") });
    }
    const sel = w.nodeSelector;
    const selText = sel?.value;
    if (sel && selText !== void 0 && selText !== "" && selText !== "all()") {
      if (stored) warnStored(c, "loadBalancerNodeSelectorStored", sel.span, { selector: plain(selText) });
      else reject(c, "loadBalancerNodeSelector", sel.span, { by, error: t("lbSelector"), selector: selText });
    }
  }
  const ns = w.namespaceSelector;
  if (ns && ns.value) {
    const defaulted = uses.length === 0;
    if (defaulted || uses.some((u) => u.value === "Tunnel")) {
      if (stored) warnStored(c, "tunnelNamespaceSelectorStored", ns.span, { selector: plain(ns.value), defaulted: defaulted ? " (allowedUses default to [Workload, Tunnel])" : "" });
      else reject(c, defaulted ? "tunnelNamespaceSelectorDefault" : "tunnelNamespaceSelector", ns.span, { by, error: t("tunnelNs") });
    }
  }
}
function checkBlockSize(c, pool, by, t, stored) {
  const cidr = pool.cidr;
  const spec = pool.spec;
  if (!cidr || !spec) return;
  const w = pool.written;
  const raw = w.blockSize?.value;
  const [lo, hi] = BLOCK_SIZE_RANGE[cidr.family];
  const bits = bitsOf(cidr.family);
  const range = { blockSize: raw ?? 0, family: cidr.family, min: lo, max: hi, default: DEFAULT_BLOCK_SIZE[cidr.family] };
  if (w.blockSize && raw !== void 0 && raw !== 0 && (raw < lo || raw > hi)) {
    if (!stored) {
      reject(c, "blockSizeRange", w.blockSize.span, { by, error: t(cidr.family === 4 ? "block4" : "block6"), ...range });
      return;
    }
    if (raw < 0 || raw > 128) {
      const error = `spec.blockSize: Invalid value: ${raw}: spec.blockSize in body should be ${raw < 0 ? "greater than or equal to 0" : "less than or equal to 128"}`;
      reject(c, "blockSizeRange", w.blockSize.span, { by, error, ...range });
      return;
    }
    if (raw > bits) {
      warnStored(c, "blockSizeBeyondAddress", w.blockSize.span, range, "error");
      return;
    }
    const hostBits = bits - raw;
    const addresses = hostBits < 53 ? (2 ** hostBits).toLocaleString("en-US") : `2^${hostBits}`;
    if (hostBits >= 20) warnStored(c, "blockSizeTooLargeStored", w.blockSize.span, { ...range, addresses }, "error");
    else warnStored(c, "blockSizeRangeStored", w.blockSize.span, { ...range, addresses });
  }
  const bs = effectiveBlockSize(raw, cidr.family);
  if (!pool.disabled && cidr.prefix > bs && bs <= bits) {
    const manual = pool.assignmentMode !== "Automatic";
    const data = { prefix: cidr.prefix, blockSize: bs, family: cidr.family, cidr: pool.cidrText?.value ?? cidrString(cidr) };
    if (stored) {
      warnStored(c, "poolSmallerThanBlockStored", w.cidr?.span ?? spec.span, { ...data, manual: manual ? ` (with assignmentMode ${pool.assignmentMode}, only pods that name the pool in ipv4pools/ipv6pools; static addresses from it still work, since AssignIP claims the block around the address)` : "" }, manual ? "warning" : "error");
    } else reject(c, "poolSmallerThanBlock", w.cidr?.span ?? spec.span, { by, prefix: cidr.prefix, blockSize: bs });
  }
}

// src/rules/pool-invalid/installation.ts
function checkInstallationPool(c, pool) {
  const apiBy = "the Calico API server rejects the pool the operator creates";
  const w = pool.written;
  const cidrText2 = pool.cidrText?.value;
  if (cidrText2 === void 0 || !pool.spec) return;
  const cidr = pool.cidr;
  const at2 = pool.cidrText?.span ?? pool.spec.span;
  if (!cidr) {
    reject(c, "installationCidrInvalid", at2, { cidr: cidrText2 });
    return;
  }
  if (overlaps(cidr, LINK_LOCAL[cidr.family])) {
    reject(c, "cidrLinkLocal", at2, { by: apiBy, error: cidr.family === 4 ? TEXT.linkLocal4.v332 : TEXT.linkLocal6.v332, cidr: cidrString(cidr) });
  }
  const raw = w.blockSize?.value;
  const [lo, hi] = BLOCK_SIZE_RANGE[cidr.family];
  if (w.blockSize && raw !== void 0 && raw !== 0 && (raw < lo || raw > hi)) {
    reject(c, "installationBlockSizeRange", w.blockSize.span, { blockSize: raw, family: cidr.family, below: lo - 1, min: lo, max: hi });
  } else {
    const bs = effectiveBlockSize(raw, cidr.family);
    if (cidr.prefix > bs) {
      reject(c, "installationPoolSmallerThanBlock", at2, { prefix: cidr.prefix, blockSize: bs });
    }
  }
  const encW = w.encapsulation;
  const enc = encW?.value;
  if (cidr.family === 6 && encW && (enc === "IPIP" || enc === "IPIPCrossSubnet")) {
    reject(c, "installationIpipOnIpv6", encW.span, { encapsulation: enc, cidr: cidrText2 });
  }
  const cniType = installationCniType(pool.object);
  const ipamType = str(get(pool.object.node, "spec", "cni", "ipam", "type")) ?? (cniType === "Calico" ? "Calico" : cniType === "GKE" ? "HostLocal" : cniType);
  if (cniType === "Calico" && ipamType === "HostLocal" && encW && (enc === "VXLAN" || enc === "VXLANCrossSubnet")) {
    reject(c, "installationEncapsulationHostLocal", encW.span, { encapsulation: enc });
  }
  if (cniType !== void 0 && cniType !== "Calico") {
    if (encW && enc !== void 0 && enc !== "" && enc !== "None") {
      reject(c, "installationNonCalicoCniEncapsulation", encW.span, { encapsulation: enc, cni: cniType });
    }
    const cniSel = w.nodeSelector;
    const cs = cniSel?.value;
    if (cniSel && cs !== void 0 && cs !== "" && cs !== "all()") {
      reject(c, "installationNonCalicoCniNodeSelector", cniSel.span, { selector: cs, cni: cniType });
    }
  }
  const uses = (w.allowedUses?.value ?? []).map((u) => u.value);
  if (uses.includes("LoadBalancer")) {
    if (w.allowedUses && uses.some((u) => u === "Workload" || u === "Tunnel")) {
      reject(c, "installationAllowedUsesCombination", w.allowedUses.span, { name: pool.name });
    }
    if (encW && enc !== void 0 && enc !== "None") {
      reject(c, "installationLoadBalancerEncapsulation", encW.span, { encapsulation: enc });
    }
    const bgp = w.disableBGPExport;
    if (bgp?.value === true) {
      reject(c, "installationLoadBalancerBgpExport", bgp.span);
    }
    const sel2 = w.nodeSelector;
    const s = sel2?.value;
    if (sel2 && s !== void 0 && s !== "all()") {
      reject(c, "installationLoadBalancerNodeSelector", sel2.span, { selector: s });
    }
  }
  const sel = w.nodeSelector;
  checkTaggedSelector(c, sel, "nodeSelector");
  checkSelectorSyntax(c, sel, "nodeSelector", apiBy, false);
  if (sel && sel.value?.includes("global(")) {
    reject(c, "installationSelectorGlobal", sel.span);
  }
}
function checkDuplicates(c, pool, seen) {
  const parent = pool.object.node;
  let s = seen.get(parent);
  if (!s) {
    s = { names: /* @__PURE__ */ new Map(), cidrs: /* @__PURE__ */ new Map() };
    seen.set(parent, s);
  }
  const cidr = pool.cidrText?.value;
  if (cidr !== void 0 && pool.written.cidr) {
    const cidrSpan = pool.written.cidr.span;
    if (s.cidrs.has(cidr)) reject(c, "installationDuplicateCidr", cidrSpan, { cidr });
    else s.cidrs.set(cidr, cidrSpan);
  }
  const nameW = pool.written.name;
  const name = nameW?.value;
  if (name !== void 0 && nameW) {
    if (s.names.has(name)) reject(c, "installationDuplicateName", nameW.span, { name });
    else s.names.set(name, nameW.span);
  }
}

// src/rules/pool-invalid/installation-network.ts
function checkInstallationNetwork(c, o, pools, judgeDefault) {
  const spec = get(o.node, "spec");
  const network = get(spec, "calicoNetwork");
  const cni = installationCniType(o);
  if (cni === void 0) return;
  const ipamNode = get(spec, "cni", "ipam", "type");
  const ipam = ipamNode ? str(ipamNode) : cni === "Calico" ? "Calico" : "other";
  const provider = get(spec, "kubernetesProvider");
  const bgpNode = get(network, "bgp");
  const written = str(bgpNode);
  const bgp = bgpNode ? written : cni === "Calico" && str(provider) !== "EKS" ? "Enabled" : "Disabled";
  const bgpSpan = bgpNode?.span ?? provider?.span ?? o.ref.span;
  const bgpWhy = bgpNode ? `bgp: ${written ?? ""}` : `kubernetesProvider: ${str(provider) ?? ""}, where BGP is off by default`;
  const withCidr = pools.filter((p) => p.cidr !== null && (!p.implicit || judgeDefault));
  if (cni === "Calico" && ipam === "Calico" && bgp === "Disabled") {
    const mode = str(get(network, "clusterRoutingMode")) ?? (c.head ? "FelixIPIPOnly" : "BIRD");
    const felixIpip = mode === "Felix" || c.head && mode === "FelixIPIPOnly";
    const felixNoEncap = mode === "Felix";
    for (const p of withCidr) {
      const enc2 = encapsulationOf(p);
      if (enc2 === void 0) continue;
      const ipip = enc2 === "IPIP" || enc2 === "IPIPCrossSubnet";
      if (ipip && felixIpip || enc2 === "None" && felixNoEncap || !ipip && enc2 !== "None") continue;
      const encW2 = p.written.encapsulation;
      const at2 = encW2?.value !== void 0 && encW2.value !== "" ? encW2.span : bgpSpan;
      reject(c, ipip ? "installationBgpDisabledIpip" : "installationBgpDisabledNoEncap", at2, {
        pool: poolLabel(p),
        encapsulation: enc2,
        defaulted: encW2?.value ? "" : ` (the operator's default for an IPv${p.family ?? 4} pool)`,
        bgp: bgpWhy,
        routing: ipip && c.head ? "remove `clusterRoutingMode: BIRD` (Felix programs IPIP routes by default)" : "set `clusterRoutingMode: Felix`"
      });
    }
  }
  if (cni !== "Calico" && bgpNode && written === "Enabled" && withCidr.length > 0) {
    reject(c, "installationBgpNonCalicoCni", bgpNode.span, { cni });
  }
  const dpNode = get(network, "windowsDataplane");
  const dataplane = str(dpNode);
  if (!dpNode || dataplane === void 0 || dataplane === "Disabled" || cni !== "Calico") return;
  const services = get(spec, "serviceCIDRs");
  if (!services || services.kind === "seq" && services.items.length === 0 || services.kind === "scalar" && services.value === null) {
    reject(c, "installationWindowsServiceCidrs", dpNode.span, { dataplane });
  }
  const v4 = withCidr.find((p) => p.family === 4);
  if (!v4) return;
  const enc = encapsulationOf(v4);
  if (enc === void 0 || enc === "VXLAN" || enc === "None") return;
  const encW = v4.written.encapsulation;
  reject(c, "installationWindowsEncapsulation", encW?.value ? encW.span : dpNode.span, {
    pool: poolLabel(v4),
    encapsulation: enc,
    defaulted: encW?.value ? "" : " (the operator's default for an IPv4 pool)",
    dataplane
  });
}
var ENCAPSULATIONS = /* @__PURE__ */ new Set(["IPIP", "IPIPCrossSubnet", "VXLAN", "VXLANCrossSubnet", "None"]);
function encapsulationOf(p) {
  const w = p.written.encapsulation;
  if (w && w.value !== "") return w.value !== void 0 && ENCAPSULATIONS.has(w.value) ? w.value : void 0;
  if (p.ipipMode !== "Never") return p.ipipMode === "CrossSubnet" ? "IPIPCrossSubnet" : "IPIP";
  if (p.vxlanMode !== "Never") return p.vxlanMode === "CrossSubnet" ? "VXLANCrossSubnet" : "VXLAN";
  return "None";
}

// src/rules/pool-invalid/messages.ts
var NEVER = "so it is never applied";
var STORED = "the crd.projectcalico.org/v1 IPPool CRD of Calico v3.32 does not check it, so kubectl stores the pool";
var MESSAGES = {
  // IPPool objects (ippool.ts): clientv3 and the validator (v3.32), the CRD's CEL rules (HEAD).
  cidrRequired: `The pool has no cidr: {{by}} with \`{{error}}\`, ${NEVER}. Set \`spec.cidr\` to the pool's range, such as \`10.0.0.0/16\``,
  cidrInvalid: `\`{{cidr}}\` is not a CIDR: {{by}} with \`{{error}}\`, ${NEVER}. Write the range as a CIDR, such as \`10.0.0.0/16\` (a bare address is not accepted)`,
  cidrNotMasked: `\`{{cidr}}\` has host bits set: {{by}} with \`{{error}}\`, ${NEVER}. Write \`cidr: {{masked}}\``,
  cidrLinkLocal: `{{cidr}} overlaps the link-local range: {{by}} with \`{{error}}\`, ${NEVER}. Choose a range outside 169.254.0.0/16 and fe80::/10`,
  blockSizeRange: `blockSize {{blockSize}} is out of range for an IPv{{family}} pool: {{by}} with \`{{error}}\`, ${NEVER}. Use a blockSize from {{min}} to {{max}}, or leave it out (default {{default}})`,
  poolSmallerThanBlock: `A /{{prefix}} pool is smaller than its /{{blockSize}} blocks: {{by}} with \`IP pool size is too small for use with Calico IPAM. It must be equal to or greater than the block size.\`, ${NEVER}. Widen the pool to /{{blockSize}} or shorter, set blockSize to {{prefix}} or more, or disable the pool`,
  ipipOnIpv6: `ipipMode {{mode}} on an IPv6 pool: {{by}} with \`{{error}}\`, ${NEVER}. Set \`ipipMode: Never\` (use \`vxlanMode\` for IPv6 encapsulation)`,
  ipipWithVxlan: `IPIP and VXLAN are both enabled: {{by}} with \`{{error}}\`, ${NEVER}. Set one of \`ipipMode\` and \`vxlanMode\` to \`Never\``,
  allowedUsesUnknown: `\`{{use}}\` is not a use: {{by}} with \`{{error}}\`, ${NEVER}. Use one of {{uses}} (case-sensitive)`,
  allowedUsesCombination: `{{use}} together with LoadBalancer: {{by}} with \`{{error}}\`, ${NEVER}. Keep LoadBalancer pools separate: one pool with \`allowedUses: [LoadBalancer]\`, another for Workload and Tunnel`,
  loadBalancerEncapsulation: `Encapsulation on a LoadBalancer pool: {{by}} with \`{{error}}\`, ${NEVER}. Set \`ipipMode: Never\` and \`vxlanMode: Never\` on LoadBalancer pools`,
  loadBalancerBgpExport: `disableBGPExport on a LoadBalancer pool: {{by}} with \`{{error}}\`, ${NEVER}. Remove \`disableBGPExport\` (the check rejects \`true\`, whatever its message says)`,
  loadBalancerNodeSelector: `nodeSelector \`{{selector}}\` on a LoadBalancer pool: {{by}} with \`{{error}}\`, ${NEVER}. Set \`nodeSelector: "all()"\` or remove it`,
  tunnelNamespaceSelector: `A namespaceSelector on a pool that allows Tunnel: {{by}} with \`{{error}}\`, ${NEVER}. Remove Tunnel from allowedUses, or drop the namespaceSelector`,
  tunnelNamespaceSelectorDefault: `A namespaceSelector on a pool whose allowedUses default to [Workload, Tunnel]: {{by}} with \`{{error}}\`, ${NEVER}. Add \`allowedUses: [Workload]\` to the pool`,
  selectorGlobal: `\`global()\` in {{field}}: {{by}} with \`{{error}}\`, ${NEVER}. Use \`all()\` to select every node or namespace`,
  nameTooLong: `The name is {{length}} characters long: the API server rejects the pool with \`metadata.name: Invalid value: "{{name}}": must be no more than 253 characters\`, ${NEVER}. Shorten the name to 253 characters or fewer`,
  // Both kinds of pool (selector.ts): the validator's `selector` tag runs libcalico-go's parser;
  // `{{fix}}` is the hint for the parser's complaint.
  selectorSyntax: `{{field}} \`{{selector}}\` is not a valid Calico selector (\`{{reason}}\` at character {{character}}): {{by}} with \`failed to validate Field: {{goField}} because of Tag: selector\`, ${NEVER}. {{fix}}`,
  selectorSyntaxCrd: `{{field}} \`{{selector}}\` is not a valid Calico selector (\`{{reason}}\` at character {{character}}): the crd.projectcalico.org/v1 IPPool CRD does not parse selectors, so kubectl stores the pool, and Calico IPAM then fails every automatic assignment of the pool's family that evaluates this {{field}} (pods without an ipv4pools/ipv6pools annotation, tunnel addresses) with the parser's error at CNI ADD{{dormant}}. {{fix}}`,
  // An unquoted `!all()` (selector.ts): a YAML tag on an empty value, which Calico reads as all().
  taggedSelector: '`{{field}}: {{tag}}` without quotes is a YAML tag on an empty value, not the selector `{{tag}}`: Kubernetes stores `{{field}}: ""`, which Calico reads as all(), so the pool serves {{what}}, the opposite of what `{{tag}}` says. Quote the selector: `{{field}}: "{{tag}}"`',
  // crd.projectcalico.org/v1 pools under v3.32 (ippool.ts): the CRD's schema and CEL rules are all
  // that checks them, so what it does not check is stored, and these say what Calico then does.
  cidrNotMaskedStored: `\`{{cidr}}\` has host bits set: ${STORED} (calicoctl and the API server refuse it as \`IPPool CIDR is not strictly masked\`), and Calico IPAM parses it with Go's net.ParseCIDR, which drops the host bits, so the pool is {{masked}}. Write \`cidr: {{masked}}\``,
  cidrLinkLocalStored: `{{cidr}} overlaps the link-local range {{range}}: ${STORED} (calicoctl and the API server refuse it), and Calico IPAM hands out its addresses. Whether pods work with them depends on the network: routers do not forward link-local addresses, and Calico routes every pod through a link-local gateway ({{gateway}}). Choose a range outside 169.254.0.0/16 and fe80::/10`,
  blockSizeRangeStored: `blockSize {{blockSize}} is out of range for an IPv{{family}} pool ({{min}}\u2013{{max}}): ${STORED} (its schema allows 0\u2013128), and Calico IPAM has no check of its own: each block of {{addresses}} addresses is one IPAMBlock object listing every address, so whether nodes can claim blocks depends on the datastore's object size limit. Use a blockSize from {{min}} to {{max}}, or leave it out (default {{default}})`,
  blockSizeTooLargeStored: `blockSize {{blockSize}} makes blocks of {{addresses}} addresses: ${STORED} (its schema allows 0\u2013128), but each block is one IPAMBlock object listing every address, far more than the Kubernetes API server accepts in one object, so no node can claim a block and automatic assignment from the pool fails. Use a blockSize from {{min}} to {{max}}, or leave it out (default {{default}})`,
  blockSizeBeyondAddress: `blockSize {{blockSize}} is longer than an IPv4 address: ${STORED} (its schema allows 0\u2013128), but Calico IPAM skips the pool for every automatic assignment (\`skipping pool ... due to blockSize {{blockSize}} bigger than 32\`), so no pod gets an address from it that way. Use a blockSize from {{min}} to {{max}}, or leave it out (default {{default}})`,
  poolSmallerThanBlockStored: `A /{{prefix}} pool is smaller than its /{{blockSize}} blocks: ${STORED} (calicoctl and the API server refuse it as too small for use with Calico IPAM), but Calico IPAM finds no /{{blockSize}} block inside it, so automatic assignment from it fails with \`Assigned 0 out of 1 requested IPv{{family}} addresses; No IPs available in pools: [{{cidr}}]\` once no other pool serves the pod{{manual}}. Widen the pool to /{{blockSize}} or shorter, set blockSize to {{prefix}} or more, or disable the pool`,
  loadBalancerBgpExportStored: `disableBGPExport on a LoadBalancer pool: ${STORED} (calicoctl and the API server refuse it), and calico-node does not advertise the pool over BGP, so Services' LoadBalancer addresses from it are reachable only where something else routes them. Remove \`disableBGPExport\` unless another mechanism announces the range`,
  loadBalancerNodeSelectorStored: `nodeSelector \`{{selector}}\` on a LoadBalancer pool: ${STORED} (calicoctl and the API server refuse it), and kube-controllers evaluates it against a virtual node without labels, so whether the pool serves Services that do not name it in \`projectcalico.org/ipv4pools\` / \`ipv6pools\` depends on whether \`{{selector}}\` matches a node without labels. Set \`nodeSelector: "all()"\` or remove it`,
  tunnelNamespaceSelectorStored: `A namespaceSelector on a pool that allows Tunnel{{defaulted}}: ${STORED} (calicoctl and the API server refuse it), and calico-node asks for tunnel addresses with no namespace, which the selector is evaluated against as no labels, so whether the pool serves tunnel addresses depends on whether \`{{selector}}\` matches a namespace without labels. Set \`allowedUses: [Workload]\` on the pool, or drop the namespaceSelector`,
  selectorGlobalStored: `\`global()\` in {{field}}: ${STORED} (calicoctl and the API server refuse it), and Calico's selector parser evaluates \`global()\` as true for every {{what}}, as \`all()\` does, so the selector does not restrict what the pool serves the way the manifest may mean. Use \`all()\`, or label selectors that say which {{what}}s`,
  // Changes since a revision (update.ts): clientv3's update checks (v3.32), CEL transition rules (HEAD).
  cidrChanged: `The cidr was {{was}} at {{ref}}: {{by}} of the pool that exists at {{ref}} with \`{{error}}\`, ${NEVER}. Keep \`cidr: {{was}}\`, and move to the new range with a new pool (create it, disable this one, then delete it once its pods are gone)`,
  blockSizeChanged: `The blockSize was {{was}} at {{ref}}: {{by}} of the pool that exists at {{ref}} with \`{{error}}\`, ${NEVER}. Keep \`blockSize: {{was}}\`, or move to a new pool with the new block size`,
  blockSizeChangedStored: `The blockSize was {{was}} at {{ref}} ({{how}}): the crd.projectcalico.org/v1 CRD's transition rule (\`self == oldSelf\`) runs only when the field is there before and after, so kubectl stores the change, and Calico IPAM then claims /{{now}} blocks in a pool whose existing blocks are /{{was}}; whether they collide with blocks already claimed depends on what the cluster has allocated. Keep the block size at {{was}}{{keep}}, or move to a new pool with the new block size`,
  // One pool in two files (defined-twice.ts): one object, whichever copy is applied last.
  definedTwice: "IPPool {{name}} is also defined at {{where}} with a different spec ({{fields}} differ): both manifests are one object, and the copy applied last wins, which the files do not fix. The dry run takes the copy that fails fewest pods (an enabled one), and what depends on the copy (a static address in one copy only, a CIDR that only one copy has, a pool that runs short in one copy) is a warning. Keep one definition, or make the copies agree",
  // Installation pools (installation.ts): the operator's ValidatePools, and the API server's checks
  // of the IPPool the operator creates.
  installationCidrRequired: `The pool has no cidr: the Kubernetes API server rejects the Installation with \`{{path}}.cidr: Required value\`, ${NEVER}. Set \`cidr\` to the pool's range, such as \`10.0.0.0/16\``,
  installationCidrInvalid: `\`{{cidr}}\` is not a CIDR: the operator rejects the Installation with \`IP pool CIDR ({{cidr}}) is invalid: invalid CIDR address: {{cidr}}\`, ${NEVER}. Write the range as a CIDR, such as \`10.0.0.0/16\``,
  installationBlockSizeRange: `blockSize {{blockSize}} is out of range for an IPv{{family}} pool: the operator rejects the Installation with \`IPv{{family}} pool block size must be greater than {{below}} and less than or equal to {{max}}\`, ${NEVER}. Use a blockSize from {{min}} to {{max}}`,
  installationPoolSmallerThanBlock: `A /{{prefix}} pool is smaller than its /{{blockSize}} blocks: the operator rejects the Installation with \`IP pool size is too small. It must be equal to or greater than the block size\`, ${NEVER}. Widen the pool to /{{blockSize}} or shorter, or set blockSize to {{prefix}} or more`,
  installationIpipOnIpv6: `encapsulation {{encapsulation}} on an IPv6 pool: the operator rejects the Installation with \`IPIP encapsulation is not supported by IPv6 pools, but it is set for {{cidr}}\`, ${NEVER}. Use \`VXLAN\`, \`VXLANCrossSubnet\` or \`None\` for IPv6 pools`,
  installationEncapsulationHostLocal: `encapsulation {{encapsulation}} under host-local IPAM: the operator rejects the Installation with \`{{encapsulation}} is invalid for ipPool.encapsulation with Calico CNI and HostLocal IPAM\`, ${NEVER}. Use \`IPIP\`, \`IPIPCrossSubnet\` or \`None\`, or Calico IPAM`,
  installationNonCalicoCniEncapsulation: `encapsulation {{encapsulation}} with the {{cni}} CNI: the operator rejects the Installation with \`{{encapsulation}} is invalid for ipPool.encapsulation when using non-Calico CNI, should be None\`, ${NEVER}. Set \`encapsulation: None\`: the other CNI plugin routes pod traffic`,
  installationNonCalicoCniNodeSelector: `nodeSelector \`{{selector}}\` with the {{cni}} CNI: the operator rejects the Installation with \`IP pool nodeSelector ({{selector}}) should be 'all()' when using non-Calico CNI plugin\`, ${NEVER}. Set \`nodeSelector: "all()"\` or remove it`,
  installationAllowedUsesCombination: `LoadBalancer together with Workload or Tunnel: the operator rejects the Installation with \`IP pool {{name}} AllowedUse LoadBalancer cannot be used with Workload/Tunnel\`, ${NEVER}. Give LoadBalancer its own pool`,
  installationLoadBalancerEncapsulation: `encapsulation {{encapsulation}} on a LoadBalancer pool: the operator rejects the Installation with \`IP pool encapsulation must be none if allowedUse is LoadBalancer\`, ${NEVER}. Set \`encapsulation: None\``,
  installationLoadBalancerBgpExport: `disableBGPExport on a LoadBalancer pool: the operator rejects the Installation with \`IP pool disable bgp export must be false when AllowedUse is LoadBalancer\`, ${NEVER}. Remove \`disableBGPExport\``,
  installationLoadBalancerNodeSelector: `nodeSelector \`{{selector}}\` on a LoadBalancer pool: the operator rejects the Installation with \`IP pool nodeSelector should be set to all() if allowedUse is LoadBalancer\`, ${NEVER}. Set \`nodeSelector: "all()"\``,
  installationSelectorGlobal: `\`global()\` in nodeSelector: the Calico API server rejects the pool the operator creates with \`global() selector is not valid for IPPool nodeSelector - use all() instead\`, ${NEVER}. Use \`all()\``,
  installationDuplicateCidr: `{{cidr}} appears twice in ipPools: the operator rejects the Installation with \`IP pool {{cidr}} is specified more than once\`, ${NEVER}. Remove the duplicate entry`,
  installationDuplicateName: `The name {{name}} appears twice in ipPools: the operator rejects the Installation with \`IP pool {{name}} is specified more than once\`, ${NEVER}. Give every pool its own name`,
  // The Installation's network settings against its pools (installation-network.ts): the
  // operator's validateCustomResource, after its defaults.
  installationBgpDisabledIpip: `Pool {{pool}} uses {{encapsulation}} encapsulation{{defaulted}} while BGP is off ({{bgp}}): the operator rejects the Installation with \`with BIRD cluster routing mode, IPIP encapsulation requires that BGP is enabled\`, ${NEVER}. Set \`encapsulation: VXLAN\` on the pool, set \`bgp: Enabled\`, or {{routing}}`,
  installationBgpDisabledNoEncap: `Pool {{pool}} has no encapsulation{{defaulted}} while BGP is off ({{bgp}}): the operator rejects the Installation with \`with BIRD cluster routing mode, unencapsulated IP pools require that BGP is enabled\`, ${NEVER}. Set \`encapsulation: VXLAN\` on the pool, set \`bgp: Enabled\`, or {{routing}}`,
  installationBgpNonCalicoCni: `\`bgp: Enabled\` with the {{cni}} CNI: the operator rejects the Installation with \`BGP is not supported when using non-Calico CNI\`, ${NEVER}. Set \`bgp: Disabled\` or remove it`,
  installationWindowsEncapsulation: `The first IPv4 pool, {{pool}}, uses {{encapsulation}} encapsulation{{defaulted}} with the Windows dataplane on (windowsDataplane: {{dataplane}}): the operator rejects the Installation with \`IPv4 IPPool encapsulation {{encapsulation}} is not supported by Calico for Windows\`, ${NEVER}. Set \`encapsulation: VXLAN\` (or \`None\`) on that pool, or \`windowsDataplane: Disabled\``,
  installationWindowsServiceCidrs: `windowsDataplane: {{dataplane}} with Calico CNI and no serviceCIDRs: the operator rejects the Installation with \`installation spec.ServiceCIDRs must be provided when using Calico CNI on Windows\`, ${NEVER}. Set \`spec.serviceCIDRs\` to the cluster's service range (kube-apiserver's \`--service-cluster-ip-range\`)`,
  // The CRD schemas (schema.ts): the API server's structural checks, and the operator's enums.
  schemaEnum: `{{value}} is not a valid {{path}} (values are case-sensitive): {{by}} with \`{{path}}: Unsupported value: {{value}}: supported values: {{supported}}\`, ${NEVER}. Use one of {{allowed}}`,
  operatorEnum: `{{value}} is not a valid {{path}} (values are case-sensitive): the operator rejects the Installation with \`{{given}} is invalid for {{field}}, should be one of {{values}}\`, ${NEVER}. Use one of {{allowed}}`,
  schemaType: `{{path}} must be {{aType}}: {{by}} with \`{{path}}: Invalid value: "{{got}}": {{path}} in body must be of type {{type}}: "{{got}}"\`, ${NEVER}. Write {{field}} as {{aType}}{{withoutQuotes}}`,
  schemaMaxLength: `{{path}} is out of bounds: {{by}} with \`{{path}}: Too long: may not be longer than {{limit}}\`, ${NEVER}. Shorten the value`,
  schemaMaxItems: `{{path}} is out of bounds: {{by}} with \`{{path}}: Too many: {{count}}: must have at most {{limit}} items\`, ${NEVER}. Shorten the value`,
  schemaBounds: `{{path}} is out of bounds: {{by}} with \`{{path}} {{error}}\`, ${NEVER}. Shorten the value`,
  unknownField: '{{field}} is not a field of {{kind}}: kubectl refuses the object with `unknown field "{{path}}"` (strict field validation), and where validation is lax the setting is silently dropped. Check the spelling (field names are case-sensitive) or remove it',
  // IPReservations (reservation.ts).
  reservationEmpty: "`{{entry}}` is empty: Calico's validator rejects the IPReservation, and IPAM would skip the entry, so these addresses stay assignable. Write a CIDR such as `10.0.0.0/28` or remove the entry",
  reservationInvalid: "`{{entry}}` is neither a CIDR nor an IP address: Calico's validator rejects the IPReservation, and IPAM would skip the entry, so these addresses stay assignable. Write a CIDR such as `10.0.0.0/28`, or a single address",
  reservationBareAddress: "`{{entry}}` is a bare address, not a CIDR: the HEAD IPReservation CRD (`format: cidr`) rejects the IPReservation, and IPAM would skip the entry, so these addresses stay assignable. Write `{{entry}}/{{bits}}`"
};

// src/rules/pool-invalid/schema.ts
var import_ajv = __toESM(require_ajv(), 1);

// src/model/schemas/calico-crds.ts
var IPPOOL_SPEC_SCHEMA = {
  "$id": "calico-ipam-lint/ippool-spec",
  "type": "object",
  "required": [
    "cidr"
  ],
  "additionalProperties": false,
  "properties": {
    "allowedUses": {
      "items": {
        "type": "string"
      },
      "maxItems": 10,
      "type": "array"
    },
    "assignmentMode": {
      "enum": [
        "Automatic",
        "Manual"
      ],
      "type": "string"
    },
    "blockSize": {
      "type": "integer"
    },
    "cidr": {
      "maxLength": 48,
      "type": "string"
    },
    "disableBGPExport": {
      "type": "boolean"
    },
    "disabled": {
      "type": "boolean"
    },
    "ipipMode": {
      "enum": [
        "",
        "Never",
        "Always",
        "CrossSubnet"
      ],
      "type": "string"
    },
    "namespaceSelector": {
      "type": "string",
      "maxLength": 1024
    },
    "natOutgoing": {
      "type": "boolean"
    },
    "nodeSelector": {
      "type": "string",
      "maxLength": 1024
    },
    "vxlanMode": {
      "enum": [
        "",
        "Never",
        "Always",
        "CrossSubnet"
      ],
      "type": "string"
    },
    "ipip": {
      "type": "object"
    },
    "nat-outgoing": {
      "type": "boolean"
    }
  }
};
var IPRESERVATION_SPEC_SCHEMA = {
  "$id": "calico-ipam-lint/ipreservation-spec",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "reservedCIDRs": {
      "items": {
        "type": "string"
      },
      "type": "array"
    }
  }
};

// src/model/schemas/calico.ts
var IPPOOL_SPEC_SCHEMA_ENTERPRISE = {
  ...IPPOOL_SPEC_SCHEMA,
  $id: `${IPPOOL_SPEC_SCHEMA.$id}-enterprise`,
  properties: { ...IPPOOL_SPEC_SCHEMA.properties, awsSubnetID: { type: "string" } }
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

// src/rules/pool-invalid/schema.ts
var SCHEMAS = {
  ippool: IPPOOL_SPEC_SCHEMA,
  ippoolEnterprise: IPPOOL_SPEC_SCHEMA_ENTERPRISE,
  installation: INSTALLATION_POOL_SCHEMA,
  reservation: IPRESERVATION_SPEC_SCHEMA
};
var AJV_OPTIONS = { allErrors: true, strict: false, validateSchema: false };
var ajv;
var compiled2 = {};
function compiledSchema(name) {
  let v = compiled2[name];
  if (!v) {
    ajv ??= new import_ajv.default.default(AJV_OPTIONS);
    v = ajv.compile(SCHEMAS[name]);
    compiled2[name] = v;
  }
  return v;
}
var VALIDATORS = {
  get ippool() {
    return compiledSchema("ippool");
  },
  get ippoolEnterprise() {
    return compiledSchema("ippoolEnterprise");
  },
  get installation() {
    return compiledSchema("installation");
  },
  get reservation() {
    return compiledSchema("reservation");
  }
};
function validators() {
  return VALIDATORS;
}
function fieldPath(prefix, pointer) {
  let out = prefix;
  for (const part of pointer === "" ? [] : pointer.slice(1).split("/")) out += /^\d+$/.test(part) ? `[${part}]` : `.${part}`;
  return out;
}
var YAML11_BOOL = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
var goType = (v) => v === null ? "null" : Array.isArray(v) ? "array" : typeof v === "number" ? Number.isInteger(v) ? "integer" : "number" : typeof v;
var OPERATOR_ENUMS = {
  encapsulation: { field: "ipPool.encapsulation", values: "IPIPCrossSubnet,IPIP,VXLAN,VXLANCrossSubnet,None" },
  natOutgoing: { field: "natOutgoing", values: "Enabled,Disabled" }
};
function schemaProblems(root, prefix, validate, kind, installation) {
  const value = toPlain(root);
  if (validate(value)) return [];
  const out = [];
  const by = installation ? "the Kubernetes API server rejects the Installation" : `the Kubernetes API server rejects the ${kind} (Calico's CRD schema)`;
  const errors = validate.errors ?? [];
  const typeErrors = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  const keyIndex = /* @__PURE__ */ new Map();
  const entryOf2 = (n, key) => {
    if (n.kind !== "map") return void 0;
    let index = keyIndex.get(n);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (const e of n.entries) if (!index.has(e.key)) index.set(e.key, e);
      keyIndex.set(n, index);
    }
    return index.get(key);
  };
  for (const err of errors) {
    if (err.keyword === "enum" && typeErrors.has(err.instancePath)) continue;
    const { node, found } = atPointer(root, err.instancePath);
    const path = fieldPath(prefix, err.instancePath);
    if (err.keyword === "additionalProperties") {
      const field = String(err.params.additionalProperty);
      const e = entryOf2(node, field);
      out.push({
        messageId: "unknownField",
        severity: "warning",
        at: e?.keySpan ?? node.span,
        data: { field, kind, path: `${path}.${field}` }
      });
      continue;
    }
    if (err.keyword === "required") continue;
    const v = found ? toPlain(node) : void 0;
    if (err.keyword === "enum") {
      const allowed = (err.params.allowedValues ?? []).filter((a) => a !== "");
      const last = err.instancePath.split("/").pop() ?? "";
      const op = installation ? OPERATOR_ENUMS[last] : void 0;
      const value2 = JSON.stringify(v);
      const use = allowed.map((a) => `\`${String(a)}\``).join(", ");
      out.push(
        op ? { messageId: "operatorEnum", at: node.span, data: { value: value2, path, given: String(v), field: op.field, values: op.values, allowed: use } } : { messageId: "schemaEnum", at: node.span, data: { value: value2, path, by, supported: allowed.map((a) => JSON.stringify(a)).join(", "), allowed: use } }
      );
      continue;
    }
    if (err.keyword === "type") {
      const expected = String(err.params.type);
      if (expected === "boolean" && typeof v === "string" && YAML11_BOOL.test(v)) continue;
      out.push({
        messageId: "schemaType",
        at: node.span,
        data: {
          path,
          by,
          aType: `${expected === "integer" ? "an" : "a"} ${expected}`,
          type: expected,
          got: goType(v),
          field: path.split(".").pop() ?? path,
          withoutQuotes: typeof v === "string" ? " without quotes" : ""
        }
      });
      continue;
    }
    const limit = String(err.params.limit ?? "");
    out.push(
      err.keyword === "maxLength" ? { messageId: "schemaMaxLength", at: node.span, data: { path, by, limit } } : err.keyword === "maxItems" ? { messageId: "schemaMaxItems", at: node.span, data: { path, by, limit, count: Array.isArray(v) ? v.length : "?" } } : { messageId: "schemaBounds", at: node.span, data: { path, by, error: err.message ?? "is invalid" } }
    );
  }
  return out;
}

// src/rules/pool-invalid/reservation.ts
function checkReservation(c, r, settings) {
  if (r.spec) for (const problem of schemaProblems(r.spec, "spec", validators().reservation, "IPReservation", false)) c.problems.push(problem);
  for (const e of r.entries) {
    if (e.text === "" && e.cidr === null) reject(c, "reservationEmpty", e.span, { entry: e.text });
    else if (!e.cidr) reject(c, "reservationInvalid", e.span, { entry: e.text });
    else if (settings.calicoVersion === "head" && !e.text.includes("/")) reject(c, "reservationBareAddress", e.span, { entry: e.text, bits: e.cidr.family === 4 ? 32 : 128 });
  }
}

// src/rules/pool-invalid/update.ts
function checkUpdate(c, pool, model, previous) {
  const since = model.changedSince;
  const spec = pool.spec;
  if (!since || !spec || !pool.cidr || pool.object.contextOnly) return;
  const file = since.previous.get(pool.object.ref.file);
  if (!file) return;
  let pools = previous.get(file.path);
  if (!pools) {
    pools = ipPoolsIn(file);
    previous.set(file.path, pools);
  }
  const then = pools.filter((p) => p.object.ref.name === pool.name);
  const now = model.pools.filter((p) => p.origin === "IPPool" && p.name === pool.name && p.object.ref.file === pool.object.ref.file);
  const old = then.length === 1 && now.length === 1 ? then[0] : void 0;
  const oldText = old?.cidrText?.value;
  const oldCidr = old?.cidr ?? null;
  if (!old || !oldCidr) return;
  const v1 = !c.head && apiGroup(pool.object.ref.apiVersion) === "crd.projectcalico.org";
  const head = c.head || v1;
  const by = v1 ? "the crd.projectcalico.org/v1 IPPool CRD refuses the update at kubectl apply" : head ? "the IPPool CRD rejects the update" : "calicoctl and the Calico API server reject the update";
  const cidrW = pool.written.cidr;
  if (cidrW && (v1 ? cidrW.value !== oldText : !sameCIDR(oldCidr, pool.cidr))) {
    reject(c, "cidrChanged", cidrW.span, {
      by,
      error: head ? "CIDR cannot be changed; follow IP pool migration guide to avoid corruption." : "IPPool CIDR cannot be modified",
      was: oldText ?? "",
      ref: since.ref
    });
  }
  const size = effectiveBlockSize(pool.written.blockSize?.value, oldCidr.family);
  const was = effectiveBlockSize(old.written.blockSize?.value, oldCidr.family);
  const bothWritten = pool.written.blockSize?.value !== void 0 && old.written.blockSize?.value !== void 0;
  const changed = v1 ? bothWritten && pool.written.blockSize?.value !== old.written.blockSize?.value : size !== was;
  if (v1 && !bothWritten && size !== was && sameCIDR(oldCidr, pool.cidr)) {
    const oldWritten = old.written.blockSize?.value !== void 0;
    c.problems.push({
      messageId: "blockSizeChangedStored",
      at: pool.written.blockSize?.span ?? cidrW?.span ?? spec.span,
      severity: "warning",
      data: { was, now: size, ref: since.ref, how: oldWritten ? "now left to the default" : "unset, so the default", keep: oldWritten ? ` (\`blockSize: ${was}\`)` : " (leave blockSize out)" }
    });
  }
  if (sameCIDR(oldCidr, pool.cidr) && changed) {
    reject(c, "blockSizeChanged", pool.written.blockSize?.span ?? cidrW?.span ?? spec.span, {
      by,
      error: head ? "Block size cannot be changed; follow IP pool migration guide to avoid corruption." : "IPPool BlockSize cannot be modified",
      was: v1 ? old.written.blockSize?.value ?? was : was,
      ref: since.ref
    });
  }
}

// src/rules/pool-invalid.ts
var pool_invalid_default = defineRule({
  id: "pool-invalid",
  meta: {
    description: "Disallow IPPool, Installation pool and IPReservation specs that Calico rejects",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "object",
    messages: MESSAGES,
    placeholders: {
      by: "who refuses the object, by how it reaches Calico: `calicoctl and the Calico API server reject the pool` (projectcalico.org/v3), `the crd.projectcalico.org/v1 IPPool CRD refuses the pool at kubectl apply` (v1 under v3.32), `the IPPool CRD rejects the pool` (`calicoVersion: head`), `Calico's validator rejects the pool`, or `the Calico API server rejects the pool the operator creates` (an Installation's pool)",
      error: "Calico's own error text for that check, as the `calicoVersion` in force words it (v3.32 and HEAD differ for some checks)"
    },
    calico: "calicoctl and the Calico API server validate IPPools in clientv3 and the validator (v3.32), and HEAD's CRDs carry the same rules as CEL; the operator validates Installation pools itself; the validator rejects IPReservation entries that are neither CIDRs nor addresses. `nodeSelector` and `namespaceSelector` must parse as Calico selectors (the validator's `selector` tag runs libcalico-go's selector parser; only spaces and tabs separate tokens, so a line break kept by a `|` block fails too), and the pools the operator creates from an Installation go through the same validator. Calico does not reject loopback, multicast or other special ranges. A pool's `cidr` and `blockSize` cannot change once it exists: with `--changed-since REF`, a pool found in the same file at REF that changes either is refused (`IPPool CIDR cannot be modified`, `IPPool BlockSize cannot be modified`). The operator also refuses an Installation whose network settings its pools cannot serve: BGP off with IPIP or unencapsulated pools (unless `clusterRoutingMode` hands the routes to Felix), `bgp: Enabled` with another CNI plugin, and the Windows dataplane without `serviceCIDRs` or with a first IPv4 pool that is neither VXLAN nor unencapsulated. A `crd.projectcalico.org/v1` pool applied with kubectl is checked only by the v3.32 CRD (`format: cidr`, the enums, `blockSize` 0\u2013128, CEL rules for IPIP with VXLAN, IPIP on IPv6, LoadBalancer with encapsulation or with other uses, and `self == oldSelf` on cidr and blockSize): those stay errors in the CRD's words; what the CRD does not check is stored, and the finding says what Calico then does: an error where IPAM certainly fails (a pool smaller than its blocks, an IPv4 blockSize over 32, blocks too large to store, a selector that does not parse), otherwise a warning saying what it depends on. Under Calico Enterprise (`calicoEdition`, else an Installation's `spec.variant`) `awsSubnetID` and the `HostSecondaryInterface` use are accepted.",
    remediation: "Fix the field the finding points at: a strictly masked CIDR outside link-local, a blockSize of 20\u201332 (IPv4) or 116\u2013128 (IPv6) no longer than the pool's prefix, at most one encapsulation, exact enum values, selectors Calico can parse, and LoadBalancer pools kept apart; to change an existing pool's range or block size, create a new pool and retire the old one."
  },
  check(ctx) {
    const edition = ctx.settings.calicoEdition ?? ctx.model.edition?.value;
    const c = { head: ctx.settings.calicoVersion === "head", enterprise: edition === "enterprise", problems: [] };
    const flush = (object) => {
      for (const p of c.problems) {
        ctx.report({ messageId: p.messageId, at: p.at, data: p.data, object, ...p.severity ? { severity: p.severity } : {} });
      }
      c.problems.length = 0;
    };
    const seen = /* @__PURE__ */ new Map();
    const previous = /* @__PURE__ */ new Map();
    for (const pool of ctx.model.pools) {
      if (pool.implicit) continue;
      if (pool.origin === "IPPool") {
        if (pool.spec) for (const problem of schemaProblems(pool.spec, pool.fieldPath, c.enterprise ? validators().ippoolEnterprise : validators().ippool, "IPPool", false)) c.problems.push(problem);
        if (apiGroup(pool.object.ref.apiVersion) === "crd.projectcalico.org") checkEmptyModes(c, pool);
        const patch = !pool.cidrText?.value && (DEFAULT_POOL_NAMES.has(pool.name) || ctx.model.pools.some((o) => o !== pool && o.name === pool.name && o.cidr !== null));
        if (!patch) checkIPPool(c, pool);
        checkDefinedTwice(c, pool, ctx.model);
        checkUpdate(c, pool, ctx.model, previous);
        const nameW = pool.written.name;
        if (nameW && pool.name.length > 253) {
          reject(c, "nameTooLong", nameW.span, { name: pool.name, length: pool.name.length });
        }
        flush(pool.object.ref);
        continue;
      }
      const item = pool.spec;
      if (!item) continue;
      const path = pool.fieldPath;
      for (const problem of schemaProblems(item, path, validators().installation, "Installation", true)) c.problems.push(problem);
      if (!pool.written.cidr) {
        reject(c, "installationCidrRequired", item.span, { path });
      }
      checkInstallationPool(c, pool);
      checkDuplicates(c, pool, seen);
      flush(pool.object.ref);
    }
    const platform = /* @__PURE__ */ new Set(["ClusterConfiguration", "kubeadm-config", "Network"]);
    const judgeDefault = !ctx.model.pools.some((p) => p.origin === "IPPool") && !ctx.model.podCidrs.some((p) => platform.has(p.source));
    const { objects } = ctx.model;
    for (let i = 0; i < objects.length; i++) {
      const o = objects[i];
      if (o.ref.kind !== "Installation" || !o.ref.apiVersion.startsWith("operator.tigera.io/")) continue;
      checkInstallationNetwork(c, o, ctx.model.pools.filter((p) => p.object === o && p.origin === "Installation"), judgeDefault);
      flush(o.ref);
    }
    for (const r of ctx.model.reservations) {
      checkReservation(c, r, ctx.settings);
      flush(r.object.ref);
    }
  }
});
function checkEmptyModes(c, pool) {
  for (const key of ["ipipMode", "vxlanMode"]) {
    const w = pool.written[key];
    if (w?.value !== "") continue;
    const path = `${pool.fieldPath}.${key}`;
    reject(c, "schemaEnum", w.span, {
      value: '""',
      path,
      by: "the Kubernetes API server rejects the IPPool (Calico's CRD schema)",
      supported: '"Never", "Always", "CrossSubnet"',
      allowed: "`Never`, `Always`, `CrossSubnet`"
    });
  }
}

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
    calico: "Calico does not require pools to lie inside the Kubernetes pod CIDR; the documentation asks for it because kube-proxy decides masquerading by `clusterCIDR`. Pools whose `allowedUses` is only `LoadBalancer` hold Service addresses and are not compared. The operator checks it itself (and then fails) for Installation pools when it defaults pools: no IPPool exists yet and kubeadm's or OpenShift's pod CIDR is known.",
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
      const platform = ctx.model.podCidrs.filter((c) => c.cidr !== null && PLATFORM_SOURCES.has(c.source));
      const operatorChecks = pool.origin === "Installation" && !anyIPPool && platform.some((c) => c.cidr?.family === cidr.family);
      if (operatorChecks) {
        ctx.report({
          messageId: "operator",
          severity: "error",
          at: poolSpan(pool),
          object: pool.object.ref,
          value: pool.cidrText?.value ?? "",
          data: {
            cidr: pool.cidrText?.value ?? "",
            list: [...new Set(platform.map((c) => c.text))].join(" "),
            podCidrs: describeCidrs(platform.filter((c) => c.cidr?.family === cidr.family))
          },
          related: platform.flatMap((c) => c.span ? [{ span: c.span, message: `pod CIDR ${c.text} (${c.source})` }] : [])
        });
        continue;
      }
      if (pool.allowedUses.length > 0 && pool.allowedUses.every((u) => u === "LoadBalancer")) continue;
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
var MAX_PER_POOL = 10;
function overlapsOf(pools) {
  const k = MAX_PER_POOL + 1;
  const items = pools.map((p, index) => ({ index, family: p.cidr?.family ?? 4, start: p.cidr?.network ?? 0n, end: p.cidr ? lastOf(p.cidr) : 0n })).sort((a, b) => a.family - b.family || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) || (a.end > b.end ? -1 : a.end < b.end ? 1 : 0) || a.index - b.index);
  const groups = [];
  items.forEach((it, n) => {
    const g = groups.at(-1);
    if (g && g.family === it.family && g.start === it.start && g.end === it.end) {
      g.last = n;
      if (g.lowest.length < k) g.lowest.push(it.index);
    } else groups.push({ family: it.family, start: it.start, end: it.end, first: n, last: n, lowest: [it.index] });
  });
  const lowestK = (xs) => [...new Set(xs)].sort((a, b) => a - b).slice(0, k);
  const below = groups.map((g, gi) => {
    const found = [];
    for (let h = gi + 1; h < groups.length; h++) {
      const d = groups[h];
      if (d.family !== g.family || d.start > g.end) break;
      found.push(...d.lowest);
      if (found.length > 4 * k) found.splice(0, found.length, ...lowestK(found));
    }
    return lowestK(found);
  });
  const out = pools.map(() => []);
  const open2 = [];
  groups.forEach((g, gi) => {
    while (open2.length > 0) {
      const top = groups[open2.at(-1)];
      if (top.family === g.family && top.end >= g.start) break;
      open2.pop();
    }
    const above = open2.flatMap((o) => groups[o].lowest);
    const others = lowestK([...above, ...below[gi], ...g.lowest]);
    for (let n = g.first; n <= g.last; n++) {
      const self = items[n].index;
      out[self] = others.filter((o) => o !== self).slice(0, MAX_PER_POOL);
    }
    open2.push(gi);
  });
  return out;
}
var viaCrd = (p) => p.origin === "IPPool" && apiGroup(p.object.ref.apiVersion) === "crd.projectcalico.org";
var viaV3 = (p) => p.origin === "IPPool" && apiGroup(p.object.ref.apiVersion) === "projectcalico.org";
var pool_overlap_default = defineRule({
  id: "pool-overlap",
  meta: {
    description: "Disallow IP pools whose CIDRs overlap where Calico refuses one or makes one unusable",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "repository",
    messages: {
      overlap: "Pool {{pool}} overlaps pool {{other}}: calicoctl and the Calico API server refuse the second one with `IPPool({{second}}) CIDR overlaps with IPPool({{first}}) CIDR {{firstCidr}}`, and applied as CRDs Calico v3.32+ marks one `Allocatable=False` (CIDROverlap) so IPAM skips it. Make the CIDRs disjoint, or disable one of the pools",
      overlapCrd: "Pool {{pool}} overlaps pool {{other}}: applied with kubectl as crd.projectcalico.org/v1 objects, both are stored (only the CRD schema checks them, not the overlap), and from Calico v3.32 kube-controllers' pool controller marks one of them `Allocatable=False` (CIDROverlap), so IPAM takes no address from it; earlier versions allocate from both. Make the CIDRs disjoint, or disable one of the pools",
      overlapDisabled: "Pool {{pool}} overlaps the disabled pool {{other}}: calicoctl and the Calico API server check a new pool against every pool, disabled ones included, and refuse the one created second with `IPPool({{second}}) CIDR overlaps with IPPool({{first}}) CIDR {{firstCidr}}`. Make the CIDRs disjoint, or delete the disabled pool once no address is left in it",
      overlapDisabledOrder: "Pool {{pool}} overlaps the disabled pool {{other}}, and only {{checked}} goes through calicoctl or the Calico API server (projectcalico.org/v3), which refuse a new pool that overlaps any pool, disabled ones included: if it is created after the other, it is refused with `IPPool({{checkedName}}) CIDR overlaps with IPPool({{otherName}}) CIDR {{otherCidr}}`; created first, both are stored and the disabled pool takes no part. Which comes first depends on the order they are applied. Make the CIDRs disjoint, or delete the disabled pool"
    },
    calico: "clientv3's `validateAndSetDefaults` (calicoctl, the Calico API server) rejects, on create, a pool whose CIDR overlaps any existing pool, disabled ones included (identical, larger or smaller). Writing `crd.projectcalico.org/v1` objects with kubectl skips that check: both are stored, and from v3.32 the kube-controllers pool controller (`reconcileConditions`) keeps one pool per overlapping range active and marks the others `Allocatable=False`; administratively disabled pools take no part there.",
    remediation: "Give every pool of a family a disjoint CIDR, or set `disabled: true` on the pool that is being retired (and, with projectcalico.org/v3, create no new pool over it until it is deleted)."
  },
  check(ctx) {
    const inPlay = poolsInPlay(ctx.model).filter((p) => p.cidr !== null);
    const report = (a, b, aFirst) => {
      if (!a.cidr || !b.cidr) return;
      const [first, second] = aFirst ? [a, b] : [b, a];
      const data = { first: nameOf(first), second: nameOf(second), firstCidr: first.cidr ? cidrString(first.cidr) : "", pool: poolLabel(a), other: poolLabel(b) };
      const base = { at: poolSpan(a), object: a.object.ref, value: cidrString(a.cidr), related: [{ span: poolSpan(b), message: `pool ${poolLabel(b)}` }] };
      if (!a.disabled && !b.disabled) {
        ctx.report({ ...base, messageId: viaCrd(a) && viaCrd(b) ? "overlapCrd" : "overlap", severity: "error", data });
      } else if (viaV3(a) && viaV3(b)) {
        ctx.report({ ...base, messageId: "overlapDisabled", severity: "error", data });
      } else {
        const [checked, other] = viaV3(a) ? [a, b] : [b, a];
        const more = { checked: poolLabel(checked), checkedName: nameOf(checked), otherName: nameOf(other), otherCidr: other.cidr ? cidrString(other.cidr) : "" };
        ctx.report({ ...base, messageId: "overlapDisabledOrder", severity: "warning", data: { ...data, ...more } });
      }
    };
    const enabled = inPlay.filter((p) => !p.disabled);
    overlapsOf(enabled).forEach((others, i) => {
      for (const j of others) report(enabled[i], enabled[j], i < j);
    });
    const objects = inPlay.filter((p) => viaV3(p) || viaCrd(p));
    if (!objects.some((p) => p.disabled) || !objects.some(viaV3)) return;
    overlapsOf(objects).forEach((others, i) => {
      const a = objects[i];
      for (const j of others) {
        const b = objects[j];
        if ((a.disabled || b.disabled) && (viaV3(a) || viaV3(b))) report(a, b, i < j);
      }
    });
  }
});

// src/rules/render-failed.ts
var render_failed_default = defineRule({
  id: "render-failed",
  meta: {
    description: "Disallow Kustomize roots and Helm charts that do not render",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "object",
    messages: {
      failed: "{{message}}. Argo CD and Flux fail the same way, so nothing from it is deployed, and calico-ipam-lint checks none of its objects. Fix the error the tool names",
      // Nothing in view deploys it: a config management plugin or another tool may build it.
      undeployed: "{{message}}. No Argo CD Application or Flux object in view deploys it, so how it is built is not known (a config management plugin may build it otherwise), and calico-ipam-lint checks none of its objects. Fix the error, or lint the Application that deploys it",
      // Helm 4 refuses a chart apiVersion that Helm 3, which Argo CD runs, accepts.
      helm4Only: "{{message}}. Helm 4 loads only charts of apiVersion v1, v2 or v3, but Helm 3, which Argo CD runs, takes any apiVersion: whether it deploys depends on the controller's Helm, and calico-ipam-lint checks none of its objects. Write apiVersion: v2 in Chart.yaml"
    },
    calico: "Calico never sees these objects: the GitOps controller cannot build the manifests, so the sync fails before anything is applied.",
    remediation: "Run the command shown and fix the error it prints; the rest of the repository is still linted."
  },
  check(ctx) {
    for (const file of ctx.model.files) {
      for (const p of file.problems) {
        if (p.code === "RENDER_FAILED") ctx.report({ messageId: "failed", data: { message: p.message }, at: p.span });
        if (p.code === "RENDER_FAILED_UNDEPLOYED") ctx.report({ messageId: "undeployed", severity: "warning", data: { message: p.message }, at: p.span });
        if (p.code === "RENDER_FAILED_HELM4_ONLY") ctx.report({ messageId: "helm4Only", severity: "warning", data: { message: p.message }, at: p.span });
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
      const ip = ipText(c.ip);
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

// src/rules/static-ip-both-modes.ts
var static_ip_both_modes_default = defineRule({
  id: "static-ip-both-modes",
  meta: {
    description: "Disallow ipAddrs and ipAddrsNoIpam on the same pod",
    defaultSeverity: "error",
    scope: "object",
    messages: {
      both: "Calico fails the pod with `can't have both annotations: 'ipAddrs' and 'ipAddrsNoIpam' in use at the same time`. Keep {{ipAddrs}} (Calico IPAM records the address) or {{noIpam}} (IPAM bypassed, behind a feature flag), not both"
    },
    calico: "The CNI plugin checks the two static-address annotations before anything else: when both are non-empty it fails the pod with `can't have both annotations: 'ipAddrs' and 'ipAddrsNoIpam' in use at the same time`. An empty string counts as absent.",
    remediation: "Remove one of the two annotations: keep `ipAddrs` unless the address must bypass Calico IPAM (and the `ip_addrs_no_ipam` feature flag is enabled)."
  },
  check(ctx) {
    const sites = annotatedSites(ctx.model);
    for (let n = 0; n < sites.length; n++) {
      const site = sites[n];
      if (site.kind !== "pod") continue;
      const a = site.calico.lists.ipAddrs;
      const b = site.calico.lists.ipAddrsNoIpam;
      if (!a || !b || !a.raw || !b.raw) continue;
      const [earlier, later] = a.entry.keySpan.start <= b.entry.keySpan.start ? [a, b] : [b, a];
      ctx.report({
        messageId: "both",
        data: { ipAddrs: fullKey("ipAddrs"), noIpam: fullKey("ipAddrsNoIpam") },
        at: later.entry.keySpan,
        related: [{ span: earlier.entry.keySpan, message: `${earlier.entry.key} is set here` }],
        object: site.object.ref
      });
    }
  }
});

// src/rules/static-ip-pool-mismatch.ts
var static_ip_pool_mismatch_default = defineRule({
  id: "static-ip-pool-mismatch",
  meta: {
    description: "Warn about static addresses outside the pools the pod's own pool annotation names",
    defaultSeverity: "warning",
    scope: "repository",
    messages: {
      mismatch: "{{ip}} lies outside the pools this pod names in {{key}} ({{pools}}): Calico ignores the pool annotation when {{staticKey}} is set and {{takes}}. Pick an address inside {{choice}}, or drop cni.projectcalico.org/{{key}}"
    },
    calico: "With `ipAddrs` (or `ipAddrsNoIpam`) set, Calico never uses `ipv4pools`/`ipv6pools` to place the pod: `ipAddrs` takes the address from whichever enabled pool holds it, `ipAddrsNoIpam` from none. A static address outside the pools the pod also names is accepted, but the pool annotation does not mean what it says. Entries that name no known pool are left to `unknown-pool`.",
    remediation: "Pick the static address inside a pool the pod names, or remove the pool annotation that no longer applies."
  },
  check(ctx) {
    const pools = viewPools(ctx.model);
    const withStatics = staticPods(ctx.model);
    for (let n = 0; n < withStatics.length; n++) {
      const { pod, statics } = withStatics[n];
      for (const s of statics) {
        const key = keyOfFamily(s.ip.family);
        const own = pod.calico.lists[key];
        if (!isSet(own) || own.error || own.raw === null || (own.items?.length ?? 0) === 0) continue;
        const entries = resolveList(ctx.model, own, pools) ?? [];
        if (insideEntries(s.ip, entries) !== false) continue;
        const ip = ipText(s.ip);
        const holder = s.key === "ipAddrs" ? poolContaining(ctx.model, s.ip, pools) : void 0;
        const takes = s.key === "ipAddrsNoIpam" ? `uses ${ip} without asking IPAM` : holder ? `takes ${ip} from pool ${poolText(holder)}` : `takes ${ip} from whichever enabled pool holds it`;
        ctx.report({
          messageId: "mismatch",
          at: s.span,
          object: pod.object.ref,
          value: ip,
          related: [{ span: own.entry.node.span, message: `the pod sets ${key} ${own.raw}` }],
          data: { ip, key, pools: someOf(entries.map(entryText)), choice: anyOf(entries.map(entryText)), staticKey: s.key, takes }
        });
      }
    }
  }
});

// src/rules/static-ip-replicas.ts
function isZero(t) {
  return t !== void 0 && /^0+%?$/.test(t.trim());
}
function concurrency(pod, nodes) {
  switch (pod.workload.scale) {
    case "single":
    case "template":
      return null;
    case "per-node": {
      if (nodes !== void 0) return { count: nodes, why: `one on each of the ${nodes} nodes` };
      if (pod.pinnedToOneNode) return { count: 1, why: "its nodeSelector picks one node" };
      return { count: Infinity, why: "one on every node" };
    }
    case "replicas": {
      const hpa = pod.hpas.length === 0 ? void 0 : pod.hpas.filter((h) => h.maxReplicas !== void 0).sort((a, b) => (b.maxReplicas?.value ?? 0) - (a.maxReplicas?.value ?? 0))[0];
      if (hpa?.maxReplicas && Number.isInteger(hpa.maxReplicas.value)) {
        return { count: hpa.maxReplicas.value, why: `${who(hpa.object, hpa.namespace)} scales it up to maxReplicas: ${hpa.maxReplicas.value}`, at: hpa.maxReplicas.span, hpa };
      }
      if (pod.replicas) {
        if (!Number.isInteger(pod.replicas.value)) return null;
        return { count: pod.replicas.value, why: `replicas: ${pod.replicas.value}`, at: pod.replicas.span };
      }
      if (pod.scaleUnread) return null;
      return { count: 1, why: "replicas defaults to 1" };
    }
    case "parallelism": {
      const p = pod.parallelism;
      if (!p) {
        if (pod.scaleUnread) return null;
        return { count: 1, why: "parallelism defaults to 1" };
      }
      if (!Number.isInteger(p.value)) return null;
      const completions = pod.completions?.value;
      if (completions !== void 0 && Number.isInteger(completions) && completions < p.value) {
        return { count: completions, why: `parallelism: ${p.value} with completions: ${completions}`, at: p.span };
      }
      return { count: p.value, why: `parallelism: ${p.value}`, at: p.span };
    }
  }
}
function surgingRollout(pod) {
  const kind = pod.workload.kind;
  const u = pod.update;
  const surge = u?.maxSurge;
  if (kind === "Deployment") {
    const type = u?.type?.value ?? "RollingUpdate";
    if (type !== "RollingUpdate") return null;
    if (isZero(surge?.value)) return null;
    const at2 = surge?.span ?? u?.type?.span;
    return {
      strategy: surge ? `RollingUpdate strategy (maxSurge: ${surge.value ?? ""})` : u?.type ? "RollingUpdate strategy" : "default RollingUpdate strategy (maxSurge 25%, rounded up to 1 pod)",
      ...at2 ? { at: at2 } : {},
      fix: "Set `strategy: {type: Recreate}` (or `rollingUpdate: {maxSurge: 0, maxUnavailable: 1}`), so the old pod is gone before the new one starts"
    };
  }
  if (kind === "Rollout") {
    if (u?.blueGreen) {
      return {
        strategy: "blueGreen strategy",
        at: u.blueGreen,
        fix: "Use the canary strategy with `maxSurge: 0` and `maxUnavailable: 1`: a blue-green rollout always runs the new pods beside the old ones"
      };
    }
    if (!u?.canary) return null;
    if (isZero(surge?.value)) return null;
    return {
      strategy: surge ? `canary strategy (maxSurge: ${surge.value ?? ""})` : "canary strategy (maxSurge 25%, rounded up to 1 pod)",
      at: surge?.span ?? u.canary,
      fix: "Set `maxSurge: 0` and `maxUnavailable: 1` in the canary strategy, so the old pod is gone before the new one starts"
    };
  }
  if (kind === "DaemonSet") {
    if (surge === void 0 || isZero(surge.value) || u?.type?.value === "OnDelete") return null;
    return { strategy: `RollingUpdate strategy (maxSurge: ${surge.value ?? ""})`, at: surge.span, fix: "Set `maxSurge: 0` in `updateStrategy.rollingUpdate`" };
  }
  return null;
}
function fixFor(pod, c) {
  const drop = "or remove cni.projectcalico.org/ipAddrs and let the pods take addresses from a pool (cni.projectcalico.org/ipv4pools)";
  if (c.hpa) {
    const recreate = pod.workload.kind === "Deployment" && pod.update?.type?.value !== "Recreate" ? " and use `strategy: {type: Recreate}`" : "";
    return `Set maxReplicas: 1 on ${who(c.hpa.object, c.hpa.namespace)} (or remove it)${recreate}, ${drop}`;
  }
  switch (pod.workload.kind) {
    case "Deployment":
      return `Run 1 replica with \`strategy: {type: Recreate}\`, ${drop}`;
    case "Rollout":
      return `Run 1 replica with a canary strategy of \`maxSurge: 0\`, ${drop}`;
    case "StatefulSet":
      return `Give each address its own single-replica StatefulSet, ${drop}`;
    case "DaemonSet":
      return `Pin the DaemonSet to one node (nodeSelector kubernetes.io/hostname), or run the pod as a Deployment with 1 replica and \`strategy: {type: Recreate}\`, ${drop}`;
    case "Job":
    case "CronJob":
      return `Set parallelism: 1, ${drop}`;
    default:
      return `Run 1 replica, ${drop}`;
  }
}
var static_ip_replicas_default = defineRule({
  id: "static-ip-replicas",
  meta: {
    description: "Disallow static addresses on templates that run more than one pod at once",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "repository",
    messages: {
      replicas: "{{who}} runs {{runs}} from a template that asks for {{ips}}: Calico gives the address to the first pod and fails every other one with `resource already exists: {{ip}} with error: Address already assigned in block`. {{fix}}",
      noIpam: "{{who}} runs {{runs}} from a template with the ipAddrsNoIpam address {{ips}}: Calico IPAM is bypassed, so every pod starts with the same address and its traffic reaches any one of them. Run a single pod, or give each pod its own address (one workload per address)",
      rollout: "{{who}} runs one replica with the {{strategy}}, which starts the new pod before the old one stops: the new pod asks for {{ips}}, which the old pod still holds, so Calico fails it with `resource already exists: {{ip}} with error: Address already assigned in block` and the rollout stalls until the old pod is deleted by hand. {{fix}}",
      cronOverlap: "{{who}} has {{policy}}: when a run lasts past the next scheduled time, the next Job starts while the last one still holds {{ips}}, and Calico fails its pod with `resource already exists: {{ip}} with error: Address already assigned in block`. Set `concurrencyPolicy: Forbid`"
    },
    calico: "`ipAddrs` is part of the pod template, so every pod of the workload asks for the same address. Calico gives it to the first pod (`AssignIP`) and fails every other one with `resource already exists: <ip> with error: Address already assigned in block` while the first one runs: Deployments, ReplicaSets, StatefulSets, ReplicationControllers and Argo Rollouts with more than one replica, a DaemonSet on more than one node, a Job or CronJob with `parallelism` above 1, and any workload a HorizontalPodAutoscaler may scale above 1 are errors. With one replica, a rolling update that surges (the Deployment default, Argo Rollouts canary and blue-green) starts the new pod while the old one holds the address, so the rollout stalls: a warning. `strategy: Recreate`, `maxSurge: 0`, a single-replica StatefulSet (it deletes the old pod before creating the new one) and ReplicaSets are clean. A CronJob with the default `concurrencyPolicy: Allow` warns: a run that outlasts its schedule overlaps the next one; `Forbid` and `Replace` are clean (a replaced pod releases the address when it stops, and the kubelet retries the new one until then). `ipAddrsNoIpam` is not recorded by IPAM, so replicas all start with the same address: a warning; its single-replica rollouts are not reported (the overlap lasts only until the old pod stops).",
    remediation: "Run a single pod per static address with a rollout that stops the old pod first (`strategy: Recreate`, `maxSurge: 0`, a single-replica StatefulSet, `concurrencyPolicy: Forbid`), or drop the static address and let Calico assign addresses from a pool."
  },
  check(ctx) {
    const withStatics = staticPods(ctx.model);
    for (let n = 0; n < withStatics.length; n++) {
      const { pod, statics } = withStatics[n];
      const first = statics[0];
      if (!first) continue;
      const noIpam = first.key === "ipAddrsNoIpam";
      const c = concurrency(pod, ctx.settings.nodes);
      if (!c || c.count === 0) continue;
      if (noIpam && !(c.count > 1)) continue;
      const list = pod.calico.lists[first.key];
      const annotation = list?.entry.node.span ?? first.span;
      const ips = listText(statics.filter((s) => s.key === first.key).map((s) => s.text));
      const ip = ipText(first.ip);
      const base = { object: pod.object.ref, value: ip };
      if (c.count > 1) {
        const fieldInContext = c.hpa ? c.hpa.object.contextOnly : pod.object.contextOnly;
        const at2 = c.at && !fieldInContext ? c.at : annotation;
        const related = at2 === annotation ? c.at ? [{ span: c.at, message: c.why }] : [] : [{ span: first.span, message: `the template asks for ${first.text}` }];
        const runs = Number.isFinite(c.count) ? `${c.count} pods at once (${c.why})` : `a pod on every node`;
        const data = { who: podWho(pod), runs, ips, ip };
        if (noIpam) ctx.report({ ...base, at: at2, related, messageId: "noIpam", severity: "warning", data });
        else ctx.report({ ...base, at: at2, related, messageId: "replicas", severity: "error", data: { ...data, fix: fixFor(pod, c) } });
        continue;
      }
      if (noIpam) continue;
      const rollout = surgingRollout(pod);
      if (rollout) {
        ctx.report({
          ...base,
          at: rollout.at ?? annotation,
          ...rollout.at ? { related: [{ span: first.span, message: `the template asks for ${first.text}` }] } : {},
          messageId: "rollout",
          severity: "warning",
          data: { who: podWho(pod), strategy: rollout.strategy, ips, ip, fix: rollout.fix }
        });
        continue;
      }
      if (pod.workload.kind === "CronJob") {
        const policyNode = pod.concurrencyPolicy;
        const policy = policyNode?.value ?? "Allow";
        if (policy !== "Allow" || pod.suspend?.value === true) continue;
        ctx.report({
          ...base,
          at: policyNode?.span ?? annotation,
          ...policyNode ? { related: [{ span: first.span, message: `the template asks for ${first.text}` }] } : {},
          messageId: "cronOverlap",
          severity: "warning",
          data: { who: podWho(pod), policy: policyNode ? "concurrencyPolicy: Allow" : "the default concurrencyPolicy, Allow", ips, ip }
        });
      }
    }
  }
});

// src/rules/unknown-pool.ts
var unknown_pool_default = defineRule({
  id: "unknown-pool",
  meta: {
    description: "Disallow ipv4pools/ipv6pools entries that name no enabled IP pool",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "repository",
    messages: {
      unknownName: 'Calico fails {{victims}} with `error parsing pool "{{entry}}": invalid CIDR address: {{entry}}`: no IP pool is named {{entry}}{{hint}}. {{fix}}',
      notEnabled: "Calico fails {{victims}} with `the given pool ({{cidr}}) does not exist, or is not enabled`: pool {{pool}} {{state}}. {{fix}}",
      dependsOnCopy: "{{cidr}} is the CIDR of pool {{pool}} as {{inFile}} defines it, but not of the copy the dry run takes ({{other}}): the pool is defined twice with different specs and the copy applied last wins, so whether Calico fails {{victims}} with `the given pool ({{cidr}}) does not exist, or is not enabled` depends on which definition is applied. Keep one definition of {{pool}}, or name the pool by its metadata.name",
      noSuchCidr: "Calico fails {{victims}} with `the given pool ({{cidr}}) does not exist, or is not enabled`: {{detail}}. {{fix}}"
    },
    calico: 'The CNI plugin resolves each entry of `ipv4pools`/`ipv6pools` (`ResolvePools`): a CIDR is masked and kept, anything else must be the `metadata.name` of a pool, or the pod fails with `error parsing pool "<entry>": invalid CIDR address: <entry>`. IPAM then requires every requested CIDR to be exactly the CIDR of an enabled pool (`determinePools`): a disabled pool, a pool marked `Allocatable=False`, a subnet or a superset of a pool fails with `the given pool (<cidr>) does not exist, or is not enabled`. Names are resolved in both lists even when the family is not assigned (an IPv4-only cluster still fails an unknown name in `ipv6pools`), but the exact-CIDR check runs only for a family the pod gets an address of: not reported when no pool of that family is in view or `ipFamilies` leaves it out. Lists of pods with `ipAddrs`/`ipAddrsNoIpam` are never resolved. Silent when the files hold no pool. A CIDR that only one definition of a pool defined twice has is a warning: the copy applied last wins.',
    remediation: "Name pools by their exact `metadata.name` or exact CIDR, and keep the named pools enabled."
  },
  check(ctx) {
    const pools = viewPools(ctx.model);
    if (!anyPoolKnown(pools)) return;
    const copies = [...definedTwice(ctx.model).values()].flat();
    const advice = /* @__PURE__ */ new Map();
    const listSites = poolListSites(ctx.model);
    for (let n = 0; n < listSites.length; n++) {
      const site = listSites[n];
      const entries = resolveList(ctx.model, site.list, pools);
      if (!entries) continue;
      const family = familyOfKey(site.key);
      for (const e of entries) {
        if (e.error?.code === "P1") reportName(e, site);
        else if (e.error?.code === "P3" && familyAssigned(site, family, pools)) {
          const cidr = e.pool?.cidr ?? e.request.cidr;
          const copy = cidr ? copies.find((p) => isEnabled(p) && p.cidr !== null && sameCIDR(p.cidr, cidr)) : void 0;
          if (copy && cidr) {
            const other = pools.find((p) => p.name === copy.name);
            ctx.report({
              messageId: "dependsOnCopy",
              severity: "warning",
              at: e.request.span,
              object: site.object.ref,
              value: e.request.text,
              related: [{ span: poolSpan(copy), message: `pool ${poolText(copy)}` }],
              data: { cidr: cidrString(cidr), pool: copy.name, inFile: copy.object.ref.file, other: other ? `${poolText(other)} in ${other.object.ref.file}` : "another", victims: victimsOf(site) }
            });
          } else reportCidr(e, site);
        }
      }
    }
    function reportName(e, site) {
      const family = familyOfKey(site.key);
      const id = `${family}:${e.request.text}`;
      let said = advice.get(id);
      if (!said) {
        said = nameAdvice(e, family);
        advice.set(id, said);
      }
      ctx.report({
        messageId: "unknownName",
        at: e.request.span,
        object: site.object.ref,
        value: e.request.text,
        data: { victims: victimsOf(site), entry: e.request.text, hint: said.hint, fix: said.fix }
      });
    }
    function nameAdvice(e, family) {
      const names = familyPools(pools, family).filter(isEnabled).map((p) => p.name).filter(Boolean);
      const near = nearestName(e.request.text, names);
      const ip = parseIP(e.request.text);
      let hint = "";
      if (near) hint = ` (did you mean ${near}?)`;
      else if (ip) hint = " (a pool is named by its metadata.name or by its CIDR with the prefix length)";
      const holder = ip ? pools.find((p) => isEnabled(p) && p.cidr !== null && contains(p.cidr, ip)) : void 0;
      let fix;
      if (holder?.cidr) fix = `Write \`${cidrString(holder.cidr)}\` or ${holder.name}`;
      else if (near) fix = `Write ${near}`;
      else if (names.length > 0) fix = `Name an enabled IPv${family} pool (${anyOf(names)}) or its CIDR, or create pool ${e.request.text}`;
      else fix = `Create pool ${e.request.text}, or remove the entry`;
      return { hint, fix };
    }
    function reportCidr(e, site) {
      const cidr = e.pool?.cidr ?? e.request.cidr;
      if (!cidr) return;
      const family = familyOfKey(site.key);
      const enabled = familyPools(pools, family).filter(isEnabled);
      const near = nearPools(cidr, pools);
      const base = { at: e.request.span, object: site.object.ref, value: e.request.text };
      const inactive = e.pool && !isEnabled(e.pool) ? e.pool : near.inactive;
      const others = enabled.length > 0 ? `, or name another pool (${anyOf(enabled.map(poolText))})` : "";
      if (inactive) {
        const state = inactive.disabled ? "is disabled" : "is marked Allocatable=False (Calico v3.32+ does that to a pool whose CIDR overlaps another)";
        const fix2 = inactive.disabled ? `Remove ${disabledField(inactive)}${others}` : `Make the pool's CIDR disjoint from the other pools${others}`;
        ctx.report({
          ...base,
          messageId: "notEnabled",
          related: [{ span: poolSpan(inactive), message: `pool ${poolText(inactive)}` }],
          data: { victims: victimsOf(site), cidr: cidrString(cidr), pool: poolText(inactive), state, fix: fix2 }
        });
        return;
      }
      let detail2;
      let fix;
      const related = [];
      if (near.inside?.cidr) {
        detail2 = `${e.request.text} lies inside pool ${poolText(near.inside)}, and Calico takes only a pool's exact CIDR`;
        fix = `Write \`${cidrString(near.inside.cidr)}\` or ${near.inside.name || "the pool's CIDR"} (to keep pods in a smaller range, create a pool for it)`;
        related.push({ span: poolSpan(near.inside), message: `pool ${poolText(near.inside)}` });
      } else if (near.covers.length > 0) {
        detail2 = `${e.request.text} spans pool${near.covers.length > 1 ? "s" : ""} ${someOf(near.covers.map(poolText))}, and Calico takes only a pool's exact CIDR`;
        fix = `List the pool${near.covers.length > 1 ? "s" : ""} instead: \`${jsonList(near.covers.map((p) => p.name || cidrString(p.cidr ?? cidr)))}\``;
        for (const p of near.covers) related.push({ span: poolSpan(p), message: `pool ${poolText(p)}` });
      } else {
        detail2 = `no enabled IPv${family} pool has CIDR ${cidrString(cidr)}`;
        fix = enabled.length > 0 ? `Name an existing pool (${anyOf(enabled.map(poolText))}), or create one for ${cidrString(cidr)}` : `Create an IPPool for ${cidrString(cidr)}, or remove the entry`;
      }
      ctx.report({ ...base, messageId: "noSuchCidr", ...related.length > 0 ? { related } : {}, data: { victims: victimsOf(site), cidr: cidrString(cidr), detail: detail2, fix } });
    }
  }
});

// src/rules/unused-suppression.ts
var unused_suppression_default = defineRule({
  id: "unused-suppression",
  meta: {
    description: "Report suppressions that suppress nothing, and suppressions naming unknown rules",
    defaultSeverity: "warning",
    scope: "repository",
    messages: {
      unused: "{{where}} suppresses {{rule}}, but no {{rule}} finding is located under it. Remove {{what}} so that it cannot hide a future problem",
      unusedAll: "{{where}} suppresses all rules, but no finding is located under it. Remove it so that it cannot hide a future problem",
      unknownRule: "{{where}} names {{rule}}, which is not a calico-ipam-lint rule{{near}}, so it suppresses nothing. Fix the rule id or remove it",
      noTarget: "This calico-ipam-lint-disable-next-line comment has no YAML node after it in its document, so it suppresses nothing. Put it on the line just above the key or list item it is about",
      trailing: "This {{directive}} comment follows YAML on its line, so it suppresses nothing: a directive must stand on its own line. Put `# calico-ipam-lint-disable-next-line <rule-id>` on the line above the key or list item it is about",
      unknownDirective: "{{directive}} is not a calico-ipam-lint directive, so it suppresses nothing. Write `# calico-ipam-lint-disable-next-line <rule-id>`",
      malformed: 'The calico-ipam-lint.io/ignore annotation must be a string of rule ids separated by commas (or `all`), so it suppresses nothing. Write it as `calico-ipam-lint.io/ignore: "rule-a,rule-b"`'
    },
    calico: "Not a Calico behaviour: a suppression (the calico-ipam-lint.io/ignore annotation, a `# calico-ipam-lint-disable-next-line` comment, or a `suppress` entry in the configuration) that no longer hides any finding would silently hide the next real problem in the same place.",
    remediation: "Remove the suppression, or the rule ids in it that no longer fire; fix misspelt rule ids."
  },
  check() {
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
      unreadable: "File {{message}}: it cannot be linted or applied. Make it a UTF-8 text file, or remove it from the paths given",
      // Limits of this tool, not of Kubernetes (which accepts up to 10000 levels): say so.
      tooDeep: "{{message}}: calico-ipam-lint reads no further in this file, so its objects from here on are not checked. Reduce the nesting",
      tooLarge: "File {{message}}: calico-ipam-lint does not read files this large, so none of its objects are checked. Split it into smaller files"
    },
    calico: "Calico never sees these objects: the Kubernetes API client rejects the file before anything is applied.",
    remediation: "Fix the YAML syntax at the reported line and column; the rest of the repository is still linted."
  },
  check(ctx) {
    for (const file of ctx.model.files) {
      for (const p of file.problems) {
        if (p.code.startsWith("RENDER_FAILED")) continue;
        const messageId = p.code === "UNREADABLE" ? "unreadable" : p.code === "TOO_DEEP" ? "tooDeep" : p.code === "TOO_LARGE" ? "tooLarge" : "syntax";
        ctx.report({ messageId, data: { message: p.message }, at: p.span });
      }
      let objects;
      for (const doc of file.documents) {
        if (doc.problems.length === 0) continue;
        objects ??= namesAKind(file.text);
        for (const p of doc.problems) {
          if (objects || ALWAYS.has(p.code)) ctx.report({ messageId: "syntax", data: { message: p.message }, at: p.span });
        }
      }
    }
  }
});
var ALWAYS = /* @__PURE__ */ new Set(["EXCESSIVE_ALIASING", "PARSE_FAILED"]);
var namesAKind = (text) => /(?:^|[\s{,\-])["']?kind["']?[ \t]*:/m.test(text);

// src/rules/index.ts
var RULES = [
  annotation_json_default,
  annotation_on_existing_pod_default,
  annotation_placement_default,
  annotation_unknown_default,
  duplicate_static_ip_default,
  feature_flag_required_default,
  invalid_annotation_value_default,
  invalid_ip_default,
  ip_in_use_default,
  ip_outside_pod_cidr_default,
  ip_outside_pool_default,
  multiple_ip_addrs_default,
  no_usable_pool_default,
  pod_namespace_conflict_default,
  pool_exhausted_default,
  pool_family_mismatch_default,
  pool_invalid_default,
  pool_outside_pod_cidr_default,
  pool_overlap_default,
  render_failed_default,
  static_ip_auto_pool_default,
  static_ip_both_modes_default,
  static_ip_pool_mismatch_default,
  static_ip_replicas_default,
  unknown_pool_default,
  unused_suppression_default,
  yaml_syntax_default
];

// src/load/files.ts
var import_ignore = __toESM(require_ignore(), 1);
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import { open, realpath, stat } from "node:fs/promises";
import { isAscii } from "node:buffer";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var MANIFEST_EXTENSIONS = [".yaml", ".yml", ".json"];
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
async function expandPaths(paths, cwd) {
  const found = [];
  const missing = [];
  const skipped = [];
  const unreadable = [];
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
      const realRoot = await realpath(abs).catch(() => abs);
      const walk2 = { bound: repositoryRoot(realRoot), out: found, seen, visited: /* @__PURE__ */ new Set(), skipped, unreadable, cwd, under: childPath(resolve(cwd), "") };
      await walkDir(walk2, abs, []);
    } else if (!seen.has(abs)) {
      seen.add(abs);
      found.push({ path: displayPath(abs, cwd), real: await realpath(abs).catch(() => abs), link: false });
    }
  }
  const chosen = /* @__PURE__ */ new Map();
  for (const c of found) {
    const prev = chosen.get(c.real);
    if (!prev || prev.link && !c.link) chosen.set(c.real, c);
  }
  const files = found.filter((c) => chosen.get(c.real) === c).map((c) => c.path);
  return { files, missing, skipped, unreadable };
}
function repositoryRoot(dir) {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) return dir;
  }
}
function inside(root, p) {
  const rel = relative(root, p);
  return !isAbsolute(rel) && rel !== ".." && !rel.startsWith(`..${sep}`);
}
var childPath = (dir, name) => dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`;
async function walkDir(w, root, scopes) {
  const stack = [];
  const enter = (dir, active, known) => {
    let real;
    try {
      real = known ?? realpathSync(dir);
    } catch {
      w.unreadable.push(displayPath(dir, w.cwd));
      return;
    }
    if (w.visited.has(real)) return;
    w.visited.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      w.unreadable.push(displayPath(dir, w.cwd));
      return;
    }
    const local = entries.some((e) => e.name === ".gitignore") ? readGitignore(dir) : null;
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    stack.push({ dir, real, entries, active: local ? [...active, { dir, ig: local }] : active, next: 0 });
  };
  enter(root, scopes);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const entry2 = frame.entries[frame.next++];
    if (!entry2) {
      stack.pop();
      continue;
    }
    const { dir, real, active } = frame;
    const full = childPath(dir, entry2.name);
    let isDir = entry2.isDirectory();
    let isFile = entry2.isFile();
    let target = full;
    if (entry2.isSymbolicLink()) {
      try {
        target = realpathSync(full);
        const st = statSync(target);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        const loop = err.code === "ELOOP";
        if ((loop || isManifestName(entry2.name)) && !isIgnored(active, full, false)) {
          w.skipped.push({ path: displayPath(full, w.cwd), reason: loop ? "a symbolic link loop" : "a symbolic link to nothing" });
        }
        continue;
      }
      if (!inside(w.bound, target)) {
        if ((isDir || isFile && isManifestName(entry2.name)) && !isIgnored(active, full, isDir)) {
          w.skipped.push({ path: displayPath(full, w.cwd), reason: `a symbolic link to ${target}, outside ${w.bound}` });
        }
        continue;
      }
    }
    if (isDir && SKIPPED_DIRS.has(entry2.name)) continue;
    if (isIgnored(active, full, isDir)) continue;
    if (isDir) {
      enter(full, active, entry2.isSymbolicLink() ? target : childPath(real, entry2.name));
    } else if (isFile && isManifestName(entry2.name)) {
      if (w.seen.has(full)) continue;
      w.seen.add(full);
      const link = entry2.isSymbolicLink();
      w.out.push({ path: walkedPath(w, full), real: link ? target : childPath(real, entry2.name), link });
    }
  }
}
var isManifestName = (name) => {
  const ext = name.slice(name.lastIndexOf(".")).toLowerCase();
  return MANIFEST_EXTENSIONS.includes(ext);
};
function readGitignore(dir) {
  try {
    const text = readFileSync(join(dir, ".gitignore"), "utf8");
    return (0, import_ignore.default)().add(text);
  } catch {
    return null;
  }
}
function isIgnored(scopes, full, isDir) {
  for (const { dir, ig } of scopes) {
    const rel = relative(dir, full).split(sep).join("/");
    if (!rel || !inside(dir, full)) continue;
    if (ig.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}
function walkedPath(w, full) {
  if (sep !== "/") return displayPath(full, w.cwd);
  return full.startsWith(w.under) ? full.slice(w.under.length) : full;
}
function displayPath(abs, cwd) {
  const rel = relative(cwd, abs);
  return rel && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) ? rel.split(sep).join("/") : abs;
}
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var lossy = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
function decodeText(bytes) {
  const nul = bytes.indexOf(0);
  if (nul === -1) {
    try {
      return { text: decoder.decode(bytes) };
    } catch {
    }
  }
  const bad = nul === -1 ? firstInvalidUtf8(bytes) : -1;
  const index = nul !== -1 && (bad === -1 || nul < bad) ? nul : bad;
  const text = lossy.decode(bytes);
  const at2 = lossy.decode(bytes.subarray(0, Math.max(0, index))).length;
  const { line, column } = new LineIndex(text).position(at2);
  const where = `line ${line}, column ${column}`;
  const error = index === nul ? `the file is not text (it contains NUL bytes, the first at ${where})` : `the file is not valid UTF-8 (byte 0x${(bytes[index] ?? 0).toString(16).toUpperCase().padStart(2, "0")} at ${where} is not part of a UTF-8 character)`;
  return { error, at: at2, text };
}
function firstInvalidUtf8(b) {
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    if (c < 128) {
      i++;
      continue;
    }
    let n;
    let lo = 128;
    let hi = 191;
    if (c >= 194 && c <= 223) n = 1;
    else if (c >= 224 && c <= 239) {
      n = 2;
      if (c === 224) lo = 160;
      if (c === 237) hi = 159;
    } else if (c >= 240 && c <= 244) {
      n = 3;
      if (c === 240) lo = 144;
      if (c === 244) hi = 143;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === void 0) return i;
      if (k === 1 ? d < lo || d > hi : d < 128 || d > 191) return i;
    }
    i += n + 1;
  }
  return -1;
}
var MAX_FILE_BYTES = 64 * 1024 * 1024;
var TooLarge = class extends Error {
};
var DEFAULT_MAX_INPUT_BYTES = 512 * 1024 * 1024;
var readBudget = (limit = DEFAULT_MAX_INPUT_BYTES) => ({ limit, remaining: limit });
function overBudgetSource(path, budget, contextOnly) {
  const mib = Math.round(budget.limit / (1024 * 1024));
  return {
    path,
    text: "",
    documents: [],
    problems: [{ code: "TOO_LARGE", message: `not read: the run reached its limit of ${mib} MiB read in all (raise it with --max-input-size)`, span: { file: path, start: 0, end: 0 } }],
    contextOnly
  };
}
var MAX_IN_USE_BYTES = 512 * 1024 * 1024;
var TooLargeError = class extends Error {
};
async function readFileLimited(abs, max) {
  try {
    return await readBounded(abs, max);
  } catch (err) {
    if (err instanceof TooLarge) throw new TooLargeError(`is larger than ${Math.round(max / (1024 * 1024))} MiB`);
    if (err instanceof IsDirectory) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    throw err;
  }
}
var IsDirectory = class extends Error {
};
async function readBounded(abs, max = MAX_FILE_BYTES) {
  const regular = max === MAX_FILE_BYTES ? readRegularFile(abs) : null;
  return regular ?? readAnyFile(abs, max);
}
async function readAnyFile(abs, max) {
  const fh = await open(abs, "r");
  try {
    const st = await fh.stat();
    if (st.isDirectory()) throw new IsDirectory();
    if (st.isFile()) {
      if (st.size > max) throw new TooLarge();
      const bytes = await fh.readFile();
      if (bytes.length > max) throw new TooLarge();
      return bytes;
    }
    const chunks = [];
    let total2 = 0;
    for (; ; ) {
      const buf = Buffer.allocUnsafe(1 << 20);
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      total2 += bytesRead;
      if (total2 > max) throw new TooLarge();
      chunks.push(buf.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks);
  } finally {
    await fh.close();
  }
}
var scratch = null;
var SCRATCH_KEPT = 1024 * 1024;
function scratchBuffer(size) {
  if (size > SCRATCH_KEPT) return Buffer.allocUnsafe(size);
  if (scratch === null || scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, 64 * 1024));
  return scratch;
}
function readRegularFile(abs, transient = false) {
  let fd;
  try {
    fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    const fst = fstatSync(fd);
    if (!fst.isFile()) return null;
    if (fst.size > MAX_FILE_BYTES) throw new TooLarge();
    const want = fst.size + 1;
    const buf = transient ? scratchBuffer(want) : Buffer.allocUnsafe(want);
    let n = 0;
    while (n < want) {
      const asked = want - n;
      const r = readSync(fd, buf, n, asked, null);
      if (r === 0) break;
      n += r;
      if (r < asked && n === fst.size) break;
    }
    if (n <= fst.size) return buf.subarray(0, n);
    const rest = readFileSync(fd);
    const bytes = Buffer.concat([buf.subarray(0, n), rest]);
    if (bytes.length > MAX_FILE_BYTES) throw new TooLarge();
    return bytes;
  } finally {
    closeSync(fd);
  }
}
async function loadFile(path, cwd, contextOnly = false, parse = parseSource, budget) {
  return loadRegularFile(path, cwd, contextOnly, parse, budget) ?? loadOtherFile(path, cwd, contextOnly, parse, budget);
}
function loadRegularFile(path, cwd, contextOnly, parse, budget, batch, index = 0) {
  if (budget && budget.remaining < 0) return overBudgetSource(path, budget, contextOnly);
  let bytes;
  try {
    bytes = readRegularFile(resolve(cwd, path), true);
  } catch (err) {
    return readFailure(path, err, contextOnly);
  }
  if (bytes === null) return null;
  if (overBudget(budget, bytes)) return overBudgetSource(path, budget, contextOnly);
  const plain2 = plainAscii(bytes);
  if (plain2 && batch?.add(index, path, bytes)) return BATCHED;
  return fromBytes(path, bytes, contextOnly, parse, plain2);
}
async function loadOtherFile(path, cwd, contextOnly, parse, budget) {
  let bytes;
  try {
    bytes = await readAnyFile(resolve(cwd, path), MAX_FILE_BYTES);
  } catch (err) {
    return readFailure(path, err, contextOnly);
  }
  if (overBudget(budget, bytes)) return overBudgetSource(path, budget, contextOnly);
  return fromBytes(path, bytes, contextOnly, parse, plainAscii(bytes));
}
function overBudget(budget, bytes) {
  if (!budget) return false;
  budget.remaining -= bytes.length;
  return budget.remaining < 0;
}
function fromBytes(path, bytes, contextOnly, parse, plain2) {
  const decoded = decodeText(bytes);
  if ("error" in decoded) return notTextSource(path, decoded, contextOnly);
  return parse(path, decoded.text, contextOnly, plain2);
}
function plainAscii(b) {
  if (!isAscii(b)) return false;
  const n = b.length;
  let i = 0;
  const lead = Math.min(n, 4 - (b.byteOffset & 3) & 3);
  for (; i < lead; i++) if (!plainByte(b[i])) return false;
  const words = n - i >> 2;
  if (words > 0) {
    const w = new Int32Array(b.buffer, b.byteOffset + i, words);
    for (let k = 0; k < words; k++) {
      const x = w[k];
      const y = x ^ 168430090 | 2155905152;
      if ((y - 16843009 & ~(y - 538976288) | x + 16843009) & 2155905152) return false;
    }
    i += words << 2;
  }
  for (; i < n; i++) if (!plainByte(b[i])) return false;
  return true;
}
var plainByte = (c) => c < 32 ? c === 10 : c < 127;
function readFailure(path, err, contextOnly) {
  if (err instanceof TooLarge) return tooLargeSource(path, contextOnly);
  if (err instanceof IsDirectory) return unreadableSource(path, "is a directory", contextOnly);
  const code = err.code;
  const why = code === "EACCES" || code === "EPERM" ? "cannot be read: permission denied" : code === "ENOENT" ? "cannot be read: no such file" : code === "EISDIR" ? "is a directory" : `cannot be read (${code ?? String(err)})`;
  return unreadableSource(path, why, contextOnly);
}
async function loadFiles(paths, cwd, contextOnly = false, parse = parseSource, budget) {
  const out = new Array(paths.length);
  const batch = new PlainBatch(out, contextOnly, parse);
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i] ?? "";
    const read = loadRegularFile(path, cwd, contextOnly, parse, budget, batch, i);
    if (read !== BATCHED) out[i] = read ?? await loadOtherFile(path, cwd, contextOnly, parse, budget);
  }
  batch.flush();
  return out;
}
var BATCHED = /* @__PURE__ */ Symbol("batched");
var BATCH_BYTES = 2 * 1024 * 1024;
var PlainBatch = class {
  constructor(out, contextOnly, parse) {
    this.out = out;
    this.contextOnly = contextOnly;
    this.parse = parse;
  }
  out;
  contextOnly;
  parse;
  /** Made at the first file taken: a run of one file that is not plain ASCII needs none. */
  buf = null;
  used = 0;
  /** Index into `out`, start and end in `buf`, three numbers a file. */
  pending = [];
  paths = [];
  /** Takes plain-ASCII bytes (`plainAscii`; valid only until the next read); false for none. */
  add(index, path, bytes) {
    if (bytes.length === 0) return false;
    if (bytes.length > BATCH_BYTES) {
      this.out[index] = this.parse(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1"), this.contextOnly, true);
      return true;
    }
    if (this.used + bytes.length > BATCH_BYTES) this.flush();
    this.buf ??= Buffer.allocUnsafe(BATCH_BYTES);
    this.buf.set(bytes, this.used);
    this.pending.push(index, this.used, this.used + bytes.length);
    this.paths.push(path);
    this.used += bytes.length;
    return true;
  }
  /** Decodes what is pending (a copy: the buffer is reused) and parses each file's slice. */
  flush() {
    if (this.buf === null || this.paths.length === 0) return;
    const text = this.buf.toString("latin1", 0, this.used);
    const p = this.pending;
    for (let k = 0, f = 0; k < p.length; k += 3, f++) {
      this.out[p[k]] = this.parse(this.paths[f], text.slice(p[k + 1], p[k + 2]), this.contextOnly, true);
    }
    this.used = 0;
    p.length = 0;
    this.paths.length = 0;
  }
};
function notTextSource(path, why, contextOnly = false) {
  return unreadableSource(path, why.error.replace(/^the file /, ""), contextOnly, why.at, why.text);
}
function tooLargeSource(path, contextOnly) {
  const mib = MAX_FILE_BYTES / (1024 * 1024);
  return {
    path,
    text: "",
    documents: [],
    problems: [{ code: "TOO_LARGE", message: `is larger than ${mib} MiB`, span: { file: path, start: 0, end: 0 } }],
    contextOnly
  };
}
async function readStream(stream) {
  const chunks = [];
  let total2 = 0;
  for await (const c of stream) {
    const b = typeof c === "string" ? Buffer.from(c) : Buffer.from(c);
    total2 += b.length;
    if (total2 > MAX_FILE_BYTES) throw new TooLarge();
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}
async function loadStream(path, stream, contextOnly = false) {
  let bytes;
  try {
    bytes = await readStream(stream);
  } catch (err) {
    if (err instanceof TooLarge) return tooLargeSource(path, contextOnly);
    throw err;
  }
  const decoded = decodeText(bytes);
  return "error" in decoded ? notTextSource(path, decoded, contextOnly) : parseSource(path, decoded.text, contextOnly);
}

// src/engine/contain.ts
var describeError = (err) => {
  const m = err instanceof Error ? err.message : String(err);
  return m.length > 200 ? `${m.slice(0, 200)}\u2026` : m;
};
var failureMessage = (rule, err, scope) => `${rule.id} failed on ${scope === "object" ? "this document" : "this run"} with an internal error (${describeError(err)}); ${scope === "object" ? "it is not checked" : "its findings may be incomplete"}, the rest of the run is. This is a bug in calico-ipam-lint: please report it`;
function checkContained(rule, files, check, strict = false) {
  if (strict) {
    check(null);
    return [];
  }
  try {
    check(null);
    return [];
  } catch (err) {
    const linted = files.filter((f) => !f.contextOnly);
    if (rule.meta.scope !== "object") {
      const first = linted[0] ?? files[0];
      return first ? [{ at: { file: first.path, start: 0, end: 0 }, message: failureMessage(rule, err, "run") }] : [];
    }
    const failures = [];
    const context = files.filter((f) => f.contextOnly);
    for (const f of linted) {
      for (const d of f.documents) {
        if (!d.root) continue;
        try {
          check([...context, { ...f, documents: [d] }]);
        } catch (e) {
          const start = d.root.span.start;
          failures.push({ at: { file: f.path, start, end: start }, message: failureMessage(rule, e, "object") });
        }
      }
    }
    if (failures.length === 0) {
      const first = linted[0] ?? files[0];
      if (first) failures.push({ at: { file: first.path, start: 0, end: 0 }, message: failureMessage(rule, err, "run") });
    }
    return failures;
  }
}

// src/engine/policy.ts
var import_ignore2 = __toESM(require_ignore(), 1);
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
function matcher(patterns) {
  return patterns.length > 0 ? (0, import_ignore2.default)().add([...patterns]) : null;
}
function pathPolicy(globalRules, policy) {
  const data = policy?.config.data;
  const ignoreMatcher = matcher(data?.ignore ?? []);
  const overrides = (data?.overrides ?? []).map((o) => ({ ig: matcher(o.files), rules: o.rules }));
  const relCache = /* @__PURE__ */ new Map();
  const rel = (file) => {
    if (!policy) return null;
    let r = relCache.get(file);
    if (r === void 0) {
      const p = relative2(policy.baseDir, resolve2(policy.cwd, file)).split(sep2).join("/");
      r = p === "" || p.startsWith("../") || p === ".." || isAbsolute2(p) ? null : p;
      relCache.set(file, r);
    }
    return r;
  };
  const matches = (ig, file) => {
    const r = rel(file);
    return ig !== null && r !== null && ig.ignores(r);
  };
  return {
    ignored: (file) => matches(ignoreMatcher, file),
    setting(ruleId, file) {
      let s = globalRules?.[ruleId];
      for (const o of overrides) {
        const v = o.rules[ruleId];
        if (v !== void 0 && matches(o.ig, file)) s = v;
      }
      return s;
    },
    mayRun: (ruleId) => globalRules?.[ruleId] !== "off" || overrides.some((o) => o.rules[ruleId] !== void 0 && o.rules[ruleId] !== "off")
  };
}
function applyIgnore(files, paths) {
  return files.some((f) => !f.contextOnly && paths.ignored(f.path)) ? files.map((f) => !f.contextOnly && paths.ignored(f.path) ? { ...f, contextOnly: true } : f) : files;
}

// src/engine/suppress.ts
var import_picomatch = __toESM(require_picomatch2(), 1);

// src/config/schema.ts
var SCHEMA_ID = `https://raw.githubusercontent.com/calico-ipam-lint/calico-ipam-lint/v${VERSION}/schema/calico-ipam-lint.schema.json`;
var SEVERITY_VALUES = ["error", "warn", "off"];
var stringList = (description, items = { type: "string", minLength: 1 }) => ({ type: "array", description, items });
function configSchema(rules) {
  const ids = rules.map((r) => r.id).sort();
  const byId = new Map(rules.map((r) => [r.id, r.description]));
  const severities = {
    type: "object",
    description: "Severity per rule id: `error`, `warn` or `off`.",
    properties: Object.fromEntries(ids.map((id) => [id, { $ref: "#/definitions/severity", description: byId.get(id) }])),
    additionalProperties: false
  };
  const ruleIds = {
    description: "Rule ids, or `all`.",
    oneOf: [
      { type: "string", enum: ["all"] },
      { type: "array", items: { type: "string", enum: ["all", ...ids] }, minItems: 1 }
    ]
  };
  const cni = {
    type: "object",
    description: "How the cluster's pods get their network, when no operator Installation or calico-config ConfigMap in view says so (and in place of what they say).",
    additionalProperties: false,
    properties: {
      type: { type: "string", minLength: 1, description: "The CNI plugin: `Calico`, or the one Calico runs beside for policy only (`AmazonVPC`, `AzureVNET`, `GKE`, \u2026)." },
      ipam: { type: "string", minLength: 1, description: "With Calico's CNI plugin: its config's `ipam.type`, `calico-ipam` or `host-local` (Canal)." }
    }
  };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: SCHEMA_ID,
    title: "calico-ipam-lint configuration",
    description: "The configuration file .calico-ipam-lint.yaml (or .yml, .json): data only, never executed.",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string", description: "The schema this file follows (for editors)." },
      podCidrs: stringList("The cluster's pod CIDRs, when no manifest declares them (kubeadm podSubnet, kind, Cluster API). `--pod-cidr` replaces them."),
      pools: stringList(
        "More files to read for pools and other context (kubectl get ippools.crd.projectcalico.org -o yaml), relative to this file. Findings in them are not reported."
      ),
      poolsComplete: { type: "boolean", description: "The pools in view are all of the cluster's pools (enables no-usable-pool)." },
      featureFlags: {
        type: "object",
        description: "The Calico CNI config's `feature_control` flags; leave a flag out when it is not known.",
        additionalProperties: false,
        properties: {
          ipAddrsNoIpam: { type: "boolean", description: "`feature_control.ip_addrs_no_ipam`." },
          floatingIPs: { type: "boolean", description: "`feature_control.floating_ips`." }
        }
      },
      cni,
      calicoVersion: {
        type: "string",
        enum: ["v3.32", "head"],
        description: "Whose behaviour to predict: `v3.32` (the latest release) or `head` (also checks a static address's pool allowedUses)."
      },
      calicoEdition: {
        type: "string",
        enum: ["open-source", "enterprise"],
        description: "Calico Open Source or Calico Enterprise, in place of what an operator Installation's `spec.variant` says (`CalicoEnterprise` or `TigeraSecureEnterprise` is Enterprise). Under `enterprise` its IPPool fields (`awsSubnetID`) and uses (`HostSecondaryInterface`) are accepted."
      },
      ipam: {
        type: "object",
        description: "The cluster's IPAMConfiguration, when no manifest in view holds it.",
        additionalProperties: false,
        properties: {
          strictAffinity: { type: "boolean", description: "`spec.strictAffinity`." },
          maxBlocksPerHost: { type: "integer", minimum: 0, description: "`spec.maxBlocksPerHost` (Calico treats 0 as its default, 20 blocks per node)." }
        }
      },
      nodes: { type: "integer", minimum: 0, description: "How many nodes run Calico (sizes DaemonSets and per-node tunnel addresses). `--nodes` replaces it." },
      clusters: {
        type: "array",
        description: "The clusters this repository deploys to, for what the files cannot say (Argo CD Applications and Flux's clusters/<name>/ folders name clusters too). Cross-object rules judge each cluster on its own.",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["name"],
          properties: {
            name: { type: "string", minLength: 1, description: "The cluster's name, as findings and the plan show it (an Argo CD destination name joins it)." },
            paths: stringList("Folders or files this cluster deploys, relative to this file."),
            pools: stringList("More files with this cluster's pools (kubectl get ippools -o yaml), relative to this file; findings in them are not reported."),
            podCidrs: stringList("This cluster's pod CIDRs, in place of the top-level podCidrs."),
            cni,
            nodes: { type: "integer", minimum: 0, description: "How many nodes of this cluster run Calico." }
          }
        }
      },
      rules: severities,
      ignore: stringList("Files not linted, in .gitignore syntax, relative to this file. They are still read for cross-file checks, like --context."),
      overrides: {
        type: "array",
        description: "Rule severities for some files (later entries win), after ESLint's overrides.",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["files", "rules"],
          properties: {
            files: { ...stringList("Files this entry applies to, in .gitignore syntax, relative to this file."), minItems: 1 },
            rules: severities
          }
        }
      },
      suppress: {
        type: "array",
        description: "Findings not reported, by the object they are located in (for charts the team does not own). `*` in a field matches any run of characters.",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["rules"],
          anyOf: [{ required: ["kind"] }, { required: ["namespace"] }, { required: ["name"] }],
          properties: {
            kind: { type: "string", minLength: 1, description: "The object's kind, e.g. Deployment." },
            namespace: { type: "string", minLength: 1, description: "The object's namespace (the default namespace when it names none)." },
            name: { type: "string", minLength: 1, description: "The object's metadata.name." },
            rules: ruleIds,
            reason: { type: "string", description: "Why (for the reader; not used)." }
          }
        }
      }
    },
    definitions: {
      severity: { type: "string", enum: [...SEVERITY_VALUES] }
    }
  };
}

// src/config/validate.ts
var import_ajv2 = __toESM(require_ajv(), 1);
var registryDocs = () => RULES.map((r) => ({ id: r.id, description: r.meta.description }));
var compiled3 = /* @__PURE__ */ new Map();
function validator(rules) {
  const key = rules.map((r) => r.id).join(",");
  let v = compiled3.get(key);
  if (!v) {
    const ajv2 = new import_ajv2.default.default({ allErrors: true, strict: false, verbose: true });
    v = ajv2.compile(configSchema(rules));
    compiled3.set(key, v);
  }
  return v;
}
var CORE_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));
function walk(root, visit) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (seen.has(n)) continue;
    seen.add(n);
    visit(n);
    if (n.kind === "map") for (let i = n.entries.length - 1; i >= 0; i--) stack.push(n.entries[i].value);
    else if (n.kind === "seq") for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
  }
}
function fieldPath2(pointer) {
  let out = "";
  for (const raw of pointer === "" ? [] : pointer.slice(1).split("/")) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    out += /^\d+$/.test(part) ? `[${part}]` : out === "" ? part : `.${part}`;
  }
  return out || "the configuration";
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}
function nearest(word, candidates) {
  let best;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== void 0 && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
var article2 = (t) => /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
function schemaProblems2(root, schema, rules) {
  if (schema(toPlain(root))) return [];
  const errors = schema.errors ?? [];
  const out = [];
  const deeper = (path) => errors.some((e) => e.instancePath.startsWith(`${path}/`));
  const enums = new Set(errors.filter((e) => e.keyword === "enum" && !/\/(oneOf|anyOf)\/\d+\//.test(e.schemaPath)).map((e) => e.instancePath));
  for (const err of errors) {
    const branch = /\/(oneOf|anyOf)\/\d+\//.test(err.schemaPath);
    const { node } = atPointer(root, err.instancePath);
    const path = fieldPath2(err.instancePath);
    const at2 = node.span;
    switch (err.keyword) {
      case "additionalProperties": {
        const key = String(err.params.additionalProperty);
        const e = entry(node, key);
        const schemaAt = err.schemaPath.replace(/\/additionalProperties$/, "");
        const isRules = /\/rules$/.test(err.instancePath) && !schemaAt.includes("/suppress");
        const known = isRules ? rules.map((r) => r.id) : Object.keys(err.parentSchema?.properties ?? {});
        const near = nearest(key, known);
        const what = isRules ? `unknown rule "${key}"` : `unknown key "${key}" in ${path}`;
        out.push({ span: e?.keySpan ?? at2, message: `${what}${near ? `; did you mean "${near}"?` : ""}` });
        break;
      }
      case "enum": {
        if (branch) {
          if (/\/\d+$/.test(err.instancePath)) {
            const v = toPlain(node);
            const near = typeof v === "string" ? nearest(v, rules.map((r) => r.id)) : void 0;
            out.push({ span: at2, message: `${path}: unknown rule ${JSON.stringify(v)}${near ? `; did you mean "${near}"?` : ""}` });
          }
          break;
        }
        const allowed = err.params.allowedValues.map((a) => JSON.stringify(a)).join(", ");
        out.push({ span: at2, message: `${path} is ${JSON.stringify(toPlain(node))}; it must be one of ${allowed}` });
        break;
      }
      case "type":
        if (branch || enums.has(err.instancePath)) break;
        out.push({ span: at2, message: `${path} must be ${article2(String(err.params.type))}` });
        break;
      case "oneOf":
        if (!deeper(err.instancePath)) out.push({ span: at2, message: `${path} must be "all" or a list of rule ids` });
        break;
      case "anyOf":
        out.push({ span: at2, message: `${path} must name at least one of kind, namespace, name` });
        break;
      case "required":
        if (branch) break;
        out.push({ span: at2, message: `${path} needs "${String(err.params.missingProperty)}"` });
        break;
      default:
        if (branch) break;
        out.push({ span: at2, message: `${path} ${err.message ?? "is not valid"}` });
    }
  }
  return out;
}
function podCidrProblem(value) {
  return parseCIDR(value.trim()) ? void 0 : `${JSON.stringify(value)} is not a CIDR (write it as address/prefix, e.g. 10.244.0.0/16)`;
}
function semanticProblems(root) {
  const out = [];
  const cidrs = (node, where) => {
    for (const item of asSeq(get(node, "podCidrs"))?.items ?? []) {
      const problem = item.kind === "scalar" && typeof item.value === "string" ? podCidrProblem(item.value) : void 0;
      if (problem) out.push({ span: item.span, message: `${where}podCidrs: ${problem}` });
    }
  };
  cidrs(root, "");
  const names = /* @__PURE__ */ new Set();
  for (const [i, c] of (asSeq(get(root, "clusters"))?.items ?? []).entries()) {
    cidrs(c, `clusters[${i}].`);
    const name = get(c, "name");
    if (name?.kind === "scalar" && typeof name.value === "string") {
      if (names.has(name.value)) out.push({ span: name.span, message: `clusters[${i}].name: another cluster is already named ${JSON.stringify(name.value)}` });
      names.add(name.value);
    }
  }
  return out;
}
function parseConfig(source, rules = registryDocs()) {
  const fileSpan = { file: source.path, start: 0, end: 0 };
  const problems = source.problems.map((p) => ({ span: p.span, message: p.message }));
  for (const d of source.documents) problems.push(...d.problems.map((p) => ({ span: p.span, message: p.message })));
  if (problems.length > 0) return { problems };
  const docs = source.documents.filter((d) => d.root !== null);
  if (docs.length > 1) {
    const second = docs[1]?.root;
    return { problems: [{ span: second ? second.span : fileSpan, message: "the configuration must be one YAML document" }] };
  }
  const root = docs[0]?.root;
  if (!root) return { config: { data: {}, source, suppressSpans: [] } };
  if (root.kind !== "map") return { problems: [{ span: root.span, message: "the configuration must be a mapping of keys (podCidrs, rules, \u2026)" }] };
  walk(root, (n) => {
    if (n.tag !== void 0 && !CORE_TAGS.has(n.tag)) {
      problems.push({ span: n.span, message: `the tag ${n.tag.replace(/^tag:yaml\.org,2002:/, "!!")} is not allowed: the configuration is plain data` });
    }
    if (n.kind === "scalar" && typeof n.value === "number" && !Number.isFinite(n.value)) {
      problems.push({ span: n.span, message: `${source.text.slice(n.span.start, n.span.end)} is not a finite number` });
    }
  });
  problems.push(...schemaProblems2(root, validator(rules), rules), ...semanticProblems(root));
  if (problems.length > 0) {
    problems.sort((a, b) => a.span.start - b.span.start);
    return { problems: problems.filter((p, i) => i === 0 || p.message !== problems[i - 1]?.message || p.span.start !== problems[i - 1]?.span.start) };
  }
  const suppressSpans = (asSeq(get(root, "suppress"))?.items ?? []).map((n) => n.span);
  return { config: { data: toPlain(root), source, suppressSpans } };
}
function formatProblems(source, problems) {
  const index = new LineIndex(source.text);
  return problems.map((p) => {
    const { line, column } = index.position(p.span.start);
    return `${source.path}:${line}:${column}: ${p.message}`;
  });
}

// src/engine/suppress.ts
var IGNORE_ANNOTATION = "calico-ipam-lint.io/ignore";
var DIRECTIVE = "calico-ipam-lint-disable-next-line";
var UNUSED = unused_suppression_default.id;
function suppress(suppressions, f) {
  let suppressed = false;
  for (const s of suppressions) {
    if (!s.covers(f)) continue;
    if (s.all) {
      s.usedAny = true;
      suppressed = true;
    }
    if (s.ids.some((x) => x.id === f.ruleId)) {
      s.used.add(f.ruleId);
      s.usedAny = true;
      suppressed = true;
    }
  }
  return suppressed;
}
var before = (a, b) => a.line < b.line || a.line === b.line && a.column <= b.column;
var inRegion = (r, f) => r.file === f.file && before(r.start, f) && before(f, r.end);
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "Namespace",
  "Node",
  "PersistentVolume",
  "StorageClass",
  "PriorityClass",
  "CustomResourceDefinition",
  "ClusterRole",
  "ClusterRoleBinding",
  "MutatingWebhookConfiguration",
  "ValidatingWebhookConfiguration",
  "APIService",
  "IPPool",
  "IPReservation",
  "IPAMConfiguration",
  "IPAMConfig",
  "IPAMBlock",
  "BlockAffinity",
  "Installation",
  "FelixConfiguration",
  "BGPConfiguration",
  "BGPPeer",
  "GlobalNetworkPolicy",
  "GlobalNetworkSet",
  "HostEndpoint",
  "ClusterInformation",
  "KubeControllersConfiguration"
]);
var GLOB_OPTIONS = { dot: true, bash: true, nonegate: true, noextglob: true, nobrace: true };
var literal = (part) => part.replace(/[^A-Za-z0-9_-]/g, (c) => c === "]" || c === "\\" || c === "^" ? `[\\${c}]` : `[${c}]`);
function globTest(glob) {
  if (glob === "") return (v) => v === "";
  const onlyStars = /^\**$/.test(glob);
  const isMatch = (0, import_picomatch.default)(glob.split("*").map(literal).join("*"), GLOB_OPTIONS);
  return (v) => v === "" ? onlyStars : isMatch(v);
}
var DIRECTIVE_AT = /#\s*calico-ipam-lint-/y;
function mayHoldDirective(text) {
  for (let i = text.indexOf("#"); i !== -1; i = text.indexOf("#", i + 1)) {
    DIRECTIVE_AT.lastIndex = i;
    if (DIRECTIVE_AT.test(text)) return true;
  }
  return false;
}
function splitIds(text) {
  const out = [];
  for (const m of text.matchAll(/[^,\s]+/g)) out.push({ id: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
function applySuppressions(input) {
  const { files, model, findings, paths, only, policy } = input;
  const byPath = new Map(files.map((f) => [f.path, f]));
  const configSource = policy?.config.source;
  const indexes = /* @__PURE__ */ new Map();
  const indexFor = (file) => {
    let idx = indexes.get(file);
    if (!idx) {
      const f = byPath.get(file);
      idx = f ? input.lineIndex?.(file) ?? new LineIndex(f.text) : new LineIndex(configSource?.path === file ? configSource.text : "");
      indexes.set(file, idx);
    }
    return idx;
  };
  const region = (s) => {
    const l = indexFor(s.file).location(s);
    return { file: s.file, start: { line: l.line, column: l.column }, end: { line: l.endLine, column: l.endColumn } };
  };
  const problems = [];
  const suppressions = [];
  const add = (s) => {
    suppressions.push({ ...s, used: /* @__PURE__ */ new Set(), usedAny: false });
  };
  const seen = /* @__PURE__ */ new Set();
  const fromAnnotations = (annotations, covered) => {
    for (const a of annotations) {
      if (a.key !== IGNORE_ANNOTATION) continue;
      const key = `${a.keySpan.file}:${a.keySpan.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const node = a.node;
      if (node.kind !== "scalar" || typeof node.value !== "string" || node.value.trim() === "") {
        problems.push({ messageId: "malformed", data: {}, span: node.kind === "scalar" ? node.span : a.keySpan, value: IGNORE_ANNOTATION });
        continue;
      }
      const parts = splitIds(node.value);
      const all = parts.some((p) => p.id === "all");
      const r = region(covered());
      add({
        form: "annotation",
        file: a.keySpan.file,
        span: node.span,
        covers: (f) => inRegion(r, f),
        all,
        ids: parts.filter((p) => p.id !== "all").map((p) => ({ id: p.id, span: innerSpan(node, p.start, p.end) })),
        judgeable: true
      });
    }
  };
  for (const o of model.objects) if (o.annotations.length > 0) fromAnnotations(o.annotations, () => o.node.span);
  for (const p of model.podSources) if (p.workload.template.length > 0 && p.podAnnotations.length > 0) fromAnnotations(p.podAnnotations, () => p.templateSpan);
  for (const file of files) {
    if (!mayHoldDirective(file.text)) continue;
    for (const d of directivesIn(file)) {
      if ("problem" in d) {
        problems.push(d.problem);
        continue;
      }
      add({ form: "comment", file: file.path, span: d.span, covers: (f) => inRegion(d.region, f), all: d.ids.length === 0 || d.all, ids: d.ids, judgeable: true });
    }
  }
  const entries = policy?.config.data.suppress ?? [];
  const configRoot = configSource?.documents[0]?.root ?? null;
  entries.forEach((entry2, i) => {
    const [kindRe, namespaceRe, nameRe] = [entry2.kind, entry2.namespace, entry2.name].map((g) => g === void 0 ? void 0 : globTest(g));
    const test = (v, re) => re === void 0 || v !== void 0 && re(v);
    const matches = (kind, namespace, name) => test(kind, kindRe) && test(namespace, namespaceRe) && test(name, nameRe);
    const objects = model.objects.filter(
      (o) => matches(o.ref.kind, o.ref.namespace ?? (CLUSTER_SCOPED.has(o.ref.kind) ? void 0 : model.defaultNamespace), o.ref.name)
    );
    const regions = /* @__PURE__ */ new Map();
    for (const o of objects) regions.set(o.ref.file, [...regions.get(o.ref.file) ?? [], region(o.node.span)]);
    const span = policy?.config.suppressSpans[i] ?? { file: configSource?.path ?? "", start: 0, end: 0 };
    const ids = entry2.rules === "all" ? [] : entry2.rules.map((id, j) => {
      const at2 = configRoot ? atPointer(configRoot, `/suppress/${i}/rules/${j}`) : void 0;
      return { id, span: at2?.found ? at2.node.span : span };
    });
    add({
      form: "config",
      file: span.file,
      span,
      covers: (f) => (regions.get(f.file)?.some((r) => inRegion(r, f)) ?? false) || f.object !== void 0 && matches(f.object.kind, f.object.namespace, f.object.name),
      all: entry2.rules === "all" || entry2.rules.includes("all"),
      ids: ids.filter((x) => x.id !== "all"),
      judgeable: objects.length > 0
    });
  });
  if (suppressions.length === 0 && problems.length === 0) return { findings: [...findings] };
  const kept = [];
  for (const f of findings) if (!suppress(suppressions, f)) kept.push(f);
  problems.push(...unusedProblems(suppressions, paths, only));
  const out = kept;
  let configFile;
  for (const finding of problemFindings(problems, paths, only, indexFor)) {
    out.push(finding);
    if (configSource && finding.file === configSource.path && !byPath.has(configSource.path)) configFile = { ...configSource, contextOnly: false };
  }
  return { findings: out, ...configFile ? { configFile } : {} };
}
function unusedProblems(suppressions, paths, only) {
  const problems = [];
  const known = new Set(RULES.map((r) => r.id));
  const active = (ruleId, file) => (!only || only.includes(ruleId)) && paths.setting(ruleId, file) !== "off" && paths.mayRun(ruleId);
  const where = { annotation: `The ${IGNORE_ANNOTATION} annotation`, comment: `This ${DIRECTIVE} comment`, config: "This suppress entry of the configuration" };
  const holder = { annotation: "the annotation", comment: "the comment", config: "the entry" };
  for (const s of suppressions) {
    for (const x of s.ids) {
      if (!known.has(x.id)) {
        const near = nearest(x.id, [...known]);
        problems.push({ messageId: "unknownRule", data: { where: where[s.form], rule: x.id, near: near ? ` (did you mean ${near}?)` : "" }, span: x.span, value: x.id });
      } else if (s.judgeable && !s.used.has(x.id) && active(x.id, s.file)) {
        const what = s.ids.length === 1 && !s.all ? holder[s.form] : `${x.id} from ${holder[s.form]}`;
        problems.push({ messageId: "unused", data: { where: where[s.form], rule: x.id, what }, span: x.span, value: x.id });
      }
    }
    if (s.all && s.judgeable && !s.usedAny && RULES.some((r) => r.id !== UNUSED && active(r.id, s.file))) {
      problems.push({ messageId: "unusedAll", data: { where: where[s.form] }, span: s.span, value: "all" });
    }
  }
  return problems;
}
function problemFindings(problems, paths, only, indexFor) {
  if (only && !only.includes(UNUSED)) return [];
  const out = [];
  for (const p of problems) {
    const severity = severityOf(paths.setting(UNUSED, p.span.file));
    if (!severity) continue;
    const template = unused_suppression_default.meta.messages[p.messageId];
    out.push({
      ruleId: UNUSED,
      severity,
      message: renderMessage(template, p.data),
      messageId: p.messageId,
      file: p.span.file,
      ...indexFor(p.span.file).location(p.span),
      value: p.value
    });
  }
  return out;
}
function sourceComments(file, paths, only) {
  const suppressions = [];
  const problems = [];
  if (mayHoldDirective(file.text)) {
    for (const d of directivesIn(file)) {
      if ("problem" in d) problems.push(d.problem);
      else suppressions.push({ form: "comment", file: file.path, span: d.span, covers: (f) => inRegion(d.region, f), all: d.ids.length === 0 || d.all, ids: d.ids, judgeable: true, used: /* @__PURE__ */ new Set(), usedAny: false });
    }
  }
  let lines;
  const index = () => lines ??= new LineIndex(file.text);
  const at2 = (span) => {
    const l = index().location(span);
    return `${l.line}:${l.column}`;
  };
  return {
    covers(f) {
      return suppress(suppressions, f);
    },
    usedHere(f) {
      if (f.ruleId !== UNUSED || f.file !== file.path) return false;
      const pos = `${f.line}:${f.column}`;
      return suppressions.some(
        (s) => f.messageId === "unusedAll" ? s.usedAny && at2(s.span) === pos : s.ids.some((x) => x.id === f.value && s.used.has(x.id) && at2(x.span) === pos)
      );
    },
    report: () => problemFindings([...problems, ...unusedProblems(suppressions, paths, only)], paths, only, index)
  };
}
function severityOf(setting) {
  if (setting === "off") return null;
  if (setting === "error") return "error";
  if (setting === "warn" || setting === "warning") return "warning";
  return unused_suppression_default.meta.defaultSeverity;
}
function directivesIn(file) {
  const text = file.text;
  const lines = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    const body = text.slice(start, end).replace(/\r$/, "");
    lines.push({ start, end: start + body.length, text: body });
    if (nl === -1) break;
    start = nl + 1;
  }
  const scalars = [];
  const texts = [];
  const starts = [];
  const visit = (n) => {
    if (n.kind === "scalar") {
      texts.push(n.span);
      if (text.slice(n.span.start, n.span.end).includes("\n")) scalars.push(n.span);
    } else if (n.kind === "map") {
      for (const e of n.entries) {
        texts.push(e.keySpan);
        if (e.keySpan.file === file.path) starts.push({ start: e.keySpan.start, end: Math.max(e.keySpan.end, e.value.span.end), seqItem: false });
        visit(e.value);
      }
    } else {
      for (const i of n.items) {
        if (i.span.file === file.path) starts.push({ start: i.span.start, end: i.span.end, seqItem: true });
        visit(i);
      }
    }
  };
  const visited = /* @__PURE__ */ new Set();
  for (const d of file.documents) {
    if (d.root && !visited.has(d.root)) {
      visited.add(d.root);
      visit(d.root);
    }
  }
  const insideScalar = (o) => scalars.some((s) => s.start < o && o < s.end);
  const index = new LineIndex(text);
  const out = [];
  lines.forEach((line, i) => {
    const m = /^(\s*)#\s*(calico-ipam-lint-[\w-]*)(.*)$/.exec(line.text);
    if (!m) {
      const t = /\s(#\s*(calico-ipam-lint-[\w-]*).*)$/.exec(line.text);
      if (!t?.[1] || /^\s*#/.test(line.text) || file.problems.length > 0) return;
      const hash = line.start + line.text.length - t[1].length;
      if (insideScalar(hash) || texts.some((x) => x.file === file.path && x.start <= hash && hash < x.end)) return;
      out.push({ problem: { messageId: "trailing", data: { directive: t[2] ?? "" }, span: { file: file.path, start: hash, end: line.end }, value: t[2] ?? "" } });
      return;
    }
    const hashAt = line.start + (m[1]?.length ?? 0);
    if (insideScalar(hashAt)) return;
    const name = m[2] ?? "";
    const nameAt = line.start + line.text.indexOf(name, m[1]?.length ?? 0);
    const span = { file: file.path, start: hashAt, end: line.end };
    if (name !== DIRECTIVE) {
      out.push({ problem: { messageId: "unknownDirective", data: { directive: name }, span: { file: file.path, start: nameAt, end: nameAt + name.length }, value: name } });
      return;
    }
    let rest = m[3] ?? "";
    if (rest !== "" && !/^\s/.test(rest)) {
      out.push({ problem: { messageId: "unknownDirective", data: { directive: name + rest.split(/\s/)[0] }, span, value: name } });
      return;
    }
    const reason = /(^|\s)--(\s|$)/.exec(rest);
    if (reason) rest = rest.slice(0, reason.index);
    const restAt = nameAt + name.length;
    const parts = splitIds(rest);
    const ids = parts.filter((p) => p.id !== "all").map((p) => ({ id: p.id, span: { file: file.path, start: restAt + p.start, end: restAt + p.end } }));
    let j = i + 1;
    while (j < lines.length && /^\s*(#.*)?$/.test(lines[j]?.text ?? "")) j++;
    const target = lines[j];
    if (!target || /^(---|\.\.\.)(\s|$)/.test(target.text)) {
      out.push({ problem: { messageId: "noTarget", data: {}, span, value: DIRECTIVE } });
      return;
    }
    const seqLine = /^\s*-(\s|$)/.test(target.text);
    const onLine = starts.filter((s) => s.start >= target.start && s.start <= target.end && s.seqItem === seqLine);
    const first = onLine.reduce((a, b) => a === void 0 || b.start < a.start ? b : a, void 0);
    const end = Math.max(target.end, first?.end ?? target.end);
    const from = index.position(target.start);
    const to = index.position(end);
    out.push({ span, region: { file: file.path, start: from, end: to }, all: parts.some((p) => p.id === "all"), ids });
  });
  return out;
}

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
var MAX_RELATED = 50;
function lintSources(input, options = {}) {
  const paths = pathPolicy(options.rules, options.policy);
  const given = options.live ? input.filter((f) => f.path !== options.live?.source) : input;
  const files = applyIgnore([...given].sort((a, b) => cmp(a.path, b.path)), paths);
  const model = buildModel(files, options);
  const kindNodes = kindNodeCount(model.objects);
  const settings = { ...DEFAULT_SETTINGS, ...kindNodes !== void 0 ? { nodes: kindNodes } : {}, ...options.settings };
  const byPath = new Map(files.map((f) => [f.path, f]));
  let lastPath;
  let lastFile;
  const sourceOf = (path) => {
    if (path !== lastPath) {
      lastPath = path;
      lastFile = byPath.get(path);
    }
    return lastFile;
  };
  const indexes = /* @__PURE__ */ new Map();
  let lastLinesPath;
  let lastLines;
  const indexFor = (file) => {
    if (file === lastLinesPath && lastLines) return lastLines;
    let idx = indexes.get(file);
    if (!idx) {
      idx = new LineIndex(sourceOf(file)?.text ?? "");
      indexes.set(file, idx);
    }
    lastLinesPath = file;
    lastLines = idx;
    return idx;
  };
  const checkSpan = (rule, s) => {
    const f = sourceOf(s.file);
    if (!f || s.start < 0 || s.end < s.start || s.end > f.text.length) {
      if (options.strict || !f) throw new Error(`rule ${rule.id} reported an invalid position ${s.file}:${s.start}-${s.end}`);
      const start = Math.max(0, Math.min(s.start, f.text.length));
      return { file: s.file, start, end: Math.max(start, Math.min(s.end, f.text.length)) };
    }
    return s;
  };
  const checkFix = (rule, fix, file) => {
    if (!fix) return void 0;
    if (!rule.meta.fixable) throw new Error(`rule ${rule.id} reported a fix but is not fixable`);
    const problem = isEditFix(fix) ? fixProblem(fix, file, byPath.get(file)?.text.length ?? 0) : null;
    if (!problem) return fix;
    if (options.strict) throw new Error(`rule ${rule.id} reported a bad fix: ${problem}`);
    return void 0;
  };
  const findings = [];
  const reporter = (rule) => function report(r) {
    const at2 = checkSpan(rule, r.at);
    const severity = severityFor(paths.setting(rule.id, at2.file), r.severity, rule);
    if (!severity) return;
    const template = rule.meta.messages[r.messageId];
    if (template === void 0) throw new Error(`rule ${rule.id} reported unknown messageId ${r.messageId}`);
    const lines = indexFor(at2.file);
    const start = lines.position(at2.start);
    const end = lines.position(Math.max(at2.start, at2.end));
    const finding = {
      ruleId: rule.id,
      severity,
      message: renderMessage(template, r.data),
      messageId: r.messageId,
      file: at2.file,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column
    };
    if (r.related && r.related.length > 0) {
      const related = [];
      for (const rel of r.related.length > MAX_RELATED ? r.related.slice(0, MAX_RELATED) : r.related) {
        const span = checkSpan(rule, rel.span);
        related.push({ file: span.file, ...indexFor(span.file).location(span), message: rel.message });
      }
      finding.related = related;
    }
    const o = r.object;
    if (o) finding.object = { kind: o.kind, ...o.namespace !== void 0 ? { namespace: o.namespace } : {}, ...o.name !== void 0 ? { name: o.name } : {} };
    if (r.value !== void 0) finding.value = r.value;
    const fix = checkFix(rule, r.fix, at2.file);
    if (fix) finding.fix = fix;
    findings.push(finding);
  };
  for (const rule of RULES) {
    if (options.only && !options.only.includes(rule.id)) continue;
    if (!paths.mayRun(rule.id)) continue;
    const context = { model, settings, sourceText: (file) => sourceOf(file)?.text ?? "", report: reporter(rule) };
    const failures = checkContained(rule, files, (only) => rule.check(only ? { ...context, model: buildModel(only, options) } : context), options.strict);
    for (const f of failures) {
      findings.push({ ruleId: rule.id, severity: "error", message: f.message, messageId: "internal-error", file: f.at.file, ...indexFor(f.at.file).location(f.at) });
    }
  }
  const kept = applySuppressions({ files, model, findings, paths, lineIndex: indexFor, ...options.only ? { only: options.only } : {}, ...options.policy ? { policy: options.policy } : {} });
  return { results: groupResults(kept.configFile ? [...files, kept.configFile] : files, kept.findings), model, settings };
}
function compareFindings(a, b) {
  return cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message) || a.endLine - b.endLine || a.endColumn - b.endColumn;
}
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function groupResults(files, findings) {
  const reported = /* @__PURE__ */ new Map();
  for (const f of files) if (!f.contextOnly && !reported.has(f.path)) reported.set(f.path, []);
  for (const f of findings) reported.get(f.file)?.push(f);
  return [...reported.entries()].sort(([a], [b]) => cmp(a, b)).map(([file, all]) => {
    all.sort(compareFindings);
    const list = [];
    let errorCount = 0;
    let warningCount = 0;
    let prev;
    for (const f of all) {
      if (prev && compareFindings(prev, f) === 0) continue;
      prev = f;
      list.push(f);
      if (f.severity === "error") errorCount++;
      else if (f.severity === "warning") warningCount++;
    }
    return { file, findings: list, errorCount, warningCount };
  });
}

export {
  isEditFix,
  unifiedDiff,
  lineStart,
  eolAt,
  isBlock,
  MAX_FIX_PASSES,
  fixSources,
  isEnabled,
  keyOfFamily,
  poolsInPlay,
  resolveRequest,
  effectivePools,
  poolsKnown,
  allocation,
  RULES,
  podCidrProblem,
  parseConfig,
  formatProblems,
  expandPaths,
  displayPath,
  decodeText,
  MAX_FILE_BYTES,
  readBudget,
  MAX_IN_USE_BYTES,
  TooLargeError,
  readFileLimited,
  loadFile,
  loadFiles,
  loadStream,
  pathPolicy,
  IGNORE_ANNOTATION,
  DIRECTIVE,
  sourceComments,
  ruleInfo,
  lintSources,
  compareFindings,
  groupResults
};

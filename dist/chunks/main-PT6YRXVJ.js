import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import {
  WriteError,
  processIO,
  writeFileAtomic
} from "./chunk-IIFZ2W72.js";
import {
  VERSION,
  docsUrl
} from "./chunk-YVLUQDJB.js";
import {
  displayRepoPath,
  encodeUriPath
} from "./chunk-7U54TPFQ.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-5AF7UOGD.js";

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str2) {
        return stripColor(str2).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str2) {
        return str2;
      }
      styleUsage(str2) {
        return str2.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str2) {
        return this.styleDescriptionText(str2);
      }
      styleOptionDescription(str2) {
        return this.styleDescriptionText(str2);
      }
      styleSubcommandDescription(str2) {
        return this.styleDescriptionText(str2);
      }
      styleArgumentDescription(str2) {
        return this.styleDescriptionText(str2);
      }
      styleDescriptionText(str2) {
        return str2;
      }
      styleOptionTerm(str2) {
        return this.styleOptionText(str2);
      }
      styleSubcommandTerm(str2) {
        return str2.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str2) {
        return this.styleArgumentText(str2);
      }
      styleOptionText(str2) {
        return str2;
      }
      styleArgumentText(str2) {
        return str2;
      }
      styleSubcommandText(str2) {
        return str2;
      }
      styleCommandText(str2) {
        return str2;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str2) {
        return /\n[^\S\r\n]/.test(str2);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str2, width) {
        if (width < this.minWidthToWrap) return str2;
        const rawLines = str2.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str2) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str2.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str2) {
      return str2.split("-").reduce((str3, word) => {
        return str3 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance3(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance2 = editDistance3(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance2) / length;
        if (similarity > minSimilarity) {
          if (distance2 < bestDistance) {
            bestDistance = distance2;
            similar = [candidate];
          } else if (distance2 === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str2) => process2.stdout.write(str2),
          writeErr: (str2) => process2.stderr.write(str2),
          outputError: (str2, write) => write(str2),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str2) => stripColor(str2)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail2) => {
          this.argument(detail2);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s2 = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s2} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str2, flags, description) {
        if (str2 === void 0) return this._version;
        this._version = str2;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str2}
`);
          this._exit(0, "commander.version", str2);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str2, argsDescription) {
        if (str2 === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str2;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str2) {
        if (str2 === void 0) return this._summary;
        this._summary = str2;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str2) {
        if (str2 === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str2;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str2) {
        if (str2 === void 0) return this._name;
        this._name = str2;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text2 = helper.formatHelp(this, helper);
        if (context.hasColors) return text2;
        return this._outputConfiguration.stripColor(text2);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str2) => this._outputConfiguration.writeErr(str2);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str2) => this._outputConfiguration.writeOut(str2);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str2) => {
          if (!hasColors) str2 = this._outputConfiguration.stripColor(str2);
          return baseWrite(str2);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text2) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text2 === "function") {
            helpStr = text2({ error: context.error, command: context.command });
          } else {
            helpStr = text2;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
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
        (_, run2, space) => space ? run2.slice(0, run2.length - run2.length % 2) + SPACE : run2,
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
    var separatorAfter = (run2, at2) => {
      let separator = EMPTY;
      for (let index = at2 + 1; index < run2.length && !run2[index].wildcard; index++) {
        separator += run2[index].single;
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
      let run2 = [];
      const flush = () => {
        let lastWildcard;
        run2.forEach((token, at2) => {
          if (token.wildcard) {
            lastWildcard = at2;
          }
        });
        run2.forEach((token, at2) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at2 === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at2)})[^\\/])*`;
        });
        run2 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run2.push(token);
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
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
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

// lazy-package:yaml
var require_yaml = __commonJS({
  "lazy-package:yaml"(exports, module) {
    var real;
    var load = () => real ??= (0, __require)("./yaml.cjs");
    for (const name of ["Composer", "Document", "Schema", "YAMLError", "YAMLParseError", "YAMLWarning", "Alias", "isAlias", "isCollection", "isDocument", "isMap", "isNode", "isPair", "isScalar", "isSeq", "Pair", "Scalar", "YAMLMap", "YAMLSeq", "CST", "Lexer", "LineCounter", "Parser", "parse", "parseAllDocuments", "parseDocument", "stringify", "visit", "visitAsync"]) Object.defineProperty(module.exports, name, { enumerable: true, get: () => load()[name] });
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
          const bytes2 = [];
          const ref = this.parts;
          for (let i = 0; i < ref.length; i++) {
            part = ref[i];
            bytes2.push(part >> 8);
            bytes2.push(part & 255);
          }
          return bytes2;
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
          const regex = /((^|:)(0(:|$)){2,})/g;
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
          while (match = regex.exec(string)) {
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
      ipaddr2.fromByteArray = function(bytes2) {
        const length = bytes2.length;
        if (length === 4) {
          return new ipaddr2.IPv4(bytes2);
        } else if (length === 16) {
          return new ipaddr2.IPv6(bytes2);
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

// lazy-package:ajv
var require_ajv = __commonJS({
  "lazy-package:ajv"(exports, module) {
    var real;
    var load = () => real ??= (0, __require)("./ajv.cjs");
    module.exports = function(...args) {
      return load().apply(this, args);
    };
    for (const name of ["Ajv", "default", "KeywordCxt", "_", "str", "stringify", "nil", "Name", "CodeGen", "ValidationError", "MissingRefError"]) Object.defineProperty(module.exports, name, { enumerable: true, get: () => load()[name] });
  }
});

// src/cli/main.ts
import { resolve as resolve8 } from "node:path";

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/load/files.ts
var import_ignore = __toESM(require_ignore(), 1);
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { open, realpath, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// src/load/parse.ts
var import_yaml = __toESM(require_yaml(), 1);
var STYLES = {
  PLAIN: "plain",
  QUOTE_SINGLE: "single",
  QUOTE_DOUBLE: "double",
  BLOCK_LITERAL: "literal",
  BLOCK_FOLDED: "folded"
};
var PARSE_OPTIONS = { merge: true, prettyErrors: false, uniqueKeys: false, strict: true };
var MAX_DEPTH = 500;
function parseSource(path, text2, contextOnly = false) {
  try {
    const guard = { tooDeep: null };
    const composer = new import_yaml.Composer(PARSE_OPTIONS);
    const documents = [];
    for (const doc of composer.compose(cstTokens(text2, guard))) documents.push(convertDocument(path, text2, doc, documents.length));
    const problems = guard.tooDeep ? [{ code: "TOO_DEEP", message: `Collections nested more than ${MAX_DEPTH} levels deep`, span: { file: path, ...guard.tooDeep } }] : [];
    return { path, text: text2, documents, problems, contextOnly };
  } catch (err) {
    const message = err instanceof RangeError ? "the document is nested too deeply to parse" : String(err);
    return {
      path,
      text: text2,
      documents: [],
      problems: [{ code: "PARSE_FAILED", message, span: { file: path, start: 0, end: 0 } }],
      contextOnly
    };
  }
}
function* cstTokens(text2, guard) {
  const parser = new import_yaml.Parser();
  for (const lexeme of new import_yaml.Lexer().lex(text2)) {
    yield* parser.next(lexeme);
    const { stack } = parser;
    if (stack.length > MAX_DEPTH + 1) {
      const top = stack[stack.length - 1];
      const innermost = isCollection(top) ? top : stack[stack.length - 2];
      if (stack.length - 1 - (innermost === top ? 0 : 1) > MAX_DEPTH) {
        const start = Math.min(innermost && "offset" in innermost ? innermost.offset : parser.offset, text2.length);
        guard.tooDeep = { start, end: Math.min(start + 1, text2.length) };
        return;
      }
    }
  }
  yield* parser.end();
}
var isCollection = (t) => t?.type === "block-map" || t?.type === "block-seq" || t?.type === "flow-collection";
function unreadableSource(path, message, contextOnly = false, at2 = 0, text2 = "") {
  return {
    path,
    text: text2,
    documents: [],
    problems: [{ code: "UNREADABLE", message, span: { file: path, start: at2, end: at2 } }],
    contextOnly
  };
}
function convertDocument(path, text2, doc, index) {
  const problems = doc.errors.map((e) => {
    const start = notInCrlf(text2, Math.min(e.pos[0], text2.length));
    return { code: e.code, message: firstLine(e.message), span: { file: path, start, end: Math.max(start, notInCrlf(text2, Math.min(e.pos[1], text2.length))) } };
  });
  if (problems.length > 0) return { index, root: null, problems };
  try {
    const conv = new Converter(path, text2);
    const root = doc.contents ? conv.convert(doc.contents, void 0) : null;
    if (conv.problems.length === 0 && doc.contents) {
      const excessive = excessiveAliasing(doc.contents, conv.aliasTargets);
      if (excessive) {
        conv.problems.push({
          code: "EXCESSIVE_ALIASING",
          message: `The aliases expand to far more than the document holds (kubectl: \`yaml: document contains excessive aliasing\`)`,
          span: spanOf(path, excessive)
        });
      }
    }
    if (conv.problems.length > 0) return { index, root: null, problems: conv.problems };
    return { index, root, problems };
  } catch (err) {
    const start = doc.range[0];
    const message = err instanceof RangeError ? "the document is nested too deeply to read" : String(err);
    return { index, root: null, problems: [{ code: "PARSE_FAILED", message, span: { file: path, start, end: start } }] };
  }
}
var notInCrlf = (text2, o) => o > 0 && text2[o - 1] === "\r" && text2[o] === "\n" ? o - 1 : o;
function firstLine(message) {
  const i = message.indexOf(" at line ");
  return (i > 0 ? message.slice(0, i) : message.split("\n")[0] ?? message).trim();
}
function spanOf(path, node) {
  const r = node.range;
  return r ? { file: path, start: r[0], end: r[1] } : { file: path, start: 0, end: 0 };
}
function keyIdentity(k) {
  if (!(0, import_yaml.isScalar)(k)) return null;
  const v = k.value;
  if (typeof v === "symbol") return null;
  return `${typeof v}:${String(v)}`;
}
var Converter = class {
  constructor(path, text2) {
    this.path = path;
    this.text = text2;
  }
  path;
  text;
  problems = [];
  /** Every alias met, with the node it stands for (null when no anchor of that name precedes it). */
  aliasTargets = /* @__PURE__ */ new Map();
  memo = /* @__PURE__ */ new Map();
  anchors = /* @__PURE__ */ new Map();
  open = /* @__PURE__ */ new Set();
  convert(node, commentBefore) {
    const { path, text: text2 } = this;
    if ((0, import_yaml.isAlias)(node)) {
      const target = this.resolve(node);
      if (!target || this.open.has(target)) {
        this.problems.push(
          target ? { code: "ALIAS_CYCLE", message: `Alias *${node.source} refers to a node that contains it (kubectl: \`yaml: anchor '${node.source}' value contains itself\`)`, span: spanOf(path, node) } : { code: "UNKNOWN_ANCHOR", message: `Alias *${node.source} has no anchor before it (kubectl: \`yaml: unknown anchor '${node.source}' referenced\`)`, span: spanOf(path, node) }
        );
        return { kind: "scalar", value: null, style: "plain", span: spanOf(path, node) };
      }
      return this.convert(target, commentBefore);
    }
    const seen = this.memo.get(node);
    if (seen) return seen;
    if (node.anchor) this.anchors.set(node.anchor, node);
    this.open.add(node);
    const comment = commentBefore ?? node.commentBefore ?? void 0;
    let out;
    if ((0, import_yaml.isMap)(node)) {
      const entries = [];
      const keys = /* @__PURE__ */ new Set();
      const written = /* @__PURE__ */ new Set();
      const merged = [];
      for (const pair of node.items) {
        if (!(0, import_yaml.isPair)(pair)) continue;
        const k = pair.key;
        const v = pair.value;
        const keyText2 = k && (0, import_yaml.isScalar)(k) ? keyString(k.value) : null;
        const keyComment = (k && k.commentBefore) ?? void 0;
        if (k && (!(0, import_yaml.isScalar)(k) || k.anchor)) this.convert(k, void 0);
        if (keyText2 === "<<" && v) {
          const sources = (0, import_yaml.isSeq)(v) ? v.items : [v];
          if ((0, import_yaml.isSeq)(v) && v.anchor) this.anchors.set(v.anchor, v);
          for (const s2 of sources) {
            const m = this.convert(s2, void 0);
            if (m.kind === "map") for (const e of m.entries) merged.push(e);
          }
          continue;
        }
        const id = k ? keyIdentity(k) : null;
        if (id !== null) {
          if (written.has(id)) {
            const at2 = k?.range?.[0] ?? 0;
            this.problems.push({ code: "DUPLICATE_KEY", message: "Map keys must be unique", span: { file: path, start: at2, end: Math.min(at2 + 1, text2.length) } });
          }
          written.add(id);
        }
        const value = v ? this.convert(v, void 0) : { kind: "scalar", value: null, style: "plain", span: emptyAfter(path, k ?? node) };
        if (keyText2 === null || !k) continue;
        keys.add(keyText2);
        entries.push(keyComment ? { key: keyText2, keySpan: spanOf(path, k), value, commentBefore: keyComment } : { key: keyText2, keySpan: spanOf(path, k), value });
      }
      for (const e of merged) {
        if (!keys.has(e.key)) {
          keys.add(e.key);
          entries.push(e);
        }
      }
      out = comment ? { kind: "map", entries, span: spanOf(path, node), commentBefore: comment } : { kind: "map", entries, span: spanOf(path, node) };
    } else if ((0, import_yaml.isSeq)(node)) {
      const items = node.items.map(
        (it) => it ? this.convert(it, void 0) : { kind: "scalar", value: null, style: "plain", span: spanOf(path, node) }
      );
      out = comment ? { kind: "seq", items, span: spanOf(path, node), commentBefore: comment } : { kind: "seq", items, span: spanOf(path, node) };
    } else if ((0, import_yaml.isScalar)(node)) {
      const style = STYLES[node.type ?? "PLAIN"] ?? "plain";
      const span = spanOf(path, node);
      const raw = node.value;
      const value = typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean" || typeof raw === "bigint" || raw === null ? raw : String(raw);
      const withSource = { kind: "scalar", value, style, span, source: text2.slice(span.start, span.end) };
      out = comment ? { ...withSource, commentBefore: comment } : withSource;
    } else {
      out = { kind: "scalar", value: null, style: "plain", span: spanOf(path, node) };
    }
    if (node.tag) out = { ...out, tag: node.tag };
    this.open.delete(node);
    this.memo.set(node, out);
    return out;
  }
  /** The last node before the alias that carries its anchor, as YAML defines it. */
  resolve(alias) {
    const target = this.anchors.get(alias.source) ?? null;
    this.aliasTargets.set(alias, target);
    return target;
  }
};
function excessiveAliasing(root, targets) {
  const allowed = (n) => n <= 4e5 ? 0.99 : n >= 4e6 ? 0.1 : 0.99 - 0.89 * ((n - 4e5) / 36e5);
  let decodeCount = 1;
  let aliasCount = 0;
  let aliasDepth = 0;
  let outermost = null;
  const work = [root];
  while (work.length > 0) {
    const w = work.pop();
    if (w && "leave" in w) {
      aliasDepth--;
      continue;
    }
    decodeCount++;
    if (aliasDepth > 0) aliasCount++;
    if (aliasCount > 100 && decodeCount > 1e3 && aliasCount / decodeCount > allowed(decodeCount)) return outermost;
    if (!w) continue;
    if ((0, import_yaml.isAlias)(w)) {
      const target = targets.get(w);
      if (!target) continue;
      if (aliasDepth === 0) outermost = w;
      aliasDepth++;
      work.push({ leave: true }, target);
    } else if ((0, import_yaml.isMap)(w)) {
      for (let i = w.items.length - 1; i >= 0; i--) {
        const pair = w.items[i];
        if (!(0, import_yaml.isPair)(pair)) continue;
        const k = pair.key;
        const v = pair.value;
        if (k && (0, import_yaml.isScalar)(k) && keyString(k.value) === "<<") {
          if (v && (0, import_yaml.isSeq)(v)) for (const s2 of v.items) work.push(s2);
          else work.push(v);
          continue;
        }
        work.push(v, k);
      }
    } else if ((0, import_yaml.isSeq)(w)) {
      for (let i = w.items.length - 1; i >= 0; i--) work.push(w.items[i]);
    }
  }
  return null;
}
function keyString(v) {
  if (typeof v === "string") return v;
  if (typeof v === "symbol") return v.description ?? null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  if (v === null) return "null";
  return null;
}
function emptyAfter(path, key) {
  const r = key.range;
  const at2 = r ? r[1] : 0;
  return { file: path, start: at2, end: at2 };
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
    const s2 = this.position(span.start);
    const e = this.position(Math.max(span.start, span.end));
    return { line: s2.line, column: s2.column, endLine: e.line, endColumn: e.column };
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
      if (c !== "\\") {
        out.push(base + i);
        continue;
      }
      const n = src[i + 1] ?? "";
      const hex = n === "x" ? 2 : n === "u" ? 4 : n === "U" ? 8 : 0;
      if (hex > 0) {
        const digits = src.slice(i + 2, i + 2 + hex);
        if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) return null;
        const units = n === "U" && parseInt(digits, 16) > 65535 ? 2 : 1;
        for (let u = 0; u < units; u++) out.push(base + i);
        i += 1 + hex;
      } else if ('0abt	nvfre "/\\N_LP'.includes(n) && n !== "") {
        out.push(base + i);
        i++;
      } else {
        return null;
      }
    }
    out.push(base + src.length - 1);
    return out.length === value.length + 1 ? out : null;
  }
  return blockOffsets(src, value, base, node.style === "folded");
}
function blockOffsets(src, value, base, folded) {
  const header = /^[|>]([+-]?)(?:[ \t]+#[^\r\n]*)?[ \t]*(\r?\n)/.exec(src);
  if (!header) return null;
  let i = header[0].length;
  const chars = [];
  const at2 = [];
  let indent = -1;
  let contentLines = 0;
  while (i < src.length) {
    const nl = src.indexOf("\n", i);
    const lineEnd = nl === -1 ? src.length : nl;
    const bodyEnd = lineEnd > i && src[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
    const line = src.slice(i, bodyEnd);
    const spaces = /^ */.exec(line)?.[0].length ?? 0;
    if (indent === -1 && spaces < line.length) indent = spaces;
    if (indent !== -1 && spaces < indent && spaces < line.length) break;
    if (indent !== -1 && line.length > indent) {
      contentLines++;
      for (let k = indent; k < line.length; k++) {
        chars.push(line[k] ?? "");
        at2.push(base + i + k);
      }
    }
    if (nl === -1) break;
    chars.push("\n");
    at2.push(base + bodyEnd);
    i = nl + 1;
  }
  if (folded && contentLines > 1) return null;
  const built = chars.join("");
  if (!built.startsWith(value)) return null;
  const out = at2.slice(0, value.length);
  out.push(at2[value.length] ?? base + src.length);
  return out;
}

// src/load/files.ts
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
      const walk2 = { bound: repositoryRoot(realRoot), out: found, seen, visited: /* @__PURE__ */ new Set(), skipped, unreadable, cwd };
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
async function walkDir(w, dir, scopes) {
  let real;
  try {
    real = realpathSync(dir);
  } catch {
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
  const active = local ? [...scopes, { dir, ig: local }] : scopes;
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry2 of entries) {
    const full = join(dir, entry2.name);
    let isDir = entry2.isDirectory();
    let isFile2 = entry2.isFile();
    let target = full;
    if (entry2.isSymbolicLink()) {
      try {
        target = realpathSync(full);
        const st = statSync(target);
        isDir = st.isDirectory();
        isFile2 = st.isFile();
      } catch (err) {
        const loop = err.code === "ELOOP";
        if ((loop || isManifestName(entry2.name)) && !isIgnored(active, full, false)) {
          w.skipped.push({ path: displayPath(full, w.cwd), reason: loop ? "a symbolic link loop" : "a symbolic link to nothing" });
        }
        continue;
      }
      if (!inside(w.bound, target)) {
        if ((isDir || isFile2 && isManifestName(entry2.name)) && !isIgnored(active, full, isDir)) {
          w.skipped.push({ path: displayPath(full, w.cwd), reason: `a symbolic link to ${target}, outside ${w.bound}` });
        }
        continue;
      }
    }
    if (isDir && SKIPPED_DIRS.has(entry2.name)) continue;
    if (isIgnored(active, full, isDir)) continue;
    if (isDir) {
      await walkDir(w, full, active);
    } else if (isFile2 && isManifestName(entry2.name)) {
      if (w.seen.has(full)) continue;
      w.seen.add(full);
      const link = entry2.isSymbolicLink();
      w.out.push({ path: displayPath(full, w.cwd), real: link ? target : join(real, entry2.name), link });
    }
  }
}
var isManifestName = (name) => MANIFEST_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e));
function readGitignore(dir) {
  try {
    const text2 = readFileSync(join(dir, ".gitignore"), "utf8");
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
var lossy = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
function decodeText(bytes2) {
  const nul = bytes2.indexOf(0);
  if (nul === -1) {
    try {
      return { text: decoder.decode(bytes2) };
    } catch {
    }
  }
  const bad = nul === -1 ? firstInvalidUtf8(bytes2) : -1;
  const index = nul !== -1 && (bad === -1 || nul < bad) ? nul : bad;
  const text2 = lossy.decode(bytes2);
  const at2 = lossy.decode(bytes2.subarray(0, Math.max(0, index))).length;
  const { line, column } = new LineIndex(text2).position(at2);
  const where2 = `line ${line}, column ${column}`;
  const error = index === nul ? `the file is not text (it contains NUL bytes, the first at ${where2})` : `the file is not valid UTF-8 (byte 0x${(bytes2[index] ?? 0).toString(16).toUpperCase().padStart(2, "0")} at ${where2} is not part of a UTF-8 character)`;
  return { error, at: at2, text: text2 };
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
var IsDirectory = class extends Error {
};
async function readBounded(abs) {
  const regular = readRegularFile(abs);
  if (regular) return regular;
  const fh = await open(abs, "r");
  try {
    const st = await fh.stat();
    if (st.isDirectory()) throw new IsDirectory();
    if (st.isFile()) {
      if (st.size > MAX_FILE_BYTES) throw new TooLarge();
      const bytes2 = await fh.readFile();
      if (bytes2.length > MAX_FILE_BYTES) throw new TooLarge();
      return bytes2;
    }
    const chunks = [];
    let total2 = 0;
    for (; ; ) {
      const buf = Buffer.allocUnsafe(1 << 20);
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      total2 += bytesRead;
      if (total2 > MAX_FILE_BYTES) throw new TooLarge();
      chunks.push(buf.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks);
  } finally {
    await fh.close();
  }
}
function readRegularFile(abs) {
  const st = statSync(abs, { throwIfNoEntry: false });
  if (!st?.isFile()) return null;
  const fd = openSync(abs, "r");
  try {
    const fst = fstatSync(fd);
    if (!fst.isFile()) return null;
    if (fst.size > MAX_FILE_BYTES) throw new TooLarge();
    const bytes2 = readFileSync(fd);
    if (bytes2.length > MAX_FILE_BYTES) throw new TooLarge();
    return bytes2;
  } finally {
    closeSync(fd);
  }
}
async function loadFile(path, cwd, contextOnly = false, parse = parseSource) {
  let bytes2;
  try {
    bytes2 = await readBounded(resolve(cwd, path));
  } catch (err) {
    if (err instanceof TooLarge) return tooLargeSource(path, contextOnly);
    if (err instanceof IsDirectory) return unreadableSource(path, "is a directory", contextOnly);
    const code = err.code;
    const why = code === "EACCES" || code === "EPERM" ? "cannot be read: permission denied" : code === "ENOENT" ? "cannot be read: no such file" : code === "EISDIR" ? "is a directory" : `cannot be read (${code ?? String(err)})`;
    return unreadableSource(path, why, contextOnly);
  }
  const decoded = decodeText(bytes2);
  if ("error" in decoded) return notTextSource(path, decoded, contextOnly);
  return parse(path, decoded.text, contextOnly);
}
var LOAD_CONCURRENCY = 8;
async function loadFiles(paths, cwd, contextOnly = false, parse = parseSource) {
  const out = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      out[i] = await loadFile(paths[i] ?? "", cwd, contextOnly, parse);
    }
  };
  await Promise.all(Array.from({ length: Math.min(LOAD_CONCURRENCY, paths.length) }, worker));
  return out;
}
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
  let bytes2;
  try {
    bytes2 = await readStream(stream);
  } catch (err) {
    if (err instanceof TooLarge) return tooLargeSource(path, contextOnly);
    throw err;
  }
  const decoded = decodeText(bytes2);
  return "error" in decoded ? notTextSource(path, decoded, contextOnly) : parseSource(path, decoded.text, contextOnly);
}

// src/load/fast.ts
var SCALAR_WIDTH = 2;
var COLLECTION_WIDTH = 4;
var MAX_LENGTH = 2 ** 27 - 1;
var KIND_SCALAR = 0;
var KIND_MAP = 1;
var KIND_SEQ = 2;
var KIND_KEY = 3;
var ST_PLAIN = 0;
var ST_SINGLE = 1;
var ST_DOUBLE = 2;
var ST_LITERAL = 3;
var ST_FOLDED = 4;
var STYLE_NAMES = ["plain", "single", "double", "literal", "folded"];
var LAST_SCALAR = 0;
var LAST_BLOCK_SCALAR = 1;
var LAST_EMPTY = 2;
var LAST_COLLECTION = 3;
var LF = 10;
var SP = 32;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var DOT = 46;
var COMMA = 44;
var SQ = 39;
var DQ = 34;
var LBRACK = 91;
var RBRACK = 93;
var LBRACE = 123;
var RBRACE = 125;
var BACKSLASH = 92;
var FAST_MAX_DEPTH = 100;
var MAX_KEY_LENGTH = 1e3;
var DECLINED_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
var scratch = new Int32Array(1 << 14);
var SCRATCH_MAX = 1 << 24;
var Decline = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
};
var lastDeclineReason = "";
function parseFastTree(path, text2) {
  if (DECLINED_CHARS.test(text2)) {
    lastDeclineReason = "control, tab, CR or BOM character";
    return null;
  }
  const p = new FastParser(text2);
  try {
    const roots = p.stream();
    lastDeclineReason = "";
    return { path, text: text2, tape: p.tape.slice(0, p.n), roots };
  } catch (e) {
    if (e instanceof Decline) {
      lastDeclineReason = e.reason;
      return null;
    }
    if (e instanceof RangeError) {
      lastDeclineReason = "stack";
      return null;
    }
    throw e;
  }
}
var FastParser = class {
  constructor(text2) {
    this.text = text2;
    this.len = text2.length;
    this.tape = scratch;
  }
  text;
  tape;
  /** Int32 written. */
  n = 0;
  /** Start of the next line holding content (not blank, not only a comment), or the text's length. */
  pos = 0;
  /** End of the last line that belongs to the node just parsed, its line break included. */
  endMark = 0;
  depth = 0;
  /** What the last node parsed was, for the comment lines after it (see `gap`). */
  lastKind = 0;
  /** Start of the line after the last node parsed. */
  gapStart = 0;
  /** Comment lines after the last value that go to a collection's end rather than the value's. */
  pendingEnd = -1;
  pendingIndent = -1;
  /** The last value was empty with a comment on its line. */
  emptyComment = false;
  /** The end of the last value, when it is empty and comments follow it. */
  emptyEnd = -1;
  len;
  // ---------------------------------------------------------------------------------------------
  // Records
  rec(kind, style, start, end) {
    const o = this.n;
    const width = kind === KIND_MAP || kind === KIND_SEQ ? COLLECTION_WIDTH : SCALAR_WIDTH;
    let t = this.tape;
    if (o + width > t.length) {
      const bigger = new Int32Array(t.length * 2);
      bigger.set(t);
      this.tape = t = bigger;
      if (bigger.length <= SCRATCH_MAX) scratch = bigger;
    }
    if (width === SCALAR_WIDTH) {
      if (end - start > MAX_LENGTH) throw new Decline("scalar too long");
      t[o] = kind | style << 2 | end - start << 5;
    } else {
      t[o] = kind;
    }
    t[o + 1] = start;
    this.n = o + width;
    return o;
  }
  close(o, kind, count, end) {
    if (count > MAX_LENGTH) throw new Decline("collection too large");
    this.tape[o] = kind | count << 5;
    this.tape[o + 2] = end;
    this.tape[o + 3] = this.n;
  }
  // ---------------------------------------------------------------------------------------------
  // Lines
  lineEnd(p) {
    const e = this.text.indexOf("\n", p);
    return e === -1 ? this.len : e;
  }
  /** After the line break of the line holding `p` (or the end of the text). */
  nextLine(p) {
    const e = this.text.indexOf("\n", p);
    return e === -1 ? this.len : e + 1;
  }
  indentAt(ls) {
    const t = this.text;
    let i = ls;
    while (t.charCodeAt(i) === SP) i++;
    return i - ls;
  }
  /** From line start `ls`, the start of the first line with content (not blank or a comment). */
  contentLine(ls) {
    const t = this.text;
    const len = this.len;
    while (ls < len) {
      let i = ls;
      while (t.charCodeAt(i) === SP) i++;
      const c = t.charCodeAt(i);
      if (i < len && c !== LF && c !== HASH) return ls;
      ls = this.nextLine(i);
    }
    return len;
  }
  /** `---` or `...` at `ls`, followed by a space, a line break or the end. */
  isMarker(ls) {
    const t = this.text;
    const c = t.charCodeAt(ls);
    if (c !== DASH && c !== DOT || t.charCodeAt(ls + 1) !== c || t.charCodeAt(ls + 2) !== c) return false;
    return ls + 3 >= this.len || isWhite(t.charCodeAt(ls + 3));
  }
  /** The rest of the line from `p` is spaces and perhaps a comment after a space; else decline. */
  restOfLine(p, what) {
    const t = this.text;
    const start = p;
    while (t.charCodeAt(p) === SP) p++;
    if (p >= this.len || t.charCodeAt(p) === LF) return this.nextLine(p);
    if (t.charCodeAt(p) === HASH && p > start) return this.nextLine(p);
    throw new Decline(`content after ${what}`);
  }
  // ---------------------------------------------------------------------------------------------
  // Stream and documents
  stream() {
    const t = this.text;
    const roots = [];
    let ls = this.contentLine(0);
    let first = true;
    while (ls < this.len) {
      if (this.isMarker(ls)) {
        if (t.charCodeAt(ls) === DOT) throw new Decline("document end marker");
        let q2 = ls + 3;
        while (t.charCodeAt(q2) === SP) q2++;
        const c2 = t.charCodeAt(q2);
        if (q2 < this.len && c2 !== LF && !(c2 === HASH && q2 > ls + 3)) throw new Decline("content after ---");
        const body = this.contentLine(this.nextLine(q2));
        if (body >= this.len || this.indentAt(body) === 0 && this.isMarker(body)) {
          roots.push(this.rec(KIND_SCALAR, ST_PLAIN, q2, q2));
          ls = body;
          first = false;
          continue;
        }
        ls = body;
      } else if (!first) {
        throw new Decline("content after the document");
      }
      first = false;
      const c = t.charCodeAt(ls + this.indentAt(ls));
      if (c === 37) throw new Decline("directive");
      roots.push(this.blockNode(ls, -1));
      this.nextItem();
      ls = this.pos;
      if (ls < this.len && !(this.indentAt(ls) === 0 && this.isMarker(ls))) throw new Decline("content after the document");
    }
    return roots;
  }
  // ---------------------------------------------------------------------------------------------
  // Block nodes
  /** The block node whose first line starts at `ls` (a content line), inside a parent at `parent`. */
  blockNode(ls, parent) {
    const t = this.text;
    const col = this.indentAt(ls);
    const c = ls + col;
    const ch = t.charCodeAt(c);
    if (ch === DASH && isWhiteOrEnd(t, c + 1, this.len)) return this.blockSeq(col, c);
    if (this.keyColon(c, false) !== -1) return this.blockMap(col, c);
    if (ch === LBRACK || ch === LBRACE) return this.flowInBlock(c, parent);
    if (parent < 0) throw new Decline("a scalar document");
    if (ch === SQ || ch === DQ) return this.quoted(c, parent, false, true);
    if (ch === 124 || ch === 62) throw new Decline("block scalar header on its own line");
    return this.plain(c, parent);
  }
  /**
   * When a block mapping key starts at `p`, the offset of its `:` indicator; else -1. A plain key
   * ends at `: ` (or `:` at the end of the line), a quoted one at its closing quote (single line).
   */
  keyColon(p, flow) {
    const t = this.text;
    const ch = t.charCodeAt(p);
    if (ch === SQ || ch === DQ) {
      const close = this.quotedEndOnLine(p);
      if (close === -1) return -1;
      let q2 = close;
      while (t.charCodeAt(q2) === SP) q2++;
      if (t.charCodeAt(q2) !== COLON) return -1;
      return q2;
    }
    if (!plainStart(t, p, this.len, flow)) return -1;
    const e = this.lineEnd(p);
    for (let i = p + 1; i < e; i++) {
      const c = t.charCodeAt(i);
      if (c === COLON) {
        const n = t.charCodeAt(i + 1);
        if (i + 1 >= this.len || n === SP || n === LF) return i;
      } else if (c === HASH && t.charCodeAt(i - 1) === SP) {
        return -1;
      }
    }
    return -1;
  }
  /** Offset after the closing quote of a quoted scalar that ends on the line it starts on, or -1. */
  quotedEndOnLine(p) {
    const t = this.text;
    const q2 = t.charCodeAt(p);
    for (let i = p + 1; i < this.len; i++) {
      const c = t.charCodeAt(i);
      if (c === LF) return -1;
      if (q2 === SQ) {
        if (c === SQ) {
          if (t.charCodeAt(i + 1) === SQ) i++;
          else return i + 1;
        }
      } else if (c === BACKSLASH) {
        i++;
        if (t.charCodeAt(i) === LF) return -1;
      } else if (c === DQ) {
        return i + 1;
      }
    }
    return -1;
  }
  enter() {
    if (++this.depth > FAST_MAX_DEPTH) throw new Decline("deep nesting");
  }
  /** A block mapping at column `col` whose first key starts at `k` (mid-line after `- ` too). */
  blockMap(col, k) {
    this.enter();
    const t = this.text;
    const m = this.rec(KIND_MAP, 0, k, k);
    let count = 0;
    const keys = new KeySet();
    for (; ; ) {
      const colon = this.keyColon(k, false);
      if (colon === -1) throw new Decline("not a mapping key");
      if (colon - k > MAX_KEY_LENGTH) throw new Decline("long key");
      this.key(k, colon, keys);
      this.mapValue(col, colon + 1);
      if (this.lastKind !== LAST_COLLECTION) this.gap(col);
      count++;
      const ls = this.pos;
      if (ls >= this.len) break;
      const ind = this.indentAt(ls);
      if (ind < col || ind === 0 && this.isMarker(ls)) break;
      if (ind > col) throw new Decline("bad indentation in a mapping");
      this.nextItem();
      k = ls + ind;
      const ch = t.charCodeAt(k);
      if (ch === DASH && isWhiteOrEnd(t, k + 1, this.len)) throw new Decline("sequence item among mapping keys");
    }
    this.closeBlock(m, KIND_MAP, count, col);
    return m;
  }
  /**
   * The blank and comment lines between the last value parsed (in a block collection at column
   * `col`) and the next line with content, as the `yaml` package attributes them: comment lines
   * indented past `col` that directly follow a scalar or flow collection belong to it (its end
   * extends over them); the rest, from the first comment line that is not indented past `col`, go
   * to the end of the innermost collection that the next content line closes and that is indented
   * no deeper than some of them (`closeBlock`). Only the ends of collections depend on this.
   */
  gap(col) {
    const t = this.text;
    let ls = this.gapStart;
    let attach = this.lastKind === LAST_SCALAR;
    let comments = false;
    let maxIndent = -1;
    while (ls < this.pos) {
      const ind = this.indentAt(ls);
      const c = ls + ind;
      const next = this.nextLine(c);
      if (c < this.len && t.charCodeAt(c) !== LF) {
        if (attach && ind > col) {
          this.endMark = next;
        } else {
          attach = false;
          comments = true;
          if (ind > maxIndent) maxIndent = ind;
        }
      }
      ls = next;
    }
    if (this.lastKind === LAST_EMPTY) {
      if (comments || this.emptyComment) this.emptyEnd = this.pos < this.len ? this.pos + this.indentAt(this.pos) : this.len;
      return;
    }
    if (!comments) return;
    this.pendingIndent = maxIndent;
    this.pendingEnd = this.pos < this.len ? this.pos + this.indentAt(this.pos) : this.len;
  }
  /** The next content line is the next item of the collection: the lines before it are its own. */
  nextItem() {
    this.pendingEnd = -1;
    this.emptyEnd = -1;
  }
  /** Close the block collection at record `r`, at column `col`, that the next content line ends. */
  closeBlock(r, kind, count, col) {
    if (this.emptyEnd !== -1) {
      this.endMark = this.emptyEnd;
      this.emptyEnd = -1;
    }
    const spanEnd = this.endMark;
    if (this.pendingEnd !== -1 && col !== 0 && this.pendingIndent >= col) {
      this.endMark = this.pendingEnd;
      this.pendingEnd = -1;
    }
    this.close(r, kind, count, spanEnd);
    this.depth--;
    this.lastKind = LAST_COLLECTION;
  }
  /** The key record for the key from `k` to the `:` at `colon`. */
  key(k, colon, keys) {
    const t = this.text;
    const ch = t.charCodeAt(k);
    let end;
    let style;
    let id;
    if (ch === SQ || ch === DQ) {
      end = this.quotedEndOnLine(k);
      style = ch === SQ ? ST_SINGLE : ST_DOUBLE;
      if (style === ST_DOUBLE) {
        for (let i = k + 1; i < end - 1; i++) if (t.charCodeAt(i) === BACKSLASH) i += escapeLength(t, i) - 1;
      }
      const v = scalarValue(t, style, k, end);
      if (typeof v !== "string") throw new Decline("bad quoted key");
      id = v;
    } else {
      end = colon;
      while (t.charCodeAt(end - 1) === SP) end--;
      style = ST_PLAIN;
      const src = t.slice(k, end);
      const v = resolvePlain(src);
      id = typeof v === "string" ? v : `\0${typeof v}:${String(v)}`;
    }
    if (id === "<<") throw new Decline("merge key");
    if (!keys.add(id)) throw new Decline("duplicate key");
    this.rec(KIND_KEY, style, k, end);
  }
  /** The value after a mapping key's `:` (at `after - 1`), in a mapping at column `col`. */
  mapValue(col, after2) {
    const t = this.text;
    let q2 = after2;
    while (t.charCodeAt(q2) === SP) q2++;
    const ch = t.charCodeAt(q2);
    if (q2 >= this.len || ch === LF || ch === HASH) {
      const next = this.nextLine(q2);
      const ls = this.contentLine(next);
      if (ls < this.len) {
        const ind = this.indentAt(ls);
        if (!(ind === 0 && this.isMarker(ls))) {
          if (ind > col) {
            this.blockNode(ls, col);
            return;
          }
          if (ind === col && t.charCodeAt(ls + ind) === DASH && isWhiteOrEnd(t, ls + ind + 1, this.len)) {
            this.blockSeq(col, ls + ind);
            return;
          }
        }
      }
      this.emptyScalar(q2, next, ls, false);
      return;
    }
    this.inline(q2, col, false);
  }
  /** A null scalar for an empty value: the `yaml` package puts it after the indicator and its spaces. */
  emptyScalar(q2, lineNext, nextContent, commentBefore) {
    this.rec(KIND_SCALAR, ST_PLAIN, q2, q2);
    this.emptyComment = commentBefore || this.text.charCodeAt(q2) === HASH;
    this.endMark = q2;
    this.gapStart = lineNext;
    this.lastKind = LAST_EMPTY;
    this.pos = nextContent;
  }
  /** A node that starts on the line of its key or `- ` indicator, at `q`. */
  inline(q2, parent, inSeq) {
    const t = this.text;
    const ch = t.charCodeAt(q2);
    switch (ch) {
      case SQ:
      case DQ:
        this.quoted(q2, parent, false, true);
        return;
      case LBRACK:
      case LBRACE:
        this.flowInBlock(q2, parent);
        return;
      case 124:
      // |
      case 62:
        this.blockScalar(q2, parent);
        return;
      case DASH:
        if (isWhiteOrEnd(t, q2 + 1, this.len)) throw new Decline(inSeq ? "compact nested sequence" : "sequence after a key");
        break;
    }
    this.plain(q2, parent);
  }
  /** A block sequence at column `col`, its first `-` at `d`. */
  blockSeq(col, d) {
    this.enter();
    const t = this.text;
    const s2 = this.rec(KIND_SEQ, 0, d, d);
    let count = 0;
    let commentBefore = false;
    for (; ; ) {
      let q2 = d + 1;
      while (t.charCodeAt(q2) === SP) q2++;
      const ch = t.charCodeAt(q2);
      if (q2 >= this.len || ch === LF || ch === HASH) {
        const next = this.nextLine(q2);
        const ls2 = this.contentLine(next);
        let done = false;
        if (ls2 < this.len) {
          const ind2 = this.indentAt(ls2);
          if (ind2 > col && !(ind2 === 0 && this.isMarker(ls2))) {
            this.blockNode(ls2, col);
            done = true;
          }
        }
        if (!done) this.emptyScalar(q2, next, ls2, commentBefore);
      } else if (this.keyColon(q2, false) !== -1) {
        this.blockMap(q2 - lineStartOf(t, q2), q2);
      } else {
        this.inline(q2, col, true);
      }
      if (this.lastKind !== LAST_COLLECTION) this.gap(col);
      count++;
      const ls = this.pos;
      if (ls >= this.len) break;
      const ind = this.indentAt(ls);
      if (ind < col || ind === 0 && this.isMarker(ls)) break;
      if (ind > col) throw new Decline("bad indentation in a sequence");
      d = ls + ind;
      if (!(t.charCodeAt(d) === DASH && isWhiteOrEnd(t, d + 1, this.len))) break;
      commentBefore = this.pendingEnd !== -1;
      this.nextItem();
    }
    this.closeBlock(s2, KIND_SEQ, count, col);
    return s2;
  }
  // ---------------------------------------------------------------------------------------------
  // Scalars in block context
  /** A plain scalar at `p` in block context; continuation lines must be indented past `parent`. */
  plain(p, parent) {
    const t = this.text;
    if (!plainStart(t, p, this.len, false)) throw new Decline("not a plain scalar");
    const e = this.lineEnd(p);
    let end = this.plainLineEnd(p, e);
    let comment = end < 0;
    if (comment) end = -end;
    let lastLineEnd = e;
    let multi = false;
    if (!comment) {
      let ls = e + 1;
      while (ls < this.len) {
        const ind = this.indentAt(ls);
        const c = ls + ind;
        const ch = t.charCodeAt(c);
        if (c >= this.len || ch === LF) {
          ls = this.nextLine(c);
          continue;
        }
        if (ch === HASH || ind <= parent) break;
        if (ind === 0 && this.isMarker(ls)) break;
        const le = this.lineEnd(c);
        let ce = this.plainLineEnd(c, le);
        if (ce < 0) {
          comment = true;
          ce = -ce;
        }
        end = ce;
        lastLineEnd = le;
        multi = true;
        if (comment) break;
        ls = le + 1;
      }
    }
    const r = this.rec(KIND_SCALAR, ST_PLAIN, p, end);
    if (multi && t.slice(p, end).indexOf(": ") !== -1) throw new Decline("mapping in a plain scalar");
    this.endMark = this.gapStart = lastLineEnd < this.len ? lastLineEnd + 1 : this.len;
    this.lastKind = LAST_SCALAR;
    this.pos = this.contentLine(this.endMark);
    return r;
  }
  /**
   * End of a plain scalar's content on the line [p, e): before trailing spaces and any comment.
   * Negative (minus the end) when a comment follows. Declines `: ` inside (a mapping).
   */
  plainLineEnd(p, e) {
    const t = this.text;
    let end = p;
    for (let i = p; i < e; i++) {
      const c = t.charCodeAt(i);
      if (c === SP) {
        if (t.charCodeAt(i + 1) === HASH) return -end;
        continue;
      }
      if (c === COLON && (i + 1 >= e || t.charCodeAt(i + 1) === SP)) throw new Decline("mapping indicator in a plain scalar");
      end = i + 1;
    }
    return end;
  }
  /**
   * A quoted scalar at `p`. In block context, its continuation lines must be indented past
   * `parent`; after it, the rest of the line must be blank (when `block`).
   */
  quoted(p, parent, flow, block) {
    const t = this.text;
    const q2 = t.charCodeAt(p);
    let i = p + 1;
    let lines = 0;
    for (; ; ) {
      if (i >= this.len) throw new Decline("unterminated quoted scalar");
      const c = t.charCodeAt(i);
      if (c === LF) {
        lines++;
        const ls = i + 1;
        const ind = this.indentAt(ls);
        const fc = t.charCodeAt(ls + ind);
        if (ls + ind < this.len && fc !== LF && ind <= parent) throw new Decline("quoted scalar continuation not indented");
        if (ind === 0 && this.isMarker(ls)) throw new Decline("document marker in a quoted scalar");
        i = ls;
        continue;
      }
      if (q2 === SQ) {
        if (c === SQ) {
          if (t.charCodeAt(i + 1) === SQ) {
            i += 2;
            continue;
          }
          break;
        }
      } else if (c === BACKSLASH) {
        i += escapeLength(t, i);
        continue;
      } else if (c === DQ) {
        break;
      }
      i++;
    }
    const end = i + 1;
    if (lines > 0 && flow) throw new Decline("multi-line quoted scalar in a flow collection");
    const r = this.rec(KIND_SCALAR, q2 === SQ ? ST_SINGLE : ST_DOUBLE, p, end);
    if (block) {
      this.endMark = this.gapStart = this.restOfLine(end, "a quoted scalar");
      this.lastKind = LAST_SCALAR;
      this.pos = this.contentLine(this.endMark);
    } else {
      this.pos = end;
    }
    return r;
  }
  /** A literal or folded block scalar whose header starts at `h`, under a parent at `parent`. */
  blockScalar(h, parent) {
    const t = this.text;
    const mode = t.charCodeAt(h);
    let i = h + 1;
    let keep = false;
    const c1 = t.charCodeAt(i);
    if (c1 === DASH || c1 === 43) {
      keep = c1 === 43;
      i++;
    }
    const c2 = t.charCodeAt(i);
    if (c2 >= 48 && c2 <= 57) throw new Decline("block scalar indentation indicator");
    const headerEnd = this.restOfLine(i, "a block scalar header");
    let ls = headerEnd;
    let maxBlank = 0;
    let indent = -1;
    while (ls < this.len) {
      const ind = this.indentAt(ls);
      const c = ls + ind;
      if (c >= this.len) break;
      if (t.charCodeAt(c) === LF) {
        if (ind > maxBlank) maxBlank = ind;
        ls = c + 1;
        continue;
      }
      indent = ind;
      break;
    }
    if (indent <= parent || indent < 0) throw new Decline("empty block scalar");
    if (maxBlank > indent) throw new Decline("more-indented leading blank line");
    let lastContent = ls;
    let after2 = ls;
    while (ls < this.len) {
      const ind = this.indentAt(ls);
      const c = ls + ind;
      const blank = c >= this.len || t.charCodeAt(c) === LF;
      if ((!blank || c >= this.len) && ind < indent) break;
      if (ind === 0 && !blank && this.isMarker(ls)) break;
      const next = this.nextLine(c);
      if (!blank || ind > indent) lastContent = ls;
      after2 = next;
      ls = next;
    }
    const end = keep ? after2 : this.nextLine(lastContent);
    const r = this.rec(KIND_SCALAR, mode === 124 ? ST_LITERAL : ST_FOLDED, h, end);
    this.endMark = end;
    this.gapStart = after2;
    this.lastKind = LAST_BLOCK_SCALAR;
    this.pos = this.contentLine(after2);
    return r;
  }
  // ---------------------------------------------------------------------------------------------
  // Flow collections
  /** A flow collection at `p` in block context: continuation lines indented past `parent`. */
  flowInBlock(p, parent) {
    const r = this.flow(p, parent, true);
    const t = this.text;
    let q2 = this.pos;
    while (t.charCodeAt(q2) === SP) q2++;
    if (t.charCodeAt(q2) === COLON) throw new Decline("flow collection as a key");
    this.endMark = this.gapStart = this.restOfLine(this.pos, "a flow collection");
    this.lastKind = LAST_SCALAR;
    this.pos = this.contentLine(this.endMark);
    return r;
  }
  /** Skip spaces and line breaks inside a flow collection; checks the indentation of new lines. */
  flowSpace(p, parent) {
    const t = this.text;
    for (; ; ) {
      const c = t.charCodeAt(p);
      if (c === SP) {
        p++;
      } else if (c === LF) {
        const ls = p + 1;
        const ind = this.indentAt(ls);
        const fc = t.charCodeAt(ls + ind);
        if (ls + ind < this.len && fc !== LF) {
          if (ind === 0 && this.isMarker(ls)) throw new Decline("document marker in a flow collection");
          const closing = (fc === RBRACK || fc === RBRACE) && this.depth === this.flowBase + 1 && ind === parent;
          if (ind <= parent && !closing) throw new Decline("flow collection not indented");
        }
        p = ls + ind;
      } else if (c === HASH) {
        throw new Decline("comment in a flow collection");
      } else {
        return p;
      }
    }
  }
  /** Depth at which the outermost flow collection being read started. */
  flowBase = 0;
  flow(p, parent, outermost) {
    if (outermost) this.flowBase = this.depth;
    this.enter();
    const t = this.text;
    const isMap2 = t.charCodeAt(p) === LBRACE;
    const close = isMap2 ? RBRACE : RBRACK;
    const r = this.rec(isMap2 ? KIND_MAP : KIND_SEQ, 0, p, p);
    const keys = isMap2 ? new KeySet() : null;
    let count = 0;
    let q2 = this.flowSpace(p + 1, parent);
    if (t.charCodeAt(q2) === close) {
      q2++;
    } else {
      for (; ; ) {
        if (isMap2 && keys) {
          q2 = this.flowKey(q2, parent, keys);
          q2 = this.flowSpace(q2, parent);
          q2 = this.flowItem(q2, parent);
        } else {
          q2 = this.flowItem(q2, parent);
          q2 = this.flowSpace(q2, parent);
          if (t.charCodeAt(q2) === COLON) throw new Decline("pair in a flow sequence");
        }
        count++;
        q2 = this.flowSpace(q2, parent);
        const c = t.charCodeAt(q2);
        if (c === COMMA) {
          q2 = this.flowSpace(q2 + 1, parent);
          if (t.charCodeAt(q2) === close || t.charCodeAt(q2) === COMMA) throw new Decline("empty flow entry");
          continue;
        }
        if (c === close) {
          q2++;
          break;
        }
        throw new Decline("unexpected character in a flow collection");
      }
    }
    this.close(r, isMap2 ? KIND_MAP : KIND_SEQ, count, q2);
    this.depth--;
    this.pos = q2;
    return r;
  }
  /** A flow mapping key at `q` and its `:`; returns the offset after the `:`. */
  flowKey(q2, parent, keys) {
    const t = this.text;
    const ch = t.charCodeAt(q2);
    let end;
    let colon;
    if (ch === SQ || ch === DQ) {
      end = this.quotedEndOnLine(q2);
      if (end === -1) throw new Decline("flow key over several lines");
      colon = end;
      while (t.charCodeAt(colon) === SP) colon++;
      if (t.charCodeAt(colon) !== COLON) throw new Decline("flow key without a value");
    } else {
      if (!plainStart(t, q2, this.len, true)) throw new Decline("bad flow key");
      end = this.flowPlainEnd(q2);
      colon = end;
      while (t.charCodeAt(colon) === SP) colon++;
      if (t.charCodeAt(colon) !== COLON || !isWhiteOrEnd(t, colon + 1, this.len)) throw new Decline("flow key without a value");
    }
    if (colon - q2 > MAX_KEY_LENGTH) throw new Decline("long key");
    this.key(q2, colon, keys);
    const v = this.flowSpace(colon + 1, parent);
    const c = t.charCodeAt(v);
    if (c === COMMA || c === RBRACE || c === RBRACK) throw new Decline("empty flow value");
    return v;
  }
  /** One flow node at `q`; returns the offset after it. */
  flowItem(q2, parent) {
    const t = this.text;
    const ch = t.charCodeAt(q2);
    if (ch === LBRACK || ch === LBRACE) {
      this.flow(q2, parent, false);
      return this.pos;
    }
    if (ch === SQ || ch === DQ) {
      this.quoted(q2, parent, true, false);
      return this.pos;
    }
    if (!plainStart(t, q2, this.len, true)) throw new Decline("bad flow scalar");
    const end = this.flowPlainEnd(q2);
    this.rec(KIND_SCALAR, ST_PLAIN, q2, end);
    let n = end;
    while (t.charCodeAt(n) === SP) n++;
    if (t.charCodeAt(n) === LF) {
      n = this.flowSpace(n, parent);
      const c = t.charCodeAt(n);
      if (c !== COMMA && c !== RBRACK && c !== RBRACE) throw new Decline("multi-line plain scalar in a flow collection");
    }
    return end;
  }
  /** End of a plain scalar in flow context on its line (before trailing spaces). */
  flowPlainEnd(q2) {
    const t = this.text;
    let end = q2;
    for (let i = q2; i < this.len; i++) {
      const c = t.charCodeAt(i);
      if (c === LF || c === COMMA || c === LBRACK || c === RBRACK || c === LBRACE || c === RBRACE) break;
      if (c === SP) {
        if (t.charCodeAt(i + 1) === HASH) throw new Decline("comment in a flow collection");
        continue;
      }
      if (c === COLON) {
        const n = t.charCodeAt(i + 1);
        if (i + 1 >= this.len || n === SP || n === LF || n === COMMA || n === LBRACK || n === RBRACK || n === LBRACE || n === RBRACE) break;
      }
      end = i + 1;
    }
    return end;
  }
};
var KeySet = class {
  list = [];
  set = null;
  add(id) {
    if (this.set) {
      if (this.set.has(id)) return false;
      this.set.add(id);
      return true;
    }
    const l = this.list;
    for (let i = 0; i < l.length; i++) if (l[i] === id) return false;
    l.push(id);
    if (l.length > 16) this.set = new Set(l);
    return true;
  }
};
var isWhite = (c) => c === SP || c === LF || Number.isNaN(c);
var isWhiteOrEnd = (t, i, len) => i >= len || isWhite(t.charCodeAt(i));
function lineStartOf(t, p) {
  return t.lastIndexOf("\n", p - 1) + 1;
}
var INDICATORS = /* @__PURE__ */ new Set([45, 63, 58, 44, 91, 93, 123, 125, 35, 38, 42, 33, 124, 62, 39, 34, 37, 64, 96]);
var FLOW_INDICATORS = /* @__PURE__ */ new Set([COMMA, LBRACK, RBRACK, LBRACE, RBRACE]);
var ESCAPES = new Set([...'0abefnrtvN_LP "/\\'].map((c) => c.charCodeAt(0)));
function escapeLength(t, i) {
  const n = t.charCodeAt(i + 1);
  if (n === 120 || n === 117 || n === 85) {
    const len = n === 120 ? 2 : n === 117 ? 4 : 8;
    const hex = t.slice(i + 2, i + 2 + len);
    if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex) || parseInt(hex, 16) > 1114111) throw new Decline("bad escape");
    return 2 + len;
  }
  if (!ESCAPES.has(n) && n !== LF) throw new Decline("bad escape");
  return 2;
}
function plainStart(t, p, len, flow) {
  if (p >= len) return false;
  const c = t.charCodeAt(p);
  if (c === SP || c === LF) return false;
  if (!INDICATORS.has(c)) return true;
  if (c !== DASH && c !== 63 && c !== COLON) return false;
  const n = t.charCodeAt(p + 1);
  if (p + 1 >= len || n === SP || n === LF) return false;
  return !(flow && FLOW_INDICATORS.has(n));
}
var WORDS = /* @__PURE__ */ new Map([
  ["null", null],
  ["Null", null],
  ["NULL", null],
  ["true", true],
  ["True", true],
  ["TRUE", true],
  ["false", false],
  ["False", false],
  ["FALSE", false]
]);
function resolvePlain(s2) {
  const c = s2.charCodeAt(0);
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90) {
    if (s2.length > 5 || c !== 110 && c !== 78 && c !== 116 && c !== 84 && c !== 102 && c !== 70) return s2;
    const w = WORDS.get(s2);
    return w === void 0 ? s2 : w;
  }
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s2)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s2)) return s2[0] === "t" || s2[0] === "T";
  if (/^0o[0-7]+$/.test(s2)) return parseInt(s2.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s2)) return parseInt(s2, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s2)) return parseInt(s2.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s2)) {
    return s2.slice(-3).toLowerCase() === "nan" ? NaN : s2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s2)) return parseFloat(s2);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s2)) return parseFloat(s2);
  return s2;
}
function scalarValue(t, style, start, end) {
  const src = t.slice(start, end);
  switch (style) {
    case ST_PLAIN:
      return resolvePlain(src.indexOf("\n") === -1 ? src : unfoldLines(src));
    case ST_SINGLE: {
      const inner = src.slice(1, -1);
      return inner.indexOf("\n") === -1 && inner.indexOf("'") === -1 ? inner : unfoldLines(inner).replace(/''/g, "'");
    }
    case ST_DOUBLE:
      return src.indexOf("\\") === -1 && src.indexOf("\n") === -1 ? src.slice(1, -1) : doubleQuotedValue(src);
    default:
      return blockScalarValue(src);
  }
}
function keyText(t, style, start, end) {
  const v = scalarValue(t, style, start, end);
  return typeof v === "string" ? v : v === null ? "null" : String(v);
}
function unfoldLines(source) {
  const line = /(.*?)\n/sy;
  let match = line.exec(source);
  if (!match) return source;
  let res = (match[1] ?? "").replace(/(?<! ) +$/, "");
  let sep5 = " ";
  let pos = line.lastIndex;
  while (match = line.exec(source)) {
    const lm = (match[1] ?? "").replace(/^ +|(?<! ) +$/g, "");
    if (lm === "") {
      if (sep5 === "\n") res += sep5;
      else sep5 = "\n";
    } else {
      res += sep5 + lm;
      sep5 = " ";
    }
    pos = line.lastIndex;
  }
  const last = / *(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep5 + (match?.[1] ?? "");
}
var ESCAPE_CODES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\"
};
function doubleQuotedValue(source) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\n") {
      let fold = "";
      let n = source[i + 1];
      while (n === " " || n === "\n") {
        if (n === "\n") fold += "\n";
        i += 1;
        n = source[i + 1];
      }
      res += fold || " ";
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = next === void 0 ? void 0 : ESCAPE_CODES[next];
      if (cc) res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " ") next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += String.fromCodePoint(parseInt(source.substr(i + 1, length), 16));
        i += length;
      }
    } else if (ch === " ") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " ") next = source[++i + 1];
      if (next !== "\n") res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  return res;
}
function blockScalarValue(src) {
  const nl = src.indexOf("\n");
  const header = src.slice(0, nl);
  const folded = header[0] === ">";
  const chomp = header[1] === "-" || header[1] === "+" ? header[1] : "";
  const body = src.slice(nl + 1);
  const lines = splitLines(body);
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    if ((lines[i]?.[1] ?? "") === "") chompStart = i;
    else break;
  }
  let trimIndent = 0;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i] ?? ["", ""];
    if (content === "") {
      if (indent.length > trimIndent) trimIndent = indent.length;
    } else {
      trimIndent = indent.length;
      contentStart = i;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) if ((lines[i]?.[0].length ?? 0) > trimIndent) chompStart = i + 1;
  let value = "";
  let sep5 = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += (lines[i]?.[0] ?? "").slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    const [indent, content] = lines[i] ?? ["", ""];
    if (!folded) {
      value += sep5 + indent.slice(trimIndent) + content;
      sep5 = "\n";
    } else if (indent.length > trimIndent) {
      if (sep5 === " ") sep5 = "\n";
      else if (!prevMoreIndented && sep5 === "\n") sep5 = "\n\n";
      value += sep5 + indent.slice(trimIndent) + content;
      sep5 = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep5 === "\n") value += "\n";
      else sep5 = "\n";
    } else {
      value += sep5 + content;
      sep5 = " ";
      prevMoreIndented = false;
    }
  }
  if (chomp === "+") {
    for (let i = chompStart; i < lines.length; ++i) value += "\n" + (lines[i]?.[0] ?? "").slice(trimIndent);
    if (value[value.length - 1] !== "\n") value += "\n";
  } else if (chomp !== "-") {
    value += "\n";
  }
  return value;
}
function splitLines(source) {
  const split = source.split(/\n( *)/);
  const first = split[0] ?? "";
  const m = /^( *)/.exec(first);
  const lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i] ?? "", split[i + 1] ?? ""]);
  return lines;
}
var isCollection2 = (tape, r) => ((tape[r] ?? 0) & 3) === KIND_MAP || ((tape[r] ?? 0) & 3) === KIND_SEQ;
var startOf = (tape, r) => tape[r + 1] ?? 0;
var endOf = (tape, r) => isCollection2(tape, r) ? tape[r + 2] ?? 0 : (tape[r + 1] ?? 0) + ((tape[r] ?? 0) >>> 5);
var styleOf = (tape, r) => (tape[r] ?? 0) >> 2 & 7;
var spanOf2 = (tree, r) => ({ file: tree.path, start: startOf(tree.tape, r), end: endOf(tree.tape, r) });
function after(tape, r) {
  return isCollection2(tape, r) ? tape[r + 3] ?? 0 : r + SCALAR_WIDTH;
}
function keyIs(tree, k, key) {
  const { tape, text: text2 } = tree;
  const start = startOf(tape, k);
  const end = endOf(tape, k);
  const style = styleOf(tape, k);
  if (style === ST_PLAIN) {
    const c = text2.charCodeAt(start);
    if ((c >= 97 && c <= 122 || c >= 65 && c <= 90) && end - start > 5) return end - start === key.length && text2.startsWith(key, start);
  } else if (end - start - 2 < key.length && style !== ST_LITERAL && style !== ST_FOLDED) {
    return false;
  }
  return keyText(text2, style, start, end) === key;
}
function view(tree, r) {
  const kind = (tree.tape[r] ?? 0) & 3;
  if (kind === KIND_MAP) return new FastMap(tree, r);
  if (kind === KIND_SEQ) return new FastSeq(tree, r);
  return new FastScalar(tree, r);
}
var FastScalar = class {
  constructor(tree, r) {
    this.tree = tree;
    this.r = r;
    const t = tree.tape;
    this.value = scalarValue(tree.text, styleOf(t, r), startOf(t, r), endOf(t, r));
  }
  tree;
  r;
  value;
  get kind() {
    return "scalar";
  }
  get style() {
    return STYLE_NAMES[styleOf(this.tree.tape, this.r)] ?? "plain";
  }
  get span() {
    return spanOf2(this.tree, this.r);
  }
  get source() {
    const s2 = spanOf2(this.tree, this.r);
    return this.tree.text.slice(s2.start, s2.end);
  }
};
var FastEntry = class {
  constructor(tree, k, key) {
    this.tree = tree;
    this.k = k;
    this.key = key;
  }
  tree;
  k;
  key;
  get keySpan() {
    return spanOf2(this.tree, this.k);
  }
  get value() {
    return child(this.tree, this.k + SCALAR_WIDTH);
  }
};
function child(tree, r) {
  if (((tree.tape[r] ?? 0) & 3) === KIND_SCALAR) return view(tree, r);
  const views2 = tree.views ??= /* @__PURE__ */ new Map();
  let v = views2.get(r);
  if (!v) {
    v = view(tree, r);
    views2.set(r, v);
  }
  return v;
}
var FastCollection = class {
  constructor(tree, r) {
    this.tree = tree;
    this.r = r;
  }
  tree;
  r;
  get span() {
    return spanOf2(this.tree, this.r);
  }
  get count() {
    return (this.tree.tape[this.r] ?? 0) >>> 5;
  }
};
var FastMap = class extends FastCollection {
  get kind() {
    return "map";
  }
  /** The entries, listed anew on each access (they hold no state; a collection value is always the same view). */
  get entries() {
    const { tape, text: text2 } = this.tree;
    const n = this.count;
    const out = new Array(n);
    let k = this.r + COLLECTION_WIDTH;
    for (let i = 0; i < n; i++) {
      const key = internKey(keyText(text2, styleOf(tape, k), startOf(tape, k), endOf(tape, k)));
      out[i] = new FastEntry(this.tree, k, key);
      k = after(tape, k + SCALAR_WIDTH);
    }
    return out;
  }
  /** The value of the first entry with `key` (as `entry(map, key)?.value`), without listing the entries. */
  valueAt(key) {
    const { tape } = this.tree;
    const n = this.count;
    let k = this.r + COLLECTION_WIDTH;
    for (let i = 0; i < n; i++) {
      if (keyIs(this.tree, k, key)) return child(this.tree, k + SCALAR_WIDTH);
      k = after(tape, k + SCALAR_WIDTH);
    }
    return void 0;
  }
};
var FastSeq = class extends FastCollection {
  get kind() {
    return "seq";
  }
  get items() {
    const { tape } = this.tree;
    const n = this.count;
    const out = new Array(n);
    let k = this.r + COLLECTION_WIDTH;
    for (let j = 0; j < n; j++) {
      out[j] = child(this.tree, k);
      k = after(tape, k);
    }
    return out;
  }
};
function valueAt(map, key) {
  if (map instanceof FastMap) return map.valueAt(key);
  for (const e of map.entries) if (e.key === key) return e.value;
  return void 0;
}
var keyStrings = /* @__PURE__ */ new Map();
function internKey(k) {
  if (k.length > 64) return k;
  const seen = keyStrings.get(k);
  if (seen !== void 0) return seen;
  if (keyStrings.size > 1e5) keyStrings.clear();
  keyStrings.set(k, k);
  return k;
}
var fastSources = /* @__PURE__ */ new WeakSet();
var NO_PROBLEMS = Object.freeze([]);
function isFastSource(file) {
  return fastSources.has(file);
}
function parseFast(path, text2, contextOnly = false) {
  const tree = parseFastTree(path, text2);
  if (!tree) return null;
  const documents = tree.roots.map((r, index) => ({ index, root: view(tree, r), problems: NO_PROBLEMS }));
  const file = { path, text: text2, documents, problems: NO_PROBLEMS, contextOnly };
  fastSources.add(file);
  return file;
}
function parseManifest(path, text2, contextOnly = false) {
  return parseFast(path, text2, contextOnly) ?? parseSource(path, text2, contextOnly);
}
function sameTree(a, b) {
  if (a.path !== b.path || a.text !== b.text || a.documents.length !== b.documents.length) return false;
  if (!sameProblems(a.problems, b.problems)) return false;
  for (let i = 0; i < a.documents.length; i++) {
    const x = a.documents[i];
    const y = b.documents[i];
    if (!x || !y || x.index !== y.index || !sameProblems(x.problems, y.problems)) return false;
    if (x.root === null || y.root === null ? x.root !== y.root : !sameNode(x.root, y.root)) return false;
  }
  return true;
}
var sameSpan = (a, b) => a.file === b.file && a.start === b.start && a.end === b.end;
function sameProblems(a, b) {
  return a.length === b.length && a.every((p, i) => p.code === b[i]?.code && p.message === b[i]?.message && sameSpan(p.span, b[i]?.span ?? p.span));
}
function sameNode(a, b) {
  if (a.kind !== b.kind || !sameSpan(a.span, b.span) || a.tag !== b.tag) return false;
  if (a.kind === "scalar") return b.kind === "scalar" && Object.is(a.value, b.value) && a.style === b.style && a.source === b.source;
  if (a.kind === "map") {
    if (b.kind !== "map" || a.entries.length !== b.entries.length) return false;
    return a.entries.every((e, i) => {
      const f = b.entries[i];
      return f !== void 0 && e.key === f.key && sameSpan(e.keySpan, f.keySpan) && sameNode(e.value, f.value);
    });
  }
  return b.kind === "seq" && a.items.length === b.items.length && a.items.every((n, i) => {
    const m = b.items[i];
    return m !== void 0 && sameNode(n, m);
  });
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
  constructor(s2) {
    this.s = s2;
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
    const open2 = this.i;
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
    const raw = this.s.slice(open2, this.i + 1);
    this.i++;
    return { t: "string", v: JSON.parse(raw), start: open2 + 1, end: this.i - 1 };
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
function goUnmarshalStringList(s2) {
  const sc = new Scanner(s2);
  let top;
  try {
    top = sc.value();
    sc.ws();
    if (sc.i < s2.length) sc.fail("after top-level value");
  } catch (e) {
    if (e instanceof SyntaxErr) return { ok: false, error: e.message, offset: e.offset, kind: "syntax" };
    throw e;
  }
  if (top.t === "null") return { ok: true, items: null };
  if (top.t !== "array") {
    const offset = top.t === "string" ? top.start - 1 : top.start;
    return { ok: false, error: `json: cannot unmarshal ${GO_TYPE[top.t] ?? top.t} into Go value of type []string`, offset, kind: "type" };
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
function parseIPv4Fields(s2) {
  const parts = s2.split(".");
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
function parseIPv6(s2) {
  if (s2.length === 0 || s2.includes("%")) return null;
  let head = s2;
  let v4tail = null;
  const lastColon = s2.lastIndexOf(":");
  if (s2.includes(".")) {
    v4tail = parseIPv4Fields(s2.slice(lastColon + 1));
    if (v4tail === null) return null;
    head = s2.slice(0, lastColon + 1);
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
function parseIP(s2) {
  if (s2.includes(":")) {
    const v2 = parseIPv6(s2);
    if (v2 === null) return null;
    if (v2 >> 32n === 0xffffn) return { family: 4, value: v2 & 0xffffffffn };
    return { family: 6, value: v2 };
  }
  const v = parseIPv4Fields(s2);
  return v === null ? null : { family: 4, value: v };
}
function parseCIDR(s2) {
  const slash = s2.indexOf("/");
  if (slash === -1) return null;
  const addr = s2.slice(0, slash);
  const mask = s2.slice(slash + 1);
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
function parseCIDROrIP(s2) {
  if (s2.includes("/")) return parseCIDR(s2);
  const ip = parseIP(s2);
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
var NAMESPACE_KEYS = ["ipv4pools", "ipv6pools", "ipFamilies"];
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
    const width = (raw.codePointAt(r.offset) ?? 0) > 65535 ? 2 : 1;
    const span = r.offset < raw.length ? innerSpan(node, r.offset, r.offset + width) : node.span;
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

// src/model/tree.ts
function entry(map, key) {
  if (!map || map.kind !== "map") return void 0;
  for (const e of map.entries) if (e.key === key) return e;
  return void 0;
}
function get(node, ...path) {
  let cur = node;
  for (const k of path) {
    cur = cur?.kind === "map" ? valueAt(cur, k) : void 0;
    if (!cur) return void 0;
  }
  return cur ?? void 0;
}
var asMap = (n) => n?.kind === "map" ? n : void 0;
var asSeq = (n) => n?.kind === "seq" ? n : void 0;
var asScalar = (n) => n?.kind === "scalar" ? n : void 0;
function str(n) {
  const s2 = asScalar(n);
  return s2 && typeof s2.value === "string" ? s2.value : void 0;
}
function text(n) {
  const s2 = asScalar(n);
  if (!s2 || s2.value === null) return void 0;
  return typeof s2.value === "string" ? s2.value : String(s2.value);
}
function num(n) {
  const s2 = asScalar(n);
  if (!s2) return void 0;
  if (typeof s2.value === "number" && Number.isFinite(s2.value)) return s2.value;
  if (typeof s2.value === "bigint") return Number(s2.value);
  return void 0;
}
function bool(n) {
  const s2 = asScalar(n);
  return s2 && typeof s2.value === "boolean" ? s2.value : void 0;
}
function toPlain(n) {
  if (!n) return void 0;
  if (n.kind === "scalar") return typeof n.value === "bigint" ? Number(n.value) : n.value;
  if (n.kind === "seq") return n.items.map((i) => toPlain(i));
  const out = {};
  for (const e of n.entries) Object.defineProperty(out, e.key, { value: toPlain(e.value), enumerable: true, writable: true, configurable: true });
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

// src/model/cni.ts
var calicoIpamRuns = (cni) => !cni || cni.plugin === "Calico" && cni.ipam === "calico-ipam";
var OPERATOR_IPAM = { Calico: "calico-ipam", HostLocal: "host-local" };
var CNI_CONFIGMAPS = /* @__PURE__ */ new Set(["calico-config", "canal-config"]);
function fromInstallation(o) {
  const name = `Installation ${o.ref.name ?? "(unnamed)"}`;
  const typeNode = get(o.node, "spec", "cni", "type");
  const plugin = typeNode ? str(typeNode) : "Calico";
  if (plugin === void 0) return null;
  if (plugin !== "Calico") return { plugin, ipam: null, object: o, span: typeNode?.span ?? o.ref.span, source: `${name} spec.cni.type: ${plugin}` };
  const ipamNode = get(o.node, "spec", "cni", "ipam", "type");
  const ipamType = ipamNode ? str(ipamNode) : "Calico";
  const ipam = ipamType !== void 0 ? OPERATOR_IPAM[ipamType] : void 0;
  if (ipam === void 0) return null;
  const span = ipamNode?.span ?? typeNode?.span ?? o.ref.span;
  const source = ipamNode ? `${name} spec.cni.ipam.type: ${ipamType ?? ""}` : `${name} (Calico IPAM by default)`;
  return { plugin, ipam, object: o, span, source };
}
function templateIpamType(template) {
  const filled = template.replace(/__[A-Z0-9_]+__/g, (m2) => "0".padEnd(m2.length, " "));
  let parsed;
  try {
    parsed = JSON.parse(filled);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return null;
  const root = parsed;
  const plugins = Array.isArray(root.plugins) ? root.plugins : [root];
  const calico = plugins.filter((p) => !!p && typeof p === "object" && p.type === "calico");
  if (calico.length !== 1) return null;
  const ipam = calico[0]?.ipam;
  if (!ipam || typeof ipam !== "object") return null;
  const type = ipam.type;
  if (typeof type !== "string" || type === "") return null;
  const at2 = /"ipam"\s*:\s*\{/.exec(filled);
  const rest = at2 ? filled.slice(at2.index) : "";
  const m = new RegExp(`"type"\\s*:\\s*"(${type.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})"`).exec(rest);
  if (!at2 || !m?.[1]) return { type, offset: -1, length: 0 };
  return { type, offset: at2.index + m.index + m[0].length - m[1].length - 2, length: m[1].length + 2 };
}
function fromConfigMap(o) {
  const node = asScalar(get(o.node, "data", "cni_network_config"));
  if (!node || typeof node.value !== "string") return null;
  const found = templateIpamType(node.value);
  if (!found) return null;
  const span = found.offset >= 0 ? innerSpan(node, found.offset, found.offset + found.length) : node.span;
  const ns = o.ref.namespace ? `${o.ref.namespace}/` : "";
  return { plugin: "Calico", ipam: found.type, object: o, span, source: `ConfigMap ${ns}${o.ref.name ?? ""} cni_network_config ipam.type ${found.type}` };
}
function cniSetupFrom(objects, given) {
  const files = cniSetupInFiles(objects);
  if (given?.type === void 0 && given?.ipam === void 0) return files;
  const plugin = given.type ?? files?.plugin ?? "Calico";
  const ipam = plugin !== "Calico" ? null : given.ipam !== void 0 ? OPERATOR_IPAM[given.ipam] ?? given.ipam : files?.plugin === "Calico" ? files.ipam : "calico-ipam";
  if (files && files.plugin === plugin && files.ipam === ipam) return files;
  const said = [given.type !== void 0 ? `cni.type: ${given.type}` : "", given.ipam !== void 0 ? `cni.ipam: ${given.ipam}` : ""].filter(Boolean).join(", ");
  return { plugin, ipam, source: `the configuration's ${said}` };
}
function cniSetupInFiles(objects) {
  const found = [];
  for (const o of objects) {
    const group = apiGroup(o.ref.apiVersion);
    if (o.ref.kind === "Installation" && group === "operator.tigera.io") {
      const s2 = fromInstallation(o);
      if (!s2) return void 0;
      found.push(s2);
    } else if (o.ref.kind === "ConfigMap" && group === "" && CNI_CONFIGMAPS.has(o.ref.name ?? "") && (o.ref.namespace ?? "kube-system") === "kube-system") {
      if (!get(o.node, "data", "cni_network_config")) continue;
      const s2 = fromConfigMap(o);
      if (!s2) return void 0;
      found.push(s2);
    }
  }
  const first = found[0];
  if (!first) return void 0;
  if (found.some((s2) => s2.plugin !== first.plugin || s2.ipam !== first.ipam)) return void 0;
  return found.find((s2) => s2.object && s2.span !== s2.object.ref.span) ?? first;
}
var IPAM_ONLY = ["ipv4pools", "ipv6pools", "ipFamilies"];
var STATIC_KEYS = ["ipAddrs", "ipAddrsNoIpam"];
var CNI_ONLY = [...IPAM_ONLY, ...STATIC_KEYS, "hwAddr"];
function splitForCni(c, cni, site) {
  if (calicoIpamRuns(cni)) return { kept: c };
  let drop;
  if (site === "namespace") drop = IPAM_ONLY;
  else if (cni?.plugin !== "Calico") drop = CNI_ONLY;
  else {
    const both = c.lists.ipAddrs?.raw && c.lists.ipAddrsNoIpam?.raw;
    drop = both ? IPAM_ONLY : [...IPAM_ONLY, ...STATIC_KEYS];
  }
  const gone = c.all.filter((e) => drop.includes(shortKey(e.key)));
  if (gone.length === 0) return { kept: c };
  return { kept: decodeCalico(c.all.filter((e) => !gone.includes(e))), unread: decodeCalico(gone) };
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
  const cni = cniSetupFrom(objects, options.cni);
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
      const split = splitForCni(decodeCalico(o.annotations), cni, "namespace");
      namespaceList.push({ object: o, name: o.ref.name, calico: split.kept, ...split.unread ? { cniUnread: split.unread } : {} });
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
      for (const c of podCidrsFrom(o, group)) podCidrs.push(c);
    }
  }
  for (const c of options.podCidrs ?? []) {
    for (const part of c.split(",")) {
      const t = part.trim();
      if (t) podCidrs.push({ text: t, cidr: parseCIDR(t), source: "--pod-cidr" });
    }
  }
  for (const o of installations) for (const p of installationPools(o, podCidrs)) pools.push(p);
  const podSources = workloads.map(({ o, w }) => podSourceFrom(o, w, defaultNamespace, hpas, cni)).filter((p) => p !== null);
  const namespaces = /* @__PURE__ */ new Map();
  for (const n of namespaceList) if (!namespaces.has(n.name)) namespaces.set(n.name, n);
  const inputs = { ...options.live ? { live: options.live } : {}, ...options.changedSince ? { changedSince: options.changedSince } : {} };
  return { files, objects, podSources, namespaces, namespaceList, pools, reservations, ipamConfigs, podCidrs, hpas, ...cni ? { cni } : {}, defaultNamespace, ...inputs };
}
function loc(n, v) {
  return n && v !== void 0 ? { value: v, span: n.span } : void 0;
}
function podSourceFrom(o, w, defaultNamespace, hpas, cni) {
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
  const split = splitForCni(decodeCalico(ann.list), cni, "pod");
  return {
    object: o,
    workload: w,
    namespace,
    template,
    templateSpan: template.span,
    podAnnotations: ann.list,
    ...ann.node ? { podAnnotationsNode: ann.node } : {},
    calico: split.kept,
    ...split.unread ? { cniUnread: split.unread } : {},
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
  const s2 = asSeq(n);
  const list = s2 ? s2.items.map((i) => text(i) ?? "") : [];
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
    const platform = podCidrs.filter((p) => p.cidr && (p.source === "ClusterConfiguration" || p.source === "kubeadm-config" || p.source === "Network"));
    const cidrs = platform.length > 0 ? platform.map((p) => p.text) : ["192.168.0.0/16"];
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
      return m[1].split(",").map((s2) => s2.trim()).filter(Boolean).map((s2) => ({ text: s2, cidr: parseCIDR(s2), source: "kubeadm-config", span: data.span, object: o }));
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

// src/model/live.ts
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var s = (v) => typeof v === "string" ? v : void 0;
function controllerOf(meta) {
  const refs = Array.isArray(meta?.["ownerReferences"]) ? meta["ownerReferences"] : [];
  const objs = refs.filter(isObj);
  const ref = objs.find((r) => r["controller"] === true) ?? (objs.length === 1 ? objs[0] : void 0);
  const kind = s(ref?.["kind"]);
  const name = s(ref?.["name"]);
  return kind && name ? { kind, name } : void 0;
}
function canonical(text2) {
  const ip = parseIP(text2.trim());
  return ip ? ipString(ip) : void 0;
}
function noIpamOf(annotations) {
  const raw = s(annotations?.["cni.projectcalico.org/ipAddrsNoIpam"]);
  if (!raw) return [];
  try {
    const list = JSON.parse(raw);
    return Array.isArray(list) ? list.flatMap((x) => typeof x === "string" ? [canonical(x)].filter((c) => c !== void 0) : []) : [];
  } catch {
    return [];
  }
}
function livePodsFrom(data, source) {
  if (!isObj(data)) return { error: "expected the output of `kubectl get pods -A -o json` (a List of Pods)" };
  const kind = s(data["kind"]);
  const items = kind === "Pod" ? [data] : Array.isArray(data["items"]) ? data["items"] : null;
  if (!items || kind !== "Pod" && kind !== void 0 && !kind.endsWith("List")) {
    return { error: `expected the output of \`kubectl get pods -A -o json\` (a List of Pods), not ${kind ? `a ${kind}` : "this"}` };
  }
  const objects = items.filter(isObj);
  const controllers = /* @__PURE__ */ new Map();
  for (const o of objects) {
    const k = s(o["kind"]);
    if (!k || k === "Pod") continue;
    const meta = isObj(o["metadata"]) ? o["metadata"] : void 0;
    const name = s(meta?.["name"]);
    if (name) controllers.set(`${s(meta?.["namespace"]) ?? ""}/${k}/${name}`, controllerOf(meta));
  }
  const pods = [];
  for (const o of objects) {
    if (s(o["kind"]) !== void 0 && s(o["kind"]) !== "Pod") continue;
    const meta = isObj(o["metadata"]) ? o["metadata"] : void 0;
    const spec = isObj(o["spec"]) ? o["spec"] : void 0;
    const status = isObj(o["status"]) ? o["status"] : void 0;
    const name = s(meta?.["name"]);
    if (!name || spec?.["hostNetwork"] === true) continue;
    const phase = s(status?.["phase"]);
    if (phase === "Succeeded" || phase === "Failed") continue;
    const namespace = s(meta?.["namespace"]) ?? "default";
    const ipTexts = Array.isArray(status?.["podIPs"]) ? status["podIPs"].map((p) => isObj(p) ? s(p["ip"]) : void 0) : [s(status?.["podIP"])];
    const ips = [...new Set(ipTexts.flatMap((t) => t ? [canonical(t)].filter((c) => c !== void 0) : []))];
    if (ips.length === 0) continue;
    const owners = [];
    const seen = /* @__PURE__ */ new Set();
    for (let ref = controllerOf(meta); ref; ) {
      const key = `${namespace}/${ref.kind}/${ref.name}`;
      if (seen.has(key)) break;
      seen.add(key);
      owners.push(ref);
      ref = controllers.get(key);
    }
    const labels = {};
    if (isObj(meta?.["labels"])) {
      for (const [k, v] of Object.entries(meta["labels"])) if (typeof v === "string") labels[k] = v;
    }
    const annotations = isObj(meta?.["annotations"]) ? meta["annotations"] : void 0;
    pods.push({ namespace, name, ips, owners, labels, noIpam: noIpamOf(annotations) });
  }
  return { pods, source };
}
var suffixed = (name, base, suffix) => name.startsWith(`${base}-`) && suffix.test(name.slice(base.length + 1));
var TEMPLATE_HASH = /^[bcdfghjklmnpqrstvwxz2456789]{1,10}$/;
function sameWorkload(pod, kind, namespace, name) {
  if (pod.namespace !== namespace) return false;
  if (kind === "Pod") return pod.name === name;
  if (pod.owners.some((o) => o.kind === kind && o.name === name)) return true;
  const direct = pod.owners[0];
  if (!direct || pod.owners.length > 1) return false;
  if ((kind === "Deployment" || kind === "Rollout") && direct.kind === "ReplicaSet") {
    const hash = kind === "Deployment" ? pod.labels["pod-template-hash"] : pod.labels["rollouts-pod-template-hash"];
    return hash ? direct.name === `${name}-${hash}` : suffixed(direct.name, name, TEMPLATE_HASH);
  }
  if (kind === "CronJob" && direct.kind === "Job") return suffixed(direct.name, name, /^\d+$/);
  return false;
}

// src/model/settings.ts
var DEFAULT_SETTINGS = {
  featureFlags: {},
  calicoVersion: "v3.32",
  poolsComplete: false
};

// src/model/selector.ts
var MAX_LABEL_LENGTH = 512;
var Fail = class extends Error {
  constructor(detail2, start, stop) {
    super(detail2);
    this.detail = detail2;
    this.start = start;
    this.stop = stop;
  }
  detail;
  start;
  stop;
};
var isWhitespace = (c) => c === " " || c === "	";
var isIdentChar = (c) => c !== void 0 && /^[a-zA-Z0-9_./-]$/.test(c);
function skipWhitespace(text2, i) {
  while (isWhitespace(text2[i])) i++;
  return i;
}
function keywordAt(text2, i, word) {
  if (!text2.startsWith(word, i)) return null;
  const after2 = i + word.length;
  return isIdentChar(text2[after2]) ? null : after2;
}
function twoWordsAt(text2, i, first, second) {
  if (!text2.startsWith(first, i)) return null;
  const j = skipWhitespace(text2, i + first.length);
  if (!text2.startsWith(second, j)) return null;
  const end = j + second.length;
  return isIdentChar(text2[skipWhitespace(text2, end)]) ? null : end;
}
function identifierAt(text2, i) {
  let j = i;
  while (isIdentChar(text2[j])) j++;
  const ident = text2.slice(i, j);
  if (ident.length > MAX_LABEL_LENGTH) throw new Fail(`label too long (${ident.length} characters; at most ${MAX_LABEL_LENGTH})`, i, j);
  if (ident === "") {
    const c = text2[i];
    throw new Fail(c === void 0 ? "expected identifier" : `expected identifier, found ${JSON.stringify(c)}`, i, c === void 0 ? i : i + 1);
  }
  return ident;
}
function tokenize(text2) {
  const out = [];
  let i = 0;
  const push = (kind, start, end, value = "") => {
    out.push({ kind, value, start, end });
    i = end;
  };
  for (; ; ) {
    i = skipWhitespace(text2, i);
    if (i >= text2.length) {
      push("eof", text2.length, text2.length);
      return out;
    }
    const c = text2[i];
    const last = out[out.length - 1];
    switch (c) {
      case "(":
        push("lparen", i, i + 1);
        continue;
      case ")":
        push("rparen", i, i + 1);
        continue;
      case "{":
        push("lbrace", i, i + 1);
        continue;
      case "}":
        push("rbrace", i, i + 1);
        continue;
      case ",":
        push("comma", i, i + 1);
        continue;
      case '"':
      case "'": {
        const close = text2.indexOf(c, i + 1);
        if (close === -1) throw new Fail("unterminated string", i, text2.length);
        push("string", i, close + 1, text2.slice(i + 1, close));
        continue;
      }
      case "=":
        if (text2[i + 1] !== "=") throw new Fail("expected ==", i, i + 1);
        push("eq", i, i + 2);
        continue;
      case "!":
        if (text2[i + 1] === "=") push("ne", i, i + 2);
        else push("not", i, i + 1);
        continue;
      case "&":
        if (text2[i + 1] !== "&") throw new Fail("expected &&", i, i + 1);
        push("and", i, i + 2);
        continue;
      case "|":
        if (text2[i + 1] !== "|") throw new Fail("expected ||", i, i + 1);
        push("or", i, i + 2);
        continue;
      default:
        break;
    }
    if (last?.kind === "label") {
      let end;
      if ((end = keywordAt(text2, i, "contains")) !== null) push("contains", i, end);
      else if ((end = twoWordsAt(text2, i, "starts", "with")) !== null) push("startsWith", i, end);
      else if ((end = twoWordsAt(text2, i, "ends", "with")) !== null) push("endsWith", i, end);
      else if ((end = twoWordsAt(text2, i, "not", "in")) !== null) push("notIn", i, end);
      else if ((end = keywordAt(text2, i, "in")) !== null) push("in", i, end);
      else {
        let j = i;
        while (j < text2.length && !isWhitespace(text2[j])) j++;
        throw new Fail(`expected operator after label ${JSON.stringify(last.value)}`, i, Math.max(j, i + 1));
      }
      continue;
    }
    if (text2.startsWith("has(", i)) {
      const at2 = skipWhitespace(text2, i + 4);
      const ident2 = identifierAt(text2, at2);
      const close = skipWhitespace(text2, at2 + ident2.length);
      if (text2[close] !== ")") throw new Fail("no closing ')' after has(", close, Math.min(close + 1, text2.length));
      push("has", i, close + 1, ident2);
      continue;
    }
    const fn = text2.startsWith("all(", i) ? "all" : text2.startsWith("global(", i) ? "global" : null;
    if (fn) {
      const close = skipWhitespace(text2, i + fn.length + 1);
      if (text2[close] !== ")") throw new Fail(`no closing ')' after ${fn}(`, close, Math.min(close + 1, text2.length));
      push(fn, i, close + 1);
      continue;
    }
    const ident = identifierAt(text2, i);
    push("label", i, i + ident.length, ident);
  }
}
var OPERATORS = {
  eq: "==",
  ne: "!=",
  in: "in",
  notIn: "not in",
  contains: "contains",
  startsWith: "starts with",
  endsWith: "ends with",
  and: "&&",
  or: "||",
  not: "!",
  lparen: "(",
  rparen: ")",
  lbrace: "{",
  rbrace: "}",
  comma: ",",
  all: "all()",
  global: "global()"
};
function describe(t) {
  if (t.kind === "eof") return "the end of the selector";
  if (t.kind === "label") return `label ${JSON.stringify(t.value)}`;
  if (t.kind === "string") return `string ${JSON.stringify(t.value)}`;
  if (t.kind === "has") return `has(${t.value})`;
  return OPERATORS[t.kind] ?? t.kind;
}
var Parser2 = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  pos = 0;
  peek(k = 0) {
    return this.tokens[Math.min(this.pos + k, this.tokens.length - 1)];
  }
  fail(message, t) {
    throw new Fail(message, t.start, t.end);
  }
  root() {
    if (this.peek().kind === "eof") return { kind: "all" };
    const node = this.or();
    const rest = this.peek();
    if (rest.kind !== "eof") this.fail(`unexpected content at end of selector: ${describe(rest)}`, rest);
    return node;
  }
  or() {
    const operands = [this.and()];
    while (this.peek().kind === "or") {
      this.pos++;
      operands.push(this.and());
    }
    return operands.length === 1 ? operands[0] : { kind: "or", operands };
  }
  and() {
    const operands = [this.operation()];
    while (this.peek().kind === "and") {
      this.pos++;
      operands.push(this.operation());
    }
    return operands.length === 1 ? operands[0] : { kind: "and", operands };
  }
  operation() {
    let negated = false;
    while (this.peek().kind === "not") {
      negated = !negated;
      this.pos++;
    }
    const t = this.peek();
    let node;
    switch (t.kind) {
      case "has":
        node = { kind: "has", label: t.value };
        this.pos++;
        break;
      case "all":
      case "global":
        node = { kind: t.kind };
        this.pos++;
        break;
      case "label":
        node = this.labelOperation(t);
        break;
      case "lparen": {
        this.pos++;
        node = this.or();
        const close = this.peek();
        if (close.kind !== "rparen") this.fail(`expected ), found ${describe(close)}`, close);
        this.pos++;
        break;
      }
      default:
        this.fail(`unexpected token: ${describe(t)}`, t);
    }
    return negated ? { kind: "not", operand: node } : node;
  }
  labelOperation(label) {
    const op = this.peek(1);
    if (op.kind === "eof") this.fail("unexpected end of string looking for op", op);
    const arg = this.peek(2);
    switch (op.kind) {
      case "eq":
      case "ne":
      case "contains":
      case "startsWith":
      case "endsWith":
        if (arg.kind !== "string") this.fail(`expected string after ${OPERATORS[op.kind] ?? op.kind}, found ${describe(arg)}`, arg);
        this.pos += 3;
        return { kind: op.kind, label: label.value, value: arg.value };
      case "in":
      case "notIn": {
        if (arg.kind !== "lbrace") this.fail(`expected set literal after ${OPERATORS[op.kind] ?? op.kind}, found ${describe(arg)}`, arg);
        this.pos += 3;
        const values = [];
        while (this.peek().kind === "string") {
          values.push(this.peek().value);
          this.pos++;
          if (this.peek().kind !== "comma") break;
          this.pos++;
        }
        const close = this.peek();
        if (close.kind !== "rbrace") this.fail(`expected }, found ${describe(close)}`, close);
        this.pos++;
        return { kind: op.kind, label: label.value, values: [...new Set(values)].sort() };
      }
      default:
        return this.fail(`expected == or != after label ${JSON.stringify(label.value)}, found ${describe(op)}`, op);
    }
  }
};
function parseSelector(text2) {
  try {
    return { ok: new Parser2(tokenize(text2)).root() };
  } catch (e) {
    if (e instanceof Fail) return { error: { message: e.detail, offset: e.start, end: Math.max(e.start, e.stop) } };
    throw e;
  }
}
function lookup(labels, key) {
  if (labels instanceof Map) return labels.get(key);
  const rec = labels;
  return Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : void 0;
}
function evaluate(sel, labels) {
  switch (sel.kind) {
    case "all":
    case "global":
      return true;
    case "has":
      return lookup(labels, sel.label) !== void 0;
    case "eq": {
      const v = lookup(labels, sel.label);
      return v !== void 0 && v === sel.value;
    }
    case "ne": {
      const v = lookup(labels, sel.label);
      return v === void 0 || v !== sel.value;
    }
    case "contains": {
      const v = lookup(labels, sel.label);
      return v !== void 0 && v.includes(sel.value);
    }
    case "startsWith": {
      const v = lookup(labels, sel.label);
      return v !== void 0 && v.startsWith(sel.value);
    }
    case "endsWith": {
      const v = lookup(labels, sel.label);
      return v !== void 0 && v.endsWith(sel.value);
    }
    case "in": {
      const v = lookup(labels, sel.label);
      return v !== void 0 && sel.values.includes(v);
    }
    case "notIn": {
      const v = lookup(labels, sel.label);
      return v === void 0 || !sel.values.includes(v);
    }
    case "not":
      return !evaluate(sel.operand, labels);
    case "and":
      return sel.operands.every((o) => evaluate(o, labels));
    case "or":
      return sel.operands.some((o) => evaluate(o, labels));
  }
}

// src/fix/types.ts
var isEditFix = (f) => f !== void 0 && "edits" in f;

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
function applyFixes(text2, fixes) {
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
    const after2 = taken[lo];
    return before2 !== void 0 && before2.span.end >= e.span.start || after2 !== void 0 && after2.span.start <= e.span.end;
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
  if (applied.length === 0) return { text: text2, applied, deferred };
  let out = "";
  let at2 = 0;
  for (const e of taken) {
    out += text2.slice(at2, e.span.start) + e.text;
    at2 = e.span.end;
  }
  out += text2.slice(at2);
  return { text: out, applied, deferred };
}

// src/fix/diff.ts
function splitLines2(text2) {
  const out = [];
  let at2 = 0;
  for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", at2)) {
    out.push(text2.slice(at2, i + 1));
    at2 = i + 1;
  }
  if (at2 < text2.length) out.push(text2.slice(at2));
  return out;
}
var MAX_EDITS = 2e3;
function myers(A, B, out) {
  const n = A.length;
  const m = B.length;
  const frontiers = [];
  const xAt = (d, k) => frontiers[d][k + d];
  let done = n === 0 && m === 0;
  for (let d = 0; !done; d++) {
    if (d > MAX_EDITS) {
      for (const line of A) out.push({ kind: "del", line });
      for (const line of B) out.push({ kind: "add", line });
      return;
    }
    const v = new Int32Array(2 * d + 1);
    for (let k = -d; k <= d; k += 2) {
      let x2;
      if (d === 0) x2 = 0;
      else if (k === -d || k !== d && xAt(d - 1, k - 1) < xAt(d - 1, k + 1)) x2 = xAt(d - 1, k + 1);
      else x2 = xAt(d - 1, k - 1) + 1;
      let y2 = x2 - k;
      while (x2 < n && y2 < m && A[x2] === B[y2]) {
        x2++;
        y2++;
      }
      v[k + d] = x2;
      if (x2 >= n && y2 >= m) done = true;
    }
    frontiers.push(v);
  }
  const rev = [];
  let x = n;
  let y = m;
  for (let d = frontiers.length - 1; d >= 0; d--) {
    const k = x - y;
    let prevX = 0;
    let prevY = 0;
    if (d > 0) {
      const prevK = k === -d || k !== d && xAt(d - 1, k - 1) < xAt(d - 1, k + 1) ? k + 1 : k - 1;
      prevX = xAt(d - 1, prevK);
      prevY = prevX - prevK;
    }
    while (x > prevX && y > prevY) {
      y--;
      rev.push({ kind: "same", line: A[--x] });
    }
    if (d > 0) {
      if (x === prevX) rev.push({ kind: "add", line: B[--y] });
      else rev.push({ kind: "del", line: A[--x] });
    }
  }
  for (let i = rev.length - 1; i >= 0; i--) out.push(rev[i]);
}
function diffLines(a, b, out, depth = 0) {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) out.push({ kind: "same", line: a[pre++] });
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const A = a.slice(pre, a.length - suf);
  const B = b.slice(pre, b.length - suf);
  const tail = a.slice(a.length - suf);
  if (A.length === 0 || B.length === 0 || depth > 32) {
    myers(A, B, out);
  } else {
    const count = /* @__PURE__ */ new Map();
    A.forEach((l) => {
      const c = count.get(l) ?? [0, 0, -1];
      c[0]++;
      count.set(l, c);
    });
    B.forEach((l, j) => {
      const c = count.get(l);
      if (c) {
        c[1]++;
        c[2] = j;
      }
    });
    const pairs = [];
    A.forEach((l, i) => {
      const c = count.get(l);
      if (c && c[0] === 1 && c[1] === 1) pairs.push([i, c[2]]);
    });
    const tops = [];
    const back = [];
    pairs.forEach(([, j], p) => {
      let lo = 0;
      let hi = tops.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (pairs[tops[mid]][1] < j) lo = mid + 1;
        else hi = mid;
      }
      back[p] = lo > 0 ? tops[lo - 1] : -1;
      tops[lo] = p;
    });
    const anchors = [];
    for (let p = tops.length > 0 ? tops[tops.length - 1] : -1; p !== -1; p = back[p]) anchors.push(pairs[p]);
    anchors.reverse();
    if (anchors.length === 0) {
      myers(A, B, out);
    } else {
      let i = 0;
      let j = 0;
      for (const [ai, bj] of anchors) {
        diffLines(A.slice(i, ai), B.slice(j, bj), out, depth + 1);
        out.push({ kind: "same", line: A[ai] });
        i = ai + 1;
        j = bj + 1;
      }
      diffLines(A.slice(i), B.slice(j), out, depth + 1);
    }
  }
  for (const line of tail) out.push({ kind: "same", line });
}
function editScript(a, b) {
  const out = [];
  diffLines(a, b, out);
  return out;
}
var NO_NEWLINE = "\\ No newline at end of file\n";
function render(prefix, line) {
  return line.endsWith("\n") ? `${prefix}${line}` : `${prefix}${line}
${NO_NEWLINE}`;
}
function unifiedDiff(before2, after2, oldName, newName, context = 3) {
  if (before2 === after2) return "";
  const ops = editScript(splitLines2(before2), splitLines2(after2));
  const changed = ops.map((o, i) => o.kind === "same" ? -1 : i).filter((i) => i >= 0);
  const hunks = [];
  for (const i of changed) {
    const last = hunks[hunks.length - 1];
    if (last && i - last[1] <= 2 * context + 1) last[1] = i;
    else hunks.push([i, i]);
  }
  let out = `--- ${oldName}
+++ ${newName}
`;
  const aLine = [];
  const bLine = [];
  let al = 1;
  let bl = 1;
  for (const o of ops) {
    aLine.push(al);
    bLine.push(bl);
    if (o.kind !== "add") al++;
    if (o.kind !== "del") bl++;
  }
  for (const [first, last] of hunks) {
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length - 1, last + context);
    const slice = ops.slice(from, to + 1);
    const aCount = slice.filter((o) => o.kind !== "add").length;
    const bCount = slice.filter((o) => o.kind !== "del").length;
    const aStart = aCount === 0 ? aLine[from] - 1 : aLine[from];
    const bStart = bCount === 0 ? bLine[from] - 1 : bLine[from];
    out += `@@ -${aStart}${aCount === 1 ? "" : `,${aCount}`} +${bStart}${bCount === 1 ? "" : `,${bCount}`} @@
`;
    for (const o of slice) out += render(o.kind === "same" ? " " : o.kind === "del" ? "-" : "+", o.line);
  }
  return out;
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
var lineStart = (text2, pos) => text2.lastIndexOf("\n", pos - 1) + 1;
function nextLineStart(text2, pos) {
  const i = text2.indexOf("\n", pos);
  return i === -1 ? text2.length : i + 1;
}
function indentBefore(text2, pos) {
  const start = lineStart(text2, pos);
  return /^ *$/.test(text2.slice(start, pos)) ? pos - start : null;
}
function eolAt(text2, pos) {
  if (pos > 0 && text2[pos - 1] === "\n") return text2[pos - 2] === "\r" ? "\r\n" : "\n";
  const i = text2.indexOf("\n");
  return i > 0 && text2[i - 1] === "\r" ? "\r\n" : "\n";
}
var isBlock = (text2, n) => n.kind !== "scalar" && text2[n.span.start] !== "{" && text2[n.span.start] !== "[";
function contentEnd(text2, n) {
  if (n.kind === "scalar" || !isBlock(text2, n)) return n.span.end;
  let end = n.span.start;
  if (n.kind === "map") {
    for (const e of n.entries) end = Math.max(end, e.keySpan.end, contentEnd(text2, e.value));
  } else {
    for (const i of n.items) if (i.span !== n.span && !(i.span.start === n.span.start && i.span.end === n.span.end)) end = Math.max(end, contentEnd(text2, i));
  }
  return end;
}
function afterContent(text2, n) {
  const end = contentEnd(text2, n);
  return end > 0 && text2[end - 1] === "\n" ? end : nextLineStart(text2, end);
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
function keyStyle(text2, start) {
  const c = text2[start];
  return c === "'" ? "single" : c === '"' ? "double" : "plain";
}

// src/fix/edits.ts
var SHARED = "the value is repeated elsewhere through a YAML anchor and alias (or a merge key), so editing it here would change the other places too";
var edit = (span, text2) => ({ span, text: text2 });
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
  const { text: text2 } = c;
  const written = c.json ? doubleQuoted(value) : singleQuoted(value);
  let rest = "";
  let from = node.span.start;
  for (const i of node.items) {
    if (i.kind !== "scalar" || i.span.start < from) return { refused: "the list holds more than plain values" };
    rest += text2.slice(from, i.span.start);
    from = i.span.end;
  }
  if (isBlock(text2, node)) {
    const end = node.items.length > 0 ? from : node.span.start;
    if (!/^[\s-]*$/.test(rest)) return { refused: "the list has comments or anchors between its items" };
    const between = text2.slice(keySpan.end, node.span.start);
    const colon = /^([ \t]*:)[ \t]*\r?\n[ \t]*$/.exec(between);
    if (!colon) return { refused: "the list does not start on the line after its key" };
    return { edits: [edit(at(keySpan.file, keySpan.end + (colon[1] ?? "").length, end), ` ${written}`)] };
  }
  rest += text2.slice(from, node.span.end);
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
var within2 = (s2, outer) => s2.file === outer.file && s2.start >= outer.start && s2.end <= outer.end;
var entryOf = (m, key) => m?.kind === "map" ? m.entries.find((e) => e.key === key) : void 0;
function mapAt(root, path) {
  let n = root;
  for (const k of path) n = entryOf(n, k)?.value;
  return n;
}
function keyColumn(text2, m) {
  const first = m.entries[0];
  return first ? indentBefore(text2, first.keySpan.start) : null;
}
function entryLines(text2, entry2) {
  const indent = indentBefore(text2, entry2.keySpan.start);
  if (indent === null) return null;
  let start = lineStart(text2, entry2.keySpan.start);
  for (; ; ) {
    if (start === 0) break;
    const prev = lineStart(text2, start - 1);
    const line = text2.slice(prev, start);
    if (!new RegExp(`^ {${indent}}#`).test(line)) break;
    start = prev;
  }
  return { start, end: Math.max(afterContent(text2, entry2.value), nextLineStart(text2, entry2.keySpan.end)), indent };
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
  const { text: text2 } = c;
  const file = object.span.file;
  const metaEntry = entryOf(object, "metadata");
  const meta = metaEntry?.value;
  const annEntry = entryOf(meta, "annotations");
  const ann = annEntry?.value;
  if (!metaEntry || !meta || meta.kind !== "map" || !annEntry || !ann || ann.kind !== "map") return { refused: "the object's metadata.annotations is not a mapping" };
  if (!isBlock(text2, meta) || !isBlock(text2, ann)) return { refused: "the object's metadata or annotations are written as a flow mapping ({\u2026}); move the annotation by hand" };
  if (c.shared(meta) || c.shared(ann)) return { refused: SHARED };
  const entry2 = ann.entries.find((e) => e.key === key);
  if (!entry2 || c.shared(entry2.value) || !within2(entry2.keySpan, ann.span)) return { refused: SHARED };
  const lines = entryLines(text2, entry2);
  const metaCol = indentBefore(text2, metaEntry.keySpan.start);
  const metaKeys = keyColumn(text2, meta);
  if (!lines || metaCol === null || metaKeys === null || metaKeys <= metaCol) return { refused: "the annotation does not start its own line" };
  const own = text2.slice(lines.start, lines.end);
  const step = metaKeys - metaCol;
  if (ann.entries.length > 1) return { edits: [edit(at(file, lines.start, lines.end), "")], lines: own, indent: lines.indent, step };
  const annLine = lineStart(text2, annEntry.keySpan.start);
  if (indentBefore(text2, annEntry.keySpan.start) !== null && /^[ \t]*:[ \t]*(\r?\n[ \t]*)*\r?\n$/.test(text2.slice(annEntry.keySpan.end, lines.start))) {
    return { edits: [edit(at(file, annLine, lines.end), "")], lines: own, indent: lines.indent, step };
  }
  const colon = /^[ \t]*:(?=[ \t]*(#[^\n]*)?\r?\n)/.exec(text2.slice(annEntry.keySpan.end, nextLineStart(text2, annEntry.keySpan.end)));
  if (!colon) return { refused: "the annotations key is written in an unusual way (an anchor or a tag on it)" };
  const afterColon = annEntry.keySpan.end + colon[0].length;
  return { edits: [edit(at(file, afterColon), " {}"), edit(at(file, lines.start, lines.end), "")], lines: own, indent: lines.indent, step };
}
function moveAnnotation(c, object, templatePath, key) {
  const { text: text2 } = c;
  const file = object.span.file;
  if (c.json) return { refused: "JSON manifests are not restructured; move the annotation by hand" };
  const removal = removeFromMetadata(c, object, key);
  if ("refused" in removal) return removal;
  const template = mapAt(object, templatePath);
  if (!template || template.kind !== "map" || template.entries.length === 0) return { refused: "the pod template is not a mapping" };
  if (!isBlock(text2, template)) return { refused: "the pod template is written as a flow mapping ({\u2026}); move the annotation by hand" };
  if (c.shared(template)) return { refused: SHARED };
  let moved = removal.lines;
  let insertAt;
  let head = "";
  let indent;
  const metaEntry = entryOf(template, "metadata");
  if (metaEntry) {
    const meta = metaEntry.value;
    if (meta.kind !== "map" || meta.entries.length === 0 || !isBlock(text2, meta)) return { refused: "the pod template's metadata is empty or written as a flow mapping ({\u2026}); move the annotation by hand" };
    const annEntry = entryOf(meta, "annotations");
    const metaKeys = keyColumn(text2, meta);
    if (metaKeys === null) return { refused: "the pod template's metadata is written in an unusual way" };
    if (annEntry) {
      const ann = annEntry.value;
      if (ann.kind !== "map" || ann.entries.length === 0 || !isBlock(text2, ann)) return { refused: "the pod template's annotations are empty or written as a flow mapping ({\u2026}); move the annotation by hand" };
      if (c.shared(ann)) return { refused: SHARED };
      const col = keyColumn(text2, ann);
      if (col === null) return { refused: "the pod template's annotations are written in an unusual way" };
      insertAt = afterContent(text2, ann);
      indent = col;
    } else {
      if (c.shared(meta)) return { refused: SHARED };
      const metaCol = indentBefore(text2, metaEntry.keySpan.start);
      const step = metaCol === null ? 0 : metaKeys - metaCol;
      if (step <= 0) return { refused: "the pod template's metadata is written in an unusual way" };
      insertAt = afterContent(text2, meta);
      head = `${" ".repeat(metaKeys)}annotations:{EOL}`;
      indent = metaKeys + step;
    }
  } else {
    const col = keyColumn(text2, template);
    if (col === null) return { refused: "the pod template is written in an unusual way" };
    insertAt = lineStart(text2, template.entries[0].keySpan.start);
    while (insertAt > 0) {
      const prev = lineStart(text2, insertAt - 1);
      if (!new RegExp(`^ {${col}}#`).test(text2.slice(prev, insertAt))) break;
      insertAt = prev;
    }
    head = `${" ".repeat(col)}metadata:{EOL}${" ".repeat(col + removal.step)}annotations:{EOL}`;
    indent = col + 2 * removal.step;
  }
  const re = reindent(moved, removal.indent, indent);
  if (re === null) return { refused: "the annotation's lines are indented in an unusual way" };
  moved = re;
  const eol = eolAt(text2, insertAt);
  let insert = head.replace(/\{EOL\}/g, eol) + (moved.endsWith("\n") ? moved : `${moved}${eol}`);
  if (insertAt === text2.length && text2.length > 0 && !text2.endsWith("\n")) insert = eol + insert.slice(0, -eol.length);
  return { edits: [...removal.edits, edit(at(file, insertAt), insert)] };
}
function removeAnnotation(c, object, key) {
  if (c.json) return { refused: "JSON manifests are not restructured; remove the annotation by hand" };
  const removal = removeFromMetadata(c, object, key);
  return "refused" in removal ? removal : { edits: removal.edits };
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
      changedAny = true;
      return parsed;
    });
    if (!changedAny) break;
    current = next;
    results = await lint(current);
    passes++;
  }
  const changed = current.filter((f) => original.get(f.path) !== f.text).map((f) => ({ path: f.path, before: original.get(f.path) ?? "", after: f.text }));
  return { files: current, results, changed, fixed, passes, broken: [...broken] };
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
function renderMessage(template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => {
    const v = data[name];
    if (v === void 0) throw new Error(`message placeholder {{${name}}} has no value`);
    return capped(String(v));
  });
}

// src/rules/_shared/calico.ts
var isHostNetwork = (p) => p.hostNetwork?.value === true;
function readsKey(site, key) {
  return site.kind === "pod" || NAMESPACE_KEYS.includes(key);
}
function calicoSites(model, options = {}) {
  const out = [];
  for (const pod of model.podSources) {
    if (!options.hostNetwork && isHostNetwork(pod)) continue;
    out.push({ kind: "pod", object: pod.object, calico: pod.calico, pod });
  }
  for (const ns of model.namespaceList) out.push({ kind: "namespace", object: ns.object, calico: ns.calico, namespace: ns });
  return out;
}
function victims(site, key) {
  if (site.kind === "pod") return "the pod";
  return `every pod in namespace ${site.namespace?.name ?? "(unnamed)"} that does not set its own ${key}`;
}
var fullKey = (key) => `${CALICO_PREFIX}${key}`;
function isJsonSource(file, text2) {
  return /\.json$/i.test(file) || /^\uFEFF?\s*[{[]/.test(text2);
}
function pasteLine(json, key, value) {
  const k = fullKey(key);
  return json ? `${JSON.stringify(k)}: ${JSON.stringify(value)}` : `${k}: '${value.replace(/'/g, "''")}'`;
}
var jsonList = (items) => `[${items.map((i) => JSON.stringify(i)).join(", ")}]`;
function shown(s2) {
  return s2.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
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
      const q2 = escapedQuote ? body[i + 1] : c;
      const close = escapedQuote ? `\\${q2}` : q2;
      let j2 = i + (escapedQuote ? 2 : 1);
      let segment = "";
      for (; ; ) {
        if (j2 >= body.length) return null;
        if (body.startsWith(close, j2)) break;
        if (!escapedQuote && q2 === '"' && body[j2] === "\\") {
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
      if (q2 === '"' && !escapedQuote) {
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
function repairText(key, text2) {
  let s2 = text2.trim().replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'");
  if (s2.length >= 2 && s2.startsWith("'") && s2.endsWith("'") && /^'\s*\[/.test(s2)) s2 = s2.slice(1, -1).trim();
  let body = s2;
  if (body.startsWith("[")) body = body.slice(1);
  if (body.endsWith("]")) body = body.slice(0, -1);
  if (/[[\]{}]/.test(body)) return null;
  const entries = looseEntries(body);
  return entries ? finish(key, entries) : null;
}
function repairList(key, raw) {
  const s2 = raw.trim();
  if (s2 === "") return null;
  let parsed;
  try {
    parsed = JSON.parse(s2);
  } catch {
    return repairText(key, s2);
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
    for (const site of calicoSites(ctx.model)) {
      for (const key of LIST_KEYS) {
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
    const groups = [];
    for (const pod of ctx.model.podSources) {
      groups.push({ calico: pod.calico, ref: pod.object.ref });
      if (pod.controllerCalico) groups.push({ calico: pod.controllerCalico, ref: pod.object.ref });
    }
    for (const ns of ctx.model.namespaceList) groups.push({ calico: ns.calico, ref: ns.object.ref });
    for (const g of groups) {
      for (const key of LIST_KEYS) {
        const d = g.calico.lists[key];
        if (!d || d.raw !== null) continue;
        const node = d.entry.node;
        if (node.kind === "scalar" && node.value === null) continue;
        const json = inJson(node.span.file);
        const fixed = repairNode(key, node);
        const common = { key: fullKey(key), type: yamlType(node) };
        ctx.report(
          fixed ? { messageId: "notString", data: { ...common, fix: pasteLine(json, key, fixed) }, at: node.span, object: g.ref, fix: replaceListWithString(editing(node.span.file), d.entry.keySpan, node, fixed) } : { messageId: "notStringNoFix", data: { ...common, ...example(json, key) }, at: node.span, object: g.ref }
        );
      }
    }
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
        ctx.report({ messageId: "removed", data: data(key), at: entry(get(o.node, "metadata"), "annotations")?.keySpan ?? entry(o.node, "metadata")?.keySpan ?? o.node.span, object: o.ref, value: `-${key}` });
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
      const text2 = ctx.sourceText(file);
      return { text: text2, shared, json: isJsonSource(file, text2) };
    };
    for (const pod of ctx.model.podSources) {
      const ref = pod.object.ref;
      const path = templateAnnotationsPath(pod);
      for (const e of pod.controllerCalico?.all ?? []) {
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
      } else {
        for (const e of pod.cniUnread?.all ?? []) reportCni(e, ref, "");
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
    for (const o of ctx.model.objects) {
      if (!runsNoPods(o)) continue;
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
  const best = Math.min(...scored.map((s2) => s2.d));
  const at2 = scored.filter((s2) => s2.d === best);
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
    calico: "The CNI plugin reads `cni.projectcalico.org/` + `ipAddrs`, `ipAddrsNoIpam`, `ipv4pools`, `ipv6pools`, `ipFamilies`, `floatingIPs`, `allowedSourcePrefixes` and `hwAddr` (and writes `podIP`, `podIPs`, `containerID` itself). Keys are case-sensitive; any other key, or a near miss of the prefix, is silently ignored, so the pod runs without what the author asked for.",
    remediation: "Rename the key to the one Calico reads (the message suggests the nearest), or remove it."
  },
  check(ctx) {
    const seen = /* @__PURE__ */ new Set();
    const shared = sharedNodes(ctx.model.files);
    const rename = (map, e, to) => {
      if (!map) return { refused: "the annotations are not a mapping" };
      const file = e.keySpan.file;
      const text2 = ctx.sourceText(file);
      return renameKey({ text: text2, shared, json: isJsonSource(file, text2) }, map, { key: e.key, keySpan: e.keySpan, value: e.node }, to);
    };
    const visit = (entries, map, ref, podOrNamespace) => {
      for (const e of entries) {
        const id = `${e.keySpan.file}:${e.keySpan.start}`;
        if (seen.has(id)) continue;
        if (e.key.startsWith(CALICO_PREFIX)) {
          seen.add(id);
          const name = e.key.slice(CALICO_PREFIX.length);
          if (KNOWN_KEYS.includes(name) || ENTERPRISE_KEYS.includes(name)) continue;
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
        seen.add(id);
        const lb = e.key.toLowerCase().startsWith("projectcalico.org/") && /^ipv[46]pools$/i.test(meant);
        const note = lb ? ` (${e.key} is read only on LoadBalancer Services, to pick their pool)` : "";
        ctx.report({ messageId: "prefix", data: { key: e.key, suggestion: fullKey(meant), note }, at: e.keySpan, object: ref, value: e.key, fix: rename(map, e, fullKey(meant)) });
      }
    };
    for (const pod of ctx.model.podSources) visit(pod.podAnnotations, pod.podAnnotationsNode, pod.object.ref, true);
    for (const ns of ctx.model.namespaceList) visit(ns.object.annotations, ns.object.annotationsNode, ns.object.ref, true);
    for (const o of ctx.model.objects) visit(o.annotations, o.annotationsNode, o.ref, false);
  }
});

// src/allocator/resolve.ts
var isEnabled = (p) => !p.disabled && p.allocatable && p.cidr !== null;
var familyOfKey = (key) => key === "ipv4pools" ? 4 : 6;
var keyOfFamily = (family) => family === 4 ? "ipv4pools" : "ipv6pools";
var views = /* @__PURE__ */ new WeakMap();
function poolsInView(model) {
  const cached = views.get(model);
  if (cached) return cached;
  const anyIPPool = model.pools.some((p) => p.origin === "IPPool");
  const rank = (p) => (p.cidr !== null ? 0 : 2) + (p.origin === "IPPool" ? 0 : 1);
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
function resolveRequest(model, key, req, pools = poolsInView(model)) {
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
  const netText = cidrString(cidr).split("/")[0] ?? "";
  if (cidr.family !== family) {
    return { request: req, ...named ? { pool: named } : {}, error: { code: "P2", message: `"${netText}" isn't a IPv${family} address` } };
  }
  const match = enabledPoolWithCIDR(cidr, pools);
  if (!match) {
    return { request: req, ...named ? { pool: named } : {}, error: { code: "P3", message: `the given pool (${cidrString(cidr)}) does not exist, or is not enabled` } };
  }
  return { request: req, pool: match };
}
function effectivePools(model, pod, key, pools = poolsInView(model)) {
  const chosen = effectivePoolList(model, pod, key);
  if (!chosen) return null;
  const requests = poolRequests(chosen.list) ?? [];
  const entries = requests.map((r) => resolveRequest(model, key, r, pools));
  return { key, ...chosen, entries };
}
function resolveList(model, list, pools = poolsInView(model)) {
  if (list.key !== "ipv4pools" && list.key !== "ipv6pools") return null;
  const requests = poolRequests(list);
  if (!requests) return null;
  const key = list.key;
  return requests.map((r) => resolveRequest(model, key, r, pools));
}
function poolContaining(model, ip, pools = poolsInView(model)) {
  return pools.find((p) => isEnabled(p) && p.cidr !== null && contains(p.cidr, ip));
}
function inactivePoolsContaining(ip, pools) {
  return pools.filter((p) => !isEnabled(p) && p.cidr !== null && contains(p.cidr, ip));
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
  const assigned = sets.map((s2) => s2.pools.map(() => 0n));
  const unmet = sets.map((s2) => s2.demand);
  const users = capacity.map(() => []);
  sets.forEach((s2, i) => s2.pools.forEach((p, k) => users[p]?.push({ set: i, k })));
  sets.forEach((s2, i) => {
    s2.pools.forEach((p, k) => {
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
    for (const s2 of starts) {
      setPrev.set(s2, null);
      queue2.push(s2);
    }
    let found;
    while (queue2.length > 0 && found === void 0) {
      const s2 = queue2.shift();
      const set = sets[s2];
      for (let k = 0; k < set.pools.length; k++) {
        const p2 = set.pools[k];
        if (poolPrev.has(p2)) continue;
        poolPrev.set(p2, { set: s2, k });
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
  for (const s2 of queue) reachSets.add(s2);
  while (queue.length > 0) {
    const s2 = queue.shift();
    for (const p of sets[s2].pools) {
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
    const q2 = [start];
    seen.add(start);
    while (q2.length > 0) {
      const s2 = q2.shift();
      gSets.push(s2);
      for (const p of sets[s2].pools) {
        gPools.add(p);
        for (const u of users[p] ?? []) {
          if (reachSets.has(u.set) && !seen.has(u.set)) {
            seen.add(u.set);
            q2.push(u.set);
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
var NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";
function namespaceLabels(model, name) {
  const objects = model.namespaceList.filter((n) => n.name === name);
  if (objects.length === 0) return { name, labelSets: null };
  const dirs = labellingKustomizations(model);
  if (objects.some((n) => dirs.some((d) => n.object.ref.file.startsWith(d)))) return { name, labelSets: null };
  return { name, labelSets: objects.map((n) => ({ ...n.object.labels, [NAMESPACE_NAME_LABEL]: name })) };
}
var KUSTOMIZATION = /(^|[/\\])(kustomization\.ya?ml|Kustomization)$/;
var labellingCache = /* @__PURE__ */ new WeakMap();
function labellingKustomizations(model) {
  let dirs = labellingCache.get(model);
  if (dirs) return dirs;
  dirs = [];
  for (const f of model.files) {
    const m = KUSTOMIZATION.exec(f.path);
    if (!m) continue;
    const root = f.documents[0]?.root;
    if (root?.kind !== "map") continue;
    const adds = root.entries.some((e) => (e.key === "commonLabels" || e.key === "labels") && !(e.value.kind === "scalar" && e.value.value === null));
    if (adds) dirs.push(f.path.slice(0, m.index + (m[1] ?? "").length));
  }
  labellingCache.set(model, dirs);
  return dirs;
}
var selectorCache = /* @__PURE__ */ new Map();
function parsedSelector(text2) {
  let r = selectorCache.get(text2);
  if (!r) {
    r = parseSelector(text2);
    if (selectorCache.size > 1e4) selectorCache.clear();
    selectorCache.set(text2, r);
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
  const spec = pod.object.node.entries.find((e) => e.key === "spec")?.value;
  const raw = (path) => {
    let n = spec;
    for (const k of path) n = n?.kind === "map" ? n.entries.find((e) => e.key === k)?.value : void 0;
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
  const canonical2 = new Map(pools.filter((p) => p.name !== "").map((p) => [p.name, p]));
  const canon = (p) => p.name !== "" ? canonical2.get(p.name) ?? p : p;
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
  const sets = /* @__PURE__ */ new Map();
  const setFor = (key, mk2) => {
    let s2 = sets.get(key);
    if (!s2) {
      s2 = mk2();
      sets.set(key, s2);
    }
    return s2;
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
  const podsUseCalicoIpam = calicoIpamRuns(model.cni);
  for (const pod of model.podSources) {
    if (pod.hostNetwork?.value === true || !podsUseCalicoIpam) continue;
    const count = podCount(pod, settings);
    const runs = count.count !== 0n;
    const noIpam = isSet(pod.calico.lists.ipAddrsNoIpam);
    const ipAddrs = isSet(pod.calico.lists.ipAddrs);
    for (const key of ["ipAddrs", "ipAddrsNoIpam"]) {
      for (const s2 of staticIPs(pod.calico, key)) statics.push(claim(pools, pod, s2, reservations, runs && key === "ipAddrs" && !noIpam));
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
      const def = defaultsFor(f, pod.namespace);
      if (def.pools.length === 0) {
        demands.push({ ...base, ...listInfo, ...def.failure ? { noPool: def.failure } : {} });
        continue;
      }
      const ids = def.pools.map((p) => index.get(p)).join(",");
      const key = def === defaults[f] || ids === defaults[f].pools.map((p) => index.get(p)).join(",") ? `default:v${f}` : `default:v${f}:${ids}`;
      const set = setFor(key, () => ({ key, kind: "default", family: f, pools: def.pools, consumers: [] }));
      set.consumers.push({ ...base, ...listInfo });
    }
  }
  const usage = pools.map((p) => capacityOf(p, reservations, statics));
  const order = { tunnel: 0, requested: 1, default: 2 };
  const builders = [...sets.values()].sort((a, b) => order[a.kind] - order[b.kind] || a.pools.length - b.pools.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const demandOf = (s2) => s2.kind === "tunnel" ? BigInt(nodes ?? 0) : s2.consumers.reduce((n, c) => n + (c.count.count ?? 0n), 0n);
  const flowSets = builders.map((s2) => ({ demand: demandOf(s2), pools: s2.pools.map((p) => index.get(p)) }));
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
      const d = { ...c, set };
      consumers.push(d);
      if (c.count.count === null) unknown.push(d);
    }
    return set;
  });
  for (const s2 of finalSets) for (const c of s2.consumers) demands.push(c);
  const poolUsage = usage.map((u, i) => {
    const tunnel = tunnelBy[i];
    const demand = demandBy[i];
    const left = u.capacity - tunnel - demand;
    return { ...u, tunnel, demand, shortfall: shortBy[i], free: u.enabled && left > 0n ? left : 0n };
  });
  const exhausted = flow.groups.map((g) => {
    const gSets = g.sets.map((i) => finalSets[i]);
    const gPools = g.pools.map((i) => poolUsage[i]);
    const demand = gSets.reduce((n, s2) => n + s2.demand, 0n);
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
function claim(pools, pod, s2, reservations, counted) {
  const pool = pools.find((p) => isEnabled(p) && p.cidr !== null && contains(p.cidr, s2.ip));
  return {
    pod,
    key: s2.key,
    text: s2.text,
    ip: s2.ip,
    span: s2.span,
    ...pool ? { pool } : {},
    reserved: covers(reservations[s2.ip.family], s2.ip.value),
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

// src/rules/_shared/static.ts
var cniPods = (model) => model.podSources.filter((p) => !isHostNetwork(p));
function staticsOf(pod) {
  return [...staticIPs(pod.calico, "ipAddrs"), ...staticIPs(pod.calico, "ipAddrsNoIpam")];
}
var usesStaticPath = (pod) => isSet(pod.calico.lists.ipAddrs) || isSet(pod.calico.lists.ipAddrsNoIpam);
var viewPools = (model) => poolsInView(model);
var anyPoolKnown = (pools) => pools.some((p) => p.cidr !== null);
function poolText(p) {
  const cidr = p.cidr ? cidrString(p.cidr) : p.cidrText?.value ?? "";
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
  for (const n of names) {
    const d = editDistance2(name.toLowerCase(), n.toLowerCase());
    if (d < bestD) {
      best = n;
      bestD = d;
    }
  }
  return best !== void 0 && bestD <= Math.max(2, Math.floor(name.length / 4)) ? best : void 0;
}
var familyPools = (pools, family) => pools.filter((p) => p.cidr !== null && p.cidr.family === family);
function poolListSites(model) {
  const out = [];
  for (const pod of cniPods(model)) {
    if (usesStaticPath(pod)) continue;
    const nsFamilies = model.namespaces.get(pod.namespace)?.calico.lists.ipFamilies;
    const own = pod.calico.lists.ipFamilies;
    const ipFamilies = isSet(own) ? own : nsFamilies;
    for (const key of ["ipv4pools", "ipv6pools"]) {
      const list = pod.calico.lists[key];
      if (!isSet(list)) continue;
      out.push({ list, key, object: pod.object, pod, ...ipFamilies ? { ipFamilies } : {} });
    }
  }
  for (const ns of model.namespaceList) {
    const ipFamilies = ns.calico.lists.ipFamilies;
    for (const key of ["ipv4pools", "ipv6pools"]) {
      const list = ns.calico.lists[key];
      if (!isSet(list)) continue;
      out.push({ list, key, object: ns.object, namespace: ns, ...ipFamilies ? { ipFamilies } : {} });
    }
  }
  return out;
}
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
  return familyPools(pools, family).length > 0;
}
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
    for (const pod of cniPods(ctx.model)) {
      const count = podCount(pod, ctx.settings);
      if (count.from === "template") continue;
      const kind = pod.workload.kind;
      const identity = identityOf(pod);
      for (const s2 of staticsOf(pod)) {
        const key = `${s2.ip.family}:${ipString(s2.ip)}`;
        const list = groups.get(key) ?? [];
        if (list.some((c) => c.identity === identity)) continue;
        list.push({ pod, identity, s: s2, idle: count.count === 0n || suspended(pod), finite: kind === "Job" || kind === "CronJob" });
        groups.set(key, list);
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
        const ip = ipString(c.s.ip);
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
var suspended = (pod) => (pod.workload.kind === "CronJob" || pod.workload.kind === "Job") && bool(get(pod.object.node, "spec", "suspend")) === true;
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
    for (const site of calicoSites(ctx.model)) {
      if (site.kind !== "pod") continue;
      if (otherIpam && otherIpam.ipam !== null) {
        for (const key of ["ipAddrs", "ipAddrsNoIpam"]) {
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
function parseMAC(s2) {
  if (s2.length < 14) return false;
  let groups;
  if (s2[2] === ":" || s2[2] === "-") {
    if ((s2.length + 1) % 3 !== 0) return false;
    groups = s2.split(s2[2]);
    if (groups.some((g) => g.length !== 2)) return false;
  } else if (s2[4] === ".") {
    if ((s2.length + 1) % 5 !== 0) return false;
    const quads = s2.split(".");
    if (quads.some((q2) => q2.length !== 4)) return false;
    groups = quads.flatMap((q2) => [q2.slice(0, 2), q2.slice(2)]);
  } else {
    return false;
  }
  return [6, 8, 20].includes(groups.length) && groups.every((g) => HEX.test(g));
}
function repairMAC(s2) {
  const t = s2.trim();
  let octets = null;
  if (/^[0-9A-Fa-f]{12}$/.test(t)) octets = t.match(/../g);
  else if (/^[0-9A-Fa-f]{1,2}([:-][0-9A-Fa-f]{1,2}){5}$/.test(t)) octets = t.split(/[:-]/).map((o) => o.padStart(2, "0"));
  if (!octets) return null;
  const out = octets.join(":").toLowerCase();
  return parseMAC(out) && out !== s2 ? out : null;
}
var FAMILY_FIX = { ipv4: "IPv4", v4: "IPv4", "4": "IPv4", inet: "IPv4", ipv6: "IPv6", v6: "IPv6", "6": "IPv6", inet6: "IPv6" };
var invalid_annotation_value_default = defineRule({
  id: "invalid-annotation-value",
  meta: {
    description: "Disallow Calico annotation values that decode but that Calico rejects",
    defaultSeverity: "error",
    scope: "object",
    messages: {
      emptyStatic: 'Calico fails the pod with `annotation "{{key}}" specified but empty`. Name the address (`\'["10.0.0.1"]\'`), or remove the annotation to let Calico choose one',
      badFamily: "Calico fails {{victim}} with `error parsing ipFamilies: {{raw}}`: the entries must be exactly IPv4 or IPv6 (case-sensitive). {{fix}}",
      emptyFamilies: 'With no IP family, Calico\'s IPAM assigns no address and Calico fails {{victim}} with `IPAM plugin returned missing IP config`. List the families (`\'["IPv4"]\'`, `\'["IPv4", "IPv6"]\'`), or remove the annotation',
      badMac: "Calico fails the pod with `failed to parse MAC address {{value}} provided via cni.projectcalico.org/hwAddr: address {{value}}: invalid MAC address`. {{fix}}",
      notString: "{{key}} is a YAML {{type}}, but annotation values must be strings: kubectl and the API server reject the whole object. Quote the value",
      badOutput: "Calico writes {{key}} itself; until the pod has IPs it reads the pod's addresses from it, and `{{value}}` does not parse (`invalid CIDR address: {{bad}}`), so pod conversion and network setup fail. Remove the annotation",
      fakeOutput: "Calico writes {{key}} itself; until the pod has IPs it reads the pod's addresses from it, so Calico treats the pod as owning {{value}} before its network is set up. Remove the annotation",
      containerId: "Calico writes {{key}} itself when it sets up the pod's network and uses it to tell the pod's sandboxes apart; a value from a manifest is stale or wrong. Remove the annotation"
    },
    calico: '`ipAddrs`/`ipAddrsNoIpam` set to `[]` or `null` fail with `annotation "<key>" specified but empty` (an empty string counts as absent). `ipFamilies` entries other than exactly `IPv4`/`IPv6` fail with `error parsing ipFamilies: <raw>`, and `[]` leaves IPAM nothing to assign (`IPAM plugin returned missing IP config`). `hwAddr` goes through Go\'s `net.ParseMAC`; a bad or empty value fails with `failed to parse MAC address <v> provided via cni.projectcalico.org/hwAddr: address <v>: invalid MAC address`. `podIP`, `podIPs` and `containerID` are written by Calico; before a pod has IPs Calico reads its addresses from `podIP`/`podIPs`, so a hand-written value either fails pod conversion or makes the pod appear to own an address.',
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
        ctx.report({ messageId: "containerId", data: { key: e.key }, at: e.keySpan, object: ref });
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
        bad !== void 0 ? { messageId: "badOutput", data: { key: e.key, value: shown(v), bad: shown(bad) }, at: n.span, object: ref, value: v } : { messageId: "fakeOutput", data: { key: e.key, value: shown(v) }, at: n.span, object: ref, value: v }
      );
    };
    for (const site of calicoSites(ctx.model)) {
      const ref = site.object.ref;
      if (site.kind === "pod") {
        for (const key of ["ipAddrs", "ipAddrsNoIpam"]) {
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
function dropLeadingZeros(s2) {
  if (!s2.includes(".")) return s2;
  const cut = s2.lastIndexOf(":") + 1;
  const v4 = s2.slice(cut).replace(/(^|\.)0+(\d+)(?=\.|\/|$)/g, "$1$2");
  return s2.slice(0, cut) + v4;
}
function explainIP(s2) {
  if (s2 === "") return { reason: "Remove the empty entry" };
  const reasons = [];
  let t = s2;
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
function explainCIDR(s2) {
  if (s2 === "") return { reason: "Remove the empty entry" };
  const reasons = [];
  let t = s2;
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
    for (const site of calicoSites(ctx.model)) {
      if (site.kind !== "pod") continue;
      for (const key of [...IP_KEYS, "allowedSourcePrefixes"]) {
        const d = site.calico.lists[key];
        if (!isSet(d) || d.error || !d.items) continue;
        for (const it of d.items) {
          const common = { item: shown(it.value), key: fullKey(key) };
          if (key === "allowedSourcePrefixes") {
            if (parseCIDR(it.value)) continue;
            ctx.report({ messageId: "badCidr", data: { ...common, fix: fixText(explainCIDR(it.value)) }, at: it.span, object: site.object.ref, value: it.value });
            continue;
          }
          if (parseIP(it.value)) continue;
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
    description: "Disallow static addresses outside the cluster's pod CIDR",
    defaultSeverity: "error",
    scope: "repository",
    messages: {
      outside: "{{ip}} lies outside the cluster's {{cidrs}} (declared by {{sources}}): Calico does not check this and gives the pod the address{{poolNote}}, but kube-proxy treats traffic from addresses outside its clusterCIDR as coming from outside the cluster and masquerades it on the way to Services. Pick an address inside {{inside}}, or widen the pod CIDR to cover it"
    },
    calico: "Calico never compares addresses with the Kubernetes pod CIDR: `ipAddrs` only needs an enabled pool that holds the address, and `ipAddrsNoIpam` needs nothing. The pod CIDR (kubeadm `podSubnet`, kube-proxy `clusterCIDR`, kind, Cluster API, OpenShift, `--pod-cidr`) is what kube-proxy uses to tell pod traffic from outside traffic, so a pod address outside it is treated as external. Silent when no pod CIDR of the address's family is known.",
    remediation: "Pick static addresses inside the cluster's pod CIDR (and inside a Calico pool within it), or widen the pod CIDR to cover them."
  },
  check(ctx) {
    const byFamily = (f) => ctx.model.podCidrs.filter((c) => c.cidr !== null && c.cidr.family === f);
    for (const pod of cniPods(ctx.model)) {
      for (const s2 of staticsOf(pod)) {
        const cidrs = byFamily(s2.ip.family);
        if (cidrs.length === 0) continue;
        if (cidrs.some((c) => c.cidr !== null && contains(c.cidr, s2.ip))) continue;
        const ip = ipString(s2.ip);
        const texts = [...new Set(cidrs.map((c) => c.text))];
        ctx.report({
          messageId: "outside",
          at: s2.span,
          object: pod.object.ref,
          value: ip,
          data: {
            ip,
            cidrs: texts.length === 1 ? `pod CIDR ${texts[0] ?? ""}` : `pod CIDRs ${someOf(texts)}`,
            inside: texts.length === 1 ? texts[0] ?? "" : "one of them",
            sources: someOf([...new Set(cidrs.map((c) => c.source))]),
            poolNote: s2.key === "ipAddrs" ? " when a pool holds it" : ""
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
      notWorkload: '{{ip}} lies in pool {{pool}}, whose allowedUses ({{uses}}) lack Workload: Calico after v3.32 fails the pod with `IP address {{ip}} is in IP pool "{{name}}", which is not allowed for use "Workload" (allowedUses: [{{goUses}}])` (v3.32 and earlier accept it). Add Workload to the pool\'s allowedUses, or pick an address in a pool that allows Workload'
    },
    calico: "`ipAddrs` goes through `AssignIP`, which looks for the enabled pool of the address's family that holds it (`getPoolForIP`); disabled pools and pools marked `Allocatable=False` do not count. With none the pod fails with `The provided IP address is not in a configured pool`. Reservations, node and namespace selectors and `assignmentMode` are not checked. Calico after v3.32 (settings.calicoVersion `head`) also refuses a pool whose allowedUses lack Workload. `ipAddrsNoIpam` bypasses IPAM and is not checked. Silent when the files hold no pool; a warning when they hold none of the address's family (unless the configuration says the pools in view are complete).",
    remediation: "Pick static addresses inside an enabled IPPool of their family, or add (or re-enable) a pool that covers them."
  },
  check(ctx) {
    const pools = viewPools(ctx.model);
    if (!anyPoolKnown(pools)) return;
    for (const pod of cniPods(ctx.model)) {
      for (const s2 of staticIPs(pod.calico, "ipAddrs")) {
        const ip = ipString(s2.ip);
        const v = s2.ip.family;
        const base = { at: s2.span, object: pod.object.ref, value: ip };
        const holder = poolContaining(ctx.model, s2.ip, pools);
        if (holder) {
          if (ctx.settings.calicoVersion === "head" && !holder.allowedUses.includes("Workload")) {
            ctx.report({
              ...base,
              messageId: "notWorkload",
              severity: "error",
              related: [{ span: poolSpan(holder), message: `pool ${poolText(holder)}` }],
              data: { ip, pool: poolText(holder), name: holder.name, uses: holder.allowedUses.join(", "), goUses: holder.allowedUses.join(" ") }
            });
          }
          continue;
        }
        const enabled = familyPools(pools, v).filter(isEnabled);
        const inactive = inactivePoolsContaining(s2.ip, pools)[0];
        if (inactive) {
          const state = inactive.disabled ? "is disabled" : "is marked Allocatable=False (Calico v3.32+ does that to a pool whose CIDR overlaps another)";
          const fix = inactive.disabled ? enabled.length > 0 ? `Remove ${disabledField(inactive)}, or pick an address inside ${anyOf(enabled.map(poolText))}` : `Remove ${disabledField(inactive)}` : "Make the pool's CIDR disjoint from the other pools, or pick an address in an enabled pool";
          ctx.report({
            ...base,
            messageId: "inactive",
            severity: "error",
            related: [{ span: poolSpan(inactive), message: `pool ${poolText(inactive)}` }],
            data: { ip, pool: poolText(inactive), state, fix }
          });
          continue;
        }
        if (familyPools(pools, v).length === 0) {
          ctx.report({ ...base, messageId: "noFamilyPool", severity: ctx.settings.poolsComplete ? "error" : "warning", data: { ip, v } });
          continue;
        }
        ctx.report({
          ...base,
          messageId: "outside",
          severity: "error",
          data: { ip, v, pools: enabled.length > 0 ? anyOf(enabled.map(poolText)) : `an enabled IPv${v} pool (every IPv${v} pool in view is disabled)` }
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
    for (const site of calicoSites(ctx.model)) {
      if (site.kind !== "pod") continue;
      for (const key of ["ipAddrs", "ipAddrsNoIpam"]) {
        const ips = staticIPs(site.calico, key);
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
  let text2;
  if (same.length === 2 && first.ip.value === second.ip.value) {
    text2 = first.text === second.text ? `${second.text} is listed twice` : `${second.text} is the same address as ${first.text}`;
  } else if (same.length === 2) {
    text2 = `${second.text} is a second IPv${family} address after ${first.text}`;
  } else {
    text2 = `it lists ${same.length} IPv${family} addresses: ${listText2(same.map((i) => i.text))}`;
  }
  const mapped = same.filter(isMapped);
  if (mapped.length > 0) text2 += ` (${listText2(mapped.map((i) => i.text))} ${mapped.length === 1 ? "is" : "are"} IPv4-mapped, which Calico counts as IPv4)`;
  return text2;
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
    const view2 = viewPools(ctx.model);
    for (const site of poolListSites(ctx.model)) {
      if (!familyAssigned(site, familyOfKey(site.key), view2)) continue;
      const entries = resolveList(ctx.model, site.list, view2) ?? [];
      const named = entries.flatMap((e) => e.pool && !e.error ? [e.pool] : []);
      if (named.length === 0 || named.length !== entries.length || named.some((p) => p.allowedUses.includes("Workload"))) continue;
      const workload = view2.filter((p) => isEnabled(p) && p.family === familyOfKey(site.key) && p.allowedUses.includes("Workload"));
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
    for (const d of a.demands) {
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
    const bypassed = (e, ns, at2, object, who2) => {
      if (!e.pool || e.error || mayServeNamespace(e.pool, ns)) return;
      ctx.report({
        messageId: "selectorBypassed",
        at: at2,
        object,
        value: e.request.text,
        data: { entry: entryText(e), selector: e.pool.namespaceSelector, ns: ns.name, labels: labelText(ns), who: who2 }
      });
    };
    for (const ns of ctx.model.namespaceList) {
      for (const key of ["ipv4pools", "ipv6pools"]) {
        const list = ns.calico.lists[key];
        if (!restricts(list)) continue;
        const labels = namespaceLabels(ctx.model, ns.name);
        for (const e of resolveList(ctx.model, list, pools) ?? []) bypassed(e, labels, e.request.span, ns.object.ref, `the pods of namespace ${ns.name} that do not name pools of their own`);
      }
    }
    for (const pod of cniPods(ctx.model)) {
      if (!usesStaticPath(pod)) {
        for (const key of ["ipv4pools", "ipv6pools"]) {
          const own = pod.calico.lists[key];
          if (!restricts(own)) continue;
          const labels = namespaceLabels(ctx.model, pod.namespace);
          for (const e of resolveList(ctx.model, own, pools) ?? []) bypassed(e, labels, e.request.span, pod.object.ref, "its pods");
        }
      }
      const ns = namespaceOf(ctx.model, pod);
      if (!ns) continue;
      const nsLabel = ns.name;
      if (!usesStaticPath(pod)) {
        for (const key of ["ipv4pools", "ipv6pools"]) {
          const nsList = ns.calico.lists[key];
          const own = pod.calico.lists[key];
          if (!restricts(nsList) || !isSet(own) || own.error || own.raw === null) continue;
          const nsEntries = resolveList(ctx.model, nsList, pools) ?? [];
          const nsPools = someOf(nsEntries.map(entryText));
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
      for (const s2 of staticsOf(pod)) {
        const key = keyOfFamily(s2.ip.family);
        const nsList = ns.calico.lists[key];
        if (!restricts(nsList)) continue;
        const nsEntries = resolveList(ctx.model, nsList, pools) ?? [];
        if (insideEntries(s2.ip, nsEntries) !== false) continue;
        const ip = ipString(s2.ip);
        ctx.report({
          messageId: "staticOutside",
          at: s2.span,
          object: pod.object.ref,
          value: ip,
          related: [{ span: nsList.entry.node.span, message: `namespace ${nsLabel} sets ${key} ${nsList.raw ?? ""}` }],
          data: { ip, ns: nsLabel, nsPools: someOf(nsEntries.map(entryText)), nsChoice: anyOf(nsEntries.map(entryText)) }
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
  const n = g.sets.reduce((k, s2) => k + s2.unknown.length, 0);
  return n > 0 ? `; ${plural(n, "pod source")} of unknown size not counted` : "";
}
function shortfallText(strict, cidrs) {
  return strict ? "No more free affine blocks and strict affinity enabled" : `No IPs available in pools: [${cidrs}]`;
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
      pods: "{{who}} draws {{addresses}} from {{pools}}{{others}}: {{demand}} are needed and {{capacity}} can be assigned ({{breakdown}}{{unknown}}). Calico fails the pods that start last with `failed to request IPv{{v}} addresses: Assigned 0 out of 1 requested IPv{{v}} addresses; {{shortfall}}`. {{fix}}",
      pool: "Pool {{pool}} is too small for the pods drawing from it{{shared}}: {{demand}} IPv{{v}} addresses are needed by {{sources}} and {{capacity}} can be assigned ({{breakdown}}{{unknown}}). Calico fails the pods that start last with `failed to request IPv{{v}} addresses: Assigned 0 out of 1 requested IPv{{v}} addresses; {{shortfall}}`. {{fix}}"
    },
    calico: "Calico IPAM hands out every address of a pool (network and broadcast included) except those in IPReservations, static `ipAddrs` addresses and node tunnel addresses; pods without a pool annotation draw only from the automatic pools whose namespaceSelector selects their namespace (known when its Namespace object is in the files); a pod that finds no free address in the pools it may use fails with P7 and kubelet keeps retrying its sandbox. With `strictAffinity` (an IPAMConfiguration in the files, else the configuration's `ipam.strictAffinity`) the message quotes P8 instead, `No more free affine blocks and strict affinity enabled`; the count still takes the whole pool, so it does not see a shortfall of affine blocks on one node.",
    remediation: "Enlarge the pool (a shorter prefix), add a pool to the pod's `cni.projectcalico.org/ipv4pools` / `ipv6pools` list (Calico spills over in list order), free reserved addresses, or lower the replica count."
  },
  check(ctx) {
    if (!poolsKnown(ctx.model)) return;
    const a = allocation(ctx.model, ctx.settings);
    const inFiles = ctx.model.ipamConfigs.find((c) => c.strictAffinity !== void 0)?.strictAffinity?.value;
    const strict = inFiles ?? ctx.settings.strictAffinity ?? false;
    const inPlay = poolsInPlay(ctx.model);
    const unselected2 = (c) => {
      const set = c.set;
      if (set?.kind !== "default") return "";
      const left = defaultPools(inPlay, set.family).pools.filter((p) => !set.pools.includes(p));
      if (left.length === 0) return "";
      return `; the namespaceSelector${left.length === 1 ? "" : "s"} of ${listText(left.map(poolLabel))} ${left.length === 1 ? "does" : "do"} not select namespace ${c.pod.namespace}`;
    };
    for (const g of a.exhausted) {
      const workloadSets = g.sets.filter((s2) => s2.kind !== "tunnel");
      const consumers = workloadSets.flatMap((s2) => s2.consumers).filter((c) => c.count.count !== null && c.count.count > 0n);
      if (consumers.length === 0) continue;
      const common = {
        v: g.family,
        demand: String(g.demand),
        capacity: String(g.capacity),
        breakdown: breakdown(g),
        unknown: unknownNote(g)
      };
      const fix = workloadSets.some((s2) => s2.kind === "requested") ? FIX_REQUESTED : FIX_DEFAULT;
      const sources = new Set(consumers.map((c) => c.pod));
      for (const c of consumers) {
        const set = c.set;
        if (!set) continue;
        const cidrs2 = set.pools.map((p) => p.cidr ? cidrString(p.cidr) : "").join(" ");
        const others = sources.size - 1;
        const at2 = c.count.span ?? (c.listFrom === "pod" && c.list ? c.list.entry.node.span : void 0) ?? nameSpan(c.pod.object);
        ctx.report({
          messageId: "pods",
          at: at2,
          object: c.pod.object.ref,
          value: cidrs2,
          data: {
            ...common,
            who: podWho(c.pod),
            addresses: plural(c.count.count ?? 0n, `IPv${g.family} address`, `IPv${g.family} addresses`),
            pools: `${set.pools.length === 1 ? "pool" : "pools"} ${listText(set.pools.map(poolLabel))}`,
            others: others > 0 ? ` together with ${plural(others, "other pod source")}` : "",
            shortfall: shortfallText(strict, cidrs2),
            fix: set.kind === "requested" ? FIX_REQUESTED : `${FIX_DEFAULT}${unselected2(c)}`
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
    for (const site of poolListSites(ctx.model)) {
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
function schemaProblems(root, prefix, validate, kind, installation) {
  const value = toPlain(root);
  if (validate(value)) return [];
  const out = [];
  const by = installation ? "the Kubernetes API server rejects the Installation" : `the Kubernetes API server rejects the ${kind} (Calico's CRD schema)`;
  const errors = validate.errors ?? [];
  const typeErrors = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  const keyIndex = /* @__PURE__ */ new Map();
  const entryOf3 = (n, key) => {
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
      const e = entryOf3(node, field);
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
      out.push({
        messageId: "schema",
        at: node.span,
        data: {
          what: `${JSON.stringify(v)} is not a valid ${path} (values are case-sensitive)`,
          by: op ? "the operator rejects the Installation" : by,
          error: op ? op(String(v)) : `${path}: Unsupported value: ${JSON.stringify(v)}: supported values: ${allowed.map((a) => JSON.stringify(a)).join(", ")}`,
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
          what: `${path} must be ${expected === "integer" ? "an" : "a"} ${expected}`,
          by,
          error: `${path}: Invalid value: "${goType(v)}": ${path} in body must be of type ${expected}: "${goType(v)}"`,
          fix: `Write ${path.split(".").pop() ?? path} as ${expected === "integer" ? "an" : "a"} ${expected}${typeof v === "string" ? " without quotes" : ""}`
        }
      });
      continue;
    }
    const limit = String(err.params.limit ?? "");
    const error = err.keyword === "maxLength" ? `${path}: Too long: may not be longer than ${limit}` : err.keyword === "maxItems" ? `${path}: Too many: ${Array.isArray(v) ? v.length : "?"}: must have at most ${limit} items` : `${path} ${err.message ?? "is invalid"}`;
    out.push({ messageId: "schema", at: node.span, data: { what: `${path} is out of bounds`, by, error, fix: "Shorten the value" } });
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
var plain = (t) => t.replace(/[\r\n]+/g, " ").replace(/`/g, "'");
function checkSelectorSyntax(c, n, field, by, crd) {
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
  const stored = crd ? `. If kubectl applies it as a crd.projectcalico.org/v1 object, which skips that validation, Calico IPAM instead fails every automatic assignment that evaluates this ${field}` : "";
  reject(
    c,
    at2,
    by,
    `failed to validate Field: ${goField} because of Tag: selector`,
    `${field} \`${plain(shown2)}\` is not a valid Calico selector (\`${plain(e.message)}\` at character ${e.offset + 1})`,
    fix + stored
  );
}
function reject(c, at2, by, error, what, fix) {
  c.problems.push({ messageId: "rejected", at: at2, data: { what, by, error, fix } });
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
  const at2 = cidrNode?.span ?? spec.span;
  const cidr = pool.cidr;
  if (!cidr) {
    reject(c, at2, by, t("badCidr"), `\`${cidrText}\` is not a CIDR`, "Write the range as a CIDR, such as `10.0.0.0/16` (a bare address is not accepted)");
    return;
  }
  if (cidr.hadHostBits) {
    reject(c, at2, by, t("unmasked"), `\`${cidrText}\` has host bits set`, `Write \`cidr: ${cidrString(cidr)}\``);
  }
  if (overlaps(cidr, LINK_LOCAL[cidr.family])) {
    reject(c, at2, by, t(cidr.family === 4 ? "linkLocal4" : "linkLocal6"), `${cidrString(cidr)} overlaps the link-local range`, "Choose a range outside 169.254.0.0/16 and fe80::/10");
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
    const s2 = str(n);
    checkSelectorSyntax(c, n, field, "Calico's validator rejects the pool", apiGroup(pool.object.ref.apiVersion) === "crd.projectcalico.org");
    if (n && s2?.includes("global(")) {
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
  const at2 = cidrNode?.span ?? item.span;
  if (!cidr) {
    reject(c, at2, by, `IP pool CIDR (${cidrText}) is invalid: invalid CIDR address: ${cidrText}`, `\`${cidrText}\` is not a CIDR`, "Write the range as a CIDR, such as `10.0.0.0/16`");
    return;
  }
  if (overlaps(cidr, LINK_LOCAL[cidr.family])) {
    reject(c, at2, apiBy, cidr.family === 4 ? TEXT.linkLocal4.v332 : TEXT.linkLocal6.v332, `${cidrString(cidr)} overlaps the link-local range`, "Choose a range outside 169.254.0.0/16 and fe80::/10");
  }
  const bsNode = get(item, "blockSize");
  const raw = num(bsNode);
  const [lo, hi] = cidr.family === 4 ? [20, 32] : [116, 128];
  if (bsNode && raw !== void 0 && raw !== 0 && (raw < lo || raw > hi)) {
    reject(c, bsNode.span, by, `IPv${cidr.family} pool block size must be greater than ${lo - 1} and less than or equal to ${hi}`, `blockSize ${raw} is out of range for an IPv${cidr.family} pool`, `Use a blockSize from ${lo} to ${hi}`);
  } else {
    const bs = raw && raw !== 0 ? raw : cidr.family === 4 ? 26 : 122;
    if (cidr.prefix > bs) {
      reject(c, at2, by, "IP pool size is too small. It must be equal to or greater than the block size", `A /${cidr.prefix} pool is smaller than its /${bs} blocks`, `Widen the pool to /${bs} or shorter, or set blockSize to ${cidr.prefix} or more`);
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
    const s2 = str(sel2);
    if (sel2 && s2 !== void 0 && s2 !== "all()") {
      reject(c, sel2.span, by, "IP pool nodeSelector should be set to all() if allowedUse is LoadBalancer", `nodeSelector \`${s2}\` on a LoadBalancer pool`, 'Set `nodeSelector: "all()"`');
    }
  }
  const sel = get(item, "nodeSelector");
  checkSelectorSyntax(c, sel, "nodeSelector", apiBy, false);
  if (sel && str(sel)?.includes("global(")) {
    reject(c, sel.span, apiBy, globalText("nodeSelector", false), "`global()` in nodeSelector", "Use `all()`");
  }
}
function checkUpdate(c, pool, model, previous) {
  const since = model.changedSince;
  const spec = pool.spec;
  if (!since || !spec || !pool.cidr || pool.object.contextOnly) return;
  const file = since.previous.get(pool.object.ref.file);
  if (!file) return;
  let objects = previous.get(file.path);
  if (!objects) {
    objects = collectObjects([file]).filter((o) => o.ref.kind === "IPPool" && (apiGroup(o.ref.apiVersion) === "projectcalico.org" || apiGroup(o.ref.apiVersion) === "crd.projectcalico.org"));
    previous.set(file.path, objects);
  }
  const then = objects.filter((o) => o.ref.name === pool.name);
  const now = model.pools.filter((p) => p.origin === "IPPool" && p.name === pool.name && p.object.ref.file === pool.object.ref.file);
  const old = then.length === 1 && now.length === 1 ? then[0] : void 0;
  const oldText = str(get(old?.node, "spec", "cidr"));
  const oldCidr = oldText !== void 0 ? parseCIDR(oldText) : null;
  if (!old || !oldCidr) return;
  const head = c.head;
  const by = head ? "the IPPool CRD rejects the update" : "calicoctl and the Calico API server reject the update";
  const cidrNode = get(spec, "cidr");
  if (cidrNode && !sameCIDR(oldCidr, pool.cidr)) {
    reject(
      c,
      cidrNode.span,
      `${by} of the pool that exists at ${since.ref}`,
      head ? "CIDR cannot be changed; follow IP pool migration guide to avoid corruption." : "IPPool CIDR cannot be modified",
      `The cidr was ${oldText ?? ""} at ${since.ref}`,
      `Keep \`cidr: ${oldText ?? ""}\`, and move to the new range with a new pool (create it, disable this one, then delete it once its pods are gone)`
    );
  }
  const bs = num(get(spec, "blockSize"));
  const oldBs = num(get(old.node, "spec", "blockSize"));
  const dflt = oldCidr.family === 4 ? 26 : 122;
  const size = bs && bs !== 0 ? bs : dflt;
  const was = oldBs && oldBs !== 0 ? oldBs : dflt;
  if (sameCIDR(oldCidr, pool.cidr) && size !== was) {
    reject(
      c,
      get(spec, "blockSize")?.span ?? cidrNode?.span ?? spec.span,
      `${by} of the pool that exists at ${since.ref}`,
      head ? "Block size cannot be changed; follow IP pool migration guide to avoid corruption." : "IPPool BlockSize cannot be modified",
      `The blockSize was ${was} at ${since.ref}`,
      `Keep \`blockSize: ${was}\`, or move to a new pool with the new block size`
    );
  }
}
function checkReservation(c, r, settings) {
  const spec = get(r.object.node, "spec");
  if (spec?.kind === "map") for (const problem of schemaProblems(spec, "spec", validators().reservation, "IPReservation", false)) c.problems.push(problem);
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
    calico: "calicoctl and the Calico API server validate IPPools in clientv3 and the validator (v3.32), and HEAD's CRDs carry the same rules as CEL; the operator validates Installation pools itself; the validator rejects IPReservation entries that are neither CIDRs nor addresses. `nodeSelector` and `namespaceSelector` must parse as Calico selectors (the validator's `selector` tag runs libcalico-go's selector parser; only spaces and tabs separate tokens, so a line break kept by a `|` block fails too), and the pools the operator creates from an Installation go through the same validator. Calico does not reject loopback, multicast or other special ranges. A pool's `cidr` and `blockSize` cannot change once it exists: with `--changed-since REF`, a pool found in the same file at REF that changes either is refused (`IPPool CIDR cannot be modified`, `IPPool BlockSize cannot be modified`).",
    remediation: "Fix the field the finding points at: a strictly masked CIDR outside link-local, a blockSize of 20\u201332 (IPv4) or 116\u2013128 (IPv6) no longer than the pool's prefix, at most one encapsulation, exact enum values, selectors Calico can parse, and LoadBalancer pools kept apart; to change an existing pool's range or block size, create a new pool and retire the old one."
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
    const previous = /* @__PURE__ */ new Map();
    for (const pool of ctx.model.pools) {
      if (pool.implicit) continue;
      if (pool.origin === "IPPool") {
        if (pool.spec) for (const problem of schemaProblems(pool.spec, "spec", validators().ippool, "IPPool", false)) c.problems.push(problem);
        const patch = !str(get(pool.spec, "cidr")) && ctx.model.pools.some((o) => o !== pool && o.name === pool.name && o.cidr !== null);
        if (!patch) checkIPPool(c, pool, pool.spec);
        checkUpdate(c, pool, ctx.model, previous);
        const nameNode = get(pool.object.node, "metadata", "name");
        if (nameNode && pool.name.length > 253) {
          reject(c, nameNode.span, "the API server rejects the pool", `metadata.name: Invalid value: "${pool.name}": must be no more than 253 characters`, `The name is ${pool.name.length} characters long`, "Shorten the name to 253 characters or fewer");
        }
        flush(pool.object.ref);
        continue;
      }
      const item = pool.spec;
      if (!item) continue;
      const list = get(pool.object.node, "spec", "calicoNetwork", "ipPools");
      const idx = list?.kind === "seq" ? list.items.indexOf(item) : -1;
      const path = `spec.calicoNetwork.ipPools[${idx}]`;
      for (const problem of schemaProblems(item, path, validators().installation, "Installation", true)) c.problems.push(problem);
      if (get(item, "cidr") === void 0) {
        reject(c, item.span, "the Kubernetes API server rejects the Installation", `${path}.cidr: Required value`, "The pool has no cidr", "Set `cidr` to the pool's range, such as `10.0.0.0/16`");
      }
      checkInstallationPool(c, pool, item);
      const parent = list?.kind === "seq" ? pool.object.node : void 0;
      if (parent) {
        let s2 = seen.get(parent);
        if (!s2) {
          s2 = { names: /* @__PURE__ */ new Map(), cidrs: /* @__PURE__ */ new Map() };
          seen.set(parent, s2);
        }
        const name = str(get(item, "name"));
        const cidrNode = get(item, "cidr");
        const cidr = str(cidrNode);
        if (cidr !== void 0 && cidrNode) {
          if (s2.cidrs.has(cidr)) reject(c, cidrNode.span, "the operator rejects the Installation", `IP pool ${cidr} is specified more than once`, `${cidr} appears twice in ipPools`, "Remove the duplicate entry");
          else s2.cidrs.set(cidr, cidrNode.span);
        }
        const nameNode = get(item, "name");
        if (name !== void 0 && nameNode) {
          if (s2.names.has(name)) reject(c, nameNode.span, "the operator rejects the Installation", `IP pool ${name} is specified more than once`, `The name ${name} appears twice in ipPools`, "Give every pool its own name");
          else s2.names.set(name, nameNode.span);
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
    overlapsOf(pools).forEach((others, i) => {
      const a = pools[i];
      for (const j of others) {
        const b = pools[j];
        if (!a.cidr || !b.cidr) continue;
        const [first, second] = i < j ? [a, b] : [b, a];
        ctx.report({
          messageId: "overlap",
          at: poolSpan(a),
          object: a.object.ref,
          value: cidrString(a.cidr),
          data: { first: nameOf(first), second: nameOf(second), firstCidr: first.cidr ? cidrString(first.cidr) : "", pool: poolLabel(a), other: poolLabel(b) },
          related: [{ span: poolSpan(b), message: `pool ${poolLabel(b)}` }]
        });
      }
    });
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
    for (const site of calicoSites(ctx.model)) {
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
    for (const pod of cniPods(ctx.model)) {
      for (const s2 of staticsOf(pod)) {
        const key = keyOfFamily(s2.ip.family);
        const own = pod.calico.lists[key];
        if (!isSet(own) || own.error || own.raw === null || (own.items?.length ?? 0) === 0) continue;
        const entries = resolveList(ctx.model, own, pools) ?? [];
        if (insideEntries(s2.ip, entries) !== false) continue;
        const ip = ipString(s2.ip);
        const holder = s2.key === "ipAddrs" ? poolContaining(ctx.model, s2.ip, pools) : void 0;
        const takes = s2.key === "ipAddrsNoIpam" ? `uses ${ip} without asking IPAM` : holder ? `takes ${ip} from pool ${poolText(holder)}` : `takes ${ip} from whichever enabled pool holds it`;
        ctx.report({
          messageId: "mismatch",
          at: s2.span,
          object: pod.object.ref,
          value: ip,
          related: [{ span: own.entry.node.span, message: `the pod sets ${key} ${own.raw}` }],
          data: { ip, key, pools: someOf(entries.map(entryText)), choice: anyOf(entries.map(entryText)), staticKey: s2.key, takes }
        });
      }
    }
  }
});

// src/rules/static-ip-replicas.ts
function isZero(n) {
  const t = text(n);
  return t !== void 0 && /^0+%?$/.test(t.trim());
}
function concurrency(pod, nodes) {
  const spec = get(pod.object.node, "spec");
  switch (pod.workload.scale) {
    case "single":
    case "template":
      return null;
    case "per-node": {
      if (nodes !== void 0) return { count: nodes, why: `one on each of the ${nodes} nodes` };
      if (pinnedToOneNode(pod)) return { count: 1, why: "its nodeSelector picks one node" };
      return { count: Infinity, why: "one on every node" };
    }
    case "replicas": {
      const hpa = pod.hpas.filter((h) => h.maxReplicas !== void 0).sort((a, b) => (b.maxReplicas?.value ?? 0) - (a.maxReplicas?.value ?? 0))[0];
      if (hpa?.maxReplicas && Number.isInteger(hpa.maxReplicas.value)) {
        return { count: hpa.maxReplicas.value, why: `${who(hpa.object, hpa.namespace)} scales it up to maxReplicas: ${hpa.maxReplicas.value}`, at: hpa.maxReplicas.span, hpa };
      }
      if (pod.replicas) {
        if (!Number.isInteger(pod.replicas.value)) return null;
        return { count: pod.replicas.value, why: `replicas: ${pod.replicas.value}`, at: pod.replicas.span };
      }
      if (entry(spec, "replicas") && get(spec, "replicas")?.kind !== "scalar") return null;
      if (entry(spec, "replicas") && num(get(spec, "replicas")) === void 0 && text(get(spec, "replicas")) !== void 0) return null;
      return { count: 1, why: "replicas defaults to 1" };
    }
    case "parallelism": {
      const jobSpec = pod.workload.kind === "CronJob" ? asMap(get(spec, "jobTemplate", "spec")) : asMap(spec);
      const p = pod.parallelism;
      if (!p) {
        if (text(get(jobSpec, "parallelism")) !== void 0) return null;
        return { count: 1, why: "parallelism defaults to 1" };
      }
      if (!Number.isInteger(p.value)) return null;
      const completions = num(get(jobSpec, "completions"));
      if (completions !== void 0 && Number.isInteger(completions) && completions < p.value) {
        return { count: completions, why: `parallelism: ${p.value} with completions: ${completions}`, at: p.span };
      }
      return { count: p.value, why: `parallelism: ${p.value}`, at: p.span };
    }
  }
}
function pinnedToOneNode(pod) {
  const podSpec = get(pod.template, "spec");
  if (str(get(podSpec, "nodeSelector", "kubernetes.io/hostname")) !== void 0) return true;
  const terms = get(podSpec, "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms");
  if (terms?.kind !== "seq" || terms.items.length !== 1) return false;
  const exprs = get(terms.items[0], "matchExpressions");
  if (exprs?.kind !== "seq") return false;
  return exprs.items.some((e) => {
    const values = get(e, "values");
    return str(get(e, "key")) === "kubernetes.io/hostname" && str(get(e, "operator")) === "In" && values?.kind === "seq" && values.items.length === 1;
  });
}
function surgingRollout(pod) {
  const spec = get(pod.object.node, "spec");
  const kind = pod.workload.kind;
  if (kind === "Deployment") {
    const strategy = get(spec, "strategy");
    const type = str(get(strategy, "type")) ?? "RollingUpdate";
    if (type !== "RollingUpdate") return null;
    const surge = get(strategy, "rollingUpdate", "maxSurge");
    if (isZero(surge)) return null;
    const at2 = surge?.span ?? get(strategy, "type")?.span;
    return {
      strategy: surge ? `RollingUpdate strategy (maxSurge: ${text(surge) ?? ""})` : entry(strategy, "type") ? "RollingUpdate strategy" : "default RollingUpdate strategy (maxSurge 25%, rounded up to 1 pod)",
      ...at2 ? { at: at2 } : {},
      fix: "Set `strategy: {type: Recreate}` (or `rollingUpdate: {maxSurge: 0, maxUnavailable: 1}`), so the old pod is gone before the new one starts"
    };
  }
  if (kind === "Rollout") {
    const strategy = get(spec, "strategy");
    const blueGreen = entry(strategy, "blueGreen");
    if (blueGreen) {
      return {
        strategy: "blueGreen strategy",
        at: blueGreen.keySpan,
        fix: "Use the canary strategy with `maxSurge: 0` and `maxUnavailable: 1`: a blue-green rollout always runs the new pods beside the old ones"
      };
    }
    const canary = entry(strategy, "canary");
    if (!canary) return null;
    const surge = get(canary.value, "maxSurge");
    if (isZero(surge)) return null;
    return {
      strategy: surge ? `canary strategy (maxSurge: ${text(surge) ?? ""})` : "canary strategy (maxSurge 25%, rounded up to 1 pod)",
      at: surge?.span ?? canary.keySpan,
      fix: "Set `maxSurge: 0` and `maxUnavailable: 1` in the canary strategy, so the old pod is gone before the new one starts"
    };
  }
  if (kind === "DaemonSet") {
    const surge = get(spec, "updateStrategy", "rollingUpdate", "maxSurge");
    if (surge === void 0 || isZero(surge) || str(get(spec, "updateStrategy", "type")) === "OnDelete") return null;
    return { strategy: `RollingUpdate strategy (maxSurge: ${text(surge) ?? ""})`, at: surge.span, fix: "Set `maxSurge: 0` in `updateStrategy.rollingUpdate`" };
  }
  return null;
}
function fixFor(pod, c) {
  const drop = "or remove cni.projectcalico.org/ipAddrs and let the pods take addresses from a pool (cni.projectcalico.org/ipv4pools)";
  if (c.hpa) {
    const recreate = pod.workload.kind === "Deployment" && str(get(pod.object.node, "spec", "strategy", "type")) !== "Recreate" ? " and use `strategy: {type: Recreate}`" : "";
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
    for (const pod of cniPods(ctx.model)) {
      const statics = staticsOf(pod);
      const first = statics[0];
      if (!first) continue;
      const noIpam = first.key === "ipAddrsNoIpam";
      const list = pod.calico.lists[first.key];
      const annotation = list?.entry.node.span ?? first.span;
      const ips = listText(statics.filter((s2) => s2.key === first.key).map((s2) => s2.text));
      const ip = ipString(first.ip);
      const c = concurrency(pod, ctx.settings.nodes);
      if (!c || c.count === 0) continue;
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
        const policyNode = get(pod.object.node, "spec", "concurrencyPolicy");
        const policy = str(policyNode) ?? "Allow";
        if (policy !== "Allow" || bool(get(pod.object.node, "spec", "suspend")) === true) continue;
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
    scope: "repository",
    messages: {
      unknownName: 'Calico fails {{victims}} with `error parsing pool "{{entry}}": invalid CIDR address: {{entry}}`: no IP pool is named {{entry}}{{hint}}. {{fix}}',
      notEnabled: "Calico fails {{victims}} with `the given pool ({{cidr}}) does not exist, or is not enabled`: pool {{pool}} {{state}}. {{fix}}",
      noSuchCidr: "Calico fails {{victims}} with `the given pool ({{cidr}}) does not exist, or is not enabled`: {{detail}}. {{fix}}"
    },
    calico: 'The CNI plugin resolves each entry of `ipv4pools`/`ipv6pools` (`ResolvePools`): a CIDR is masked and kept, anything else must be the `metadata.name` of a pool, or the pod fails with `error parsing pool "<entry>": invalid CIDR address: <entry>`. IPAM then requires every requested CIDR to be exactly the CIDR of an enabled pool (`determinePools`): a disabled pool, a pool marked `Allocatable=False`, a subnet or a superset of a pool fails with `the given pool (<cidr>) does not exist, or is not enabled`. Names are resolved in both lists even when the family is not assigned (an IPv4-only cluster still fails an unknown name in `ipv6pools`), but the exact-CIDR check runs only for a family the pod gets an address of: not reported when no pool of that family is in view or `ipFamilies` leaves it out. Lists of pods with `ipAddrs`/`ipAddrsNoIpam` are never resolved. Silent when the files hold no pool.',
    remediation: "Name pools by their exact `metadata.name` or exact CIDR, and keep the named pools enabled."
  },
  check(ctx) {
    const pools = viewPools(ctx.model);
    if (!anyPoolKnown(pools)) return;
    for (const site of poolListSites(ctx.model)) {
      const entries = resolveList(ctx.model, site.list, pools);
      if (!entries) continue;
      const family = familyOfKey(site.key);
      for (const e of entries) {
        if (e.error?.code === "P1") reportName(e, site);
        else if (e.error?.code === "P3" && familyAssigned(site, family, pools)) reportCidr(e, site);
      }
    }
    function reportName(e, site) {
      const family = familyOfKey(site.key);
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
      ctx.report({
        messageId: "unknownName",
        at: e.request.span,
        object: site.object.ref,
        value: e.request.text,
        data: { victims: victimsOf(site), entry: e.request.text, hint, fix }
      });
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
        const messageId = p.code === "UNREADABLE" ? "unreadable" : p.code === "TOO_DEEP" ? "tooDeep" : p.code === "TOO_LARGE" ? "tooLarge" : "syntax";
        ctx.report({ messageId, data: { message: p.message }, at: p.span });
      }
      for (const doc of file.documents) {
        for (const p of doc.problems) ctx.report({ messageId: "syntax", data: { message: p.message }, at: p.span });
      }
    }
  }
});

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
  static_ip_auto_pool_default,
  static_ip_both_modes_default,
  static_ip_pool_mismatch_default,
  static_ip_replicas_default,
  unknown_pool_default,
  unused_suppression_default,
  yaml_syntax_default
];

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
      let s2 = globalRules?.[ruleId];
      for (const o of overrides) {
        const v = o.rules[ruleId];
        if (v !== void 0 && matches(o.ig, file)) s2 = v;
      }
      return s2;
    },
    mayRun: (ruleId) => globalRules?.[ruleId] !== "off" || overrides.some((o) => o.rules[ruleId] !== void 0 && o.rules[ruleId] !== "off")
  };
}
function applyIgnore(files, paths) {
  return files.some((f) => !f.contextOnly && paths.ignored(f.path)) ? files.map((f) => !f.contextOnly && paths.ignored(f.path) ? { ...f, contextOnly: true } : f) : files;
}

// src/config/schema.ts
var SCHEMA_ID = "https://raw.githubusercontent.com/calico-ipam-lint/calico-ipam-lint/main/schema/calico-ipam-lint.schema.json";
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
      cni: {
        type: "object",
        description: "How the cluster's pods get their network, when no operator Installation or calico-config ConfigMap in view says so (and in place of what they say).",
        additionalProperties: false,
        properties: {
          type: { type: "string", minLength: 1, description: "The CNI plugin: `Calico`, or the one Calico runs beside for policy only (`AmazonVPC`, `AzureVNET`, `GKE`, \u2026)." },
          ipam: { type: "string", minLength: 1, description: "With Calico's CNI plugin: its config's `ipam.type`, `calico-ipam` or `host-local` (Canal)." }
        }
      },
      calicoVersion: {
        type: "string",
        enum: ["v3.32", "head"],
        description: "Whose behaviour to predict: `v3.32` (the latest release) or `head` (also checks a static address's pool allowedUses)."
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
var compiled2 = /* @__PURE__ */ new Map();
function validator(rules) {
  const key = rules.map((r) => r.id).join(",");
  let v = compiled2.get(key);
  if (!v) {
    const ajv = new import_ajv2.default.default({ allErrors: true, strict: false, verbose: true });
    v = ajv.compile(configSchema(rules));
    compiled2.set(key, v);
  }
  return v;
}
var CORE_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));
function walk(n, visit) {
  visit(n);
  if (n.kind === "map") for (const e of n.entries) walk(e.value, visit);
  else if (n.kind === "seq") for (const i of n.items) walk(i, visit);
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
function semanticProblems(root) {
  const out = [];
  for (const item of asSeq(get(root, "podCidrs"))?.items ?? []) {
    if (item.kind === "scalar" && typeof item.value === "string" && !parseCIDR(item.value.trim())) {
      out.push({ span: item.span, message: `podCidrs: ${JSON.stringify(item.value)} is not a CIDR (write it as address/prefix, e.g. 10.244.0.0/16)` });
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
function globRegex(glob) {
  return new RegExp(`^${glob.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
}
function splitIds(text2) {
  const out = [];
  for (const m of text2.matchAll(/[^,\s]+/g)) out.push({ id: m[0], start: m.index, end: m.index + m[0].length });
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
      const text2 = byPath.get(file)?.text ?? (configSource?.path === file ? configSource.text : "");
      idx = new LineIndex(text2);
      indexes.set(file, idx);
    }
    return idx;
  };
  const region = (s2) => {
    const l = indexFor(s2.file).location(s2);
    return { file: s2.file, start: { line: l.line, column: l.column }, end: { line: l.endLine, column: l.endColumn } };
  };
  const problems = [];
  const suppressions = [];
  const add = (s2) => {
    suppressions.push({ ...s2, used: /* @__PURE__ */ new Set(), usedAny: false });
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
      const r = region(covered);
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
  for (const o of model.objects) fromAnnotations(o.annotations, o.node.span);
  for (const p of model.podSources) if (p.workload.template.length > 0) fromAnnotations(p.podAnnotations, p.templateSpan);
  for (const file of files) {
    if (!file.text.includes("calico-ipam-lint-")) continue;
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
    const [kindRe, namespaceRe, nameRe] = [entry2.kind, entry2.namespace, entry2.name].map((g) => g === void 0 ? void 0 : globRegex(g));
    const test = (v, re) => re === void 0 || v !== void 0 && re.test(v);
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
  for (const f of findings) {
    let suppressed = false;
    for (const s2 of suppressions) {
      if (!s2.covers(f)) continue;
      if (s2.all) {
        s2.usedAny = true;
        suppressed = true;
      }
      if (s2.ids.some((x) => x.id === f.ruleId)) {
        s2.used.add(f.ruleId);
        s2.usedAny = true;
        suppressed = true;
      }
    }
    if (!suppressed) kept.push(f);
  }
  const known = new Set(RULES.map((r) => r.id));
  const active = (ruleId, file) => (!only || only.includes(ruleId)) && paths.setting(ruleId, file) !== "off" && paths.mayRun(ruleId);
  const where2 = { annotation: `The ${IGNORE_ANNOTATION} annotation`, comment: `This ${DIRECTIVE} comment`, config: "This suppress entry of the configuration" };
  const holder = { annotation: "the annotation", comment: "the comment", config: "the entry" };
  for (const s2 of suppressions) {
    for (const x of s2.ids) {
      if (!known.has(x.id)) {
        const near = nearest(x.id, [...known]);
        problems.push({ messageId: "unknownRule", data: { where: where2[s2.form], rule: x.id, near: near ? ` (did you mean ${near}?)` : "" }, span: x.span, value: x.id });
      } else if (s2.judgeable && !s2.used.has(x.id) && active(x.id, s2.file)) {
        const what = s2.ids.length === 1 && !s2.all ? holder[s2.form] : `${x.id} from ${holder[s2.form]}`;
        problems.push({ messageId: "unused", data: { where: where2[s2.form], rule: x.id, what }, span: x.span, value: x.id });
      }
    }
    if (s2.all && s2.judgeable && !s2.usedAny && RULES.some((r) => r.id !== UNUSED && active(r.id, s2.file))) {
      problems.push({ messageId: "unusedAll", data: { where: where2[s2.form] }, span: s2.span, value: "all" });
    }
  }
  const out = kept;
  let configFile;
  if (!only || only.includes(UNUSED)) {
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
      if (configSource && p.span.file === configSource.path && !byPath.has(configSource.path)) configFile = { ...configSource, contextOnly: false };
    }
  }
  return { findings: out, ...configFile ? { configFile } : {} };
}
function severityOf(setting) {
  if (setting === "off") return null;
  if (setting === "error") return "error";
  if (setting === "warn" || setting === "warning") return "warning";
  return unused_suppression_default.meta.defaultSeverity;
}
function directivesIn(file) {
  const text2 = file.text;
  const lines = [];
  for (let start = 0; start <= text2.length; ) {
    const nl = text2.indexOf("\n", start);
    const end = nl === -1 ? text2.length : nl;
    const body = text2.slice(start, end).replace(/\r$/, "");
    lines.push({ start, end: start + body.length, text: body });
    if (nl === -1) break;
    start = nl + 1;
  }
  const scalars = [];
  const starts = [];
  const visit = (n) => {
    if (n.kind === "scalar") {
      if (text2.slice(n.span.start, n.span.end).includes("\n")) scalars.push(n.span);
    } else if (n.kind === "map") {
      for (const e of n.entries) {
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
  const insideScalar = (o) => scalars.some((s2) => s2.start < o && o < s2.end);
  const index = new LineIndex(text2);
  const out = [];
  lines.forEach((line, i) => {
    const m = /^(\s*)#\s*(calico-ipam-lint-[\w-]*)(.*)$/.exec(line.text);
    if (!m) return;
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
    const onLine = starts.filter((s2) => s2.start >= target.start && s2.start <= target.end && s2.seqItem === seqLine);
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
  const checkSpan = (rule, s2) => {
    const f = byPath.get(s2.file);
    if (!f || s2.start < 0 || s2.end < s2.start || s2.end > f.text.length) {
      if (options.strict || !f) throw new Error(`rule ${rule.id} reported an invalid position ${s2.file}:${s2.start}-${s2.end}`);
      const start = Math.max(0, Math.min(s2.start, f.text.length));
      return { file: s2.file, start, end: Math.max(start, Math.min(s2.end, f.text.length)) };
    }
    return s2;
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
  for (const rule of RULES) {
    if (options.only && !options.only.includes(rule.id)) continue;
    if (!paths.mayRun(rule.id)) continue;
    rule.check({
      model,
      settings,
      sourceText: (file) => byPath.get(file)?.text ?? "",
      report: (r) => {
        const at2 = checkSpan(rule, r.at);
        const severity = severityFor(paths.setting(rule.id, at2.file), r.severity, rule);
        if (!severity) return;
        const template = rule.meta.messages[r.messageId];
        if (template === void 0) throw new Error(`rule ${rule.id} reported unknown messageId ${r.messageId}`);
        const related = (r.related ?? []).slice(0, MAX_RELATED).map((rel) => {
          const span = checkSpan(rule, rel.span);
          return { file: span.file, ...indexFor(span.file).location(span), message: rel.message };
        });
        const o = r.object;
        const fix = checkFix(rule, r.fix, at2.file);
        findings.push({
          ruleId: rule.id,
          severity,
          message: renderMessage(template, r.data),
          messageId: r.messageId,
          file: at2.file,
          ...indexFor(at2.file).location(at2),
          ...related.length > 0 ? { related } : {},
          ...o ? { object: { kind: o.kind, ...o.namespace !== void 0 ? { namespace: o.namespace } : {}, ...o.name !== void 0 ? { name: o.name } : {} } } : {},
          ...r.value !== void 0 ? { value: r.value } : {},
          ...fix ? { fix } : {}
        });
      }
    });
  }
  const kept = applySuppressions({ files, model, findings, paths, ...options.only ? { only: options.only } : {}, ...options.policy ? { policy: options.policy } : {} });
  return { results: groupResults(kept.configFile ? [...files, kept.configFile] : files, kept.findings), model, settings };
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

// src/engine/exact.ts
function lintExact(input, options = {}) {
  const out = lintSources(input, options);
  const byPath = new Map(input.map((f) => [f.path, f]));
  let fastBytes = 0;
  for (const f of input) if (isFastSource(f)) fastBytes += f.text.length;
  let budget = VERIFY_MIN_CHARS + fastBytes * VERIFY_SHARE;
  const checked = /* @__PURE__ */ new Set();
  const differs = (path) => {
    if (checked.has(path) || budget <= 0) return false;
    checked.add(path);
    const f = byPath.get(path);
    if (!f || !isFastSource(f)) return false;
    budget -= f.text.length;
    return !sameTree(f, parseSource(f.path, f.text, f.contextOnly));
  };
  const mismatch = out.results.some((r) => r.findings.some((finding) => differs(finding.file) || (finding.related ?? []).some((rel) => differs(rel.file))));
  if (!mismatch) return { ...out, files: input };
  const files = input.map((f) => isFastSource(f) ? parseSource(f.path, f.text, f.contextOnly) : f);
  return { ...lintSources(files, options), files };
}
var VERIFY_MIN_CHARS = 2e6;
var VERIFY_SHARE = 0.05;

// src/api.ts
async function lintPaths(paths, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const main = await expandPaths(paths, cwd);
  const ctx = await expandPaths(options.context ?? [], cwd);
  const mainSet = new Set(main.files);
  const files = [...options.extraSources ?? []];
  const parse = options.precise ? parseSource : parseManifest;
  for (const f of await loadFiles(main.files, cwd, false, parse)) files.push(f);
  for (const f of await loadFiles(ctx.files.filter((p) => !mainSet.has(p)), cwd, true, parse)) files.push(f);
  const unreadable = [
    ...main.unreadable,
    ...ctx.unreadable,
    ...files.filter((f) => f.problems.some((p) => p.code === "UNREADABLE" && /permission|cannot be read/.test(p.message) || p.code === "TOO_LARGE")).map((f) => f.path)
  ];
  const out = lintExact(files, options);
  return { ...out, missing: [...main.missing, ...ctx.missing], unreadable, skipped: [...main.skipped, ...ctx.skipped] };
}

// src/report/formatters/lazy.ts
var FORMATTER_NAMES = ["stylish", "json", "sarif", "github", "junit"];
var formatterNames = () => [...FORMATTER_NAMES];
async function loadFormatter(name, results) {
  switch (name) {
    case "stylish":
      if (results.every((r) => r.findings.length === 0)) return () => "";
      return (await import("./stylish-RZCQ43GM.js")).stylish;
    case "json":
      return (await import("./json-ZVBCW3JE.js")).json;
    case "sarif":
      return (await import("./sarif-ZXEE22MT.js")).sarif;
    case "github":
      return (await import("./github-E3AGF7JT.js")).github;
    case "junit":
      return (await import("./junit-I6X2UM7T.js")).junit;
    default:
      return void 0;
  }
}

// src/cli/gate.ts
import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
var q = (argv) => argv.map((a) => /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
function isObject(root) {
  if (!root || root.kind !== "map") return false;
  const field = (k) => {
    const e = root.entries.find((x) => x.key === k);
    return e && e.value.kind === "scalar" ? e.value.value : void 0;
  };
  return typeof field("apiVersion") === "string" && typeof field("kind") === "string" && field("kind") !== "";
}
var isEmpty = (root) => root === null || root.kind === "scalar" && root.value === null;
function runGenerator(argv, io) {
  return new Promise((resolvePromise) => {
    const [cmd, ...args] = argv;
    const child2 = spawn(cmd, args, { cwd: io.cwd, env: io.env, stdio: ["ignore", "pipe", "pipe"] });
    const chunks = [];
    const decoder2 = new StringDecoder("utf8");
    let settled = false;
    const done = (g) => {
      if (settled) return;
      settled = true;
      resolvePromise(g);
    };
    child2.stdout.on("data", (c) => chunks.push(c));
    child2.stderr.on("data", (c) => io.stderr.write(decoder2.write(c)));
    child2.on("error", (error) => done({ stdout: Buffer.alloc(0), code: null, signal: null, error }));
    child2.on("close", (code, signal) => {
      const rest = decoder2.end();
      if (rest) io.stderr.write(rest);
      done({ stdout: Buffer.concat(chunks), code, signal });
    });
  });
}
async function* once(bytes2) {
  yield bytes2;
}
function helmSources(text2) {
  const lines = text2.split("\n");
  const at2 = [];
  let current;
  for (const l of lines) {
    if (/^---(\s|$)/.test(l)) current = void 0;
    const m = /^# Source: (.+?)\s*$/.exec(l);
    if (m) current = m[1];
    at2.push(current);
  }
  return (line) => at2[line - 1];
}
function findingLine(f, source) {
  const o = f.object;
  const object = o ? `${o.kind} ${o.namespace ? `${o.namespace}/` : ""}${o.name ?? ""}`.trim() : void 0;
  const extra = [f.severity, object, source ? `from ${source}` : void 0].filter(Boolean).join(", ");
  return `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message.replace(/\s*[\r\n]+\s*/g, " ")} [${extra}]
`;
}
function concatenate(files) {
  let text2 = "";
  const refused = [];
  for (const f of files) {
    if (f.contextOnly) continue;
    const docs = f.documents.filter((d) => d.problems.length === 0);
    const objects = docs.filter((d) => isObject(d.root)).length;
    if (objects === 0) continue;
    const strays = docs.filter((d) => !isObject(d.root) && !isEmpty(d.root));
    if (strays.length > 0) {
      refused.push(`${f.path}: document ${(strays[0]?.index ?? 0) + 1} is not a Kubernetes object (no apiVersion and kind), and Argo CD refuses a file that mixes objects with other documents`);
      continue;
    }
    const body = f.text.startsWith("\uFEFF") ? f.text.slice(1) : f.text;
    if (text2 !== "") text2 += text2.endsWith("\n") ? "---\n" : "\n---\n";
    text2 += body.endsWith("\n") || body === "" ? body : `${body}
`;
  }
  return { text: text2, refused };
}
var countObjects = (files) => files.filter((f) => !f.contextOnly).reduce((n, f) => n + f.documents.filter((d) => isObject(d.root)).length, 0);
var gateOptions = (cmd) => addLintOptions(cmd).addOption(new Option("--allow-empty", "pass when there are no Kubernetes objects at all (by default that fails: Argo CD would prune everything)")).addOption(new Option("--extra-options <words>", "more options as one string, split at spaces (a plugin's setting): options only, never a command to run"));
function spliceExtraOptions(argv) {
  if (argv[0] !== "gate") return [...argv];
  const out = ["gate"];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--" || a === "-") return [...out, ...argv.slice(i)];
    const inline = a.startsWith("--extra-options=") ? a.slice("--extra-options=".length) : void 0;
    if (a !== "--extra-options" && inline === void 0) {
      out.push(a);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === void 0) throw new UsageError("--extra-options needs a value");
    const words = value.split(/\s+/).filter((w) => w !== "");
    const probe = gateOptions(new Command("gate")).allowExcessArguments(false).exitOverride().configureOutput({ writeOut: () => void 0, writeErr: () => void 0 }).action(() => void 0);
    try {
      if (words.some((w) => w === "--" || w === "-" || /^(-h|--help|-v|--version|--extra-options(=.*)?)$/.test(w))) throw new CommanderError(2, "refused", "");
      probe.parse(words, { from: "user" });
    } catch (err) {
      if (!(err instanceof CommanderError)) throw err;
      const why = err.code === "refused" || err.code === "commander.excessArguments" ? "" : `: ${err.message.replace(/^error: /, "")}`;
      throw new UsageError(`--extra-options "${value}" must hold options and their values only${why}`);
    }
    out.push(...words);
  }
  return out;
}
function addGateCommand(program2, io, setExit) {
  const cmd = program2.command("gate").description(
    "Lint manifests on their way to the cluster and write them to standard output unchanged, only when they pass: for Argo CD config management plugins and Helm post-renderers. Findings go to standard error."
  ).usage("[options] [-- generator [args...]] | [options] -").argument("[generator...]", "command that prints the manifests (after --), or '-' to read them from standard input; without one, the working directory's manifests").passThroughOptions();
  gateOptions(cmd).action(async (generator, opts) => {
    setExit(await gate(generator, opts, io));
  });
  return cmd;
}
async function gate(generator, opts, io) {
  const fail = (msg) => {
    io.stderr.write(`calico-ipam-lint gate: ${msg}; no manifests written
`);
    return EXIT_FAILURE;
  };
  if (opts.format.length > 0 && opts.outputFile.length < opts.format.length) throw new UsageError("gate writes manifests to standard output: give every --format an --output-file");
  const namespace = opts.namespace ?? io.env["ARGOCD_APP_NAMESPACE"];
  const lintOpts = { ...opts, ...namespace ? { namespace } : {} };
  let out;
  let mode;
  if (generator.length === 1 && generator[0] === "-") {
    mode = "stdin";
    out = await runLintCommand(["-"], { ...lintOpts, stdinFilename: opts.stdinFilename ?? "<stdin>" }, io);
  } else if (generator.length > 0) {
    mode = "generator";
    const g = await runGenerator(generator, io);
    if (g.error) return fail(`cannot run \`${q(generator)}\`: ${g.error.code === "ENOENT" ? "command not found" : g.error.message}`);
    if (g.code !== 0) return fail(`\`${q(generator)}\` failed (${g.signal ? `killed by ${g.signal}` : `exit status ${g.code}`})`);
    out = await runLintCommand(["-"], { ...lintOpts, stdinFilename: opts.stdinFilename ?? "<generated>" }, { ...io, stdin: once(g.stdout) });
  } else {
    mode = "directory";
    out = await runLintCommand(["."], lintOpts, io);
  }
  const stream = mode === "directory" ? concatenate(out.files) : { text: out.files.find((f) => !f.contextOnly)?.text ?? "", refused: [] };
  const notText = out.files.find((f) => !f.contextOnly && f.problems.length > 0);
  const sources = new Map(out.files.map((f) => [f.path, helmSources(f.text)]));
  let shown2 = 0;
  for (const r of out.results) {
    for (const f of r.findings) {
      if (opts.quiet && f.severity !== "error") continue;
      io.stderr.write(findingLine(f, sources.get(f.file)?.(f.line)));
      shown2++;
    }
  }
  const sink = { ...io, stdout: { write: () => true }, stdoutIsTTY: false };
  const code = await report(out, opts.format.length > 0 ? opts : { ...opts, format: ["json"], outputFile: [], outputPairs: {} }, sink);
  if (notText) return fail(`${notText.path}: ${notText.problems[0]?.message ?? "could not be read"}`);
  if (code === EXIT_FAILURE) return fail("the input could not be read");
  if (code === EXIT_FINDINGS) {
    const errors = out.results.reduce((n, r) => n + r.errorCount, 0);
    const warnings = out.results.reduce((n, r) => n + r.warningCount, 0);
    return fail(`${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"} in the manifests`), EXIT_FINDINGS;
  }
  if (stream.refused.length > 0) return fail(stream.refused.join("; "));
  if (countObjects(out.files) === 0 && !opts.allowEmpty) {
    return fail("no Kubernetes objects to apply (an empty result would make Argo CD prune the application's resources; --allow-empty permits it)");
  }
  if (shown2 > 0) io.stderr.write(`calico-ipam-lint gate: passed with ${shown2} warning${shown2 === 1 ? "" : "s"}
`);
  io.stdout.write(stream.text);
  return EXIT_OK;
}

// src/cli/github-summary.ts
import { appendFile } from "node:fs/promises";

// src/report/summary.ts
var SUMMARY_LIMIT = 1024 * 1024;
var cell = (s2) => s2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
var bytes = (s2) => new TextEncoder().encode(s2).length;
function renderSummaryMarkdown(results, ctx, options = {}) {
  const findings = results.flatMap((r) => r.findings);
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const head = ["## calico-ipam-lint", ""];
  const files = results.length;
  if (findings.length === 0) head.push(`No Calico IPAM problems found in ${files} file${files === 1 ? "" : "s"}.`, "");
  else {
    head.push(`**${errors}** error${errors === 1 ? "" : "s"} and **${warnings}** warning${warnings === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"} linted.`, "");
    head.push("| Severity | Rule | Location | Message |", "| --- | --- | --- | --- |");
  }
  const tail = options.extra ? ["", options.extra.trimEnd(), ""] : [];
  const budget = Math.min(options.budget ?? SUMMARY_LIMIT - 64 * 1024, SUMMARY_LIMIT);
  let used = bytes(head.join("\n")) + bytes(tail.join("\n")) + 512;
  const rows = [];
  let cut = 0;
  for (const f of findings) {
    const path = displayRepoPath(f.file, ctx);
    const where2 = `${path}:${f.line}:${f.column}`;
    const loc2 = options.linkBase && !path.startsWith("/") && !path.startsWith("<") ? `[${cell(where2)}](${options.linkBase}/${encodeUriPath(path)}#L${f.line}${f.endLine > f.line ? `-L${f.endLine}` : ""})` : `\`${where2.replace(/`/g, "'")}\``;
    const rule = ctx.rules.get(f.ruleId);
    const ruleCell = rule ? `[${f.ruleId}](${rule.docsUrl})` : f.ruleId;
    const row = `| ${f.severity === "error" ? "\u274C error" : "\u26A0\uFE0F warning"} | ${ruleCell} | ${loc2} | ${cell(f.message)} |`;
    const size = bytes(row) + 1;
    if (cut > 0 || used + size > budget) {
      cut++;
      continue;
    }
    used += size;
    rows.push(row);
  }
  const out = [...head, ...rows];
  if (cut > 0) out.push("", `${cut} more finding${cut === 1 ? "" : "s"} left out: a step summary holds at most 1 MiB.${options.fullReport ? ` All findings are in ${options.fullReport}.` : ""}`);
  return `${[...out, ...tail].join("\n").trimEnd()}
`;
}

// src/cli/github-summary.ts
async function appendGithubSummary(results, ctx, io) {
  const file = io.env["GITHUB_STEP_SUMMARY"];
  if (!file) return;
  const server = io.env["GITHUB_SERVER_URL"];
  const repo = io.env["GITHUB_REPOSITORY"];
  const sha = io.env["GITHUB_SHA"];
  const linkBase = server && repo && sha ? `${server}/${repo}/blob/${sha}` : void 0;
  await appendFile(file, renderSummaryMarkdown(results, ctx, linkBase ? { linkBase } : {}));
}

// src/cli/notices.ts
function noPoolsNotice(model) {
  if (poolsKnown(model) || model.podSources.length === 0) return null;
  return "calico-ipam-lint: no IP pools in view, so the checks against pools were skipped. Give the cluster's pools with --pools FILE (kubectl get ippools.crd.projectcalico.org -o yaml > pools.yaml), or point --context at the manifests that define them\n";
}

// src/cli/plan.ts
import { resolve as resolve3 } from "node:path";

// src/report/plan.ts
function locator(model) {
  const texts = new Map(model.files.map((f) => [f.path, f.text]));
  const idx = /* @__PURE__ */ new Map();
  return (span) => {
    let i = idx.get(span.file);
    if (!i) {
      i = new LineIndex(texts.get(span.file) ?? "");
      idx.set(span.file, i);
    }
    return { file: span.file, line: i.location(span).line };
  };
}
function planFrom(model, a) {
  const at2 = locator(model);
  const owner = (o, namespace) => ({
    kind: o.ref.kind,
    ...namespace !== void 0 ? { namespace } : {},
    ...o.ref.name !== void 0 ? { name: o.ref.name } : {},
    ...at2(o.ref.span)
  });
  const podOwner = (d) => owner(d.pod.object, d.pod.namespace);
  const pools = a.pools.map((u) => {
    const used = u.size - u.free;
    return {
      name: u.pool.name,
      cidr: u.cidr,
      family: u.family,
      origin: u.pool.origin,
      ...at2(u.pool.cidrText?.span ?? u.pool.span),
      enabled: u.enabled,
      automatic: u.automatic,
      blockSize: u.pool.blockSize,
      blocks: String(u.blocks),
      size: String(u.size),
      reserved: String(u.reserved),
      static: String(u.statics),
      tunnel: String(u.tunnel),
      demand: String(u.demand + u.shortfall),
      free: String(u.free),
      shortfall: String(u.shortfall),
      usedPermille: u.size > 0n ? Number(used * 1000n / u.size) : 0
    };
  });
  const statics = a.statics.map((c) => ({
    ip: ipString(c.ip),
    annotation: c.key,
    owner: owner(c.pod.object, c.pod.namespace),
    ...c.pool ? { pool: c.pool.name || c.pool.cidrText?.value || "" } : {},
    reserved: c.reserved
  }));
  const sets = a.sets.map((s2) => ({
    kind: s2.kind,
    family: s2.family,
    pools: s2.pools.map((p) => p.name),
    demand: String(s2.demand),
    shortfall: String(s2.shortfall),
    consumers: s2.consumers.map((c) => ({ ...podOwner(c), count: c.count.count === null ? null : String(c.count.count) }))
  }));
  const failures = a.exhausted.map((g) => ({
    family: g.family,
    pools: g.pools.map((p) => p.pool.name || p.cidr),
    demand: String(g.demand),
    capacity: String(g.capacity),
    shortfall: String(g.shortfall)
  }));
  const seen = /* @__PURE__ */ new Set();
  const unknown = a.demands.filter((d) => d.count.count === null && !seen.has(d.pod) && seen.add(d.pod)).map((d) => ({ ...podOwner(d), reason: d.count.unknown ?? "unknown" }));
  const blocked = [
    ...a.blocked.map((b) => ({ ...owner(b.pod.object, b.pod.namespace), reason: b.reason })),
    ...a.demands.filter((d) => !d.set && (d.noPool ?? a.defaultFailure[d.family])).map((d) => ({ ...podOwner(d), reason: (d.noPool ?? a.defaultFailure[d.family])?.message ?? "" }))
  ];
  const notes = [];
  if (a.nodes === null) {
    if (a.tunnelPools.length > 0) notes.push(`node tunnel addresses are not counted (${a.tunnelPools.map((t) => `${t.encapsulation} in ${t.pool.name}`).join(", ")}): give the node count with --nodes`);
    if (unknown.length > 0) notes.push("DaemonSets are not counted: give the node count with --nodes");
  }
  for (const u of a.pools) {
    const perBlock = 1n << BigInt((u.family === 4 ? 32 : 128) - u.pool.blockSize);
    if (u.enabled && u.pool.blockSize >= (u.family === 4 ? 29 : 125) && perBlock > 0n) {
      notes.push(`${u.pool.name || u.cidr} has /${u.pool.blockSize} blocks: with the default limit of 20 blocks per node, a node takes at most ${20n * perBlock} pod addresses from it (cannot allocate new block due to per host block limit)`);
    }
  }
  if (a.pools.length === 0) notes.push("no IP pools in view: pass --pools FILE (kubectl get ippools.crd.projectcalico.org -o yaml) or --context PATH");
  return { pools, sets, statics, failures, unknown, blocked, nodes: a.nodes, notes };
}
function planToJSON(plan) {
  return `${JSON.stringify(plan, null, 2)}
`;
}
var pct = (permille) => `${Math.floor(permille / 10)}%`;
function bar(permille, width = 20) {
  const filled = Math.min(width, Math.round(permille / 1e3 * width));
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}]`;
}
var where = (o) => `${o.file}:${o.line}`;
var ownerText = (o) => `${o.kind} ${o.namespace !== void 0 ? `${o.namespace}/` : ""}${o.name ?? "(unnamed)"}`;
function table(rows, right) {
  const widths = [];
  for (const r of rows) r.forEach((c, i) => widths[i] = Math.max(widths[i] ?? 0, c.length));
  return rows.map((r) => r.map((c, i) => right.has(i) ? c.padStart(widths[i] ?? 0) : i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)).join("  ").trimEnd());
}
function poolState(p) {
  if (!p.enabled) return "disabled";
  return p.automatic ? "auto" : "manual";
}
function renderPlanText(plan) {
  const out = [];
  out.push("Pools");
  if (plan.pools.length === 0) out.push("  (none)");
  else {
    const rows = [["POOL", "CIDR", "MODE", "SIZE", "RESERVED", "STATIC", "TUNNEL", "DEMAND", "FREE", "SHORT", "USE"]];
    for (const p of plan.pools) {
      rows.push([p.name, p.cidr, poolState(p), p.size, p.reserved, p.static, p.tunnel, p.demand, p.free, p.shortfall, `${bar(p.usedPermille)} ${pct(p.usedPermille).padStart(4)}`]);
    }
    for (const l of table(rows, /* @__PURE__ */ new Set([3, 4, 5, 6, 7, 8, 9]))) out.push(`  ${l}`);
  }
  out.push("", "Static addresses");
  if (plan.statics.length === 0) out.push("  (none)");
  else {
    const rows = plan.statics.map((s2) => [s2.ip, s2.annotation, ownerText(s2.owner), where(s2.owner), s2.pool ? `pool ${s2.pool}${s2.reserved ? " (reserved)" : ""}` : "in no enabled pool"]);
    for (const l of table(rows, /* @__PURE__ */ new Set())) out.push(`  ${l}`);
  }
  if (plan.failures.length > 0) {
    out.push("", "Shortfalls");
    for (const f of plan.failures) out.push(`  IPv${f.family} ${f.pools.join(", ")}: ${f.demand} needed, ${f.capacity} assignable, ${f.shortfall} short`);
  }
  if (plan.blocked.length > 0) {
    out.push("", "Pods that fail before drawing an address");
    for (const b of plan.blocked) out.push(`  ${ownerText(b)} (${where(b)}): ${b.reason}`);
  }
  if (plan.unknown.length > 0) {
    out.push("", "Not counted");
    for (const u of plan.unknown) out.push(`  ${ownerText(u)} (${where(u)}): ${u.reason}`);
  }
  if (plan.notes.length > 0) {
    out.push("", "Notes");
    for (const n of plan.notes) out.push(`  ${n}`);
  }
  return `${out.join("\n")}
`;
}
var md = (s2) => s2.replace(/\|/g, "\\|");
function renderPlanMarkdown(plan) {
  const out = ["### Calico IPAM plan", ""];
  if (plan.pools.length === 0) out.push("No IP pools in view.", "");
  else {
    out.push("| Pool | CIDR | Mode | Size | Reserved | Static | Tunnel | Demand | Free | Short | Use |");
    out.push("|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|");
    for (const p of plan.pools) {
      const short = p.shortfall !== "0" ? `**${p.shortfall}**` : "0";
      out.push(`| \`${md(p.name)}\` | \`${p.cidr}\` | ${poolState(p)} | ${p.size} | ${p.reserved} | ${p.static} | ${p.tunnel} | ${p.demand} | ${p.free} | ${short} | ${pct(p.usedPermille)} |`);
    }
    out.push("");
  }
  if (plan.statics.length > 0) {
    out.push("| Static address | Annotation | Owner | Where | Pool |", "|---|---|---|---|---|");
    for (const s2 of plan.statics) {
      out.push(`| \`${s2.ip}\` | \`${s2.annotation}\` | ${md(ownerText(s2.owner))} | \`${md(where(s2.owner))}\` | ${s2.pool ? `\`${md(s2.pool)}\`${s2.reserved ? " (reserved)" : ""}` : "none"} |`);
    }
    out.push("");
  }
  for (const f of plan.failures) out.push(`- **IPv${f.family} ${md(f.pools.join(", "))}**: ${f.demand} needed, ${f.capacity} assignable, ${f.shortfall} short`);
  for (const b of plan.blocked) out.push(`- ${md(ownerText(b))} (\`${md(where(b))}\`): ${md(b.reason)}`);
  for (const u of plan.unknown) out.push(`- not counted: ${md(ownerText(u))} (\`${md(where(u))}\`): ${md(u.reason)}`);
  for (const n of plan.notes) out.push(`- ${md(n)}`);
  return `${out.join("\n").trimEnd()}
`;
}

// src/cli/plan.ts
var PLAN_FORMATS = {
  text: renderPlanText,
  markdown: renderPlanMarkdown,
  json: planToJSON
};
function parseNodes(v) {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new CommanderError(EXIT_FAILURE, "calico-ipam-lint.invalidArgument", `--nodes takes a whole number, not "${v}"`);
  return n;
}
function addPlanCommand(program2, io, setExit) {
  const cmd = program2.command("plan").description(
    "Print the dry-run allocation: per pool its size, reserved, static, tunnel and demanded addresses, what is free, and every static address with its owner. Exits 1 when some pool set is short."
  ).argument("[paths...]", "files or directories to read ('-' reads standard input)");
  addLintOptions(cmd);
  const format = cmd.options.find((o) => o.long === "--format");
  if (format) format.description = `output format: ${Object.keys(PLAN_FORMATS).join(", ")} (repeatable; default text)`;
  cmd.addOption(new Option("--nodes <n>", "number of nodes (sizes DaemonSets and node tunnel addresses)").argParser(parseNodes)).action(async (paths, opts) => {
    const formats = opts.format.length > 0 ? opts.format : ["text"];
    for (const f of formats) if (!PLAN_FORMATS[f]) throw new UsageError(`unknown plan format "${f}"; choose one of ${Object.keys(PLAN_FORMATS).join(", ")}`);
    if (opts.outputFile.length > formats.length) throw new UsageError("each --output-file needs a --format before it");
    const toStdout = formats.filter((_, i) => (opts.outputPairs ? opts.outputPairs[i] : opts.outputFile[i]) === void 0);
    if (toStdout.length > 1) throw new UsageError("only one --format can write to standard output; give the others an --output-file");
    const settingsOverride = opts.nodes !== void 0 ? { nodes: opts.nodes } : {};
    const out = await runLintCommand(paths, opts, io, { settings: settingsOverride });
    for (const m of out.missing) io.stderr.write(`calico-ipam-lint: ${m}: no such file or directory
`);
    if (out.missing.length > 0) {
      setExit(EXIT_FAILURE);
      return;
    }
    const settings = { ...DEFAULT_SETTINGS, ...out.settings, ...settingsOverride };
    const plan = planFrom(out.model, allocation(out.model, settings));
    for (const [i, format2] of formats.entries()) {
      const text2 = PLAN_FORMATS[format2](plan);
      const file = opts.outputPairs ? opts.outputPairs[i] : opts.outputFile[i];
      if (file !== void 0) await writeFileAtomic(resolve3(io.cwd, file), text2, { createDirs: true });
      else io.stdout.write(text2);
    }
    setExit(plan.failures.length > 0 ? EXIT_FINDINGS : EXIT_OK);
  });
  return cmd;
}

// src/cli/source-root.ts
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname2, join as join2, resolve as resolve4 } from "node:path";
function findSourceRoot(cwd) {
  let dir = resolve4(cwd);
  for (; ; ) {
    if (existsSync2(join2(dir, ".git"))) return dir;
    const up = dirname2(dir);
    if (up === dir) return resolve4(cwd);
    dir = up;
  }
}

// src/cli/config.ts
import { existsSync as existsSync3, statSync as statSync2 } from "node:fs";
import { dirname as dirname3, join as join3, resolve as resolve5 } from "node:path";
var CONFIG_NAMES = [".calico-ipam-lint.yaml", ".calico-ipam-lint.yml", ".calico-ipam-lint.json"];
var ConfigError = class extends Error {
  constructor(lines) {
    super(lines.join("\n"));
    this.lines = lines;
  }
  lines;
};
var isFile = (p) => {
  try {
    return statSync2(p).isFile();
  } catch {
    return false;
  }
};
function findConfigFile(cwd) {
  let dir = resolve5(cwd);
  for (; ; ) {
    const found = CONFIG_NAMES.map((n) => join3(dir, n)).filter(isFile);
    if (found.length > 1) {
      throw new ConfigError([`${found.map((f) => displayPath(f, cwd)).join(" and ")}: two configuration files in one directory; keep one`]);
    }
    if (found[0]) return found[0];
    const up = dirname3(dir);
    if (up === dir) return null;
    dir = up;
  }
}
async function loadConfig(explicit, cwd) {
  const abs = explicit !== void 0 ? resolve5(cwd, explicit) : findConfigFile(cwd);
  if (abs === null) return null;
  if (explicit !== void 0 && !existsSync3(abs)) throw new ConfigError([`${explicit}: no such configuration file`]);
  const shown2 = displayPath(abs, cwd);
  const source = await loadFile(shown2, cwd, true);
  const unreadable = source.problems.find((p) => p.code === "UNREADABLE");
  if (unreadable) throw new ConfigError([`${shown2}: ${unreadable.message}`]);
  const parsed = parseConfig(source);
  if ("problems" in parsed) throw new ConfigError(formatProblems(source, parsed.problems));
  const dir = dirname3(abs);
  return {
    config: parsed.config,
    file: abs,
    policy: { config: parsed.config, baseDir: dir, cwd: resolve5(cwd) },
    pools: (parsed.config.data.pools ?? []).map((p) => displayPath(resolve5(dir, p), cwd))
  };
}

// src/cli/lint-setup.ts
import { readFile, realpath as realpath2 } from "node:fs/promises";
import { dirname as dirname4, isAbsolute as isAbsolute3, relative as relative3, resolve as resolve6, sep as sep3 } from "node:path";

// src/engine/baseline.ts
var BASELINE_VERSION = 1;
var keyOf = (e) => JSON.stringify([e.rule, e.file, e.kind ?? "", e.namespace ?? "", e.name ?? "", e.value]);
function entryOf2(f, path) {
  const o = f.object;
  return {
    rule: f.ruleId,
    file: path(f.file),
    ...o?.kind !== void 0 ? { kind: o.kind } : {},
    ...o?.namespace !== void 0 ? { namespace: o.namespace } : {},
    ...o?.name !== void 0 ? { name: o.name } : {},
    value: f.value ?? f.message
  };
}
function buildBaseline(results, path) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of results) {
    for (const f of r.findings) {
      const entry2 = entryOf2(f, path);
      const k = keyOf(entry2);
      const c = counts.get(k);
      if (c) c.count++;
      else counts.set(k, { entry: entry2, count: 1 });
    }
  }
  const findings = [...counts.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, { entry: entry2, count }]) => ({ ...entry2, count }));
  return { version: BASELINE_VERSION, findings };
}
function serializeBaseline(b) {
  return `${JSON.stringify(b, null, 2)}
`;
}
function parseBaseline(text2) {
  let data;
  try {
    data = JSON.parse(text2);
  } catch (e) {
    return { error: `not valid JSON (${e.message})` };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { error: "expected an object with version and findings" };
  const d = data;
  if (d.version !== BASELINE_VERSION) return { error: `unsupported version ${JSON.stringify(d.version)} (this calico-ipam-lint writes version ${BASELINE_VERSION})` };
  if (!Array.isArray(d.findings)) return { error: "findings must be a list" };
  const findings = [];
  for (const [i, raw] of d.findings.entries()) {
    const e = raw;
    const str2 = (k) => e[k] === void 0 || typeof e[k] === "string";
    if (typeof e !== "object" || e === null || typeof e["rule"] !== "string" || typeof e["file"] !== "string" || typeof e["value"] !== "string" || !str2("kind") || !str2("namespace") || !str2("name")) {
      return { error: `findings[${i}] needs string rule, file and value (and optional kind, namespace, name)` };
    }
    const count = e["count"] === void 0 ? 1 : e["count"];
    if (typeof count !== "number" || !Number.isInteger(count) || count < 1) return { error: `findings[${i}].count must be a whole number of at least 1` };
    findings.push({
      rule: e["rule"],
      file: e["file"],
      ...typeof e["kind"] === "string" ? { kind: e["kind"] } : {},
      ...typeof e["namespace"] === "string" ? { namespace: e["namespace"] } : {},
      ...typeof e["name"] === "string" ? { name: e["name"] } : {},
      value: e["value"],
      count
    });
  }
  return { version: BASELINE_VERSION, findings };
}
function applyBaseline(results, baseline, path) {
  const left = /* @__PURE__ */ new Map();
  for (const e of baseline.findings) left.set(keyOf(e), (left.get(keyOf(e)) ?? 0) + e.count);
  let hidden = 0;
  const out = results.map((r) => {
    const findings = r.findings.filter((f) => {
      const k = keyOf(entryOf2(f, path));
      const n = left.get(k) ?? 0;
      if (n === 0) return true;
      left.set(k, n - 1);
      hidden++;
      return false;
    });
    return findings.length === r.findings.length ? r : recount(r, findings);
  });
  return { results: out, hidden };
}
function recount(r, findings) {
  return {
    ...r,
    findings,
    errorCount: findings.filter((f) => f.severity === "error").length,
    warningCount: findings.filter((f) => f.severity === "warning").length
  };
}

// src/cli/git.ts
import { spawn as spawn2 } from "node:child_process";
import { join as join4 } from "node:path";
var GitError = class extends Error {
};
function git(args, cwd, input) {
  return new Promise((resolvePromise, reject2) => {
    let child2;
    try {
      child2 = spawn2("git", [...args], { cwd, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" } });
    } catch (err2) {
      reject2(new GitError(`could not run git: ${err2.message}`));
      return;
    }
    const out = [];
    const err = [];
    child2.stdout.on("data", (c) => out.push(c));
    child2.stderr.on("data", (c) => err.push(c));
    child2.on("error", (e) => reject2(new GitError(`could not run git: ${e.message}`)));
    child2.on("close", (code) => {
      if (code === 0) resolvePromise(Buffer.concat(out));
      else reject2(new GitError(Buffer.concat(err).toString("utf8").trim().split("\n")[0] || `git ${args[0] ?? ""} exited with ${String(code)}`));
    });
    child2.stdin.on("error", () => void 0);
    child2.stdin.end(input ?? "");
  });
}
async function gitToplevel(cwd) {
  return (await git(["rev-parse", "--show-toplevel"], cwd)).toString("utf8").trim();
}
async function changedSince(ref, top) {
  await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], top).catch(() => {
    throw new GitError(`${ref} is not a commit in this repository`);
  });
  const diff = (await git(["diff", "--name-status", "-z", "-M", "--no-ext-diff", ref, "--"], top)).toString("utf8").split("\0");
  const out = [];
  for (let i = 0; i < diff.length; ) {
    const status = diff[i++] ?? "";
    if (status === "") continue;
    if (status.startsWith("R") || status.startsWith("C")) {
      const from = diff[i++] ?? "";
      const to = diff[i++] ?? "";
      out.push(status.startsWith("R") ? { path: join4(top, to), before: from } : { path: join4(top, to) });
    } else {
      const p = diff[i++] ?? "";
      if (status.startsWith("D")) continue;
      out.push(status.startsWith("A") ? { path: join4(top, p) } : { path: join4(top, p), before: p });
    }
  }
  const untracked = (await git(["ls-files", "--others", "--exclude-standard", "-z"], top)).toString("utf8").split("\0");
  for (const p of untracked) if (p) out.push({ path: join4(top, p) });
  return out;
}
async function filesAt(ref, paths, top) {
  const result = /* @__PURE__ */ new Map();
  if (paths.length === 0) return result;
  const asked = paths.filter((p) => !p.includes("\n"));
  const buf = await git(["cat-file", "--batch"], top, asked.map((p) => `${ref}:${p}
`).join(""));
  let at2 = 0;
  for (const p of asked) {
    const nl = buf.indexOf(10, at2);
    if (nl < 0) break;
    const header = buf.subarray(at2, nl).toString("utf8");
    at2 = nl + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) continue;
    const size = Number(m[2]);
    if (m[1] === "blob") result.set(p, buf.subarray(at2, at2 + size));
    at2 += size + 1;
  }
  return result;
}

// src/cli/lint-setup.ts
var SetupError = class extends Error {
};
function settingsFrom(cfg) {
  const d = cfg?.config.data;
  if (!d) return {};
  return {
    ...d.featureFlags ? { featureFlags: { ...d.featureFlags } } : {},
    ...d.calicoVersion ? { calicoVersion: d.calicoVersion } : {},
    ...d.poolsComplete !== void 0 ? { poolsComplete: d.poolsComplete } : {},
    ...d.ipam?.strictAffinity !== void 0 ? { strictAffinity: d.ipam.strictAffinity } : {},
    ...d.ipam?.maxBlocksPerHost !== void 0 ? { maxBlocksPerHost: d.ipam.maxBlocksPerHost } : {},
    ...d.nodes !== void 0 ? { nodes: d.nodes } : {}
  };
}
var posix = (p) => p.split(sep3).join("/");
function baselinePath(file, cwd) {
  const dir = dirname4(file);
  return (f) => f.startsWith("<") ? f : posix(relative3(dir, resolve6(cwd, f)));
}
async function readLiveState(file, cwd) {
  const shown2 = displayPath(resolve6(cwd, file), cwd);
  let bytes2;
  try {
    bytes2 = await readFile(resolve6(cwd, file));
  } catch (err) {
    const code = err.code;
    throw new SetupError(`--in-use ${file}: ${code === "ENOENT" ? "no such file" : `cannot be read (${code ?? String(err)})`}`);
  }
  const decoded = decodeText(bytes2);
  if ("error" in decoded) throw new SetupError(`--in-use ${shown2}: ${decoded.error}`);
  const datas = [];
  try {
    datas.push(JSON.parse(decoded.text));
  } catch {
    const src = parseSource(shown2, decoded.text, true);
    const problem = [...src.problems, ...src.documents.flatMap((d) => d.problems)][0];
    if (problem) throw new SetupError(`--in-use ${shown2}: not valid JSON or YAML (${problem.message})`);
    for (const d of src.documents) if (d.root) datas.push(toPlain(d.root));
  }
  const pods = [];
  for (const data of datas) {
    const r = livePodsFrom(data, shown2);
    if ("error" in r) throw new SetupError(`--in-use ${shown2}: ${r.error}`);
    for (const p of r.pods) pods.push(p);
  }
  return { pods, source: shown2 };
}
async function changedSetup(ref, cwd, stdinName) {
  let top;
  try {
    top = await gitToplevel(cwd);
  } catch (err) {
    throw new SetupError(`--changed-since needs a git work tree: ${err.message}`);
  }
  let changed;
  try {
    changed = await changedSince(ref, top);
  } catch (err) {
    throw new SetupError(`--changed-since ${ref}: ${err instanceof GitError ? err.message : String(err)}`);
  }
  const realCwd = await realpath2(cwd).catch(() => resolve6(cwd));
  const scope = new Set(changed.map((c) => c.path));
  const manifests = changed.filter((c) => c.before !== void 0 && /\.(ya?ml|json)$/i.test(c.path));
  const previous = /* @__PURE__ */ new Map();
  const blobs = await filesAt(ref, manifests.map((c) => c.before ?? ""), top).catch((err) => {
    throw new SetupError(`--changed-since ${ref}: ${err.message}`);
  });
  for (const c of manifests) {
    const blob = blobs.get(c.before ?? "");
    if (!blob) continue;
    const decoded = decodeText(blob);
    if ("error" in decoded) continue;
    const shown2 = displayPath(c.path, realCwd);
    previous.set(shown2, parseSource(shown2, decoded.text, true));
  }
  const inScope = (file) => {
    if (file === stdinName) return true;
    const abs = isAbsolute3(file) ? file : resolve6(realCwd, file);
    return scope.has(abs);
  };
  return { inScope, previous };
}
async function prepareLint(flags, io) {
  const config = await loadConfig(flags.config, io.cwd);
  const settings = settingsFrom(config);
  const data = config?.config.data;
  const podCidrs = flags.podCidr.length > 0 ? flags.podCidr : data?.podCidrs ?? [];
  const live = flags.inUse !== void 0 ? await readLiveState(flags.inUse, io.cwd) : void 0;
  const changed = flags.changedSince !== void 0 ? await changedSetup(flags.changedSince, io.cwd, flags.stdinFilename ?? "<stdin>") : void 0;
  let baseline;
  if (flags.baseline !== void 0) {
    const file = resolve6(io.cwd, flags.baseline);
    let text2;
    try {
      text2 = await readFile(file, "utf8");
    } catch (err) {
      const code = err.code;
      throw new SetupError(`--baseline ${flags.baseline}: ${code === "ENOENT" ? "no such file (create it with --write-baseline)" : `cannot be read (${code ?? String(err)})`}`);
    }
    const parsed = parseBaseline(text2);
    if ("error" in parsed) throw new SetupError(`--baseline ${flags.baseline}: ${parsed.error}`);
    baseline = { data: parsed, path: baselinePath(file, io.cwd) };
  }
  const writeFile = flags.writeBaseline !== void 0 ? resolve6(io.cwd, flags.writeBaseline) : void 0;
  const options = {
    podCidrs,
    ...data?.cni ? { cni: data.cni } : {},
    ...data?.rules ? { rules: data.rules } : {},
    ...config ? { policy: config.policy } : {},
    ...live ? { live } : {},
    ...changed && flags.changedSince !== void 0 ? { changedSince: { ref: flags.changedSince, previous: changed.previous } } : {}
  };
  return {
    config,
    options,
    context: config?.pools ?? [],
    settings,
    ...baseline ? { baseline } : {},
    ...writeFile ? { writeBaseline: { file: writeFile, path: baselinePath(writeFile, io.cwd) } } : {},
    ...changed ? { inScope: changed.inScope } : {}
  };
}
async function finishLint(out, setup, io) {
  let results = out.results;
  if (setup.writeBaseline) {
    const { file, path } = setup.writeBaseline;
    const b = buildBaseline(results, path);
    await writeFileAtomic(file, serializeBaseline(b), { createDirs: true });
    const n = b.findings.reduce((s2, e) => s2 + e.count, 0);
    io.stderr.write(`calico-ipam-lint: wrote ${n} finding${n === 1 ? "" : "s"} to the baseline ${displayPath(file, io.cwd)}
`);
    results = applyBaseline(results, b, path).results;
  } else if (setup.baseline) {
    results = applyBaseline(results, setup.baseline.data, setup.baseline.path).results;
  }
  const inScope = setup.inScope;
  if (inScope) results = results.filter((r) => inScope(r.file)).map((r) => recount(r, r.findings));
  return results === out.results ? out : { ...out, results };
}

// src/cli/fix.ts
import { readFile as readFile2, realpath as realpath3, stat as stat2 } from "node:fs/promises";
import { isAbsolute as isAbsolute4, resolve as resolve7, sep as sep4 } from "node:path";
var wantsFix = (f) => Boolean(f.fix || f.fixDryRun);
function checkFixFlags(f, usesStdin) {
  if (f.fix && f.fixDryRun) throw new SetupError("--fix and --fix-dry-run: give one of them");
  if (f.fix && usesStdin) throw new SetupError("--fix cannot write standard input back; use --fix-dry-run to see the changes as a diff");
  if (wantsFix(f) && f.writeBaseline !== void 0) throw new SetupError(`--write-baseline records findings as they are; run it without --fix${f.fixDryRun ? "-dry-run" : ""}`);
}
var diffName = (side, path) => isAbsolute4(path) || path.startsWith("<") ? path : `${side}/${path.split(sep4).join("/")}`;
async function runFixes(first, options, setup, flags, io) {
  let last = first;
  const lint = async (files) => {
    if (files === first.files) return first.results;
    last = await finishLint({ ...first, ...lintSources(files, options), files }, setup, io);
    return last.results;
  };
  const run2 = await fixSources(first.files, lint);
  const out = run2.passes === 0 ? first : last;
  const cwd = io.cwd;
  let written = 0;
  let unwritten = 0;
  for (const c of run2.changed) {
    if (flags.fixDryRun) {
      io.stdout.write(unifiedDiff(c.before, c.after, diffName("a", c.path), diffName("b", c.path)));
      continue;
    }
    const target = await realpath3(resolve7(cwd, c.path));
    const now = await readFile2(target, "utf8").catch(() => null);
    if (now !== c.before) {
      io.stderr.write(`calico-ipam-lint: ${c.path}: not fixed: the file changed while it was being linted
`);
      continue;
    }
    try {
      await writeFileAtomic(target, c.after, { mode: (await stat2(target)).mode & 4095 });
      written++;
    } catch (err) {
      if (!(err instanceof WriteError)) throw err;
      io.stderr.write(`calico-ipam-lint: ${c.path}: not fixed: ${err.message}
`);
      unwritten++;
    }
  }
  for (const b of run2.broken) io.stderr.write(`calico-ipam-lint: ${b}: fixes not applied: the fixed text would not parse as before (a bug; please report it)
`);
  for (const r of out.results) {
    for (const f of r.findings) {
      if (f.fix && !isEditFix(f.fix)) io.stderr.write(`calico-ipam-lint: ${r.file}:${f.line}:${f.column}: ${f.ruleId} not fixed: ${f.fix.refused}
`);
    }
  }
  if (run2.passes >= MAX_FIX_PASSES && out.results.some((r) => r.findings.some((f) => isEditFix(f.fix)))) {
    io.stderr.write(`calico-ipam-lint: stopped fixing after ${MAX_FIX_PASSES} passes; run --fix again
`);
  }
  if (run2.fixed > 0) {
    const files = flags.fixDryRun ? run2.changed.length : written;
    const n = `${run2.fixed} problem${run2.fixed === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`;
    io.stderr.write(`calico-ipam-lint: ${flags.fixDryRun ? `--fix would fix ${n}` : `fixed ${n}`}
`);
  }
  if (unwritten > 0) throw new WriteError(`${unwritten} file${unwritten === 1 ? "" : "s"} could not be written; the others were fixed`);
  return { ...out, files: run2.files };
}

// src/cli/main.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_FAILURE = 2;
var collect = (v, prev) => [...prev, v];
function addLintOptions(cmd) {
  const pairFile = (v, prev) => {
    const formats = cmd.getOptionValue("format") ?? [];
    const target = Math.max(0, formats.length - 1);
    const pairs = { ...cmd.getOptionValue("outputPairs") };
    if (pairs[target] !== void 0) throw new CommanderError(EXIT_FAILURE, "calico-ipam-lint.invalidArgument", `--output-file ${v}: each --output-file needs its own --format just before it`);
    pairs[target] = v;
    cmd.setOptionValue("outputPairs", pairs);
    return [...prev, v];
  };
  return cmd.addOption(new Option("-f, --format <name>", `output format: ${formatterNames().join(", ")} (repeatable)`).argParser(collect).default([])).option("-o, --output-file <path>", "write the report of the --format just before it to a file (repeatable)", pairFile, []).option("--stdin-filename <name>", "file name to report for input read from '-'").option("--pod-cidr <cidr>", "the cluster's pod CIDR, if no manifest declares it (repeatable)", collect, []).option("--context <path>", "more manifests for cross-file checks; findings in them are not reported (repeatable)", collect, []).option("--pools <file>", "IP pools exported from the cluster (kubectl get ippools -o yaml) (repeatable)", collect, []).option("--namespace <name>", "namespace for objects that name none", void 0).option("--quiet", "report errors only").addOption(new Option("--max-warnings <n>", "exit 1 when there are more than n warnings").argParser(parseCount)).option("--config <path>", "configuration file (default: .calico-ipam-lint.yaml, .yml or .json in the working directory or above)").option("--baseline <file>", "do not report the findings recorded in this baseline file").option("--write-baseline <file>", "record the current findings in a baseline file (and report none of them)").option("--in-use <file>", "the cluster's live pods (kubectl get pods -A -o json): report static addresses they already hold").option("--changed-since <ref>", "report only findings in files changed since this git revision (everything given is still analysed)");
}
function parseCount(v) {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new CommanderError(EXIT_FAILURE, "calico-ipam-lint.invalidArgument", `--max-warnings takes a whole number, not "${v}"`);
  return n;
}
var UsageError = class extends Error {
};
async function readStdinSource(io, name) {
  const path = name ?? "<stdin>";
  return loadStream(path, io.stdin);
}
async function runLintCommand(paths, opts, io, extra = {}) {
  const usesStdin = paths.includes("-");
  const fsPaths = paths.filter((p) => p !== "-");
  const extraSources = usesStdin ? [await readStdinSource(io, opts.stdinFilename)] : [];
  const targets = fsPaths.length === 0 && !usesStdin ? ["."] : fsPaths;
  const namespace = opts.namespace ?? void 0;
  checkFixFlags(opts, usesStdin);
  const setup = await prepareLint(opts, io);
  const lintOptions = {
    cwd: io.cwd,
    context: [...opts.context, ...opts.pools, ...setup.context],
    extraSources,
    ...setup.options,
    ...namespace ? { defaultNamespace: namespace } : {},
    ...extra,
    settings: { ...setup.settings, ...extra.settings }
  };
  const out = await finishLint(await lintPaths(targets, lintOptions), setup, io);
  return wantsFix(opts) ? runFixes(out, lintOptions, setup, opts, io) : out;
}
function planOutputs(opts) {
  const formats = opts.format.length > 0 ? opts.format : ["stylish"];
  for (const f of formats) if (!formatterNames().includes(f)) throw new UsageError(`unknown format "${f}"; choose one of ${formatterNames().join(", ")}`);
  if (opts.outputFile.length > formats.length) throw new UsageError("each --output-file needs a --format before it");
  const outs = formats.map((format, i) => {
    const file = opts.outputPairs ? opts.outputPairs[i] : opts.outputFile[i];
    return file !== void 0 ? { format, file } : { format };
  });
  if (outs.filter((o) => !o.file).length > 1) throw new UsageError("only one --format can write to standard output; give the others an --output-file");
  return outs;
}
async function report(out, opts, io) {
  const outputs = planOutputs(opts);
  let results = out.results;
  if (opts.quiet) {
    results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error"), warningCount: 0 }));
  }
  const rules = ruleInfo();
  const sourceRoot = findSourceRoot(io.cwd);
  for (const o of outputs) {
    const formatter = await loadFormatter(o.format, results);
    if (!formatter) continue;
    const text2 = formatter(results, { cwd: io.cwd, rules, color: !o.file && io.stdoutIsTTY, sourceRoot });
    if (o.file) await writeFileAtomic(resolve8(io.cwd, o.file), text2.endsWith("\n") || text2 === "" ? text2 : `${text2}
`, { createDirs: true });
    else if (text2) io.stdout.write(text2.endsWith("\n") ? text2 : `${text2}
`);
  }
  if (outputs.some((o) => o.format === "github")) await appendGithubSummary(results, { cwd: io.cwd, rules, color: false, sourceRoot }, io);
  for (const m of out.missing) io.stderr.write(`calico-ipam-lint: ${m}: no such file or directory
`);
  for (const u of out.unreadable) io.stderr.write(`calico-ipam-lint: ${u}: could not be read
`);
  for (const s2 of out.skipped) io.stderr.write(`calico-ipam-lint: ${s2.path}: not linted: ${s2.reason}
`);
  if (out.missing.length > 0 || out.unreadable.length > 0) return EXIT_FAILURE;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = out.results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return EXIT_FINDINGS;
  if (opts.maxWarnings !== void 0 && warnings > opts.maxWarnings) {
    io.stderr.write(`calico-ipam-lint: ${warnings} warnings, more than --max-warnings ${opts.maxWarnings}
`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}
function buildProgram(io, setExit) {
  const program2 = new Command("calico-ipam-lint");
  program2.description("Find Calico IPAM mistakes in Kubernetes manifests before they reach the cluster.").version(VERSION, "-v, --version").argument("[paths...]", "files or directories to lint ('-' reads standard input)").showHelpAfterError(false).enablePositionalOptions().configureOutput({ writeOut: (s2) => io.stdout.write(s2), writeErr: (s2) => io.stderr.write(s2) }).exitOverride();
  addLintOptions(program2).option("--fix", `fix what can be fixed safely (${RULES.filter((r) => r.meta.fixable).map((r) => r.id).join(", ")}), writing the files; the report shows what remains`).option("--fix-dry-run", "print the fixes as a unified diff on standard output and write nothing (the report goes to standard error)").action(async (paths, opts) => {
    const out = await runLintCommand(paths, opts, io);
    const notice = opts.quiet ? null : noPoolsNotice(out.model);
    if (notice) io.stderr.write(notice);
    setExit(await report(out, opts, opts.fixDryRun ? { ...io, stdout: io.stderr, stdoutIsTTY: false } : io));
  });
  addPlanCommand(program2, io, setExit);
  addGateCommand(program2, io, setExit);
  return program2;
}
async function run(argv, io = processIO()) {
  let code = EXIT_OK;
  const program2 = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program2.parseAsync(spliceExtraOptions(argv), { from: "user" });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return EXIT_OK;
      if (err.code === "calico-ipam-lint.invalidArgument") io.stderr.write(`calico-ipam-lint: ${err.message}
`);
      return EXIT_FAILURE;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`calico-ipam-lint: ${err.message}
`);
      return EXIT_FAILURE;
    }
    if (err instanceof ConfigError || err instanceof SetupError || err instanceof WriteError) {
      for (const line of err.message.split("\n")) io.stderr.write(`calico-ipam-lint: ${line}
`);
      return EXIT_FAILURE;
    }
    const e = err;
    io.stderr.write(`calico-ipam-lint: internal error: ${e.message ?? String(err)}
`);
    if (io.env["CALICO_IPAM_LINT_DEBUG"]) io.stderr.write(`${e.stack ?? ""}
`);
    return EXIT_FAILURE;
  }
}
export {
  EXIT_FAILURE,
  EXIT_FINDINGS,
  EXIT_OK,
  UsageError,
  addLintOptions,
  buildProgram,
  readStdinSource,
  report,
  run,
  runLintCommand
};

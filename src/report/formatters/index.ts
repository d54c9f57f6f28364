import type { Formatter } from "../types.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { html } from "./html.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";

export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, sarif, github, junit, html };

export const formatterNames = (): string[] => Object.keys(FORMATTERS);

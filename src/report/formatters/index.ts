import type { Formatter } from "../types.js";
import { json } from "./json.js";
import { stylish } from "./stylish.js";

export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json };

export const formatterNames = (): string[] => Object.keys(FORMATTERS);

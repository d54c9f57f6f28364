export * from "./annotations.js";
export * from "./extract.js";
export * from "./ip.js";
export * from "./kinds.js";
export * from "./live.js";
export * from "./objects.js";
export * from "./tree.js";
export { goUnmarshalStringList, type GoJsonResult } from "./gojson.js";
export * from "./settings.js";

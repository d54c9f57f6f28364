import type { ActionInputs } from "./main.js";
export declare function inCheckout(workspace: string, inputs: ActionInputs): {
    cwd: string;
    inputs: ActionInputs;
};

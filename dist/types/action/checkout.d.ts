import type { ActionInputs } from "./inputs.js";
export declare function inCheckout(workspace: string, inputs: ActionInputs): {
    cwd: string;
    inputs: ActionInputs;
};

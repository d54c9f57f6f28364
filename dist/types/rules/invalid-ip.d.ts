export interface IPFix {
    /** The address Calico would accept, when the intent is clear. */
    readonly fixed?: string;
    /** What is wrong, for the message. */
    readonly reason: string;
}
/** Why Go's `net.ParseIP` rejects `s`, and the address meant where that is clear. */
export declare function explainIP(s: string): IPFix;
/** Why Go's `net.ParseCIDR` rejects `s`, and the prefix meant where that is clear. */
export declare function explainCIDR(s: string): IPFix;
declare const _default: import("./define-rule.js").Rule<"badIp" | "badFloatingIp" | "badCidr">;
export default _default;

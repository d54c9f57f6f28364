/** Go's `net.ParseMAC`: colon, hyphen or dot separated; 6, 8 or 20 octets (EUI-48, EUI-64, IPoIB). */
export declare function parseMAC(s: string): boolean;
/** The MAC meant, in colon form, where the intent is clear (one-digit octets, no separators). */
export declare function repairMAC(s: string): string | null;
declare const _default: import("./define-rule.js").Rule<"notString" | "emptyStatic" | "badFamily" | "emptyFamilies" | "badMac" | "badOutput" | "fakeOutput" | "containerId">;
export default _default;

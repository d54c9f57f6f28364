/**
 * The dry-run allocation's renderers (`calico-ipam-lint plan`, the Action's job summary): text for
 * the terminal, a Markdown table for job summaries, JSON for machines. The plan itself is plain data
 * made by the engine from the allocation (engine/plan.ts); address counts are decimal strings, since
 * an IPv6 pool holds more addresses than a JSON number can carry exactly.
 */
export interface PlanOwner {
    readonly kind: string;
    readonly namespace?: string;
    readonly name?: string;
    readonly file: string;
    readonly line: number;
}
export interface PlanPool {
    readonly name: string;
    readonly cidr: string;
    readonly family: 4 | 6;
    readonly origin: "IPPool" | "Installation" | "calico-node" | "kubespray";
    readonly file: string;
    readonly line: number;
    readonly enabled: boolean;
    /** Pods without a pool annotation may draw from it. */
    readonly automatic: boolean;
    readonly blockSize: number;
    readonly blocks: string;
    readonly size: string;
    readonly reserved: string;
    readonly static: string;
    readonly tunnel: string;
    readonly demand: string;
    readonly free: string;
    readonly shortfall: string;
    /** Share of the pool in use after the dry run, in thousandths (0–1000). */
    readonly usedPermille: number;
}
export interface PlanStatic {
    readonly ip: string;
    readonly annotation: "ipAddrs" | "ipAddrsNoIpam";
    readonly owner: PlanOwner;
    readonly pool?: string;
    readonly reserved: boolean;
}
export interface PlanSet {
    readonly kind: "requested" | "default" | "tunnel";
    readonly family: 4 | 6;
    readonly pools: readonly string[];
    readonly demand: string;
    readonly shortfall: string;
    readonly consumers: readonly (PlanOwner & {
        readonly count: string | null;
    })[];
}
export interface PlanFailure {
    readonly family: 4 | 6;
    readonly pools: readonly string[];
    readonly demand: string;
    readonly capacity: string;
    readonly shortfall: string;
}
export interface Plan {
    readonly pools: readonly PlanPool[];
    readonly sets: readonly PlanSet[];
    readonly statics: readonly PlanStatic[];
    readonly failures: readonly PlanFailure[];
    /** Pod sources whose size the files do not say, with the reason. */
    readonly unknown: readonly (PlanOwner & {
        readonly reason: string;
    })[];
    /** Pod sources that fail before they draw an address, with Calico's reason. */
    readonly blocked: readonly (PlanOwner & {
        readonly reason: string;
    })[];
    readonly nodes: number | null;
    readonly notes: readonly string[];
}
export declare function planToJSON(plan: Plan): string;
/** The plan as text for a terminal (names from the files cannot carry escape sequences). */
export declare function renderPlanText(plan: Plan): string;
export declare function renderPlanMarkdown(plan: Plan): string;

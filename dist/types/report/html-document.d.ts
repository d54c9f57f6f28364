/**
 * One self-contained HTML page: its stylesheet inline and allowed by hash, and a
 * Content-Security-Policy that forbids every other load (scripts, fonts, images, frames,
 * connections, form posts), so a report kept as a CI artifact makes no request when opened.
 */
export interface HtmlPage {
    readonly title: string;
    /** One-line description under the title. */
    readonly subtitle: string;
    /** Sections in order: their headings make the table of contents. */
    readonly sections: readonly {
        readonly id: string;
        readonly heading: string;
        readonly body: string;
    }[];
}
export declare const cspFor: (css: string) => string;
export declare function htmlDocument(page: HtmlPage): string;

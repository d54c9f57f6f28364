// esbuild bundles the stylesheet the page imports into playground.css.
declare module "*.css";

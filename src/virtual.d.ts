/** Modules served by the newsprint integration (src/integrations/newsprint.ts). */
declare module "virtual:newsprint/config" {
  /** The validated site settings. */
  export const siteConfig: import("./lib/site/config.ts").SiteConfig;
  export default siteConfig;
}

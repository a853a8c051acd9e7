/** The project's own site settings (src/site.config.ts), validated, for tests that need a site. */
import { loadSiteConfig } from "../../src/lib/site/config.ts";
import defaultSiteConfig from "../../src/site.config.ts";

export const siteConfig = loadSiteConfig(defaultSiteConfig);

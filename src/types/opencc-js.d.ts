// opencc-js ships its per-locale dictionaries without type declarations.
declare module "opencc-js/from/*" {
  import type { DictGroup } from "opencc-js/core";
  const dictionaries: readonly DictGroup[];
  export default dictionaries;
}
declare module "opencc-js/to/*" {
  import type { DictGroup } from "opencc-js/core";
  const dictionaries: readonly DictGroup[];
  export default dictionaries;
}

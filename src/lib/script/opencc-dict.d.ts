/** opencc-js ships its dictionaries as modules exporting "source target|source target|…" strings. */
declare module "opencc-js/dict/*" {
  const dictionary: string;
  export default dictionary;
}

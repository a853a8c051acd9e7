/** Build-time only: the build command indexes these records with Pagefind, then deletes the file. */
import { getCollection } from "astro:content";
import { searchRecord } from "../lib/site/search-records.ts";

export async function GET() {
  const articles = await getCollection("articles");
  return new Response(JSON.stringify(articles.map((entry) => searchRecord(entry.data))));
}

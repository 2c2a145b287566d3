/** Graph algorithms on typed-array (CSR) graphs: the network measures behind the Landscape module. */
export { type BetweennessOptions, betweennessOf } from "./betweenness.ts";
export { buildCsrGraph, type CsrGraph, type EdgeList, edgeCountOf } from "./csr.ts";
export { degreeOf, strengthOf } from "./degree.ts";
export { type LouvainOptions, type LouvainResult, louvainOf } from "./louvain.ts";
export { modularityOf } from "./modularity.ts";
export { type PageRankOptions, type PageRankResult, pageRankOf } from "./pagerank.ts";
export { type SeededRandom, seededRandom, shuffleInPlace } from "./seeded-random.ts";

export { splitArticles } from './articles.js';
export { corroborate } from './corroborate.js';
export { clustersForScoring } from './scoring.js';
export {
  Article, CorroborationInput, CorroborationReport, Cluster, ClaimRef, Conflict, ConflictSide, Retelling, ScoringClusters,
} from './schema.js';

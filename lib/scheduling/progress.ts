/**
 * How far an import has got, for a progress bar: a file's records checked, then highlights
 * written; the terms of its watchlists (or of a watchlist import) checked, then written.
 */
export interface ImportProgress {
  stage: 'checking' | 'writing' | 'reading file' | 'checking terms' | 'writing terms';
  done: number;
  total: number;
}
export type OnProgress = (progress: ImportProgress) => void;

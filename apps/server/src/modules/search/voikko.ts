// Binding to libvoikko (Debian `libvoikko1` + `voikko-fi`) through koffi. Voikko is optional:
// where the library or the Finnish dictionary is missing, opening it answers null with the reason
// and search falls back to PostgreSQL's Snowball stemmer alone.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import type * as KoffiModule from 'koffi';
import type { FinnishAnalyzer, MorphAnalysis } from './terms.ts';

export type VoikkoOptions = {
  /** Shared object to load; the soname lets the dynamic loader find the distribution's copy. */
  libraryPath?: string;
  /** Directory searched before Voikko's defaults (`/usr/lib/voikko`, `VOIKKO_DICTIONARY_PATH`). */
  dictionaryPath?: string;
  /** Words whose analyses are kept (least recently used go first); 0 disables the cache. */
  cacheSize?: number;
};

export type VoikkoStats = {
  cacheHits: number;
  cacheMisses: number;
  cached: number;
  /** Time spent in libvoikko (cache misses only), for µs/word figures in logs and benchmarks. */
  nativeMicroseconds: number;
};

export type VoikkoAnalyzer = FinnishAnalyzer & {
  stats(): VoikkoStats;
  /** Frees the native handle; analysing afterwards throws. */
  close(): void;
};

export type VoikkoLoad =
  { analyzer: VoikkoAnalyzer; reason: null } | { analyzer: null; reason: string };

export const DEFAULT_CACHE_SIZE = 20_000;
const DEFAULT_LIBRARY = 'libvoikko.so.1';
// libvoikko refuses longer words (LIBVOIKKO_MAX_WORD_CHARS) and returns at most 31 analyses.
const MAX_WORD_CHARS = 255;
const MAX_ANALYSES = 31;

type Pointer = object;
type Native = {
  init: (error: [string | null], language: string, path: string | null) => Pointer | null;
  terminate: (handle: Pointer) => void;
  analyze: (handle: Pointer, word: string) => Pointer | null;
  value: (analysis: Pointer, key: string) => string | null;
  freeAnalyses: (analyses: Pointer) => void;
  pointerAt: (array: Pointer, index: number) => Pointer | null;
};

type Koffi = typeof KoffiModule;

// Each library path is bound once per process: binding parses every prototype, and several
// analyzers (the shared one, a benchmark's uncached one) can share the functions.
const bound = new Map<string, Native>();

function bind(libraryPath: string): Native {
  const existing = bound.get(libraryPath);
  if (existing) return existing;
  // Required lazily so that a platform without koffi's prebuilt binary fails here, where the
  // caller falls back, rather than at import.
  const koffi = createRequire(import.meta.url)('koffi') as Koffi;
  const lib = koffi.load(libraryPath);
  const pointerSize = koffi.sizeof('void *');
  const freeValue = lib.func('void voikko_free_mor_analysis_value_cstr(void *value)');
  // Values are heap strings owned by the caller: the disposable type frees each after decoding.
  const ownedString = koffi.disposable('str', freeValue);
  const native: Native = {
    init: lib.func(
      'void *voikkoInit(_Out_ const char **error, const char *language, const char *path)',
    ),
    terminate: lib.func('void voikkoTerminate(void *handle)'),
    analyze: lib.func('void *voikkoAnalyzeWordCstr(void *handle, const char *word)'),
    value: lib.func('voikko_mor_analysis_value_cstr', ownedString, ['void *', 'const char *']),
    freeAnalyses: lib.func('void voikko_free_mor_analysis(void *analyses)'),
    pointerAt: (array, index) =>
      koffi.decode(array, index * pointerSize, 'void *') as Pointer | null,
  };
  bound.set(libraryPath, native);
  return native;
}

/** Opens a Voikko instance for Finnish; never throws. */
export function openVoikko(options: VoikkoOptions = {}): VoikkoLoad {
  const libraryPath = options.libraryPath ?? DEFAULT_LIBRARY;
  let native: Native;
  try {
    native = bind(libraryPath);
  } catch (error) {
    return { analyzer: null, reason: `cannot load ${libraryPath}: ${message(error)}` };
  }
  const error: [string | null] = [null];
  let handle: Pointer | null;
  try {
    handle = native.init(error, 'fi', options.dictionaryPath ?? null);
  } catch (caught) {
    return { analyzer: null, reason: `voikkoInit failed: ${message(caught)}` };
  }
  if (!handle) {
    return {
      analyzer: null,
      reason: `no Finnish dictionary for Voikko (voikko-fi): ${error[0] ?? 'voikkoInit returned null'}`,
    };
  }
  return {
    analyzer: createAnalyzer(native, handle, options.cacheSize ?? DEFAULT_CACHE_SIZE),
    reason: null,
  };
}

let shared: VoikkoLoad | undefined;

/**
 * The process's Voikko, opened on first use, or null where it is not installed. Indexing and
 * querying must use the same answer, so a process never switches between the two paths.
 */
export function sharedFinnishAnalyzer(): VoikkoAnalyzer | null {
  shared ??= openVoikko();
  return shared.analyzer;
}

/**
 * Whether this process's search knows Finnish morphology, and if not why: for the start
 * banner, `/readyz` and the search page's hint.
 */
export function finnishMorphology(): { on: true } | { on: false; reason: string } {
  shared ??= openVoikko();
  return shared.reason === null ? { on: true } : { on: false, reason: shared.reason };
}

function createAnalyzer(native: Native, handle: Pointer, cacheSize: number): VoikkoAnalyzer {
  // A Map iterates in insertion order, so re-inserting on a hit makes the first key the least
  // recently used one.
  const cache = new Map<string, readonly MorphAnalysis[]>();
  const stats: VoikkoStats = { cacheHits: 0, cacheMisses: 0, cached: 0, nativeMicroseconds: 0 };
  let open = true;

  function analyzeNative(word: string): readonly MorphAnalysis[] {
    const started = performance.now();
    const array = native.analyze(handle, word);
    const analyses: MorphAnalysis[] = [];
    if (array) {
      try {
        for (let index = 0; index < MAX_ANALYSES; index++) {
          const analysis = native.pointerAt(array, index);
          if (!analysis) break;
          const baseform = native.value(analysis, 'BASEFORM');
          if (!baseform) continue;
          analyses.push({ baseform, wordbases: native.value(analysis, 'WORDBASES') });
        }
      } finally {
        native.freeAnalyses(array);
      }
    }
    stats.nativeMicroseconds += (performance.now() - started) * 1000;
    return analyses;
  }

  return {
    analyze(word) {
      if (!open) throw new Error('Voikko analyzer used after close()');
      const key = word.toLowerCase();
      if (key.length === 0 || key.length > MAX_WORD_CHARS) return [];
      const hit = cache.get(key);
      if (hit) {
        stats.cacheHits++;
        cache.delete(key);
        cache.set(key, hit);
        return hit;
      }
      stats.cacheMisses++;
      const analyses = analyzeNative(key);
      if (cacheSize > 0) {
        if (cache.size >= cacheSize) {
          const oldest = cache.keys().next();
          if (!oldest.done) cache.delete(oldest.value);
        }
        cache.set(key, analyses);
      }
      return analyses;
    },
    stats: () => ({ ...stats, cached: cache.size }),
    close() {
      if (!open) return;
      open = false;
      cache.clear();
      native.terminate(handle);
    },
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import { describe, expect, it } from 'vitest';
import type { CourseCard } from '../../../types';
import {
  applyFilters,
  emptyFilterState,
  facetCounts,
  isEmptyFilterState,
  parseFilterSearch,
  serializeFilterState,
  setWeeks,
  toggleValue,
  weekOptions,
  type Facets,
  type FilterState,
} from '../_utils';

const facets: Facets = {
  level: [
    { value: 'beginner', label: '入门' },
    { value: 'intermediate', label: '中级' },
    { value: 'advanced', label: '高级' },
  ],
  topics: [
    { value: 'concepts', label: '概念' },
    { value: 'tracing', label: '追踪' },
    { value: 'metrics', label: '指标' },
    { value: 'collector', label: 'Collector' },
  ],
  languages: [
    { value: 'zh-Hans', label: '简体中文' },
    { value: 'en', label: 'English' },
  ],
  certification: [
    { value: 'foundation', label: '基础' },
    { value: 'professional', label: '专业' },
    { value: 'expert', label: '专家' },
  ],
};
const bounds = { min: 4, max: 12 };

function card(id: string, level: string, durationWeeks: number, topics: string[], languages: string[], certification: string): CourseCard {
  return {
    id,
    title: id,
    summary: '',
    permalink: `/courses/${id}/`,
    level,
    durationWeeks,
    topics,
    languages,
    certification: { id: certification, title: certification, permalink: `/certifications/${certification}/` },
    fallbacks: [],
  };
}

const cards: CourseCard[] = [
  card('intro', 'beginner', 4, ['concepts', 'tracing', 'metrics'], ['zh-Hans', 'en'], 'foundation'),
  card('fundamentals', 'beginner', 6, ['concepts', 'metrics'], ['zh-Hans'], 'foundation'),
  card('tracing', 'intermediate', 6, ['tracing', 'collector'], ['zh-Hans'], 'professional'),
  card('development', 'intermediate', 8, ['tracing', 'metrics'], ['zh-Hans', 'en'], 'professional'),
  card('architecture', 'advanced', 10, ['collector'], ['zh-Hans'], 'expert'),
  card('engineering', 'advanced', 12, ['tracing'], ['zh-Hans', 'en'], 'expert'),
];
const ids = (list: CourseCard[]) => list.map((c) => c.id);
const parse = (search: string) => parseFilterSearch(search, facets, bounds);
const state = (over: Partial<FilterState>): FilterState => ({ ...emptyFilterState(), ...over });

describe('parseFilterSearch', () => {
  it('reads nothing from an empty query, with or without "?"', () => {
    expect(parse('')).toEqual(emptyFilterState());
    expect(parse('?')).toEqual(emptyFilterState());
    expect(isEmptyFilterState(parse(''))).toBe(true);
  });

  it('reads every field by its schema name, repeated parameters as several values', () => {
    expect(parse('?level=beginner&level=advanced&topics=tracing&languages=en&certification=expert&minWeeks=6&maxWeeks=10')).toEqual({
      level: ['beginner', 'advanced'],
      topics: ['tracing'],
      languages: ['en'],
      certification: ['expert'],
      minWeeks: 6,
      maxWeeks: 10,
    });
  });

  it('accepts the singular aliases topic and language, merged with the schema names', () => {
    expect(parse('level=advanced&topic=tracing')).toEqual(state({ level: ['advanced'], topics: ['tracing'] }));
    expect(parse('?language=en&topic=collector&topics=tracing')).toEqual(state({ languages: ['en'], topics: ['tracing', 'collector'] }));
  });

  it('ignores unknown parameters, unknown values and duplicates; keeps facet order', () => {
    expect(parse('?level=expert&level=advanced&level=beginner&level=advanced&foo=bar&levels=beginner&Level=beginner')).toEqual(
      state({ level: ['beginner', 'advanced'] }),
    );
    expect(parse('?topics=TRACING&languages=fr&certification=tracing&certification=')).toEqual(emptyFilterState());
  });

  it('ignores weeks that are not whole numbers within the catalog bounds', () => {
    for (const bad of ['abc', '', '-4', '4.5', '3', '13', '1e1', '0x8', '99999']) {
      expect(parse(`?minWeeks=${bad}&maxWeeks=${bad}`)).toEqual(emptyFilterState());
    }
    expect(parse('?minWeeks=4&maxWeeks=12')).toEqual(state({ minWeeks: 4, maxWeeks: 12 }));
  });

  it('decodes percent-encoded values', () => {
    expect(parse('?languages=zh%2DHans')).toEqual(state({ languages: ['zh-Hans'] }));
  });
});

describe('serializeFilterState', () => {
  it('writes nothing for an empty state', () => {
    expect(serializeFilterState(emptyFilterState(), facets)).toBe('');
  });

  it('writes schema names in a stable order, values in facet order, empties dropped', () => {
    const s: FilterState = { certification: ['expert'], topics: ['collector', 'tracing'], languages: [], level: ['advanced', 'beginner'], maxWeeks: 10 };
    expect(serializeFilterState(s, facets)).toBe('?level=beginner&level=advanced&topics=tracing&topics=collector&certification=expert&maxWeeks=10');
  });

  it('drops values the facets do not know', () => {
    expect(serializeFilterState(state({ level: ['expert'], topics: ['nope'] }), facets)).toBe('');
  });

  it('turns aliases into schema names', () => {
    expect(serializeFilterState(parse('?level=advanced&topic=tracing&language=en'), facets)).toBe('?level=advanced&topics=tracing&languages=en');
  });

  it('round-trips: parse(serialize(s)) = s and serialize(parse(q)) = q for a canonical q', () => {
    const states: FilterState[] = [
      emptyFilterState(),
      state({ level: ['intermediate'] }),
      state({ level: ['beginner', 'advanced'], topics: ['tracing'], languages: ['zh-Hans', 'en'], certification: ['foundation', 'expert'], minWeeks: 4, maxWeeks: 8 }),
      state({ maxWeeks: 12 }),
    ];
    for (const s of states) expect(parse(serializeFilterState(s, facets))).toEqual(s);
    const q = '?level=beginner&topics=concepts&topics=metrics&languages=en&certification=foundation&minWeeks=5&maxWeeks=9';
    expect(serializeFilterState(parse(q), facets)).toBe(q);
  });
});

describe('applyFilters', () => {
  it('keeps every card, in order, when nothing is filtered', () => {
    expect(ids(applyFilters(cards, emptyFilterState()))).toEqual(ids(cards));
  });

  it('combines values of one field with OR', () => {
    expect(ids(applyFilters(cards, state({ level: ['beginner', 'advanced'] })))).toEqual(['intro', 'fundamentals', 'architecture', 'engineering']);
    expect(ids(applyFilters(cards, state({ topics: ['concepts', 'collector'] })))).toEqual(['intro', 'fundamentals', 'tracing', 'architecture']);
  });

  it('combines different fields with AND', () => {
    expect(ids(applyFilters(cards, state({ level: ['advanced'], topics: ['tracing'] })))).toEqual(['engineering']);
    expect(ids(applyFilters(cards, state({ level: ['beginner', 'intermediate'], languages: ['en'], topics: ['tracing'] })))).toEqual(['intro', 'development']);
    expect(ids(applyFilters(cards, state({ certification: ['foundation'], level: ['advanced'] })))).toEqual([]);
  });

  it('filters the duration range, bounds inclusive', () => {
    expect(ids(applyFilters(cards, state({ minWeeks: 6 })))).toEqual(['fundamentals', 'tracing', 'development', 'architecture', 'engineering']);
    expect(ids(applyFilters(cards, state({ maxWeeks: 6 })))).toEqual(['intro', 'fundamentals', 'tracing']);
    expect(ids(applyFilters(cards, state({ minWeeks: 6, maxWeeks: 8 })))).toEqual(['fundamentals', 'tracing', 'development']);
    expect(ids(applyFilters(cards, state({ minWeeks: 10, maxWeeks: 6 })))).toEqual([]);
    expect(ids(applyFilters(cards, state({ minWeeks: 6, maxWeeks: 8, level: ['intermediate'], topics: ['metrics'] })))).toEqual(['development']);
  });
});

describe('facetCounts', () => {
  it('counts every value over all cards when nothing is filtered', () => {
    expect(Object.fromEntries(facetCounts(cards, emptyFilterState(), 'level', facets))).toEqual({ beginner: 2, intermediate: 2, advanced: 2 });
    expect(Object.fromEntries(facetCounts(cards, emptyFilterState(), 'topics', facets))).toEqual({ concepts: 2, tracing: 4, metrics: 3, collector: 2 });
    expect(Object.fromEntries(facetCounts(cards, emptyFilterState(), 'languages', facets))).toEqual({ 'zh-Hans': 6, en: 3 });
  });

  it("ignores the field's own selection but applies the other filters", () => {
    const s = state({ level: ['beginner'], topics: ['tracing'] });
    // Level counts: only the topic filter applies.
    expect(Object.fromEntries(facetCounts(cards, s, 'level', facets))).toEqual({ beginner: 1, intermediate: 2, advanced: 1 });
    // Topic counts: only the level filter applies.
    expect(Object.fromEntries(facetCounts(cards, s, 'topics', facets))).toEqual({ concepts: 2, tracing: 1, metrics: 2, collector: 0 });
    // Certification counts: both apply.
    expect(Object.fromEntries(facetCounts(cards, s, 'certification', facets))).toEqual({ foundation: 1, professional: 0, expert: 0 });
  });

  it('applies the duration range to every facet', () => {
    expect(Object.fromEntries(facetCounts(cards, state({ maxWeeks: 6 }), 'level', facets))).toEqual({ beginner: 2, intermediate: 1, advanced: 0 });
  });

  it('a count is what checking that value alone (on top of the other filters) would show', () => {
    const s = state({ languages: ['en'], minWeeks: 5 });
    for (const [value, count] of facetCounts(cards, s, 'topics', facets)) {
      expect(applyFilters(cards, { ...s, topics: [value] })).toHaveLength(count);
    }
  });
});

describe('state updates', () => {
  it('toggles a value on and off without touching other fields', () => {
    const s = toggleValue(state({ topics: ['tracing'] }), 'level', 'advanced', true);
    expect(s).toEqual(state({ level: ['advanced'], topics: ['tracing'] }));
    expect(toggleValue(s, 'level', 'advanced', true).level).toEqual(['advanced']);
    expect(toggleValue(s, 'level', 'advanced', false)).toEqual(state({ topics: ['tracing'] }));
  });

  it('sets and clears a duration bound', () => {
    expect(setWeeks(emptyFilterState(), 'minWeeks', 6)).toEqual(state({ minWeeks: 6 }));
    expect(setWeeks(state({ minWeeks: 6 }), 'minWeeks', undefined)).toEqual(emptyFilterState());
  });

  it('offers every whole week between the bounds', () => {
    expect(weekOptions(bounds)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});

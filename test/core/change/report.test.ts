import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareWaves } from '../../../src/core/change/compare.ts';
import { changeReport } from '../../../src/core/change/report.ts';
import { importDataset } from '../../../src/core/import/dataset.ts';
import { defaultView } from '../../../src/core/view/view.ts';

const sample = importDataset('sample', (['people', 'ties', 'respondents', 'attendance'] as const).map((role) => ({
  name: `${role}.csv`, role, text: readFileSync(`data/sample/${role}.csv`, 'utf8'),
})));

describe('changeReport on the sample', () => {
  const view = defaultView(sample);
  const r = changeReport(sample, view, '12 months', '24 months');

  it('agrees with compareWaves, and keeps non-response apart from loss', () => {
    const c = compareWaves(sample, view, '12 months', '24 months');
    expect(r.counts.new).toBe(c.added);
    expect(r.counts.lost).toBe(c.removed);
    expect(r.counts.unknown).toBe(c.unknown);
    expect(r.counts.kept + r.counts.strengthened + r.counts.weakened).toBe(c.kept);
    expect(r.ties).toHaveLength(c.added + c.removed + c.unknown + c.kept);
  });

  it('reports its progress in plain steps, rising from 0 to 1, and gives the same report', () => {
    const heard: [number, string][] = [];
    const again = changeReport(sample, view, '12 months', '24 months', undefined, (f, step) => heard.push([f, step]));
    expect(heard[0]).toEqual([0, 'Sorting out what happened to each tie']);
    expect(heard.at(-1)?.[0]).toBe(1);
    expect(heard.map(([f]) => f)).toEqual([...heard.map(([f]) => f)].sort((a, b) => a - b));
    expect(heard.length).toBeGreaterThan(4);
    expect(again.counts).toEqual(r.counts);
  });

  it('finds the fading of the frailty programme’s bridges and splits survival by cohort', () => {
    expect(r.findings.map((f) => f.id)).toContain('change:dissipated:12 months|24 months');
    expect(r.survival.split).toEqual({ attribute: 'cohort', side: 'either' });
    expect(r.trends.waves).toEqual(['Baseline', '12 months', '24 months']);
    expect(r.qap.pValue).toBeLessThan(0.01);
  });
});

import { describe, expect, it } from 'vitest';
import { MetricsSeries } from '../src/metrics/metrics-series.js';
import { point, points } from './points.js';

const seqs = (series: MetricsSeries) => [...series.column('seq')];

describe('MetricsSeries', () => {
  it('appends live points in order and converts time to seconds for uPlot', () => {
    const series = new MetricsSeries(10);
    expect(series.add(point(1))).toBe('added');
    expect(series.add(point(2))).toBe('added');
    expect(seqs(series)).toEqual([1, 2]);
    expect(series.column('time')[1]).toBe(point(2).at / 1000);
    expect([...series.column('revenue')]).toEqual([42, 84]);
    expect(series.latest).toEqual(point(2));
  });

  it('drops a point it already holds', () => {
    const series = new MetricsSeries(10);
    series.add(point(1));
    series.add(point(2));
    expect(series.add(point(2))).toBe('duplicate');
    expect(series.add(point(1))).toBe('duplicate');
    expect(seqs(series)).toEqual([1, 2]);
  });

  it('reports a gap in seq but keeps the point', () => {
    const series = new MetricsSeries(10);
    series.add(point(1));
    expect(series.add(point(4))).toBe('gap');
    expect(seqs(series)).toEqual([1, 4]);
    expect(series.isContiguous()).toBe(false);
  });

  it('starts over when seq goes back while time goes on (the api restarted)', () => {
    const series = new MetricsSeries(10);
    series.add(point(50));
    const restarted = { ...point(1), at: point(50).at + 1000 };
    expect(series.add(restarted)).toBe('reset');
    expect(seqs(series)).toEqual([1]);
    expect(series.latest).toEqual(restarted);
  });

  it('merges a snapshot by seq: fills the holes and keeps live points newer than the snapshot', () => {
    const series = new MetricsSeries(100);
    series.add(point(1));
    series.add(point(2));
    series.add(point(7)); // gap: 3..6 missed
    series.add(point(8)); // arrived while the snapshot was in flight
    series.merge(points(1, 7));
    expect(seqs(series)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(series.isContiguous()).toBe(true);
    expect(series.latest).toEqual(point(8));
    expect([...series.column('orders')]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('keeps only the newest points that fit after a merge', () => {
    const series = new MetricsSeries(5);
    series.merge(points(1, 20));
    expect(seqs(series)).toEqual([16, 17, 18, 19, 20]);
    expect(series.add(point(21))).toBe('added');
    expect(seqs(series)).toEqual([17, 18, 19, 20, 21]);
  });
});

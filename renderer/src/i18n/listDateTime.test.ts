import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clockTime, listDateTime } from './listDateTime.ts';

test('list dates read as Intl writes them in vi-VN and en-GB (day/month/year, 24-hour clock, local time)', () => {
  const intl = (tag: string, date: Date) => `${new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date)} ${new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hour12: false }).format(date)}`;
  const samples = ['2026-11-24T10:42:05.000Z', '2025-01-01T00:00:00.000Z', '2024-02-29T23:59:59.999Z', '2023-12-31T12:00:00.000Z', '1999-07-04T05:06:07.000Z'];
  let seed = 7;
  for (let i = 0; i < 200; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    samples.push(new Date(Date.UTC(1990, 0, 1) + (seed % (40 * 365)) * 86_400_000 + (seed % 86_400) * 1000).toISOString());
  }
  for (const iso of samples) {
    for (const tag of ['vi-VN', 'en-GB']) assert.equal(listDateTime(iso), intl(tag, new Date(iso)), `${iso} in ${tag}`);
  }
  assert.equal(listDateTime('not a date'), 'not a date');
});

test('the save clock reads as Intl writes it in vi-VN and en-GB (24-hour hh:mm:ss, local time)', () => {
  const intl = (tag: string, date: Date) => new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(date);
  for (let i = 0; i < 200; i++) {
    const date = new Date(Date.UTC(2026, 0, 1) + i * 7_919_000 + (i % 7) * 1000);
    for (const tag of ['vi-VN', 'en-GB']) assert.equal(clockTime(date), intl(tag, date), `${date.toISOString()} in ${tag}`);
  }
});

// Published dates are the date the source states, in its own time zone, whatever the server's TZ: this file
// runs itself again under UTC, Asia/Shanghai and America/Los_Angeles (the last test), so `npm test` covers all three.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { toIsoDate, toIsoTimestamp } from "./normalizeDate";

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

test(`RFC 2822 and ISO with offsets keep the stated day and clock (TZ=${ZONE})`, () => {
  assert.equal(toIsoTimestamp("Wed, 04 Jun 2003 01:00:00 +0800"), "2003-06-04T01:00:00+08:00");
  assert.equal(toIsoDate("Wed, 04 Jun 2003 01:00:00 +0800"), "2003-06-04");
  assert.equal(toIsoTimestamp("Tue, 03 Jun 2003 23:39:21 -0700"), "2003-06-03T23:39:21-07:00");
  assert.equal(toIsoTimestamp("Tue, 03 Jun 2003 09:39:21 GMT"), "2003-06-03T09:39:21Z");
  assert.equal(toIsoTimestamp("2015-07-24T05:36:09+01:00"), "2015-07-24T05:36:09+01:00");
  assert.equal(toIsoDate("2015-07-24T00:30:00+09:00"), "2015-07-24");
  assert.equal(toIsoTimestamp("2017-11-16T14:15+0000"), "2017-11-16T14:15:00Z");
  assert.equal(toIsoTimestamp("2019-01-03T07:00:02.000Z"), "2019-01-03T07:00:02Z");
});

test(`a time without a zone stays the stated clock time, not shifted by the server's (TZ=${ZONE})`, () => {
  assert.equal(toIsoTimestamp("2016-02-01 01:28:49"), "2016-02-01T01:28:49");
  assert.equal(toIsoTimestamp("2016-02-01T23:59:00"), "2016-02-01T23:59:00");
  assert.equal(toIsoDate("April 28, 2019 at 11:30 pm"), "2019-04-28");
  assert.equal(toIsoDate("April 28, 2019"), "2019-04-28");
});

test(`date-only values stay date-only (TZ=${ZONE})`, () => {
  assert.equal(toIsoTimestamp("2003-06-03"), "2003-06-03");
  assert.equal(toIsoTimestamp("20170113"), "2017-01-13");
  assert.equal(toIsoDate("14/02/2024"), "2024-02-14");
  assert.equal(toIsoDate("02/14/2024"), "2024-02-14");
  assert.equal(toIsoDate("03.04.2024"), "2024-04-03");
  assert.equal(toIsoDate("03/04/2024"), null, "day/month or month/day: not guessed");
});

test(`dates written in French, German, Spanish, Russian, Ukrainian, Chinese, Japanese and Arabic (TZ=${ZONE})`, () => {
  const june3 = ["3 juin 2003", "mardi 3 juin 2003", "3. Juni 2003", "3 de junio de 2003", "3 июня 2003 года", "3 червня 2003", "2003年6月3日", "2003年6月3日 14時05分", "٣ يونيو ٢٠٠٣", "3 حزيران 2003"];
  for (const d of june3) assert.equal(toIsoDate(d), "2003-06-03", d);
});

test(`what is no full date gives none (TZ=${ZONE})`, () => {
  for (const d of ["yesterday", "June 2003", "3 juin", "2020-13-45", "2021-02-30", "", "x".repeat(10_000)]) assert.equal(toIsoDate(d), null, d);
});

test("the same answers under UTC, Asia/Shanghai and America/Los_Angeles", { skip: process.env.NL_DATE_ZONE_CHILD ? "running as a child" : false, timeout: 120_000 }, () => {
  for (const zone of ["UTC", "Asia/Shanghai", "America/Los_Angeles"]) {
    const r = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=dot", fileURLToPath(import.meta.url)], { env: { ...process.env, TZ: zone, NL_DATE_ZONE_CHILD: "1" }, encoding: "utf8" });
    assert.equal(r.status, 0, `under TZ=${zone}:\n${r.stdout}${r.stderr}`);
  }
});

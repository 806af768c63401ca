import { describe, expect, it } from 'vitest';
import { CHECKLIST, checklistDone, checklistFor, MAX_PEOPLE_SEARCHED, personName, searchLinks, searchUrl, stepFromNotes } from '../../src/accounts/checklist';
import { CHECKLIST_STEPS } from '../../src/accounts/types';

const NORTHWIND = { key: 'northwind.com', name: 'Northwind Traders' };
const DANA = { name: 'Dana Reyes', email: 'dana@northwind.com' };
const queries = (...args: Parameters<typeof searchLinks>) => searchLinks(...args).map((l) => l.query);

describe('research checklist', () => {
  it('has the four steps in order, each with a label and help', () => {
    expect(CHECKLIST.map((s) => s.id)).toEqual([...CHECKLIST_STEPS]);
    expect(CHECKLIST.map((s) => s.label)).toEqual(['Company site and newsroom', 'Recent news', 'Each recipient’s public profile', 'Their own posts or interviews']);
    for (const s of CHECKLIST) expect(s.help).toMatch(/\.$/);
    expect(checklistDone({ site: true, news: false, profiles: true, posts: false })).toBe(2);
  });

  it('builds plain web-search URLs with the query encoded', () => {
    expect(searchUrl('"Northwind Traders" news & more')).toBe('https://duckduckgo.com/?q=%22Northwind%20Traders%22%20news%20%26%20more');
    for (const l of searchLinks('site', NORTHWIND)) expect(new URL(l.url).searchParams.get('q')).toBe(l.query);
  });

  it('searches the company for the company steps, and each person at the account for profiles and posts', () => {
    const recipients = [DANA, { name: 'Kim Lo', email: 'kim@kestrel.example' }, { email: 'lee.park@eu.northwind.com' }];
    expect(queries('site', NORTHWIND, recipients)).toEqual(['"Northwind Traders" newsroom']);
    expect(queries('news', NORTHWIND, recipients)).toEqual(['"Northwind Traders" news']);
    expect(queries('profiles', NORTHWIND, recipients)).toEqual(['"Dana Reyes" Northwind Traders', '"Lee Park" Northwind Traders']);
    expect(queries('posts', NORTHWIND, recipients)).toEqual(['"Dana Reyes" interview OR podcast OR post', '"Lee Park" interview OR podcast OR post']);
    expect(searchLinks('profiles', NORTHWIND, recipients)[0]).toMatchObject({ text: 'Dana Reyes', description: 'Search the web for Dana Reyes’s public profile' });
  });

  it('adds the people in the notes, without repeats, up to a limit', () => {
    expect(queries('posts', NORTHWIND, [DANA], ['dana reyes', 'Sam Ortiz'])).toEqual(['"Dana Reyes" interview OR podcast OR post', '"Sam Ortiz" interview OR podcast OR post']);
    expect(searchLinks('profiles', NORTHWIND, [], Array.from({ length: 9 }, (_, i) => `Person ${i}`))).toHaveLength(MAX_PEOPLE_SEARCHED);
  });

  it('falls back to the domain, or to the company, when names are missing', () => {
    expect(queries('site', { key: 'northwind.com' })).toEqual(['northwind.com newsroom']);
    expect(queries('profiles', NORTHWIND)).toEqual(['"Northwind Traders" leadership team']);
    expect(queries('posts', NORTHWIND)).toEqual(['"Northwind Traders" interview OR podcast']);
  });

  it('searches the person for a free-mail account, and offers nothing when there is no one to search for', () => {
    const lee = { key: 'lee@gmail.com' };
    expect(queries('profiles', lee, [{ name: 'Lee Park', email: 'lee@gmail.com' }])).toEqual(['"Lee Park" profile']);
    expect(queries('posts', lee, [{ name: 'Lee Park', email: 'lee@gmail.com' }])).toEqual(['"Lee Park" interview OR podcast OR post']);
    for (const step of CHECKLIST_STEPS) expect(searchLinks(step, lee, [{ email: 'lee@gmail.com' }])).toEqual([]);
  });

  it('keeps to the person steps for a free-mail account: no company site or company news under the person’s name', () => {
    expect(checklistFor({ key: 'northwind.com' })).toBe(CHECKLIST);
    const steps = checklistFor({ key: 'lee.park@gmail.com' });
    expect(steps.map((s) => [s.id, s.label])).toEqual([
      ['profiles', 'Their public profile'],
      ['posts', 'Their own posts or interviews'],
    ]);
    expect(checklistDone({ site: true, news: true, profiles: true, posts: false }, steps)).toBe(1);
    // The company steps search nothing for a person, even with recipients or a name.
    const lee = { key: 'lee.park@gmail.com', name: 'Lee Park' };
    expect(searchLinks('site', lee, [{ name: 'Lee Park', email: 'lee.park@gmail.com' }])).toEqual([]);
    expect(searchLinks('news', lee, [], ['Lee Park'])).toEqual([]);
    // With no recipient or note to go on, the person is the account: its name, else one read from its address.
    expect(searchLinks('profiles', lee)).toMatchObject([{ text: 'Lee Park', query: '"Lee Park" profile' }]);
    expect(queries('posts', { key: 'dana.reyes@outlook.com' })).toEqual(['"Dana Reyes" interview OR podcast OR post']);
  });

  it('guesses a searchable name from an address only when it clearly holds one', () => {
    expect(personName({ email: 'dana.reyes@northwind.com' })).toBe('Dana Reyes');
    expect(personName({ name: ' Dana Reyes ', email: 'x@y.com' })).toBe('Dana Reyes');
    expect(personName({ name: 'dana@northwind.com', email: 'dana@northwind.com' })).toBeUndefined();
    expect(personName({ email: 'sales@northwind.com' })).toBeUndefined();
    expect(personName({ email: 'd.r@northwind.com' })).toBeUndefined();
  });

  it('counts a step the notes cover as done, and says why one is not, once there are notes', () => {
    const empty = { ...NORTHWIND, strategy: '', news: '', people: [], lastInteraction: '' };
    // No notes at all: nothing to explain, the step's own help says what to do.
    for (const step of CHECKLIST_STEPS) expect(stepFromNotes(step, empty)).toEqual({ covered: false });
    const notes = { ...empty, strategy: '- Moving to one ERP', people: [{ name: 'Dana Reyes', role: 'CFO', said: '  ' }] };
    expect(stepFromNotes('site', notes)).toEqual({ covered: true, text: 'Done in your notes: 1 note on what they’re doing.' });
    expect(stepFromNotes('news', notes)).toEqual({ covered: false, text: 'Not in your notes yet: no recent news.' });
    expect(stepFromNotes('profiles', notes, [DANA]).covered).toBe(true);
    expect(stepFromNotes('profiles', notes, [DANA, { name: 'Kim Lo', email: 'kim@northwind.com' }, { name: 'Sam Ode', email: 'sam@elsewhere.example' }])).toEqual({ covered: false, text: 'Not in your notes yet: Kim Lo.' });
    expect(stepFromNotes('posts', notes)).toEqual({ covered: false, text: 'Not in your notes yet: what anyone said in their own words.' });
    const covered = (step: (typeof CHECKLIST_STEPS)[number]) => stepFromNotes(step, notes).covered;
    expect(checklistDone({ site: false, news: false, profiles: false, posts: true }, CHECKLIST, covered)).toBe(3);
  });
});

describe('a name from an address with "+" (issue 18: cut by a scan)', () => {
  it('drops the "+tag", also after a long run of "+"', () => {
    expect(personName({ email: 'dana.reyes+sales@northwind.com' })).toBe('Dana Reyes');
    expect(personName({ email: `dana.reyes${'+'.repeat(50_000)}x@northwind.com` })).toBe('Dana Reyes');
    expect(personName({ email: 'dana.reyes' })).toBe('Dana Reyes');
  });
});

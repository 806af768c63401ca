import { describe, expect, it } from 'vitest';
import { checkName, findGreeting, firstNameOf } from '../../src/model/greeting';

describe('greeting', () => {
  it.each([
    ['Hi Dana,\n\nThanks', 'Dana'],
    ['Hello Dana Reyes,\nThanks', 'Dana Reyes'],
    ['Dear Dr. Reyes,\n', 'Dr. Reyes'],
    ['Good morning Zoë!\n', 'Zoë'],
    ['Dana,\n\nThanks', 'Dana'],
    ['Hey Mary-Jane - quick one', 'Mary-Jane'],
    ['Hey there Dave!\n', 'Dave'],
    ['Dear Mr. Lopez,\n', 'Mr. Lopez'],
    ['Dear Ana Lopez,\n', 'Ana Lopez'],
    ["G'day Liam,\n\nSaw the news.", 'Liam'],
    ['G’day Liam!\n', 'Liam'],
    // A placeholder left on a line of its own above the greeting (the merge-field rule flags it): the greeting is below.
    ['{{first_name}}\nHi Dana,We are the leading platform.', 'Dana'],
    ['\n[Company]\n\nDear Ana Lopez,\n', 'Ana Lopez'],
    // A comma between the salutation and a name that ends there; a title and a name alone, then a comma.
    ['Hi, Sara.\nI hope you had a good weekend.', 'Sara'],
    ['Mr. Jeffrey Skilling,   My name is Omar and I represent a software firm.', 'Mr. Jeffrey Skilling'],
    // A heading before the greeting: an event's title, a date; or the same run together where the lines were collapsed.
    ['Northern Energy Forum 2026\nOslo, 17 and 18 September\n\nDear Mr. Lay,\nOur forum brings…', 'Mr. Lay'],
    ['Northern Energy Forum, Hotel Bristol, Oslo   Dear Mr Lay  Our forum is the platform for…', 'Mr Lay'],
    ['September 13, 2026  Dear JEFFREY SKILLING:  We are writing to you…', 'JEFFREY SKILLING'],
  ])('finds the name in %j', (body, name) => {
    expect(findGreeting(body)?.name?.text).toBe(name);
  });

  it.each(['Hi,\n', 'Hello there,\n', 'Hi team,\n', 'Dear Customer,\n', 'Dear Sir or Madam,\n', 'Hi {{first_name}},\n', 'Hi there,\n', 'Hi There!\n', 'Dear Consumer,\n', 'Dear Patient,\n', "Dear Ma'am,\n", 'Dear Tenant,\n', 'Dear Valued Policyholder,\n', 'Dear Valued Subscriber,\n', 'Hi {!Contact.FirstName},\n', 'Hi 7f3a9c2e5b8d41f6,\n'])('finds no name in %j', (body) => {
    const g = findGreeting(body);
    expect(g).toBeDefined();
    expect(g?.name).toBeUndefined();
  });

  it('finds no greeting in a body that starts with content', () => {
    expect(findGreeting('Thanks for the call yesterday.')).toBeUndefined();
    // A title-case line of body text is not "Name, …".
    expect(findGreeting('Every Month, We Show you the best offers.')).toBeUndefined();
    // A sentence after "Hi," or "Hello," is no name, and a "hi" deep in the text is no greeting past a heading.
    expect(findGreeting('Hi, We wanted to send out some changes.')?.name).toBeUndefined();
    expect(findGreeting('Hello,   My name is Pamela and I work for the commission.')?.name).toBeUndefined();
    expect(findGreeting('The report is attached. I said hi to Dana at the meeting.')).toBeUndefined();
    expect(findGreeting('This Week, Prices Drop on all tyres.')).toBeUndefined();
  });

  it('"Hi there," is a greeting that names nobody, and not a group', () => {
    const g = findGreeting('Hi there,\n\nThanks');
    expect(g).toMatchObject({ group: false, start: 0, end: 9 });
    expect(g?.name).toBeUndefined();
  });

  it('a record id where the name belongs is a placeholder', () => {
    expect(findGreeting('Hi 7f3a9c2e5b8d41f6,\n')?.placeholder).toBe(true);
    expect(findGreeting('Hi Dana2,\n')?.placeholder).toBeUndefined();
  });

  it('treats nicknames and first-name forms as the same person', () => {
    expect(checkName('Jeffrey', [{ name: 'Jeff Skilling' }]).ok).toBe(true);
    expect(checkName('Bob', [{ name: 'Robert Lay' }]).ok).toBe(true);
    expect(checkName('Chris', [{ name: 'Christina Park' }]).ok).toBe(true);
    expect(checkName('Ms Reyes', [{ name: 'Dana Reyes' }]).ok).toBe(true);
    expect(checkName('Dana', [{ name: 'Reyes, Dana' }]).ok).toBe(true);
    expect(checkName('Dana', [{ email: 'dana.reyes@northwind.com' }]).ok).toBe(true);
    expect(checkName('Mick', [{ name: 'Michael Doyle' }]).ok).toBe(true);
    // A name shortened to its end ("Seun" for "Oluwaseun"), not a short piece of another.
    expect(checkName('Seun', [{ name: 'Oluwaseun Adeyemi' }]).ok).toBe(true);
    expect(checkName('Ann', [{ name: 'Joann Price' }]).ok).toBe(false);
    // A courtesy after the name is no part of it; after the wrong name it makes it no less wrong.
    expect(checkName('Arjun Sir', [{ name: 'Arjun Mehta' }]).ok).toBe(true);
    expect(checkName('Priya ji', [{ name: 'Priya Nair' }]).ok).toBe(true);
    expect(checkName('Rohan Sir', [{ name: 'Arjun Mehta' }]).ok).toBe(false);
  });

  it('flags misspellings and other people, and cannot tell from a role address', () => {
    expect(checkName('Dona', [{ name: 'Dana Reyes' }])).toMatchObject({ ok: false, misspelled: true, closest: 'Dana' });
    expect(checkName('Michael', [{ name: 'Dana Reyes' }])).toMatchObject({ ok: false, misspelled: false });
    expect(checkName('Dana', [{ email: 'sales@northwind.com' }]).ok).toBe(true);
  });

  it('knows a recipient\'s first name from the name or the address', () => {
    expect(firstNameOf({ name: 'Dana Reyes' })).toBe('Dana');
    expect(firstNameOf({ name: 'Reyes, Dana' })).toBe('Dana');
    expect(firstNameOf({ email: 'dana.reyes@x.com' })).toBe('Dana');
    expect(firstNameOf({ email: 'sales@x.com' })).toBeUndefined();
  });
});

describe('a greeting on the same line as the text', () => {
  it('finds "Dana, thanks…" but not "However, …"', () => {
    expect(findGreeting('Dana, thanks for the call.')?.name?.text).toBe('Dana');
    expect(findGreeting('However, the call moved.')).toBeUndefined();
    expect(findGreeting('Thanks, that works.')).toBeUndefined();
  });
});

describe('findGreeting: names with no greeting word', () => {
  it.each([
    ['David: I will try to call you today.', 'David'],
    ['Sally- I made a mistake in the report.', 'Sally'],
    ['Tom - Please take a look at the attached.', 'Tom'],
    ['Mr. Dixon: Pursuant to your request, I attach the list.', 'Mr. Dixon'],
    ['Rich and Dave, attached are my revisions.', 'Rich and Dave'],
    ['Mike & Scott,\nSally asked me to forward this.', 'Mike & Scott'],
    ['Jim:\nAs a follow up to our call, here are the points.', 'Jim'],
    ['Olá Isabel, the cases are on tomorrow’s van.', 'Isabel'],
    ['Hej Nora, yes, the tents can ship on 3 March.', 'Nora'],
  ])('reads "%s" as greeting %s', (body, name) => {
    expect(findGreeting(body)?.name?.text).toBe(name);
  });

  it.each([
    'Agenda: budget, hiring and the Q3 plan.',
    'Note - the call moved to 3 pm.',
    'Bottom line: we ship Friday.',
    'CORRECTION, PLEASE READ THIS NOTICE.',
    'Thanks, that helps a lot.',
    'Monday works, see you then.',
  ])('reads no name in "%s"', (body) => {
    expect(findGreeting(body)?.name).toBeUndefined();
  });

  it('takes several names as right when one of them is the recipient', () => {
    expect(checkName('Rich and Dave', [{ name: 'Dave Moore' }]).ok).toBe(true);
    expect(checkName('Rich and Dave', [{ name: 'Ana Ortiz' }]).ok).toBe(false);
  });
});

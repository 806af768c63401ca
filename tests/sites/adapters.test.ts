// @vitest-environment jsdom
// The site adapters against saved pages in tests/fixtures (each fixture says where its structure comes from).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gmail } from '../../src/sites/gmail';
import { outlook } from '../../src/sites/outlook';
import { adapterFor } from '../../src/sites/index';
import type { SiteAdapter } from '../../src/sites/types';

function load(path: string): Document {
  // A plain path: jsdom's global URL is not one node:fs accepts. Vitest runs from the project root.
  const html = readFileSync(join(process.cwd(), 'tests/fixtures', path), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

function snapshot(doc: Document): string {
  return doc.documentElement.outerHTML;
}

function drafts(adapter: SiteAdapter, doc: Document) {
  return adapter.findComposes(doc).map((c) => ({ c, d: adapter.readDraft(c) }));
}

/** The single compose a fixture holds (fails the test if there is not exactly one). */
function only(adapter: SiteAdapter, doc: Document) {
  const found = drafts(adapter, doc);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('adapterFor', () => {
  it('picks the adapter by host and none elsewhere', () => {
    expect(adapterFor({ hostname: 'mail.google.com' })?.site).toBe('gmail');
    for (const h of ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com']) expect(adapterFor({ hostname: h })?.site).toBe('outlook');
    expect(adapterFor({ hostname: 'example.com' })).toBeUndefined();
  });
});

describe('Gmail: two new-message dialogs (the real captured dialog, twice)', () => {
  const doc = load('gmail/e2e-two-composes.html');
  const found = drafts(gmail, doc);

  it('finds both, with distinct ids from composeid', () => {
    expect(found.map(({ c }) => [c.id, c.variant])).toEqual([['gmail:c1', 'gmail-dialog'], ['gmail:c2', 'gmail-dialog']]);
  });
  it('reads the writer\'s text without the signature, with recipients and subject', () => {
    const d = found[0]!.d;
    expect(d.body).toBe('Hi Dana,\n\nThanks for walking me through the Lisbon payroll rollout on Tuesday. I will send the revised pricing by Thursday at 3pm.\n\nWhich of your teams should join the pilot call?');
    expect(d.body).not.toMatch(/Sam Ortiz|industry-leading/);
    expect(d.recipients).toEqual([{ name: 'Dana Reyes', email: 'dana@northwind.com' }]);
    expect(d.subject).toBe('Lisbon payroll pilot');
    expect(found[1]!.d.recipients).toEqual([{ email: 'lee@example.org' }]);
  });
  it('maps body offsets back to DOM ranges, across line breaks too', () => {
    const { c, d } = found[0]!;
    const map = gmail.bodyMap(c);
    expect(map.body).toBe(d.body);
    for (const word of ['Hi Dana', 'Thursday at 3pm', 'pilot call?']) {
      const i = d.body.indexOf(word);
      expect(map.range(i, i + word.length)?.toString()).toBe(word);
    }
    const across = d.body.indexOf('3pm.');
    expect(map.range(across, d.body.indexOf('Which') + 5)?.toString()).toMatch(/^3pm\.\s*Which$/);
  });
  it('anchors the badge in the send row inside the compose', () => {
    const { c } = found[0]!;
    const anchor = gmail.badgeAnchor(c)!;
    expect(c.root.contains(anchor)).toBe(true);
    expect(anchor.matches('.Up')).toBe(true);
  });
  it('never changes the page', () => {
    const before = snapshot(doc);
    drafts(gmail, doc);
    for (const c of gmail.findComposes(doc)) gmail.bodyMap(c).range(0, 5);
    expect(snapshot(doc)).toBe(before);
  });
});

describe('Gmail: inline reply in a thread', () => {
  it('with the quote collapsed, quotes the last message of the thread', () => {
    const { c, d } = only(gmail, load('gmail/inline-reply-quote-collapsed.html'));
    expect(c.variant).toBe('gmail-inline-reply');
    expect(c.id).toBe('gmail:r1');
    expect(d.body).toBe('Hi Dana,\n\nPricing is $40 per seat per month, billed annually. I will send the order form by Friday at noon.');
    expect(d.quoted).toMatch(/^On Dana Reyes wrote:\n.*What does it cost per seat\? And when could onboarding start\?/s);
    expect(d.subject).toBe('Re: Onboarding plan for Northwind');
    expect(d.recipients).toEqual([{ name: 'Dana Reyes', email: 'dana@northwind.com' }]);
  });
  it('with the quote expanded, reads the quote from the editor and keeps it out of the body', () => {
    const { d } = only(gmail, load('gmail/inline-reply-quote-expanded.html'));
    expect(d.body).toBe('Hi Dana,\n\nPricing is $40 per seat per month, billed annually. I will send the order form by Friday at noon.');
    expect(d.quoted).toMatch(/On Mon, Nov 23, 2026 at 9:14 AM Dana Reyes <dana@northwind.com> wrote:/);
    expect(d.quoted).toMatch(/when could onboarding start\?/);
    expect(d.body).not.toMatch(/frustration|policy|best in the world/);
  });
});

describe('Outlook: inline reply in the reading pane', () => {
  const doc = load('outlook/e2e-inline-reply.html');
  const { c, d } = only(outlook, doc);

  it('finds the reply form, keyed by its MSG_ id', () => {
    expect(c.id).toBe('outlook:MSG_15127c3b5a0');
    expect(c.variant).toBe('outlook-inline-reply');
  });
  it('stops the body at the signature and #appendonsend, and quotes what follows', () => {
    expect(d.body).toBe("Hi Dana,\n\nI'm sorry we charged you twice for March. I have refunded the second charge today, and I will email you the receipt by Thursday at 3pm.");
    expect(d.quoted).toMatch(/^From: Dana Reyes <dana\.reyes@northwind\.com>\nSent:/);
    expect(d.quoted).toMatch(/when will the sync bug in the mobile app be fixed\?/);
  });
  it('reads the chip\'s name and address, and the subject', () => {
    expect(d.recipients).toEqual([{ name: 'Dana Reyes', email: 'dana.reyes@northwind.com' }]);
    expect(d.subject).toBe('RE: Invoice charged twice');
  });
  it('maps offsets to ranges and anchors the badge by Send', () => {
    const map = outlook.bodyMap(c);
    const i = d.body.indexOf('Thursday at 3pm');
    expect(map.range(i, i + 15)?.toString()).toBe('Thursday at 3pm');
    expect(outlook.badgeAnchor(c)!.querySelector('button[id*="primaryActionButton"]')).not.toBeNull();
  });
});

describe('Gmail: full screen, pop-out and forward', () => {
  it('recognises full screen and keeps the draft id (state survives the move)', () => {
    const { c, d } = only(gmail, load('gmail/fullscreen.html'));
    expect([c.id, c.variant]).toEqual(['gmail:fs1', 'gmail-fullscreen']);
    expect(d.body).toBe('Hi Dana,\n\nI will send the revised pricing by Thursday at 3pm.');
  });
  it('recognises the pop-out window', () => {
    const { c, d } = only(gmail, load('gmail/popout.html'));
    expect(c.variant).toBe('gmail-popout');
    expect(d.recipients).toEqual([{ name: 'Dana Reyes', email: 'dana@northwind.com' }]);
  });
  it('keeps a forwarded message out of the body and offers it as quoted', () => {
    const { d } = only(gmail, load('gmail/forward.html'));
    expect(d.body).toBe("Hi Lee,\n\nForwarding Dana's note; could you check the invoice by Friday at noon?");
    expect(d.quoted).toMatch(/Forwarded message[\s\S]*charged twice/);
    expect(d.subject).toBe('Fwd: Invoice');
  });
});

describe('Outlook: new message and pop-out', () => {
  it('reads a new message, accepting a name-only chip and an address-only chip', () => {
    const { c, d } = only(outlook, load('outlook/new-message.html'));
    expect([c.id, c.variant]).toEqual(['outlook:MSG_74cda7ce35c', 'outlook-new']);
    expect(d.body).toBe('Hi Ana,\n\nHow many people run payroll in your Lisbon office today?');
    expect(d.recipients).toEqual([{ name: 'Ana Ruiz' }, { email: 'bo@example.org' }]);
    expect(d.quoted).toBeUndefined();
  });
  it('finds the compose inside the script-built pop-out frame', async () => {
    const { JSDOM } = await import('jsdom');
    const html = readFileSync(join(process.cwd(), 'tests/fixtures/outlook/popout.html'), 'utf8');
    const dom = new JSDOM(html, { runScripts: 'dangerously' });
    const found = drafts(outlook, dom.window.document);
    expect(found.map(({ c }) => [c.id, c.variant])).toEqual([['outlook:MSG_9a8b7c6d5e4', 'outlook-popout']]);
    expect(found[0]!.d.body).toBe('Hi Ana,\n\nHow many people run payroll in your Lisbon office today?');
    expect(found[0]!.c.editor.ownerDocument).not.toBe(dom.window.document);
  });
});

describe('Gmail: the post-2021 recipient chips', () => {
  it('reads name and address from [data-hovercard-id] chips under [name=to|cc] (compose-dom.md §1.6; the chip\'s inner markup is partly guessed there)', () => {
    const doc = load('gmail/popout.html');
    const root = gmail.findComposes(doc)[0]!.root;
    const rows = doc.createElement('div');
    for (const [field, email, name] of [['to', 'dana@northwind.com', 'Dana Reyes'], ['cc', 'ops@northwind.com', '']] as const) {
      const well = doc.createElement('div');
      well.setAttribute('name', field);
      const chip = doc.createElement('div');
      chip.setAttribute('role', 'option');
      chip.setAttribute('data-hovercard-id', email);
      if (name) chip.setAttribute('data-name', name);
      well.append(chip);
      rows.append(well);
    }
    root.querySelector('textarea[name="to"]')!.textContent = '';
    root.prepend(rows);
    expect(gmail.readDraft(gmail.findComposes(doc)[0]!).recipients).toEqual([{ name: 'Dana Reyes', email: 'dana@northwind.com' }, { email: 'ops@northwind.com' }]);
  });
});

describe('the Send button, in any language', () => {
  it('Gmail: Send counts (through its inner elements too); the schedule-send arrow and the toolbar do not', () => {
    const doc = load('gmail/e2e-two-composes.html');
    const [c1, c2] = gmail.findComposes(doc);
    const send = c1!.root.querySelector('.IZ .Up [role="button"]:not([aria-haspopup="true"])')!;
    expect(gmail.isSend(c1!, send)).toBe(true);
    const arrow = c1!.root.querySelector('.IZ .Up [role="button"][aria-haspopup="true"]');
    expect(arrow).not.toBeNull();
    expect(gmail.isSend(c1!, arrow!)).toBe(false);
    expect(gmail.isSend(c1!, c1!.editor)).toBe(false);
    expect(gmail.isSend(c2!, send), 'another compose\'s Send').toBe(false);
  });
  it('Outlook: the primary action button counts; Discard does not', () => {
    const doc = load('outlook/e2e-inline-reply.html');
    const c = outlook.findComposes(doc)[0]!;
    expect(outlook.isSend(c, doc.querySelector('button[id*="primaryActionButton"]')!)).toBe(true);
    const discard = [...doc.querySelectorAll('button')].find((b) => b.textContent === 'Discard')!;
    expect(outlook.isSend(c, discard)).toBe(false);
  });
});

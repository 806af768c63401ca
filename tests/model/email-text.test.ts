import { describe, it, expect } from 'vitest';
import { splitEmailText } from '../../src/model/email-text';

const BODY = 'Hi Dana,\n\nThe fix is live. I will check your export again on Friday at 9am.\n\nSam';

describe('splitEmailText: plain drafts', () => {
  it('returns a draft without quote or signature as the body alone', () => {
    expect(splitEmailText(BODY)).toEqual({ body: BODY });
  });

  it('trims trailing whitespace only', () => {
    expect(splitEmailText(`\n  ${BODY}  \n\n \n`).body).toBe(`\n  ${BODY}`);
  });

  it('normalises CRLF line ends', () => {
    const parts = splitEmailText(`${BODY.replace(/\n/g, '\r\n')}\r\n-- \r\nSam Ortiz\r\n`);
    expect(parts).toEqual({ body: BODY, signature: 'Sam Ortiz' });
  });

  it('keeps an empty string empty', () => {
    expect(splitEmailText('')).toEqual({ body: '' });
  });
});

describe('splitEmailText: signature', () => {
  it('drops what follows a "-- " line into signature', () => {
    const parts = splitEmailText(`${BODY}\n-- \nSam Ortiz\nSupport Lead, Acme`);
    expect(parts.body).toBe(BODY);
    expect(parts.signature).toBe('Sam Ortiz\nSupport Lead, Acme');
    expect(parts.quoted).toBeUndefined();
  });

  it('accepts "--" without the trailing space', () => {
    expect(splitEmailText(`${BODY}\n--\nSam`)).toEqual({ body: BODY, signature: 'Sam' });
  });

  it('does not treat dashes inside a line, or longer rules, as a delimiter', () => {
    const text = `${BODY}\nPrices -- as agreed -- stay the same.\n---\nP.S. see you`;
    expect(splitEmailText(text)).toEqual({ body: text });
  });

  it('only looks for the signature in the writer part, not in the quote', () => {
    const parts = splitEmailText(`${BODY}\n\nOn Mon, 2 Mar 2026, Dana wrote:\n> Thanks\n> -- \n> Dana Reyes`);
    expect(parts.body).toBe(BODY);
    expect(parts.signature).toBeUndefined();
    expect(parts.quoted).toBe('On Mon, 2 Mar 2026, Dana wrote:\nThanks\n-- \nDana Reyes');
  });

  it('separates signature and quote when both are present', () => {
    const parts = splitEmailText(`${BODY}\n-- \nSam\n\nOn Tue, Dana wrote:\n> Is it fixed?`);
    expect(parts).toEqual({ body: BODY, signature: 'Sam', quoted: 'On Tue, Dana wrote:\nIs it fixed?' });
  });
});

describe('splitEmailText: quoted history', () => {
  it('starts the quote at an "On … wrote:" line', () => {
    const parts = splitEmailText(`${BODY}\n\nOn Mon, Nov 23, 2026 at 9:12 AM Dana Reyes <dana@x.example> wrote:\n\n> Is the export fixed?`);
    expect(parts.body).toBe(BODY);
    expect(parts.quoted).toBe('On Mon, Nov 23, 2026 at 9:12 AM Dana Reyes <dana@x.example> wrote:\n\nIs the export fixed?');
  });

  it('recognises an attribution wrapped over two lines', () => {
    const parts = splitEmailText(`${BODY}\n\nOn Mon, 23 Nov 2026 at 09:12, Dana Reyes <\ndana@x.example> wrote:\nIs the export fixed?`);
    expect(parts.body).toBe(BODY);
    expect(parts.quoted).toMatch(/^On Mon, 23 Nov 2026 at 09:12, Dana Reyes <\ndana@x\.example> wrote:\nIs the export fixed\?$/);
  });

  it('recognises the French attribution', () => {
    const parts = splitEmailText(`${BODY}\n\nLe lun. 23 nov. 2026 à 09:12, Dana Reyes <dana@x.example> a écrit :\n> Bonjour`);
    expect(parts.body).toBe(BODY);
    expect(parts.quoted).toMatch(/a écrit :\nBonjour$/);
  });

  it('does not take an ordinary sentence starting with "On" for an attribution', () => {
    const text = `Hi Dana,\n\nOn Monday we ship the fix.\nSam`;
    expect(splitEmailText(text)).toEqual({ body: text });
  });

  it('starts the quote at a run of ">" lines and strips the markers, nested ones too', () => {
    const parts = splitEmailText(`${BODY}\n\n> Is it fixed?\n>> Our export broke.\n> > Twice.`);
    expect(parts.body).toBe(BODY);
    expect(parts.quoted).toBe('Is it fixed?\nOur export broke.\nTwice.');
  });

  it('starts the quote at "-----Original Message-----"', () => {
    const parts = splitEmailText(`${BODY}\n\n-----Original Message-----\nFrom: Dana\nSent: Monday\nSubject: Export\n\nIs it fixed?`);
    expect(parts.body).toBe(BODY);
    expect(parts.quoted).toBe('-----Original Message-----\nFrom: Dana\nSent: Monday\nSubject: Export\n\nIs it fixed?');
  });

  it('starts the quote at an Outlook header block (From:, then Sent:/Date: and To:/Subject:)', () => {
    const block = 'From: Dana Reyes <dana@x.example>\nSent: Monday, November 23, 2026 9:12 AM\nTo: Sam Ortiz\nSubject: Export\n\nIs it fixed?';
    expect(splitEmailText(`${BODY}\n\n${block}`)).toEqual({ body: BODY, quoted: block });
    const dated = 'From: Dana\nDate: Mon, 23 Nov 2026\nTo: Sam\n\nHello';
    expect(splitEmailText(`${BODY}\n${dated}`)).toEqual({ body: BODY, quoted: dated });
  });

  it('starts the quote at an Outlook header block in another language (Swedish, German, French)', () => {
    const sv = 'Från: Johan Lindqvist <johan@kaffe.example>\nSkickat: den 14 januari 2025 06:32\nTill: Sara Ek <sara@bageri.example>\nÄmne: Leveranser\n\nVarför händer detta?';
    expect(splitEmailText(`${BODY}\n\n${sv}`)).toEqual({ body: BODY, quoted: sv });
    const de = 'Von: Jonas Becker <jonas@web.example>\nGesendet: Montag, 2. Juni 2025 18:14\nAn: Support\nBetreff: Rechnung\n\nWo bleibt die Gutschrift?';
    expect(splitEmailText(`${BODY}\n\n${de}`)).toEqual({ body: BODY, quoted: de });
    const fr = 'De : Camille Roux <camille@orange.example>\nEnvoyé : mardi 3 juin 2025 10:22\nÀ : Support\nObjet : Commande\n\nOù est mon colis ?';
    expect(splitEmailText(`${BODY}\n\n${fr}`)).toEqual({ body: BODY, quoted: fr });
    // A line of the writer's that opens with such a word is no header.
    const text = 'Hi Dana,\n\nDe: that is Spanish for "from".\nA: and that is "to".\nSam';
    expect(splitEmailText(text)).toEqual({ body: text });
  });

  it('does not take a lone "From:" line in the writer\'s text for a header block', () => {
    const text = 'Hi Dana,\n\nFrom: our side, all is ready.\nWe start Monday.\nSam';
    expect(splitEmailText(text)).toEqual({ body: text });
  });

  it('starts the quote at a line of underscores followed by From:', () => {
    const quote = '________________________________\nFrom: Dana Reyes\nSent: Monday\n\nIs it fixed?';
    expect(splitEmailText(`${BODY}\n\n${quote}`)).toEqual({ body: BODY, quoted: quote });
  });

  it('keeps a line of underscores that is not followed by From: in the body', () => {
    const text = `${BODY}\n________________________________\nP.S. See you Friday.`;
    expect(splitEmailText(text)).toEqual({ body: text });
  });

  it('uses the first marker when several are present', () => {
    const parts = splitEmailText(`${BODY}\n\n> short quote\n\nmore of my text\n\nOn Sun, 1 Mar 2026, Dana wrote:\n> older`);
    expect(parts.body).toBe(BODY);
    expect(parts.quoted).toMatch(/^short quote\n\nmore of my text\n\nOn Sun/);
  });

  it('gives an empty body when the text is only a quote', () => {
    const parts = splitEmailText('> Is it fixed?\n> Dana');
    expect(parts.body).toBe('');
    expect(parts.quoted).toBe('Is it fixed?\nDana');
  });
});

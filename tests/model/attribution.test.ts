import { describe, expect, it } from 'vitest';
import { isLocalAttribution, localAuthor } from '../../src/model/attribution';
import { extractQuotedPoints, topMessage } from '../../src/model/listening';
import { splitEmailText } from '../../src/model/email-text';

// Quote headers as mail clients write them in other languages (written for these tests, in each client's format).
const HEADERS: [string, string | undefined][] = [
  ['Am Mo., 2. Juni 2025 um 18:14 Uhr schrieb Jonas Becker <jonas.becker@web.de>:', 'Jonas Becker'],
  ['Am 02.06.2025 um 18:14 schrieb Jonas Becker <jonas.becker@web.de>:', 'Jonas Becker'],
  ['Le mar. 3 juin 2025 à 10:22, Camille Roux <camille.roux@orange.fr> a écrit :', 'Camille Roux'],
  ['Le 3 juin 2025 à 10:22, Camille Roux a écrit :', 'Camille Roux'],
  ['El mar, 3 jun 2025 a las 10:22, Rosa Gil (<rosa.gil@correo.es>) escribió:', 'Rosa Gil'],
  ['Il giorno mer 4 giu 2025 alle ore 11:30 Giulia Ferri <g.ferri@emil.it> ha scritto:', 'Giulia Ferri'],
  ['Em seg., 9 de jun. de 2025 às 08:47, Rafael Costa <rafael@mercantil.com.br> escreveu:', 'Rafael Costa'],
  ['Op di 3 jun 2025 om 10:22 schreef Anouk de Vries <anouk@ziggo.nl>:', 'Anouk de Vries'],
  ['Den 10 juni 2025 14:31 skrev Elin Lindqvist <elin@nordbutik.se>:', 'Elin Lindqvist'],
  ['tor. 5. juni 2025 kl. 10:14 skrev Ingrid Solberg <ingrid@fjord.no>:', 'Ingrid Solberg'],
  ['W dniu 4.06.2025 o 16:05, Marta Kowalczyk <m.kowalczyk@baltbank.pl> pisze:', 'Marta Kowalczyk'],
  ['2025年6月4日(水) 9:41 Kenji Morita <k.morita@sakura.co.jp>:', 'Kenji Morita'],
  // A header that names only an address names no one.
  ['Am 07.06.2025 um 21:10 schrieb <kundin1987@gmx.de>:', undefined],
];

describe('quote headers in other languages', () => {
  it('are read as headers, with the writer named where the header names them', () => {
    for (const [line, name] of HEADERS) {
      expect(isLocalAttribution(line), line).toBe(true);
      expect(localAuthor(line), line).toBe(name);
    }
  });

  it('are not found in ordinary lines, nor in the English header (read elsewhere)', () => {
    for (const line of ['Please send the invoice to accounts <ap@northwind.example>:', 'I wrote: hello', 'The manager schrieb nothing:', 'We need it by 2025-06-04 for Kenji <k@x.jp>:', 'On Tue, 3 Jun 2025 at 09:12, Gareth Pryce <g@x.uk> wrote:', 'Le devis est joint :']) {
      expect(isLocalAttribution(line), line).toBe(false);
    }
  });

  it('name the asker, and keep an older message out of the asks', () => {
    const quoted = 'Den 10 juni 2025 14:31 skrev Elin Lindqvist <elin@nordbutik.se>:\nHej,\nCan you add the customer ID column to the export?\n\nThanks\nElin\n\nDen 6 juni 2025 09:12 skrev Elin Lindqvist <elin@nordbutik.se>:\nWhen will the export be fixed?';
    expect(topMessage(quoted).author).toBe('Elin');
    const asks = extractQuotedPoints(quoted).map((p) => p.text);
    expect(asks.some((a) => /customer ID column/.test(a))).toBe(true);
    expect(asks.some((a) => /When will the export/.test(a))).toBe(false);
  });

  it('start the quote in a plain-text draft, so the writer\'s words end there', () => {
    const parts = splitEmailText('Hi Jonas,\n\nThe new plate ships today.\n\nAm 02.06.2025 um 18:14 schrieb Jonas Becker <jonas.becker@web.de>:\n> Can you send a new plate?');
    expect(parts.body).toBe('Hi Jonas,\n\nThe new plate ships today.');
    expect(parts.quoted).toMatch(/Can you send a new plate\?$/);
  });

  it('reads a German "Greetings" sign-off as no name, and a Western-order Chinese name by its two given names', () => {
    expect(topMessage('Am 02.06.2025 um 18:14 schrieb Jürgen Albers <j.albers@web.de>:\nCan you send a new plate?\n\nGreetings\nJürgen').author).toBe('Jürgen');
    expect(topMessage('On Fri, 6 Jun 2025 at 11:20 AM, Wei Ling Tan <weiling.tan@harbourlink.sg> wrote:\nCan you confirm the cut-off?\n\nRegards,\nWei Ling').author).toBe('Wei Ling');
    expect(topMessage('On Fri, 6 Jun 2025 at 11:20 AM, Wei Ling Tan <weiling.tan@harbourlink.sg> wrote:\nCan you confirm the cut-off?').author).toBe('Wei Ling');
  });
});

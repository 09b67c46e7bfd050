import { num, text } from '../../src/core/cell';
import { containsPersonalNumber, textContainsPersonalNumber } from '../../src/core/check/personalNumber';
import { coordinationNumber, personalNumber } from '../support/personalNumbers';

describe('a personal identity number in a cell', () => {
  const made = personalNumber('850709', '123');

  it.each([
    ['the test identity', text('121212-1212')],
    ['a generated number with hyphen', text(made)],
    ['the same without hyphen', text(made.replace('-', ''))],
    ['the same with century', text(`19${made}`)],
    ['inside a sentence', text(`Klienten ${made} ringde`)],
    ['a co-ordination number', text(coordinationNumber('8507', 9, '123'))],
    ['a number cell', num(Number(made.replace('-', '')))],
  ])('is found: %s', (_, cell) => expect(containsPersonalNumber(cell)).toBe(true));

  it.each([
    ['a wrong check digit', text(made.slice(0, -1) + String((Number(made.slice(-1)) + 1) % 10))],
    ['an impossible date', text('851332-1234')],
    ['a case ID', text('V-014')],
    ['a date', text('2019-03-05')],
    ['a short number', num(123456)],
  ])('is not claimed for %s', (_, cell) => expect(containsPersonalNumber(cell)).toBe(false));
});

describe('a personal identity number as people really type it (issue 11)', () => {
  const made = personalNumber('850709', '123');
  const [date = '', serial = ''] = made.split('-');
  const born2005 = personalNumber('050101', '238').replace('-', '');
  const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

  it.each([
    ['an en dash', `${date}\u2013${serial}`],
    ['an em dash', `${date}\u2014${serial}`],
    ['spaces around a hyphen', `${date} - ${serial}`],
    ['a non-breaking hyphen', `${date}\u2011${serial}`],
    ['a minus sign', `${date}\u2212${serial}`],
    ['a no-break space', `${date}\u00a0${serial}`],
    ['a narrow no-break space', `${date}\u202f${serial}`],
    ['a slash', `${date}/${serial}`],
    ['a full-width hyphen', `${date}\uff0d${serial}`],
    ['full-width digits', fullWidth(`${date}-${serial}`)],
    ['an ideographic space', `${date}\u3000${serial}`],
    ['with century and an en dash', `19${date}\u2013${serial}`],
  ])('is found with %s', (_, typed) => expect(containsPersonalNumber(text(typed))).toBe(true));

  it('is found in a number that lost its leading zero (born in the 2000s)', () => {
    expect(born2005.startsWith('0')).toBe(true);
    expect(containsPersonalNumber(num(Number(born2005)))).toBe(true);
  });

  it('is found in a note, a link target or a formula beside a harmless value', () => {
    expect(textContainsPersonalNumber(`Ring om ${date} ${serial} har frågor`)).toBe(true);
    expect(textContainsPersonalNumber(`https://journal.example/klient/${date}-${serial}`)).toBe(true);
    expect(textContainsPersonalNumber(`="${date}"&"-"&"${serial}"`)).toBe(false); // split: not one number
    expect(textContainsPersonalNumber(`=${date}${serial}+0`)).toBe(true);
  });

  it.each([
    [
      'a wrong check digit with an en dash',
      `${date}\u2013${serial.slice(0, 3)}${(Number(serial[3]) + 1) % 10}`,
    ],
    ['a date range', '20190101\u201320191231'],
    ['a phone number', '070-123 45 67'],
    ['an impossible date with a slash', '851332/1234'],
    ['a nine-digit amount as text', '123456789'],
  ])('is not claimed for %s', (_, typed) => expect(containsPersonalNumber(text(typed))).toBe(false));

  it('is not claimed for a nine-digit number that is no date', () => {
    expect(containsPersonalNumber(num(123456789))).toBe(false);
  });
});

describe('a personal identity number written in the ways the guard once missed (issue 21)', () => {
  const made = personalNumber('850709', '123');
  const [date = '', serial = ''] = made.split('-');
  const spaced = `${date.slice(0, 2)} ${date.slice(2, 4)} ${date.slice(4)}-${serial}`;
  const dotted = `${date.slice(0, 2)}.${date.slice(2, 4)}.${date.slice(4)}-${serial}`;
  const born2000 = personalNumber('001231', '123').replace('-', '');
  const born2005 = personalNumber('050101', '238').replace('-', '');

  it.each([
    ['spaces inside the date', text(`pnr ${spaced}`)],
    ['dots inside the date', text(dotted)],
    ['an eight-digit number (born 2000, zeros lost)', num(Number(born2000))],
    ['nine digits as text (born 2005, zero lost) in a comment', text(`ring ${Number(born2005)} i morgon`)],
  ])('is found: %s', (_, cell) => expect(containsPersonalNumber(cell)).toBe(true));

  it('is not claimed for a year with spaces, a sum or an amount', () => {
    for (const raw of ['2019 03 05', 'summa 123456789,50', '4 500 000 kr'])
      expect([raw, textContainsPersonalNumber(raw)]).toEqual([raw, false]);
  });
});

describe('the decimals of a number (issue 21: a pivot cache of LibreOffice)', () => {
  it('are not claimed', () => {
    // Decimals that would pass on their own, made at run time: a date-time serial as LibreOffice saves one.
    const digits = personalNumber('000101', '238').replace('-', '');
    expect(textContainsPersonalNumber(digits)).toBe(true);
    for (const raw of [`25569.${digits}`, '0,1212121212', '3.121212-1212'])
      expect([raw, textContainsPersonalNumber(raw)]).toEqual([raw, false]);
  });
});

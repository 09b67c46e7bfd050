import { num, text } from '../../src/core/cell';
import { containsPersonalNumber } from '../../src/core/check/personalNumber';
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

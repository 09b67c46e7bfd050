import iconv from 'iconv-lite';
import type { Windows1252Decoder } from './decodeText';

/**
 * Windows-1252 in Node, with iconv-lite (Node's own TextDecoder reads 0x80–0x9F as Latin-1). The five
 * bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) iconv-lite gives as U+FFFD; browsers
 * and Windows itself give the C1 control of the same number, so this does too: one byte, one character.
 */
export const nodeWindows1252: Windows1252Decoder = (bytes) => {
  const decoded = iconv.decode(Buffer.from(bytes), 'windows-1252');
  let text = '';
  for (let i = 0; i < decoded.length; i++) {
    const char = decoded[i] ?? '';
    text += char === '\uFFFD' ? String.fromCharCode(bytes[i] ?? 0xfffd) : char;
  }
  return text;
};

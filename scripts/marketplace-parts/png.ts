// A PNG's width and height read from its header (signature, then the IHDR chunk), for the tests
// and the script that check the Marketplace images without decoding them.

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height of a PNG file's bytes; throws when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('Not a PNG file (no PNG signature followed by IHDR).');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

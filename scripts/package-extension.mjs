// Builds the extension and packs build/extension/ into build/newsmark-extension-VERSION.zip, the archive the Chrome
// Web Store takes (manifest.json at the root). Written here, not by a zip tool, so a fresh machine needs nothing more;
// entries are sorted and dated 2020-01-01 so the same sources give the same bytes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { buildExtension, extensionDir } from './build-extension.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOS_TIME = 0;
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;

const filesUnder = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/')).sort();

function zip(dir, out) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const name of filesUnder(dir)) {
    const data = readFileSync(path.join(dir, name));
    const packed = deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name, 'utf8');
    const fields = (h, at) => {
      h.writeUInt16LE(20, at); h.writeUInt16LE(0x0800, at + 2); h.writeUInt16LE(8, at + 4);  // v2.0, UTF-8 names, deflate
      h.writeUInt16LE(DOS_TIME, at + 6); h.writeUInt16LE(DOS_DATE, at + 8); h.writeUInt32LE(crc32(data), at + 10);
      h.writeUInt32LE(packed.length, at + 14); h.writeUInt32LE(data.length, at + 18); h.writeUInt16LE(nameBytes.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    fields(entry, 6);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8); end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(dirBytes.length, 12); end.writeUInt32LE(offset, 16);
  writeFileSync(out, Buffer.concat([...locals, dirBytes, end]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildExtension();
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const out = path.join(root, `build/newsmark-extension-${version}.zip`);
  zip(extensionDir, out);
  console.log(`package-extension: ${path.relative(root, out)} (${readFileSync(out).length} bytes)`);
}

// Entry point of the e2e suite inside the extension host (extensionTestsPath): runs the
// *.test.js beside this file with mocha and settles with the number of failures. A session in an
// untrusted folder (REGEN_E2E_SUITE=restricted) runs restricted.test.js only; a trusted one, the rest.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, slow: 5_000 });
  const grep = process.env.REGEN_E2E_GREP;
  if (grep) mocha.grep(grep);
  const restricted = process.env.REGEN_E2E_SUITE === 'restricted';
  const files = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js') && (name === 'restricted.test.js') === restricted);
  for (const file of files.sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, pending = 0 } = runner.stats ?? {};
        // A closing line CI reads, whatever the reporter printed above it.
        console.log(`e2e: ${passes} passed, ${failures} failed, ${pending} skipped`);
        if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
        else resolve();
      });
    } catch (error) {
      reject(error);
    }
  });
}

import assert from 'node:assert/strict';
import { DocumentDiagnosticRequest, HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { serverExecArgv } from '../../server/src/launch';
import { offsetOf, positionOf, TestClient } from './client';

const paragraph = `${'Kupffer cells take up exosomes from the portal blood. '.repeat(20)}\n\n`;
// About 330 KB: long enough to count as a large job when analysed in full.
const longNote = `# A long note\n\n${paragraph.repeat(300)}`;
const uri = 'file:///memory/long.md';

async function until(condition: () => boolean, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('deadline passed');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('language server memory after large jobs', () => {
  it('started as the extension starts it, releases memory once idle after a long note is analysed, and keeps serving', async () => {
    const client = new TestClient({ pullDiagnostics: true, execArgv: serverExecArgv });
    try {
      await client.initialize();
      await client.open(uri, longNote);
      await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      const released = () => client.messages.some((m) => /Released memory after a large job: heap \d+ MB -> \d+ MB/.test(m));
      await until(released, 10_000).catch(() => assert.fail(`no release logged:\n${client.messages.join('\n')}`));
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(longNote, offsetOf(longNote, 'Kupffer', 2)) });
      assert.match((hover!.contents as MarkupContent).value, /Kupffer cell/);
    } finally {
      await client.dispose();
    }
  });
});

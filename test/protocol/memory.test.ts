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
  it('started as the extension starts it, releases memory once idle after a long note is analysed, compacting the small heap, and keeps serving', async () => {
    const client = new TestClient({ pullDiagnostics: true, execArgv: serverExecArgv });
    try {
      await client.initialize();
      await client.open(uri, longNote);
      await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      // With the built-in vocabulary what lives is well under the 64 MB below which the second collection compacts.
      const released = () => client.messages.some((m) => /Released memory after a large job: heap \d+ MB -> \d+ MB, compacted\./.test(m));
      await until(released, 10_000).catch(() => assert.fail(`no release logged:\n${client.messages.join('\n')}`));
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(longNote, offsetOf(longNote, 'Kupffer', 2)) });
      assert.match((hover!.contents as MarkupContent).value, /Kupffer cell/);
    } finally {
      await client.dispose();
    }
  });

  it('keeps the analyses of the notes used last, 4 MB of them, and answers for the others as for any note', async () => {
    // Every open note kept its analysis, 10–17 times its size: 500 notes of 137 KB kept 1.2 GB.
    const client = new TestClient({ pullDiagnostics: true });
    try {
      await client.initialize();
      const notes = Array.from({ length: 20 }, (_, i) => ({ uri: `file:///memory/note-${i}.md`, text: `# Note ${i}\n\n${paragraph.repeat(300)}Ito cells ${i}.\n` }));
      const first: { resultId?: string; count: number }[] = [];
      for (const note of notes) {
        await client.open(note.uri, note.text);
        const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: note.uri } });
        first.push({ resultId: 'resultId' in report ? report.resultId : undefined, count: report.kind === 'full' ? report.items.length : -1 });
      }
      assert.ok(first.every((r) => r.count === 6001), JSON.stringify(first.map((r) => r.count)));
      // 20 notes of 330 KB are 6.6 MB: the first ones' analyses were forgotten, and are made again.
      for (const [i, note] of notes.entries()) {
        const again = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: note.uri }, previousResultId: first[i].resultId });
        assert.equal(again.kind, 'unchanged', note.uri);
      }
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: notes[0].uri }, position: positionOf(notes[0].text, offsetOf(notes[0].text, 'Ito cells 0', 2)) });
      assert.match((hover!.contents as MarkupContent).value, /hepatic stellate cell/);
      assert.ok(client.messages.filter((m) => m.includes('Analysed file:///memory/note-0.md in full')).length >= 2, 'the first note was analysed again');
    } finally {
      await client.dispose();
    }
  });
});

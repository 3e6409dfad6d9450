import assert from 'node:assert/strict';
import { changedFile, resolveWithOpenFiles, withOpenFiles, type EditorDocument } from '../../client/src/openFiles';

/** Documents open in a pretend editor, by URI; `version` goes up with each change. */
function editor(open: Record<string, string>) {
  const docs = new Map<string, { version: number; text: string }>(Object.entries(open).map(([uri, text]) => [uri, { version: 1, text }]));
  return {
    documentAt: (uri: string): EditorDocument | undefined => {
      const doc = docs.get(uri);
      return doc && { version: doc.version, getText: () => doc.text };
    },
    type(uri: string, text: string) {
      const doc = docs.get(uri)!;
      doc.version++;
      doc.text = text;
    },
    close: (uri: string) => docs.delete(uri),
    open: (uri: string, text: string) => docs.set(uri, { version: 1, text }),
  };
}

const lab = 'file:///w/lab.yaml';
const settings = 'file:///w/.vscode/settings.json';

describe('the extension sends the files an added term goes into as the editor holds them', () => {
  it('adds the open ones of the files the action names, with text and version, and leaves other data alone', () => {
    const { documentAt } = editor({ [lab]: 'terms: []\n# unsaved\n', 'file:///w/note.md': '# note' });
    const addTerm = { uri: 'file:///w/note.md', word: 'STAT3', kind: 'molecule', files: [lab, settings] };
    assert.deepEqual(withOpenFiles(addTerm, documentAt), { ...addTerm, openFiles: [{ uri: lab, version: 1, text: 'terms: []\n# unsaved\n' }] });
    assert.deepEqual(withOpenFiles({ ...addTerm, files: [settings] }, documentAt), { ...addTerm, files: [settings], openFiles: [] });
    for (const other of [undefined, 'x', { uri: 'file:///w/note.md' }, { files: 'lab.yaml' }]) assert.equal(withOpenFiles(other, documentAt), other);
  });

  it('finds a file that changed, was opened or was closed since it was sent', () => {
    const pretend = editor({ [lab]: 'terms: []\n' });
    const sent = withOpenFiles({ files: [lab, settings] }, pretend.documentAt);
    assert.equal(changedFile(sent, pretend.documentAt), undefined);
    pretend.type(lab, 'terms: [] # more\n');
    assert.equal(changedFile(sent, pretend.documentAt), lab);
    const again = withOpenFiles({ files: [lab, settings] }, pretend.documentAt);
    pretend.open(settings, '{}');
    assert.equal(changedFile(again, pretend.documentAt), settings);
    const third = withOpenFiles({ files: [lab, settings] }, pretend.documentAt);
    pretend.close(lab);
    assert.equal(changedFile(third, pretend.documentAt), lab);
  });

  describe('resolveWithOpenFiles', () => {
    const edit = { changes: {} };

    it('sends the action with the open files and gives back what the server made, leaving the action as it was', async () => {
      const { documentAt } = editor({ [lab]: 'terms: []\n' });
      const data = { addTerm: { uri: 'file:///w/note.md', word: 'STAT3', kind: 'cell', files: [lab] } };
      const item: { title: string; data?: unknown; edit?: unknown } = { title: 'Add', data };
      const sent: unknown[] = [];
      const resolved = await resolveWithOpenFiles(item, async (action) => (sent.push(structuredClone(action.data)), { ...action, edit }), documentAt, () => assert.fail('nothing changed'));
      assert.deepEqual(sent, [{ addTerm: { ...data.addTerm, openFiles: [{ uri: lab, version: 1, text: 'terms: []\n' }] } }]);
      assert.equal(resolved?.edit, edit);
      assert.equal(item.data, data, 'the texts do not stay on the action');
    });

    it('drops the edit, and says which file, when that file changed while the server made it', async () => {
      const pretend = editor({ [lab]: 'terms: []\n' });
      const item: { title: string; data?: unknown; edit?: unknown } = { title: 'Add', data: { addTerm: { files: [lab] } } };
      const changed: string[] = [];
      const resolved = await resolveWithOpenFiles(
        item,
        async (action) => {
          pretend.type(lab, 'terms: [] # typed meanwhile\n');
          return { ...action, edit };
        },
        pretend.documentAt,
        (uri) => changed.push(uri),
      );
      assert.equal(resolved, item);
      assert.equal(resolved?.edit, undefined);
      assert.deepEqual(changed, [lab]);
    });

    it('resolves any other action as it is', async () => {
      const { documentAt } = editor({ [lab]: 'terms: []\n' });
      const item = { title: 'Replace all', data: { replaceAll: { uri: 'file:///w/note.md' } } };
      const resolved = await resolveWithOpenFiles(item, (action) => ({ ...action, edit }), documentAt, () => assert.fail('not an added term'));
      assert.deepEqual(resolved, { ...item, edit });
    });
  });
});

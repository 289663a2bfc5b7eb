// Used by render.sh, run from a folder where aw-parser (afterwriting's Fountain parser) is installed.
// Writes a Final Draft (FDX) document from a Fountain screenplay, as Final Draft 12 lays one out:
// Content of typed Paragraphs, scene headings numbered with SceneProperties, dual dialogue as a
// Paragraph holding a DualDialogue, centred text as a centred Action, and a TitlePage.
const parser = require('aw-parser');
const fs = require('fs');
const src = fs.readFileSync(process.argv[2], 'utf8');
const out = parser.parser.parse(src, {print_headers: true, print_actions: true, print_dialogues: true, print_notes: false,
  print_sections: false, print_synopsis: false, double_space_between_scenes: false, each_scene_on_new_page: false,
  use_dual_dialogue: true, merge_empty_lines: true});
const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const plain = s => s.replace(/\*+|_/g, '').replace(/<\/?[a-z]+>/g, '');
const types = {scene_heading: 'Scene Heading', action: 'Action', character: 'Character', dialogue: 'Dialogue',
  parenthetical: 'Parenthetical', transition: 'Transition', shot: 'Shot', centered: 'Action'};
const lines = [];
const para = (t, indent) => {
  const type = types[t.type];
  if (!type) return;
  const attrs = [`Type="${type}"`];
  if (t.type === 'scene_heading') attrs.push(`Number="${t.number}"`);
  if (t.type === 'centered') attrs.push('Alignment="Center"');
  let body = '';
  if (t.type === 'scene_heading') body += `<SceneProperties Length="1" Page="1" Title=""/>`;
  // Final Draft splits a paragraph into runs where the style changes; a capitalised name in action is often bold.
  const text = plain(t.text);
  if (t.type === 'action') {
    const runs = text.split(/(\b[A-Z][A-Z'.\- ]{2,}[A-Z]\b)/);
    for (const r of runs) if (r) body += /^[A-Z][A-Z'.\- ]+$/.test(r) ? `<Text Style="Bold">${esc(r)}</Text>` : `<Text>${esc(r)}</Text>`;
  } else {
    body += `<Text>${esc(text)}</Text>`;
  }
  lines.push(`${indent}<Paragraph ${attrs.join(' ')}>${body}</Paragraph>`);
};
let i = 0;
const tokens = out.tokens.filter(t => t.type !== 'separator' && t.type !== 'page_break');
while (i < tokens.length) {
  const t = tokens[i];
  if (t.type === 'character' && t.dual === 'left') {
    lines.push('    <Paragraph>');
    lines.push('      <DualDialogue>');
    while (i < tokens.length && tokens[i].dual) {
      para(tokens[i], '        ');
      i++;
    }
    lines.push('      </DualDialogue>');
    lines.push('    </Paragraph>');
    continue;
  }
  para(t, '    ');
  i++;
}
const title = out.title_page.map(t => `      <Paragraph Type="Action" Alignment="Center"><Text>${esc(plain(t.text))}</Text></Paragraph>`);
process.stdout.write(`<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="5">
  <Content>
${lines.join('\n')}
  </Content>
  <TitlePage>
    <Content>
${title.join('\n')}
    </Content>
  </TitlePage>
</FinalDraft>
`);

// Renders one labelled CV source (.cv) as a talent would send it: pasted text (.txt), a Word file
// with real tables (.docx, through the docx package) and troff for groff's tbl (PDF through
// ghostscript, in render.sh). Slate's own code writes none of the three.
// Source: "# Name", "## SECTION", "| a | b |" table rows, any other line as written.
const fs = require('fs');
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, HeadingLevel } = require('docx');

const [source, out] = process.argv.slice(2);
const lines = fs.readFileSync(source, 'utf8').replace(/\n+$/, '').split('\n');

// Consecutive table rows form one block.
const blocks = [];
for (const line of lines) {
  if (line.startsWith('|')) {
    const cells = line.replace(/^\|/, '').replace(/\|\s*$/, '').split('|').map(c => c.trim());
    const last = blocks[blocks.length - 1];
    if (last && last.kind === 'table') last.rows.push(cells); else blocks.push({ kind: 'table', rows: [cells] });
  } else if (line.startsWith('## ')) {
    blocks.push({ kind: 'section', text: line.slice(3) });
  } else if (line.startsWith('# ')) {
    blocks.push({ kind: 'name', text: line.slice(2) });
  } else {
    blocks.push({ kind: 'line', text: line });
  }
}

// Pasted text: columns padded with spaces, as a table copied out of a word processor reads.
const text = [];
for (const b of blocks) {
  if (b.kind === 'table') {
    const widths = b.rows[0].map((_, i) => Math.max(...b.rows.map(r => (r[i] || '').length)));
    for (const r of b.rows) text.push(r.map((c, i) => c.padEnd(widths[i])).join('   ').trimEnd());
  } else if (b.kind === 'section') {
    text.push(b.text.toUpperCase());
  } else {
    text.push(b.text);
  }
}
fs.writeFileSync(out + '.txt', text.join('\n') + '\n');

// troff: tbl tables with "|" as the column separator; UTF-8 through preconv (groff -k).
const esc = s => s.replace(/\\/g, '\\e').replace(/^([.'])/, '\\&$1');
const roff = ['.ll 6.5i', '.nh', '.ad l'];
for (const b of blocks) {
  if (b.kind === 'table') {
    roff.push('.TS', 'tab(|);', b.rows[0].map(() => 'l').join(' ') + '.');
    for (const r of b.rows) roff.push(r.map(esc).join('|'));
    roff.push('.TE');
  } else if (b.kind === 'section' || b.kind === 'name') {
    roff.push('.sp', '.ft B', esc(b.text), '.ft R', '.br');
  } else if (b.text.trim() === '') {
    roff.push('.sp');
  } else {
    roff.push(esc(b.text), '.br');
  }
}
fs.writeFileSync(out + '.roff', roff.join('\n') + '\n');

// Word: the name as a title, sections as headings, tables as tables.
const children = [];
for (const b of blocks) {
  if (b.kind === 'table') {
    children.push(new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: b.rows.map(r => new TableRow({ children: r.map(c => new TableCell({ children: [new Paragraph(c)] })) })),
    }));
  } else if (b.kind === 'name') {
    children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(b.text)] }));
  } else if (b.kind === 'section') {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: b.text, bold: true })] }));
  } else {
    children.push(new Paragraph(b.text));
  }
}
Packer.toBuffer(new Document({ creator: 'a talent', sections: [{ children }] })).then(buffer => fs.writeFileSync(out + '.docx', buffer));

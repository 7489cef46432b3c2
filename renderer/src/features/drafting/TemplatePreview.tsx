// A template as the draft it makes, read-only: the body built for a year with the reference data (no
// past review), headings, lists and tables as in the editor, each field a chip with its value or, empty,
// its name. Plain React over the document model: a preview needs no editor.
import type { JSX, ReactNode } from 'react';
import type { DocBlock, DocInline, DocList, DocState } from '../../../../electron/shared/doc.ts';
import { TEXT_FORMAT } from '../../../../electron/shared/doc.ts';
import { fieldDef } from '../../../../electron/shared/fields.ts';
import { useLocale, useT } from '../../i18n/index.tsx';

function Inline(props: { node: DocInline }): JSX.Element | null {
  const { locale } = useLocale();
  const n = props.node;
  switch (n.type) {
    case 'linebreak': return <br />;
    case 'comment-mark': return <>{n.children.map((c, i) => <Inline key={i} node={c} />)}</>;
    case 'field': {
      const label = fieldDef(n.name).label[locale];
      return <span className="preview-field" data-state={n.text === '' ? 'empty' : n.confirmed ? 'filled' : 'unconfirmed'} title={label}>{n.text === '' ? label : n.text}</span>;
    }
    default: {
      let out: ReactNode = n.text;
      if (n.format & TEXT_FORMAT.bold) out = <strong>{out}</strong>;
      if (n.format & TEXT_FORMAT.italic) out = <em>{out}</em>;
      if (n.format & TEXT_FORMAT.underline) out = <u>{out}</u>;
      return <>{out}</>;
    }
  }
}

const inlines = (children: readonly DocInline[]) => children.map((c, i) => <Inline key={i} node={c} />);

function List(props: { list: DocList }): JSX.Element {
  const items = props.list.children.map((item, i) => (
    <li key={i}>{item.children.map((c, j) => (c.type === 'list' ? <List key={j} list={c} /> : <Inline key={j} node={c} />))}</li>
  ));
  return props.list.listType === 'number' ? <ol start={props.list.start}>{items}</ol> : <ul>{items}</ul>;
}

function Block(props: { block: DocBlock }): JSX.Element {
  const t = useT();
  const b = props.block;
  switch (b.type) {
    case 'heading': {
      const Tag = b.tag === 'h1' ? 'h2' : b.tag === 'h2' ? 'h3' : 'h4'; // under the dialog's own title
      return <Tag className={`preview-${b.tag}`}>{inlines(b.children)}</Tag>;
    }
    case 'paragraph': return <p style={b.format ? { textAlign: b.format as 'left' | 'center' | 'right' | 'justify' } : undefined}>{inlines(b.children)}</p>;
    case 'photo-caption': return <p className="muted">{inlines(b.children)}</p>;
    case 'list': return <List list={b} />;
    case 'table':
      return (
        <table className="preview-table"><tbody>
          {b.children.map((row, r) => <tr key={r}>{row.children.map((cell, c) => <td key={c} colSpan={cell.colSpan}>{cell.children.map((p, k) => <Block key={k} block={p} />)}</td>)}</tr>)}
        </tbody></table>
      );
    case 'carry-checklist':
      return <div className="preview-carry">{b.items.length ? b.items.map((item) => <p key={item.id}>☐ {item.text}</p>) : t('templates.preview.carry')}</div>;
  }
}

export function TemplatePreview(props: { content: DocState }): JSX.Element {
  return (
    <div className="template-preview" data-testid="template-preview" tabIndex={0}>
      {props.content.root.children.map((b, i) => <Block key={i} block={b} />)}
    </div>
  );
}

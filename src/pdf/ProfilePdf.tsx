import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import type { PdfFontFamily } from './fonts';
import { textStyle } from './textStyle';
import type { PdfField, PdfItem, PdfLabel, PdfLine, PdfModel, PdfSection, PdfText } from './model';

const INK = '#1a1a1a';
const BASE_FONT_SIZE_PAGE = 9.5;
const MUTED = '#555555';
const RULE = '#c9d3df';
const BAND = '#e6edf5';
const DRAFT = '#b00020';

const s = StyleSheet.create({
  page: { paddingTop: 36, paddingBottom: 64, paddingHorizontal: 40, fontSize: BASE_FONT_SIZE_PAGE, color: INK },
  draftBand: { color: DRAFT, fontSize: 11, fontWeight: 700, borderWidth: 1.5, borderColor: DRAFT, paddingVertical: 3, paddingHorizontal: 6, marginBottom: 8 },
  title: { fontSize: 15, fontWeight: 700 },
  subtitle: { fontSize: 10, color: MUTED },
  person: { fontSize: 16, fontWeight: 700, marginTop: 8, marginBottom: 4 },
  section: { marginTop: 12 },
  sectionTitle: { backgroundColor: BAND, paddingVertical: 3, paddingHorizontal: 6, marginBottom: 4 },
  sectionTitleMain: { fontSize: 11.5, fontWeight: 700 },
  secondLabel: { fontSize: 8.5, color: MUTED },
  row: { borderBottomWidth: 0.5, borderBottomColor: RULE, paddingVertical: 2.5 },
  labelCol: { width: '34%', paddingHorizontal: 4 },
  valueCol: { width: '66%', paddingHorizontal: 4 },
  labelMain: { fontWeight: 700, fontSize: 9 },
  caption: { fontSize: 8, color: MUTED, marginTop: 2 },
  detail: { fontSize: 8.5, color: MUTED },
  itemGap: { height: 5 },
  // No top edge on the box: the title draws it (see Item).
  item: { marginHorizontal: 4, borderColor: RULE, borderLeftWidth: 0.5, borderRightWidth: 0.5, borderBottomWidth: 0.5, paddingBottom: 2 },
  itemTitle: { paddingHorizontal: 4, paddingVertical: 2, backgroundColor: '#f4f7fa', borderColor: RULE, borderWidth: 0.5, borderBottomWidth: 0, marginHorizontal: -0.5 },
  itemTitleMain: { fontWeight: 700, fontSize: 9.5 },
  notAsked: { color: MUTED, paddingHorizontal: 6 },
  cefrTable: { marginTop: 2, borderWidth: 0.5, borderColor: RULE },
  cefrCell: { width: '12.5%', padding: 2, borderColor: RULE, borderWidth: 0.25, textAlign: 'center' },
  cefrHeader: { fontSize: 7, color: MUTED, textAlign: 'center' },
  cefrLevel: { fontSize: 10, fontWeight: 700, textAlign: 'center' },
  footer: { position: 'absolute', bottom: 22, left: 40, right: 40, fontSize: 7.5, color: MUTED, borderTopWidth: 0.5, borderTopColor: RULE, paddingTop: 4 },
  pageNumber: { position: 'absolute', bottom: 24, fontSize: 8.5, color: INK },
});

export interface Ctx {
  families: ReadonlySet<PdfFontFamily>;
  docDir: 'ltr' | 'rtl';
}

const BASE_FONT_SIZE = BASE_FONT_SIZE_PAGE;

function T({ ctx, text, style, center }: { ctx: Ctx; text: PdfText; style?: Style | Style[]; center?: boolean }) {
  const extra = Array.isArray(style) ? style : style ? [style] : [];
  const fontSize = extra.reduce<number>((size, st) => (typeof st.fontSize === 'number' ? st.fontSize : size), BASE_FONT_SIZE);
  /*
   * Line height in points, per text: a unitless lineHeight is resolved against an inherited font
   * size inconsistently (blank lines appear), and on the page it hides the dynamic page numbers.
   */
  return <Text style={[textStyle(ctx, text.lang), { lineHeight: `${(fontSize * 1.35).toFixed(2)}pt` }, ...extra, ...(center ? [{ textAlign: 'center' as const }] : [])]}>{text.text}</Text>;
}

function Label({ ctx, label, mainStyle, center }: { ctx: Ctx; label: PdfLabel; mainStyle: Style; center?: boolean }) {
  return (
    <>
      <T ctx={ctx} text={label.main} style={mainStyle} center={center} />
      {label.second ? <T ctx={ctx} text={label.second} style={s.secondLabel} center={center} /> : null}
    </>
  );
}

function Line({ ctx, line }: { ctx: Ctx; line: PdfLine }) {
  if (line.role === 'translation') {
    return (
      <View>
        {line.caption ? <T ctx={ctx} text={line.caption} style={s.caption} /> : null}
        <T ctx={ctx} text={line} />
      </View>
    );
  }
  return <T ctx={ctx} text={line} style={line.role === 'detail' ? s.detail : undefined} />;
}

function rowDirection(ctx: Ctx): Style {
  return { flexDirection: ctx.docDir === 'rtl' ? 'row-reverse' : 'row' };
}

function Field({ ctx, field }: { ctx: Ctx; field: PdfField }) {
  return (
    <View style={[s.row, rowDirection(ctx)]} wrap={false}>
      <View style={s.labelCol}>
        <Label ctx={ctx} label={field.label} mainStyle={s.labelMain} />
      </View>
      <View style={s.valueCol}>
        {field.lines.map((line, i) => (
          <Line key={i} ctx={ctx} line={line} />
        ))}
        {field.cefr ? (
          <View style={[s.cefrTable, rowDirection(ctx)]}>
            {field.cefr.headers.map((h, i) => (
              <View key={i} style={s.cefrCell}>
                <Label ctx={ctx} label={h} mainStyle={s.cefrHeader} center />
                <Text style={[s.cefrLevel, { fontFamily: 'NotoSans' }]}>{field.cefr!.levels[i]}</Text>
              </View>
            ))}
          </View>
        ) : null}
      </View>
    </View>
  );
}

/**
 * Items are cut across pages by react-pdf's paginator, which may break right after a box's top edge
 * (margin, border, padding) and leaves an empty box at the foot of the page; a title that can be
 * split, or a box after a title, can also be left behind. So the space above the box is a leaf of
 * its own, the box has no top edge (its title draws the line), and titles never split: the title and
 * the first field move to the next page together.
 */
function Item({ ctx, item }: { ctx: Ctx; item: PdfItem }) {
  return (
    <>
      <View style={s.itemGap} wrap={false} />
      <View style={s.item}>
        <View style={s.itemTitle} wrap={false} minPresenceAhead={40}>
          <Label ctx={ctx} label={item.title} mainStyle={s.itemTitleMain} />
        </View>
        {item.fields.map((f) => (
          <Field key={f.id} ctx={ctx} field={f} />
        ))}
      </View>
    </>
  );
}

function Section({ ctx, section }: { ctx: Ctx; section: PdfSection }) {
  return (
    <View style={s.section}>
      <View style={s.sectionTitle} wrap={false} minPresenceAhead={60}>
        <Label ctx={ctx} label={section.title} mainStyle={s.sectionTitleMain} />
      </View>
      {section.notAsked ? <Label ctx={ctx} label={section.notAsked} mainStyle={s.notAsked} /> : null}
      {section.blocks.map((b) => (b.kind === 'field' ? <Field key={b.field.id} ctx={ctx} field={b.field} /> : <Item key={b.item.id} ctx={ctx} item={b.item} />))}
    </View>
  );
}

export interface ProfilePdfProps {
  model: PdfModel;
  /** Font families registered for this document (see registerPdfFonts). */
  families: ReadonlySet<PdfFontFamily>;
}

export function ProfilePdf({ model, families }: ProfilePdfProps) {
  const ctx: Ctx = { families, docDir: model.dir };
  const base = textStyle(ctx, model.lang);
  return (
    <Document title={`${model.title.main.text}${model.person ? ` – ${model.person.text}` : ''}`} language={model.lang} creator="skills-profile" producer="skills-profile">
      {/*
       * react-pdf's new paginator (experimentalPagination): content is measured once and packed into
       * pages. The old one laid the whole rest of the document out again for every page it cut
       * (seconds per PDF). Fixed nodes repeat from the page where the flow meets them, so the page
       * chrome comes first; it is laid out once, only the page number again per page.
       */}
      <Page size="A4" experimentalPagination style={[s.page, { fontFamily: base.fontFamily! }]}>
        <View fixed style={s.footer}>
          <T ctx={ctx} text={model.generatedLabel} />
          <Text style={{ fontFamily: 'NotoSans' }}>{model.escoAttribution}</Text>
          {model.localAttribution ? <T ctx={ctx} text={model.localAttribution} /> : null}
        </View>
        <Text
          fixed
          style={[s.pageNumber, { fontFamily: 'NotoSans' }, model.dir === 'rtl' ? { left: 40 } : { right: 40 }]}
          render={({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages ?? ''}`}
        />
        {model.draft ? (
          <View fixed style={s.draftBand}>
            <Label ctx={ctx} label={model.draft} mainStyle={{}} />
          </View>
        ) : null}
        <Label ctx={ctx} label={model.title} mainStyle={s.title} />
        <Label ctx={ctx} label={model.copyLabel} mainStyle={s.subtitle} />
        {model.person ? <T ctx={ctx} text={model.person} style={s.person} /> : null}
        {model.sections.map((section) => (
          <Section key={section.id} ctx={ctx} section={section} />
        ))}
        {model.sections.some((x) => x.blocks.some((b) => (b.kind === 'field' ? b.field.cefr : b.item.fields.some((f) => f.cefr)))) ? (
          <View style={{ marginTop: 4 }}>
            <Label ctx={ctx} label={model.cefrLegend} mainStyle={s.detail} />
          </View>
        ) : null}
        <View style={s.section} wrap={false}>
          <View style={s.sectionTitle}>
            <Label ctx={ctx} label={model.recordTitle} mainStyle={s.sectionTitleMain} />
          </View>
          {model.record.map((f) => (
            <Field key={f.id} ctx={ctx} field={f} />
          ))}
        </View>
      </Page>
    </Document>
  );
}

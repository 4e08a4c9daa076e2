/** pdfkit ships no types; only the document class is used, to install react-pdf's glyph hook. */
declare module 'pdfkit' {
  const PDFDocument: { prototype: object };
  export default PDFDocument;
}

/** fontkit's own types are not shipped either; only `create` is used. */
declare module 'fontkit' {
  export function create(buffer: Buffer | Uint8Array): object;
}

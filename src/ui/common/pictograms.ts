/**
 * Our own pictograms (24×24, stroke-drawn, no text) so that a person who reads little can
 * recognise sections and choices. Shipped in the bundle; nothing is downloaded at run time.
 */
export const PICTOGRAMS: Record<string, string> = {
  consent: 'M4 12l5 5L20 6',
  person: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c0-4 4-6 8-6s8 2 8 6',
  target: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM12 12h.01',
  speech: 'M4 5h16v10H9l-5 4z',
  education: 'M2 9l10-5 10 5-10 5zM6 11v5c3 2 9 2 12 0v-5',
  literacy: 'M4 5h7v14H4zM13 5h7v14h-7z',
  work: 'M3 8h18v12H3zM8 8V5h8v3',
  digital: 'M7 3h10v18H7zM11 18h2',
  car: 'M3 16V11l3-5h12l3 5v5zM6 16v2M18 16v2M7 12h.01M17 12h.01',
  star: 'M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1-5.4-2.9-5.4 2.9 1-6.1L3.2 9.5l6.1-.9z',
  adviser: 'M4 4h12v16H4zM8 8h4M8 12h4M16 14l4 4',
  document: 'M6 3h8l4 4v14H6zM14 3v4h4',
  route: 'M5 19c0-4 14-4 14-8S5 9 5 5M5 5h.01M19 19h.01',
  yes: 'M4 12l5 5L20 6',
  no: 'M6 6l12 12M18 6L6 18',
  smartphone: 'M8 2h8v20H8zM11 19h2',
  computer: 'M3 4h18v12H3zM8 20h8M12 16v4',
  tablet: 'M5 3h14v18H5zM11 18h2',
};

// The one content model of an official document. Every kind (kinds/) builds it from plain data
// and every renderer (DOCX, HTML, and PDF through HTML) reads only it, so the two outputs cannot
// drift apart. Format rules (sizes, rules under the header, number forms) live in format/, never here.

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

/** 'state': Nghị định 30/2020/NĐ-CP (UBND, HĐND…); 'party': Hướng dẫn 36-HD/VPTW (Đảng ủy…). */
export type DocumentFormat = 'state' | 'party';

/** A run of text inside a paragraph, for the few words that are bold or italic. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** Plain text, or runs when part of it is emphasised. */
export type Text = string | readonly Run[];

/** Registered number from the unit's register of outgoing documents (sổ văn bản đi). */
export interface DocumentNumber {
  seq: number;
  /** Kind abbreviation: 'KH', 'TB', 'BC'… */
  kindAbbr: string;
  /** Issuing body abbreviation: 'UBND', 'ĐU'… */
  bodyAbbr: string;
}

export interface DocumentHeader {
  /** The body directly above the issuer: 'ĐẢNG BỘ HUYỆN HƯƠNG SƠN'. Optional for state documents. */
  parentBody?: string;
  /** The issuer, possibly on two lines separated by '\n': 'ỦY BAN NHÂN DÂN\nXÃ SƠN GIANG'. */
  issuingBody: string;
}

export type HeadingLevel = 1 | 2 | 3;

/** I. MỤC ĐÍCH (level 1, roman label), 1. Nội dung (level 2), a) … (level 3). */
export interface HeadingBlock {
  type: 'heading';
  level: HeadingLevel;
  /** 'I', '1', 'a'; the renderer adds the punctuation of the level ('I. ', '1. ', 'a) '). */
  label?: string;
  text: string;
}

/** A justified paragraph with a first-line indent, unless told otherwise. */
export interface ParagraphBlock {
  type: 'paragraph';
  text: Text;
  align?: 'justify' | 'center' | 'left' | 'right';
  /** First-line indent; true by default. */
  indent?: boolean;
  italic?: boolean;
  bold?: boolean;
}

/** '1. …', '2. …' written as indented paragraphs, the way Vietnamese documents number items. */
export interface NumberedBlock {
  type: 'numbered';
  items: readonly Text[];
  start?: number;
}

/** '- …' items written as indented paragraphs. */
export interface BulletedBlock {
  type: 'bulleted';
  items: readonly Text[];
}

export interface TableColumn {
  header: string;
  /** Relative width; the renderer scales all columns to the text width. */
  width: number;
  align?: 'left' | 'center' | 'right' | 'justify';
}

/** A table with a header row repeated on every page; rows never split across pages. */
export interface TableBlock {
  type: 'table';
  columns: readonly TableColumn[];
  rows: readonly (readonly Text[])[];
}

/** Blocks that must stay on one page (a heading with its first paragraph, a short list). */
export interface KeepTogetherBlock {
  type: 'keep-together';
  blocks: readonly Block[];
}

export type Block =
  HeadingBlock | ParagraphBlock | NumberedBlock | BulletedBlock | TableBlock | KeepTogetherBlock;

export interface Recipients {
  /** 'Nơi nhận:' */
  label: string;
  /** One recipient a line, without the leading '- ': 'Thường trực Huyện ủy (để b/c);', 'Lưu: VT.' */
  lines: readonly string[];
}

export interface Signature {
  /** Signing on behalf of a collective: 'T/M BAN THƯỜNG VỤ', 'TM. ỦY BAN NHÂN DÂN'. */
  authority?: string;
  /** The head's position: 'BÍ THƯ', 'CHỦ TỊCH'. */
  position: string;
  name: string;
  /** When a deputy signs: 'PHÓ CHỦ TỊCH' (state adds 'KT. CHỦ TỊCH' above it), 'PHÓ BÍ THƯ'. */
  deputyPosition?: string;
}

export interface OfficialDocument {
  format: DocumentFormat;
  header: DocumentHeader;
  /** Null for a draft not yet registered. */
  number?: DocumentNumber | null;
  /** Place name in the date line: 'Sơn Giang'. */
  place: string;
  date: IsoDate;
  /**
   * False: no place-and-date line under the motto. The minutes' form (NĐ 30/2020 Phụ lục III,
   * Mẫu 1.6) has none: their time and place open the body. Default true.
   */
  placeDateLine?: boolean;
  /** Kind name printed above the title: 'KẾ HOẠCH'. A 'CÔNG VĂN' has none: its title is the 'V/v' excerpt. */
  kind: string;
  /** Trích yếu: 'Tổ chức hội nghị tiếp xúc, đối thoại…'; for a công văn, the text after 'V/v '. */
  title: string;
  /** 'Kính gửi:' lines, for letters and submissions. */
  addressees?: readonly string[];
  blocks: readonly Block[];
  /** With no lines, no 'Nơi nhận' is printed (minutes). */
  recipients: Recipients;
  signature: Signature;
  /**
   * A second signer printed on the left, beside the main one (minutes: the secretary on the left,
   * the chair on the right). The recipients then go below, on the left.
   */
  countersignature?: Signature;
}

// The shape of the evaluation sets for the similarity engine and the field classifier: petitions
// written the way citizens write them, in groups that raise the same concern. Two petitions of one
// group are a duplicate pair; petitions of different groups are not. Data only.
import type { OpinionField } from '../fields.js';

/** A village of the evaluation commune, by key, as the unit tree would hold it. */
export interface EvalVillage {
  key: string;
  name: string;
}

export interface EvalPetition {
  /** Unique across the set, e.g. 'g07-3'. */
  id: string;
  text: string;
  /** Key of the village the petition came from (null: not said). */
  village: string | null;
  /** How it was written, for the report: the plain one, a paraphrase, typed without accents, with abbreviations or typos. */
  style: 'plain' | 'paraphrase' | 'no-accents' | 'abbreviated' | 'typos' | 'colloquial';
}

export interface EvalGroup {
  /** Unique, e.g. 'g07'. */
  id: string;
  field: OpinionField;
  /** One line, for people reading a failure: what the concern is. */
  concern: string;
  petitions: EvalPetition[];
}

export interface EvalSet {
  /** The commune's villages: place names the unit tree gives the engine. */
  villages: EvalVillage[];
  /** Place names the office has added (rivers, dams, roads, markets, schools…), as written with accents. */
  places: string[];
  groups: EvalGroup[];
  /**
   * Near-misses written on purpose: two groups of the same village and field about different
   * concerns ("đường thôn 7 sạt lở" vs "đèn đường thôn 7 hỏng"). Every cross-group pair is a
   * negative anyway; these are reported apart.
   */
  hardNegatives: [groupId: string, otherGroupId: string][];
}

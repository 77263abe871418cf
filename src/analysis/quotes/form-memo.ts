/** Form numbers from this one on are not remembered by number (the text pipeline keeps them far lower). */
const MAX_FORM = 1 << 20;
/** Strings remembered without a form number before that table starts afresh (bounded memory). */
const MAX_STRINGS = 100_000;

/**
 * A memo of a value computed from one string of a token (its `norm` or its `text`), looked up by the
 * token's form number (`Token.form`: an array read, checked against the string, since numbers are
 * reused) and by the string itself for a token without one. Each distinct form is computed once.
 * @example
 * const endsInEd = new FormMemo((norm) => norm.endsWith('ed'));
 * endsInEd.get(token.form, token.norm); //=> true for "claimed"
 */
export class FormMemo<T> {
  private readonly keys: (string | undefined)[] = [];
  private readonly values: T[] = [];
  private readonly byString = new Map<string, T>();

  /** `compute` must be a pure function of the string. */
  constructor(private readonly compute: (key: string) => T) {}

  /**
   * The value of a token's string `key`, whose form number is `form` (undefined or -1 when none).
   * @example
   * memo.get(t.form, t.norm);
   */
  get(form: number | undefined, key: string): T {
    if (form !== undefined && form >= 0 && form < MAX_FORM) {
      if (this.keys[form] === key) return this.values[form]!;
      const value = this.compute(key);
      while (this.keys.length <= form) {
        this.keys.push(undefined);
        this.values.push(value);
      }
      this.keys[form] = key;
      this.values[form] = value;
      return value;
    }
    let value = this.byString.get(key);
    if (value === undefined) {
      if (this.byString.size >= MAX_STRINGS) this.byString.clear();
      value = this.compute(key);
      this.byString.set(key, value);
    }
    return value;
  }
}

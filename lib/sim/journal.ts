/**
 * Undo log for atomic transactions. State is plain records of immutable values; every write
 * goes through `set`/`del` so a failed transaction (or a failed IBC receive) rolls back exactly,
 * without cloning the world per transaction.
 */
export type Rec<V> = Record<string, V>;

type Undo = () => void;

export class Journal {
  private undos: Undo[] = [];
  writes = 0;

  set<V>(rec: Rec<V>, key: string, value: V): void {
    const had = Object.prototype.hasOwnProperty.call(rec, key);
    const old = rec[key];
    rec[key] = value;
    this.writes++;
    this.undos.push(had ? () => void (rec[key] = old) : () => void delete rec[key]);
  }

  del<V>(rec: Rec<V>, key: string): void {
    if (!Object.prototype.hasOwnProperty.call(rec, key)) return;
    const old = rec[key];
    delete rec[key];
    this.writes++;
    this.undos.push(() => void (rec[key] = old));
  }

  /** The nested record at `rec[key]`, created (journaled) if missing. */
  sub<V>(rec: Rec<Rec<V>>, key: string): Rec<V> {
    let inner = rec[key];
    if (!inner) {
      inner = {};
      this.set(rec, key, inner);
    }
    return inner;
  }

  mark(): number {
    return this.undos.length;
  }

  rollbackTo(mark: number): void {
    while (this.undos.length > mark) this.undos.pop()!();
  }

  /** Forget the undo entries (the outermost transaction committed). */
  commit(): void {
    this.undos.length = 0;
  }
}

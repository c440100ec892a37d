/**
 * Undo log for atomic transactions. State is plain records of immutable values; every write
 * goes through `set`/`del` so a failed transaction (or a failed IBC receive) rolls back exactly,
 * without cloning the world per transaction.
 */
export type Rec<V> = Record<string, V>;

/**
 * An empty record for keys a user can choose (denoms, addresses, ids): no prototype, so
 * `constructor`, `toString` or `__proto__` are ordinary keys and `rec[key]` never finds a built-in.
 */
export function rec<V>(): Rec<V> {
  return Object.create(null) as Rec<V>;
}

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

  /** The nested record at `outer[key]`, created (journaled) if missing. */
  sub<V>(outer: Rec<Rec<V>>, key: string): Rec<V> {
    let inner = Object.prototype.hasOwnProperty.call(outer, key) ? outer[key] : undefined;
    if (!inner) {
      inner = rec<V>();
      this.set(outer, key, inner);
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

interface Named {
  id: number;
  name: string;
}

interface Props<T extends Named> {
  items: T[];
  /** The option's value when it is not the id (a kommun's code). */
  value?: (item: T) => string;
}

/** A select's options for records with an id and a name: the name shown, the id (or `value`) sent. */
export function NamedOptions<T extends Named>({ items, value }: Props<T>) {
  return (
    <>
      {items.map((item) => (
        <option key={item.id} value={value ? value(item) : item.id}>
          {item.name}
        </option>
      ))}
    </>
  );
}

/** A select's options for a list of codes: the code sent, its translated name shown. */
export function CodeOptions<T extends string | number>({ codes, name }: { codes: readonly T[]; name: (code: T) => string }) {
  return (
    <>
      {codes.map((code) => (
        <option key={code} value={code}>
          {name(code)}
        </option>
      ))}
    </>
  );
}

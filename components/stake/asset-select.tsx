import { TokenIcon } from "@/components/icons/token-icon";
import { SelectField, type SelectOption } from "@/components/ui/select-field";

type AssetSelectProps = {
  id: string;
  /** The LST symbol, e.g. "milkTIA". */
  value: string;
  options: ReadonlyArray<SelectOption>;
  onChange: (value: string) => void;
};

/** Which token to stake, with the chosen token's mark inside the select's left edge. */
export function AssetSelect({ id, value, options, onChange }: AssetSelectProps) {
  return <SelectField id={id} label="Asset" size="md" className="sm:w-64" icon={<TokenIcon symbol={value} />} value={value} options={options} onChange={onChange} />;
}

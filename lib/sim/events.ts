export interface SdkEventAttribute {
  key: string;
  value: string;
}

export interface SdkEvent {
  type: string;
  attributes: SdkEventAttribute[];
}

export function event(type: string, attrs: Record<string, string | number | bigint | boolean>): SdkEvent {
  return {
    type,
    attributes: Object.entries(attrs).map(([key, v]) => ({ key, value: String(v) })),
  };
}

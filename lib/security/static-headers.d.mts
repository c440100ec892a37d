export function staticSecurityHeaders(opts: { production: boolean }): { key: string; value: string }[];

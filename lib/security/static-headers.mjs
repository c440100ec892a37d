/**
 * Headers every response carries (pages, chunks, the genesis file); the CSP itself is per
 * request, set by proxy.ts. Plain JavaScript so next.config.js can load it without a compiler.
 *
 * @param {{ production: boolean }} opts
 * @returns {{ key: string, value: string }[]}
 */
export function staticSecurityHeaders(opts) {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // frame-ancestors 'none' in the CSP; X-Frame-Options for browsers that predate it.
    { key: "X-Frame-Options", value: "DENY" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), hid=(), serial=(), browsing-topics=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // HSTS only from a production server: a dev server on http://localhost must not pin https.
    ...(opts.production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The simulator and CosmJS run in the browser only; nothing here needs a Node runtime.
  turbopack: {},
};

export default nextConfig;

import type { Config } from "tailwindcss";

// Tailwind 4 reads its theme from CSS (app/globals.css, via @config); this file keeps the
// content globs and the dark-mode strategy in one typed place.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  darkMode: "class",
  theme: {
    extend: {
      colors: {
        milk: {
          50: "#f5f7ff",
          100: "#e8ecff",
          200: "#d0d7ff",
          300: "#aab5ff",
          400: "#7b8cff",
          500: "#5b6cff",
          600: "#4453e6",
          700: "#3641b8",
          800: "#2a3290",
          900: "#1b1f4d",
        },
      },
    },
  },
};

export default config;
